import { z } from 'zod';
import * as S from '../profiles/schemas.js';
import { FactSchema, LIMITS, ProposalSchema } from '../profiles/model.js';
import { ERROR_CODES, type ErrorCode } from '../profiles/errors.js';
import { VERSION } from '../version.js';
import { BODY_LIMIT } from './body.js';
import { STATUS } from './errors.js';

export type Json = Record<string, unknown>;

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

const DESCRIPTIONS: Partial<Record<ErrorCode, string>> = {
  validation_error: 'Bad input; details lists each problem with its field.',
  unauthorized: 'Missing, unknown or revoked API key or access token (WWW-Authenticate: Bearer resource_metadata=…).',
  not_found: "No such fact or route in the caller's scope.",
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
export function openApiDocument(operations: readonly OperationDoc[]): Json {
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
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An API key made with `profile-mcp keys create --account NAME`, or an OAuth access token (docs/oauth.md; metadata at /.well-known/oauth-protected-resource).',
        },
      },
      schemas: {
        Error: jsonSchema(ErrorBodySchema, 'output'),
        Fact: jsonSchema(FactSchema, 'output'),
        Proposal: jsonSchema(ProposalSchema, 'output'),
        Operation: jsonSchema(S.OperationSchema, 'output'),
      },
    },
  };
}
