import { z } from 'zod';
import {
  ActorSchema,
  BucketSchema,
  CategorySchema,
  CHANGE_ACTIONS,
  CollectionIdSchema,
  FactSchema,
  FactWithHistorySchema,
  LIMITS,
  OPERATION_NAMES,
  ProposalSchema,
} from './model.js';

/**
 * Input and result schemas of every operation: the single source for MCP tool schemas, REST
 * validation and the OpenAPI document.
 */

export const ScopeInput = {
  collection_id: CollectionIdSchema.nullable().optional().describe('End-user collection to use. Omit (or null) for the account-wide global profile.'),
};

const FactId = z.string().min(1).max(200).describe('Fact id, as returned by list_facts or get_profile (e.g. "fact_01J...").');
const Confidence = z.number().min(0).max(1);
const TtlSeconds = z.number().int().positive().max(LIMITS.maxTtlSeconds).describe('Seconds until the fact expires; expired facts are never returned.');
/** Any JSON value. Declared loosely so that the service can check it as sent (size, type). */
const JsonValue = z.unknown().describe('Any JSON value (string, number, boolean, array or object); at most 8 KiB serialised.');

export const GetProfileInput = z.object({
  ...ScopeInput,
  max_tokens: z
    .number()
    .int()
    .min(100)
    .max(100_000)
    .optional()
    .describe(
      'Token budget of the text block, 100..100000. Over MCP it defaults to 2000; pass 100000 for everything (or page with list_facts). The most useful facts are kept; the rest are counted in omitted.',
    ),
  query: z
    .string()
    .max(1000)
    .optional()
    .describe(
      'The task or question at hand (e.g. "book a team dinner"): facts that bear on it are kept first (words, synonyms and concepts of keys, categories and values).',
    ),
  categories: z.array(CategorySchema).max(13).optional().describe('Only facts of these categories (name, timezone and language are always candidates).'),
});

export const PatchProfileInput = z.object({
  facts: z
    .unknown()
    .meta({ type: 'object', additionalProperties: {} })
    .describe(
      'Object mapping keys to values, e.g. {"role": "Senior Engineer", "company": "Acme Inc"}. Keys are normalised (trimmed, lower-cased, spaces/hyphens to "_"). A null value deletes that fact.',
    ),
  ...ScopeInput,
  dry_run: z.boolean().optional().describe('true previews the changes (before/after per key) and writes nothing.'),
});

export const ListFactsInput = z.object({
  ...ScopeInput,
  bucket: BucketSchema.optional().describe('Only facts of this bucket.'),
  category: CategorySchema.optional().describe('Only facts of this category.'),
  key: z.string().min(1).max(LIMITS.rawKeyLength).optional().describe('Only the fact with this key (normalised).'),
  q: z.string().max(500).optional().describe('Case-insensitive text that the key or the value must contain.'),
  limit: z.number().int().min(1).max(LIMITS.listLimitMax).optional().describe('Page size, 1..500 (default 100).'),
  cursor: z.string().min(1).max(2000).optional().describe('next_cursor of the previous page.'),
});

export const GetFactInput = z.object({ id: FactId, ...ScopeInput });

export const CreateFactInput = z.object({
  key: z.string().min(1).max(LIMITS.rawKeyLength).describe('Fact key, e.g. "role" or "favourite_editor"; normalised.'),
  value: JsonValue,
  bucket: BucketSchema.optional().describe('"static" (long-lived, default) or "dynamic" (short-lived).'),
  category: CategorySchema.optional().describe('Category; defaults to the key when the key is a category name, else "other".'),
  confidence: Confidence.optional().describe('0..1; defaults to 1.0 for manual writes.'),
  ttl_seconds: TtlSeconds.optional(),
  ...ScopeInput,
});

export const UpdateFactInput = z.object({
  id: FactId,
  value: JsonValue.optional(),
  bucket: BucketSchema.optional(),
  category: CategorySchema.optional(),
  confidence: Confidence.optional().describe('0..1; defaults to 1.0 (a manual edit).'),
  ttl_seconds: TtlSeconds.nullable().optional().describe('Seconds until the fact expires from now; null removes the expiry.'),
  ...ScopeInput,
});

export const DeleteFactInput = z.object({ id: FactId, ...ScopeInput });

