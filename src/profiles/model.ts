import { z } from 'zod';

/** SPEC §1: the categories a fact may belong to. */
export const CATEGORIES = [
  'name',
  'preferences',
  'interests',
  'expertise',
  'communication_style',
  'goals',
  'timezone',
  'language',
  'industry',
  'role',
  'personality_traits',
  'custom_fields',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const BUCKETS = ['static', 'dynamic'] as const;
export type Bucket = (typeof BUCKETS)[number];

export const SOURCES = ['manual', 'conversation', 'dialectic', 'import'] as const;
export type Source = (typeof SOURCES)[number];

/** Keys that stand at the top level of `get_profile` instead of in a bucket. */
export const FLAT_KEYS = ['name', 'timezone', 'language'] as const;

/** Keys the REST patch body reserves for itself. */
export const RESERVED_KEYS = ['collection_id', 'dry_run'] as const;

export const LIMITS = {
  valueBytes: 8 * 1024,
  factsPerScope: 10_000,
  historyPerFact: 20,
  rawKeyLength: 256,
  listLimitMax: 500,
  listLimitDefault: 100,
  collectionsLimitDefault: 100,
  maxTtlSeconds: 100 * 365 * 24 * 3600,
} as const;

export const KEY_PATTERN = /^[a-z][a-z0-9_.]{0,63}$/;
export const COLLECTION_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/;

export const CategorySchema = z.enum(CATEGORIES);
export const BucketSchema = z.enum(BUCKETS);
export const SourceSchema = z.enum(SOURCES);
export const CollectionIdSchema = z
  .string()
  .regex(COLLECTION_ID_PATTERN, 'collection_id must match ^[A-Za-z0-9_.:-]{1,128}$');
export const IsoTimeSchema = z.string().datetime({ offset: true });

/**
 * Timestamps in results are plain strings (always ISO 8601 UTC, e.g. "2026-11-28T10:00:00.000Z"):
 * a `format: date-time` in the published output schemas would make every MCP client re-check every
 * timestamp of every result. Stored documents are validated strictly on load (StoredFact below).
 */
const Timestamp = z.string().describe('ISO 8601 time (UTC)');

function historyEntry<T extends z.ZodString>(time: T) {
  return z.object({
    value: z.unknown(),
    confidence: z.number().min(0).max(1),
    source: SourceSchema,
    updated_at: time,
  });
}

function factFields<T extends z.ZodString>(time: T) {
  return {
    id: z.string(),
    key: z.string(),
    value: z.unknown(),
    category: CategorySchema,
    bucket: BucketSchema,
    confidence: z.number().min(0).max(1),
    source: SourceSchema,
    collection_id: z.string().nullable(),
    created_at: time,
    updated_at: time,
    expires_at: time.nullable(),
  };
}

export const HistoryEntrySchema = historyEntry(IsoTimeSchema);
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** A fact as every operation returns it. */
export const FactSchema = z.object(factFields(Timestamp));
export type Fact = z.infer<typeof FactSchema>;

/** A fact with its earlier values, newest first (`get_fact`). */
export const FactWithHistorySchema = z.object({ ...factFields(Timestamp), history: z.array(historyEntry(Timestamp)) });
export type FactWithHistory = z.infer<typeof FactWithHistorySchema>;

/** A fact as stored, validated strictly when a file is loaded. */
const StoredFactSchema = z.object({ ...factFields(IsoTimeSchema), history: z.array(HistoryEntrySchema.strict()) }).strict();

/** A dialectic session: the turns of one conversation about the user, per (account, scope). */
export const SessionTurnSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  at: IsoTimeSchema,
});
export const SessionSchema = z.object({
  id: z.string(),
  created_at: IsoTimeSchema,
  updated_at: IsoTimeSchema,
  turns: z.array(SessionTurnSchema),
});
export type Session = z.infer<typeof SessionSchema>;
export type SessionTurn = z.infer<typeof SessionTurnSchema>;

export const SCOPE_DOC_VERSION = 1;

/**
 * Everything stored for one (account, scope): the unit a store reads and writes atomically.
 * Treated as immutable: a write builds a new document, so readers only ever see committed state.
 */
export const ScopeDocSchema = z
  .object({
    version: z.literal(SCOPE_DOC_VERSION),
    facts: z.array(StoredFactSchema),
    sessions: z.array(SessionSchema.strict()),
  })
  .strict();
export interface ScopeDoc {
  readonly version: typeof SCOPE_DOC_VERSION;
  readonly facts: readonly FactWithHistory[];
  readonly sessions: readonly Session[];
}

export function emptyScopeDoc(): ScopeDoc {
  return { version: SCOPE_DOC_VERSION, facts: [], sessions: [] };
}

/** Identifies one profile scope: the account-wide (global) profile, or one collection of the account. */
export interface ScopeRef {
  readonly account: string;
  readonly collection_id: string | null;
}

/** SPEC §1 key normalisation: trim, lower-case, runs of spaces/hyphens become `_`. */
export function normaliseKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Why a raw key cannot be used, or null when it is fine. Checked on the key exactly as sent. */
export function keyProblem(raw: string): string | null {
  if (raw.length === 0) return 'key is empty';
  if (raw.length > LIMITS.rawKeyLength) return `key is longer than ${LIMITS.rawKeyLength} characters`;
  const key = normaliseKey(raw);
  if ((RESERVED_KEYS as readonly string[]).includes(key)) {
    return `"${key}" is a reserved key`;
  }
  if (!KEY_PATTERN.test(key)) {
    return `key normalises to "${truncate(key, 70)}", which does not match ^[a-z][a-z0-9_.]{0,63}$ (start with a letter; letters, digits, "_" and "." only; at most 64 characters)`;
  }
  return null;
}

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

/** SPEC §1: a new fact's category is its key when the key is a category name, else `other`. */
export function defaultCategory(key: string): Category {
  return isCategory(key) ? key : 'other';
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
