import { describe, expect, it } from 'vitest';
import { learnFrom } from '../../src/profiles/learn.js';
import { ProfileService } from '../../src/profiles/service.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { MemoryStore } from '../../src/store/memory.js';

/**
 * Conversations through the offline rules: what a later turn ends, corrects or replaces goes from the
 * stored profile, with what stood on it; near misses leave the profile alone.
 */

const offline = new OfflineReasoner({ worker: false });
const user = (content: string) => ({ role: 'user' as const, content });
const learn = (service: ProfileService, content: string) => learnFrom(service, offline, 'local', { messages: [user(content)] });
const fresh = () => new ProfileService({ store: new MemoryStore() });
const live = async (service: ProfileService) => JSON.stringify((await service.listFacts('local', {})).facts.map((f) => [f.key, f.value]));
const items = async (service: ProfileService) => (await service.listFacts('local', {})).facts.flatMap((f) => (Array.isArray(f.value) ? f.value : [f.value]));

describe('what the user says has ended', () => {
  it('"not X anymore" withdraws the stored item holding X, even without a subject', async () => {
    const service = fresh();
    await learn(service, "I'm really into road cycling and pottery");
    await learn(service, 'not cycling anymore, sold the bike in the spring');
    const after = await live(service);
    expect(after).not.toMatch(/cycling/);
    expect(after).toMatch(/pottery/);
  });

  it('a diet said in other words goes with it ("veggie" stored, "not vegetarian anymore")', async () => {
    const service = fresh();
    await learn(service, 'veggie here, so meat-free options for the team lunch pls');
    expect(await live(service)).toMatch(/veggie/);
    await learn(service, 'not vegetarian anymore btw');
    expect(await live(service)).not.toMatch(/veggie/);
  });

  it('"the trip\'s off" withdraws the only stored trip; "the X got cancelled" the items naming X', async () => {
    const service = fresh();
    await learn(service, "Going to Zanzibar 3–10 March — I'm in Arusha so it's a short hop. what should I book first?");
    expect(await live(service)).toMatch(/Zanzibar/);
    await learn(service, "ugh the trip's off, my friend broke her ankle");
    expect(await live(service)).not.toMatch(/Zanzibar/);
    expect(await live(service)).toMatch(/Arusha/);
    const other = fresh();
    await learn(other, 'training for an ironman in Cairns next June, need a swim block');
    expect(await live(other)).toMatch(/ironman/);
    await learn(other, "gonna pull out of the ironman, my shoulder's done");
    expect(await live(other)).not.toMatch(/ironman/);
  });

  it('someone else\'s change, another "off" and "not sure anymore" withdraw nothing', async () => {
    const service = fresh();
    await learn(service, "I'm vegan and I live in Leeds with my two kids.");
    const before = await items(service);
    expect(before).toEqual(expect.arrayContaining(['vegan', 'Leeds']));
    for (const said of [
      "my son isn't vegan anymore",
      'my son no longer lives in Leeds',
      'the kids are off school this week',
      'I dropped the kids off at nine',
      'not sure anymore tbh',
    ]) {
      await learn(service, said);
      expect(await items(service)).toEqual(expect.arrayContaining(before));
    }
  });
});

describe('what stood on a withdrawn or replaced value', () => {
  it('a replaced place takes the short-lived items holding it along, not lasting facts about it', async () => {
    const service = fresh();
    await learn(service, "I live in Ibadan and commute to Lagos this week for work, it's killing me");
    await learn(service, "I'm originally from Ibadan, born and raised");
    expect(await live(service)).toMatch(/commute/);
    await learn(service, 'finally done it — moved to Abuja last month for the new role');
    const after = await live(service);
    expect(after).toMatch(/Abuja/);
    expect(after).not.toMatch(/commute/);
    expect(after).toMatch(/hometown","Ibadan/);
  });

  it('a withdrawn intolerance takes what it brought with it ("wheat" with "gluten"), and nothing unrelated', async () => {
    const service = fresh();
    await learn(service, "uni student in Aberystwyth here, and I'm gluten intolerant so nothing with wheat please. I'm allergic to peanuts");
    expect(await live(service)).toMatch(/wheat/);
    await learn(service, "good news, turns out it wasn't gluten after all, so bread's back on the menu");
    const after = await live(service);
    expect(after).not.toMatch(/wheat|gluten/);
    expect(after).toMatch(/peanut/);
    expect(after).toMatch(/Aberystwyth/);
  });
});

