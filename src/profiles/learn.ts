import { validationError } from './errors.js';
import { jsonEqual, valueProblem } from './json.js';
import {
  LIMITS,
  defaultCategory,
  isCategory,
  keyProblem,
  normaliseKey,
  type Bucket,
  type Category,
  type FactWithHistory,
  type ScopeRef,
} from './model.js';
import type { ChatTurn, ExtractedFact, Reasoner } from './reasoning.js';
import { revise, type FactOp } from './revise.js';
import { newFact, scopeOf, type ProfileService } from './service.js';
import type { ScopeView } from './view.js';

/**
 * SPEC §2 learn: draw facts about the user from their own messages and merge them with the
 * confidence rules below. The reasoner runs before any lock is taken; the merge is planned again
 * inside `service.write` on the freshest data, so a concurrent write is never lost.
 *
 * Confidence rules (README):
 * 1. A learned fact starts below 1, by how explicit the statement was (the reasoner's confidence,
 *    capped at MAX_LEARNED = 0.95). Its source is "conversation".
 * 2. The same value seen again reinforces the fact: confidence + REINFORCE_STEP, capped at
 *    MAX_LEARNED, never lowered (a manual 1.0 stays 1.0). A dynamic fact's expiry is extended.
 * 3. A different value replaces the fact when the learned confidence is at least the stored one; the
 *    old value goes to history ("update").
 * 4. A stored fact of higher confidence (every manual fact: 1.0) is kept and the learned value is
 *    dropped ("skip").
 * 5. List values (interests, expertise, tools, ...) grow by union: new items are added ("update"),
 *    items already there reinforce; a communication-style item replaces the item it contradicts
 *    (short vs detailed, formal vs casual, technical vs plain).
 * 6. Short-lived statements ("this week", "currently", "right now") are dynamic and expire after
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

export async function learnFrom(
  service: ProfileService,
  reasoner: Reasoner,
  account: string,
  params: LearnParams,
): Promise<LearnResult> {
  const scope = scopeOf(account, params.collection_id);
  const messages = turnsOf(params.messages);
  const before = await service.view(scope);
  // The model (or the rules) run first, outside any lock.
  const raw = messages.some((m) => m.role === 'user')
    ? await reasoner.extract({ messages, profile: before.publicFacts })
    : [];
  const extracted = sanitise(raw);
  const base = { collection_id: scope.collection_id, reasoner: reasoner.name };
  if (params.dry_run === true) {
    const plan = planLearn(before, extracted, scope, service.clock(), false);
    return { status: 'preview', ...plan.counts, changes: plan.changes, ...base };
  }
  return service.write(scope, (view, _nowIso, now) => {
    const plan = planLearn(view, extracted, scope, now, true);
    return {
      ops: plan.ops.length > 0 ? plan.ops : null,
      result: () => ({ status: 'success' as const, ...plan.counts, changes: plan.changes, ...base }),
    };
  });
}

/** Validate what a reasoner proposed: drop invalid keys/values and secrets, merge duplicates. */
export function sanitise(raw: readonly ExtractedFact[]): ExtractedFact[] {
  const byKey = new Map<string, ExtractedFact>();
  for (const fact of raw) {
    // Retractions are applied by the learning rules of SPEC section 6 (see planLearn); until then they write nothing.
    if (fact.retract === true) continue;
    if (typeof fact.key !== 'string' || keyProblem(fact.key) !== null) {
      continue;
    }
    const key = normaliseKey(fact.key);
    if (SECRET_KEY.test(key)) {
      continue;
    }
    let value = fact.value;
    if (typeof value === 'string') value = value.trim();
    if (Array.isArray(value)) value = dedupeItems(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''));
    if (value === '' || (Array.isArray(value) && value.length === 0) || valueProblem(value) !== null) {
      continue;
    }
    const confidence = clampConfidence(fact.confidence);
    const bucket: Bucket = fact.bucket === 'dynamic' ? 'dynamic' : 'static';
    const category: Category = typeof fact.category === 'string' && isCategory(fact.category) ? fact.category : defaultCategory(key);
    const clean: ExtractedFact = { key, value, category, bucket, confidence };
    if (bucket === 'dynamic') clean.ttl_seconds = clampTtl(fact.ttl_seconds);
    const twin = byKey.get(key);
    byKey.set(key, twin ? mergeTwins(twin, clean) : clean);
  }
  return [...byKey.values()];
}

interface Plan {
  changes: LearnChange[];
  ops: FactOp[];
  counts: { created: number; updated: number; reinforced: number; skipped: number };
}

