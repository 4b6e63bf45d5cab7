import { z } from 'zod';
import * as S from '../profiles/schemas.js';
import { CollectionIdSchema, FactSchema, LIMITS, ProposalSchema } from '../profiles/model.js';
import { ERROR_CODES, type ErrorCode } from '../profiles/errors.js';
import { VERSION } from '../version.js';
import { BODY_LIMIT } from './body.js';
import { STATUS } from './errors.js';

type Json = Record<string, unknown>;

/** One documented operation: its schemas come from the same zod objects the routes validate with. */
export interface OperationDoc {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  /** Query parameters (each property of the object becomes one). */
  query?: z.ZodObject;
  /** Path parameters by name. */
  pathParams?: Record<string, string>;
  /** The request body: a zod schema, or a JSON schema written here (the flat patch body). */
  body?: z.ZodType | Json;
  result: z.ZodType | Json;
  status?: 200 | 201;
  /** Error codes this operation may answer besides unauthorized / payload_too_large / internal ones. */
  errors?: ErrorCode[];
  public?: boolean;
}

const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.unknown().optional().describe('validation_error: [{field, message}, ...]; conflict: {id, key} (create) or {id, operations, keys} (undo).'),
  }),
});

/** docs/spec.md §2's flat PATCH body: reserved `collection_id` and `dry_run`, every other key a fact. */
const FLAT_PATCH_BODY: Json = {
  type: 'object',
  description:
    'Flat patch: every key other than collection_id and dry_run is a fact key mapped to its new JSON value (null deletes the fact). Example: {"role": "Senior Engineer", "company": "Acme Inc", "collection_id": "coll_123", "dry_run": true}.',
  properties: {
    collection_id: { anyOf: [{ type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,128}$' }, { type: 'null' }], description: 'End-user collection; omit for the global profile.' },
    dry_run: { type: 'boolean', description: 'true previews the changes and writes nothing.' },
  },
  additionalProperties: { description: 'A fact value (any JSON; null deletes).' },
};

const HEALTH: Json = {
  type: 'object',
  properties: { status: { type: 'string', const: 'ok' }, version: { type: 'string' } },
  required: ['status', 'version'],
};

const SCOPE_QUERY = z.object({ ...S.ScopeInput });
/** DELETE /v1/profile names its scope explicitly (docs/spec.md §2): one of the two, never neither. */
const DELETE_SCOPE_QUERY = z.object({
  collection_id: CollectionIdSchema.optional().describe('The collection to forget. Give this or scope=global.'),
  scope: z.literal('global').optional().describe('"global" forgets the account-wide profile. Give this or collection_id.'),
});
const ID_PARAM = { id: 'Fact id (e.g. "fact_01J...").' };

export const CORE_OPERATIONS: OperationDoc[] = [
  { method: 'get', path: '/healthz', operationId: 'health', summary: 'Liveness check (no auth)', result: HEALTH, public: true },
  { method: 'get', path: '/readyz', operationId: 'ready', summary: 'Readiness: 200 when the store answers (JSON directory readable and writable, PostgreSQL answers a query), else 503 (no auth)', result: { type: 'object', properties: { status: { type: 'string', enum: ['ready'] }, version: { type: 'string' } }, required: ['status'] }, public: true },
  { method: 'get', path: '/openapi.json', operationId: 'openapi', summary: 'This document (no auth)', result: { type: 'object' }, public: true },
  { method: 'get', path: '/v1/profile', operationId: 'getProfile', summary: 'Read a profile (whole, or sized to a token budget)', description: 'name, timezone and language on top; every other live fact in its bucket, ordered by key. Whole unless max_tokens, query or categories (comma-separated) is given: then facts are ranked (name/timezone/language, relevance to query, live dynamic facts, confidence, recency), kept while the text rendering fits max_tokens, and truncated/omitted/tokens say what was left out.', query: S.GetProfileInput, result: S.ProfileResult, errors: ['validation_error'] },
  { method: 'patch', path: '/v1/profile', operationId: 'patchProfile', summary: 'Patch several facts (flat body, dry_run preview)', description: 'All-or-nothing JSON merge-patch. Existing keys are updated, new keys created, null deletes, equal values are unchanged.', body: FLAT_PATCH_BODY, result: S.PatchResult, errors: ['validation_error'] },
  { method: 'delete', path: '/v1/profile', operationId: 'deleteProfile', summary: 'Forget a whole scope (facts and dialectic sessions)', description: 'The DELETE verb is the confirmation; irreversible. The scope must be named: ?collection_id=ID or ?scope=global; without either nothing is deleted (validation_error).', query: DELETE_SCOPE_QUERY, result: S.DeleteProfileResult, errors: ['validation_error'] },
  { method: 'get', path: '/v1/profile/facts', operationId: 'listFacts', summary: 'List or search facts', query: S.ListFactsInput, result: S.ListFactsResult, errors: ['validation_error'] },
  { method: 'post', path: '/v1/profile/facts', operationId: 'createFact', summary: 'Create one fact', body: S.CreateFactInput, result: S.FactResult, status: 201, errors: ['validation_error', 'conflict'] },
  { method: 'get', path: '/v1/profile/facts/{id}', operationId: 'getFact', summary: 'Read one fact with its history', pathParams: ID_PARAM, query: SCOPE_QUERY, result: S.FactWithHistoryResult, errors: ['validation_error', 'not_found'] },
  { method: 'patch', path: '/v1/profile/facts/{id}', operationId: 'updateFact', summary: 'Edit one fact', pathParams: ID_PARAM, body: S.UpdateFactInput.omit({ id: true }), result: S.FactResult, errors: ['validation_error', 'not_found'] },
  { method: 'delete', path: '/v1/profile/facts/{id}', operationId: 'deleteFact', summary: 'Delete one fact', pathParams: ID_PARAM, query: SCOPE_QUERY, result: S.DeleteFactResult, errors: ['validation_error', 'not_found'] },
  { method: 'get', path: '/v1/collections', operationId: 'listCollections', summary: 'List the collections that hold facts', query: S.ListCollectionsInput, result: S.ListCollectionsResult, errors: ['validation_error'] },
  { method: 'get', path: '/v1/profile/pending', operationId: 'listPending', summary: 'List the review inbox (proposals), oldest first', description: 'What learning did not write: conflicts with the person\'s own facts, and every learned change in review mode, each with the user\'s words as evidence.', query: S.ListPendingInput, result: S.ListPendingResult, errors: ['validation_error'] },
  { method: 'post', path: '/v1/profile/pending/resolve', operationId: 'resolvePending', summary: 'Accept or reject proposals', description: 'ids (or all: true) and decision. accept writes the proposal (or value, for one proposal) as the person\'s word: source manual, confidence 1. reject drops it; the same key and value is not proposed again for 90 days. Unknown ids: not_found, nothing resolved.', body: S.ResolvePendingInput, result: S.ResolvePendingResult, errors: ['validation_error', 'not_found'] },
  { method: 'get', path: '/v1/profile/operations', operationId: 'listOperations', summary: 'The activity: committed writes, newest first', description: 'Each operation with its time, actor (transport and key id) and every fact\'s before/after. The newest 1,000 per scope are kept.', query: S.ListOperationsInput, result: S.ListOperationsResult, errors: ['validation_error'] },
  { method: 'post', path: '/v1/profile/operations/{id}/undo', operationId: 'undoOperation', summary: 'Undo one operation (dry_run previews)', description: 'Restores every fact of the operation to its state before it, as a new operation (itself undoable). conflict when later operations changed the same facts (details.operations lists them). collection_id and dry_run go in the body.', pathParams: { id: 'Operation id (e.g. "op_01J...").' }, body: S.UndoOperationInput.omit({ id: true }), result: S.UndoResult, errors: ['validation_error', 'not_found', 'conflict'] },
];

const DESCRIPTIONS: Partial<Record<ErrorCode, string>> = {
  validation_error: 'Bad input; details lists each problem with its field.',
  unauthorized: 'Missing, unknown or revoked API key (WWW-Authenticate: Bearer).',
  not_found: 'No such fact or route in the caller\'s scope.',
  conflict: 'A fact with this key already exists (details carry its id), or later operations changed the facts of the operation to undo (details.operations).',
  forbidden: 'A valid key that may not do this (read-only key writing, collection key outside its collection).',
  quota_exceeded: 'The write would take the scope or account over a storage limit; nothing written. details carry the limit and usage.',
  rate_limited: 'Over a rate limit or the LLM budget; Retry-After says when to try again.',
  payload_too_large: `Request body over ${BODY_LIMIT} bytes.`,
  llm_unavailable: 'The operation needs an LLM and none is configured, or it is failing.',
  internal_error: 'storage_error or internal_error.',
};

function isZod(value: z.ZodType | Json): value is z.ZodType {
  return value instanceof z.ZodType;
}

/** Components that result schemas reference by name (see FactItem in profiles/schemas.ts). */
const SHARED_COMPONENTS = ['Fact', 'Proposal', 'Operation'];

function jsonSchema(schema: z.ZodType | Json, io: 'input' | 'output'): Json {
  if (!isZod(schema)) return schema;
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  delete out.$schema;
  // Shared shapes (Fact) come out as local $defs; in the document they are components.
  const defs = out.$defs as Record<string, unknown> | undefined;
  if (!defs) return out;
  delete out.$defs;
  for (const name of Object.keys(defs)) {
    if (!SHARED_COMPONENTS.includes(name)) throw new Error(`openapi: no component for shared schema ${name}`);
  }
  return JSON.parse(JSON.stringify(out).replaceAll('"#/$defs/', '"#/components/schemas/')) as Json;
}

function parameters(op: OperationDoc): Json[] {
  const params: Json[] = [];
  for (const [name, description] of Object.entries(op.pathParams ?? {})) {
    params.push({ name, in: 'path', required: true, description, schema: { type: 'string' } });
  }
  if (op.query) {
    const schema = jsonSchema(op.query, 'input') as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      const { description, ...rest } = prop;
      // Arrays travel comma-separated (?categories=goals,preferences).
      const style = rest.type === 'array' ? { style: 'form', explode: false } : {};
      params.push({ name, in: 'query', required: schema.required?.includes(name) ?? false, ...(description ? { description } : {}), ...style, schema: rest });
    }
  }
  return params;
}

function responses(op: OperationDoc): Json {
  const out: Json = {
    [String(op.status ?? 200)]: { description: 'Success', content: { 'application/json': { schema: jsonSchema(op.result, 'output') } } },
  };
  const codes = new Set<ErrorCode>([...(op.errors ?? []), ...(op.public ? [] : (['unauthorized'] as ErrorCode[])), 'internal_error']);
  if (op.body) codes.add('payload_too_large');
  for (const code of codes) {
    const status = String(STATUS[code]);
    const existing = out[status] as { description: string } | undefined;
    const description = DESCRIPTIONS[code] ?? code;
    out[status] = {
      description: existing ? `${existing.description} / ${description}` : description,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  // Every route, public ones included, refuses a Host or Origin it does not serve (DNS-rebinding protection).
  const refused = 'Host or Origin header not allowed (DNS-rebinding protection; code unauthorized).';
  const forbidden = out['403'] as { description: string } | undefined;
  out['403'] = {
    description: forbidden ? `${forbidden.description} / ${refused}` : refused,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
  return out;
}

/** The OpenAPI 3.1 document of the REST API, generated from the zod schemas the routes validate with. */
export function openApiDocument(operations: readonly OperationDoc[] = CORE_OPERATIONS): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const op of operations) {
    const entry: Json = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      ...(op.public ? { security: [] } : {}),
    };
    const params = parameters(op);
    if (params.length > 0) entry.parameters = params;
    if (op.body) {
      entry.requestBody = {
        required: true,
        description: 'JSON, whatever the Content-Type header says; at most 1 MiB.',
        content: { 'application/json': { schema: jsonSchema(op.body, 'input') } },
      };
    }
    entry.responses = responses(op);
    (paths[op.path] ??= {})[op.method] = entry;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'profile-mcp REST API',
      version: VERSION,
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        'User profiles for AI agents. Every operation also exists as an MCP tool (Streamable HTTP at /mcp, legacy SSE at /sse) with the same JSON result. ' +
        `Authenticate with "Authorization: Bearer <key>". Scopes: omit collection_id for the account-wide profile. Limits: values 8 KiB, ${LIMITS.factsPerScope} facts per scope, bodies 1 MiB.`,
    },
    servers: [{ url: '/', description: 'The server that serves this document (profile-mcp http; default http://127.0.0.1:8787).' }],
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API key made with `profile-mcp keys create --account NAME`.' } },
      schemas: {
        Error: jsonSchema(ErrorBodySchema, 'output'),
        Fact: jsonSchema(FactSchema, 'output'),
        Proposal: jsonSchema(ProposalSchema, 'output'),
        Operation: jsonSchema(S.OperationSchema, 'output'),
      },
    },
  };
}
