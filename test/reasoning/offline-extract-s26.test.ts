import { describe, expect, it } from 'vitest';
import { answered, has, learned, learnedOver, reasoner } from '../helpers/extracted.js';
import { factsOf } from '../helpers/facts.js';

/**
 * Session 26: extraction classes from the development sets — pronouns said on their own or set against the wrong
 * ones, the name accepted when asked how to address the user — each with near misses that must not change.
 */

describe('offline extraction: pronouns on their own', () => {
  it('reads a set of pronouns set against the wrong one, in brackets inside a request, or after "it\'s"', async () => {
    expect(has(await learned('they/them please, not she — I need a blurb for our new comp'), 'pronouns', 'they/them')).toBe(true);
    expect(has(await learned('they/them pls not she. can u redo the bio'), 'pronouns', 'they/them')).toBe(true);
    expect(has(await learned('Can you sign off the cover letter as Sam Okafor (they/them)?'), 'pronouns', 'they/them')).toBe(true);
    expect(has(await learned("sasha is fine lol. and it's she/her"), 'pronouns', 'she/her')).toBe(true);
  });

  it('reads no pronouns denied, asked about or said of someone else', async () => {
    expect(has(await learned('not they/them please'), 'pronouns', 'they/them')).toBe(false);
    expect(has(await learned('is it they/them?'), 'pronouns', 'they/them')).toBe(false);
    expect(has(await learned("my kid came out last year and it's they/them now"), 'pronouns', 'they/them')).toBe(false);
  });
});

describe('offline extraction: how the user would like to be addressed', () => {
  it('reads the name accepted in reply, not the one nobody uses', async () => {
    const reply = await answered(
      'Before I draft the intro email to the new team, how would you like to be addressed?',
      'sasha is fine, nobody calls me aleksandra except my gran lol',
    );
    expect(has(reply, 'name', 'Sasha')).toBe(true);
    expect(has(reply, 'name', 'Aleksandra')).toBe(false);
    expect(has(await learned('everyone calls me Shiv'), 'nickname', 'Shiv')).toBe(true);
  });
});

describe('offline extraction: things ruled out', () => {
  it('reads "X is a (hard) no for me" and "X bores me" as dislikes, whatever the tagger calls X', async () => {
    expect(has(await learned('Veteran here — war films are a no for me, and honestly anything with a lot of gunfire.'), 'dislikes', 'war films')).toBe(true);
    expect(has(await learned("I'm a massive horror fan, but only the psychological kind — gore is a hard no for me"), 'dislikes', 'gore')).toBe(true);
    expect(has(await learned('Anything built around car chases bores me stupid.'), 'dislikes', 'car chases')).toBe(true);
    expect(has(await learned('musicals bore me to tears'), 'dislikes', 'musicals')).toBe(true);
  });

  it('reads nothing from an answer, a pronoun or someone else', async () => {
    expect(await learned('the answer is a hard no')).toEqual([]);
    expect(await learned('honestly that is a hard no for me')).toEqual([]);
    expect((await learned('it bores me')).some((f) => f.key === 'dislikes')).toBe(false);
    expect((await learned('my husband says musicals bore him')).some((f) => f.key === 'dislikes')).toBe(false);
  });
});

describe('offline extraction: a job by its kind of noun, or beside the name and age', () => {
  it('reads a noun of someone who does a thing, held at a place of work', async () => {
    expect(has(await learned("I'm a projectionist at an indie cinema in Leeds and we're doing a 35mm weekend in May"), 'role', 'projectionist')).toBe(true);
    expect(has(await learned("I'm a luthier for a small workshop"), 'role', 'luthier')).toBe(true);
  });

  it('does not read a customer, a regular or a member as a job', async () => {
    for (const said of ["I'm a regular at the pub", "I'm a member at the gym", "I'm a patient at St Mary's", "I'm a customer at Barclays"])
      expect((await learned(said)).some((f) => f.key === 'role')).toBe(false);
  });

  it('reads a job said after the name and age, a retired one whole', async () => {
    const marguerite = await learned("Hi there, I'm Marguerite, 71, retired librarian out in Galway, and I've ended up running the book club");
    expect(has(marguerite, 'role', 'retired librarian')).toBe(true);
    expect(has(await learned('im jo, 29, nurse in leeds'), 'role', 'nurse')).toBe(true);
    expect((await learned("I'm Dave, 45, retired and bored")).some((f) => f.key === 'role')).toBe(false);
  });
});

