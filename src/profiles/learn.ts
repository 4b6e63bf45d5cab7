import { validationError } from './errors.js';
import { newProposalId } from './ids.js';
import { evidenceFor, isRejected } from './inbox.js';
import { jsonEqual, valueProblem } from './json.js';
import {
  LIMITS,
  defaultCategory,
  isCategory,
  keyProblem,
  normaliseKey,
  type Actor,
  type Bucket,
  type Category,
  type FactWithHistory,
  type ScopeRef,
  type StoredProposal,
} from './model.js';
import { extractionOf, type ChatTurn, type DroppedFact, type ExtractedFact, type Extraction, type Reasoner } from './reasoning.js';
import { revise, type FactOp } from './revise.js';
import { IN_PROCESS_ACTOR, newFact, scopeOf, type ProfileService } from './service.js';
import { checkLlmBudget, noUsage, recordUsage } from './usage.js';
import type { ScopeView } from './view.js';

/**
 * docs/spec.md §2 and §6, learn: draw facts about the user from their own messages and merge them
 * with the rules below. The reasoner runs before any lock is taken; the merge is planned again inside
 * `service.write` on the freshest data, so a concurrent write is never lost. The same plan serves the
 * preview (dry_run) and the write.
 *
 * Learning rules (docs/reasoning.md, "Learning rules"):
 * 1. `manual` and `import` facts are the person's own word; `conversation` facts are inferred.
 * 2. A learned fact starts below 1, by how explicit the statement was (the reasoner's confidence,
 *    capped at MAX_LEARNED = 0.95). Its source is "conversation".
 * 3. The same value again (equal ignoring case and surrounding space; for a list, items already
 *    there) reinforces: confidence = max(stored, stated) + REINFORCE_STEP, capped at MAX_LEARNED and
 *    never lowered (a manual 1.0 stays 1.0). A dynamic fact's expiry is extended. Reinforcement never
 *    protects a learned fact from later change.
 * 4. A new value for a learned fact is an "update": the person's latest word wins whatever the stored
 *    confidence; the old value goes to history.
 * 5. A new value for a manual or imported fact is never written: it becomes a "conflict" proposal in
 *    the review inbox. Adding items to a list fact is not a conflict: new items are added (union),
 *    whatever the fact's source (a manual list keeps its source); the earlier list goes to history.
 *    A communication-style item replaces the item it contradicts (short vs detailed, formal vs
 *    casual, technical vs plain) — in a manual list that replacement is a conflict.
 * 6. A retraction ("I don't eat meat anymore", "I quit Acme") removes a learned fact, or that item of
 *    a learned list ("retract"); for a manual or imported fact it is a conflict proposal to remove it.
 *    "I used to X, now Y" records Y, never X.
 * 7. Review mode (PROFILE_MCP_LEARN_MODE=review, or review: true per call): every change but
 *    reinforcement becomes a "pending" proposal instead of a write.
 * 8. A (key, value) the person rejected is not proposed again for 90 days ("skip").
 * 9. Short-lived statements ("this week", "currently", "right now") are dynamic and expire after
 *    their ttl (default 7 days). A short-lived value never turns a static fact into a dynamic one.
 */
export const LEARN_RULES = {
  maxLearnedConfidence: 0.95,
  reinforceStep: 0.05,
  defaultDynamicTtlSeconds: 7 * 24 * 3600,
  minTtlSeconds: 60,
  maxTtlSeconds: 366 * 24 * 3600,
} as const;

export { LEARN_ACTIONS, LearnChangeSchema, LearnInput, LearnMessage, LearnResult } from './reasoning-schemas.js';
export type { LearnAction, LearnChange, LearnParams } from './reasoning-schemas.js';
import type { LearnAction, LearnChange, LearnParams, LearnResult } from './reasoning-schemas.js';

/** Keys that must never be stored, whatever a reasoner proposes. */
const SECRET_KEY = /(pass(word|wd|phrase)?|secret|api_?key|token|credential|credit_?card|card_?number|cvv|ssn|social_security|iban|pin_?code|private_?key)/;

