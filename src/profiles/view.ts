import { FLAT_KEYS, type Fact, type FactWithHistory, type ScopeDoc } from './model.js';

/**
 * The live facts of a scope document, indexed and sorted by key. Documents are immutable, so a view is
 * computed once per document and kept until the earliest expiry among its facts passes.
 */
export interface ScopeView {
  readonly doc: ScopeDoc;
  /** Live facts ordered by key. */
  readonly live: readonly FactWithHistory[];
  /** Public shapes (no history) of `live`, same order. */
  readonly publicFacts: readonly Fact[];
  readonly byId: ReadonlyMap<string, FactWithHistory>;
  readonly byKey: ReadonlyMap<string, FactWithHistory>;
  /** Until when (ms) this view stays exact; Infinity when no live fact expires. */
  readonly validUntil: number;
}

const views = new WeakMap<ScopeDoc, ScopeView>();

export function isLive(fact: { expires_at: string | null }, now: number): boolean {
  return fact.expires_at === null || Date.parse(fact.expires_at) > now;
}

export function toPublicFact(fact: FactWithHistory): Fact {
  return {
    id: fact.id,
    key: fact.key,
    value: fact.value,
    category: fact.category,
    bucket: fact.bucket,
    confidence: fact.confidence,
    source: fact.source,
    collection_id: fact.collection_id,
    created_at: fact.created_at,
    updated_at: fact.updated_at,
    expires_at: fact.expires_at,
  };
}

export const byKeyOrder = (a: { key: string }, b: { key: string }): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

export function viewOf(doc: ScopeDoc, now: number): ScopeView {
  const cached = views.get(doc);
  if (cached && now < cached.validUntil) return cached;
  let validUntil = Infinity;
  const live: FactWithHistory[] = [];
  for (const fact of doc.facts) {
    if (fact.expires_at === null) {
      live.push(fact);
      continue;
    }
    const at = Date.parse(fact.expires_at);
    if (at > now) {
      live.push(fact);
      if (at < validUntil) validUntil = at;
    }
  }
  live.sort(byKeyOrder);
  const view: ScopeView = {
    doc,
    live,
    publicFacts: live.map(toPublicFact),
    byId: new Map(live.map((f) => [f.id, f])),
    byKey: new Map(live.map((f) => [f.key, f])),
    validUntil,
  };
  views.set(doc, view);
  return view;
}

export function isFlatKey(key: string): boolean {
  return (FLAT_KEYS as readonly string[]).includes(key);
}
