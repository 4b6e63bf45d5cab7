import { describe, expect, it } from 'vitest';
import { sentencesOf, spanText } from '../../src/reasoners/offline/nlp/wink.js';
import { selfCorrected } from '../../src/reasoners/offline/extract/self-corrections.js';
import { answered, has, keys, learned, learnedOver } from '../helpers/extracted.js';

/**
 * Session 30: the gig platforms the user works through, a soft word that opens a lexicon's entry ("Just Eat"), a place
 * after "based out in", a platform that is no place, and a replacement of the same key said after a withdrawal.
 */

describe('offline extraction: gig platforms', () => {
  it('learns the apps the user drives, rides or delivers for', async () => {
    expect(has(await learned('I drive for Yango here in Accra, mostly evenings after my shop closes.'), 'gig_platforms', 'yango')).toBe(true);
    const two = await learned("Doing Menulog and DoorDash around Parramatta, I'm based out in Blacktown. Logbook or cents per km?");
    expect(has(two, 'gig_platforms', 'menulog') && has(two, 'gig_platforms', 'doordash')).toBe(true);
    expect(has(two, 'location', 'blacktown')).toBe(true);
    expect(has(await learned("i'm a teaching assistant mon-fri and do doordash evenings + weekends to top up."), 'gig_platforms', 'doordash')).toBe(true);
    expect(has(await learned("I'm on Bolt and Uber most nights, which pays better?"), 'gig_platforms', 'bolt')).toBe(true);
  });

  it('keeps "just" when it opens a platform\'s name', async () => {
    expect(has(await learned("I'm a Just Eat courier in Newcastle and they've sent new terms."), 'gig_platforms', 'just eat')).toBe(true);
  });

  it('still learns where the user drives for a platform', async () => {
    expect(has(await learned('I drive for Uber in Bradford. Can you summarise this letter for me?'), 'location', 'bradford')).toBe(true);
  });

  it('does not learn the platform someone else works on, nor one the user orders from', async () => {
    expect(keys(await learned('a lad in my building has started doing uber eats on an e-bike with no lights at all, is that even legal'))).not.toContain(
      'gig_platforms',
    );
    expect(keys(await learned('should I order from deliveroo or cook tonight'))).not.toContain('gig_platforms');
  });

  it('reads a platform after "on" as no place, and a platform left for another as replaced', async () => {
    const facts = await learnedOver('I do Rapido bike taxi in Pune', "I was on Rapido till last year, now it's Uber Moto only");
    const platforms = facts.find((f) => f.key === 'gig_platforms');
    expect(platforms?.value).toEqual(['Uber Moto']);
    expect(facts.find((f) => f.key === 'location')?.value).toBe('Pune');
  });
});

describe('offline extraction: what is said before a role-play, corrections and pets said again', () => {
  it('reads what the user says before asking for a role-play, and nothing after it', async () => {
    const facts = await learned(
      "got my first Spanish oral exam on Friday and I'm bricking it. can we practise — you be the examiner and ask me about my hometown and my family",
    );
    expect(has(facts, 'upcoming_events', 'oral exam')).toBe(true);
    expect(keys(facts)).not.toContain('heritage');
    expect(await learned("Let's role play: you're my landlord and I'm a tenant who lives in Leeds with two cats")).toEqual([]);
  });

  it('takes "no hang on" as a correction in the same breath', async () => {
    const facts = await learned("i'm 44 — no hang on, 45, my birthday was the day after the funeral so it kind of didn't happen this year");
    expect(facts.find((f) => f.key === 'age')?.value).toBe('45');
  });

  it("learns the user's dog's kind and name said again as \"she's a staffie called Biscuit\"", async () => {
    const facts = await learned("miss my dog more than my actual family tbh 😭 she's a staffie called Biscuit and my dad keeps sending me videos of her");
    expect(has(facts, 'pets', 'staffie biscuit')).toBe(true);
    expect(keys(await learned("my sister got a puppy, she's a staffie called Bonnie"))).not.toContain('pets');
  });

  it('reads a support group this week as an event', async () => {
    const facts = await learned(
      "first bereavement support group is this wednesday evening and i'm honestly dreading it. what actually happens at these things",
    );
    expect(has(facts, 'upcoming_events', 'support group')).toBe(true);
  });
});