describe('corrections of part of a stored value', () => {
  it('"not Y, it\'s X" replaces Y inside the stored item, which stays short-lived', async () => {
    const service = fresh();
    await learn(service, 'ya singapore next month for a trade fair, then back home to KL');
    expect(await live(service)).toMatch(/singapore next month/);
    await learn(service, 'sorry not singapore, its bangkok 🙃 mixed up my trips');
    const facts = (await service.listFacts('local', {})).facts;
    const event = facts.find((f) => JSON.stringify(f.value).includes('bangkok'));
    expect(event).toMatchObject({ value: ['bangkok next month for a trade fair'], bucket: 'dynamic' });
    expect(JSON.stringify(facts.map((f) => f.value))).not.toMatch(/singapore/i);
  });

  it('a "not" before a word that names nothing corrects no stored item ("is it rude not to tip?")', async () => {
    const service = fresh();
    await learn(service, "Going to Zanzibar 3–10 March — I'm in Arusha so it's a short hop. what should I book first?");
    const before = await items(service);
    expect(before.join(' ')).toMatch(/Going to Zanzibar/);
    const result = await learn(service, 'is it rude not to tip in Canada?');
    expect(result.changes).toEqual([]);
    expect(await items(service)).toEqual(before);
  });

  it('a starred word at the start of a message corrects the word it replaces ("four*" over "three kids")', async () => {
    const service = fresh();
    await learn(service, 'three kids under 10, need a weekly chore chart');
    await learn(service, 'omg four* forgot the baby 😭');
    expect(await items(service)).toContain('four kids');
    expect(await items(service)).not.toContain('three kids');
  });

  it('a star elsewhere corrects nothing ("a 5* hotel", "5*3")', async () => {
    const service = fresh();
    await learn(service, 'three kids under 10, need a weekly chore chart');
    await learn(service, 'we stayed in a 5* hotel last year, what is 5*3 again');
    expect(await items(service)).toContain('three kids');
  });
});

describe('starred corrections, near misses', () => {
  it('a bullet of a list and a bare number stored are left alone', async () => {
    const service = fresh();
    await learn(service, "I'm 34 and I have three kids");
    await learn(service, '* 3 eggs\n* 200g flour');
    expect(await items(service)).toEqual(expect.arrayContaining(['three kids']));
    await learn(service, 'four*');
    expect(await items(service)).toEqual(expect.arrayContaining(['four kids', '34']));
  });
});

describe('a stored fact mentioned again in a clause of a question', () => {
  it('reinforces it from the statement part ("my Capgemini laptop is very slow, any settings?"), not from a question', async () => {
    const service = fresh();
    await learn(service, 'I work at Capgemini as a QA engineer');
    const confidence = async () => (await service.listFacts('local', { key: 'company' })).facts[0]!.confidence;
    const first = await confidence();
    await learn(service, 'do you know Capgemini, the consulting company?');
    await learn(service, 'does Capgemini, or any firm like it, pay for certs?');
    expect(await confidence()).toBe(first);
    const result = await learn(service, 'one more, my Capgemini laptop is very slow with docker, any settings?');
    expect(result.reinforced).toBe(1);
    expect(await confidence()).toBeGreaterThan(first);
  });
});

describe('one reader of named withdrawals', () => {
  it('"ignore the spaniel stuff" after an emoji, "forget the dog stuff" over the dog kinds stored — never the cat, never "lab" elsewhere', async () => {
    const service = fresh();
    await learn(service, "we've got a cocker spaniel called Alfie, what's the best food for him?");
    await learn(service, 'ugh my 9-year-old was on my phone earlier 🙄 ignore the spaniel stuff');
    expect(await live(service)).not.toMatch(/spaniel/i);
    const other = fresh();
    await learn(other, "I'm a lab technician in Galway and we got a puppy, a cockapoo, and a cat");
    expect(await live(other)).toMatch(/cockapoo/);
    await learn(other, 'had to rehome him. pls forget the dog stuff');
    const after = await live(other);
    expect(after).not.toMatch(/cockapoo|puppy/);
    expect(after).toMatch(/cat/);
    expect(after).toMatch(/lab technician/);
  });

  it('"delete the python script" or "drop the last paragraph" withdraw nothing', async () => {
    const service = fresh();
    await learn(service, 'I code in Python every day');
    const before = await items(service);
    const result = await learn(service, 'delete the python script from the repo and drop the last paragraph');
    expect(result.retracted).toBe(0);
    expect(await items(service)).toEqual(expect.arrayContaining(before));
  });
});

