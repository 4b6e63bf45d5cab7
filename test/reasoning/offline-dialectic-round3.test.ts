import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 16: questions narrower than what the profile holds — a detail of something the profile only
 * mentions (the make of a truck it names, the names of staff it counts) — must abstain, while the
 * questions the same facts do answer keep their answers.
 */

const { reasoner, cited } = offlineCiter();

describe('offline dialectic: the names of people the profile only counts', () => {
  const tunde = factsOf({ name: 'Tunde Bakare', business_name: 'InkSpot Prints', employees: '4' });

  it('abstains on their names when the key holds a count', async () => {
    expect(await cited(tunde, "what are his employees' names?")).toEqual([]);
  });

  it('still gives the count, and names a key holds', async () => {
    expect(await cited(tunde, 'how many employees does he have?')).toEqual(['employees']);
    const named = factsOf({ name: 'Tunde Bakare', employees: ['Sam', 'Tolu'] });
    expect(await cited(named, "what are his employees' names?")).toEqual(['employees']);
  });
});

describe("offline dialectic: a maker's name asked for (make, model, brand)", () => {
  const rav = factsOf({
    name: 'Rav Sandhu',
    job_title: 'long-haul truck driver',
    business_type: 'mobile dog grooming van',
  });

  it('is not answered by a value that only names the thing', async () => {
    expect(await cited(rav, 'whats the make and model of his truck')).toEqual([]);
    expect(await cited(rav, 'what make and model is his grooming van?')).toEqual([]);
  });

  it('is answered by a maker or a product name, and the thing itself still answers other questions', async () => {
    const car = factsOf({ name: 'Rav Sandhu', car: '2019 Toyota Hilux', phone: 'iPhone 14' });
    expect(await cited(car, 'whats the make and model of his truck')).toEqual(['car']);
    expect(await cited(car, 'what model phone does she have?')).toEqual(['phone']);
    expect(await cited(rav, 'what does he do for a living?')).toEqual(['job_title']);
  });
});

describe('offline dialectic: "what time" is answered by a schedule only when it names a time of day', () => {
  const shiru = factsOf({ name: 'Shiru Kamau', work_schedule: 'night shifts every other week', timezone: 'Africa/Nairobi' });

  it('abstains when the schedule names no time', async () => {
    expect(await cited(shiru, 'what time does her night shift start?')).toEqual([]);
  });

  it('keeps a schedule with hours, a range of hours, and the time zone', async () => {
    const hours = factsOf({ name: 'Shiru Kamau', work_schedule: 'night shifts, 7pm to 7am' });
    expect(await cited(hours, 'what time does her night shift start?')).toEqual(['work_schedule']);
    const range = factsOf({ name: 'Shiru Kamau', work_schedule: '9 to 5, Monday to Friday', travel_plans: 'Calgary, Dec 8 to 10' });
    expect(await cited(range, 'what time does she finish work?')).toEqual(['work_schedule']);
    expect(await cited(shiru, 'when does she work nights?')).toEqual(['work_schedule']);
  });
});

describe("offline dialectic: the user's tradespeople and staff are someone else", () => {
  const dev = factsOf({ name: 'Dev Pillai', languages: ['English', 'Tamil'], job: 'dog groomer' });

  it('abstains on what they do, and names them plainly', async () => {
    expect(await cited(dev, 'what languages do his groomers speak?')).toEqual([]);
    expect(await cited(dev, 'what does his accountant charge?')).toEqual([]);
    const answer = await reasoner.answer({ question: 'what languages do his groomers speak?', facts: dev, history: [] });
    expect(answer.text).toContain("his groomers' languages");
  });

  it('keeps the user, and a trade that only modifies another noun or that the user is', async () => {
    expect(await cited(dev, 'what languages does he speak?')).toEqual(['languages']);
    expect(await cited(dev, 'is he a groomer?')).toEqual(['job']);
    expect(await cited(dev, 'is his groomer job busy?')).toEqual(['job']);
  });
});

