import { describe, expect, it } from 'vitest';
import { learnFrom } from '../../src/profiles/learn.js';
import { ProfileService } from '../../src/profiles/service.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { MemoryStore } from '../../src/store/memory.js';
import { has, learned } from '../helpers/extracted.js';

/**
 * Session 24: extraction classes from the development sets — places written in lower case that no dictionary
 * holds, moves under way, plans that fell through, a question opened by "do", motion words inside a job's name,
 * and the names said after an animal — each with near misses that must not change.
 */

const offline = new OfflineReasoner({ worker: false }, () => Date.parse('2026-12-02T10:00:00Z'));
const learn = (service: ProfileService, content: string) => learnFrom(service, offline, 'local', { messages: [{ role: 'user', content }] });
const fresh = () => new ProfileService({ store: new MemoryStore() });
const live = async (service: ProfileService): Promise<string> =>
  JSON.stringify((await service.view({ account: 'local', subject: null } as never)).publicFacts.map((f) => [f.key, f.value])).toLowerCase();

describe('offline extraction: a place in lower case that no dictionary holds', () => {
  it('reads one rare word where a place goes', async () => {
    expect(has(await learned('we moved to canmore last year and the wind is something else'), 'location', 'canmore')).toBe(true);
    expect(has(await learned('i live in kilimani with my wife, any good plumbers?'), 'location', 'kilimani')).toBe(true);
  });

  it('does not read a known word, a capitalised tool or a short word there', async () => {
    expect(await learned('we moved to monthly billing last year')).toEqual([]);
    expect(has(await learned('i live in spreadsheets these days'), 'location', 'spreadsheets')).toBe(false);
    expect(has(await learned('we moved to zsh'), 'location', 'zsh')).toBe(false);
  });
});

describe('offline extraction: a move under way, and a region of two words', () => {
  it('keeps the user where they live and reads where they are going as a planned move', async () => {
    const facts = await learned("we're moving from Leeds to Glasgow in March — how does council tax work in Scotland?");
    expect(has(facts, 'location', 'Leeds')).toBe(true);
    expect(has(facts, 'location', 'Glasgow')).toBe(false);
    expect(has(facts, 'planned_move', 'Glasgow')).toBe(true);
    const region = await learned('moving from the north east to Bristol soon');
    expect(has(region, 'location', 'north east')).toBe(true);
    expect(has(region, 'planned_move', 'Bristol')).toBe(true);
  });

  it('still reads a move made as the new home', async () => {
    const facts = await learned('I moved from Leeds to Glasgow in March');
    expect(has(facts, 'location', 'Glasgow')).toBe(true);
    expect(has(facts, 'location', 'Leeds')).toBe(false);
  });

  it('reads "here in" a region inside the user\'s own question', async () => {
    expect(has(await learned('what should i be planting in october up here in the north east'), 'location', 'north east')).toBe(true);
    expect(await learned('the north east is cold this time of year')).toEqual([]);
  });
});

describe('offline extraction: a plan that fell through', () => {
  it('withdraws the stored plan and does not restate it from the mention', async () => {
    const service = fresh();
    await learn(service, "I'm relocating from Auckland to Melbourne in August for a new job, what do I need to do about my KiwiSaver?");
    expect(await live(service)).toContain('melbourne');
    await learn(service, 'update: the Melbourne thing fell through 😞 staying put in Auckland after all');
    const after = await live(service);
    expect(after).not.toContain('melbourne');
    expect(after).toContain('auckland');
    const other = fresh();
    await learn(other, "we're moving to Perth in the spring");
    expect(await live(other)).toContain('perth');
    await learn(other, 'the Perth move fell through');
    expect(await live(other)).not.toContain('perth');
  });

  it('keeps what ended when the user says what they are now ("not religious anymore")', async () => {
    expect(has(await learned("I was raised Catholic but I'm not really religious anymore"), 'religion', 'not')).toBe(true);
  });
});

describe('offline extraction: a question opened by "do" is a question, whatever the tagger makes of the next word', () => {
  it('reads the home said before, not the place asked about', async () => {
    const facts = await learned("I'm a vet nurse in Hobart. Purely out of curiosity, not planning anything — do vet nurses in Sydney earn much more?");
    expect(has(facts, 'location', 'Hobart')).toBe(true);
    expect(has(facts, 'location', 'Sydney')).toBe(false);
  });
});

describe('offline extraction: a motion word inside the name of a job', () => {
  it('reads the place after a driver or an attendant', async () => {
    expect(has(await learned("I'm a 68 year old retired bus driver from Bradford, my grandkids set this up for me"), 'location', 'Bradford')).toBe(true);
    expect(has(await learned("I'm a train driver in Leeds"), 'location', 'Leeds')).toBe(true);
  });

  it('does not read the place of a journey', async () => {
    expect(has(await learned('I take the bus from Bradford every morning'), 'location', 'Bradford')).toBe(false);
  });
});