describe('a stored plan moved to another date', () => {
  it('"sorry no it\'s the 22nd" and "the X got pushed to Friday" replace the date in the stored plan', async () => {
    const service = fresh();
    await learn(service, "I'm running the Berlin half marathon on the 20th");
    expect(await live(service)).toMatch(/marathon on the 20th/);
    await learn(service, 'sorry no its the 22nd, i misread the ticket');
    expect(await live(service)).toMatch(/marathon on the 22nd/);
    expect(await live(service)).not.toMatch(/20th/);
    await learn(service, 'update: the marathon got pushed to Friday');
    expect(await live(service)).toMatch(/marathon on Friday/);
  });

  it('a move of something else, of a place, or a date said in passing changes no stored plan', async () => {
    const service = fresh();
    await learn(service, "I'm running the Berlin half marathon on the 20th");
    const before = await items(service);
    for (const said of ['my dentist appointment got moved to the 3rd', 'we moved to Leeds in May', "I'll be there on the 22nd"]) await learn(service, said);
    expect(await items(service)).toEqual(expect.arrayContaining(before));
  });
});

describe('a short-lived value restated', () => {
  it('stays short-lived ("change of plans, it\'s Porto now" over a trip to Lisbon)', async () => {
    const service = fresh();
    await learn(service, 'Off to Lisbon next week for my friend’s wedding!!');
    const trip = (await service.listFacts('local', {})).facts.find((f) => JSON.stringify(f.value).includes('Lisbon'));
    expect(trip?.bucket).toBe('dynamic');
    await learn(service, "change of plans, it's Porto now");
    const facts = (await service.listFacts('local', {})).facts;
    expect(facts.find((f) => JSON.stringify(f.value).includes('Porto'))).toMatchObject({ key: trip!.key, bucket: 'dynamic' });
    expect(JSON.stringify(facts.map((f) => f.value))).not.toMatch(/Lisbon/);
  });
});

describe("a correction of the assistant's words", () => {
  const ask = (service: ProfileService, question: string, content: string) =>
    learnFrom(service, offline, 'local', { messages: [{ role: 'assistant' as const, content: question }, user(content)] });

  it('"it\'s Obuasi, not Kumasi" after "so you teach in Kumasi?" gives the place the location', async () => {
    const service = fresh();
    await ask(service, 'Got it — so you teach at the secondary school in Kumasi?', "I'm the school's bursar. and it's Obuasi, not Kumasi");
    const facts = (await service.listFacts('local', {})).facts;
    expect(facts.find((f) => f.key === 'location')?.value).toBe('Obuasi');
    expect(JSON.stringify(facts.map((f) => f.value))).not.toMatch(/Kumasi/);
  });

  it('words the assistant did not say, or of no known class, correct nothing', async () => {
    const service = fresh();
    await ask(service, 'Shall I book the table for Friday?', "it's Obuasi, not Kumasi");
    await ask(service, 'Is the report for the blue team?', 'the red team, not blue');
    expect((await service.listFacts('local', {})).facts).toEqual([]);
  });
});

describe('short replies to a question that asks two things', () => {
  const asked = (question: string, reply: string) => offline.extract({ messages: [{ role: 'assistant', content: question }, user(reply)], profile: [] });
  const pairs = (facts: { key: string; value: unknown }[]) => facts.map((f) => `${f.key}=${JSON.stringify(f.value)}`);

  it('reads each part of the reply for the thing it answers ("8ish. Halifax", "41, Swansea")', async () => {
    expect(pairs(await asked('Sure. What time do you usually start, and which city are you in so I get the time zone right?', '7ish. Truro'))).toContain(
      'location="Truro"',
    );
    const both = pairs(await asked('Happy to help! How old are you and where do you live?', '41, Swansea'));
    expect(both).toContain('age="41"');
    expect(both).toContain('location="Swansea"');
  });

  it('reads nothing more from a reply to a question that asks one thing', async () => {
    expect(pairs(await asked('Which city are you in?', 'Truro. 7ish'))).toEqual(['location="Truro"']);
  });
});

