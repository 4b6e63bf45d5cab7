import { describe, expect, it } from 'vitest';
import { sentencesOf, spanText } from '../../src/reasoners/offline/nlp/wink.js';
import { selfCorrected } from '../../src/reasoners/offline/extract/self-corrections.js';
import { has, learned, learnedOver } from '../helpers/extracted.js';

/**
 * Session 29: the same text is read the same whatever the process read before; corrections that name what they take
 * back; a town's name that is also a word; the place of a job in lower case.
 */

describe('offline NLP: a possessive before a mark is read the same in every call', () => {
  it('splits "husband\'s," like "husband\'s", and a later "my husband\'s a dentist" is read as before', () => {
    const first = sentencesOf("they're my husband's, not mine! It's Sam's. the boss's: ok").flat();
    expect(first.some((t) => t.low.endsWith("'s") && t.low !== "'s")).toBe(false);
    const later = sentencesOf("my husband's a dentist and Sam's car is red").flat();
    expect(later.map((t) => t.low)).toEqual(['my', 'husband', "'s", 'a', 'dentist', 'and', 'sam', "'s", 'car', 'is', 'red']);
  });

  it('keeps the spelling and spacing of what was written', () => {
    const text = "they're my husband's, not mine! Then Gdańsk's: ok";
    expect(
      sentencesOf(text)
        .map((s) => spanText(s))
        .join(' '),
    ).toBe(text);
  });

  it('learns the husband however the process has read "husband\'s" before', async () => {
    await learned("I should say, they're my husband's, not mine! I'm the one who's good with gadgets.");
    expect(has(await learned("my husband's a dentist and he's asking if you can write a short bio for his practice website"), 'family', 'husband')).toBe(true);
  });
});

describe('offline extraction: a correction that names what it takes back', () => {
  it('replaces the words after "not" with the value after "it\'s"', async () => {
    const facts = await learned(
      "I'm doing my master's at Monash — sorry, not a master's, it's a Graduate Diploma of Education — and I've got placement coming up.",
    );
    expect(has(facts, 'education', 'graduate diploma of education')).toBe(true);
    expect(has(facts, 'education', "master's")).toBe(false);
  });

  it('reads "a Graduate Diploma" as a course, not as graduating from "Diploma of Education"', async () => {
    const facts = await learned("I'm doing a Graduate Diploma of Education at Monash and I've got placement coming up.");
    expect(facts.find((f) => f.key === 'education')?.value).toEqual(['Graduate Diploma of Education at Monash']);
    expect(has(await learned('I graduated from Leeds in 2019'), 'education', 'leeds')).toBe(true);
  });
});

describe('offline extraction: a town whose name is also a word', () => {
  it('does not take "it\'s a nice place" for a move to Nice', async () => {
    expect(has(await learned("I live in Leeds, it's a nice place"), 'location', 'leeds')).toBe(true);
    expect(has(await learned("I live in Leeds, it's a nice place"), 'location', 'nice')).toBe(false);
    expect(has(await learned("I live in Leeds. oops typo, it's leicester"), 'location', 'leicester')).toBe(true);
  });
});

describe('offline extraction: the place of a job, in lower case', () => {
  it('reads a known place after a word that opens a name ("north leeds")', async () => {
    expect(has(await learned('im a plumber in north leeds and the lady next door keeps asking me to look at her boiler'), 'location', 'north leeds')).toBe(
      true,
    );
    expect(has(await learned('im a plumber in north wales'), 'location', 'north wales')).toBe(true);
    expect(has(await learned('i work in old money'), 'location', 'old money')).toBe(false);
  });
});

describe('offline extraction: a job held for years, now past', () => {
  it('keeps "I was a school secretary for thirty years" as a former role', async () => {
    const facts = await learned(
      "My husband was the electrician in the family and I was a school secretary for thirty years, so you'd think we could set up one smart plug.",
    );
    expect(has(facts, 'former_role', 'school secretary')).toBe(true);
    expect(has(await learned('I worked as a nurse for 20 years'), 'former_role', 'nurse')).toBe(true);
  });

  it("does not read a job for an employer, or someone else's, as one", async () => {
    expect(has(await learned('I was a nurse for the NHS'), 'former_role', 'nurse')).toBe(false);
    expect(has(await learned('she was a nurse for 20 years'), 'former_role', 'nurse')).toBe(false);
  });
});

describe('offline extraction: corrections in the same breath', () => {
  it('reads "sorry no," and an article before both values', () => {
    const read = (text: string) => spanText(selfCorrected(sentencesOf(text)[0]!));
    expect(read('Calving starts on the 12th — sorry, the 21st, I was looking at last year')).toBe('Calving starts on the 21st, I was looking at last year');
    expect(read('My deposit was £1,200 — no wait, £1,380, I forgot the dog')).toBe('My deposit was £1,380, I forgot the dog');
  });

  it('learns the benefit the user corrects to', async () => {
    const facts = await learned("i'm on universal credit — sorry no, pension credit now, turned 67 in may");
    expect(has(facts, 'benefits', 'pension credit')).toBe(true);
    expect(has(facts, 'benefits', 'universal credit')).toBe(false);
  });
});

