import { describe, expect, it } from 'vitest';
import { has, items, keys, learned, reasoner } from '../helpers/extracted.js';

/**
 * The offline extractor on things people own, run and are called, said in passing — each with
 * near misses it must leave alone (someone else's car, a bus driven for a living, a car's news).
 */

describe('offline extraction: what the user drives', () => {
  it('learns a vehicle driven, ridden or named as "my car"', async () => {
    expect(has(await learned('I drive a beat-up Skoda Octavia, any tips for a long trip?'), 'vehicle', 'skoda octavia')).toBe(true);
    expect(has(await learned('i ride a Royal Enfield to work most days'), 'vehicle', 'royal enfield')).toBe(true);
    expect(has(await learned("our van's an old Ford Transit"), 'vehicle', 'ford transit')).toBe(true);
    expect(has(await learned('my car is a 2015 Mazda 3'), 'vehicle', 'mazda 3')).toBe(true);
  });

  it("leaves alone a vehicle driven for a living, someone else's car, a figure of speech and news about the car", async () => {
    expect(keys(await learned('I drive a taxi at weekends'))).not.toContain('vehicle');
    expect(keys(await learned('my brother drives a Porsche'))).not.toContain('vehicle');
    expect(keys(await learned('I drive a hard bargain')).includes('vehicle')).toBe(false);
    expect(keys(await learned('I used to drive a Volvo'))).not.toContain('vehicle');
    const news = await learned('My car failed its service on Monday.');
    expect(keys(news)).not.toContain('vehicle');
    expect(keys(news)).not.toContain('tools');
  });
});

describe('offline extraction: a business run with someone', () => {
  it('learns the business when "we" or "my wife and I" run or own it', async () => {
    expect(has(await learned('we run a little guesthouse up in Skye'), 'role', 'guesthouse')).toBe(true);
    expect(has(await learned('my partner and I own a florist'), 'role', 'florist')).toBe(true);
  });

  it('does not take what "we" run or own that is no business for a job', async () => {
    expect(keys(await learned('we own a flat in town'))).not.toContain('role');
    expect(keys(await learned('we run a tight ship here'))).not.toContain('role');
    expect(keys(await learned('we run every Sunday morning'))).not.toContain('role');
  });
});

describe('offline extraction: the name to use, said after the name', () => {
  it('keeps the given name and learns "call me …" in the next sentence as the name to use', async () => {
    const facts = await learned('My name is Margaret. Call me Peggy, everyone does.');
    expect(has(facts, 'name', 'margaret')).toBe(true);
    expect(has(facts, 'preferred_name', 'peggy')).toBe(true);
    expect(has(facts, 'name', 'peggy')).toBe(false);
  });

  it('still learns "call me …" alone as the name, and one name said twice once', async () => {
    expect(has(await learned('Call me Bartholomew.'), 'name', 'bartholomew')).toBe(true);
    const twice = await learned('My name is Femi. Please call me Femi.');
    expect(has(twice, 'name', 'femi')).toBe(true);
    expect(keys(twice)).not.toContain('preferred_name');
  });
});

describe('offline extraction: hours worked and schedules that recur', () => {
  it('learns the hours worked as a lasting fact, not as an event to come', async () => {
    const pickup = await learned("I work 8 to 4:30 most days because of the school run, so don't book anything after");
    expect(has(pickup, 'working_hours', '8 to 4:30')).toBe(true);
    expect(keys(pickup)).not.toContain('upcoming_events');
    expect(has(await learned('I work 10-6 tue-sat'), 'working_hours', '10-6')).toBe(true);
    expect(has(await learned('my hours are 7am-3pm'), 'working_hours', '7am-3pm')).toBe(true);
    expect(has(await learned('I work 3 days a week'), 'working_hours', '3 days a week')).toBe(true);
  });

  it('does not read counts of jobs or places as hours, and keeps a dated event dated', async () => {
    expect(keys(await learned('I work 2 jobs'))).not.toContain('working_hours');
    expect(keys(await learned('I work at 3 schools'))).not.toContain('working_hours');
    const moved = await learned('my physio got moved from Tuesday to Wednesday');
    expect(moved.some((f) => f.key === 'upcoming_events' && f.bucket === 'dynamic')).toBe(true);
  });

  it('reads "every", "most", "twice a week" and plural days as how often, not when', async () => {
    const food = await learned('I volunteer at the food bank 2 days a week');
    expect(keys(food)).not.toContain('upcoming_events');
    expect(food.every((f) => f.bucket !== 'dynamic')).toBe(true);
    expect(keys(await learned('I do spin twice a week and yoga on Sundays'))).not.toContain('upcoming_events');
    const dated = await learned('I have a spin class on Sunday');
    expect(dated.some((f) => f.key === 'upcoming_events' && f.bucket === 'dynamic')).toBe(true);
  });

  it('does not take a weekday for the Monday.com tool', async () => {
    expect(keys(await learned("I've got a dentist appointment on Monday"))).not.toContain('tools');
    expect(keys(await learned('My car failed its service on Monday.'))).not.toContain('tools');
  });
});

