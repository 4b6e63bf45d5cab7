/** Shapes of the public REST API (SPEC §2) as the page uses them. */

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
  action: 'create' | 'update' | 'reinforce' | 'skip';
  before: unknown;
  after: unknown;
  bucket: Bucket;
  category: Category;
  confidence: number;
  fact_id: string | null;
}

export interface LearnResult {
  status: 'success' | 'preview';
  created: number;
  updated: number;
  reinforced: number;
  skipped: number;
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