describe('offline extraction: benefits the user is on', () => {
  it('reads benefits one is on, gets or is grouped in', async () => {
    expect(has(await learned("I'm on universal credit and my rent's gone up"), 'benefits', 'universal credit')).toBe(true);
    const both = await learned("I get PIP and carer's allowance");
    expect(has(both, 'benefits', 'pip')).toBe(true);
    expect(has(both, 'benefits', "carer's allowance")).toBe(true);
    expect(has(await learned("UC. I'm in the LCWRA group, have been since 2022"), 'benefits', 'lcwra')).toBe(true);
  });

  it("does not take a benefit asked about, or someone else's", async () => {
    expect(has(await learned('should I apply for PIP?'), 'benefits', 'pip')).toBe(false);
    expect(has(await learned('my mum gets attendance allowance'), 'benefits', 'attendance allowance')).toBe(false);
  });
});

describe('offline extraction: where a farm, a croft or a shop is', () => {
  it('reads "out past", a move to a croft on an island, and "our farm\'s in"', async () => {
    expect(has(await learned("We're on a cattle station out past Longreach, 180km to the nearest decent supermarket"), 'location', 'longreach')).toBe(true);
    const moved = await learned('Moved up from Manchester to a croft on Lewis two winters ago and the wind is something else.');
    expect(has(moved, 'location', 'lewis')).toBe(true);
    expect(has(moved, 'location', 'manchester')).toBe(false);
    expect(has(await learned("our farm's in the Karoo outside Graaff-Reinet"), 'location', 'karoo')).toBe(true);
    expect(has(await learned('My farm is at Sefwi Wiawso. Which fertiliser programme will you recommend?'), 'location', 'sefwi wiawso')).toBe(true);
  });

  it("does not read someone else's farm, a state of affairs, or a drive past a town", async () => {
    expect(has(await learned("my mum's farm is in Devon"), 'location', 'devon')).toBe(false);
    expect((await learned('my shop is in the red')).some((f) => f.key === 'location')).toBe(false);
    expect(has(await learned('we drove out past Leeds to see it'), 'location', 'leeds')).toBe(false);
  });
});

describe('offline extraction: working dogs, a farm lung, fruit ruled out', () => {
  it('knows a huntaway and a springer, not a pointer or a setter in code', async () => {
    expect(has(await learned('flatting in palmy with my huntaway cross bella and the landlord wants an extra pet bond'), 'pets', 'huntaway')).toBe(true);
    expect(has(await learned('I walk my springer every morning'), 'pets', 'springer')).toBe(true);
    expect((await learned('I have a null pointer exception in my setter')).some((f) => f.key === 'pets')).toBe(false);
  });

  it("reads farmer's lung, and grapefruit ruled out", async () => {
    expect(
      has(await learned("Got diagnosed with farmer's lung last year so I wear a proper mask for the hay now."), 'health_conditions', "farmer's lung"),
    ).toBe(true);
    expect(has(await learned('on warfarin so no grapefruit or cranberry for me.'), 'diet', 'no grapefruit')).toBe(true);
  });
});

describe('offline extraction: a stay to come is a plan, and staying put is home', () => {
  it('reads "going to my sister\'s in margate next week" as a trip and a move into a new place as a planned move', async () => {
    const trip = await learned("i'm going to my sister's in margate next week so i'll be on her wifi");
    expect(has(trip, 'travel_plans', 'margate')).toBe(true);
    expect(trip.some((f) => f.key === 'current_location')).toBe(false);
    expect(has(await learned("we're moving into the new place in Headingley on the 14th!"), 'planned_move', 'headingley')).toBe(true);
    expect(has(await learned("I'm in Margate next week"), 'current_location', 'margate')).toBe(true);
  });

  it('withdraws the trip called off and keeps the home stayed in', async () => {
    const facts = await learnedOver(
      "i'm going to my sister's in margate next week so i'll be on her wifi",
      "scrap that, the trip's off, she's gone down with covid. we're staying put in croydon",
    );
    expect(facts.some((f) => JSON.stringify(f.value).toLowerCase().includes('margate'))).toBe(false);
    expect(facts.find((f) => f.key === 'location')?.value).toBe('croydon');
  });
});