describe('offline extraction: what no longer holds, and what is said in passing', () => {
  it('"was vegan for years" is over, while "went vegan" still holds', async () => {
    const back = await learned('was pescatarian for ages but I eat chicken again now');
    expect(has(back, 'diet', 'pescatarian')).toBe(false);
    expect(back.some((f) => f.retract && f.key === 'diet' && items(f).includes('pescatarian'))).toBe(true);
    expect(has(await learned('I went vegetarian in 2020'), 'diet', 'vegetarian')).toBe(true);
  });

  it('keeps whom a parent role is to ("single mum to a 4yo boy"), never a role "of" nothing', async () => {
    const mum = await learned('single mum to a 4yo boy, any tips for bedtime?');
    expect(has(mum, 'family', '4yo boy')).toBe(true);
    expect(mum.flatMap(items).some((v) => / of $/.test(v))).toBe(false);
    expect(has(await learned('proud dad of three'), 'family', 'dad of three')).toBe(true);
  });

  it('learns a pastime named as what keeps the user well, not a person who does', async () => {
    expect(has(await learned('knitting keeps me sane between shifts'), 'interests', 'knitting')).toBe(true);
    expect(keys(await learned('my sister keeps me sane'))).not.toContain('interests');
  });

  it('reads "do all my … in X" as a statement, and "do all my … + verb" as a question', async () => {
    expect(has(await learned('do all my modelling in Blender these days'), 'tools', 'blender')).toBe(true);
    expect(keys(await learned('do all my tablets interact with grapefruit'))).toEqual([]);
  });

  it('does not take the Python language for a pet snake', async () => {
    expect(keys(await learned('answer in python this time please, same as before'))).not.toContain('pets');
    expect(keys(await learned('mostly Excel, a bit of Python when I have to'))).not.toContain('pets');
    expect(has(await learned('I have a pet python called Kaa'), 'pets', 'python')).toBe(true);
  });
});

describe('offline extraction: conditions and questions said inside a sentence', () => {
  it('keeps every part of an "if …" condition hypothetical, subject and all', async () => {
    expect(keys(await learned('if we ported the app to Kotlin and I relocated to the Oslo office, would the team grow?'))).not.toContain('location');
    expect(has(await learned('I live in Bergen and if I move I will tell you'), 'location', 'bergen')).toBe(true);
  });

  it('does not take what someone asks about for a fact ("asking when I\'m getting married")', async () => {
    expect(keys(await learned("my gran keeps asking when I'm getting married, so annoying"))).not.toContain('family');
    expect(has(await learned("I'm getting married in June and my gran keeps asking about the dress"), 'upcoming_events', 'married')).toBe(true);
  });
});

describe('offline extraction: standing instructions and one-off asks', () => {
  it('reads "…, always give me …" after a statement as a standing instruction of its own', async () => {
    const facts = await learned('honestly I hate waffle, always give me the brief version first and more only if I ask');
    expect(has(facts, 'communication_style', 'brief version')).toBe(true);
    expect(keys(await learned('whats the tallest mountain in africa again, always say kenya lol'))).toEqual([]);
  });

  it('takes a piece of code to make now for a one-off ask, not a style', async () => {
    expect(keys(await learned('ok show me a minimal example'))).not.toContain('communication_style');
    expect(keys(await learned('give me a short regex for this'))).not.toContain('communication_style');
    expect(has(await learned('keep answers short please'), 'communication_style', 'short')).toBe(true);
  });
});

describe('offline extraction: a case handed over to work through', () => {
  it('learns nothing from a case study or exam scenario after its colon, nor "study" from "case study"', async () => {
    const facts = await learned('case study for my pharmacology revision: 67yo woman on lithium, new thiazide. what do I monitor?');
    expect(keys(facts)).not.toContain('medications');
    expect(keys(facts)).not.toContain('education');
    expect(keys(await learned('exam scenario: 30 year old man, asthmatic, allergic to penicillin. first-line treatment?'))).not.toContain('allergies');
  });

  it('still learns the user beside the case, and "I study" as study', async () => {
    const facts = await learned("I'm a final-year pharmacy student. vignette: elderly man on digoxin, nausea. likely cause?");
    expect(has(facts, 'education', 'pharmacy student')).toBe(true);
    expect(keys(facts)).not.toContain('medications');
    expect(has(await learned('study physiotherapy in Limerick'), 'education', 'physiotherapy')).toBe(true);
  });
});

