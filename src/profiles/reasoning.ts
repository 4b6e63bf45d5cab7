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

export interface AnswerInput {
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
}

export interface ExtractInput {
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

export interface CompleteInput {
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
  extract(input: ExtractInput): Promise<ExtractedFact[]>;
  /** Free-form completion for chat; reasoners without a model throw ProfileError('llm_unavailable'). */
  complete(input: CompleteInput): Promise<Completion>;
}

export type { SessionTurn };
