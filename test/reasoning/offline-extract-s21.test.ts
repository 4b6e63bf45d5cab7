import { describe, expect, it } from 'vitest';
import { has, keys, learned } from '../helpers/extracted.js';

/**
 * Session 21: messages from which nothing about the user should be learned — a conversion asked once, a goodbye,
 * a role-play frame, someone an occasion is organised around — each with near misses that must still be learned.
 */

describe('offline extraction: what a message asks once or says in passing is not the user', () => {
  it('learns no unit preference from a conversion asked once', async () => {
    expect(await learned('Convert 8oz self-raising flour, 4oz butter and 3oz caster sugar to grams please, and gas mark 4 to Celsius.')).toEqual([]);
    expect(await learned('can you convert 350F to celsius please')).toEqual([]);
  });

  it('still learns units the user asks for as a rule', async () => {
    expect(keys(await learned('please use grams and celsius in recipes'))).toContain('preferences');
    expect(keys(await learned('always convert recipes to grams for me please'))).toContain('preferences');
  });

  it('learns no event from a goodbye to the assistant', async () => {
    expect(await learned("Thank you dear, that was ever so helpful. Have a lovely evening and I'll speak to you tomorrow.")).toEqual([]);
    expect(await learned('have a great weekend, chat to you on Monday')).toEqual([]);
  });

  it('still learns an event said beside a goodbye', async () => {
    expect(keys(await learned("I've got a dentist appointment tomorrow"))).toContain('upcoming_events');
    expect(keys(await learned('I have a big interview on Monday'))).toContain('upcoming_events');
  });

  it('reads a role-play frame to the end of the sentence, "and I am …" included', async () => {
    expect(
      await learned("pretend ur a pirate called captain redbeard and im ur first mate from jamaica who's scared of the sea. lets gooo, start the story"),
    ).toEqual([]);
    expect(await learned("imagine you're my landlord and I'm a tenant from Leeds asking for a repair")).toEqual([]);
  });

  it('still learns what the user says of themselves beside "pretend" or "imagine" that frames nothing of theirs', async () => {
    expect(has(await learned("I'm from Leeds and I pretend to like football"), 'location', 'leeds')).toBe(true);
    expect(has(await learned('imagine a world without cars, I live in Leeds and cycle everywhere'), 'location', 'leeds')).toBe(true);
  });

  it('reads "the bride\'s gluten-free" as what the bride is, and what follows as hers', async () => {
    expect(
      await learned(
        "my friend's organising her sister's hen do and asked me for ideas — the bride's gluten-free, hates anything pink, wants Bristol, about 12 girls, 14 June. what would you suggest?",
      ),
    ).toEqual([]);
    expect(keys(await learned("the host's vegan so we're cooking a nut roast"))).not.toContain('diet');
  });

  it("still learns the user's own diet said beside an occasion", async () => {
    expect(has(await learned("I'm gluten-free, any ideas for a hen do menu?"), 'diet', 'gluten')).toBe(true);
  });
});

describe('offline extraction: what the user trained as is education, not the job held now', () => {
  it('learns the training and retracts no role', async () => {
    const facts = await learned("I trained as a nurse at Barts in the sixties, so you needn't be gentle with the medical details.");
    expect(has(facts, 'education', 'nurse at barts')).toBe(true);
    expect(facts.some((f) => f.retract)).toBe(false);
    expect(keys(await learned("I'm retraining as a plumber"))).toEqual(['education']);
  });

  it('still learns a job held, and retracts one the user no longer does', async () => {
    expect(has(await learned("I'm a nurse at Barts"), 'role', 'nurse')).toBe(true);
    expect((await learned('I worked as a nurse at Barts for 30 years')).some((f) => f.key === 'role' && f.retract)).toBe(true);
  });
});

describe('offline extraction: a degree spelt as an everyday word counts only when written as a degree', () => {
  it('learns no education from "phone in bed" or "a garden gate"', async () => {
    expect(keys(await learned('screens yes, phone in bed every night'))).not.toContain('education');
    expect(keys(await learned('I painted the garden gate at the weekend'))).not.toContain('education');
  });

  it('still learns "a BEd" and "GATE"', async () => {
    expect(has(await learned('I have a BEd from Cork'), 'education', 'bed')).toBe(true);
    expect(keys(await learned('cleared GATE last year'))).toContain('education');
  });
});

