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

  it("keeps a lasting statement no table names as a note in the user's words, and nothing of requests or passing states", async () => {
    const notes = (facts: ExtractedFact[]) => facts.filter((f) => f.key === 'notes').flatMap((f) => f.value as string[]);
    expect(notes(await learned('Leeds based btw, and I spend most evenings restoring old Vespa scooters in the garage')).join(' ')).toMatch(/Vespa/);
    // A note may stand alone in a turn (the gates of notes.ts and index.ts keep errands, dates and made-up writing out).
    expect(notes(await learned('I spend most evenings restoring old Vespa scooters in the garage, where do I find parts?'))).toEqual([
      'I spend most evenings restoring old Vespa scooters in the garage',
    ]);
    for (const said of [
      'solve 3x + 7 = 22',
      'gift for a 5 year old who likes dinosaurs',
      "I'm stuck on this bug, can you look?",
      "here's my bank pin, 4471",
      'I could eat a horse right now',
      'my wife works as a nurse in Leeds',
      'in the show they live in a lighthouse',
    ])
      expect(notes(await learned(said)), said).toEqual([]);
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

describe("offline extraction: short replies to the assistant's question", () => {
  it('reads the thing the question ends on ("what do you do for fun?" asks for interests, not a job)', async () => {
    const fun = await learned('mostly hiking and board games', 'What do you do for fun?');
    expect(fun.some((f) => f.key === 'role')).toBe(false);
    expect(has(fun, 'interests', 'hiking')).toBe(true);
    expect(has(fun, 'interests', 'board games')).toBe(true);
    const home = await learned('manchester now, grew up in leeds', 'Which city do you live in?');
    expect(has(home, 'location', 'manchester')).toBe(true);
    expect(has(home, 'hometown', 'leeds')).toBe(true);
    expect(has(home, 'hometown', 'manchester')).toBe(false);
  });

  it('drops what only hedges or accepts a reply ("lisbon mostly, sometimes porto", "Sam is fine", "oh sorry, it\'s Priya")', async () => {
    expect((await learned('lisbon mostly, sometimes porto', 'Where are you based?')).find((f) => f.key === 'location')?.value).toBe('lisbon');
    expect((await learned('Kelowna, BC', 'Where are you based?')).find((f) => f.key === 'location')?.value).toBe('Kelowna, BC');
    expect((await learned('Sam is fine', 'What should I call you?')).find((f) => f.key === 'name')?.value).toBe('Sam');
    expect((await learned("oh sorry, it's Priya", "What's your name?")).find((f) => f.key === 'name')?.value).toBe('Priya');
    const called = await learned('Bex', 'What do you like to be called?');
    expect(called).toEqual([expect.objectContaining({ key: 'name', value: 'Bex' })]);
    expect((await learned('nurse, nights mostly', 'What do you do?')).find((f) => f.key === 'role')?.value).toBe('nurse');
  });

  it('reads a lower-case place reply and hobbies asked for as what unwinds the user, without their hedges', async () => {
    expect((await learned('brissie, northside', 'Which city are you based in? Rental prices vary a lot.')).find((f) => f.key === 'location')?.value).toBe(
      'brissie',
    );
    expect(await learned('home', 'Where are you based?')).toEqual([]);
    const unwind = await learned('birding mostly, sometimes chess online', 'What do you do to unwind?');
    expect(unwind).toEqual([expect.objectContaining({ key: 'interests', value: expect.arrayContaining(['birding', 'chess']) })]);
    expect(unwind[0]!.value).toHaveLength(2);
  });

  it('reads a bare count with the noun the question asked about ("How many kids do you have?" + "2")', async () => {
    expect(has(await learned('2', 'How many kids do you have?'), 'family', '2 kids')).toBe(true);
    expect(has(await learned('yes, three', 'Do you have kids?'), 'family', 'three kids')).toBe(true);
    expect(await learned('5', 'How many years have you been coding?')).toEqual([]);
  });
});

describe('offline extraction: changes, hypotheticals and role-play set-ups', () => {
  it('reads "from X to Y" as a change for any family: Y is kept, X withdrawn', async () => {
    const diet = await learned('I went from vegetarian to vegan last year');
    expect(has(diet, 'diet', 'vegan')).toBe(true);
    expect(diet).toContainEqual(expect.objectContaining({ key: 'diet', value: 'vegetarian', retract: true }));
    const tools = await learned('switched from IntelliJ to Cursor a couple of months ago');
    expect(has(tools, 'tools', 'Cursor')).toBe(true);
    expect(has(tools, 'tools', 'IntelliJ')).toBe(false);
    expect(has(await learned('we moved from preston to lancaster last spring'), 'location', 'lancaster')).toBe(true);
    // Someone else's change, or a thing rescheduled, is not the user's.
    expect((await learned('my brother moved from Leeds to York')).some((f) => f.key === 'location' && !f.retract)).toBe(false);
  });

  it('gives "these days it\'s Y" the key of the "used to X" it follows', async () => {
    const facts = await learned('used to play guitar loads, these days its pottery on wednesday nights');
    expect(has(facts, 'interests', 'pottery')).toBe(true);
    expect(has(facts, 'interests', 'guitar')).toBe(false);
    expect(values(await learned('I got hooked on Warhammer 40k and now half the spare room is unpainted')).join(' ')).not.toMatch(/half/);
    expect((await learned("I used to work at Google but now I'm at Meta")).find((f) => f.key === 'company' && !f.retract)?.value).toBe('Meta');
    expect((await learned('I was living in Paris until last year, now Berlin')).find((f) => f.key === 'location' && !f.retract)?.value).toBe('Berlin');
  });

  it('keeps a hypothetical going across "and", and skips a role-play set up with "you be the …"', async () => {
    expect(await learned('if i won the lottery id move to the algarve and learn portuguese')).toEqual([]);
    expect(await learned('lets practise, you be the customs officer and im a traveller coming in from accra')).toEqual([]);
  });
});

describe('offline extraction: text typed all in lower case', () => {
  it('reads a name from "im thandi" or "my names beverley" when nothing is capitalised', async () => {
    expect((await learned('hi im thandi can you help me plan meals for the week')).find((f) => f.key === 'name')?.value).toBe('Thandi');
    expect((await learned('ok so my names beverley but everyone calls me bev')).find((f) => f.key === 'name')?.value).toBe('Beverley');
    expect((await learned('hiya im sam they them pronouns please')).find((f) => f.key === 'name')?.value).toBe('Sam');
  });

  it('takes no name from a word that something follows ("im tryna learn japanse", "my husbands roofing biz")', async () => {
    expect((await learned('im tryna learn japanse before my trip next year')).some((f) => f.key === 'name')).toBe(false);
    expect(values(await learned('i do all the books for my husbands roofing biz in quickbooks')).join(' ')).not.toMatch(/roofing/);
    expect((await learned('im hungry')).some((f) => f.key === 'name')).toBe(false);
  });
});

describe('offline extraction: edits of the draft at hand and data to work on', () => {
  it('learns no style from a one-off edit ("make that shorter and drop the emojis"), but does from a lasting one', async () => {
    expect(await learned('make that shorter and drop the emojis')).toEqual([]);
    expect(await learned('make that shorter and put it in bullet points', "Here's a draft notice for the noticeboard.")).toEqual([]);
    expect(has(await learned('make it shorter, and always keep answers short with me'), 'communication_style', 'short')).toBe(true);
  });

  it('reads nothing from rows handed over to be converted, nor from made-up data', async () => {
    expect(await learned('convert this to a markdown table:\nName, Role, Office\nAisha, Designer, Kano\nTom, QA, Bristol')).toEqual([]);
    expect(values(await learned('generate 10 fictional customers who are vegan nurses in Leeds')).join(' ')).not.toMatch(/vegan|nurse|Leeds/i);
    expect(await learned('generate 10 fake user profiles (name, job, city, allergies) as JSON for my test DB seed')).toEqual([]);
  });
});

describe('offline extraction: subjects and tense in run-on speech', () => {
  it('reads "me and my husband live in cork" as the household, and "started learning piano" as ongoing', async () => {
    expect(has(await learned('me and my husband live in cork with our 3 kids and a dog'), 'location', 'cork')).toBe(true);
    const piano = await learned('just turned 30 and i finally started learning piano');
    expect(piano.some((f) => f.retract)).toBe(false);
    expect(has(piano, 'interests', 'piano') || has(piano, 'learning', 'piano')).toBe(true);
  });

  it('does not read an inflected verb as a short lexicon word ("eating" is not the EAT time zone)', async () => {
    expect((await learned('i started eating chicken again last year')).some((f) => f.key === 'timezone')).toBe(false);
  });
});

describe('offline extraction: corrections', () => {
  const stored = (key: string, value: string | string[]) => ({
    id: key,
    key,
    value,
    category: 'other' as const,
    bucket: 'static' as const,
    confidence: 0.9,
    source: 'user' as const,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  });
  const withProfile = (content: string, profile: ReturnType<typeof stored>[]) =>
    reasoner.extract({ messages: [{ role: 'user', content }], profile: profile as never });

  it('replaces a number said again after "scratch that" or "typo", and keeps a list a list', async () => {
    expect((await learned("I'm 34, scratch that, 35")).find((f) => f.key === 'age')?.value).toBe('35');
    expect((await withProfile('oops typo, 28', [stored('age', '27')])).find((f) => f.key === 'age')?.value).toBe('28');
    expect((await withProfile('sorry, I meant Porto not Lisbon', [stored('location', 'Lisbon')])).find((f) => f.key === 'location')?.value).toBe('Porto');
    const language = await withProfile('I meant Spanish, not French', [stored('language', ['French'])]);
    expect(language).toContainEqual(expect.objectContaining({ key: 'language', value: ['Spanish'] }));
    expect(language).toContainEqual(expect.objectContaining({ key: 'language', value: 'French', retract: true }));
  });

  it('withdraws what "forget what I said about X" names, and nothing for "forget it"', async () => {
    const gluten = await withProfile('forget what I said about the gluten thing, turns out it was lactose all along', [stored('diet', ['gluten intolerant'])]);
    expect(gluten).toContainEqual(expect.objectContaining({ key: 'diet', value: 'gluten intolerant', retract: true }));
    expect((await withProfile('forget it, just write the email', [stored('allergies', ['peanuts'])])).some((f) => f.retract)).toBe(false);
  });
});

describe('offline extraction: bio lines', () => {
  it('splits a bio line at "|" and "•", and reads "lisbon based" as the user\'s', async () => {
    const bio = await learned('🏳️‍🌈 | 29 | 🇬🇧 London | nurse 👩‍⚕️');
    expect(bio.find((f) => f.key === 'age')?.value).toBe('29');
    expect(bio.find((f) => f.key === 'role')?.value).toBe('nurse');
    expect(has(await learned('✨ vegan ✨ yoga girlie ✨ lisbon based ✨'), 'location', 'lisbon')).toBe(true);
  });

  it('reads "the client\'s in Halifax" as someone else\'s place', async () => {
    const facts = await learned("I'm in Calgary (MT), the client's in Halifax — find me a 1h slot");
    expect(facts.find((f) => f.key === 'location')?.value).toBe('Calgary');
    expect(values(facts).join(' ')).not.toMatch(/Halifax/);
  });
});

describe('offline extraction: wishes and plans are not present states', () => {
  it('keeps a wish as a goal, never as where the user lives, what they do or what they eat', async () => {
    const lisbon = await learned("I'd love to move to Lisbon eventually");
    expect(has(lisbon, 'goals', 'Lisbon')).toBe(true);
    expect(has(lisbon, 'location', 'Lisbon')).toBe(false);
    const retire = await learned('hoping to retire by 55 so trying to max my pension');
    expect(has(retire, 'goals', 'retire by 55')).toBe(true);
    expect(has(retire, 'work_status', 'retired')).toBe(false);
    expect(values(await learned('thinking of going vegan')).some((v) => /vegan/i.test(v) && !/going/i.test(v))).toBe(false);
  });

  it("still reads the present state beside the wish, a plan to move, the name asked for, and someone else's wish the user follows", async () => {
    const both = await learned("I'm vegan and hoping to move to Porto");
    expect(has(both, 'diet', 'vegan')).toBe(true);
    expect(has(both, 'location', 'Porto')).toBe(false);
    expect(has(await learned("we're planning to move to Canada in the next 2 years"), 'planned_move', 'Canada')).toBe(true);
    expect(has(await learned('type 2 diabetic here, doc wants me on lower-carb meals'), 'diet', 'lower-carb')).toBe(true);
    expect(has(await learned('I love to swim in the mornings'), 'interests', 'swim')).toBe(true);
  });
});

describe('offline extraction: names as people have them', () => {
  it('keeps a hyphenated name whole, and a hyphen inside a word is no label separator', async () => {
    const anne = await learned('my name is Anne-Marie and I live in Leeds');
    expect(has(anne, 'name', 'Anne-Marie')).toBe(true);
    expect(values(anne)).not.toContain('Marie and I live in Leeds');
    expect(has(await learned("I'm Jean-Luc, a chef in Lyon"), 'name', 'Jean-Luc')).toBe(true);
    expect(has(await learned('my name is Siobhan-Rose'), 'name', 'Siobhan-Rose')).toBe(true);
    expect(has(await learned('name - Priya; based - Pune'), 'name', 'Priya')).toBe(true);
  });

  it('takes a name that is also a place when it is said as a name, and a place as a place otherwise', async () => {
    expect(has(await learned('my name is Mary'), 'name', 'Mary')).toBe(true);
    expect(has(await learned('call me Jordan'), 'name', 'Jordan')).toBe(true);
    const victoria = await learned('I live in Victoria');
    expect(has(victoria, 'location', 'Victoria')).toBe(true);
    expect(has(victoria, 'name', 'Victoria')).toBe(false);
  });

  it('reads the name others call the user by, but no other word they say of them', async () => {
    expect(has(await learned('everyone calls me Shiv'), 'nickname', 'Shiv')).toBe(true);
    expect(has(await learned('my mates call me gaz'), 'nickname', 'Gaz')).toBe(true);
    expect(await learned('my mum calls me lazy')).toEqual([]);
    expect(await learned("my boss says I'm a genius")).toEqual([]);
  });
});

describe('offline extraction: appointments are not jobs', () => {
  it('reads no job from a person seen at a time ("Dentist on thursday at 4"), but does from a job said with its details', async () => {
    expect(has(await learned('Dentist on thursday at 4'), 'role', 'dentist')).toBe(false);
    expect(has(await learned('physio at 3 then free'), 'role', 'physio')).toBe(false);
    expect(has(await learned("doctor tomorrow morning so can't do the call"), 'role', 'doctor')).toBe(false);
    expect(has(await learned('teacher at 3 schools'), 'role', 'teacher')).toBe(true);
    expect(has(await learned('nurse on nights'), 'role', 'nurse')).toBe(true);
  });
});

describe('offline extraction: pronouns typed without apostrophes', () => {
  it('reads "shes" and "hes" as someone else, not as a fragment about the user', async () => {
    expect(has(await learned('shes got dementia and I look after her'), 'health_conditions', 'dementia')).toBe(false);
    const both = await learned('hes a nurse and im a teacher');
    expect(has(both, 'role', 'teacher')).toBe(true);
    expect(has(both, 'role', 'nurse')).toBe(false);
    expect(await learned('theyre vegan but im not')).toEqual([]);
  });
});

describe('offline extraction: texting shorthand and habits said with when', () => {
  it('reads "n" between words as "and" and "tryna" as "trying to"', async () => {
    const langs = await learned('english n tagalog, bit of bisaya from my lola');
    expect(has(langs, 'language', 'tagalog')).toBe(true);
    expect(has(await learned('tryna save 5k for a house deposit by next summer'), 'goals', 'deposit')).toBe(true);
  });

  it('reads a bare "I + hobby verb" when the sentence says when it happens, and no job from "I run"', async () => {
    const crochet = await learned('i crochet when the baby naps, need an easy beanie pattern for a toddler head');
    expect(has(crochet, 'interests', 'crochet')).toBe(true);
    const run = await learned('I run when I can');
    expect(has(run, 'role', 'run')).toBe(false);
    expect(has(run, 'interests', 'run')).toBe(true);
    expect(has(await learned("I don't swim when it's cold"), 'interests', 'swim')).toBe(false);
  });
});

describe('offline extraction: lists after "fan of", and "staying" as living', () => {
  it('takes every item after "fan of" ("K-dramas and Afrobeats"), not the sister\'s', async () => {
    const fan = await learned('big fan of K-dramas and Afrobeats, my sister is into telenovelas');
    expect(has(fan, 'interests', 'Afrobeats')).toBe(true);
    expect(has(fan, 'interests', 'K-dramas')).toBe(true);
    expect(values(fan).some((v) => /telenovela/i.test(v))).toBe(false);
  });

  it('reads "staying Nairobi" as where the user lives, and "staying in Rome this week" as a stay', async () => {
    expect(has(await learned('we are staying Nairobi, Kilimani side. my brother is in Mombasa'), 'location', 'Nairobi')).toBe(true);
    const rome = await learned('staying in Rome this week');
    expect(has(rome, 'location', 'Rome')).toBe(false);
    expect(has(rome, 'current_location', 'Rome')).toBe(true);
  });
});

describe('offline extraction: a thing to make once is no standing style', () => {
  it('learns no style from "help me write short intro for linkedin", but does from "keep answers short"', async () => {
    expect(has(await learned('help me write short intro for linkedin'), 'communication_style', 'short')).toBe(false);
    expect(has(await learned('keep your answers short please'), 'communication_style', 'short')).toBe(true);
    expect(has(await learned('I do most of the school runs'), 'interests', 'runs')).toBe(false);
  });
});

describe('offline extraction: list siblings', () => {
  it('takes no place word as a sibling ("Hindi and Marathi at home, english at work"), but keeps the items of a plain list', async () => {
    const langs = await learned('Hindi and Marathi at home, english at work.');
    expect(has(langs, 'language', 'Marathi')).toBe(true);
    expect(has(langs, 'language', 'english')).toBe(true);
    expect(has(langs, 'language', 'home')).toBe(false);
    expect(has(await learned('good with Excel, Word and Postgres'), 'tools', 'Word')).toBe(true);
  });
});

describe('offline extraction: words that say how a time is, or when', () => {
  it('reads no event from "this week is chaos", no job from "heading", no place from "in Jan."', async () => {
    expect(await learned('Ok so this week is chaos.')).toEqual([]);
    const lap = await learned('caravan, 12 months, heading off in Jan.');
    expect(has(lap, 'role', 'heading')).toBe(false);
    expect(has(lap, 'location', 'Jan')).toBe(false);
    expect(has(await learned('braai on saturday'), 'upcoming_events', 'braai')).toBe(true);
    expect(has(await learned('tomorrow is my graduation'), 'upcoming_events', 'graduation')).toBe(true);
  });
});

describe('offline extraction: "got" as "have got"', () => {
  it('reads "got an interview on friday" as an event to come and "got 2 kids" as a family, but "got covid last week" as past', async () => {
    expect(has(await learned('got an interview on friday'), 'upcoming_events', 'interview')).toBe(true);
    const kids = await learned('got 2 kids under 5');
    expect(kids).toEqual([expect.objectContaining({ key: 'family', value: ['2 kids'] })]);
    expect(kids[0]!.retract).toBeFalsy();
    expect(values(await learned('got covid last week')).some((v) => /covid/i.test(v))).toBe(false);
  });
});

describe('offline extraction: what a clinician said of the user', () => {
  it('reads a diagnosis the user reports from a doctor or a test, but no other report about them', async () => {
    expect(has(await learned('my doctor says I have high blood pressure'), 'health_conditions', 'high blood pressure')).toBe(true);
    expect(has(await learned('Doctor told I am having hypothyroidism'), 'health_conditions', 'hypothyroidism')).toBe(true);
    expect(has(await learned("the GP told me I'm prediabetic"), 'health_conditions', 'prediabetic')).toBe(true);
    expect(await learned("my boss says I'm a genius")).toEqual([]);
    expect(has(await learned('my doctor says my son has asthma'), 'health_conditions', 'asthma')).toBe(false);
  });
});

describe('offline extraction: traits said as fragments', () => {
  it('reads "morning person 100%", "total night owl" and "not a morning person at all", and no event from them', async () => {
    const morning = await learned('morning person 100%, up at 5 without alarm');
    expect(has(morning, 'personality_traits', 'morning person')).toBe(true);
    expect(morning.some((f) => f.key === 'upcoming_events')).toBe(false);
    expect(has(await learned('total night owl'), 'personality_traits', 'night owl')).toBe(true);
    expect(has(await learned("not a morning person at all, don't put anything before 10 in my calendar"), 'personality_traits', 'not a morning person')).toBe(
      true,
    );
    expect(await learned('she is not a morning person')).toEqual([]);
  });
});

describe("offline extraction: the household's table", () => {
  it('reads "we don\'t eat pork" as the user\'s diet, but not "my kids don\'t eat pork"', async () => {
    expect(has(await learned("we don't eat pork"), 'diet', 'no pork')).toBe(true);
    expect(has(await learned("my kids don't eat pork"), 'diet', 'pork')).toBe(false);
  });
});