describe('offline extraction: exams by name and other dated things of study and clubs', () => {
  it('reads an exam named by its acronym, an open evening or a book club as an event', async () => {
    expect(has(await learned('IELTS on Saturday, I need band 7 in each for nursing registration in Australia.'), 'upcoming_events', 'IELTS on Saturday')).toBe(
      true,
    );
    const evening = await learned('college open evening tonight for the access to HE course, what should i ask them about childcare?');
    expect(evening.some((f) => f.key === 'upcoming_events' && String(f.value).includes('open evening'))).toBe(true);
    expect(has(await learned("book club's on Tuesday and I'm only halfway through Demon Copperhead"), 'upcoming_events', "book club's on Tuesday")).toBe(true);
  });

  it("reads no event of someone else's exams, nor of what holds these days", async () => {
    expect((await learned('my daughter has her gcses next week')).some((f) => f.key === 'upcoming_events')).toBe(false);
    expect((await learned('these days I make tote bags as a side hustle')).some((f) => f.key === 'upcoming_events')).toBe(false);
  });
});

describe('offline extraction: work done on the side or for pay', () => {
  it('reads what the user does as a side hustle or professionally, whatever the tagger makes of its nouns', async () => {
    const totes = await learned('I studied textile design at KNUST and these days I make kente-inspired tote bags as a side hustle.');
    expect(has(totes, 'side_hustle', 'make kente-inspired tote bags')).toBe(true);
    expect(has(await learned('I do wedding cakes as a side gig'), 'side_hustle', 'do wedding cakes')).toBe(true);
    expect(has(await learned('I shoot weddings professionally in Pune'), 'role', 'shoot weddings')).toBe(true);
  });

  it("reads nothing of someone else's side hustle, a tense or a verb alone", async () => {
    expect(await learned('my sister sells candles as a side hustle')).toEqual([]);
    expect((await learned("I've been playing professionally for years")).some((f) => f.key === 'role')).toBe(false);
    expect((await learned('I sing professionally')).some((f) => f.key === 'role')).toBe(false);
  });
});

describe("offline extraction: the week's free time said by what fills it", () => {
  it('reads "weekends are for X", "my Saturdays are all X" and "weekends are X then Y" as pastimes', async () => {
    expect(has(await learned("Weekends are for birding in the Kruger when I'm not swotting for my CTA"), 'interests', 'birding')).toBe(true);
    expect(has(await learned('Used to play Sunday league footy but these days my Saturdays are all parkrun'), 'interests', 'parkrun')).toBe(true);
    expect(has(await learned('weekends are parkrun saturday morning then footy with the lads on sunday'), 'interests', 'parkrun')).toBe(true);
    expect(has(await learned('Evenings are mostly Netflix tbh'), 'interests', 'Netflix')).toBe(true);
  });

  it('reads no pastime from how the time is, or what fills it without being one', async () => {
    for (const said of ['the evenings are getting darker', 'my evenings are busy', 'weekends are for sleeping', 'weekends are chaos with three kids'])
      expect((await learned(said)).some((f) => f.key === 'interests')).toBe(false);
  });
});