describe('a stay away that is over', () => {
  it('"back home in X now" withdraws where the user was staying for a while', async () => {
    const service = fresh();
    await learn(service, "I'm in Oslo this week for a workshop, any good fish restaurants?");
    expect(await live(service)).toMatch(/Oslo/);
    await learn(service, 'back home in Cardiff now, so tired. easy dinner ideas?');
    expect(await live(service)).not.toMatch(/Oslo/);
  });

  it('leaves it when nobody says they are home ("the home office is cold")', async () => {
    const service = fresh();
    await learn(service, "I'm in Oslo this week for a workshop, any good fish restaurants?");
    await learn(service, 'my home office back in Cardiff is freezing, heater ideas?');
    expect(await live(service)).toMatch(/Oslo/);
  });
});

describe('a short reply beside where the user is from (session 16)', () => {
  const asked = (question: string, reply: string) => offline.extract({ messages: [{ role: 'assistant', content: question }, user(reply)], profile: [] });
  const pairs = (facts: { key: string; value: unknown }[]) =>
    facts.filter((f) => !('retract' in f && f.retract)).map((f) => `${f.key}=${JSON.stringify(f.value)}`);

  it('"abuja. from ibadan originally": the answer is where they are, the other place their home town', async () => {
    const facts = pairs(await asked('Nice to meet you, Dami! Where are you based?', 'abuja. from ibadan originally tho'));
    expect(facts).toContain('location="abuja"');
    expect(facts).toContain('hometown="ibadan"');
  });

  it('still reads a place said with "live in" over the answer, and a reply that only says where they are from', async () => {
    const facts = pairs(await asked('Where are you based?', 'from ibadan originally but I live in abuja now'));
    expect(facts).toContain('location="abuja"');
    expect(facts).not.toContain('location="ibadan"');
    expect(pairs(await asked('Where are you based?', 'Leeds, but I’m from Glasgow'))).toContain('hometown="Glasgow"');
  });
});

describe('onboarding answers about drinking (session 16)', () => {
  const turns = (...pairs: [string, string][]) =>
    offline.extract({ messages: pairs.flatMap(([q, a]) => [{ role: 'assistant' as const, content: q }, user(a)]), profile: [] });

  it('reads "socially" after "Do you drink?" as how the user drinks, beside the next question and its answer', async () => {
    const facts = await turns(['Do you drink?', 'socially'], ['Smoke?', 'never']);
    expect(facts.map((f) => `${f.key}=${JSON.stringify(f.value)}`)).toEqual(['diet=["social drinker"]']);
  });

  it('reads nothing from a reply that is no frequency ("only at weddings", "nope")', async () => {
    expect(await turns(['Do you drink?', 'nope'])).toEqual([]);
    expect((await turns(['What do you like to drink?', 'socially'])).map((f) => f.key)).not.toContain('diet');
  });
});

describe('a pet that died (session 16)', () => {
  const stored = async (service: ProfileService, key: string) =>
    (await service.listFacts('local', {})).facts.filter((f) => f.key === key).flatMap((f) => (Array.isArray(f.value) ? f.value : [f.value]));

  it('"Biscuit passed away", "we lost Biscuit", "my dog died" move the stored pet to the past pets', async () => {
    for (const said of ['Biscuit passed away last week, I’m gutted', 'we lost Biscuit on Monday', 'my dog passed away last week']) {
      const service = fresh();
      await learn(service, 'I have a dog called Biscuit');
      await learn(service, said);
      expect(await stored(service, 'pets')).toEqual([]);
      expect(await stored(service, 'past_pets')).toContain('dog Biscuit');
    }
  });

  it("keeps the other pets, and a pet when someone else's died", async () => {
    const service = fresh();
    await learn(service, 'I have two cats, Miso and Tofu');
    await learn(service, 'Miso died yesterday');
    expect(await stored(service, 'pets')).not.toContain('Miso');
    expect(await stored(service, 'pets')).toContain('Tofu');
    const other = fresh();
    await learn(other, 'I have a dog called Biscuit');
    await learn(other, "my friend's dog died, how do I support her");
    expect(await stored(other, 'pets')).toEqual(['dog Biscuit']);
    expect(await stored(other, 'past_pets')).toEqual([]);
  });
});
