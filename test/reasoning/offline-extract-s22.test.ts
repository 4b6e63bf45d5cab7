import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '../../src/profiles/reasoning.js';
import { has, keys, learned, reasoner } from '../helpers/extracted.js';

/**
 * Session 22: extraction classes from the round-23 development sets (food and the household table; shift work),
 * each with near misses that must not change.
 */

const answered = (question: string, reply: string): Promise<ExtractedFact[]> =>
  reasoner.extract({
    messages: [
      { role: 'assistant', content: question },
      { role: 'user', content: reply },
    ],
    profile: [],
  });
const valueOf = (facts: ExtractedFact[], key: string): unknown => facts.find((f) => f.key === key && !f.retract)?.value;

describe('offline extraction: a time said before the subject', () => {
  it('reads the statement after "one day", "eventually", "every morning"', async () => {
    expect(has(await learned('One day I want to open my own little café.'), 'goals', 'café')).toBe(true);
    expect(has(await learned("Eventually I'd like to retrain as a nurse."), 'goals', 'nurse')).toBe(true);
  });

  it('does not skip the phrase when no subject follows it', async () => {
    expect(await learned('Can you draft a packing list for Lisbon next week? 4 nights, work conference plus one day off to explore')).toEqual([]);
  });
});

describe('offline extraction: numbers that count things are no age', () => {
  it('keeps the age said and ignores "in over 40 years"', async () => {
    const facts = await learned("I'm 67 and recently widowed, and I'm cooking just for myself for the first time in over 40 years.");
    expect(valueOf(facts, 'age')).toBe('67');
  });

  it('still reads "nearly 40", "turning 30" and "over 60 years old" as ages', async () => {
    expect(valueOf(await learned("I'm nearly 40 and still can't cook"), 'age')).toBe('40');
    expect(valueOf(await learned("I'm over 60 years old"), 'age')).toBe('60');
  });
});

describe('offline extraction: a standing request to leave something out', () => {
  it('learns a dislike from "leave X out of everything"', async () => {
    const facts = await learned('Leave coriander out of everything please, it tastes like soap to me.');
    expect(has(facts, 'dislikes', 'coriander')).toBe(true);
    expect(keys(facts)).not.toContain('current_status');
  });

  it('learns nothing from a one-off "leave the onions out of this one"', async () => {
    expect(await learned('leave the onions out of this one please')).toEqual([]);
  });
});

describe('offline extraction: occasions at a named time, and what the user hands over', () => {
  it('reads "Christmas dinner … this year" as an event to come', async () => {
    const facts = await learned("I'm hosting Christmas dinner for 12 this year.");
    expect(facts.find((f) => f.key === 'upcoming_events')?.bucket).toBe('dynamic');
  });

  it('does not read a Christmas jumper or "here\'s my list for the week" as an event', async () => {
    expect(await learned('I need a Christmas jumper')).toEqual([]);
    expect(keys(await learned("here's my list for the week, I'm allergic to sesame\n- hummus\n- oat milk"))).toEqual(['allergies']);
  });

  it('still takes a capitalised dash line at the end as a signature', async () => {
    expect(valueOf(await learned('thanks for the help\n- Jonas'), 'name')).toBe('Jonas');
  });
});

describe('offline extraction: names, children and clinicians', () => {
  it('keeps the given name when the message also says how to sign off', async () => {
    const facts = await learned("Name's Oluwaseun but everyone on watch calls me Seun, so sign the email off as Seun please.");
    expect(valueOf(facts, 'name')).toBe('Oluwaseun');
    expect(valueOf(facts, 'preferred_name')).toBe('Seun');
  });

  it("learns the user's child said by age inside a question, not someone else's", async () => {
    expect(has(await learned('Who has our 2-year-old before nursery opens at 7:30?'), 'family', '2-year-old')).toBe(true);
    expect(await learned("Who has my sister's 2-year-old on Fridays?")).toEqual([]);
  });

  it("learns a clinician's diagnosis as the user's condition, not a diagnosis of their child", async () => {
    expect(has(await learned("my GP's now diagnosed shift work sleep disorder"), 'health_conditions', 'sleep disorder')).toBe(true);
    expect(has(await learned('the consultant diagnosed me with endometriosis last year'), 'health_conditions', 'endometriosis')).toBe(true);
    expect(keys(await learned('the paediatrician diagnosed my son with ADHD'))).not.toContain('health_conditions');
  });

  it('takes no employer from "at the moment"', async () => {
    expect(keys(await learned("I'm a nurse at the moment"))).not.toContain('company');
    expect(valueOf(await learned("I'm a nurse at the Royal Infirmary"), 'company')).toBe('Royal Infirmary');
  });
});

describe('offline extraction: shifts and short answers', () => {
  it('learns the shifts the user is put on', async () => {
    expect(valueOf(await learned("they've just moved me onto days"), 'work_style')).toBe('days');
    expect(valueOf(await learned("I'm on days now"), 'work_style')).toBe('days');
  });

  it("leaves someone else's shifts and a week's shifts out of the user's work pattern", async () => {
    expect(await learned('they moved Dave onto nights')).toEqual([]);
    expect(keys(await learned("I'm on nights this week"))).not.toContain('work_style');
  });

  it('reads both parts of a two-part question with "whereabouts", and a child\'s age', async () => {
    const facts = await answered('Of course. Whereabouts are you, and how old is your little one?', "Wigan. she's 18 months");
    expect(valueOf(facts, 'location')).toBe('Wigan');
    expect(has(facts, 'family', '18 months')).toBe(true);
  });

  it("does not take the child's age for the user's, nor a word about the child for an age", async () => {
    expect(keys(await answered('How old is your little one?', "she's 18 months"))).not.toContain('age');
    expect(await answered('How old is your little one?', "she's shy")).toEqual([]);
  });
});

