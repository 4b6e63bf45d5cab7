import { describe, expect, it } from 'vitest';
import { has, items, keys, learned } from '../helpers/extracted.js';

/**
 * Session 19: the offline extractor on questions about the world typed without their subject, treatments
 * a clinician set, switches told in the past, and … — each with near misses it must leave alone.
 */

describe('offline extraction: a sentence opened by an auxiliary and ended by "?" asks', () => {
  it('learns nothing from a question about the world, whatever follows the auxiliary', async () => {
    expect(await learned('is true that in Germany shops close on Sunday? even supermarket?')).toEqual([]);
    expect(await learned('is long covid legally counted as a disability under the Equality Act or does it depend?')).toEqual([]);
    expect(await learned('are gluten free oats actually safe for coeliacs?')).toEqual([]);
    expect(await learned('should vegetarian kids take B12 or is that overkill?')).toEqual([]);
  });

  it('still learns a fragment that leaves out "I", a statement beside the question, and a question about the user', async () => {
    expect(has(await learned('can speak Mandarin lah but cannot read chinese characters well, so give pinyin can?'), 'language', 'mandarin')).toBe(true);
    expect(has(await learned('is vegan ok for toddlers? I am vegan myself'), 'diet', 'vegan')).toBe(true);
    expect(keys(await learned('I live in Leeds, is that far from York?'))).toContain('location');
  });
});

describe('offline extraction: a treatment a clinician set is the user own', () => {
  it('learns what a clinician put, started or switched the user on, and withdraws what they switched or took the user off', async () => {
    const switched = await learned('my psychiatrist switched me from sertraline to fluoxetine last week and I feel kind of jittery');
    expect(has(switched, 'medications', 'fluoxetine')).toBe(true);
    expect(switched.some((f) => f.retract === true && f.key === 'medications' && String(f.value).toLowerCase() === 'sertraline')).toBe(true);
    expect(has(await learned('the GP started me on metformin in march'), 'medications', 'metformin')).toBe(true);
    const fodmap = await learned('My dietitian has put me on the low FODMAP elimination phase for the next 6 weeks for my IBS.');
    expect(has(fodmap, 'diet', 'fodmap')).toBe(true);
    expect(has(fodmap, 'health_conditions', 'ibs')).toBe(true);
    const off = await learned('the consultant took me off warfarin');
    expect(off.some((f) => f.retract === true && f.key === 'medications')).toBe(true);
  });

  it('leaves alone what someone else is put on, and what no clinician set', async () => {
    expect(await learned('my doctor put my mum on statins')).toEqual([]);
    expect(keys(await learned('my boss put me on the night rota'))).toEqual([]);
    expect(keys(await learned('the doctor switched my dad to insulin'))).not.toContain('medications');
  });
});

describe('offline extraction: a switch told in the past', () => {
  it('keeps the tool switched to, and withdraws the one that "was my old" one', async () => {
    const facts = await learned('actually scrap that, I moved to GoLand last month — VS Code was my old setup.');
    expect(has(facts, 'tools', 'goland')).toBe(true);
    expect(has(facts, 'tools', 'vs code')).toBe(false);
    expect(has(await learned('switched over to Linux in 2022'), 'tools', 'linux')).toBe(true);
  });

  it('still reads a tool the user used and a place the user moved to as before', async () => {
    expect(has(await learned('I use VS Code for everything'), 'tools', 'vs code')).toBe(true);
    expect(has(await learned('we moved to Halifax last year'), 'location', 'halifax')).toBe(true);
  });
});

describe('offline extraction: work said in passing', () => {
  it('reads the job in "As a … at/in …", "the only/sole …", and an IT admin', async () => {
    expect(has(await learned('As a product manager at a fintech in Lagos I write way too many PRDs.'), 'role', 'product manager')).toBe(true);
    const admin = await learned("I'm the only IT admin for a 60-person law firm, so everything lands on me.");
    expect(has(admin, 'role', 'it admin')).toBe(true);
    expect(admin.some((f) => f.key === 'industry' && items(f).some((v) => v.includes('-') || v.includes('person')))).toBe(false);
    const sole = await learned('I am the sole accountant for a charity');
    expect(has(sole, 'role', 'accountant')).toBe(true);
    expect(has(sole, 'role', 'sole')).toBe(false);
  });

  it('takes an employer the user was laid off from as a former one, and a tool named as a workplace as no tool', async () => {
    const facts = await learned('got laid off from Shopify in march, started at a 12-person startup last week');
    expect(has(facts, 'tools', 'shopify')).toBe(false);
    expect(facts.some((f) => f.retract === true && f.key === 'company' && String(f.value).toLowerCase() === 'shopify')).toBe(true);
    expect(has(await learned("I'm a designer at Figma"), 'tools', 'figma')).toBe(false);
    const redundant = await learned('I was made redundant by Aviva in May');
    expect(redundant.some((f) => f.retract === true && f.key === 'company' && String(f.value).toLowerCase() === 'aviva')).toBe(true);
  });

  it('still reads tools the user uses, and a role that is not the only one', async () => {
    expect(has(await learned('I use Figma for wireframes'), 'tools', 'figma')).toBe(true);
    expect(has(await learned('I work as a nurse in Leeds'), 'role', 'nurse')).toBe(true);
    expect(keys(await learned("I'm the only one who cooks"))).not.toContain('role');
  });
});

