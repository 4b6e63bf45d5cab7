import { describe, expect, it } from 'vitest';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import type { ExtractedFact } from '../../src/profiles/reasoning.js';
import type { EvalSet, Expectation } from '../../eval/format.js';
import { preflight } from '../../eval/preflight.js';
import { checkTargets } from '../../eval/report.js';
import { scoreSet } from '../../eval/score.js';
import { ABSTAINS } from '../../eval/score-dialectic.js';
import { isHeldOut, loadOwnSet, splitOf } from '../../eval/split.js';
import { rate } from '../../eval/tally.js';
import { scripted } from './setup.js';

/**
 * The scorer (eval/score.ts) checked with tiny hand-made reasoners whose scores are known, and the
 * offline reasoner's determinism. The offline reasoner's targets are not asserted here.
 */

const fact = (key: string, value: unknown, bucket: 'static' | 'dynamic' = 'static'): ExtractedFact => ({
  key,
  value,
  bucket,
  category: 'other',
  confidence: 0.8,
  ...(bucket === 'dynamic' ? { ttl_seconds: 3600 } : {}),
});
const user = (content: string) => [{ role: 'user' as const, content }];
const S = (value: string, key_hint: string): Expectation => ({ value, key_hint, bucket: 'static' });

const tiny: EvalSet = {
  name: 'tiny',
  extraction: [
    {
      id: 'x-teacher',
      family: 'work',
      tags: ['request'],
      messages: user("I'm a teacher in Bristol, help me mark essays"),
      expect: [S('teacher', 'role'), S('Bristol', 'location')],
      forbid: [],
    },
    {
      id: 'x-moved',
      family: 'places',
      tags: ['past_vs_present'],
      messages: user('moved to Leeds from York'),
      expect: [S('Leeds', 'location')],
      forbid: ['York'],
    },
    {
      id: 'x-trip',
      family: 'near_term_events',
      tags: ['date'],
      messages: user('off to Kyoto next week'),
      expect: [{ value: 'Kyoto', bucket: 'dynamic' }],
      forbid: [],
    },
  ],
  negatives: [{ id: 'n-eli5', family: 'negative', tags: [], messages: user("explain it like I'm five"), expect: [], forbid: [] }],
  conversations: [
    {
      id: 'c-correction',
      tags: ['correction'],
      turns: [user('I live in Leicester'), user('sorry, I meant Leeds not Leicester')],
      final: [S('Leeds', 'location')],
      forbid: ['Leicester'],
    },
    {
      id: 'c-reinforce',
      tags: [],
      turns: [user('I love kayaking'), user('kayaking again this weekend')],
      final: [S('kayaking', 'interests')],
      forbid: [],
      reinforce: 'kayak',
    },
  ],
  dialectic: [
    {
      profile_id: 'p',
      facts: { role: 'teacher', diet: 'vegetarian', pets: 'a cat called Tom', current_focus: 'marking' },
      dynamic_keys: ['current_focus'],
      questions: [
        { q: 'what does she do?', expect_keys: ['role'], answer_token: 'teacher' },
        { q: 'steakhouse for her?', expect_keys: ['diet'], answer_token: 'vegetarian', also_ok_keys: ['pets'] },
        { q: "what's her dog called?", unknown: true, tags: ['unknown'] },
        { q: 'what does her husband do?', unknown: true, tags: ['unknown', 'third_party'] },
      ],
    },
  ],
};

/** Extracts exactly what the tiny set expects, from the newest user turn. */
const oracleFacts: Record<string, ExtractedFact[]> = {
  "I'm a teacher in Bristol, help me mark essays": [fact('role', 'teacher'), fact('location', 'Bristol')],
  'moved to Leeds from York': [fact('location', 'Leeds')],
  'off to Kyoto next week': [fact('upcoming_trip', 'Kyoto', 'dynamic')],
  'I live in Leicester': [fact('location', 'Leicester')],
  'sorry, I meant Leeds not Leicester': [fact('location', 'Leeds')],
  'I love kayaking': [fact('interests', ['kayaking'])],
  'kayaking again this weekend': [fact('interests', ['kayaking'])],
};
const extractWith = (table: Record<string, ExtractedFact[]>) =>
  scripted({ extract: async ({ messages }) => table[messages.filter((m) => m.role === 'user').at(-1)?.content ?? ''] ?? [] });

