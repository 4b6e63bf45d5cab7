import type { Fact } from './model.js';
import { parseQuery, relevanceScores } from './relevance.js';
import { isFlatKey } from './view.js';

/**
 * The ranking of SPEC §7, shared by get_profile, the resources, the with_profile prompt, chat
 * completions' profile injection and the LLM dialectic. Facts come out most useful first:
 * 1. name, timezone, language (in that order);
 * 2. relevance to the query, when one is given (relevance.ts; higher first);
 * 3. dynamic (short-lived, live) facts before static ones — they describe what is going on now;
 * 4. higher confidence first;
 * 5. more recently updated first;
 * 6. key order, so that equal facts always rank the same.
 */

const FLAT_RANK: Record<string, number> = { name: 0, timezone: 1, language: 2 };

export interface RankOptions {
  /** The task or question; facts that bear on it rank first. */
  query?: string;
}

const baseOrders = new WeakMap<readonly Fact[], Fact[]>();

/** The ranking without a query; cached per (immutable) fact list. */
function baseOrder(facts: readonly Fact[]): Fact[] {
  let order = baseOrders.get(facts);
  if (!order) {
    order = sortBy(facts, null);
    baseOrders.set(facts, order);
  }
  return order;
}

function sortBy(facts: readonly Fact[], scores: Float64Array | null): Fact[] {
  const order = facts.map((_, i) => i);
  order.sort((i, j) => {
    const a = facts[i]!;
    const b = facts[j]!;
    const fa = isFlatKey(a.key) ? FLAT_RANK[a.key]! : 3;
    const fb = isFlatKey(b.key) ? FLAT_RANK[b.key]! : 3;
    if (fa !== fb) return fa - fb;
    if (scores && scores[i] !== scores[j]) return scores[j]! - scores[i]!;
    if (a.bucket !== b.bucket) return a.bucket === 'dynamic' ? -1 : 1;
    if (a.confidence !== b.confidence) return b.confidence - a.confidence;
    if (a.updated_at !== b.updated_at) return a.updated_at < b.updated_at ? 1 : -1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
  return order.map((i) => facts[i]!);
}

export function rankFacts(facts: readonly Fact[], options: RankOptions = {}): Fact[] {
  const base = baseOrder(facts);
  if (!options.query?.trim()) return base;
  const scores = relevanceScores(facts, parseQuery(options.query));
  // Only the facts the query touches need sorting; the rest keep the base order behind them.
  const touched: Fact[] = [];
  const touchedScores: number[] = [];
  const hit = new Set<Fact>();
  for (let i = 0; i < facts.length; i++) {
    if (scores[i]! > 0 || isFlatKey(facts[i]!.key)) {
      touched.push(facts[i]!);
      touchedScores.push(scores[i]!);
      hit.add(facts[i]!);
    }
  }
  const head = sortBy(touched, Float64Array.from(touchedScores));
  for (const fact of base) if (!hit.has(fact)) head.push(fact);
  return head;
}
