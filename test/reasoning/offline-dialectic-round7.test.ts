import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 18, dialectic retrieval round: by class — the household's accounts, creative writing, chat
 * spellings of question words and everyday short forms.
 */

const { cited } = offlineCiter();

describe("offline dialectic: the household's accounts, each on its own", () => {
  const aoife = factsOf({
    name: 'Aoife Kavanagh',
    energy_supplier: 'Electric Ireland, dual fuel',
    broadband: 'Eir fibre, contract ends March 2026',
    bank: 'AIB current account',
    payday: '25th of the month',
    budget_goal: 'weekly shop down to 180 euro',
    work_days: 'Tuesday to Thursday',
  });

  it('reads electricity, gas and energy as the energy supplier, not the other accounts', async () => {
    expect(await cited(aoife, 'who is her electricity with?')).toEqual(['energy_supplier']);
    expect(await cited(aoife, 'which energy company is she on?')).toEqual(['energy_supplier']);
  });

  it('reads getting paid as payday, not as a budget', async () => {
    expect(await cited(aoife, 'when does she get paid')).toEqual(['payday']);
  });

  it('still reads the broadband and the budget by their own words', async () => {
    expect(await cited(aoife, 'when does the broadband contract end?')).toEqual(['broadband']);
    expect(await cited(aoife, "what's her budget goal?")).toEqual(['budget_goal']);
  });
});

describe('offline dialectic: creative writing, and how far along a piece of work is', () => {
  const niamh = factsOf({
    name: 'Niamh Okafor',
    writing_genre: ['YA fantasy', 'cosy horror'],
    current_project: "novel 'The Salt Orchard', about 40k words of a planned 90k",
    writing_dislikes: ['love triangles', 'second-person POV'],
    favourite_authors: ['Leigh Bardugo', 'Ursula K. Le Guin'],
    interests: ['tarot', 'K-dramas'],
    music_while_working: 'lofi or Studio Ghibli soundtracks',
  });

  it('reads the genre she writes as her writing, a subplot as her writing', async () => {
    expect(await cited(niamh, 'what genre does she write')).toEqual(['writing_genre']);
    const subplot = await cited(niamh, 'thinking of pitching a love triangle subplot for her book, good idea?');
    expect(subplot[0]).toBe('writing_dislikes');
    expect(subplot).not.toContain('interests');
  });

  it('reads "how far into" as the progress of the current work', async () => {
    expect(await cited(niamh, 'how far into the novel is she, roughly?')).toEqual(['current_project']);
  });

  it('still reads a genre of music as music, named by a genre of its own (lofi, soundtracks)', async () => {
    expect(await cited(niamh, 'what genre of music does she like?')).toEqual(['music_while_working']);
    expect(await cited(niamh, 'what music does she like?')).toEqual(['music_while_working']);
  });
});

describe('offline dialectic: an appointment named by its kind', () => {
  const dan = factsOf(
    {
      name: 'Daniel Mensah',
      upcoming: 'annual physical with his family doctor on the 14th',
      health_conditions: ['type 2 diabetes'],
      career_goal: 'director of operations',
    },
    ['upcoming'],
  );

  it('reads a checkup as an upcoming appointment', async () => {
    expect(await cited(dan, 'when is his next checkup?')).toEqual(['upcoming']);
  });

  it('does not make a checkup of his conditions', async () => {
    expect(await cited(dan, 'what health conditions does he have?')).toEqual(['health_conditions']);
  });
});

describe('offline dialectic: chat spellings of question words and everyday short forms', () => {
  const brenda = factsOf({
    name: 'Brenda Hall',
    holiday_budget: 'about £1500 per person',
    current_project: "novel 'The Salt Orchard'",
    health_conditions: ['high blood pressure'],
    career_goal: 'run her own shop',
    coffee: 'oat flat white',
    favourite_food: 'fish pie',
    work_schedule: 'Monday to Friday, 9 to 5',
  });

  it('reads pp, wip and BP as the words they stand for', async () => {
    expect(await cited(brenda, 'whats her budget pp for a holiday')).toEqual(['holiday_budget']);
    expect(await cited(brenda, 'whats her wip called again')).toContain('current_project');
    expect(await cited(brenda, 'is BP something I need to watch in her plan?')).toEqual(['health_conditions']);
  });

  it('reads a doubled letter typed once in a noun ("cofee") as the word', async () => {
    expect(await cited(brenda, 'what kind of cofee does she drink?')).toEqual(['coffee']);
  });

  it('does not read a word of its own as a typo ("super" is no supper)', async () => {
    expect(await cited(brenda, 'is she super busy on fridays?')).not.toContain('favourite_food');
  });
});

describe('offline dialectic: how the user likes to be called or greeted', () => {
  const cel = factsOf({
    name: 'Maricel Dizon',
    preferred_name: 'Cel',
    goals: 'apply for advanced critical care practitioner training in 2027',
    languages: ['Tagalog', 'English'],
  });

  it('reads "like to be called" and "greet her" as the name she goes by, not as a wish', async () => {
    expect(await cited(cel, 'what does she like to be called')).toEqual(['preferred_name']);
    expect(await cited(cel, 'how would she like to be addressed?')).toEqual(['preferred_name']);
    expect(await cited(cel, 'how should I greet her in the email — full name or something shorter?')).toContain('preferred_name');
  });

  it('still reads what she would like to be as a wish', async () => {
    expect(await cited(cel, 'what would she like to be in five years?')).toEqual(['goals']);
  });
});

describe('offline dialectic: the household as the cooking and the shopping count it', () => {
  const nadia = factsOf({
    name: 'Nadia Hussain',
    household_size: 4,
    family: 'husband Imran; son Zayd (10) and daughter Amira (6)',
    grocery_budget: 'about £120 a week for the family',
    diet: 'halal',
    favourite_cuisines: ['Lebanese', 'Sri Lankan'],
  });

  it('reads portions as the household size', async () => {
    expect(await cited(nadia, 'how many portions per meal normally?')).toEqual(['household_size']);
  });

  it('reads the weekly shop and what she spends on it as the grocery budget', async () => {
    expect(await cited(nadia, 'how much should the weekly shop come to')).toEqual(['grocery_budget']);
    expect(await cited(nadia, 'what does she spend on the food shop?')).toEqual(['grocery_budget']);
  });

  it('still reads a favourite meal as food, not the household', async () => {
    expect(await cited(nadia, "what's her favourite meal?")).toEqual(['favourite_cuisines']);
  });
});

describe('offline dialectic: working on his own account', () => {
  const rav = factsOf({
    name: 'Ravinder Gill',
    employment: 'self-employed owner-operator',
    hobbies: ['woodworking'],
    diet: 'lacto-vegetarian',
  });

  it('reads "work for himself" and "own boss" as his employment', async () => {
    expect(await cited(rav, 'does he work for himself?')).toEqual(['employment']);
    expect(await cited(rav, 'is he his own boss?')).toEqual(['employment']);
  });

  it('does not read cooking for himself as work', async () => {
    expect(await cited(rav, 'does he cook for himself?')).not.toContain('employment');
  });
});
