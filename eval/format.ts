import { readFileSync } from 'node:fs';
import type { Bucket } from '../src/profiles/model.js';
import type { ChatTurn } from '../src/profiles/reasoning.js';

/**
 * The JSON format shared by eval/sets/profile-mcp.json and the development corpus
 * (../shared/eval/realistic-dev.json); its README describes the fields and the scoring.
 */

export interface Expectation {
  /** A token of the user's own words that some live learned value must contain (case-insensitive). */
  value: string;
  /** The key we would choose; never scored. */
  key_hint?: string;
  bucket?: Bucket;
  /** Accepted spellings or normalisations of `value`. */
  alt?: string[];
}

export interface ExtractionCase {
  id: string;
  family: string;
  kind?: string;
  tags: string[];
  messages: ChatTurn[];
  expect: Expectation[];
  forbid: string[];
  also?: string[];
  note?: string;
}

export interface Conversation {
  id: string;
  kind?: string;
  tags: string[];
  /** One learn call per entry, in order, into one scope. */
  turns: ChatTurn[][];
  final: Expectation[];
  forbid: string[];
  also?: string[];
  /** A live fact holding this token must end with a higher confidence than it was first learned with. */
  reinforce?: string;
  note?: string;
}

export interface Question {
  q: string;
  expect_keys?: string[];
  answer_token?: string;
  also_ok_keys?: string[];
  unknown?: boolean;
  tags?: string[];
}

export interface DialecticProfile {
  profile_id: string;
  about?: string;
  facts: Record<string, unknown>;
  dynamic_keys?: string[];
  questions: Question[];
}

export interface EvalSet {
  name: string;
  version?: number;
  families?: string[];
  extraction: ExtractionCase[];
  negatives: ExtractionCase[];
  conversations: Conversation[];
  dialectic: DialecticProfile[];
}

export const PARTS = ['extraction', 'negatives', 'conversations', 'dialectic'] as const;
export type Part = (typeof PARTS)[number];

export function loadSet(file: string): EvalSet {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<EvalSet>;
  return {
    ...raw,
    name: raw.name ?? file,
    extraction: (raw.extraction ?? []).map(withForbid),
    negatives: (raw.negatives ?? []).map(withForbid),
    conversations: (raw.conversations ?? []).map(withForbid),
    dialectic: raw.dialectic ?? [],
  };
}

/** `forbid` is optional in the files (hand-written sets leave it out when nothing is forbidden). */
function withForbid<T extends { forbid?: string[] }>(c: T): T & { forbid: string[] } {
  return { ...c, forbid: c.forbid ?? [] };
}

/** The id of a dialectic question, for the held-out split and for reports. */
export const questionId = (profileId: string, q: string): string => `${profileId}:${q}`;

/** Every user turn's text, lower-cased: where `value` tokens must occur. */
export function userText(messages: readonly ChatTurn[]): string {
  return messages
    .filter((m) => m.role === 'user')
    .map((m) => m.content)
    .join('\n')
    .toLowerCase();
}