describe('offline extraction: allergies named in the user own words', () => {
  it('learns what the user is allergic to, in the allergen list or not', async () => {
    expect(has(await learned("I'm allergic to groundnut"), 'allergies', 'groundnut')).toBe(true);
    expect(has(await learned('allergic to plasters and latex'), 'allergies', 'plasters')).toBe(true);
    expect(has(await learned("I'm allergic to the new hand soap at work"), 'allergies', 'hand soap')).toBe(true);
  });

  it('leaves a joke and someone else alone', async () => {
    expect(keys(await learned("I'm allergic to mornings lol"))).not.toContain('allergies');
    expect(keys(await learned('my son is allergic to kiwi'))).not.toContain('allergies');
  });
});

describe('offline extraction: standing requests and purposes', () => {
  it('reads a capitalised request verb before a name used as a modifier, and "in anything you draft for me" as lasting', async () => {
    const facts = await learned('Use British spelling in anything you draft for me (colour, organise, etc.) — our clients are all UK councils.');
    expect(facts.some((f) => f.key === 'communication_style' && items(f).some((v) => v.includes('british spelling')))).toBe(true);
  });

  it('leaves a one-off request and a name at the start of a statement alone', async () => {
    expect(keys(await learned('can you check anything you find'))).toEqual([]);
    expect(keys(await learned('Use British spelling here'))).not.toContain('communication_style');
  });

  it('reads "so I can …" as a purpose, not as what holds now', async () => {
    const facts = await learned('Plan is to take the NCLEX next year so I can work as a nurse in the US.');
    expect(keys(facts)).not.toContain('role');
    expect(keys(facts)).not.toContain('location');
    expect(
      has(await learned('now I am in Wrocław with my mother. How I make nostryfikacja so I can work like doctor here in Poland?'), 'location', 'wrocław'),
    ).toBe(true);
  });

  it('still reads what holds beside a purpose', async () => {
    expect(has(await learned('I work nights so I can do the school run'), 'work_style', 'nights')).toBe(true);
    expect(has(await learned("I'm a nurse in Leeds so I can't do weekday mornings"), 'role', 'nurse')).toBe(true);
    expect(has(await learned("I'm coeliac so I can't eat gluten"), 'allergies', 'gluten')).toBe(true);
  });
});

describe('offline extraction: other people and things', () => {
  it('learns nothing from a part given to the assistant, a paragraph handed over for feedback, or what a piece of code needs', async () => {
    expect(
      await learned(
        "Let's do a practice consultation. You're the patient: Tom, 58, a smoker with crushing chest pain since this morning. I'll be the doctor. Hello!",
      ),
    ).toEqual([]);
    expect(
      await learned(
        "Give me blunt feedback on this paragraph:\n\nMaya wheeled herself up the ramp outside the Lisbon clinic, cursing the pharmacist who'd lost her insulin prescription again.",
      ),
    ).toEqual([]);
    expect(await learned('regex to validate UK postcodes like SW1A 1AA and B33 8TH? needs to work in JS')).toEqual([]);
    expect(keys(await learned('need to work in Leeds next week'))).not.toContain('industry');
  });

  it('still learns beside praise, a mock interview of the user own, and the user own feedback request', async () => {
    expect(has(await learned("you're the best, I'm vegan btw"), 'diet', 'vegan')).toBe(true);
    expect(has(await learned("I have a mock interview on friday, I'm a nurse"), 'role', 'nurse')).toBe(true);
    expect(has(await learned("I'm a teacher in Leeds. any feedback on my cover letter opening paragraph: I am a passionate educator"), 'role', 'teacher')).toBe(
      true,
    );
    expect(has(await learned('I work in finance'), 'industry', 'finance')).toBe(true);
  });
});

describe('offline extraction: a reply that opens with "no"', () => {
  it('reads the statement after a "no" that answers the assistant', async () => {
    expect(has(await learned("no I'm in Glasgow"), 'location', 'glasgow')).toBe(true);
    expect(has(await learned("nope I'm a nurse"), 'role', 'nurse')).toBe(true);
    expect(has(await learned('no we have two kids'), 'family', 'kids')).toBe(true);
  });

  it('keeps a negation inside the statement, and "everything else" after an allergy is no diet without restrictions', async () => {
    expect(has(await learned("no I don't eat meat"), 'diet', 'no meat')).toBe(true);
    expect(keys(await learned('no kids yet'))).not.toContain('location');
    expect(has(await learned('nope i eat everything else'), 'diet', 'anything')).toBe(false);
    expect(has(await learned('I eat everything'), 'diet', 'anything')).toBe(true);
  });
});

describe('offline extraction: greetings, counted things and edits of the text at hand', () => {
  it('learns no event from a greeting or an ordinal that counts a thing, and no style from an edit', async () => {
    expect(await learned('good evening sir')).toEqual([]);
    expect(await learned('swap the 2nd and 3rd paragraphs round and drop the last sentence')).toEqual([]);
    expect(keys(await learned('native spanish speaker, english is my 2nd language'))).not.toContain('upcoming_events');
    expect(keys(await learned('skip the intro'))).toEqual([]);
  });

  it('still learns a day of the month, a time after a greeting, a style to keep, and a fact after a request', async () => {
    expect(has(await learned('dinner with the in-laws on the 3rd'), 'upcoming_events', 'dinner')).toBe(true);
    expect(has(await learned('good evening! I have an interview tomorrow'), 'upcoming_events', 'interview')).toBe(true);
    expect(has(await learned('drop the corporate speak please, always'), 'communication_style', 'corporate speak')).toBe(true);
    expect(has(await learned("help me plan a trip and I'm vegan btw"), 'diet', 'vegan')).toBe(true);
  });
});
