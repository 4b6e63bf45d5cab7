import { ProfileError } from '../../profiles/errors.js';
import {
  SCOPE_DOC_VERSION,
  type Bucket,
  type Category,
  type FactWithHistory,
  type HistoryEntry,
  type Rejection,
  type ScopeDoc,
  type Session,
  type SessionTurn,
  type Source,
  type StoredOperation,
  type StoredProposal,
} from '../../profiles/model.js';

/**
 * Scope documents as rows, and the difference between two documents as the rows to write.
 * A document read back is equal to the one written, down to its JSON text.
 */

/** A fact as the columns of `facts` (minus account, scope and ord). Times are canonical ISO strings. */
export interface FactRow {
  id: string;
  key: string;
  value: string;
  category: string;
  bucket: string;
  confidence: number;
  source: string;
  collection_id: string | null;
  created_at: string;
  updated_at: string;
  expires_at: string | null;
  history: string;
  exact_times: string | null;
}

export interface SessionRow {
  id: string;
  created_at: string;
  updated_at: string;
  turns: string;
  exact_times: string | null;
}

/** What one write does to the rows of a scope. */
export interface RowChanges {
  factDeletes: string[];
  factUpserts: Array<{ row: FactRow; ord: number }>;
  sessionDeletes: string[];
  sessionUpserts: Array<{ row: SessionRow; ord: number }>;
  /** Operations of the activity: ids to delete (trimmed), rows to write (new ones, or moved). */
  operationDeletes: string[];
  operationUpserts: Array<{ id: string; ord: number; body: string }>;
  /** The inbox (proposals and rejections) as JSON text when it changed, else null. */
  inbox: string | null;
  /** A live fact was created, changed or deleted (purging already expired facts does not count), or the inbox changed. */
  factsChanged: boolean;
}

/** The inbox column: proposals and the rejection memory of a scope. */
export interface InboxColumn {
  proposals: StoredProposal[];
  rejections: Rejection[];
}

// Facts and sessions are immutable, so each one's row (and the row's text, for comparing by value)
// is computed once.
const factRows = new WeakMap<FactWithHistory, { row: FactRow; text: string }>();
const sessionRows = new WeakMap<Session, { row: SessionRow; text: string }>();

function invalid(what: string): ProfileError {
  return new ProfileError('storage_error', `The document to store is invalid (${what}), so nothing was written.`);
}

/** The canonical form of an ISO time, as timestamptz gives it back; throws for an unparseable time. */
function canonicalTime(text: unknown, what: string): string {
  const ms = typeof text === 'string' ? Date.parse(text) : NaN;
  if (!Number.isFinite(ms)) throw invalid(`${what} is not a time`);
  const iso = new Date(ms).toISOString();
  if (!/^\d{4}-/.test(iso)) throw invalid(`${what} is out of range`);
  return iso;
}

/** Keep original time strings only when some differ from their canonical form. */
function exactTimes(times: Record<string, string | null>, canonical: Record<string, string | null>): string | null {
  for (const k of Object.keys(times)) if (times[k] !== canonical[k]) return JSON.stringify(times);
  return null;
}

function jsonText(value: unknown, what: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    throw invalid(`${what} is not JSON`);
  }
  if (text === undefined) throw invalid(`${what} is not JSON`);
  return text;
}

export function factRow(fact: FactWithHistory): { row: FactRow; text: string } {
  let cached = factRows.get(fact);
  if (cached) return cached;
  const created_at = canonicalTime(fact.created_at, 'created_at');
  const updated_at = canonicalTime(fact.updated_at, 'updated_at');
  const expires_at = fact.expires_at === null ? null : canonicalTime(fact.expires_at, 'expires_at');
  const row: FactRow = {
    id: fact.id,
    key: fact.key,
    value: jsonText(fact.value, 'value'),
    category: fact.category,
    bucket: fact.bucket,
    confidence: fact.confidence === 0 ? 0 : fact.confidence,
    source: fact.source,
    collection_id: fact.collection_id,
    created_at,
    updated_at,
    expires_at,
    history: jsonText(fact.history, 'history'),
    exact_times: exactTimes({ created_at: fact.created_at, updated_at: fact.updated_at, expires_at: fact.expires_at }, { created_at, updated_at, expires_at }),
  };
  if (typeof row.id !== 'string' || typeof row.key !== 'string' || !Number.isFinite(row.confidence)) throw invalid('a fact lacks its id, key or confidence');
  cached = { row, text: JSON.stringify(row) };
  factRows.set(fact, cached);
  return cached;
}