describe('offline extraction: near a named place', () => {
  it('reads where the user works near a capitalised place', async () => {
    const facts = await learned('Used to be a field ranger in Kruger for 11 years, now I run a small guesthouse near Hazyview that caters for birders.');
    expect(has(facts, 'location', 'Hazyview')).toBe(true);
  });

  it('does not read a spot in town written in lower case', async () => {
    expect(has(await learned('somewhere near temple meads, ill be commuting to bath'), 'location', 'temple')).toBe(false);
  });
});

describe("offline extraction: an animal's names said after it", () => {
  it('reads names listed after a comma, a rare word right after it, and "his name\'s …" later in the sentence', async () => {
    const cats = await learned("I've got two cats actually, Mochi and Dango, and only Mochi is the chonky one. diet plan?");
    expect(has(cats, 'pets', 'Mochi')).toBe(true);
    expect(has(cats, 'pets', 'Dango')).toBe(true);
    expect(has(await learned('my cat mochi keeps lying on my drawing tablet mid stroke'), 'pets', 'mochi')).toBe(true);
    const dog = await learned("We adopted a retired greyhound from a rescue in Essex last month — his name's Dusty and he's terrified of stairs");
    expect(has(dog, 'pets', 'Dusty')).toBe(true);
  });

  it('does not take a known word or someone else named later for the name', async () => {
    const facts = await learned('my dog keeps barking at night');
    expect(facts.map((f) => f.value)).toEqual([['dog']]);
    expect(has(await learned("we've got a collie and my husband's name is Dave"), 'pets', 'Dave')).toBe(false);
  });
});

describe('offline extraction: "here in" a place says where the user is now', () => {
  it('reads it beside a past tense and inside a purpose', async () => {
    const oslo = await learned("back in Caracas I danced salsa every weekend, here in Oslo it's cross-country skiing now that I've survived two winters lol.");
    expect(has(oslo, 'location', 'Oslo')).toBe(true);
    const cork = await learned(
      "If money were no object I'd be off doing a PhD in Zurich, but realistically I just want my nursing degree recognised by the NMBI so I can work as a nurse here in Cork",
    );
    expect(has(cork, 'location', 'Cork')).toBe(true);
    expect(has(cork, 'location', 'Zurich')).toBe(false);
  });

  it('does not read it after "used to"', async () => {
    expect(has(await learned('I used to live here in Leeds'), 'location', 'Leeds')).toBe(false);
  });
});

describe('offline extraction: an attribute misspelt by one letter', () => {
  it('reads "my first languge is …" as the language', async () => {
    const facts = await learned('my first languge is tigrinya, english is ok and amharic only basic. pls keep the letter simple');
    expect(has(facts, 'language', 'tigrinya')).toBe(true);
    expect(has(facts, 'language', 'amharic')).toBe(true);
  });

  it('does not take a word two letters away for an attribute', async () => {
    expect(has(await learned('my first lounge is tiny'), 'language', 'tiny')).toBe(false);
  });
});

describe('offline extraction: a lasting fear', () => {
  it('reads one thing the user is terrified, scared or afraid of', async () => {
    expect(has(await learned("I'm terrified of flying, like properly, haven't been on a plane since 2011."), 'fears', 'flying')).toBe(true);
    expect(has(await learned("I'm petrified of heights"), 'fears', 'heights')).toBe(true);
  });

  it("does not read an occasion, a phrase or someone else's fear", async () => {
    expect(await learned("i'm scared of the interview tomorrow")).toEqual([]);
    expect(await learned("I'm afraid of messing it up")).toEqual([]);
    expect(has(await learned('my son is scared of dogs'), 'fears', 'dogs')).toBe(false);
  });
});

describe("offline extraction: the time of the next predicate is not this one's", () => {
  it('keeps where the user is lasting beside a dated plan joined by "and"', async () => {
    const facts = await learned("We're in Leeds and planning to move to Portugal on a D7 visa next spring — what income do they want to see?");
    expect(facts.find((f) => f.key === 'location')).toMatchObject({ value: 'Leeds', bucket: 'static' });
    expect(has(facts, 'planned_move', 'Portugal')).toBe(true);
  });

  it('still dates a stay said with its own time', async () => {
    expect((await learned("I'm in Dubai until March for work")).find((f) => f.key === 'current_location')?.bucket).toBe('dynamic');
  });
});

