import { z } from 'zod';

/** docs/spec.md §1: the categories a fact may belong to. */
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
export const CollectionIdSchema = z.string().regex(COLLECTION_ID_PATTERN, 'collection_id must match ^[A-Za-z0-9_.:-]{1,128}$');
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

// ---- the review inbox and the activity log (docs/spec.md §6) ----

/** Who made a write: the door it came through and the API key (null in open mode and over stdio). */
export const ACTOR_TRANSPORTS = ['stdio', 'mcp-http', 'rest', 'review-page', 'cli'] as const;
export type ActorTransport = (typeof ACTOR_TRANSPORTS)[number];
export const ActorSchema = z.object({ transport: z.enum(ACTOR_TRANSPORTS), key_id: z.string().nullable() });
export type Actor = z.infer<typeof ActorSchema>;

export const PROPOSAL_ACTIONS = ['create', 'update', 'retract', 'conflict'] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

function proposalFields<T extends z.ZodString>(time: T) {
  return {
    id: z.string(),
    key: z.string(),
    action: z.enum(PROPOSAL_ACTIONS),
    before: z.unknown(),
    after: z.unknown(),
    bucket: BucketSchema,
    category: CategorySchema,
    confidence: z.number().min(0).max(1),
    evidence: z.string(),
    fact_id: z.string().nullable(),
    collection_id: z.string().nullable(),
    created_at: time,
  };
}

/** A proposal as `list_pending` returns it. */
export const ProposalSchema = z.object(proposalFields(Timestamp));
export type Proposal = z.infer<typeof ProposalSchema>;

/** A proposal as stored: the public fields plus how long a short-lived fact holds once accepted. */
const StoredProposalSchema = z.object({ ...proposalFields(IsoTimeSchema), ttl_seconds: z.number().int().positive().nullable() }).strict();
export type StoredProposal = z.infer<typeof StoredProposalSchema>;

/** A rejected (key, value): not proposed again until `until`. */
const RejectionSchema = z.object({ proposal_id: z.string(), key: z.string(), value: z.unknown(), until: IsoTimeSchema }).strict();
export type Rejection = z.infer<typeof RejectionSchema>;

export const OPERATION_NAMES = ['patch_profile', 'create_fact', 'update_fact', 'delete_fact', 'learn', 'resolve_pending', 'import', 'undo_operation'] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

export const CHANGE_ACTIONS = ['create', 'update', 'delete'] as const;

/**
 * How to rebuild a fact's history before a change from its history after it: `head`, then `take`
 * entries of the later history from index `skip`, then `tail`. A value change (one entry pushed,
 * maybe the oldest dropped) is {head: [], skip: 1, take: n, tail: [dropped?]}; a metadata change is
 * {skip: 0, take: n}; a deleted fact keeps its whole history in `tail`.
 */
const HistoryDeltaSchema = z
  .object({
    head: z.array(HistoryEntrySchema.strict()),
    skip: z.number().int().min(0),
    take: z.number().int().min(0),
    tail: z.array(HistoryEntrySchema.strict()),
  })
  .strict();
export type HistoryDelta = z.infer<typeof HistoryDeltaSchema>;

/** A fact's fields before a change, apart from those the change names (id, key, value). */
const PriorStateSchema = z
  .object({
    category: CategorySchema,
    bucket: BucketSchema,
    confidence: z.number().min(0).max(1),
    source: SourceSchema,
    created_at: IsoTimeSchema,
    updated_at: IsoTimeSchema,
    expires_at: IsoTimeSchema.nullable(),
    history: HistoryDeltaSchema,
  })
  .strict();
export type PriorState = z.infer<typeof PriorStateSchema>;

/** One fact changed by an operation: the public before/after values, and what undo needs to restore it. */
const StoredChangeSchema = z
  .object({
    key: z.string(),
    fact_id: z.string(),
    action: z.enum(CHANGE_ACTIONS),
    before: z.unknown(),
    after: z.unknown(),
    /** The fact before the change; null when the operation created it. */
    prior: PriorStateSchema.nullable(),
  })
  .strict();
export type StoredChange = z.infer<typeof StoredChangeSchema>;

