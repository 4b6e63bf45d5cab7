import { LIMITS, type Bucket, type Category, type FactWithHistory, type HistoryEntry, type ScopeDoc, type Source } from './model.js';
import { jsonEqual } from './json.js';
import { byKeyOrder, type ScopeView } from './view.js';

/** What a write does to one fact: put a (new or revised) fact in place by id, or remove one. */
export type FactOp = { op: 'put'; fact: FactWithHistory } | { op: 'delete'; id: string };

export interface Revision {
  value?: unknown;
  confidence?: number;
  source?: Source;
  bucket?: Bucket;
  category?: Category;
  /** undefined keeps the expiry; null clears it. */
  expires_at?: string | null;
  /** Also leave a history line when only the confidence or the source changes (a manual edit tells the truth). */
  record?: boolean;
}

/**
 * A revised copy of a fact. A changed value pushes the previous version onto the history
 * (newest first, capped); so does a changed confidence or source when `record` is set; other
 * metadata-only changes do not.
 */
export function revise(fact: FactWithHistory, change: Revision, nowIso: string): FactWithHistory {
  const valueChanged = change.value !== undefined && !jsonEqual(change.value, fact.value);
  const metaRecorded =
    change.record === true &&
    ((change.confidence !== undefined && change.confidence !== fact.confidence) || (change.source !== undefined && change.source !== fact.source));
  let history = fact.history;
  if (valueChanged || metaRecorded) {
    const previous: HistoryEntry = {
      value: fact.value,
      confidence: fact.confidence,
      source: fact.source,
      updated_at: fact.updated_at,
    };
    history = [previous, ...fact.history].slice(0, LIMITS.historyPerFact);
  }
  return {
    ...fact,
    value: valueChanged ? change.value : fact.value,
    confidence: change.confidence ?? fact.confidence,
    source: change.source ?? fact.source,
    bucket: change.bucket ?? fact.bucket,
    category: change.category ?? fact.category,
    expires_at: change.expires_at === undefined ? fact.expires_at : change.expires_at,
    updated_at: nowIso,
    history,
  };
}

/**
 * The document after `ops`. Built from the view's live facts, so every write also purges expired
 * facts. Facts are kept ordered by key, so views of the next document sort an already sorted list.
 */
export function applyOps(view: ScopeView, ops: readonly FactOp[]): ScopeDoc {
  const puts = new Map<string, FactWithHistory>();
  const deletes = new Set<string>();
  for (const op of ops) {
    if (op.op === 'put') {
      puts.set(op.fact.id, op.fact);
      deletes.delete(op.fact.id);
    } else {
      deletes.add(op.id);
      puts.delete(op.id);
    }
  }
  const facts: FactWithHistory[] = [];
  let resort = false;
  for (const fact of view.live) {
    if (deletes.has(fact.id)) continue;
    const replacement = puts.get(fact.id);
    if (replacement) {
      puts.delete(fact.id);
      resort ||= replacement.key !== fact.key;
    }
    facts.push(replacement ?? fact);
  }
  if (puts.size > 0 || resort) {
    facts.push(...puts.values());
    facts.sort(byKeyOrder);
  }
  return { ...view.doc, facts };
}

/** True when the document holds facts that are no longer live (a write would purge them). */
export function hasExpired(view: ScopeView): boolean {
  return view.live.length !== view.doc.facts.length;
}