describe('offline extraction: plans called off in other words', () => {
  it('withdraws an event when its occasion is postponed and the clause runs on', async () => {
    const service = fresh();
    await learn(service, "I'm on the 09:40 to Inverness on Saturday for my cousin's wedding — can you tell me how to book assistance? I use a wheelchair");
    expect(await live(service)).toContain('inverness');
    await learn(service, "scrap that, the wedding's been postponed so I've cancelled the train. still want to know how assistance works for next time though");
    const after = await live(service);
    expect(after).not.toContain('inverness');
    expect(after).toContain('wheelchair');
  });

  it('reads "the wedding" as the stored plan to get married', async () => {
    const service = fresh();
    await learn(service, "Primary teacher in Brighton here — my fiancé Marcus and I are getting married next spring and I'm drowning in spreadsheets");
    expect(await live(service)).toContain('married');
    await learn(service, "update: we've called it off. please forget the wedding stuff and anything about Marcus, I can't look at it right now");
    const after = await live(service);
    expect(after).not.toContain('married');
    expect(after).not.toContain('marcus');
    expect(after).toContain('brighton');
  });

  it('keeps "off" at the end of its clause ("off work" is no plan called off)', async () => {
    const service = fresh();
    await learn(service, "we're flying to Lisbon for the wedding in May");
    await learn(service, "I'm off work so I'll sort the flights tomorrow");
    expect(await live(service)).toContain('lisbon');
  });
});

describe('offline extraction: short answers', () => {
  const answer = (service: ProfileService, asked: string, content: string) =>
    learnFrom(service, offline, 'local', {
      messages: [
        { role: 'assistant', content: asked },
        { role: 'user', content },
      ],
    });

  it("does not take someone else's diet named in the answer ('Zara's dairy-free')", async () => {
    const service = fresh();
    await answer(service, 'Any dietary needs I should flag for the party food?', "Zara's dairy-free and two of her friends can't have nuts, that's it");
    expect(await live(service)).toBe('[]');
    const own = fresh();
    await answer(own, 'Any dietary needs?', "I'm dairy-free");
    expect(await live(own)).toContain('dairy-free');
  });

  it('reads where a commute starts as where the user lives, and no card game in "London Bridge"', async () => {
    const service = fresh();
    await answer(
      service,
      'Happy to! Where are you travelling from and to, and how many days a week?',
      'Tonbridge to London Bridge, 3 days a week in the office',
    );
    const facts = await live(service);
    expect(facts).toContain('["location","tonbridge"]');
    expect(facts).not.toContain('interests');
  });
});

describe("offline extraction: the user's children named with their ages", () => {
  it('reads each name with the age said after it, beside a word for the children', async () => {
    const three = await learned('Three kids: Amani is 11, Zawadi 7 and Jabari just turned 4. We are all Kenyan citizens moving to Doha in August');
    for (const name of ['Amani', 'Zawadi', 'Jabari']) expect(has(three, 'children', name)).toBe(true);
    const own = await learned("coworker's going on mat leave. I've got two of my own (Kofi 7 and Esi 4) so I know what actually gets used");
    expect(has(own, 'children', 'Kofi, 7')).toBe(true);
    expect(has(own, 'children', 'Esi, 4')).toBe(true);
  });

  it("does not read someone else's children, a name without an age, or an adult's age", async () => {
    expect(has(await learned("my sister's kids Ben (4) and Max (6) are staying with us"), 'children', 'Ben')).toBe(false);
    expect(has(await learned('we have 2 kids and live in Leeds, Tom is 40'), 'children', 'Tom')).toBe(false);
    expect(has(await learned('my kids love Lego and Minecraft'), 'children', 'Lego')).toBe(false);
  });
});

describe('offline extraction: a pastime done to a thing keeps its verb', () => {
  it('reads "restore old Minis", "breed ducks" as the pastime', async () => {
    expect(has(await learned('I restore old Minis as a hobby — currently a 1979 Clubman in bits in the garage.'), 'interests', 'restore old Minis')).toBe(true);
    expect(has(await learned('I breed ducks at weekends'), 'interests', 'breed ducks')).toBe(true);
  });

  it('keeps a collection as the thing collected', async () => {
    const facts = await learned('I collect vintage cameras');
    expect(has(facts, 'interests', 'vintage cameras')).toBe(true);
    expect(has(facts, 'interests', 'collect')).toBe(false);
  });
});

describe("offline extraction: a verb of the user's habits after a dash carries the user as its subject", () => {
  it('reads the languages spoken after "I\'m from Coorg —"', async () => {
    const facts = await learned("I'm from Coorg — speak Kodava at home, Kannada outside, and English for the guests.");
    expect(has(facts, 'language', 'Kannada')).toBe(true);
    expect(has(facts, 'location', 'Coorg')).toBe(true);
  });

  it('does not carry the user into something asked of the assistant', async () => {
    const facts = await learned("I'm a teacher — work it out for me");
    expect(facts.map((f) => f.key)).toEqual(['role']);
  });
});
