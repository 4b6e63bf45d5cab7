import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/** The offline dialectic cites the facts its answer rests on, not the ones that only touch a word of the setting. */

const { cited } = offlineCiter();

describe('offline dialectic: facts on another part of the question', () => {
  const mina = factsOf({
    name: 'Mina Okafor',
    allergies: ['kiwi', 'sesame'],
    alcohol: "doesn't drink alcohol",
    hobbies: ['badminton', 'pottery'],
    diet: 'pescatarian',
    health_conditions: ['coeliac disease'],
    work_schedule: 'Monday to Friday, 8am to 4pm',
  });

  it('leaves out a weaker fact that answers only the setting ("at the cafe")', async () => {
    expect(await cited(mina, 'can she have the kiwi and passion fruit smoothie at the cafe?')).toEqual(['allergies']);
  });

  it('keeps a second fact on the same part of the question', async () => {
    expect((await cited(mina, 'is there anything she cannot eat?')).sort()).toEqual(['allergies', 'diet']);
  });

  it('keeps a fact that answers another part in full ("wheat flour and butter")', async () => {
    const keys = await cited(
      factsOf({ name: 'Sam Berg', health_conditions: ['coeliac disease'], diet: 'dairy-free', hobbies: ['drawing'] }),
      "I'm baking her a cake with ordinary wheat flour and butter, all right?",
    );
    expect(keys.sort()).toEqual(['diet', 'health_conditions']);
  });
});

describe('offline dialectic: stems of content words', () => {
  it('does not read "notes" as the "not" of a value ("does not drink")', async () => {
    const kemi = factsOf({ name: 'Kemi Adeyemi', alcohol: 'does not drink', editor: 'Neovim' });
    expect(await cited(kemi, 'does she take notes by hand?')).toEqual([]);
    expect(await cited(kemi, 'where does she keep her notes?')).toEqual([]);
  });

  it('still matches notes with notes', async () => {
    const kemi = factsOf({ name: 'Kemi Adeyemi', alcohol: 'does not drink', work_habits: 'takes handwritten notes in every meeting' });
    expect(await cited(kemi, 'does she take notes by hand?')).toEqual(['work_habits']);
  });
});

describe('offline dialectic: a dose is a measure', () => {
  it('abstains on a dose when only the medication is stored', async () => {
    const kemi = factsOf({ name: 'Kemi Adeyemi', medications: ['cetirizine'], allergies: ['dust mites'] });
    expect(await cited(kemi, 'what dose of cetirizine does she take?')).toEqual([]);
    expect(await cited(kemi, "what's her cetirizine dosage?")).toEqual([]);
    expect(await cited(kemi, 'what medication is she on?')).toEqual(['medications']);
  });

  it('answers a dose when the value gives one', async () => {
    const kemi = factsOf({ name: 'Kemi Adeyemi', medications: ['cetirizine 10mg daily'], allergies: ['dust mites'] });
    expect(await cited(kemi, 'what dose of cetirizine does she take?')).toEqual(['medications']);
  });
});

describe('offline dialectic: a closing "before" asks about the past', () => {
  const kemi = factsOf({ name: 'Kemi Adeyemi', location: 'Lagos, Nigeria', employer: 'Ledgerline' });

  it('abstains on "has she lived anywhere outside Nigeria before?" when only where she lives now is stored', async () => {
    expect(await cited(kemi, 'has she lived anywhere outside Nigeria before?')).toEqual([]);
  });

  it('answers it from a fact that keeps the past, and leaves "before the call" and the present alone', async () => {
    const moved = factsOf({ name: 'Kemi Adeyemi', location: 'Lagos, Nigeria', previous_cities: ['lived in London 2015-2018'] });
    expect(await cited(moved, 'has she lived anywhere outside Nigeria before?')).toEqual(['previous_cities']);
    expect(await cited(kemi, 'where does she live?')).toEqual(['location']);
    expect(await cited(kemi, 'does she live in Lagos or should I check before booking?')).toEqual(['location']);
  });
});