export const DeleteProfileInput = z.object({
  ...ScopeInput,
  confirm: z.boolean().optional().describe('Must be true: deleting a profile cannot be undone.'),
});

export const ListCollectionsInput = z.object({
  limit: z.number().int().min(1).max(LIMITS.listLimitMax).optional().describe('Page size, 1..500 (default 100).'),
  cursor: z.string().min(1).max(2000).optional().describe('next_cursor of the previous page.'),
});

const PageLimit = z.number().int().min(1).max(LIMITS.listLimitMax).optional().describe('Page size, 1..500 (default 100).');
const PageCursor = z.string().min(1).max(2000).optional().describe('next_cursor of the previous page.');
const ProposalId = z.string().min(1).max(200);
const OperationId = z.string().min(1).max(200).describe('Operation id, as list_operations returns it (e.g. "op_01J...").');

export const ListPendingInput = z.object({ ...ScopeInput, limit: PageLimit, cursor: PageCursor });

export const ResolvePendingInput = z.object({
  ids: z.array(ProposalId).min(1).max(500).optional().describe('Ids of the proposals to resolve (from list_pending). Give ids or all: true.'),
  all: z.literal(true).optional().describe('true resolves every pending proposal of the scope.'),
  decision: z
    .enum(['accept', 'reject'])
    .describe(
      '"accept" writes the proposal as the person\'s own word (source manual, confidence 1); "reject" drops it, and the same key and value is not proposed again for 90 days.',
    ),
  value: z.unknown().optional().describe("Accept this value instead of the proposal's (edit, then accept); one proposal only."),
  ...ScopeInput,
});

export const ListOperationsInput = z.object({ ...ScopeInput, limit: PageLimit, cursor: PageCursor });

export const UndoOperationInput = z.object({
  id: OperationId,
  ...ScopeInput,
  dry_run: z.boolean().optional().describe('true previews what the undo would change (before/after per key) and writes nothing.'),
});

// ---- results ----

/**
 * The fact shape inside result lists, published once as a definition and referenced ($ref), so MCP
 * clients compile and ship it once per schema instead of once per list.
 */
const FactItem = FactSchema.meta({ id: 'Fact' });

const NullableCollection = z.string().nullable();

export const ProfileResult = z.object({
  name: z.unknown().describe('Stored value of the "name" fact, or null.'),
  timezone: z.unknown().describe('Stored value of the "timezone" fact, or null.'),
  language: z.unknown().describe('Stored value of the "language" fact, or null.'),
  collection_id: NullableCollection,
  profile: z.object({ static: z.array(FactItem), dynamic: z.array(FactItem) }),
  fact_count: z.number().int(),
  truncated: z.boolean().optional().describe('Agent-sized reads (max_tokens, query or categories): true when facts were left out to fit max_tokens.'),
  omitted: z.number().int().optional().describe('Facts that matched the filters but did not fit the budget.'),
  tokens: z.number().int().optional().describe('Estimated tokens of the text block (a documented estimate, within a few percent of a Claude tokenizer).'),
});
export type ProfileResult = z.infer<typeof ProfileResult>;

export const PatchChangeSchema = z.object({
  key: z.string(),
  action: z.enum(['create', 'update', 'delete', 'unchanged']),
  before: z.unknown(),
  after: z.unknown(),
  fact_id: z.string().nullable(),
  bucket: BucketSchema,
  category: CategorySchema,
});

/** One object schema for both outcomes (MCP output schemas must be objects, not unions). */
export const PatchResult = z.object({
  status: z.enum(['success', 'preview']),
  updated: z.number().int().optional(),
  created: z.number().int().optional(),
  deleted: z.number().int().optional(),
  would_update: z.number().int().optional(),
  would_create: z.number().int().optional(),
  would_delete: z.number().int().optional(),
  unchanged: z.number().int(),
  message: z.string(),
  collection_id: NullableCollection,
  facts: z.array(FactItem).optional(),
  changes: z.array(PatchChangeSchema).optional(),
});
export type PatchResult = z.infer<typeof PatchResult>;

export const ListFactsResult = z.object({
  facts: z.array(FactItem),
  total: z.number().int(),
  next_cursor: z.string().nullable(),
});
export type ListFactsResult = z.infer<typeof ListFactsResult>;