export function turnsOf(messages: LearnParams['messages']): ChatTurn[] {
  const turns: ChatTurn[] = [];
  for (const m of messages) {
    if (m.role === 'system') continue;
    const content = typeof m.content === 'string' ? m.content : m.content.map((p) => p.text).join('\n');
    if (content.trim() === '') continue;
    turns.push({ role: m.role, content });
  }
  return turns;
}

export interface LearnOptions {
  /** Who the write is recorded as in the activity (the edge that called). */
  actor?: Actor;
  /** Earlier turns, context for the extraction but not learned again (chat memory). */
  context?: readonly ChatTurn[];
  /** Aborted when the caller goes away: the reasoner stops its upstream call. */
  signal?: AbortSignal;
  /**
   * Called before a write with the conflicts it would make (planned on the profile read before the
   * extraction), when there are any. Returning false writes nothing: the result is the preview, and
   * the caller asks the person first (MCP elicitation, src/mcp/reasoning.ts).
   */
  beforeWrite?: (conflicts: readonly LearnChange[], extraction: Extraction) => boolean;
  /**
   * What an earlier round of this same call extracted (the MCP form round, carried signed): used
   * instead of running the reasoner again, so the model reads the conversation once. Its usage was
   * recorded when it ran.
   */
  extraction?: Extraction;
}

export async function learnFrom(
  service: ProfileService,
  reasoner: Reasoner,
  account: string,
  params: LearnParams,
  options: LearnOptions = {},
): Promise<LearnResult> {
  const scope = scopeOf(account, params.collection_id);
  const messages = turnsOf(params.messages);
  const review = params.review ?? service.learnMode === 'review';
  const before = await service.view(scope);
  // The model (or the rules) run first, outside any lock.
  const context = options.context && options.context.length > 0 ? { context: options.context } : {};
  const mined = messages.some((m) => m.role === 'user');
  let extraction: Extraction;
  if (options.extraction) {
    extraction = extractionOf(options.extraction);
  } else {
    if (mined) await checkLlmBudget(service, account, reasoner);
    extraction = mined
      ? extractionOf(await reasoner.extract({ messages, profile: before.publicFacts, now: service.clock(), signal: options.signal, ...context }))
      : { facts: [] };
    await recordUsage(service, account, reasoner, extraction.usage);
  }
  const dropped: DroppedFact[] = [...(extraction.dropped ?? [])];
  const statements = statementsOf(extraction.facts, dropped);
  const userTexts = messages.filter((m) => m.role === 'user').map((m) => m.content);
  const base = {
    dropped,
    read: extraction.read ?? { messages: messages.length, of: messages.length, chunks: mined ? 1 : 0 },
    collection_id: scope.collection_id,
    reasoner: reasoner.name,
    usage: extraction.usage ?? noUsage(reasoner),
  };
  if (params.dry_run === true || options.beforeWrite) {
    const plan = planLearn(before, statements, { scope, now: service.clock(), review, write: false, userTexts });
    const conflicts = plan.changes.filter((c) => c.action === 'conflict');
    if (params.dry_run === true || (conflicts.length > 0 && options.beforeWrite?.(conflicts, extraction) === false)) {
      return { status: 'preview', ...plan.counts, changes: plan.changes, ...base };
    }
  }
  return service.write(scope, (view, _nowIso, now) => {
    const plan = planLearn(view, statements, { scope, now, review, write: true, userTexts });
    return {
      ops: plan.ops.length > 0 ? plan.ops : null,
      inbox: plan.proposals.length > 0 ? { add: plan.proposals } : undefined,
      operation: { name: 'learn', actor: options.actor ?? IN_PROCESS_ACTOR },
      result: () => ({ status: 'success' as const, ...plan.counts, changes: plan.changes, ...base }),
    };
  });
}

/** What the user said about one key: what they asserted, what they withdrew, and their words. */
export interface Statement {
  key: string;
  assert?: ExtractedFact;
  /** Values withdrawn: list items or whole values; null withdraws the key whatever its value. */
  retract: unknown[];
  /** How explicit the withdrawal was (the highest of its retractions). */
  retractConfidence?: number;
  evidence?: string;
}