describe('offline dialectic: a member of another class named in the head', () => {
  it('abstains on "which blood pressure tablets" when only the condition is stored', async () => {
    const rosa = factsOf({ name: 'Rosa Dizon', health: 'high blood pressure, keeps to a low-salt diet', hobbies: ['karaoke'] });
    expect(await cited(rosa, 'which blood pressure tablets is she on')).toEqual([]);
  });

  it('answers it when a medicine is stored', async () => {
    const rosa = factsOf({ name: 'Rosa Dizon', health: 'high blood pressure', medications: ['amlodipine for blood pressure'] });
    expect(await cited(rosa, 'which blood pressure tablets is she on')).toEqual(['medications']);
  });

  it('abstains on "which basketball team" when a pastime only names the sport and a league', async () => {
    const rosa = factsOf({ name: 'Rosa Dizon', hobbies: ['karaoke', 'watching PBA basketball'] });
    expect(await cited(rosa, 'which basketball team does she support')).toEqual([]);
    const fan = factsOf({ name: 'Rosa Dizon', hobbies: ['karaoke', 'basketball (Chicago Bulls fan)'] });
    expect(await cited(fan, 'which basketball team does she support')).toEqual(['hobbies']);
  });
});

describe('offline dialectic: a member named and found outweighs a topic nothing answers', () => {
  const arjun = factsOf({ name: 'Arjun Nair', languages: ['Malayalam', 'English'], job_title: 'data scientist', hobbies: ['cricket'] });

  it('answers from the fact that holds the member as written ("Malayalam")', async () => {
    expect(await cited(arjun, 'is it ok to send him the malayalam version of the contract')).toEqual(['languages']);
    expect(await cited(arjun, 'the patient leaflet needs a check in Malayalam or Hindi - can he do it?')).toEqual(['languages']);
  });

  it('still abstains when the member is not in the fact', async () => {
    expect(await cited(arjun, 'is it ok to send him the tamil version of the contract')).toEqual([]);
    expect(await cited(arjun, 'the patient leaflet needs a check in Tamil - can he do it?')).toEqual([]);
  });
});

describe('offline dialectic: a state after a change', () => {
  const vula = factsOf({
    name: 'Vula Dube',
    working_hours: '9am to 5pm',
    location: 'Johannesburg',
    upcoming_event: 'speaking at DevConf in Johannesburg next Thursday',
    favorite_drink: 'rooibos tea',
  });

  it('abstains when the profile holds only the present', async () => {
    expect(await cited(vula, 'what are her working hours going to be after she moves to Cape Town?')).toEqual([]);
    expect(await cited(vula, "where's she planning to live once she starts the new job?")).toEqual([]);
  });

  it('answers from a fact on both the thing asked and the change, and leaves present questions alone', async () => {
    const moving = factsOf({ name: 'Vula Dube', location: 'Johannesburg', future_location: 'Cape Town, once she starts at the new studio' });
    expect(await cited(moving, 'where will she live once she starts at the new studio?')).toEqual(['future_location']);
    expect(await cited(vula, 'what should I offer her to drink when she visits?')).toEqual(['favorite_drink']);
    expect(await cited(vula, 'what are her working hours?')).toEqual(['working_hours']);
  });
});

describe('offline dialectic: the day of the week asked about', () => {
  const kemi = factsOf({
    name: 'Kemi Adeyemi',
    working_hours: '10:00-18:00 WAT; no meetings on Fridays after 14:00',
    religion: 'Christian; church on Sunday mornings',
    editor: 'Neovim',
  });

  it('cites a fact that names the day beside the working hours', async () => {
    expect((await cited(kemi, 'can I put a code review in on sunday at 9am for her?')).sort()).toEqual(['religion', 'working_hours']);
  });

  it('leaves it out on another day', async () => {
    expect(await cited(kemi, 'can I put a code review in on tuesday at 9am for her?')).toEqual(['working_hours']);
  });
});

describe('offline dialectic: a closing time after the verb asked', () => {
  const arjun = factsOf({
    name: 'Arjun Nair',
    current_status: 'on call for the data pipeline this week',
    research_area: 'sepsis prediction from ICU vitals',
    job_title: 'data scientist',
  });

  it('answers the verb, not the time ("these days", "at the moment")', async () => {
    expect(await cited(arjun, 'whats he researching these days')).toEqual(['research_area']);
    expect(await cited(arjun, 'what is he researching at the moment?')).toEqual(['research_area']);
  });

  it('still reads the time as the topic when no verb is asked', async () => {
    expect(await cited(arjun, "what's going on with him this week?")).toEqual(['current_status']);
  });
});
