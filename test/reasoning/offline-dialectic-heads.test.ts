import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * The offline dialectic answers what a question asks for (its head), not what only says whose or which:
 * a fact that matches a modifier or the possessor of the head, or whose key is qualified for another
 * thing, or that cannot give the kind of answer asked for, is no answer, and the dialectic abstains.
 */

const { cited } = offlineCiter();

describe('offline dialectic: "what year" asks for a date', () => {
  const glenys = factsOf({ name: 'Glenys Morgan', occupation: 'retired primary school teacher', devices: ['iPad', 'Kindle'] });
  const olu = factsOf({ name: 'Olu Bello', occupation: 'retired primary school teacher (retired in 2019)' });

  it('abstains when the fact on the topic holds no date', async () => {
    expect(await cited(glenys, 'what year did she retire from teaching?')).toEqual([]);
    expect(await cited(glenys, 'which month did she retire?')).toEqual([]);
  });

  it('answers when the fact gives one', async () => {
    expect(await cited(olu, 'what year did she retire from teaching?')).toEqual(['occupation']);
    expect(await cited(glenys, 'is she retired?')).toEqual(['occupation']);
  });
});

describe('offline dialectic: the head of a request and of "how much … on her X"', () => {
  const priya = factsOf({ name: 'Priya Kulkarni', education: 'M.Des, NID Ahmedabad', laptop: 'MacBook Air M2', occupation: 'UX researcher' });
  const ravi = factsOf({
    name: 'Ravi Menon',
    student_loan: 'about 3 lakh left',
    blood_type: 'O+',
    email: 'ravi@example.com',
    work_style: 'mostly remote, on site on Thursdays',
  });

  it('abstains when only the possessor or a modifier of what is asked is held', async () => {
    expect(await cited(priya, 'how much is left on her education loan?')).toEqual([]);
    expect(await cited(priya, 'IT asset register: I need the serial number of her laptop, do we have it?')).toEqual([]);
  });

  it('answers when the thing asked for is held', async () => {
    expect(await cited(ravi, 'how much is left on his student loan?')).toEqual(['student_loan']);
    expect(await cited(ravi, 'do you know his blood type?')).toEqual(['blood_type']);
    expect(await cited(ravi, 'can you send me his email address')).toEqual(['email']);
    expect(await cited(priya, 'I need her laptop for the audit, which one is it?')).toEqual(['laptop']);
  });

  it('reads "how much of his week" as a part of the week, not as the week asked for', async () => {
    expect(await cited(ravi, 'how much of his week is spent on site?')).toEqual(['work_style']);
  });
});

describe('offline dialectic: a key qualified for another thing than the question asks', () => {
  const funmi = factsOf({ name: 'Funmi Adeyemi', gadget_budget: 'under $150', work_hours: '9 to 5', profession: 'ICU nurse' });
  const ola = factsOf({ name: 'Ola Adeyemi', grocery_budget: '$80 a week', sports_team: 'Toronto Raptors (basketball)' });

  it('abstains when the key narrows the head to something else ("gadget_budget" for the wedding)', async () => {
    expect(await cited(funmi, 'whats her overall budget for the wedding')).toEqual([]);
    expect(await cited(ola, "what's her monthly budget for travel?")).toEqual([]);
  });

  it('answers when the qualifiers agree, or the question does not narrow the head', async () => {
    expect(await cited(funmi, "what's her budget for a new laptop?")).toEqual(['gadget_budget']);
    expect(await cited(funmi, 'what budget does she have?')).toEqual(['gadget_budget']);
    expect(await cited(funmi, 'what are her working hours?')).toEqual(['work_hours']);
    expect(await cited(ola, "what's her food budget?")).toEqual(['grocery_budget']);
    expect(await cited(ola, 'which basketball team does she support?')).toEqual(['sports_team']);
  });
});

describe('offline dialectic: a race asked for, answered by the race a fact names', () => {
  const zanele = factsOf({ name: 'Zanele Dube', goal: 'run the Comrades Marathon in 2027', hobbies: ['bouldering', 'chess'] });
  const thabo = factsOf({ name: 'Thabo Dube', goals: ['learn Portuguese'], hobbies: ['bouldering', 'chess'] });

  it('answers with the marathon, half marathon or parkrun a fact names', async () => {
    expect(await cited(zanele, 'what race is she training for?')).toEqual(['goal']);
  });

  it('still abstains when the profile names no race', async () => {
    expect(await cited(thabo, 'what race is he training for?')).toEqual([]);
  });
});

describe('offline dialectic: a head noun that only a weak cue ties to a concept is what its modifier makes it', () => {
  const priya = factsOf({ name: 'Priya Shah', email: 'priya@example.com', mobile: '+91 98765 43210', nationality: 'Indian' });
  const yusuf = factsOf({ name: 'Yusuf Demir', education: 'Bäckermeister (master baker), Berlin chamber of crafts', religion: 'Muslim' });

  it('abstains on a passport number when only contact numbers are held', async () => {
    expect(await cited(priya, "what's her passport number?")).toEqual([]);
    expect(await cited(priya, 'I need her passport number for the visa form')).toEqual([]);
  });

  it('keeps answering a number the profile holds, and a head noun that names its concept outright', async () => {
    expect(await cited(priya, "what's her mobile number?")).toContain('mobile');
    expect(await cited(yusuf, 'What baking qualifications does he have?')).toEqual(['education']);
  });
});