/** Clean one reasoner fact: a valid, non-secret key; a storable value; clamped confidence and ttl. A reason when unusable. */
function clean(fact: ExtractedFact): ExtractedFact | { reason: string } {
  if (typeof fact.key !== 'string') return { reason: 'the key is not text' };
  const problem = keyProblem(fact.key);
  if (problem !== null) return { reason: `invalid key: ${problem}` };
  const key = normaliseKey(fact.key);
  if (SECRET_KEY.test(key)) return { reason: 'looks like a secret; secrets are never stored' };
  let value = fact.value;
  if (typeof value === 'string') value = value.trim();
  if (Array.isArray(value)) value = dedupeItems(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''));
  const retract = fact.retract === true;
  if (!(retract && value === null)) {
    if (value === '' || (Array.isArray(value) && value.length === 0)) return { reason: 'empty value' };
    const bad = valueProblem(value);
    if (bad !== null) return { reason: `invalid value: ${bad}` };
  }
  const confidence = clampConfidence(fact.confidence);
  const bucket: Bucket = fact.bucket === 'dynamic' ? 'dynamic' : 'static';
  // One category for keys that are not a category name, whichever door they came through: `other`, as
  // patch_profile gives them. A model's `custom_fields` (a catch-all of the same meaning) becomes `other`.
  const category: Category =
    typeof fact.category === 'string' && isCategory(fact.category) && fact.category !== 'custom_fields' ? fact.category : defaultCategory(key);
  const out: ExtractedFact = { key, value, category, bucket, confidence };
  if (bucket === 'dynamic' && !retract) out.ttl_seconds = clampTtl(fact.ttl_seconds);
  if (retract) out.retract = true;
  if (typeof fact.evidence === 'string' && fact.evidence.trim() !== '') out.evidence = fact.evidence.trim().slice(0, 300);
  return out;
}

/**
 * Validate what a reasoner proposed: drop invalid keys/values and secrets, merge duplicates. Returns
 * the facts asserted (one per key); retractions are left out (see statementsOf).
 */
export function sanitise(raw: readonly ExtractedFact[]): ExtractedFact[] {
  return statementsOf(raw).flatMap((s) => (s.assert ? [s.assert] : []));
}