describe('offline extraction: a regime a clinician sets, and a diet kept for a span ahead', () => {
  it('reads "has me on", a hyphenated diet, and a verbless regime as the user\'s own', async () => {
    expect(has(await learned('my dietitian has me on low FODMAP elimination for the next 4 weeks'), 'diet', 'fodmap')).toBe(true);
    expect(has(await learned('the GP put me on a low-salt diet'), 'diet', 'low-salt')).toBe(true);
    expect(has(await learned('Dentist says soft food only for the next fortnight while the new dentures settle.'), 'diet', 'soft food')).toBe(true);
  });

  it('learns nothing from a verbless report that sets no regime, or from what a boss has the user on', async () => {
    expect(await learned('the consultant said Tuesday')).toEqual([]);
    expect(await learned('My doctor said "if you were diabetic you would need to cut sugar out completely"')).toEqual([]);
    expect(keys(await learned('my boss has me on nights this month'))).not.toContain('diet');
  });

  it('keeps a diet bounded to a span ahead as short-lived, and one that starts or lasted as lasting', async () => {
    expect((await learned("I'm on keto for the next 3 weeks")).find((f) => f.key === 'diet')?.bucket).toBe('dynamic');
    expect((await learned("I've been vegan for 10 years")).find((f) => f.key === 'diet')?.bucket).toBe('static');
    expect((await learned("I'm vegetarian and off to Rome for 3 days")).find((f) => f.key === 'diet')?.bucket).toBe('static');
  });
});

describe('offline extraction: where the user lives with a particle, and a festival as an event', () => {
  it('learns "live over in Marple" and "Ramadan starts next week"', async () => {
    expect(has(await learned("I've got a stall at Stockport market on Saturdays, live over in Marple."), 'location', 'marple')).toBe(true);
    expect(has(await learned("I'm Muslim and Ramadan starts next week."), 'upcoming_events', 'ramadan')).toBe(true);
  });

  it('still reads "live in" plainly, and no festival the user only liked', async () => {
    expect(has(await learned('I live just outside Leeds'), 'location', 'leeds')).toBe(true);
    expect(keys(await learned('we loved Diwali last year'))).not.toContain('upcoming_events');
  });
});

describe('offline extraction: a caring role to someone named before, and the age turned in a month', () => {
  it('learns "I\'m her main carer" and "81 this May"', async () => {
    expect(has(await learned("My wife June has Alzheimer's and I'm her main carer now"), 'family', 'her main carer')).toBe(true);
    expect(has(await learned("I'm a widow, 81 this May, and my late husband Derek always did all the banking."), 'age', '81')).toBe(true);
  });

  it('leaves alone other roles to someone and a number that is no age', async () => {
    expect(keys(await learned("I'm her boss"))).not.toContain('family');
    expect(keys(await learned('we meet on Fridays, 10 in March'))).not.toContain('age');
  });
});

describe('offline extraction: "be" in its bare form is a request to the assistant', () => {
  it('learns how to answer from "be blunt with me" and "be more direct in your replies"', async () => {
    expect(has(await learned('be blunt with me. no cheerleading, no emojis'), 'communication_style', 'blunt')).toBe(true);
    expect(has(await learned('be more direct in your replies'), 'communication_style', 'direct')).toBe(true);
  });

  it('learns no standing style from "be nice" said once, nor from "I will be late"', async () => {
    expect(await learned('be nice')).toEqual([]);
    expect(keys(await learned('I will be late tonight'))).not.toContain('communication_style');
  });
});

describe('offline extraction: children said by what they are', () => {
  it('learns "3yo twins" and "a toddler", and no event from "a 6 week old"', async () => {
    const facts = await learned("I've got 3yo twins and a 6 week old and I haven't slept since 2021 lol.");
    expect(has(facts, 'family', 'twins')).toBe(true);
    expect(keys(facts)).not.toContain('upcoming_events');
    expect(has(await learned('we have a toddler and a dog'), 'family', 'toddler')).toBe(true);
  });

  it('leaves alone a baby on the way and a baby car seat', async () => {
    expect(keys(await learned('I have a baby on the way'))).not.toContain('family');
    expect(keys(await learned('got a new baby car seat'))).not.toContain('family');
  });
});

describe('offline extraction: halls, a sleeper, and everyone the user lives with', () => {
  it('learns "moved into halls in glasgow", "a really light sleeper" and "with my nan and my two younger sisters"', async () => {
    expect(has(await learned('just moved into halls in glasgow from belfast 🥲 whats the cheapest bus pass'), 'location', 'glasgow')).toBe(true);
    expect(has(await learned("I'm a really light sleeper so high floor please"), 'personality_traits', 'light sleeper')).toBe(true);
    expect(has(await learned("i live with my nan and my two younger sisters and money's tight"), 'living_situation', 'sisters')).toBe(true);
  });

  it('leaves alone someone else moving into halls, and what the people lived with do', async () => {
    expect(keys(await learned('my son moved into halls in Leeds'))).not.toContain('location');
    expect(has(await learned('I live with my husband and my kids love it'), 'living_situation', 'love')).toBe(false);
  });
});

describe('offline extraction: a side hustle beside the day job', () => {
  it('learns "side hustle is …" after a comma, and "my side hustle is candles"', async () => {
    const facts = await learned("Day job's payroll at the hospital trust, side hustle is flipping vintage clothes on Vinted and Depop");
    expect(has(facts, 'role', 'payroll')).toBe(true);
    expect(has(facts, 'side_hustle', 'vinted')).toBe(true);
    expect(has(await learned('my side hustle is candles'), 'side_hustle', 'candles')).toBe(true);
  });

  it("leaves alone someone else's side hustle", async () => {
    expect(await learned('his side hustle is crypto')).toEqual([]);
  });
});