export function sessionRow(session: Session): { row: SessionRow; text: string } {
  let cached = sessionRows.get(session);
  if (cached) return cached;
  const created_at = canonicalTime(session.created_at, 'session created_at');
  const updated_at = canonicalTime(session.updated_at, 'session updated_at');
  if (typeof session.id !== 'string') throw invalid('a session lacks its id');
  const row: SessionRow = {
    id: session.id,
    created_at,
    updated_at,
    turns: jsonText(session.turns, 'session turns'),
    exact_times: exactTimes({ created_at: session.created_at, updated_at: session.updated_at }, { created_at, updated_at }),
  };
  cached = { row, text: JSON.stringify(row) };
  sessionRows.set(session, cached);
  return cached;
}

/**
 * The `ord` of each fact: all 0 when the facts are in strict key order (the core always keeps them
 * so; rows then read back ordered by key), else their positions.
 */
export function factOrds(facts: readonly FactWithHistory[]): (i: number) => number {
  let sorted = true;
  for (let i = 0; i < facts.length && sorted; i++) {
    const key = facts[i]!.key;
    // Plain ASCII keys sort the same in JavaScript and in the column's "C" collation.
    if (typeof key !== 'string' || !/^[\x20-\x7e]*$/.test(key)) sorted = false;
    else if (i > 0 && !(facts[i - 1]!.key < key)) sorted = false;
  }
  return sorted ? () => 0 : (i) => i;
}

const isLiveAt = (fact: FactWithHistory, now: number): boolean => fact.expires_at === null || Date.parse(fact.expires_at) > now;

const operationRows = new WeakMap<StoredOperation, string>();

function operationText(op: StoredOperation): string {
  let text = operationRows.get(op);
  if (text === undefined) {
    if (typeof op.id !== 'string') throw invalid('an operation lacks its id');
    text = jsonText(op, 'operation');
    operationRows.set(op, text);
  }
  return text;
}

/** The `ord` of each operation: 0 while ids grow (the core makes them so), else positions. */
function operationOrds(ops: readonly StoredOperation[]): (i: number) => number {
  for (let i = 1; i < ops.length; i++) {
    const a = ops[i - 1]!.id;
    const b = ops[i]!.id;
    if (typeof a !== 'string' || typeof b !== 'string' || !/^[\x20-\x7e]*$/.test(b) || !(a < b)) return (j) => j;
  }
  return () => 0;
}

/** Whether an activity's ids grow (its rows are stored with ord 0); computed once per array. */
const idOrder = new WeakMap<readonly StoredOperation[], boolean>();
function inIdOrder(ops: readonly StoredOperation[]): boolean {
  let known = idOrder.get(ops);
  if (known === undefined) {
    known = operationOrds(ops)(1) === 0;
    idOrder.set(ops, known);
  }
  return known;
}

/**
 * The usual change of the activity, found without looking at every operation: the same operations
 * (the very same objects) with some trimmed at the front and new ones, with growing ids, at the end.
 * Fills `changes` and returns true; false when the change is anything else.
 */