export const FactResult = FactSchema;
export const FactWithHistoryResult = FactWithHistorySchema;

export const DeleteFactResult = z.object({ deleted: z.literal(true), id: z.string() });
export const DeleteProfileResult = z.object({ deleted: z.number().int(), collection_id: NullableCollection });

export const CollectionSummarySchema = z.object({
  collection_id: z.string(),
  fact_count: z.number().int(),
  updated_at: z.string(),
});
export const ListCollectionsResult = z.object({
  collections: z.array(CollectionSummarySchema),
  total: z.number().int(),
  next_cursor: z.string().nullable(),
});
export type ListCollectionsResult = z.infer<typeof ListCollectionsResult>;

export const ListPendingResult = z.object({
  proposals: z.array(ProposalSchema.meta({ id: 'Proposal' })),
  total: z.number().int(),
  next_cursor: z.string().nullable(),
});
export type ListPendingResult = z.infer<typeof ListPendingResult>;

export const ResolvePendingResult = z.object({
  accepted: z.number().int(),
  rejected: z.number().int(),
  facts: z.array(FactItem).describe('The facts written by accepted proposals, after the write, in key order.'),
  collection_id: NullableCollection,
});
export type ResolvePendingResult = z.infer<typeof ResolvePendingResult>;

export const OperationChangeSchema = z.object({
  key: z.string(),
  fact_id: z.string(),
  action: z.enum(CHANGE_ACTIONS),
  before: z.unknown().describe('The value before (null: the fact did not exist).'),
  after: z.unknown().describe('The value after (null: the fact was deleted).'),
});

export const OperationSchema = z.object({
  id: z.string(),
  at: z.string(),
  operation: z.enum(OPERATION_NAMES),
  actor: ActorSchema,
  changes: z.array(OperationChangeSchema),
  undoes: z.string().nullable().describe('The operation this one undid (undo_operation), else null.'),
  undone_by: z.string().nullable().describe('The undo operation that currently cancels this one, else null.'),
  proposals: z
    .array(
      z.object({
        id: z.string(),
        key: z.string(),
        after: z.unknown(),
        decision: z.enum(['accept', 'reject']),
        effect: z.enum(['resolved', 'restored']),
      }),
    )
    .describe('Proposals this operation resolved (accepted or rejected), or put back into the inbox (undo of a resolve).'),
});
export type Operation = z.infer<typeof OperationSchema>;

export const ListOperationsResult = z.object({
  operations: z.array(OperationSchema.meta({ id: 'Operation' })),
  total: z.number().int(),
  next_cursor: z.string().nullable(),
});
export type ListOperationsResult = z.infer<typeof ListOperationsResult>;

/** One object schema for both outcomes: a preview in the patch_profile preview shape, or the undo itself. */
export const UndoResult = z.object({
  status: z.enum(['success', 'preview']),
  undone: z.string().optional().describe('The operation undone.'),
  operation_id: z.string().optional().describe("The undo's own operation id (it can be undone in turn)."),
  would_update: z.number().int().optional(),
  would_create: z.number().int().optional(),
  would_delete: z.number().int().optional(),
  unchanged: z.number().int().optional(),
  message: z.string().optional(),
  changes: z.array(z.union([PatchChangeSchema, OperationChangeSchema])),
  collection_id: NullableCollection,
});
export type UndoResult = z.infer<typeof UndoResult>;

export type ListPendingParams = z.infer<typeof ListPendingInput>;
export type ResolvePendingParams = z.infer<typeof ResolvePendingInput>;
export type ListOperationsParams = z.infer<typeof ListOperationsInput>;
export type UndoOperationParams = z.infer<typeof UndoOperationInput>;
export type GetProfileParams = z.infer<typeof GetProfileInput>;
export type PatchProfileParams = z.infer<typeof PatchProfileInput>;
export type ListFactsParams = z.infer<typeof ListFactsInput>;
export type GetFactParams = z.infer<typeof GetFactInput>;
export type CreateFactParams = z.infer<typeof CreateFactInput>;
export type UpdateFactParams = z.infer<typeof UpdateFactInput>;
export type DeleteFactParams = z.infer<typeof DeleteFactInput>;
export type DeleteProfileParams = z.infer<typeof DeleteProfileInput>;
export type ListCollectionsParams = z.infer<typeof ListCollectionsInput>;
