/** Shapes of the public REST API (docs/spec.md §2) as the page uses them. */

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
export const FLAT_KEYS = ['name', 'timezone', 'language'] as const;
export type FlatKey = (typeof FLAT_KEYS)[number];

export interface Fact {
  id: string;
  key: string;
  value: unknown;
  category: Category;
  bucket: Bucket;
  confidence: number;
  source: 'manual' | 'conversation' | 'dialectic' | 'import';
  collection_id: string | null;
  created_at: string;
  updated_at: string;
  expires_at: string | null;
}

export interface HistoryEntry {
  value: unknown;
  confidence: number;
  source: Fact['source'];
  updated_at: string;
}

export interface FactWithHistory extends Fact {
  history: HistoryEntry[];
}

export interface ProfileResult {
  name: unknown;
  timezone: unknown;
  language: unknown;
  collection_id: string | null;
  profile: { static: Fact[]; dynamic: Fact[] };
  fact_count: number;
}

export interface ListFactsResult {
  facts: Fact[];
  total: number;
  next_cursor: string | null;
}

export interface CollectionSummary {
  collection_id: string;
  fact_count: number;
  updated_at: string;
}

export interface ListCollectionsResult {
  collections: CollectionSummary[];
  total: number;
  next_cursor: string | null;
}

export interface PatchChange {
  key: string;
  action: 'create' | 'update' | 'delete' | 'unchanged';
  before: unknown;
  after: unknown;
  fact_id: string | null;
  bucket: Bucket;
  category: Category;
}

export interface PatchResult {
  status: 'success' | 'preview';
  message: string;
  collection_id: string | null;
  changes?: PatchChange[];
  facts?: Fact[];
}

export interface LearnChange {
  key: string;
  action: 'create' | 'update' | 'reinforce' | 'retract' | 'conflict' | 'pending' | 'skip';
  before: unknown;
  after: unknown;
  bucket: Bucket;
  category: Category;
  confidence: number;
  fact_id: string | null;
  proposal_id?: string | null;
}

export interface LearnResult {
  status: 'success' | 'preview';
  created: number;
  updated: number;
  reinforced: number;
  skipped: number;
  retracted: number;
  conflicts: number;
  pending: number;
  changes: LearnChange[];
  collection_id: string | null;
  reasoner: string;
}

export interface DialecticResult {
  assistant_message: string;
  session_id: string;
  facts_used: { id: string; key: string }[];
  reasoner: string;
}

export interface ChatMessage {
  role: 'user' | 'assistant' | 'system';
  content: string;
}

/** A proposal of the review inbox (docs/spec.md §6). */
export interface Proposal {
  id: string;
  key: string;
  action: 'create' | 'update' | 'retract' | 'conflict';
  before: unknown;
  after: unknown;
  bucket: Bucket;
  category: Category;
  confidence: number;
  evidence: string;
  fact_id: string | null;
  collection_id: string | null;
  created_at: string;
}

export interface ListPendingResult {
  proposals: Proposal[];
  total: number;
  next_cursor: string | null;
}

export interface ResolvePendingResult {
  accepted: number;
  rejected: number;
  facts: Fact[];
  collection_id: string | null;
}

export interface Operation {
  id: string;
  at: string;
  operation: 'patch_profile' | 'create_fact' | 'update_fact' | 'delete_fact' | 'learn' | 'resolve_pending' | 'import' | 'undo_operation';
  actor: { transport: 'stdio' | 'mcp-http' | 'rest' | 'review-page' | 'cli'; key_id: string | null };
  changes: { key: string; fact_id: string; action: 'create' | 'update' | 'delete'; before: unknown; after: unknown }[];
  undoes: string | null;
  undone_by: string | null;
  proposals: { id: string; key: string; after: unknown; decision: 'accept' | 'reject'; effect: 'resolved' | 'restored' }[];
}

export interface ListOperationsResult {
  operations: Operation[];
  total: number;
  next_cursor: string | null;
}

export interface UndoResult {
  status: 'success' | 'preview';
  undone?: string;
  operation_id?: string;
  message?: string;
  changes: (PatchChange | Operation['changes'][number])[];
  collection_id: string | null;
}
