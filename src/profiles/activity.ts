import type { FactWithHistory, HistoryDelta, HistoryEntry, PriorState, ProposalRecord, ScopeRef, StoredChange, StoredOperation } from './model.js';
import type { FactOp } from './revise.js';

/**
 * The activity log of docs/spec.md §6: what each committed write did to each fact, in a form that
 * undo can reverse exactly (ids, history and timestamps included), and the rules of undo.
 */

/** The change one write made to one fact (null when the fact is the same object before and after). */
export function describeChange(before: FactWithHistory | undefined, after: FactWithHistory | undefined): StoredChange | null {
  if (before === after) return null;
  if (before === undefined) {
    if (after === undefined) return null;
    return { key: after.key, fact_id: after.id, action: 'create', before: null, after: after.value, prior: null };
  }
  if (after === undefined) {
    return { key: before.key, fact_id: before.id, action: 'delete', before: before.value, after: null, prior: priorState(before, []) };
  }
  return { key: after.key, fact_id: after.id, action: 'update', before: before.value, after: after.value, prior: priorState(before, after.history) };
}

function priorState(fact: FactWithHistory, laterHistory: readonly HistoryEntry[]): PriorState {
  return {
    category: fact.category,
    bucket: fact.bucket,
    confidence: fact.confidence,
    source: fact.source,
    created_at: fact.created_at,
    updated_at: fact.updated_at,
    expires_at: fact.expires_at,
    history: historyDelta(fact.history, laterHistory),
  };
}

/** Same entry, down to its JSON text (entries are usually the very same objects). */
const sameEntry = (a: HistoryEntry, b: HistoryEntry): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * `before` expressed through `after`: the longest run the two share, with the one entry that a value
 * change pushes (or an undo pops) at the front and whatever fell off the end kept whole.
 */
export function historyDelta(before: readonly HistoryEntry[], after: readonly HistoryEntry[]): HistoryDelta {
  let best = { head: 0, skip: 0, take: 0 };
  // The usual cases first (a value change pushes one entry; a metadata change keeps the history): once
  // at most one entry is left over (the one a full history drops), the rest need not be compared.
  for (const [head, skip] of [
    [0, 1],
    [0, 0],
    [1, 0],
    [1, 1],
  ] as const) {
    if (best.take > 0 && best.take >= before.length - 1) break;
    let take = 0;
    while (head + take < before.length && skip + take < after.length && sameEntry(before[head + take]!, after[skip + take]!)) take++;
    if (take > best.take) best = { head, skip, take };
  }
  if (best.take === 0) return { head: [], skip: 0, take: 0, tail: [...before] };
  return {
    head: before.slice(0, best.head),
    skip: best.skip,
    take: best.take,
    tail: before.slice(best.head + best.take),
  };
}

export function applyHistoryDelta(delta: HistoryDelta, after: readonly HistoryEntry[]): HistoryEntry[] {
  return [...delta.head, ...after.slice(delta.skip, delta.skip + delta.take), ...delta.tail];
}

/** The fact as it was before `change` (undefined when the change created it), rebuilt from its current state. */
export function priorFact(change: StoredChange, current: FactWithHistory | undefined, scope: ScopeRef): FactWithHistory | undefined {
  const prior = change.prior;
  if (prior === null) return undefined;
  return {
    id: change.fact_id,
    key: change.key,
    value: change.before,
    category: prior.category,
    bucket: prior.bucket,
    confidence: prior.confidence,
    source: prior.source,
    collection_id: current?.collection_id ?? scope.collection_id,
    created_at: prior.created_at,
    updated_at: prior.updated_at,
    expires_at: prior.expires_at,
    history: applyHistoryDelta(prior.history, current?.history ?? []),
  };
}

/** The fact writes that put every fact of `op` back to its state before `op`. */
export function undoOps(op: StoredOperation, byId: ReadonlyMap<string, FactWithHistory>, scope: ScopeRef): FactOp[] {
  const ops: FactOp[] = [];
  for (const change of op.changes) {
    const current = byId.get(change.fact_id);
    const restored = priorFact(change, current, scope);
    if (restored) ops.push({ op: 'put', fact: restored });
    else if (current) ops.push({ op: 'delete', id: change.fact_id });
  }
  return ops;
}

/** What an operation touched: fact keys, and proposals it resolved or restored. */
function touched(op: StoredOperation): Set<string> {
  const out = new Set<string>();
  for (const c of op.changes) out.add(`key:${c.key}`);
  for (const p of [...op.resolved, ...op.restored]) out.add(`proposal:${p.id}`);
  return out;
}

export interface Effects {
  /** Whether each operation's effect still stands (it was not undone, or its undo was undone). */
  inEffect: Map<string, boolean>;
  /** The undo operation that currently cancels each undone operation. */
  undoneBy: Map<string, string>;
}

/**
 * Which operations still stand. An undo cancels its target while the undo itself stands; undoing an
 * undo therefore brings the target back. Computed newest first: an undo is always newer than its target.
 */
export function effects(activity: readonly StoredOperation[]): Effects {
  const inEffect = new Map<string, boolean>();
  const undoneBy = new Map<string, string>();
  const undosOf = new Map<string, StoredOperation[]>();
  for (let i = activity.length - 1; i >= 0; i--) {
    const op = activity[i]!;
    const cancelling = (undosOf.get(op.id) ?? []).find((u) => inEffect.get(u.id) === true);
    inEffect.set(op.id, cancelling === undefined);
    if (cancelling) undoneBy.set(op.id, cancelling.id);
    if (op.undoes !== null) {
      const list = undosOf.get(op.undoes) ?? [];
      list.push(op); // newest first
      undosOf.set(op.undoes, list);
    }
  }
  return { inEffect, undoneBy };
}

/**
 * The later operations that stand in the way of undoing `activity[index]`: those that still stand
 * and touched the same facts or proposals. An operation and the undo that cancels it, both later,
 * add up to nothing and are passed over.
 */
export function undoConflicts(activity: readonly StoredOperation[], index: number, fx: Effects = effects(activity)): StoredOperation[] {
  const target = activity[index]!;
  const mine = touched(target);
  const position = new Map(activity.map((op, i) => [op.id, i]));
  const out: StoredOperation[] = [];
  for (let j = index + 1; j < activity.length; j++) {
    const later = activity[j]!;
    if (fx.inEffect.get(later.id) !== true) continue;
    if (later.undoes !== null && (position.get(later.undoes) ?? -1) > index) continue;
    for (const t of touched(later)) {
      if (mine.has(t)) {
        out.push(later);
        break;
      }
    }
  }
  return out;
}

/** Proposals an undo puts back (what the operation resolved) and takes out again (what it restored). */
export function undoInbox(op: StoredOperation): { resolved: ProposalRecord[]; restored: ProposalRecord[] } {
  return { resolved: op.restored, restored: op.resolved };
}