describe('offline dialectic: an amount of money is not answered by a year', () => {
  const rav = factsOf({
    name: 'Rav Sandhu',
    financial_goal: 'pay off the truck loan by 2027',
    business_name: 'InkSpot Prints',
    grocery_budget: '$250 a week',
  });

  it('abstains when the value names only a year, or only the thing the amount is of', async () => {
    expect(await cited(rav, 'how much is left on the truck loan?')).toEqual([]);
    expect(await cited(rav, 'how much does inkspot prints turn over in a year?')).toEqual([]);
  });

  it('keeps amounts, and the year for "when"', async () => {
    expect(await cited(rav, 'how much does he spend on groceries?')).toEqual(['grocery_budget']);
    expect(await cited(rav, 'when does he want to pay off the truck loan?')).toEqual(['financial_goal']);
    const loan = factsOf({ name: 'Rav Sandhu', loan: '2000 left on the truck loan' });
    expect(await cited(loan, 'how much is left on the truck loan?')).toEqual(['loan']);
  });
});

describe('offline dialectic: "which X" asks for one X, which the kind alone does not name', () => {
  const funmi = factsOf({
    name: 'Funmi Adeyemi',
    religion: 'Pentecostal Christian, church every Sunday morning',
    dislikes: ['phone calls'],
    interests: ['crime novels'],
  });

  it('abstains on an unnamed church, and on a word the value uses only as a modifier', async () => {
    expect(await cited(funmi, 'which church does she go to?')).toEqual([]);
    expect(await cited(funmi, 'which phone does she use?')).toEqual([]);
  });

  it('keeps a named one, a kind in the plural, and the phrase itself', async () => {
    const named = factsOf({ name: 'Funmi Adeyemi', religion: "Anglican, St Mary's church on Sundays", devices: 'Pixel 8 phone' });
    expect(await cited(named, 'which church does she go to?')).toEqual(['religion']);
    expect(await cited(named, 'which phone does she use?')).toEqual(['devices']);
    expect(await cited(funmi, 'is she religious?')).toEqual(['religion']);
    expect(await cited(funmi, 'does she like phone calls?')).toEqual(['dislikes']);
    expect(await cited(funmi, 'what book could I give her?')).toEqual(['interests']);
  });
});

describe('offline dialectic: "what model is his phone?" asks which phone; "is she a model?" asks what she is', () => {
  const rav = factsOf({ name: 'Rav Sandhu', phone: 'iPhone 14', occupation: 'fashion model' });
  const none = factsOf({ name: 'Rav Sandhu', dislikes: 'phone calls', job_title: 'truck driver' });

  it('makes the thing after "is his" the head, answered by a product name only', async () => {
    expect(await cited(rav, 'what model is his phone?')).toContain('phone');
    expect(await cited(none, 'what model is his phone?')).toEqual([]);
    expect(await cited(none, 'what make is his truck?')).toEqual([]);
  });

  it('keeps a model as what the user is, with no name in the value', async () => {
    expect(await cited(rav, 'is she a model?')).toEqual(['occupation']);
    expect(await cited(rav, 'is she a fashion model?')).toEqual(['occupation']);
  });
});

describe('offline dialectic: a bare relation with no possessive asks whether the user has them', () => {
  const tunde = factsOf({ name: 'Tunde Bakare', family: 'married, two daughters', pets: ['cat called Mango'] });

  it('answers "kids?" and "any pets?" from the user\'s own facts', async () => {
    expect(await cited(tunde, 'kids?')).toEqual(['family']);
    expect(await cited(tunde, 'any pets?')).toEqual(['pets']);
  });

  it('keeps a possessed relation as someone else', async () => {
    expect(await cited(tunde, 'and his wife?')).toEqual([]);
    expect(await cited(tunde, "her husband's name?")).toEqual([]);
  });
});