describe('offline extraction: refusals on principle and maxims the user holds', () => {
  it('reads a refusal said as a matter of principle, a hyphenated word whole', async () => {
    const adtech = await learned("I won't work on ad-tech or anything that tracks people, that's a hard line for me.");
    expect(adtech.some((f) => f.key === 'values' && String(f.value).includes('ad-tech'))).toBe(true);
    expect(has(await learned("I will never cross a picket line, that's just me."), 'values', 'never cross a picket line')).toBe(true);
    expect(has(await learned("I won't buy leather or wool, ethical thing"), 'values', 'never buy leather or wool')).toBe(true);
  });

  it('reads a maxim the user believes, not what they believe will happen', async () => {
    expect(has(await learned("Honestly I believe it's never too late to learn"), 'values', "it's never too late to learn")).toBe(true);
    expect(has(await learned('I believe everyone deserves a second chance'), 'values', 'everyone deserves a second chance')).toBe(true);
    expect((await learned("I believe it's never going to work")).some((f) => f.key === 'values')).toBe(false);
    expect((await learned("I think it's never too late to learn")).some((f) => f.key === 'values')).toBe(false);
    // (Since session 46 "I won't work on ad-tech" is a stance of the user's own conduct, with or without a word of principle;
    // what a thing will not do is none.)
    expect((await learned("it won't work on my phone")).some((f) => f.key === 'values')).toBe(false);
  });
});

describe('offline extraction: the home, then the place it is in', () => {
  it('reads "i live in a 1BHK in andheri" and "we live in a tiny flat on Gozo"', async () => {
    expect(has(await learned('ok so long story but i live in a 1BHK in andheri, 9th floor, west facing balcony'), 'location', 'andheri')).toBe(true);
    expect(has(await learned('we live in a tiny flat on Gozo'), 'location', 'Gozo')).toBe(true);
    expect((await learned('we live in a world in which nothing works')).some((f) => f.key === 'location')).toBe(false);
  });
});

describe('offline extraction: plans called off and things done earlier today', () => {
  it('withdraws a stored plan whose thing opens the sentence without an article ("market\'s been cancelled")', async () => {
    const profile = factsOf({ upcoming_events: ['a stall at the Taupō Christmas craft market on Saturday'] }, ['upcoming_events']);
    const after = await reasoner.extract({
      messages: [{ role: 'user', content: "market's been cancelled, the field's flooded. any ideas for selling the prints online?" }],
      profile,
    });
    expect(after.some((f) => f.key === 'upcoming_events' && f.retract === true)).toBe(true);
  });

  it('reads no upcoming event in what was done earlier today, but keeps what was booked for later', async () => {
    expect((await learned('picked up my first bonsai at a garden centre sale today, a little juniper')).some((f) => f.key === 'upcoming_events')).toBe(false);
    expect((await learned('repotted the juniper bonsai this morning')).some((f) => f.key === 'upcoming_events')).toBe(false);
    expect((await learned('my flight got delayed, landing tonight at 11')).some((f) => f.key === 'upcoming_events')).toBe(true);
  });
});

describe('offline extraction: the user\'s people said with "the" beside "me", and twins', () => {
  it('reads "me and the wife", "me + wife + 3 kids", "… and the twins"', async () => {
    expect(has(await learned("LBA, it's 10 mins from mine. just me and the wife"), 'family', 'wife')).toBe(true);
    const flat = await learned('me + wife + 3 kids (twins are 6, eldest is 10) in a 2-bed flat');
    expect(has(flat, 'family', 'wife')).toBe(true);
    expect(has(await learned("Need a film for family night — me, my husband and the twins (they're 7)."), 'family', 'twins')).toBe(true);
    expect(has(await learned("Zara's 9 and the twins have just turned 4"), 'family', 'twins')).toBe(true);
  });

  it("reads no one else's twins or wife", async () => {
    expect(await learned("my sister's twins are staying over")).toEqual([]);
    expect((await learned('the wife of my boss is nice')).some((f) => f.key === 'family' && String(f.value).includes('wife'))).toBe(false);
  });
});

describe('offline extraction: a goal with a deadline', () => {
  it('keeps a goal due months away as lasting, one due within weeks short-lived', async () => {
    const piano = (await learned('I want to pass my Trinity Grade 5 piano exam by June')).find((f) => f.key === 'goals');
    expect(piano?.bucket).toBe('static');
    const essay = (await learned('want to finish the essay by Friday')).find((f) => f.key === 'goals');
    expect(essay?.bucket).toBe('dynamic');
  });
});

