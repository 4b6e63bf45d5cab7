import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 21, dialectic retrieval round: by class — boats as vehicles of the water, leave from work and the
 * return from it, licences and tickets to do a thing.
 */

const { cited } = offlineCiter();

describe('offline dialectic: boats are vehicles of the water', () => {
  const ally = factsOf({
    name: 'Alasdair MacLeod',
    boat: "Westerly Centaur 26 called 'Morven', moored at Largs Yacht Haven",
    car: 'Skoda Octavia estate',
    hobbies: ['valve radios'],
  });
  const jo = factsOf({ name: 'Jo Pike', narrowboat: "lives aboard a 57ft narrowboat, 'Kingfisher', on the Kennet and Avon", hobbies: ['pottery'] });

  it('finds the boat by a kind of boat the question names', async () => {
    expect(await cited(ally, 'whats the name of his yacht')).toEqual(['boat']);
    expect(await cited(ally, 'where does he keep his sailboat?')).toEqual(['boat']);
    expect(await cited(jo, 'what is her boat called?')).toEqual(['narrowboat']);
  });

  it('leaves the car, other hobbies and other people alone', async () => {
    expect(await cited(ally, 'what car does he drive?')).toEqual(['car']);
    expect(await cited(ally, "what's his son's yacht called?")).toEqual([]);
    expect(await cited(jo, 'what does she do for fun?')).toEqual(['hobbies']);
  });
});

describe('offline dialectic: leave from work and the return from it', () => {
  const hannah = factsOf({
    name: 'Hannah Okafor',
    employment_status: 'on maternity leave since December 2024',
    return_to_work_date: '1 September 2025',
    preferred_return_pattern: '3 days a week, no weekend shifts at first',
    drinks: 'decaf flat white in the morning',
    career_goal: 'antimicrobial stewardship lead',
  });

  it('reads mat leave, parental leave and going back to work as that leave', async () => {
    expect(await cited(hannah, 'when does her mat leave end')).toContain('return_to_work_date');
    expect(await cited(hannah, 'when does her mat leave end')).not.toContain('drinks');
    expect(await cited(hannah, 'when is she back to work?')).toContain('return_to_work_date');
    expect(await cited(hannah, 'Is she planning to go back full-time or on reduced hours?')).toContain('preferred_return_pattern');
  });

  it('leaves a yerba mate, trips home and other people alone', async () => {
    expect(await cited(hannah, 'does she drink yerba mate?')).toEqual(['drinks']);
    expect(await cited(hannah, 'when does her husband go back to work?')).toEqual([]);
    expect(await cited(hannah, 'what does she drink in the morning?')).toEqual(['drinks']);
  });
});

describe('offline dialectic: licences and tickets to do a thing', () => {
  const ally = factsOf({
    name: 'Alasdair MacLeod',
    sailing_experience: 'RYA Yachtmaster Coastal; about 40 years sailing the Clyde',
    sailing_club: 'Largs Sailing Club',
    education: 'BEng Mechanical Engineering, Strathclyde',
  });
  const gaz = factsOf({ name: 'Gaz Evans', occupation: 'plumber', tickets: ['CSCS card', 'Gas Safe registered'], hobbies: ['rugby'] });

  it('finds the ticket a question about being qualified to do something asks for', async () => {
    expect(await cited(ally, 'Is he qualified to skipper a coastal passage himself, or should we hire a skipper?')).toEqual(['sailing_experience']);
    expect(await cited(gaz, 'is he qualified to fix a gas boiler?')).toEqual(['tickets']);
    expect(await cited(gaz, 'does he hold a CSCS card?')).toEqual(['tickets']);
  });

  it('leaves what was studied and other people alone', async () => {
    expect(await cited(ally, 'where did he study?')).toEqual(['education']);
    expect(await cited(ally, 'is his son qualified to skipper?')).toEqual([]);
  });
});

describe('offline dialectic: a journey to a named place is a trip, and a plan may be one', () => {
  const ally = factsOf({
    name: 'Alasdair MacLeod',
    current_plan: 'a day sail to Millport on Great Cumbrae in June',
    carer_benefits: 'applied for Carer Support Payment in February',
    hobbies: ['valve radios'],
  });
  const mo = factsOf({ name: 'Mo Hassan', plans: 'learn Spanish this year', occupation: 'accountant' });

  it('finds the planned journey when a trip is asked for', async () => {
    expect(await cited(ally, 'what trip is he planning right now')).toEqual(['current_plan']);
    expect(await cited(ally, 'is he going anywhere in June?')).toEqual(['current_plan']);
  });

  it('does not take a plan that names no journey for a trip, nor answer for someone else', async () => {
    expect(await cited(mo, 'what trip is he planning?')).toEqual([]);
    expect(await cited(ally, 'what trip is his son planning?')).toEqual([]);
  });
});

describe('offline dialectic: an employer stored under the kind of business it is', () => {
  const dale = factsOf({
    name: 'Dale Kowalski',
    occupation: 'long-haul truck driver',
    carrier: 'Heartland Ridge Transport (company driver)',
    driving_schedule: 'prefers running nights',
  });
  const pia = factsOf({ name: 'Pia Lund', dislikes: ['company cars', 'open-plan offices'], occupation: 'architect' });

  it('answers which company by the carrier the user drives for', async () => {
    expect(await cited(dale, 'which company does he drive for?')).toEqual(['carrier']);
    expect(await cited(dale, 'who is his employer?')).toEqual(['carrier']);
  });

  it('does not take a company named only as a modifier in another fact for the employer', async () => {
    expect(await cited(pia, 'which company does she work for?')).toEqual([]);
    expect(await cited(dale, 'which company does his daughter work for?')).toEqual([]);
  });
});