describe('offline extraction: questions, fiction and material handed over', () => {
  it('reads what comes before "or" in a question as part of the question', async () => {
    expect(await learned('My boss is diabetic — are sugar-free chocolates actually OK to give him as a leaving present or is that a bit rubbish?')).toEqual([]);
    expect(has(await learned("I'm vegan, is that a problem or should I tell the host?"), 'diet', 'vegan')).toBe(true);
  });

  it('learns nothing from the character of a story', async () => {
    expect(await learned('For a short story: the main character is a diabetic chef in Lagos who runs a buka.')).toEqual([]);
    expect(has(await learned("I'm a nurse in Leeds and I need a name for my novel"), 'role', 'nurse')).toBe(true);
  });

  it('learns nothing from a list handed over to be sorted or scaled', async () => {
    expect(
      await learned('Sort this into supermarket aisles:\nchickpeas, coconut milk, 2 onions, garlic, spinach, naan, greek yoghurt, frozen peas, kitchen roll'),
    ).toEqual([]);
    expect(await learned('halve this recipe for me:\n500g beef mince, 2 onions, 1 tin tomatoes, 300ml stock')).toEqual([]);
  });

  it('learns nothing from a letter handed over to be summarised, but keeps a letter the user writes', async () => {
    const letter =
      'my colleague asked me to help her make sense of this, can you summarise it in 3 lines?\n\nDear Ms Okafor,\nFurther to the grievance hearing held on 3 March, I write to confirm the outcome. Your grievance regarding overtime on Ward 7 is partially upheld.\nYours sincerely,\nHR Business Partner';
    expect(await learned(letter)).toEqual([]);
    expect(has(await learned("Dear Sir, I'm a nurse in Leeds and I am writing to apply for the post."), 'role', 'nurse')).toBe(true);
    const after = await learned("can you proofread this?\n\nDear Tom,\nThanks for the invite.\nKind regards,\nAnna\n\nI'm a nurse in Leeds by the way");
    expect(has(after, 'role', 'nurse')).toBe(true);
  });
});

describe('offline extraction: values and languages as people say them', () => {
  it('reads "Seventh-day Adventist" as a religion and not a name', async () => {
    const facts = await learned("not saturdays, I'm Seventh-day Adventist so sabbath is friday sunset to saturday sunset.");
    expect(keys(facts)).not.toContain('name');
    expect(has(facts, 'religion', 'adventist')).toBe(true);
    expect(valueOf(await learned("Hi I'm Sam - nurse from Leeds"), 'name')).toBe('Sam');
  });

  it('learns "don\'t fly" said without "I" when it gives a reason, not advice to someone', async () => {
    expect(has(await learned("don't fly for climate reasons, haven't since 2018. best train route london to rome?"), 'values', 'fly')).toBe(true);
    expect(await learned("don't drive there, take the bus")).toEqual([]);
  });

  it('learns an observance the user is strict about', async () => {
    expect(has(await learned("I keep kosher-ish at home but I'm strict about Shabbat, so no bookings on Saturdays"), 'values', 'shabbat')).toBe(true);
  });

  it('reads the second language of "X is my first language, Y second" and a level after a pause', async () => {
    const facts = await learned('Portuguese is my first language, English second, so forgive the odd mistake');
    expect(valueOf(facts, 'language')).toEqual(['English', 'Portuguese']);
    expect(has(await learned('Cantonese speaker here, Mandarin is… functional 😬 is it worth sitting HSK 4?'), 'language', 'mandarin')).toBe(true);
  });

  it('takes no school subject, nor "first language", for a language', async () => {
    expect(keys(await learned('Maths first, then science, then we break for lunch'))).not.toContain('language');
    const facts = await learned("I'm Deaf and BSL is my first language, English is my second so letters from the council go right over my head.");
    expect(facts.filter((f) => f.key === 'language').flatMap((f) => (Array.isArray(f.value) ? f.value : [f.value]))).not.toContain('first language');
  });
});

describe('offline extraction: a trip planned or booked', () => {
  it('learns the place of a trip planned or booked, with no dates said', async () => {
    expect(has(await learned('Planning a trip to Kalymnos for the climbing — I boulder most weekends.'), 'travel_plans', 'kalymnos')).toBe(true);
    expect(has(await learned("we've booked a week in Crete"), 'travel_plans', 'crete')).toBe(true);
  });

  it('leaves a trip planned for someone else, and asks for help, alone', async () => {
    expect(await learned("I'm planning a trip to Kalymnos for my parents")).toEqual([]);
    expect(await learned('can you help me plan a trip to Japan')).toEqual([]);
  });
});

describe('offline extraction: what the user has to pursue a pastime or to cook with', () => {
  it('learns a pastime kept by having its place ("I\'ve got an allotment"), not someone else\'s', async () => {
    expect(has(await learned("I've got an allotment and I'm absolutely drowning in courgettes"), 'interests', 'allotment')).toBe(true);
    expect(await learned('my dad has an allotment')).toEqual([]);
  });

  it('learns the kitchen the user cooks in, without what it lacks', async () => {
    const facts = await learned('No oven in my studio, just a two-ring hob and an air fryer.');
    expect(has(facts, 'kitchen_equipment', 'air fryer')).toBe(true);
    expect(has(facts, 'kitchen_equipment', 'two-ring hob')).toBe(true);
    expect(has(facts, 'kitchen_equipment', 'oven')).toBe(false);
    expect(await learned("I don't have an oven")).toEqual([]);
    expect(await learned('my mum has a Thermomix')).toEqual([]);
  });
});
