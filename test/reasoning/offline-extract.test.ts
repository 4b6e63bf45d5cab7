import { describe, expect, it } from 'vitest';
import type { ChatTurn, ExtractedFact } from '../../src/profiles/reasoning.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';

/**
 * What the offline extractor learns from how people really talk — and what it must leave alone.
 * Behaviour by behaviour (the eval set measures the rates; these pin the mechanisms).
 */

const reasoner = new OfflineReasoner({ worker: false }, () => Date.parse('2026-12-02T10:00:00Z'));
const said = (content: string, before?: string): ChatTurn[] => [
  ...(before ? [{ role: 'assistant' as const, content: before }] : []),
  { role: 'user', content },
];

async function learned(content: string, before?: string): Promise<ExtractedFact[]> {
  return reasoner.extract({ messages: said(content, before), profile: [] });
}
const values = (facts: ExtractedFact[]) => facts.filter((f) => !f.retract).flatMap((f) => (Array.isArray(f.value) ? f.value : [f.value]).map(String));
const has = (facts: ExtractedFact[], key: string, token: string) =>
  facts.some(
    (f) => !f.retract && f.key === key && (Array.isArray(f.value) ? f.value : [f.value]).some((v) => String(v).toLowerCase().includes(token.toLowerCase())),
  );

describe('offline extraction: facts however they are phrased', () => {
  it('reads a fact inside a request ("I\'m a teacher in Bristol, can you help me mark essays?")', async () => {
    const facts = await learned("I'm a teacher in Bristol, can you help me mark essays?");
    expect(has(facts, 'role', 'teacher')).toBe(true);
    expect(has(facts, 'location', 'Bristol')).toBe(true);
  });

  it('reads fragments without "I" at the start of a turn', async () => {
    expect(has(await learned('been vegan since 2019'), 'diet', 'vegan')).toBe(true);
    const family = await learned('married 12 years, 3 kids');
    expect(has(family, 'family', 'married')).toBe(true);
    expect(has(family, 'family', '3 kids')).toBe(true);
    expect(has(await learned('semi-retired now'), 'work_status', 'semi-retired')).toBe(true);
  });

  it('records the new value of "used to X, now Y" and withdraws X', async () => {
    const facts = await learned('I used to live in Rotterdam but moved to Porto');
    expect(has(facts, 'location', 'Porto')).toBe(true);
    expect(values(facts).join(' ')).not.toMatch(/Rotterdam/);
    const corrections = await learned("I'm a UX researcher now");
    expect(has(corrections, 'role', 'UX researcher')).toBe(true);
    expect(has(await learned('we finally moved to Halifax'), 'location', 'Halifax')).toBe(true);
  });

  it('turns "anymore" and quitting into retractions', async () => {
    const diet = await learned("I'm not vegetarian anymore");
    expect(diet).toEqual([expect.objectContaining({ key: 'diet', value: 'vegetarian', retract: true })]);
    const quit = await learned('I quit Acme last week');
    expect(quit).toEqual([expect.objectContaining({ key: 'company', value: 'Acme', retract: true })]);
  });

  it('learns health and accessibility, which an assistant needs most', async () => {
    const facts = await learned("I'm deaf and I have ADHD, type 1 diabetic, and colour-blind");
    for (const token of ['deaf', 'ADHD', 'type 1 diabetic', 'colour-blind']) expect(has(facts, 'health_conditions', token), token).toBe(true);
    expect(has(await learned('I use a wheelchair, so step-free access matters'), 'accessibility', 'wheelchair')).toBe(true);
  });

  it('puts near-term events in the dynamic bucket with an expiry after their date', async () => {
    const facts = await learned('driving test on thursday morning, any last minute tips?');
    const event = facts.find((f) => f.key === 'upcoming_events')!;
    expect(event).toMatchObject({ bucket: 'dynamic' });
    expect(event.ttl_seconds).toBeGreaterThan(24 * 3600);
    expect(event.ttl_seconds).toBeLessThan(8 * 24 * 3600);
  });

  it("reads a short answer with the assistant's question", async () => {
    expect(has(await learned('Lisbon', 'Where are you based?'), 'location', 'Lisbon')).toBe(true);
    expect(has(await learned('ngozi adebayo', "Sure — what's your name?"), 'name', 'Ngozi Adebayo')).toBe(true);
  });

  it("keeps the user's words as evidence and rates explicit statements above hedged ones", async () => {
    const [explicit] = await learned("I'm allergic to peanuts");
    const [hedged] = await learned("I think I'm allergic to peanuts");
    expect(explicit!.evidence).toBe("I'm allergic to peanuts");
    expect(explicit!.confidence).toBeGreaterThan(hedged!.confidence);
  });
});