describe('offline dialectic: the body, its operations and its blood sugar', () => {
  const ally = factsOf({
    name: 'Alasdair MacLeod',
    health: ['type 2 diabetes, diet-controlled', 'right knee replacement in 2019'],
    diet: 'low sugar; loves smoked fish',
    hobbies: ['valve radios'],
  });
  const dale = factsOf({
    name: 'Dale Kowalski',
    glucose_monitor: 'FreeStyle Libre 2; target range 80-180 mg/dL',
    medical_conditions: ['type 2 diabetes'],
    coffee: 'black, four cups a day',
  });
  const ops = factsOf({ name: 'Sam Reid', work_role: 'IT operations lead', hobbies: ['chess'] });

  it('reads an op as an operation on the body, and the tide as when', async () => {
    expect(await cited(ally, "He had a knee op a few years back, didn't he? Will he be ok on the ladder at low water?")).toContain('health');
    expect(await cited(ally, "He had a knee op a few years back, didn't he? Will he be ok on the ladder at low water?")).not.toContain('diet');
  });

  it('finds the target range of the monitor when blood sugar is asked', async () => {
    expect(await cited(dale, "what's his target blood sugar range on the CGM?")).toEqual(['glucose_monitor']);
  });

  it('leaves ops work, drinks of water and other people alone', async () => {
    expect(await cited(ops, 'is he in IT operations?')).toEqual(['work_role']);
    expect(await cited(dale, 'how does he take his coffee?')).toEqual(['coffee']);
    expect(await cited(ally, "what's his wife's target blood sugar range?")).toEqual([]);
  });
});

describe('offline dialectic: caring for a relative is a role in the family', () => {
  const funmi = factsOf({ name: 'Funmi Ade', caring_role: 'looks after her mum, who has dementia', occupation: 'pharmacist' });

  it('finds the caring role', async () => {
    expect(await cited(funmi, 'who does she look after?')).toEqual(['caring_role']);
    expect(await cited(funmi, 'is she a carer for anyone?')).toEqual(['caring_role']);
  });

  it('leaves her work and other people alone', async () => {
    expect(await cited(funmi, 'what does she do for work?')).toEqual(['occupation']);
    expect(await cited(funmi, 'who does her brother look after?')).toEqual([]);
  });
});

describe("offline dialectic: the household's suppliers and bills by the names people use", () => {
  const geoff = factsOf({
    name: 'Geoffrey Marsh',
    energy_supplier: 'Octopus Energy, dual fuel, £142 a month by direct debit',
    council_tax: 'Band D, paid in 10 monthly instalments',
    favourite_music: ['brass band music'],
    car: '2015 Honda Jazz',
  });

  it('reads gas and electric as the energy supplier, and the council tax band as the council tax', async () => {
    expect(await cited(geoff, 'who does he pay for gas and electric?')).toEqual(['energy_supplier']);
    expect(await cited(geoff, 'what council tax band is he?')).toEqual(['council_tax']);
  });

  it('leaves a band of music, an electric car and other people alone', async () => {
    expect(await cited(geoff, 'what music does he like?')).toEqual(['favourite_music']);
    expect(await cited(geoff, 'is his car electric?')).toEqual(['car']);
    expect(await cited(geoff, "what council tax band is his son's flat?")).toEqual([]);
    // Each bill by its own name: the council tax does not say what the water bill is.
    expect(await cited(geoff, "what's his water bill?")).toEqual([]);
  });
});

describe('offline dialectic: who may act for the user', () => {
  const geoff = factsOf({
    name: 'Geoffrey Marsh',
    power_of_attorney: 'daughter Helen holds lasting power of attorney for property and finances',
    savings: 'about £15,000 in an easy-access account',
    pensions: ['State Pension'],
  });

  it('finds the power of attorney when someone to deal with the money or decide is asked for', async () => {
    expect(await cited(geoff, 'If he ends up in hospital, who can deal with his money?')).toEqual(['power_of_attorney']);
    expect(await cited(geoff, 'who has the legal authority to act on his behalf?')).toEqual(['power_of_attorney']);
  });

  it('leaves his savings alone', async () => {
    expect(await cited(geoff, 'how much has he got in savings?')).toEqual(['savings']);
  });
});

describe('offline dialectic: a religious service by its name', () => {
  const nora = factsOf({ name: 'Nora Fitzgerald', faith: 'Catholic; Sunday Mass at 10 in Salthill', exercise: 'builds muscle mass with light weights' });

  it('reads Sunday Mass as her faith', async () => {
    expect(await cited(nora, 'What time is Sunday Mass for her?')).toEqual(['faith']);
    expect(await cited(nora, 'does she go to mass?')).toEqual(['faith']);
  });

  it('leaves muscle mass and other people alone', async () => {
    expect(await cited(nora, 'is she building muscle mass?')).toEqual(['exercise']);
    expect(await cited(nora, 'what time does her sister go to mass?')).toEqual([]);
  });
});

describe('offline dialectic: the name the user goes by online', () => {
  const ravi = factsOf({ name: 'Ravi Chandran', gamertag: 'RaviolioGG', streaming_platform: 'Twitch', hobbies: ['Apex Legends'] });

  it('finds the gamertag as his username or screen name', async () => {
    expect(await cited(ravi, "what's his username?")).toEqual(['gamertag']);
    expect(await cited(ravi, 'what screen name does he use?')).toEqual(['gamertag']);
  });

  it('leaves his own name, a handle on a platform it does not name, and other people alone', async () => {
    expect(await cited(ravi, "what's his name?")).toEqual(['name']);
    expect(await cited(ravi, "what's his PSN ID?")).toEqual([]);
    expect(await cited(ravi, "what's his brother's username?")).toEqual([]);
  });
});
