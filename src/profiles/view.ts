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

const publicShapes = new WeakMap<FactWithHistory, Fact>();

/** The public shape of a stored fact (no history). Facts are immutable, so the shape is made once. */
export function toPublicFact(fact: FactWithHistory): Fact {
  let shape = publicShapes.get(fact);
  if (shape === undefined) {
    shape = publicShapeOf(fact);
    publicShapes.set(fact, shape);
  }
  return shape;
}

function publicShapeOf(fact: FactWithHistory): Fact {
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

export const byKeyOrder = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

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
  if (!isSorted(live)) live.sort(byKeyOrder);
  const publicFacts: Fact[] = new Array(live.length);
  const byId = new Map<string, FactWithHistory>();
  const byKey = new Map<string, FactWithHistory>();
  for (let i = 0; i < live.length; i++) {
    const fact = live[i]!;
    publicFacts[i] = toPublicFact(fact);
    byId.set(fact.id, fact);
    byKey.set(fact.key, fact);
  }
  const view: ScopeView = { doc, live, publicFacts, byId, byKey, validUntil };
  views.set(doc, view);
  return view;
}

function isSorted(facts: readonly FactWithHistory[]): boolean {
  for (let i = 1; i < facts.length; i++) if (facts[i - 1]!.key > facts[i]!.key) return false;
  return true;
}

export function isFlatKey(key: string): boolean {
  return (FLAT_KEYS as readonly string[]).includes(key);
}
