import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARTS, loadSet, userText } from '../../eval/format.js';
import { tokensOf } from '../../eval/match.js';
import { BLIND_HOLDOUTS, isHeldOut, itemsOfPart, loadOwnSet, lockOf, readLock, setHash } from '../../eval/split.js';

/**
 * The own evaluation set (eval/sets/profile-mcp.json): its frozen held-out split, its size, and the
 * rules its cases keep (every `value` is the user's own words; no forbidden token hides in an expected one).
 */

const set = loadOwnSet();
// The 14 families, in order: the same list eval/check-extra.mjs checks the development set against.
const FAMILIES = JSON.parse(readFileSync(new URL('../../eval/families.json', import.meta.url), 'utf8')) as string[];

describe('held-out split', () => {
  const lock = readLock();
  const now = lockOf(set);

  it.each(PARTS)('%s: no held-out item was added, removed or edited (update the lock on purpose with npm run eval:lock)', (part) => {
    expect(now.parts[part].ids, 'held-out ids').toEqual(lock.parts[part].ids);
    expect(now.parts[part].sha256, 'hash of the held-out items').toBe(lock.parts[part].sha256);
  });

  it('holds about a third of every part, chosen by the hash of the id', () => {
    for (const part of PARTS) {
      const items = itemsOfPart(set, part);
      const held = items.filter((x) => isHeldOut(x.id)).length;
      expect(held / items.length).toBeGreaterThan(0.2);
      expect(held / items.length).toBeLessThan(0.5);
    }
    expect(lock.rule).toContain('sha256');
  });
});

describe.each(BLIND_HOLDOUTS.map((h) => [h.name, h] as const))("%s held-out set (a frozen third of that round's blind sets)", (_name, h) => {
  const blind = loadSet(h.file);

  it('is unchanged since it was frozen (update its lock on purpose with npm run eval:lock)', () => {
    const lock = JSON.parse(readFileSync(h.lock, 'utf8')) as { sha256: string };
    expect(setHash(blind)).toBe(lock.sha256);
  });

  it('is exactly the held-out third of the blind sets: its ids hash to the held-out split, and no development set holds one', () => {
    const ids = PARTS.flatMap((part) => itemsOfPart(blind, part).map((x) => x.id));
    expect(ids.length, 'a frozen third big enough to read (holdout-15 is the smallest: 76 items)').toBeGreaterThanOrEqual(75);
    expect(ids.every(isHeldOut)).toBe(true);
    const dev = new Set(
      h.sources.flatMap((file) => {
        const set = loadSet(file);
        return PARTS.flatMap((part) => itemsOfPart(set, part).map((x) => x.id));
      }),
    );
    expect(dev.size).toBeGreaterThan(2 * ids.length * 0.7);
    expect(ids.filter((id) => dev.has(id))).toEqual([]);
    expect([...dev].some(isHeldOut)).toBe(false);
  });
});

describe('set size', () => {
  it('has at least 160 extraction cases over the 14 families, at least 9 each', () => {
    expect(set.extraction.length).toBeGreaterThanOrEqual(160);
    expect(new Set(set.extraction.map((c) => c.family))).toEqual(new Set(FAMILIES));
    for (const family of FAMILIES) expect(set.extraction.filter((c) => c.family === family).length, family).toBeGreaterThanOrEqual(9);
  });

  it('has at least 35 negatives and 12 conversations, one with a reinforcement', () => {
    expect(set.negatives.length).toBeGreaterThanOrEqual(35);
    expect(set.negatives.every((c) => c.expect.length === 0)).toBe(true);
    expect(set.conversations.length).toBeGreaterThanOrEqual(12);
    expect(set.conversations.every((c) => c.turns.length >= 2)).toBe(true);
    expect(set.conversations.some((c) => c.reinforce !== undefined)).toBe(true);
  });

  it('has at least 3 profiles of 25-35 facts and 45 questions, 14 of them unknowns', () => {
    expect(set.dialectic.length).toBeGreaterThanOrEqual(3);
    for (const p of set.dialectic) {
      expect(Object.keys(p.facts).length, p.profile_id).toBeGreaterThanOrEqual(25);
      expect(Object.keys(p.facts).length, p.profile_id).toBeLessThanOrEqual(35);
    }
    const questions = set.dialectic.flatMap((p) => p.questions);
    expect(questions.length).toBeGreaterThanOrEqual(45);
    expect(questions.filter((q) => q.unknown).length).toBeGreaterThanOrEqual(14);
  });
});

describe('case rules', () => {
  const cases = [
    ...set.extraction.map((c) => ({ id: c.id, text: userText(c.messages), expect: c.expect, forbid: c.forbid, also: c.also ?? [] })),
    ...set.conversations.map((c) => ({ id: c.id, text: userText(c.turns.flat()), expect: c.final, forbid: c.forbid, also: c.also ?? [] })),
  ];

  it('has unique ids', () => {
    const ids = [...set.extraction, ...set.negatives, ...set.conversations].map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every value occurs verbatim (case-insensitively) in a user turn; alt tokens are free', () => {
    const missing = cases.flatMap((c) => c.expect.filter((e) => !c.text.includes(e.value.toLowerCase())).map((e) => `${c.id}: ${e.value}`));
    expect(missing).toEqual([]);
    const reinforce = set.conversations.filter((c) => c.reinforce && !userText(c.turns.flat()).includes(c.reinforce.toLowerCase()));
    expect(reinforce.map((c) => c.id)).toEqual([]);
  });

  it('no forbidden token lies inside an expected, accepted or also token of its case', () => {
    const clashes = cases.flatMap((c) =>
      c.forbid.filter((f) => [...c.expect.flatMap(tokensOf), ...c.also].some((t) => t.toLowerCase().includes(f.toLowerCase()))).map((f) => `${c.id}: ${f}`),
    );
    expect(clashes).toEqual([]);
  });

  it('dialectic questions cite keys the profile has, and answer tokens occur in an expected key', () => {
    const problems = set.dialectic.flatMap((p) =>
      p.questions
        .filter((q) => !q.unknown)
        .flatMap((q) => {
          const keys = [...(q.expect_keys ?? []), ...(q.also_ok_keys ?? [])];
          const out = keys.filter((k) => !(k in p.facts)).map((k) => `${p.profile_id}: ${q.q}: no key ${k}`);
          const values = (q.expect_keys ?? []).map((k) => JSON.stringify(p.facts[k]).toLowerCase());
          if ((q.expect_keys ?? []).length === 0) out.push(`${p.profile_id}: ${q.q}: no expect_keys`);
          if (!q.answer_token || !values.some((v) => v.includes(q.answer_token!.toLowerCase()))) out.push(`${p.profile_id}: ${q.q}: answer token`);
          return out;
        }),
    );
    expect(problems).toEqual([]);
  });
});