describe('offline extraction: what it must leave alone', () => {
  it('does not take a religion, a nationality or a condition for a name', async () => {
    for (const text of ["I'm Muslim", "I'm Canadian", "I'm Deaf"])
      expect(
        (await learned(text)).some((f) => f.key === 'name'),
        text,
      ).toBe(false);
    expect(has(await learned("I'm Muslim"), 'religion', 'Muslim')).toBe(true);
  });

  it('does not take tools for places, nor code for facts', async () => {
    expect((await learned('I live in Logseq and Emacs')).some((f) => f.key === 'location')).toBe(false);
    expect(await learned('why does this fail?\n```python\n# I live in utils.py\nimport os\n```')).toEqual([]);
    // Prose-like lines inside a fence are code too (the fence survives normalisation), and so is a long inline span;
    // a one-word inline span is a name the user typed in backticks.
    expect(await learned("```python\nuser = {'name': 'Hannah', 'diet': 'vegetarian'}\n```\nwhy KeyError?")).toEqual([]);
    expect(await learned("why does this error\n```\ncity = 'Ibadan'\n```")).toEqual([]);
    expect(await learned('my setup: `export CITY=Lisbon && run`')).toEqual([]);
    expect(values(await learned('I use `vim` for everything'))).toContain('vim');
  });

  it("does not learn other people's details, quotes, text to translate, or hypotheticals", async () => {
    expect(values(await learned('My wife is a nurse and my colleague Tunde is allergic to peanuts')).join(' ')).not.toMatch(/nurse|peanut/);
    expect(values(await learned("My manager said 'I am relocating to Berlin in June, so plan ahead'")).join(' ')).not.toMatch(/Berlin/);
    // Someone else's pronouns are theirs; the user's own set still counts.
    expect((await learned('my sister uses she/her')).map((f) => f.key)).not.toContain('pronouns');
    expect((await learned('I use they/them')).find((f) => f.key === 'pronouns')?.value).toBe('they/them');
    expect(await learned('Translate into French: I live in Lyon and I work at a bakery')).toEqual([]);
    expect(await learned('If I were rich I would live in Monaco')).toEqual([]);
    expect(await learned("Act as a pirate: I'm Captain Jack and I sail the seven seas")).toEqual([]);
  });

  it('does not learn from questions, one-off requests or figures of speech', async () => {
    for (const text of [
      "explain kubernetes like I'm five",
      'make that shorter',
      "I'm not sure what you mean",
      'what is the capital of Peru?',
      'I live for this stuff',
    ]) {
      expect(await learned(text), text).toEqual([]);
    }
  });

  it('never stores secrets', async () => {
    expect(values(await learned('my password is hunter2 and my PIN is 4455')).join(' ')).not.toMatch(/hunter2|4455/);
  });
});

