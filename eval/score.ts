import { learnFrom } from '../src/profiles/learn.js';
import type { Fact } from '../src/profiles/model.js';
import type { ChatTurn, Reasoner } from '../src/profiles/reasoning.js';
import type { EvalSet, ExtractionCase, Part } from './format.js';
import { describeExpectation, describeItem, holds, judge, liveItems, type Judgement } from './match.js';
import { scoreDialectic, type DialecticReport } from './score-dialectic.js';
import { ACCOUNT, SCOPE, freshService } from './service.js';
import { add, ratio, type Ratio } from './tally.js';

/**
 * The scorer of eval sets (format and rules: ../shared/eval/README.md), for any Reasoner. Learning
 * goes through the real service — learnFrom into a fresh in-memory scope per case, then the scope's
 * live facts are read — so the learning rules (update, retract, list union) apply across turns.
 */

export interface CaseFailure {
  id: string;
  missed: string[];
  wrong: string[];
  spurious: string[];
  error?: string;
}

export interface ExtractionReport {
  cases: number;
  recall: Ratio;
  precision: Ratio;
  wrong: number;
  spurious: number;
  /** Dynamic expectations met in the dynamic bucket, among those whose value was found at all. */
  dynamic: Ratio;
  families: Record<string, { recall: Ratio; precision: Ratio }>;
  tags: Record<string, Ratio>;
  /** Cases whose learn call threw (counted as learning nothing, and listed as failures). */
  errors: number;
  failures: CaseFailure[];
}

export interface NegativesReport {
  cases: number;
  /** Nothing learned and no error. */
  clean: Ratio;
  wrong: number;
  errors: number;
  failures: CaseFailure[];
}

export interface ConversationsReport {
  cases: number;
  right: Ratio;
  recall: Ratio;
  wrong: number;
  reinforce: Ratio;
  errors: number;
  failures: CaseFailure[];
}

export interface SetReport {
  name: string;
  extraction?: ExtractionReport;
  negatives?: NegativesReport;
  conversations?: ConversationsReport;
  dialectic?: DialecticReport;
}

/** Run learn once per entry of `turns` into one fresh scope; `after` sees the live facts after each call. */
async function learnTurns(reasoner: Reasoner, turns: readonly ChatTurn[][], after?: (facts: readonly Fact[]) => void) {
  const service = freshService();
  let error: string | undefined;
  try {
    for (const messages of turns) {
      await learnFrom(service, reasoner, ACCOUNT, { messages: [...messages] });
      after?.((await service.view(SCOPE)).publicFacts);
    }
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  return { facts: (await service.view(SCOPE)).publicFacts, error };
}

function failureOf(id: string, expect: ExtractionCase['expect'], j: Judgement, error?: string): CaseFailure | null {
  const missed = expect.filter((_, i) => !j.met[i]).map(describeExpectation);
  const wrong = j.wrong.map((w) => `${describeItem(w.item)} holds forbidden ${JSON.stringify(w.token)}`);
  const spurious = j.spurious.map(describeItem);
  if (missed.length + wrong.length + spurious.length === 0 && error === undefined) return null;
  return { id, missed, wrong, spurious, ...(error === undefined ? {} : { error }) };
}

export async function scoreExtraction(reasoner: Reasoner, cases: readonly ExtractionCase[]): Promise<ExtractionReport> {
  const r: ExtractionReport = {
    cases: cases.length,
    recall: ratio(),
    precision: ratio(),
    wrong: 0,
    spurious: 0,
    dynamic: ratio(),
    families: {},
    tags: {},
    errors: 0,
    failures: [],
  };
  for (const c of cases) {
    const { facts, error } = await learnTurns(reasoner, [c.messages]);
    if (error !== undefined) r.errors++;
    const j = judge(liveItems(facts), c.expect, c.forbid, c.also);
    const fam = (r.families[c.family] ??= { recall: ratio(), precision: ratio() });
    for (const met of j.met) {
      add(r.recall, met);
      add(fam.recall, met);
      for (const tag of c.tags) add((r.tags[tag] ??= ratio()), met);
    }
    const learned = j.correct.length + j.wrong.length + j.spurious.length;
    for (const p of [r.precision, fam.precision]) {
      p.hit += j.correct.length;
      p.of += learned;
    }
    for (const d of j.dynamic) if (d.found) add(r.dynamic, d.inBucket);
    r.wrong += j.wrong.length;
    r.spurious += j.spurious.length;
    const failure = failureOf(c.id, c.expect, j, error);
    if (failure) r.failures.push(failure);
  }
  return r;
}

export async function scoreNegatives(reasoner: Reasoner, cases: readonly ExtractionCase[]): Promise<NegativesReport> {
  const r: NegativesReport = { cases: cases.length, clean: ratio(), wrong: 0, errors: 0, failures: [] };
  for (const c of cases) {
    const { facts, error } = await learnTurns(reasoner, [c.messages]);
    if (error !== undefined) r.errors++;
    const j = judge(liveItems(facts), [], c.forbid);
    add(r.clean, facts.length === 0 && error === undefined);
    r.wrong += j.wrong.length;
    const failure = failureOf(c.id, [], j, error);
    if (failure) r.failures.push(failure);
  }
  return r;
}

export async function scoreConversations(reasoner: Reasoner, cases: EvalSet['conversations']): Promise<ConversationsReport> {
  const r: ConversationsReport = { cases: cases.length, right: ratio(), recall: ratio(), wrong: 0, reinforce: ratio(), errors: 0, failures: [] };
  for (const c of cases) {
    const token = c.reinforce;
    const firstConfidence = new Map<string, number>();
    const holding = (f: Fact) => token !== undefined && liveItems([f]).some((i) => holds(i.item, token));
    const { facts, error } = await learnTurns(reasoner, c.turns, (live) => {
      for (const f of live) if (holding(f) && !firstConfidence.has(f.id)) firstConfidence.set(f.id, f.confidence);
    });
    if (error !== undefined) r.errors++;
    const j = judge(liveItems(facts), c.final, c.forbid, c.also);
    for (const met of j.met) add(r.recall, met);
    add(r.right, j.met.every(Boolean) && j.wrong.length === 0 && error === undefined);
    r.wrong += j.wrong.length;
    const failure = failureOf(c.id, c.final, j, error) ?? { id: c.id, missed: [], wrong: [], spurious: [] };
    if (token !== undefined) {
      const rose = facts.some((f) => holding(f) && f.confidence > (firstConfidence.get(f.id) ?? Infinity));
      add(r.reinforce, rose);
      if (!rose) failure.missed.push(`reinforcement of ${JSON.stringify(token)} (confidence did not rise)`);
    }
    // Spurious items alone do not make a conversation wrong; they are listed for --verbose all the same.
    if (failure.missed.length + failure.wrong.length + failure.spurious.length > 0 || failure.error) r.failures.push(failure);
  }
  return r;
}

export async function scoreSet(reasoner: Reasoner, set: EvalSet, only?: Part): Promise<SetReport> {
  const want = (part: Part) => only === undefined || only === part;
  return {
    name: set.name,
    ...(want('extraction') ? { extraction: await scoreExtraction(reasoner, set.extraction) } : {}),
    ...(want('negatives') ? { negatives: await scoreNegatives(reasoner, set.negatives) } : {}),
    ...(want('conversations') ? { conversations: await scoreConversations(reasoner, set.conversations) } : {}),
    ...(want('dialectic') ? { dialectic: await scoreDialectic(reasoner, set.dialectic) } : {}),
  };
}