/** Everything the reasoner drew, per key (in key order): assertions merged, retractions collected; unusable facts go to `dropped`. */
export function statementsOf(raw: readonly ExtractedFact[], dropped?: DroppedFact[]): Statement[] {
  const byKey = new Map<string, Statement>();
  for (const fact of raw) {
    const c = clean(fact);
    if ('reason' in c) {
      dropped?.push({ key: typeof fact.key === 'string' ? fact.key.slice(0, 64) : '', reason: c.reason });
      continue;
    }
    let statement = byKey.get(c.key);
    if (!statement) byKey.set(c.key, (statement = { key: c.key, retract: [] }));
    if (c.retract) {
      if (c.value === null) statement.retract.push(null);
      else for (const v of Array.isArray(c.value) ? c.value : [c.value]) statement.retract.push(v);
      statement.retractConfidence = Math.max(statement.retractConfidence ?? 0, c.confidence);
    } else {
      const { evidence: _evidence, ...fact } = c;
      statement.assert = statement.assert ? mergeTwins(statement.assert, fact) : fact;
    }
    if (c.evidence !== undefined && statement.evidence === undefined) statement.evidence = c.evidence;
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

type Counts = Pick<LearnResult, 'created' | 'updated' | 'reinforced' | 'skipped' | 'retracted' | 'conflicts' | 'pending'>;

interface Plan {
  changes: LearnChange[];
  ops: FactOp[];
  proposals: StoredProposal[];
  counts: Counts;
}

interface PlanOptions {
  scope: ScopeRef;
  now: number;
  /** Review mode: changes become pending proposals. */
  review: boolean;
  /** Planning for the write (assign ids, make proposals) rather than for a preview. */
  write: boolean;
  /** The user's messages, for a proposal's evidence when the reasoner gave none. */
  userTexts: readonly string[];
}

const isLearned = (fact: FactWithHistory): boolean => fact.source === 'conversation' || fact.source === 'dialectic';

/** Plan the merge of what was said into a scope (pure; the same plan serves preview and write). */
export function planLearn(view: ScopeView, statements: readonly Statement[], options: PlanOptions): Plan {
  const { scope, now, review, write } = options;
  const nowIso = new Date(now).toISOString();
  const changes: LearnChange[] = [];
  const ops: FactOp[] = [];
  const proposals: StoredProposal[] = [];
  const counts: Counts = { created: 0, updated: 0, reinforced: 0, skipped: 0, retracted: 0, conflicts: 0, pending: 0 };
  let lastProposal = view.doc.proposals[view.doc.proposals.length - 1]?.id;

  const propose = (
    s: Statement,
    kind: 'create' | 'update' | 'retract' | 'conflict',
    existing: FactWithHistory | undefined,
    after: unknown,
    like: ExtractedFact | undefined,
  ) => {
    const bucket = existing?.bucket ?? like?.bucket ?? 'static';
    const category = existing?.category ?? like?.category ?? defaultCategory(s.key);
    const confidence = like?.confidence ?? s.retractConfidence ?? existing?.confidence ?? 0.5;
    const before = existing ? existing.value : null;
    if (isRejected(view.doc.rejections, s.key, after, nowIso)) {
      counts.skipped++;
      changes.push({ key: s.key, action: 'skip', before, after, bucket, category, confidence, fact_id: existing?.id ?? null });
      return;
    }
    let proposal_id: string | null = null;
    if (write) {
      proposal_id = newProposalId(lastProposal, now);
      lastProposal = proposal_id;
      proposals.push({
        id: proposal_id,
        key: s.key,
        action: kind,
        before,
        after,
        bucket,
        category,
        confidence,
        evidence: evidenceFor(s.evidence, after ?? s.retract.filter((v) => v !== null), options.userTexts),
        fact_id: existing?.id ?? null,
        collection_id: scope.collection_id,
        created_at: nowIso,
        ttl_seconds: bucket === 'dynamic' ? (like?.ttl_seconds ?? LEARN_RULES.defaultDynamicTtlSeconds) : null,
      });
    }
    const action: LearnAction = kind === 'conflict' ? 'conflict' : 'pending';
    if (action === 'conflict') counts.conflicts++;
    else counts.pending++;
    changes.push({ key: s.key, action, before, after, bucket, category, confidence, fact_id: existing?.id ?? null, proposal_id });
  };

  for (const s of statements) {
    const e = s.assert;
    const existing = view.byKey.get(s.key);
    const expiresAt = e && e.bucket === 'dynamic' ? new Date(now + (e.ttl_seconds ?? LEARN_RULES.defaultDynamicTtlSeconds) * 1000).toISOString() : null;

    if (!existing) {
      if (!e) {
        // Nothing stored to withdraw.
        counts.skipped++;
        changes.push({
          key: s.key,
          action: 'skip',
          before: null,
          after: null,
          bucket: 'static',
          category: defaultCategory(s.key),
          confidence: 0,
          fact_id: null,
        });
        continue;
      }
      if (review) {
        propose(s, 'create', undefined, e.value, e);
        continue;
      }
      const fact = newFact(scope, e.key, e.value, nowIso, now, {
        bucket: e.bucket,
        category: e.category,
        confidence: e.confidence,
        source: 'conversation',
        expires_at: expiresAt,
      });
      ops.push({ op: 'put', fact });
      counts.created++;
      changes.push(change(e.key, 'create', null, e.value, fact, write ? fact.id : null));
      continue;
    }

    const learned = isLearned(existing);
    const merged = mergeStatement(existing.value, s, learned);
    if (merged === SAME) {
      if (!e) {
        counts.skipped++;
        changes.push(change(s.key, 'skip', existing.value, existing.value, existing, existing.id));
        continue;
      }
      const fact = reinforce(existing, e, expiresAt, nowIso);
      if (fact !== existing) ops.push({ op: 'put', fact });
      counts.reinforced++;
      changes.push(change(s.key, 'reinforce', existing.value, existing.value, fact, existing.id));
      continue;
    }
    const kind = merged.added ? 'update' : 'retract';
    // The person's own word changes only by adding list items; anything else is a conflict to review.
    const additive = Array.isArray(existing.value) && !merged.removed;
    if (!learned && !additive) {
      propose(s, 'conflict', existing, merged.value, e);
      continue;
    }
    if (review) {
      propose(s, kind, existing, merged.value, e);
      continue;
    }
    if (merged.value === null) {
      ops.push({ op: 'delete', id: existing.id });
      counts.retracted++;
      changes.push(change(s.key, 'retract', existing.value, null, existing, existing.id));
      continue;
    }
    // A short-lived statement never turns a long-lived fact into one that expires.
    const staysStatic = existing.bucket === 'static';
    const revision = learned
      ? {
          value: merged.value,
          // (A list that grows while some of its items are said again is reinforced as well: rule 3.)
          confidence: e && merged.added ? (merged.restated === true ? raisedConfidence(existing.confidence, e.confidence) : e.confidence) : existing.confidence,
          source: 'conversation' as const,
          bucket: staysStatic || !e ? existing.bucket : e.bucket,
          category: existing.category === 'other' && e ? e.category : existing.category,
          expires_at: staysStatic ? null : e && merged.added ? expiresAt : undefined,
        }
      : { value: merged.value }; // a manual or imported list grows and keeps its source and confidence
    const fact = revise(existing, revision, nowIso);
    ops.push({ op: 'put', fact });
    if (kind === 'retract') counts.retracted++;
    else counts.updated++;
    changes.push(change(s.key, kind, existing.value, fact.value, fact, existing.id));
  }
  if (counts.created > 0 && view.live.length + counts.created > LIMITS.factsPerScope) {
    throw validationError([
      {
        field: 'messages',
        message: `learning would bring the scope to ${view.live.length + counts.created} facts; the limit is ${LIMITS.factsPerScope} per scope. Delete facts first.`,
      },
    ]);
  }
  return { changes, ops, proposals, counts };
}

function change(key: string, action: LearnAction, before: unknown, after: unknown, fact: FactWithHistory, fact_id: string | null): LearnChange {
  return { key, action, before, after, bucket: fact.bucket, category: fact.category, confidence: fact.confidence, fact_id };
}

/** Confidence after the same value is said again: the higher of stored and stated, one step up, capped (rule 3). */
function raisedConfidence(stored: number, stated: number): number {
  return Math.min(LEARN_RULES.maxLearnedConfidence, Math.max(stored, stated) + LEARN_RULES.reinforceStep);
}

function reinforce(existing: FactWithHistory, e: ExtractedFact, expiresAt: string | null, nowIso: string): FactWithHistory {
  const raised = raisedConfidence(existing.confidence, e.confidence);
  const confidence = round(Math.max(existing.confidence, raised));
  const extend = existing.bucket === 'dynamic' && existing.expires_at !== null && expiresAt !== null && expiresAt > existing.expires_at;
  if (confidence === existing.confidence && !extend) return existing;
  return revise(existing, { confidence, expires_at: extend ? expiresAt : undefined }, nowIso);
}

const SAME = Symbol('same');

interface Merged {
  /** The value after the statement; null when the whole fact is withdrawn. */
  value: unknown;
  /** Something new was said (a new value, or new list items). */
  added: boolean;
  /** New list items came with items already there, said again (those are reinforced). */
  restated?: boolean;
  /** Something stored goes away (a replaced value, a withdrawn or contradicted item, the whole fact). */
  removed: boolean;
}

/** The value after what was said about `stored`, or SAME when nothing changes. */
function mergeStatement(stored: unknown, s: Statement, learned: boolean): typeof SAME | Merged {
  let current = stored;
  let removed = false;
  // Withdrawals first ("I used to X, now Y": X goes, Y comes).
  for (const w of s.retract) {
    if (current === null) break;
    if (w === null) {
      current = null;
      removed = true;
    } else if (Array.isArray(current)) {
      const kept = current.filter((item) => !withdraws(item, w));
      if (kept.length !== current.length) {
        current = kept.length > 0 ? kept : null;
        removed = true;
      }
    } else if (withdraws(current, w)) {
      current = null;
      removed = true;
    }
  }
  const e = s.assert;
  if (!e) return removed ? { value: current, added: false, removed } : SAME;
  if (current === null) return { value: e.value, added: true, removed };
  if (Array.isArray(e.value) || Array.isArray(current)) {
    const old = Array.isArray(current) ? current : [current];
    const add = Array.isArray(e.value) ? e.value : [e.value];
    const fresh = add.filter((item) => !old.some((o) => sameItem(o, item)));
    if (fresh.length === 0) return removed ? { value: current, added: false, removed } : SAME;
    const kept = old.filter((o) => !fresh.some((item) => contradicts(o, item)));
    // Items already there, said again beside the new ones ("definitely vegetarian, so no fish sauce").
    const restated = fresh.length < add.length;
    if (!Array.isArray(current) && !learned) return { value: [...kept, ...fresh], added: true, removed: true, restated };
    return { value: [...kept, ...fresh], added: true, removed: removed || kept.length !== old.length, restated };
  }
  if (sameItem(current, e.value)) return removed ? { value: current, added: false, removed } : SAME;
  return { value: e.value, added: true, removed: true };
}

/** The value after learning `incoming` over `stored` (twins of one reply), or SAME when nothing new was said. */
function mergedValue(stored: unknown, incoming: unknown): typeof SAME | { value: unknown } {
  const merged = mergeStatement(
    stored,
    { key: '', assert: { key: '', value: incoming, category: 'other', bucket: 'static', confidence: 0 }, retract: [] },
    true,
  );
  return merged === SAME ? SAME : { value: merged.value };
}

/**
 * Whether withdrawing `w` removes `stored`: the same value, or a text value that names it as whole
 * words ("I quit Shoprite" withdraws "Shoprite head office"; "golf" does not withdraw "minigolf").
 */
function withdraws(stored: unknown, w: unknown): boolean {
  if (sameItem(stored, w)) return true;
  if (typeof stored !== 'string' || typeof w !== 'string') return false;
  const words = canonical(stored).split(/[^\p{L}\p{N}]+/u);
  const said = canonical(w)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((x) => x !== '');
  if (said.length === 0 || said.length > words.length) return false;
  for (let i = 0; i + said.length <= words.length; i++) if (said.every((x, k) => words[i + k] === x)) return true;
  return false;
}

function sameItem(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return canonical(a) === canonical(b);
  return jsonEqual(a, b);
}

function canonical(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');
}

/** Opposite ends of communication-style dimensions: a new item replaces an old one from the other end. */
const OPPOSITES: [RegExp, RegExp][] = [
  [/\b(short|concise|brief|succinct|terse|to the point|minimal)\b/i, /\b(detailed|thorough|in-depth|in depth|long|comprehensive|verbose|elaborate|lengthy)\b/i],
  [/\b(formal|professional tone)\b/i, /\b(casual|informal|relaxed|friendly tone)\b/i],
  [/\b(technical|jargon)\b/i, /\b(simple|plain|non-technical|layman|eli5|like i'?m five)\b/i],
];

function contradicts(old: unknown, item: unknown): boolean {
  if (typeof old !== 'string' || typeof item !== 'string') return false;
  return OPPOSITES.some(([a, b]) => (a.test(old) && b.test(item) && !b.test(old)) || (b.test(old) && a.test(item) && !a.test(old)));
}

function mergeTwins(a: ExtractedFact, b: ExtractedFact): ExtractedFact {
  if (Array.isArray(a.value) || Array.isArray(b.value)) {
    const merged = mergedValue(a.value, b.value);
    return { ...b, value: merged === SAME ? a.value : merged.value, confidence: Math.max(a.confidence, b.confidence) };
  }
  return b.confidence >= a.confidence ? b : a;
}

function dedupeItems(items: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const item of items) if (!out.some((o) => sameItem(o, item))) out.push(item);
  return out;
}

function clampConfidence(value: unknown): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? value : 0.7;
  return round(Math.min(LEARN_RULES.maxLearnedConfidence, Math.max(0.05, n)));
}

function clampTtl(value: unknown): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : LEARN_RULES.defaultDynamicTtlSeconds;
  return Math.min(LEARN_RULES.maxTtlSeconds, Math.max(LEARN_RULES.minTtlSeconds, n));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
