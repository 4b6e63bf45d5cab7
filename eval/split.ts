import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PARTS, loadSet, questionId, type EvalSet, type Part } from './format.js';

/**
 * The frozen held-out split of the own set. An item is held out when the first byte of sha256(id)
 * is 0 mod 3 (a question's id is `profile_id + ':' + q`). The split was fixed before any tuning;
 * eval/sets/holdout.lock.json records its ids and a hash of its items, and a test fails when a
 * held-out item is edited, added or removed. Change the lock only on purpose: `npm run eval:lock`.
 */

export const OWN_SET = fileURLToPath(new URL('./sets/profile-mcp.json', import.meta.url));
export const LOCK_FILE = fileURLToPath(new URL('./sets/holdout.lock.json', import.meta.url));
export const RULE = "held out when sha256(id)[0] % 3 == 0; a dialectic question's id is profile_id + ':' + q";

export type Split = 'tuned' | 'held-out';

export const isHeldOut = (id: string): boolean => createHash('sha256').update(id, 'utf8').digest()[0]! % 3 === 0;

/** JSON with object keys sorted at every level and no whitespace. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Every item of a part with its id. A question carries its profile's facts: editing them changes the question. */
export function itemsOfPart(set: EvalSet, part: Part): { id: string; item: unknown }[] {
  if (part !== 'dialectic') return set[part].map((c) => ({ id: c.id, item: c }));
  return set.dialectic.flatMap((p) =>
    p.questions.map((q) => ({
      id: questionId(p.profile_id, q.q),
      item: { profile_id: p.profile_id, facts: p.facts, dynamic_keys: p.dynamic_keys ?? [], question: q },
    })),
  );
}

export interface Lock {
  rule: string;
  parts: Record<Part, { ids: string[]; sha256: string }>;
}

export function lockOf(set: EvalSet): Lock {
  const parts = {} as Lock['parts'];
  for (const part of PARTS) {
    const held = itemsOfPart(set, part).filter((x) => isHeldOut(x.id));
    const sha256 = createHash('sha256')
      .update(canonical(held.map((x) => x.item)))
      .digest('hex');
    parts[part] = { ids: held.map((x) => x.id), sha256 };
  }
  return { rule: RULE, parts };
}

/**
 * The further held-out sets: a third of each round's blind sets, frozen whole before any tuning on the
 * other two thirds (which are kept as eval/sets/extra-blind-<round><letter>.json development sets).
 */
export interface BlindHoldout {
  /** The round's name in reports ("blind-13"). */
  readonly name: string;
  readonly file: string;
  readonly lock: string;
  /** The development thirds written in the same round. */
  readonly sources: readonly string[];
}

const inSets = (file: string): string => fileURLToPath(new URL(`./sets/${file}`, import.meta.url));
const holdout = (round: number, letters: string): BlindHoldout => ({
  name: `blind-${round}`,
  file: inSets(`holdout-${round}.json`),
  lock: inSets(`holdout-${round}.lock.json`),
  sources: [...letters].map((l) => inSets(`extra-blind-${round}${l}.json`)),
});

export const BLIND_HOLDOUTS: readonly BlindHoldout[] = [
  holdout(13, 'abcd'),
  holdout(14, 'abc'),
  holdout(15, 'ab'),
  holdout(16, 'ab'),
  holdout(17, 'abc'),
  holdout(18, 'abc'),
  holdout(19, 'abc'),
  holdout(20, 'abc'),
  holdout(21, 'abc'),
  holdout(22, 'ab'),
  holdout(23, 'ab'),
  holdout(24, 'ab'),
  holdout(25, 'abc'),
  holdout(26, 'abc'),
  holdout(27, 'abc'),
  holdout(28, 'abc'),
  holdout(29, 'abc'),
  holdout(30, 'abc'),
  holdout(31, 'abc'),
  holdout(32, 'abc'),
  holdout(33, 'abc'),
  holdout(34, 'abc'),
  holdout(35, 'abc'),
  holdout(36, 'abc'),
  holdout(37, 'abc'),
  holdout(38, 'abc'),
  holdout(39, 'abc'),
  holdout(40, 'abc'),
  holdout(41, 'abc'),
  holdout(42, 'abc'),
  holdout(43, 'abc'),
  holdout(44, 'abc'),
  holdout(45, 'abc'),
  holdout(46, 'abc'),
  holdout(47, 'abc'),
  holdout(48, 'abc'),
  holdout(49, 'abc'),
  holdout(50, 'abc'),
  holdout(51, 'abc'),
  holdout(52, 'abc'),
  holdout(53, 'abc'),
  holdout(54, 'abc'),
  holdout(55, 'abc'),
  holdout(56, 'abc'),
];

/** The hash of a whole set's items (every part, canonical JSON): what each holdout-<round>.lock.json records. */
export function setHash(set: EvalSet): string {
  return createHash('sha256')
    .update(canonical(PARTS.map((part) => itemsOfPart(set, part).map((x) => x.item))))
    .digest('hex');
}

export const readLock = (file = LOCK_FILE): Lock => JSON.parse(readFileSync(file, 'utf8')) as Lock;

/** The tuned or held-out part of a set (profiles keep all their facts; only questions are split). */
export function splitOf(set: EvalSet, split: Split): EvalSet {
  const keep = (id: string) => isHeldOut(id) === (split === 'held-out');
  return {
    ...set,
    name: `${set.name} (${split})`,
    extraction: set.extraction.filter((c) => keep(c.id)),
    negatives: set.negatives.filter((c) => keep(c.id)),
    conversations: set.conversations.filter((c) => keep(c.id)),
    dialectic: set.dialectic
      .map((p) => ({ ...p, questions: p.questions.filter((q) => keep(questionId(p.profile_id, q.q))) }))
      .filter((p) => p.questions.length > 0),
  };
}

export const loadOwnSet = (): EvalSet => loadSet(OWN_SET);