describe('offline extraction: a pet word after a preposition', () => {
  it('does not take "in the lab" for a labrador, and keeps the dog walked to the vet', async () => {
    expect(keys(await learned('I have a meeting in the lab at 3, kind of tired'))).not.toContain('pets');
    expect(has(await learned('I took the dog to the vet again'), 'pets', 'dog')).toBe(true);
  });
});

describe('offline extraction: corrections inside one call, and animals that are food', () => {
  it('drops an item said earlier in the same call once "X, not Y" corrects it', async () => {
    const facts = await reasoner.extract({
      messages: [
        { role: 'user', content: 'got my dentist appointment wednesday' },
        { role: 'assistant', content: 'Want a reminder list for it?' },
        { role: 'user', content: "yes — wait no, it's Tuesday not Wednesday. 9am" },
      ],
      profile: [],
    });
    const events = facts.filter((f) => f.key === 'upcoming_events' && !f.retract).flatMap(items);
    expect(events.some((v) => v.includes('tuesday'))).toBe(true);
    expect(events.some((v) => v.includes('wednesday'))).toBe(false);
  });

  it('keeps a language the user speaks when another is named as the first ("English isn\'t my first language (it\'s Polish)")', async () => {
    const facts = await learned("English isn't my first language (it's Polish), so sorry for mistakes");
    expect(facts.some((f) => f.retract && items(f).includes('english'))).toBe(false);
  });

  it('does not take fish or chicken eaten for pets, nor "so" for part of a restated diet', async () => {
    const facts = await learned("quick update — I've started eating fish again, so pescatarian now I guess");
    expect(keys(facts)).not.toContain('pets');
    expect(has(facts, 'diet', 'pescatarian')).toBe(true);
    expect(facts.flatMap(items).some((v) => v.startsWith('so '))).toBe(false);
    expect(has(await learned("I've got two rescue cats"), 'pets', 'cats')).toBe(true);
  });
});

describe('offline extraction: moves at work', () => {
  it('reads "moved over to platform" as a change of field, and "the SRE team" as no place', async () => {
    const facts = await learned('was a mobile dev for years, moved over to platform engineering last spring');
    expect(has(facts, 'industry', 'platform')).toBe(true);
    const team = await learned('I moved over to the Payments team in May');
    expect(keys(team)).not.toContain('location');
    expect(has(await learned('I moved to the Leeds office in May'), 'location', 'leeds')).toBe(true);
  });
});

describe('offline extraction: pronouns after the age, and a diet the doctor set', () => {
  it('learns pronouns said right after the age ("im 41 he/him and …")', async () => {
    const facts = await learned('im 41 he/him and i need a beginner rowing plan');
    expect(has(facts, 'age', '41')).toBe(true);
    expect(has(facts, 'pronouns', 'he/him')).toBe(true);
  });

  it('learns "less" or "low" of a food the user keeps down, and a clinician\'s instruction as the user\'s own', async () => {
    expect(has(await learned("my cardiologist's told me to keep sodium really low"), 'diet', 'low sodium')).toBe(true);
    expect(has(await learned("I'm cutting back on sugar this year"), 'diet', 'less sugar')).toBe(true);
    expect(has(await learned('I avoid salt where I can'), 'diet', 'salt')).toBe(true);
    expect(keys(await learned('my manager told me to cut out the small talk'))).not.toContain('diet');
  });
});

describe('offline extraction: a relative who moved in, said in the next clause', () => {
  it('learns who lives with the user when the move follows what is said of them', async () => {
    expect(has(await learned("my dad's got Parkinson's and moved in with us last spring"), 'living_situation', 'dad')).toBe(true);
    expect(keys(await learned('my boss is moving to Leeds and living with me'))).not.toContain('living_situation');
    expect(keys(await learned('my sister is unwell and moved in with her boyfriend'))).not.toContain('living_situation');
  });
});

describe('offline extraction: build tools named in passing', () => {
  it('learns a package manager or test runner the user uses, not an everyday word', async () => {
    expect(has(await learned('on a thinkpad, we use pnpm, can you fix this build'), 'tools', 'pnpm')).toBe(true);
    expect(has(await learned('I usually run pytest with -x'), 'tools', 'pytest')).toBe(true);
    expect(keys(await learned('I live in the UV index red zone'))).not.toContain('tools');
  });
});