describe('offline extraction: a route run is no business, and work done freelance', () => {
  it('keeps "trotro driver" over "I run Kaneshie to Madina", and still reads "I run a café in Oban"', async () => {
    const driver = await learned("Please I'm a trotro driver, I run Kaneshie to Madina.");
    expect(has(driver, 'role', 'trotro driver')).toBe(true);
    expect(has(driver, 'role', 'Kaneshie')).toBe(false);
    expect(has(await learned('I run a café in Oban'), 'role', 'run a café')).toBe(true);
  });

  it('reads what the user does freelance when it is named', async () => {
    expect(has(await learned('These days I do freelance proofreading from home'), 'role', 'freelance proofreading')).toBe(true);
    expect((await learned('I do freelance work sometimes')).some((f) => f.key === 'role')).toBe(false);
  });
});

describe('offline extraction: a trip the user asks help with', () => {
  it('reads a route or a place flown to or stayed in, with a time in the sentence', async () => {
    const malaga = await learned('Always an aisle seat for me. Can you look for Manchester to Malaga, last week of May, 2 adults?');
    expect(malaga.some((f) => f.key === 'travel_plans' && f.bucket === 'dynamic' && String(f.value).includes('Malaga'))).toBe(true);
    expect(has(await learned("which airlines will let me fly to Malaga at the end of next month without a doctor's letter?"), 'travel_plans', 'Malaga')).toBe(
      true,
    );
    expect(has(await learned('can you find me a hotel in Lisbon for 10-13 April?'), 'travel_plans', 'Lisbon')).toBe(true);
  });

  it("reads no trip without a time, told in the past, or someone else's", async () => {
    expect(await learned('how long does it take to fly to Malaga?')).toEqual([]);
    expect((await learned('I flew to Malaga last May, can you remind me the hotel?')).some((f) => f.key === 'travel_plans')).toBe(false);
    expect((await learned('my sister is flying to Rome next week, any tips?')).some((f) => f.key === 'travel_plans')).toBe(false);
  });
});

describe('offline extraction: things said again in later turns', () => {
  const turns = learnedOver;

  it('reads self-teaching, a commute said of itself and fostering begun, and raises each when it is said again', async () => {
    const cyber = await turns(
      "i'm teaching myself cybersecurity in the evenings, mostly on TryHackMe",
      'finished another TryHackMe path last night, the cybersecurity stuff is really starting to click',
    );
    expect(cyber.find((f) => f.key === 'learning')?.confidence).toBeGreaterThan(0.8);
    const bike = await turns("my commute's by bike, 8 miles each way", 'got absolutely soaked on the bike again this morning');
    expect(bike.find((f) => f.key === 'commute')?.value).toBe('by bike');
    expect(bike.find((f) => f.key === 'commute')?.confidence).toBeGreaterThan(0.8);
    const fostering = await turns('my partner and I have just started fostering', 'second week of fostering and the little one finally slept through');
    expect(fostering.find((f) => f.key === 'family')?.value).toContain('fostering');
  });
});

describe('offline extraction: a date corrected with the thing named', () => {
  it('moves a stored trip to the date said after "wait no, the flight\'s on …"', async () => {
    const profile = factsOf({ travel_plans: ["flying out to Accra on the 14th for my sister's wedding"] }, ['travel_plans']);
    const after = await reasoner.extract({ messages: [{ role: 'user', content: "wait no, the flight's on the 16th." }], profile });
    expect(has(after, 'travel_plans', 'Accra on the 16th')).toBe(true);
  });
});

describe('offline extraction: days of the week are no names, and a weekday shift is a routine', () => {
  it('reads no name from "it\'s Thursdays now", and no event from "I do the Tuesday shift"', async () => {
    expect((await learned("oh correction, it's Thursdays now, they moved my shift last month")).some((f) => f.key === 'name')).toBe(false);
    const shift = await learned('I do the Tuesday shift at the food bank, can you help me make a stock checklist for it?');
    expect(shift.some((f) => f.key === 'upcoming_events')).toBe(false);
    expect(has(shift, 'volunteering', 'food bank')).toBe(true);
    expect(has(await learned("I've got the Tuesday shift this week"), 'upcoming_events', 'Tuesday shift')).toBe(true);
  });
});