/** A proposal an operation took out of the inbox (resolved) or put back (restored), with its decision. */
const ProposalRecordSchema = StoredProposalSchema.extend({ decision: z.enum(['accept', 'reject']) }).strict();
export type ProposalRecord = z.infer<typeof ProposalRecordSchema>;

const StoredOperationSchema = z
  .object({
    id: z.string(),
    at: IsoTimeSchema,
    operation: z.enum(OPERATION_NAMES),
    actor: ActorSchema.strict(),
    /** The operation this one undid (undo_operation), else null. */
    undoes: z.string().nullable(),
    changes: z.array(StoredChangeSchema),
    /** Proposals this operation resolved (took out of the inbox) and restored (put back). */
    resolved: z.array(ProposalRecordSchema),
    restored: z.array(ProposalRecordSchema),
  })
  .strict();
export type StoredOperation = z.infer<typeof StoredOperationSchema>;

export const LIMITS_INBOX = {
  proposalsPerScope: 500,
  rejectionsPerScope: 1000,
  operationsPerScope: 1000,
  evidenceChars: 300,
  rejectionDays: 90,
} as const;

export const SCOPE_DOC_VERSION = 2;

/** Version 1 files (before the inbox and the activity log) load unchanged: they simply have neither. */
const ScopeDocV1Schema = z
  .object({
    version: z.literal(1),
    facts: z.array(StoredFactSchema),
    sessions: z.array(SessionSchema.strict()),
  })
  .strict();

/**
 * Everything stored for one (account, scope): the unit a store reads and writes atomically.
 * Treated as immutable: a write builds a new document, so readers only ever see committed state.
 */
export const ScopeDocSchema = z
  .object({
    version: z.literal(SCOPE_DOC_VERSION),
    facts: z.array(StoredFactSchema),
    sessions: z.array(SessionSchema.strict()),
    proposals: z.array(StoredProposalSchema),
    rejections: z.array(RejectionSchema),
    /** Oldest first; a store may keep part of it elsewhere (the JSON directory's activity log). */
    activity: z.array(StoredOperationSchema),
  })
  .strict();
export interface ScopeDoc {
  readonly version: typeof SCOPE_DOC_VERSION;
  readonly facts: readonly FactWithHistory[];
  readonly sessions: readonly Session[];
  /** The review inbox, oldest first. */
  readonly proposals: readonly StoredProposal[];
  /** Rejected (key, value) pairs that are not proposed again for a while. */
  readonly rejections: readonly Rejection[];
  /** Committed operations, oldest first (the newest 1,000). */
  readonly activity: readonly StoredOperation[];
}

export const StoredOperationsSchema = z.array(StoredOperationSchema);

/** Parse a stored document of any known version into the current shape (a v1 file gets an empty inbox and activity). */
export function parseScopeDoc(raw: unknown): { doc: ScopeDoc } | { error: z.ZodError } {
  if (typeof raw === 'object' && raw !== null && (raw as { version?: unknown }).version === 1) {
    const v1 = ScopeDocV1Schema.safeParse(raw);
    if (!v1.success) return { error: v1.error };
    const old = raw as { facts: FactWithHistory[]; sessions: Session[] };
    return { doc: { version: SCOPE_DOC_VERSION, facts: old.facts, sessions: old.sessions, proposals: [], rejections: [], activity: [] } };
  }
  const result = ScopeDocSchema.safeParse(raw);
  return result.success ? { doc: raw as ScopeDoc } : { error: result.error };
}

export function emptyScopeDoc(): ScopeDoc {
  return { version: SCOPE_DOC_VERSION, facts: [], sessions: [], proposals: [], rejections: [], activity: [] };
}

/** Identifies one profile scope: the account-wide (global) profile, or one collection of the account. */
export interface ScopeRef {
  readonly account: string;
  readonly collection_id: string | null;
}

/** docs/spec.md §1 key normalisation: trim, lower-case, runs of spaces/hyphens become `_`. */
export function normaliseKey(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
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

/** docs/spec.md §1: a new fact's category is its key when the key is a category name, else `other`. */
export function defaultCategory(key: string): Category {
  return isCategory(key) ? key : 'other';
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
