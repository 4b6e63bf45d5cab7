import type { Bucket, Category, Fact, SessionTurn } from './model.js';

/**
 * The reasoner port: what the dialectic and learning need from a model (or from rules).
 * Implementations live in src/reasoners/ (anthropic, sampling, offline); the core never imports them.
 */
export type ReasonerName = 'anthropic' | 'sampling' | 'offline';

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** A fact the learner drew from the user's own words, before it is merged into the profile. */
export interface ExtractedFact {
  key: string;
  value: unknown;
  category: Category;
  bucket: Bucket;
  /** 0..1, below 1: how explicit the statement was. */
  confidence: number;
  /** For dynamic (short-lived) facts: how long the statement holds. */
  ttl_seconds?: number;
  /**
   * A retraction (docs/spec.md §6): the user said this no longer holds ("I don't drink coffee anymore",
   * "I quit Acme"). `value` is what is withdrawn: one item of a list fact, or the whole value; `null`
   * withdraws the key whatever its value. The learner removes it (learned facts) or proposes to.
   */
  retract?: boolean;
  /** The user's own words the fact was drawn from (at most 300 characters), kept as a proposal's evidence. */
  evidence?: string;
}

/** Which model ran a reasoning job and what it cost (docs/spec.md §4); zeros offline. */
export interface Usage {
  model: string;
  input_tokens: number;
  output_tokens: number;
}

/** A fact of a model's reply that failed validation and was left out (the rest were kept). */
export interface DroppedFact {
  key: string;
  reason: string;
}

/** What every reasoning job may carry besides its input: when it runs and how to stop it. */
export interface CallOptions {
  /** Milliseconds since the epoch: "today" for the prompts (relative dates, expiry). */
  now?: number;
  /** Aborted when the caller goes away (MCP cancellation, HTTP client disconnect): stop the upstream call. */
  signal?: AbortSignal;
}

export interface AnswerInput extends CallOptions {
  question: string;
  /** Every live fact of the scope: the only ground truth the answer may rest on. */
  facts: readonly Fact[];
  /** Earlier turns of the dialectic session, oldest first (already capped). */
  history: readonly ChatTurn[];
}

export interface Answer {
  text: string;
  /** Ids of the facts the answer rests on (a subset of the input facts); empty when nothing was relevant. */
  facts_used: string[];
  usage?: Usage;
}

/** How much of a conversation an extraction read (long transcripts are read in chunks within a budget). */
export interface ReadReport {
  /** Messages read (user and assistant turns). */
  messages: number;
  /** Messages given. */
  of: number;
  /** Requests the transcript was sent in. */
  chunks: number;
}

/** A reasoner's extraction: the facts, what it dropped, what it cost, how much it read. */
export interface Extraction {
  facts: ExtractedFact[];
  dropped?: DroppedFact[];
  usage?: Usage;
  read?: ReadReport;
}

export interface ExtractInput extends CallOptions {
  /** The conversation; only user turns are mined, assistant turns are context. */
  messages: readonly ChatTurn[];
  /**
   * Earlier turns, before `messages`: context only, never mined (chat memory learns from the newest
   * user turn; what came before was learned when it was said). A reasoner may ignore it.
   */
  context?: readonly ChatTurn[];
  /** The scope's current live facts, for context (e.g. to reuse existing keys). */
  profile: readonly Fact[];
}

export interface CompleteInput extends CallOptions {
  /** System context (the profile goes here, delimited as data). */
  system: string;
  messages: readonly ChatTurn[];
  max_tokens?: number;
  temperature?: number;
}

export interface Completion {
  text: string;
  model: string;
  input_tokens?: number;
  output_tokens?: number;
  stop_reason?: string;
}

export interface Reasoner {
  readonly name: ReasonerName;
  answer(input: AnswerInput): Promise<Answer>;
  /** Rule-based reasoners may answer with the bare list of facts. */
  extract(input: ExtractInput): Promise<ExtractedFact[] | Extraction>;
  /** Free-form completion for chat; reasoners without a model throw ProfileError('llm_unavailable'). */
  complete(input: CompleteInput): Promise<Completion>;
}

/** An extraction in its full form. */
export function extractionOf(result: ExtractedFact[] | Extraction): Extraction {
  return Array.isArray(result) ? { facts: result } : result;
}

export type { SessionTurn };