describe('scorer self-test', () => {
  it('an oracle extractor scores recall 1, precision 1, no wrong item, every negative and conversation right', async () => {
    const r = await scoreSet(extractWith(oracleFacts), tiny);
    expect(r.extraction!.recall).toEqual({ hit: 4, of: 4 });
    expect(r.extraction!.precision).toEqual({ hit: 4, of: 4 });
    expect(r.extraction!.wrong).toBe(0);
    expect(r.extraction!.dynamic).toEqual({ hit: 1, of: 1 });
    expect(r.negatives!.clean).toEqual({ hit: 1, of: 1 });
    // The correction is an update of a learned fact by the real service: Leicester is history, not live.
    expect(r.conversations!.right).toEqual({ hit: 2, of: 2 });
    expect(r.conversations!.reinforce).toEqual({ hit: 1, of: 1 });
    expect(r.extraction!.failures).toEqual([]);
  });

  it('a forbidden token counts a wrong item, a wrong bucket misses, a learned negative is not clean', async () => {
    const leaky = extractWith({
      ...oracleFacts,
      'moved to Leeds from York': [fact('location', 'Leeds'), fact('hometown', 'York')],
      'off to Kyoto next week': [fact('location', 'Kyoto')],
      "explain it like I'm five": [fact('age', 5)],
    });
    const r = await scoreSet(leaky, tiny);
    expect(r.extraction!.wrong).toBe(1);
    expect(r.extraction!.recall).toEqual({ hit: 3, of: 4 });
    expect(r.extraction!.dynamic).toEqual({ hit: 0, of: 1 });
    expect(r.extraction!.precision).toEqual({ hit: 4, of: 5 });
    expect(r.extraction!.failures.find((f) => f.id === 'x-moved')?.wrong[0]).toContain('hometown=');
    expect(r.negatives!.clean).toEqual({ hit: 0, of: 1 });
    expect(r.extraction!.families.places!.precision).toEqual({ hit: 1, of: 2 });
  });

  it('an extractor that learns nothing scores recall 0 and leaves every negative alone', async () => {
    const r = await scoreSet(scripted({}), tiny);
    expect(rate(r.extraction!.recall)).toBe(0);
    expect(r.extraction!.precision.of).toBe(0);
    expect(r.conversations!.right).toEqual({ hit: 0, of: 2 });
    expect(r.conversations!.reinforce).toEqual({ hit: 0, of: 1 });
    expect(rate(r.negatives!.clean)).toBe(1);
  });

  it('a reasoner that throws scores as failures, never as clean negatives or abstentions', async () => {
    const broken = scripted({
      extract: async () => {
        throw new Error('upstream down');
      },
      answer: async () => {
        throw new Error('upstream down');
      },
    });
    const r = await scoreSet(broken, tiny);
    expect(r.negatives!.clean).toEqual({ hit: 0, of: 1 });
    expect(r.negatives!.errors).toBe(1);
    expect(r.extraction!.errors).toBe(3);
    expect(r.dialectic!.abstention).toEqual({ hit: 0, of: 2 });
    expect(r.dialectic!.errors).toBe(4);
  });

  it('a reasoner that cannot run stops the eval before it starts, saying why (a working one passes)', async () => {
    const broken = scripted({
      answer: async () => {
        throw new Error('worker failed to load');
      },
    });
    await expect(preflight(broken)).rejects.toThrow('the offline reasoner cannot run: worker failed to load');
    await expect(preflight(scripted({}))).resolves.toBeUndefined();
    await expect(preflight(new OfflineReasoner())).resolves.toBeUndefined();
  });

  it('an abstaining reasoner passes the unknowns and misses every answerable question', async () => {
    const abstainer = scripted({ answer: async () => ({ text: 'The profile has nothing about that.', facts_used: [] }) });
    const r = await scoreSet(abstainer, tiny, 'dialectic');
    expect(r.extraction).toBeUndefined();
    expect(r.dialectic!.abstention).toEqual({ hit: 2, of: 2 });
    expect(r.dialectic!.thirdParty).toEqual({ hit: 1, of: 1 });
    expect(r.dialectic!.retrieval).toEqual({ hit: 0, of: 2 });
  });

  it('a reasoner that cites a key and quotes it scores retrieval, answer and citation precision; citing on an unknown fails it', async () => {
    const byKey: Record<string, string> = { 'what does she do?': 'role', 'steakhouse for her?': 'diet', "what's her dog called?": 'pets' };
    const citer = scripted({
      answer: async ({ question, facts }) => {
        const f = facts.find((x) => x.key === byKey[question]);
        return f
          ? { text: `From the profile: ${String(f.value)}.`, facts_used: [f.id] }
          : { text: 'No information about that in the profile.', facts_used: [] };
      },
    });
    const r = await scoreSet(citer, tiny, 'dialectic');
    expect(r.dialectic!.retrieval).toEqual({ hit: 2, of: 2 });
    expect(r.dialectic!.answer).toEqual({ hit: 2, of: 2 });
    expect(r.dialectic!.citation).toEqual({ hit: 2, of: 2 });
    expect(r.dialectic!.abstention).toEqual({ hit: 1, of: 2 });
    expect(r.dialectic!.failures.map((f) => f.id)).toEqual(["p:what's her dog called?"]);
    expect(checkTargets(r).find((t) => t.name === 'abstention (unknowns)')?.ok).toBe(false);
  });

  it('recognises abstentions, not answers', () => {
    for (const text of [
      "The profile doesn't say.",
      'There is no information about her husband.',
      'Nothing recorded about that.',
      "I don't know from the profile.",
    ]) {
      expect(ABSTAINS.test(text), text).toBe(true);
    }
    expect(ABSTAINS.test('She is a teacher in Bristol.')).toBe(false);
  });

  it('splits the own set into disjoint tuned and held-out parts that cover it', () => {
    const own = loadOwnSet();
    const tuned = splitOf(own, 'tuned');
    const held = splitOf(own, 'held-out');
    expect(tuned.extraction.length + held.extraction.length).toBe(own.extraction.length);
    expect(held.extraction.every((c) => isHeldOut(c.id))).toBe(true);
    expect(tuned.negatives.some((c) => isHeldOut(c.id))).toBe(false);
  });
});

describe('offline reasoner', () => {
  const reasoner = new OfflineReasoner();

  it('is deterministic: the same input gives the same output', async () => {
    const messages = [{ role: 'user' as const, content: "I'm a senior engineer at Acme, I live in Oslo and I love skiing." }];
    const a = await reasoner.extract({ messages, profile: [] });
    const b = await reasoner.extract({ messages, profile: [] });
    expect(a).toEqual(b);
    expect(a.map((f) => f.key).sort()).toEqual(['company', 'interests', 'location', 'role']);
  });
});
