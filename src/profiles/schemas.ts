import { z } from 'zod';
import {
  BucketSchema,
  CategorySchema,
  CollectionIdSchema,
  FactSchema,
  FactWithHistorySchema,
  LIMITS,
} from './model.js';

/**
 * Input and result schemas of every operation: the single source for MCP tool schemas, REST
 * validation and the OpenAPI document.
 */

export const ScopeInput = {
  collection_id: CollectionIdSchema.nullable()
    .optional()
    .describe('End-user collection to use. Omit (or null) for the account-wide global profile.'),
};

const FactId = z.string().min(1).max(200).describe('Fact id, as returned by list_facts or get_profile (e.g. "fact_01J...").');
const Confidence = z.number().min(0).max(1);
const TtlSeconds = z
  .number()
  .int()
  .positive()
  .max(LIMITS.maxTtlSeconds)
  .describe('Seconds until the fact expires; expired facts are never returned.');
/** Any JSON value. Declared loosely so that the service can check it as sent (size, type). */
const JsonValue = z.unknown().describe('Any JSON value (string, number, boolean, array or object); at most 8 KiB serialised.');

export const GetProfileInput = z.object({ ...ScopeInput });

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

export type GetProfileParams = z.infer<typeof GetProfileInput>;
export type PatchProfileParams = z.infer<typeof PatchProfileInput>;
export type ListFactsParams = z.infer<typeof ListFactsInput>;
export type GetFactParams = z.infer<typeof GetFactInput>;
export type CreateFactParams = z.infer<typeof CreateFactInput>;
export type UpdateFactParams = z.infer<typeof UpdateFactInput>;
export type DeleteFactParams = z.infer<typeof DeleteFactInput>;
export type DeleteProfileParams = z.infer<typeof DeleteProfileInput>;
export type ListCollectionsParams = z.infer<typeof ListCollectionsInput>;