function appendedOperations(before: readonly StoredOperation[], after: readonly StoredOperation[], changes: RowChanges): boolean {
  let trimmed: number;
  if (after.length > 0 && before.length > 0) {
    trimmed = before.indexOf(after[0]!);
    if (trimmed < 0) trimmed = before.length; // every old operation trimmed (or none kept)
  } else {
    trimmed = before.length;
  }
  const kept = before.length - trimmed;
  if (kept > after.length) return false;
  for (let i = 0; i < kept; i++) if (after[i] !== before[trimmed + i]) return false;
  let last = kept > 0 ? after[kept - 1]!.id : undefined;
  for (let i = kept; i < after.length; i++) {
    const id = after[i]!.id;
    if (typeof id !== 'string' || !/^[\x20-\x7e]*$/.test(id) || (last !== undefined && !(last < id))) return false;
    last = id;
  }
  // The kept rows must already be stored in id order (ord 0), as they are when `before` was.
  if (!inIdOrder(before)) return false;
  idOrder.set(after, true);
  for (let i = 0; i < trimmed; i++) changes.operationDeletes.push(before[i]!.id);
  for (let i = kept; i < after.length; i++) changes.operationUpserts.push({ id: after[i]!.id, ord: 0, body: operationText(after[i]!) });
  return true;
}

/** The rows to delete and upsert to turn `before` (as stored) into `after`. */
export function diffDocs(before: ScopeDoc, after: ScopeDoc, now: number): RowChanges {
  const changes: RowChanges = {
    factDeletes: [],
    factUpserts: [],
    sessionDeletes: [],
    sessionUpserts: [],
    operationDeletes: [],
    operationUpserts: [],
    inbox: null,
    factsChanged: false,
  };

  if (after.facts !== before.facts) {
    const oldOrd = factOrds(before.facts);
    const old = new Map<string, { fact: FactWithHistory; ord: number }>();
    before.facts.forEach((fact, i) => old.set(fact.id, { fact, ord: oldOrd(i) }));
    const newOrd = factOrds(after.facts);
    const seen = new Set<string>();
    after.facts.forEach((fact, i) => {
      const ord = newOrd(i);
      if (typeof fact.id !== 'string') throw invalid('a fact lacks its id');
      if (seen.has(fact.id)) throw invalid('two facts share an id');
      seen.add(fact.id);
      const prior = old.get(fact.id);
      if (prior && prior.fact === fact && prior.ord === ord) return; // untouched: nothing to serialise
      const { row, text } = factRow(fact);
      const same = prior !== undefined && (prior.fact === fact || factRow(prior.fact).text === text);
      if (same && prior.ord === ord) return;
      changes.factUpserts.push({ row, ord });
      if (!same) changes.factsChanged = true;
    });
    for (const [id, { fact }] of old) {
      if (seen.has(id)) continue;
      changes.factDeletes.push(id);
      if (isLiveAt(fact, now)) changes.factsChanged = true;
    }
  }

  if (after.sessions !== before.sessions) {
    const old = new Map<string, { session: Session; ord: number }>();
    before.sessions.forEach((session, ord) => old.set(session.id, { session, ord }));
    const seen = new Set<string>();
    after.sessions.forEach((session, ord) => {
      if (typeof session.id !== 'string') throw invalid('a session lacks its id');
      if (seen.has(session.id)) throw invalid('two sessions share an id');
      seen.add(session.id);
      const prior = old.get(session.id);
      if (prior && prior.ord === ord && prior.session === session) return;
      const { row, text } = sessionRow(session);
      if (prior && prior.ord === ord && sessionRow(prior.session).text === text) return;
      changes.sessionUpserts.push({ row, ord });
    });
    for (const id of old.keys()) if (!seen.has(id)) changes.sessionDeletes.push(id);
  }

  if (after.activity !== before.activity && !appendedOperations(before.activity, after.activity, changes)) {
    const oldOrd = operationOrds(before.activity);
    const old = new Map<string, { op: StoredOperation; ord: number }>();
    before.activity.forEach((op, i) => old.set(op.id, { op, ord: oldOrd(i) }));
    const newOrd = operationOrds(after.activity);
    const seen = new Set<string>();
    after.activity.forEach((op, i) => {
      const ord = newOrd(i);
      if (seen.has(op.id)) throw invalid('two operations share an id');
      seen.add(op.id);
      const prior = old.get(op.id);
      if (prior && prior.ord === ord && (prior.op === op || operationText(prior.op) === operationText(op))) return;
      changes.operationUpserts.push({ id: op.id, ord, body: operationText(op) });
    });
    for (const id of old.keys()) if (!seen.has(id)) changes.operationDeletes.push(id);
  }

  if (after.proposals !== before.proposals || after.rejections !== before.rejections) {
    const text = jsonText({ proposals: after.proposals, rejections: after.rejections }, 'inbox');
    if (text !== jsonText({ proposals: before.proposals, rejections: before.rejections }, 'inbox')) {
      changes.inbox = text;
      changes.factsChanged = true;
    }
  }
  return changes;
}