describe('offline dialectic: "what time does he … work" asks for the hours he keeps', () => {
  const marek = factsOf({ name: 'Marek Zieliński', timezone: 'Europe/London', work_schedule: '6am to 3pm, Monday to Saturday', hobbies: ['fishing'] });

  it('answers with the schedule, not the time zone', async () => {
    expect(await cited(marek, 'what time does he normally knock off work?')).toEqual(['work_schedule']);
  });

  it('still reads "what time is it where he is?" as the time zone', async () => {
    expect(await cited(marek, 'what time is it where he is?')).toEqual(['timezone']);
  });
});

describe('offline dialectic: "how much does he earn?" asks for an amount', () => {
  const tom = factsOf({ name: 'Tomasz Wójcik', budget_style: 'frugal, prefers second-hand', music: ['jazz'], work_style: 'mostly remote, on site on Fridays' });
  const ania = factsOf({ name: 'Ania Wójcik', salary: '£52k', rent: '£900 a month' });

  it('abstains when no fact on the topic gives one', async () => {
    expect(await cited(tom, 'how much does he earn?')).toEqual([]);
  });

  it('answers with an amount, and reads degree and part-of-a-whole questions as before', async () => {
    expect(await cited(ania, 'how much does she earn?')).toEqual(['salary']);
    expect(await cited(ania, 'how much does she pay in rent?')).toEqual(['rent']);
    expect(await cited(tom, 'how much does he like jazz?')).toEqual(['music']);
    expect(await cited(tom, 'how much of his week is spent on site?')).toEqual(['work_style']);
  });
});

describe("offline dialectic: the name of someone else's thing is not their name", () => {
  const tomasz = factsOf({ name: 'Tomasz Wójcik', family: ['wife Ania', 'son Kuba, 6'], pets: ['a greyhound called Biscuit'] });

  it("abstains on the name of his son's school", async () => {
    expect(await cited(tomasz, "what's his son's school called?")).toEqual([]);
    expect(await cited(tomasz, "what's the name of his son's school?")).toEqual([]);
  });

  it('still gives the names of his people and animals', async () => {
    expect(await cited(tomasz, "what's his wife's name?")).toEqual(['family']);
    expect(await cited(tomasz, "what's his dog called?")).toEqual(['pets']);
  });
});

describe("offline dialectic: the head after a possessor's 's ('her hospital's address')", () => {
  const funmi = factsOf({ name: 'Funmi Adeyemi', profession: 'ICU nurse at a downtown hospital', timezone: 'America/Toronto' });
  const ada = factsOf({ name: 'Ada Obi', home_address: '12 Elm Street, Toronto', profession: 'ICU nurse at a downtown hospital' });

  it('abstains when only the possessor (the hospital) is held', async () => {
    expect(await cited(funmi, "what's her hospital's address?")).toEqual([]);
  });

  it('answers when the address is held', async () => {
    expect(await cited(ada, "what's her address?")).toEqual(['home_address']);
    expect(await cited(ada, "what's Ada's address?")).toEqual(['home_address']);
  });
});

describe('offline dialectic: "how old is his car?" asks the age of his car', () => {
  const marek = factsOf({ name: 'Marek Zieliński', age: 41, vehicle: 'Skoda Octavia (family car)', family: ['son Kuba, 12'] });
  const ola = factsOf({ name: 'Ola Zielińska', age: 38, vehicle: '2015 Skoda Octavia' });

  it("abstains when the car's age is not held, whatever the user's age", async () => {
    expect(await cited(marek, 'how old is his car?')).toEqual([]);
  });

  it("answers the car's age when held, and the user's and their people's ages as before", async () => {
    expect(await cited(ola, 'how old is her car?')).toEqual(['vehicle']);
    expect(await cited(marek, 'how old is he?')).toEqual(['age']);
    expect(await cited(marek, 'how old is his son?')).toEqual(['family']);
  });
});

describe('offline dialectic: a month or a day is no name', () => {
  const kai = factsOf(
    { name: 'Kai Nakamura-Reyes', instruments: ['modular synth', 'bass guitar'], current_gig: 'scoring an indie horror game, deadline 30 June' },
    ['current_gig'],
  );
  const yusuf = factsOf({ name: 'Yusuf Demir', company: 'Backstube Demir', work_style: 'closed Mondays' });

  it('abstains on the name of a playlist when the only capitalised word is a month', async () => {
    expect(await cited(kai, "what's their Spotify playlist called?")).toEqual([]);
  });

  it('answers with a name the profile holds', async () => {
    expect(await cited(yusuf, "what's his bakery called?")).toEqual(['company']);
  });
});
