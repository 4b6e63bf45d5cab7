import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { validationError } from '../profiles/errors.js';
import { CollectionIdSchema, type Actor } from '../profiles/model.js';
import { callerOf } from './auth.js';
import { parseInput } from './errors.js';

/** Query parameters that carry numbers; everything else stays a string for the schema to check. */
const NUMERIC_QUERY = new Set(['limit', 'max_tokens']);

/**
 * The query string as schema input: numeric parameters become numbers (a non-numeric value is left
 * as text for the schema to reject), repeated parameters stay arrays (and are rejected by the
 * schema). An empty value is kept as sent — `?collection_id=` is a validation_error, never "absent".
 */
export function queryInput(req: Request): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(req.query as Record<string, unknown>)) {
    if (value === undefined) continue;
    out[name] = NUMERIC_QUERY.has(name) && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
  }
  return out;
}

/** docs/spec.md §2: REST is strict. Query parameters other than `allowed` are a validation_error naming each. */
export function onlyQuery(req: Request, allowed: readonly string[]): Record<string, unknown> {
  const query = queryInput(req);
  const unknown = Object.keys(query).filter((name) => !allowed.includes(name));
  if (unknown.length > 0) {
    throw validationError(
      unknown.map((name) => ({
        field: name,
        message: allowed.length ? `unknown query parameter (this route takes ${allowed.join(', ')})` : 'unknown query parameter (this route takes none)',
      })),
    );
  }
  return query;
}

/** get_profile's query string: `categories` is comma-separated (`?categories=preferences,goals`). */
export function profileQuery(req: Request): Record<string, unknown> {
  const out = queryInput(req);
  if (typeof out.categories === 'string')
    out.categories = out.categories
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== '');
  return out;
}

/** The JSON body as an object (empty body = {}); anything else is a validation_error. */
export function bodyObject(req: Request): Record<string, unknown> {
  const body: unknown = req.body;
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw validationError([{ field: '(body)', message: 'must be a JSON object' }], 'The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/**
 * Body fields, with `collection_id` taken from the query string when the body does not name one
 * (no other query parameter is allowed; naming two different scopes is a validation_error).
 */
export function bodyWithScope(req: Request): Record<string, unknown> {
  return withQueryScope(bodyObject(req), onlyQuery(req, ['collection_id']));
}

function withQueryScope(body: Record<string, unknown>, query: Record<string, unknown>): Record<string, unknown> {
  if (query.collection_id === undefined) return body;
  if (!Object.hasOwn(body, 'collection_id')) return { ...body, collection_id: query.collection_id };
  if (body.collection_id !== query.collection_id) {
    throw validationError([{ field: 'collection_id', message: 'given in both the query string and the body with different values' }]);
  }
  return body;
}

/** Path parameters win over nothing: a body field or query parameter of the same name is refused. */
export function withPath(input: Record<string, unknown>, path: Record<string, string>): Record<string, unknown> {
  const twice = Object.keys(path).filter((name) => Object.hasOwn(input, name));
  if (twice.length > 0) throw validationError(twice.map((name) => ({ field: name, message: 'is given in the path; do not repeat it' })));
  return { ...input, ...path };
}

/**
 * docs/spec.md §2's flat PATCH body: `collection_id` and `dry_run` are options, every other key is a fact.
 * Keys are copied as own properties (defineProperty), so a `"__proto__"` key reaches the service's key
 * check (and is rejected there) instead of silently changing the object's prototype.
 */
export function flatPatch(req: Request): Record<string, unknown> {
  const body = bodyObject(req);
  const facts: Record<string, unknown> = {};
  const options: Record<string, unknown> = {};
  for (const key of Object.keys(body)) {
    if (key === 'collection_id' || key === 'dry_run') options[key] = body[key];
    else Object.defineProperty(facts, key, { value: body[key], enumerable: true, writable: true, configurable: true });
  }
  return { ...withQueryScope(options, onlyQuery(req, ['collection_id'])), facts };
}

/** A read's input: its query string (GET requests carry no body the server reads). */
export function bodyless(req: Request): Record<string, unknown> {
  return queryInput(req);
}

/** The header the review page sends with its requests, so the activity can tell its writes from other REST clients'. */
export const CLIENT_HEADER = 'x-profile-client';

/** Who a REST request's writes are recorded as: the review page or a REST client, and the API key. */
export function actorOf(req: Request): Actor {
  const client = req.headers[CLIENT_HEADER];
  return { transport: client === 'review-page' ? 'review-page' : 'rest', key_id: callerOf(req).keyId };
}

/**
 * The serialised body and ETag of a result object that the service reuses until its data changes
 * (`get_profile` results are cached per committed document): reads of an unchanged profile send
 * the same bytes without serialising or hashing them again.
 */
const bodies = new WeakMap<object, { body: Buffer; etag: string }>();

export function sendCached(res: Response, result: object): void {
  let entry = bodies.get(result);
  if (!entry) {
    const body = Buffer.from(JSON.stringify(result), 'utf8');
    entry = { body, etag: `W/"${body.length.toString(16)}-${createHash('sha1').update(body).digest('base64').slice(0, 27)}"` };
    bodies.set(result, entry);
  }
  res.status(200).set('ETag', entry.etag).type('application/json; charset=utf-8').send(entry.body);
}

/** A signal aborted when the client disconnects before its answer was sent: the upstream LLM call stops. */
export function disconnect(req: Request): AbortSignal {
  const controller = new AbortController();
  const res = req.res;
  res?.on('close', () => {
    if (!res.writableFinished) controller.abort(new Error('the client disconnected'));
  });
  return controller.signal;
}

const strictSchemas = new WeakMap<z.ZodType, z.ZodType>();

/**
 * Parse REST input with the operation's schema made strict: an unknown field or query parameter is a
 * validation_error naming it (MCP keeps the SDK's own handling). Loose schemas (the OpenAI-style chat
 * body) stay loose.
 */
export function input<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  let strict = strictSchemas.get(schema);
  if (!strict) {
    const def = (schema as unknown as { def?: { type?: string; catchall?: { def?: { type?: string } } } }).def;
    const plain = def?.type === 'object' && def.catchall === undefined;
    strict = plain ? (schema as unknown as z.ZodObject).strict() : schema;
    strictSchemas.set(schema, strict);
  }
  return parseInput(strict, raw) as z.infer<S>;
}

/** `DELETE /v1/profile` names its scope: `collection_id=ID` or `scope=global`; neither (or both) is refused. */
const DeleteProfileRest = z
  .strictObject({ collection_id: CollectionIdSchema.optional(), scope: z.literal('global').optional() })
  .refine((v) => (v.collection_id === undefined) !== (v.scope === undefined), {
    message: 'DELETE /v1/profile must name its scope: ?collection_id=ID or ?scope=global (exactly one); nothing was deleted',
    path: ['scope'],
  });

/** `DELETE /v1/profile`'s scope, from the query string or the body (the same in both when both name it). */
export function deleteScope(req: Request): { collection_id: string | null; confirm: true } {
  const body = bodyObject(req);
  const scope = parseInput(DeleteProfileRest, { ...body, ...onlyQuery(req, ['collection_id', 'scope']) });
  const same = (name: 'collection_id' | 'scope') => !Object.hasOwn(body, name) || body[name] === scope[name];
  if (!same('collection_id') || !same('scope'))
    throw validationError([{ field: 'collection_id', message: 'given in both the query string and the body with different values' }]);
  return { collection_id: scope.collection_id ?? null, confirm: true };
}