/** Plan the merge of extracted facts into a scope (pure; the same plan serves preview and write). */
export function planLearn(view: ScopeView, extracted: readonly ExtractedFact[], scope: ScopeRef, now: number, assignIds: boolean): Plan {
  const nowIso = new Date(now).toISOString();
  const changes: LearnChange[] = [];
  const ops: FactOp[] = [];
  const counts = { created: 0, updated: 0, reinforced: 0, skipped: 0 };
  for (const e of [...extracted].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const existing = view.byKey.get(e.key);
    const expiresAt = e.bucket === 'dynamic' ? new Date(now + (e.ttl_seconds ?? LEARN_RULES.defaultDynamicTtlSeconds) * 1000).toISOString() : null;
    if (!existing) {
      const fact = newFact(scope, e.key, e.value, nowIso, now, {
        bucket: e.bucket,
        category: e.category,
        confidence: e.confidence,
        source: 'conversation',
        expires_at: expiresAt,
      });
      ops.push({ op: 'put', fact });
      counts.created++;
      changes.push(change(e.key, 'create', null, e.value, fact, assignIds ? fact.id : null));
      continue;
    }
    const merged = mergedValue(existing.value, e.value);
    if (merged === SAME) {
      const fact = reinforce(existing, e, expiresAt, nowIso);
      if (fact !== existing) ops.push({ op: 'put', fact });
      counts.reinforced++;
      changes.push(change(e.key, 'reinforce', existing.value, existing.value, fact, existing.id));
      continue;
    }
    if (existing.confidence > e.confidence) {
      counts.skipped++;
      changes.push(change(e.key, 'skip', existing.value, e.value, existing, existing.id));
      continue;
    }
    // A short-lived statement never turns a long-lived fact into one that expires.
    const staysStatic = existing.bucket === 'static';
    const fact = revise(
      existing,
      {
        value: merged.value,
        confidence: e.confidence,
        source: 'conversation',
        bucket: staysStatic ? 'static' : e.bucket,
        category: existing.category === 'other' ? e.category : existing.category,
        expires_at: staysStatic ? null : expiresAt,
      },
      nowIso,
    );
    ops.push({ op: 'put', fact });
    counts.updated++;
    changes.push(change(e.key, 'update', existing.value, fact.value, fact, existing.id));
  }
  if (counts.created > 0 && view.live.length + counts.created > LIMITS.factsPerScope) {
    throw validationError([
      {
        field: 'messages',
        message: `learning would bring the scope to ${view.live.length + counts.created} facts; the limit is ${LIMITS.factsPerScope} per scope. Delete facts first.`,
      },
    ]);
  }
  return { changes, ops, counts };
}

function change(
  key: string,
  action: LearnAction,
  before: unknown,
  after: unknown,
  fact: FactWithHistory,
  fact_id: string | null,
): LearnChange {
  return { key, action, before, after, bucket: fact.bucket, category: fact.category, confidence: fact.confidence, fact_id };
}

function reinforce(existing: FactWithHistory, e: ExtractedFact, expiresAt: string | null, nowIso: string): FactWithHistory {
  const raised = Math.min(LEARN_RULES.maxLearnedConfidence, Math.max(existing.confidence, e.confidence) + LEARN_RULES.reinforceStep);
  const confidence = round(Math.max(existing.confidence, raised));
  const extend =
    existing.bucket === 'dynamic' && existing.expires_at !== null && expiresAt !== null && expiresAt > existing.expires_at;
  if (confidence === existing.confidence && !extend) return existing;
  return revise(existing, { confidence, expires_at: extend ? expiresAt : undefined }, nowIso);
}

const SAME = Symbol('same');

/** The value after learning `incoming` over `stored`, or SAME when nothing new was said. */
function mergedValue(stored: unknown, incoming: unknown): typeof SAME | { value: unknown } {
  if (Array.isArray(incoming) || Array.isArray(stored)) {
    const old = Array.isArray(stored) ? stored : [stored];
    const add = Array.isArray(incoming) ? incoming : [incoming];
    const fresh = add.filter((item) => !old.some((o) => sameItem(o, item)));
    if (fresh.length === 0) return SAME;
    const kept = old.filter((o) => !fresh.some((item) => contradicts(o, item)));
    return { value: [...kept, ...fresh] };
  }
  return sameItem(stored, incoming) ? SAME : { value: incoming };
}

function sameItem(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return canonical(a) === canonical(b);
  return jsonEqual(a, b);
}

function canonical(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
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