describe('offline extraction: the option a reply picks', () => {
  it('reads the option the reply opens with as a preference', async () => {
    const paper = await answered('Would you like the next pick as an ebook, a paperback or an audiobook?', "Paperback. I can't stand reading on a screen");
    expect(has(paper, 'preferences', 'paperback')).toBe(true);
    expect(has(await answered('Window or aisle?', 'aisle please'), 'preferences', 'aisle')).toBe(true);
  });

  it('reads no preference from a choice of time, a reply that opens otherwise, or a refusal', async () => {
    expect(await answered('Do you want it now or later?', 'later')).toEqual([]);
    expect(has(await answered('Window or aisle?', "whatever's cheapest"), 'preferences', 'aisle')).toBe(false);
    expect((await answered('Would you prefer tea, coffee or juice?', 'not coffee')).some((f) => f.key === 'preferences' && String(f.value) === 'coffee')).toBe(
      false,
    );
  });
});

describe('offline extraction: a choice of what is so is no taste', () => {
  it('reads "are you in Leeds or Bradford?" -> "leeds" as the location, not a preference', async () => {
    const leeds = await answered('Are you in Leeds or Bradford?', 'leeds, city centre');
    expect(has(leeds, 'location', 'leeds')).toBe(true);
    expect(leeds.some((f) => f.key === 'preferences')).toBe(false);
  });
});

describe('offline extraction: the place named before "where I work"', () => {
  it('reads the library or school where the user works or teaches, not "where I work best"', async () => {
    expect(has(await learned('I run a teen book club at the library where I work. Summarise this review in one line'), 'company', 'library')).toBe(true);
    expect(has(await learned('the school where I teach has no heating'), 'company', 'school')).toBe(true);
    expect((await learned("I don't know where I work best")).some((f) => f.key === 'company')).toBe(false);
  });
});

describe('offline extraction: a book under way, by its title', () => {
  it('reads "halfway through Demon Copperhead" and "I\'m reading Dune" as current reading, short-lived', async () => {
    const demon = (await learned("book club's on Tuesday and I'm only halfway through Demon Copperhead")).find((f) => f.key === 'current_reading');
    expect(demon?.value).toBe('Demon Copperhead');
    expect(demon?.bucket).toBe('dynamic');
    expect(has(await learned("I'm reading Dune"), 'current_reading', 'Dune')).toBe(true);
  });

  it('reads no book from a place passed through or a book unnamed', async () => {
    expect((await learned("I'm halfway through Leeds on the train")).some((f) => f.key === 'current_reading')).toBe(false);
    expect((await learned("I'm halfway through the book")).some((f) => f.key === 'current_reading')).toBe(false);
  });
});

describe("offline extraction: makers' tools", () => {
  it('reads a scroll saw or an overlocker the user has as a tool', async () => {
    expect(has(await learned("I'm building a dolls' house for my granddaughter. I've got a scroll saw"), 'tools', 'scroll saw')).toBe(true);
    expect(has(await learned('I have an overlocker but never use it'), 'tools', 'overlocker')).toBe(true);
  });
});

describe('offline extraction: how the user takes in books, and type they cannot read', () => {
  it('reads "i mostly do audiobooks" as a preference, "no italics please" as a style', async () => {
    expect(has(await learned('ive got dyslexia so i mostly do audiobooks, a whole novel in print takes me weeks'), 'preferences', 'audiobooks')).toBe(true);
    expect(has(await learned('No italics please, they swim on the page'), 'communication_style', 'no italics')).toBe(true);
    expect((await learned('my son mostly does audiobooks')).some((f) => f.key === 'preferences')).toBe(false);
  });
});

describe('offline extraction: a language taken at a level', () => {
  it('reads "doing A2 german" and "doing beginners Spanish", not a school subject', async () => {
    expect(has(await learned('fluent in english, and doing A2 german at the goethe-institut in pune'), 'language_learning', 'german (A2)')).toBe(true);
    expect(has(await learned("I'm doing beginners Spanish on Tuesday nights"), 'language_learning', 'spanish')).toBe(true);
    expect((await learned('doing GCSE english lit and our set text is An Inspector Calls')).some((f) => f.key === 'language_learning')).toBe(false);
  });
});