export function isEmptyChange(c: RowChanges): boolean {
  return (
    c.factDeletes.length + c.factUpserts.length + c.sessionDeletes.length + c.sessionUpserts.length + c.operationDeletes.length + c.operationUpserts.length ===
      0 && c.inbox === null
  );
}

/**
 * A fact as the read query aggregates it:
 * [id, key, value, category, bucket, confidence, source, collection_id, created_ms, updated_ms,
 *  expires_ms, history, exact_times]
 */
export type FactTuple = [
  string,
  string,
  unknown,
  string,
  string,
  number,
  string,
  string | null,
  number,
  number,
  number | null,
  HistoryEntry[],
  Record<string, string | null> | null,
];
/** [id, created_ms, updated_ms, turns, exact_times] */
export type SessionTuple = [string, number, number, SessionTurn[], Record<string, string> | null];

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Rebuild a document from aggregated rows. An element that is just an id stands for a row unchanged
 * since the cached document (`reuse`): its fact or session object is taken from there. Returns null
 * when such an id is not in the cache (the caller then reloads everything).
 */
export function docFromTuples(
  facts: ReadonlyArray<FactTuple | string>,
  sessions: ReadonlyArray<SessionTuple | string>,
  reuse: ScopeDoc | undefined,
  inbox: InboxColumn | null,
  operations: ReadonlyArray<StoredOperation | string>,
): ScopeDoc | null {
  const oldFacts = new Map<string, FactWithHistory>();
  const oldSessions = new Map<string, Session>();
  const oldOperations = new Map<string, StoredOperation>();
  if (reuse) {
    for (const f of reuse.facts) oldFacts.set(f.id, f);
    for (const x of reuse.sessions) oldSessions.set(x.id, x);
    for (const o of reuse.activity) oldOperations.set(o.id, o);
  }
  // The inbox column comes only when it changed since the cached copy (null: take the cached one).
  if ((inbox === null || inbox === undefined) && reuse === undefined) return null;
  const outOperations: StoredOperation[] = [];
  for (const o of operations) {
    if (typeof o === 'string') {
      const kept = oldOperations.get(o);
      if (!kept) return null;
      outOperations.push(kept);
    } else {
      outOperations.push(o);
    }
  }
  const outFacts: FactWithHistory[] = [];
  for (const t of facts) {
    if (typeof t === 'string') {
      const kept = oldFacts.get(t);
      if (!kept) return null;
      outFacts.push(kept);
      continue;
    }
    const exact = t[12];
    outFacts.push({
      id: t[0],
      key: t[1],
      value: t[2],
      category: t[3] as Category,
      bucket: t[4] as Bucket,
      confidence: t[5],
      source: t[6] as Source,
      collection_id: t[7],
      created_at: exact?.created_at ?? iso(t[8]),
      updated_at: exact?.updated_at ?? iso(t[9]),
      expires_at: exact ? (exact.expires_at ?? null) : t[10] === null ? null : iso(t[10]),
      history: t[11],
    });
  }
  const outSessions: Session[] = [];
  for (const t of sessions) {
    if (typeof t === 'string') {
      const kept = oldSessions.get(t);
      if (!kept) return null;
      outSessions.push(kept);
      continue;
    }
    const exact = t[4];
    outSessions.push({
      id: t[0],
      created_at: exact?.created_at ?? iso(t[1]),
      updated_at: exact?.updated_at ?? iso(t[2]),
      turns: t[3],
    });
  }
  return {
    version: SCOPE_DOC_VERSION,
    facts: outFacts,
    sessions: outSessions,
    proposals: inbox ? inbox.proposals : reuse ? reuse.proposals : [],
    rejections: inbox ? inbox.rejections : reuse ? reuse.rejections : [],
    activity: outOperations,
  };
}