describe('offline extraction: coordination and replies read as statements', () => {
  it('gives the items listed beside a recognised one the same key', async () => {
    const facts = await learned('my daily stack is TypeScript, React and Postgres');
    expect(has(facts, 'tools', 'Postgres')).toBe(true);
    expect(has(facts, 'tools', 'React')).toBe(true);
  });

  it('ends a list at "but", a negation, a pronoun or a verb', async () => {
    expect(values(await learned("I'm pretty good with Excel and Power BI but hopeless at Python"))).not.toContain('Python');
    const mixed = await learned('I like hiking, and my wife likes golf');
    expect(has(mixed, 'interests', 'hiking')).toBe(true);
    expect(has(mixed, 'interests', 'golf')).toBe(false);
    expect(has(await learned('I use Figma, Notion, and not Slack'), 'tools', 'Slack')).toBe(false);
  });

  it("reads a short reply as the statement the assistant's question frames", async () => {
    const pets = await learned('two cats, Salt and Pepper', 'Do you have any pets?');
    expect(has(pets, 'pets', 'Salt')).toBe(true);
    expect(has(pets, 'pets', 'Pepper')).toBe(true);
  });

  it('reads a statement that drops its copula ("i really vegetarian since 2019")', async () => {
    expect(has(await learned('i really vegetarian since 2019'), 'diet', 'vegetarian')).toBe(true);
    expect(has(await learned('i already 34 this year'), 'age', '34')).toBe(true);
    expect(await learned('i really hate mondays, is that normal?')).not.toContainEqual(expect.objectContaining({ key: 'age' }));
  });

  it('reads a statement again without the words that pad its frame (time phrases, "main", "As a X, I")', async () => {
    expect(has(await learned('My goal this year is to run a sub-4 marathon'), 'goals', 'marathon')).toBe(true);
    expect(has(await learned('my main goal for 2027 is learning Italian'), 'goals', 'Italian')).toBe(true);
    expect(has(await learned('my biggest passion is woodworking'), 'interests', 'woodworking')).toBe(true);
    expect(has(await learned('As a dental hygienist I see 14 patients a day'), 'role', 'dental hygienist')).toBe(true);
    // Without the padding the same sentences read the same; someone else's role stays theirs.
    expect(await learned('As a friend, she told me to rest')).not.toContainEqual(expect.objectContaining({ key: 'role' }));
    expect(await learned('If my main goal this year were a marathon, how would I train?')).toEqual([]);
  });

  it('reads a detail given alone: a pronoun set, "29 f", "Ade is my name"', async () => {
    expect(has(await learned('she/her pls'), 'pronouns', 'she/her')).toBe(true);
    expect(has(await learned('Hi (they/them) — need help with a CV'), 'pronouns', 'they/them')).toBe(true);
    expect(has(await learned('im 29 f, looking for running shoes'), 'age', '29')).toBe(true);
    expect(has(await learned('29M, 180cm, how much protein do I need'), 'age', '29')).toBe(true);
    expect(has(await learned('Ade is my name o'), 'name', 'Ade')).toBe(true);
    // Not a pronoun set alone, not an age: a distance, someone else's words.
    expect(await learned('I ran the 100 m yesterday')).not.toContainEqual(expect.objectContaining({ key: 'age' }));
    expect(await learned('she said she/her is fine for her')).not.toContainEqual(expect.objectContaining({ key: 'pronouns' }));
  });

  it('lists causes, and items opened by a quantity ("a bit of Rust"), but not a verb with its object', async () => {
    expect(has(await learned('I code in Python, Go and a bit of Rust'), 'expertise', 'Rust')).toBe(true);
    const causes = await learned('I care about climate justice, animal welfare and open source');
    expect(has(causes, 'values', 'animal welfare')).toBe(true);
    expect(has(causes, 'values', 'open source')).toBe(true);
    const funds = await learned("I'm a big believer in index funds and leaving them alone for decades");
    expect(values(funds).map((v) => v.toLowerCase())).not.toContain('leaving');
  });

  it('keeps only values the reply itself holds, and nothing from a "no"', async () => {
    expect(await learned('no, none', 'Do you have any pets?')).toEqual([]);
    const facts = await learned('Leeds', 'Which city are you in, so I can suggest venues?');
    expect(values(facts).every((v) => 'leeds'.includes(v.toLowerCase()))).toBe(true);
  });
});
