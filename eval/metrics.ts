import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sanitise } from '../src/profiles/learn.js';
import type { Fact } from '../src/profiles/model.js';
import { defaultCategory, isCategory } from '../src/profiles/model.js';
import type { ChatTurn, ExtractedFact, Reasoner } from '../src/profiles/reasoning.js';

/**
 * The evaluation of a reasoner on eval/extraction.json and eval/dialectic.json. Shared by
 * `npm run eval` (eval/run.ts) and the vitest test that holds the offline reasoner to its targets.
 */

const here = dirname(fileURLToPath(import.meta.url));

export const TARGETS = { recall: 0.85, precision: 0.9, retrieval: 0.9, abstention: 1 } as const;

interface Expected {
  key: string | string[];
  value: string;
  bucket?: 'static' | 'dynamic';
}
interface ExtractionCase {
  id: string;
  messages: ChatTurn[];
  expect: Expected[];
}
interface ProfileFact {
  key: string;
  value: unknown;
  category?: string;
  bucket?: 'static' | 'dynamic';
  confidence?: number;
  ttl_seconds?: number;
}
interface Question {
  profile: string;
  question: string;
  expect_keys?: string[];
  answer_contains?: string[];
  unanswerable?: boolean;
}

export function loadExtractionCases(file = join(here, 'extraction.json')): ExtractionCase[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: ExtractionCase[] }).cases;
}

export function loadDialectic(file = join(here, 'dialectic.json')): { profiles: Record<string, ProfileFact[]>; questions: Question[] } {
  return JSON.parse(readFileSync(file, 'utf8'));
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function itemsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => norm(typeof v === 'string' ? v : JSON.stringify(v)));
  return [norm(typeof value === 'string' ? value : JSON.stringify(value))];
}

function itemMatches(item: string, expected: string): boolean {
  const e = norm(expected);
  return item.includes(e) || (item.length >= 3 && e.includes(item));
}

const keysOf = (e: Expected) => (Array.isArray(e.key) ? e.key : [e.key]);

export interface ExtractionReport {
  cases: number;
  negatives: number;
  expected: number;
  found: number;
  predicted: number;
  correct: number;
  recall: number;
  precision: number;
  negativesLeftAlone: number;
  failures: { id: string; missed: string[]; wrong: string[] }[];
}

export async function evaluateExtraction(reasoner: Reasoner, cases = loadExtractionCases()): Promise<ExtractionReport> {
  let expected = 0;
  let found = 0;
  let predicted = 0;
  let correct = 0;
  let negatives = 0;
  let clean = 0;
  const failures: ExtractionReport['failures'] = [];
  for (const kase of cases) {
    const facts: ExtractedFact[] = sanitise(await reasoner.extract({ messages: kase.messages, profile: [] }));
    const items = facts.flatMap((f) => itemsOf(f.value).map((item) => ({ key: f.key, item, bucket: f.bucket })));
    const missed: string[] = [];
    for (const e of kase.expect) {
      expected++;
      const ok = items.some((p) => keysOf(e).includes(p.key) && itemMatches(p.item, e.value) && (e.bucket === undefined || p.bucket === e.bucket));
      if (ok) found++;
      else missed.push(`${keysOf(e).join('|')}~${e.value}${e.bucket ? ` (${e.bucket})` : ''}`);
    }
    const wrong: string[] = [];
    for (const p of items) {
      predicted++;
      const ok = kase.expect.some((e) => keysOf(e).includes(p.key) && itemMatches(p.item, e.value));
      if (ok) correct++;
      else wrong.push(`${p.key}=${p.item}`);
    }
    if (kase.expect.length === 0) {
      negatives++;
      if (items.length === 0) clean++;
    }
    if (missed.length > 0 || wrong.length > 0) failures.push({ id: kase.id, missed, wrong });
  }
  return {
    cases: cases.length,
    negatives,
    expected,
    found,
    predicted,
    correct,
    recall: expected === 0 ? 1 : found / expected,
    precision: predicted === 0 ? 1 : correct / predicted,
    negativesLeftAlone: negatives === 0 ? 1 : clean / negatives,
    failures,
  };
}

export interface DialecticReport {
  questions: number;
  answerable: number;
  unanswerable: number;
  retrievalHitRate: number;
  answerHitRate: number;
  abstentionRate: number;
  citationPrecision: number;
  failures: { question: string; profile: string; why: string; answer: string; cited: string[] }[];
}

const ABSTAINS = /\b(?:nothing about|has nothing|no (?:information|facts?|data|record)|does(?:n't| not) (?:say|mention|include|contain|know)|not (?:in|mentioned|recorded|stored)|unknown|isn't (?:in|recorded)|no mention)\b/i;

export function factsFor(profile: ProfileFact[], now = Date.parse('2026-06-01T12:00:00.000Z')): Fact[] {
  const iso = new Date(now).toISOString();
  return profile.map((p, i) => ({
    id: `fact_eval${String(i).padStart(4, '0')}`,
    key: p.key,
    value: p.value,
    category: p.category && isCategory(p.category) ? p.category : defaultCategory(p.key),
    bucket: p.bucket ?? 'static',
    confidence: p.confidence ?? 1,
    source: 'manual',
    collection_id: null,
    created_at: iso,
    updated_at: iso,
    expires_at: p.ttl_seconds ? new Date(now + p.ttl_seconds * 1000).toISOString() : null,
  }));
}

export async function evaluateDialectic(reasoner: Reasoner, data = loadDialectic()): Promise<DialecticReport> {
  let answerable = 0;
  let unanswerable = 0;
  let retrievalHits = 0;
  let answerHits = 0;
  let abstained = 0;
  let cited = 0;
  let citedRight = 0;
  const failures: DialecticReport['failures'] = [];
  const factSets = new Map(Object.entries(data.profiles).map(([name, p]) => [name, factsFor(p)]));
  for (const q of data.questions) {
    const facts = factSets.get(q.profile) ?? [];
    const answer = await reasoner.answer({ question: q.question, facts, history: [] });
    const keys = answer.facts_used.map((id) => facts.find((f) => f.id === id)?.key ?? '?');
    const record = (why: string) => failures.push({ question: q.question, profile: q.profile, why, answer: answer.text, cited: keys });
    if (q.unanswerable) {
      unanswerable++;
      if (keys.length === 0 && ABSTAINS.test(answer.text)) abstained++;
      else record('should abstain');
      continue;
    }
    answerable++;
    const expectKeys = q.expect_keys ?? [];
    const hit = expectKeys.every((k) => keys.includes(k));
    if (hit) retrievalHits++;
    else record(`missing ${expectKeys.filter((k) => !keys.includes(k)).join(', ')}`);
    const text = answer.text.toLowerCase();
    const answered = (q.answer_contains ?? []).every((s) => text.includes(s.toLowerCase()));
    if (answered) answerHits++;
    else if (hit) record('answer text lacks expected content');
    cited += keys.length;
    citedRight += keys.filter((k) => expectKeys.includes(k)).length;
  }
  return {
    questions: data.questions.length,
    answerable,
    unanswerable,
    retrievalHitRate: answerable === 0 ? 1 : retrievalHits / answerable,
    answerHitRate: answerable === 0 ? 1 : answerHits / answerable,
    abstentionRate: unanswerable === 0 ? 1 : abstained / unanswerable,
    citationPrecision: cited === 0 ? 1 : citedRight / cited,
    failures,
  };
}