describe('offline extraction: a plan changed to a place no list holds', () => {
  it('replaces the trip, and takes the new place for no name nor a note', async () => {
    const facts = await learnedOver("we're going to Bali in May", "change of plans, it's Lombok now");
    expect(facts.find((f) => f.key === 'travel_plans')?.value).toEqual(['Lombok']);
    expect(facts.some((f) => f.key === 'name' || f.key === 'notes')).toBe(false);
  });

  it('still reads "it\'s Tom again" as a name', async () => {
    expect(has(await learned("hi, it's Tom again"), 'name', 'tom')).toBe(true);
  });
});

describe('offline extraction: units, languages spoken with people, homes moved to', () => {
  it('reads units asked for inside a request, not one ruled out or measured', async () => {
    const acres = await learned('Please give me areas in acres, not hectares.');
    expect(has(acres, 'preferences', 'acres')).toBe(true);
    expect(acres.some((f) => JSON.stringify(f.value).toLowerCase().includes('hectares'))).toBe(false);
    expect(has(await learned("I'm in Iowa so give me temps in Fahrenheit and rain in inches"), 'preferences', 'fahrenheit')).toBe(true);
    const metric = await learned("in general I prefer metric, I'm Australian and feet and inches mean nothing to me mate");
    expect(has(metric, 'preferences', 'metric')).toBe(true);
    expect(has(metric, 'preferences', 'feet')).toBe(false);
    expect((await learned('sorry — 120 acres, not hectares! long day.')).some((f) => f.key === 'preferences')).toBe(false);
    expect((await learned('give me a recipe in grams')).some((f) => f.key === 'preferences')).toBe(false);
  });

  it('reads a language the user talks to people in', async () => {
    expect(has(await learned("I'm a landlord in Leicester and talk to most of my tenants in Gujarati."), 'language', 'gujarati')).toBe(true);
    expect(has(await learned('my mum talks to me in Punjabi'), 'language', 'punjabi')).toBe(false);
  });

  it('reads a move to be near family, and a home rented or bought', async () => {
    expect(has(await learned('We sold the house in Leeds and moved down to be near our daughter in Exeter last autumn.'), 'location', 'exeter')).toBe(true);
    expect(has(await learned('my sister moved to be near her kids in Perth'), 'location', 'perth')).toBe(false);
    expect(has(await learned('I rent a small flat in Bath.'), 'location', 'bath')).toBe(true);
    expect(has(await learned("we're renting a car in Faro"), 'location', 'faro')).toBe(false);
  });
});

describe('offline extraction: what fills the time now, and what is realistically wanted', () => {
  it('reads "its mostly X these days" after what the user used to do', async () => {
    const facts = await learned('used to do loads of home brewing but theres no room in the new place so its mostly sourdough these days.');
    expect(has(facts, 'interests', 'sourdough')).toBe(true);
    expect(
      has(await learned("I used to get through three novels a week but my eyes aren't up to it any more, so it's audiobooks now."), 'interests', 'audiobooks'),
    ).toBe(true);
    expect((await learned("it's mostly rain these days")).some((f) => f.key === 'interests')).toBe(false);
  });

  it('reads a thing wanted done after a daydream, and "max out" as a goal', async () => {
    const playground = await learned(
      "if we won the Lotto I'd buy the old pub lol. realistically though I just want the playground on Mill Lane resurfaced before the winter.",
    );
    expect(has(playground, 'goals', 'playground on mill lane resurfaced')).toBe(true);
    expect(has(playground, 'goals', 'pub')).toBe(false);
    expect(has(await learned('realistically I just want our service charge brought down'), 'goals', 'service charge')).toBe(true);
    expect(has(await learned('realistically I just want to max out my RRSP every year.'), 'goals', 'rrsp')).toBe(true);
  });
});

describe('offline extraction: animals kept, and a farm on an island the tagger reads as a verb', () => {
  it('reads "started keeping bees this spring" as a pastime, not an event', async () => {
    const bees = await learned('started keeping bees this spring 🐝 two hives at the bottom of the orchard');
    expect(has(bees, 'interests', 'keeping bees')).toBe(true);
    expect(bees.some((f) => f.key === 'upcoming_events')).toBe(false);
    expect(has(await learned('I started keeping chickens last year'), 'interests', 'keeping chickens')).toBe(true);
    expect((await learned('I started keeping a diary')).some((f) => f.key === 'interests')).toBe(false);
    expect(has(await learned("I'm starting a new job on Monday"), 'upcoming_events', 'new job')).toBe(true);
  });

  it('reads "we\'ve a wee hill farm on Mull" as where the user lives', async () => {
    expect(has(await learned("we've a wee hill farm on Mull — blackface sheep and a few Highland cows"), 'location', 'mull')).toBe(true);
    expect(has(await learned('I have a smallholding near Hexham'), 'location', 'hexham')).toBe(true);
    expect(has(await learned('my son has a farm in Devon'), 'location', 'devon')).toBe(false);
    expect((await learned('we talked it over in Mull')).some((f) => f.key === 'location')).toBe(false);
  });
});