describe('offline extraction: short answers to the assistant', () => {
  it('reads a time zone written with a slash', async () => {
    expect(has(await answered('What time zone should I use for your reminders?', 'Asia/Kolkata'), 'timezone', 'asia/kolkata')).toBe(true);
  });

  it('reads a date of birth given as the answer', async () => {
    const facts = await answered("What's your date of birth, exactly as it's printed in your passport?", '14 MAR 1991');
    expect(has(facts, 'birthday', '14 mar 1991')).toBe(true);
  });

  it('reads a name and a title asked together, and no condition in "Ms"', async () => {
    const facts = await answered('Happy to draft the letter to the council. What name and title should go at the top?', 'priya raghunathan, Ms');
    expect(has(facts, 'name', 'priya raghunathan') && has(facts, 'title', 'ms')).toBe(true);
    expect(keys(facts)).not.toContain('health_conditions');
    const office = await answered('What name and title should I sign it off with?', 'kwabena owusu-ansah, assembly member for asokwa');
    expect(has(office, 'name', 'kwabena owusu-ansah') && has(office, 'title', 'assembly member')).toBe(true);
  });

  it('takes the first of two names signed together', async () => {
    const facts = await answered('What name should I put at the bottom of the thank-you cards?', "siobhan and dev, we're signing them together");
    expect(facts.find((f) => f.key === 'name')?.value).toBe('Siobhan');
  });
});

describe('offline extraction: what the user does on principle, and what they believe in', () => {
  it('reads the clause said on principle as a value', async () => {
    expect(has(await learned('I keep rents below market for my long-term tenants on principle.'), 'values', 'below market')).toBe(true);
  });

  it('keeps a gerund after "believer in", and no pastime in "believer"', async () => {
    const facts = await learned("I'm a big believer in couriers organising — I'm a rep for our IWGB branch.");
    expect(has(facts, 'values', 'couriers organising')).toBe(true);
    expect(keys(facts)).not.toContain('interests');
  });
});

describe('offline extraction: numbers corrected in the same breath, and misspelt events', () => {
  const corrected = (text: string): string =>
    sentencesOf(text)
      .map((s) => spanText(selfCorrected(s)))
      .join(' ');

  it('replaces only the number a few words before the break', () => {
    expect(corrected('podcasts for a 34 year old woman — sorry, 43, fat fingers lol')).toContain('a 43 year old woman');
    expect(corrected("Our anniversary's the 18th of May — no wait, the 19th, the 18th was the rehearsal dinner.")).toContain('the 19th of May');
    expect(corrected("I'm 28 — wait no, 29")).toContain("I'm 29");
  });

  it('reads an age said with "since" after the correction', async () => {
    expect((await learned("i'm 61 — no wait, 62 since march, where does the time go")).find((f) => f.key === 'age')?.value).toBe('62');
  });

  it('reads an event noun misspelt by one letter', async () => {
    expect(has(await learned("Our anniversery's the 19th of May, can you remind me a week before?"), 'upcoming_events', 'anniversery')).toBe(true);
  });
});

describe('offline extraction: going back home after a stay', () => {
  it('reads the place the user goes back to on a day as home, and the stay as the stay', async () => {
    const lagos = await learned("currently in lagos for my cousin's wedding, back in ottawa on the 20th. what's the best way to change money here");
    expect(has(lagos, 'location', 'ottawa')).toBe(true);
    expect(has(lagos, 'current_location', 'lagos')).toBe(true);
    const accra = await learned("Flying out to Accra on Thursday for my father's burial, back in London on the 28th. What should I sort with my employer?");
    expect(has(accra, 'location', 'london')).toBe(true);
    expect(has(accra, 'travel_plans', 'london')).toBe(false);
  });
});

describe('offline extraction: a day is no employer', () => {
  it('does not read "phased return starts monday" as a company', async () => {
    expect(keys(await learned('coming back after 8 months off with burnout. phased return starts monday, 3 days a week.'))).not.toContain('company');
    expect(has(await learned('just joined Monzo'), 'company', 'monzo')).toBe(true);
  });
});

describe("offline extraction: the user correcting themselves is no one else's words", () => {
  it('reads what follows "said that wrong —" as the user\'s own', async () => {
    const facts = await learnedOver('I do Rapido bike taxi in Pune', "wait, said that wrong — I was on Rapido till last year, now it's Uber Moto only");
    expect(facts.find((f) => f.key === 'gig_platforms')?.value).toEqual(['Uber Moto']);
  });

  it('still cuts someone else\'s words after "says:" or "said -"', async () => {
    expect(keys(await learned("Customer says: I'm diabetic and need a low sugar option"))).not.toContain('health_conditions');
  });
});
