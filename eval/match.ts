import type { Bucket, Fact } from '../src/profiles/model.js';
import type { Expectation } from './format.js';

/**
 * Token matching on live facts (README "How a test would score it"): a list value is matched item by
 * item, anything that is not a string as its JSON text, always case-insensitively.
 */

export interface LiveItem {
  key: string;
  item: string;
  bucket: Bucket;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const text = (v: unknown): string => norm(typeof v === 'string' ? v : JSON.stringify(v));

export function itemsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text) : [text(value)];
}

export function liveItems(facts: readonly Fact[]): LiveItem[] {
  return facts.flatMap((f) => itemsOf(f.value).map((item) => ({ key: f.key, item, bucket: f.bucket })));
}

export const holds = (item: string, token: string): boolean => item.includes(norm(token));
export const tokensOf = (e: Expectation): string[] => [e.value, ...(e.alt ?? [])];

export interface Judgement {
  /** Per expectation: met (value found, in the expected bucket when one is given). */
  met: boolean[];
  /** Per expectation with bucket "dynamic": value found in any bucket, and found in the dynamic bucket. */
  dynamic: { found: boolean; inBucket: boolean }[];
  correct: LiveItem[];
  wrong: { item: LiveItem; token: string }[];
  spurious: LiveItem[];
}

/** Score live items against a case's expectations, forbidden tokens and other true statements. */
export function judge(items: readonly LiveItem[], expect: readonly Expectation[], forbid: readonly string[], also: readonly string[] = []): Judgement {
  const found = (e: Expectation, bucket?: Bucket) =>
    items.some((i) => (bucket === undefined || i.bucket === bucket) && tokensOf(e).some((t) => holds(i.item, t)));
  const met = expect.map((e) => found(e, e.bucket));
  const dynamic = expect.filter((e) => e.bucket === 'dynamic').map((e) => ({ found: found(e), inBucket: found(e, 'dynamic') }));
  const good = [...expect.flatMap(tokensOf), ...also];
  const out: Judgement = { met, dynamic, correct: [], wrong: [], spurious: [] };
  for (const item of items) {
    const bad = forbid.find((t) => holds(item.item, t));
    if (bad !== undefined) out.wrong.push({ item, token: bad });
    else if (good.some((t) => holds(item.item, t))) out.correct.push(item);
    else out.spurious.push(item);
  }
  return out;
}

export const describeItem = (i: LiveItem): string => `${i.key}=${JSON.stringify(i.item)}${i.bucket === 'dynamic' ? ' (dynamic)' : ''}`;
export const describeExpectation = (e: Expectation): string =>
  `${JSON.stringify(e.value)}${e.alt?.length ? ` (or ${e.alt.map((a) => JSON.stringify(a)).join(', ')})` : ''}${e.bucket ? ` [${e.bucket}]` : ''}`;
