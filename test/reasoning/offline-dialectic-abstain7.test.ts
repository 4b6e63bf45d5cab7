import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 18, third abstention round: people of a trade the user has, named with a noun that says which one ("his
 * piano teacher", "her guitar students"), are someone else.
 */

const { cited } = offlineCiter();

describe('offline dialectic: a trade the user has, named with a noun before it, is someone else', () => {
  const teo = factsOf({
    name: 'Mateo Ruiz',
    occupation: 'Twitch streamer; teaches beginner guitar lessons on Sundays',
    instruments: 'guitar (12 years), learning piano',
  });

  it('abstains on the people named by the noun phrase', async () => {
    expect(await cited(teo, "what are his guitar students' names")).toEqual([]);
    expect(await cited(teo, "who's his piano teacher")).toEqual([]);
    expect(await cited(teo, 'where does his old yoga instructor live?')).toEqual([]);
  });

  it('still answers the trade said of the user, or a thing the noun phrase names', async () => {
    expect(await cited(teo, 'is he a guitar teacher?')).toEqual(['occupation']);
    expect(await cited(teo, 'is his guitar teacher job on weekends?')).toContain('occupation');
  });
});

describe('offline dialectic: "how much is the X?" asks for an amount, which a day of the month does not give', () => {
  const aoife = factsOf({
    name: 'Aoife Brennan',
    insurance: 'car with FBD, renews 12 August; home with Aviva',
    rent: '€1,450 a month',
    music: 'loves jazz',
  });

  it('abstains when the fact on the thing names no amount', async () => {
    expect(await cited(aoife, 'How much is the home insurance premium?')).toEqual([]);
    expect(await cited(aoife, 'how much does her car insurance cost?')).toEqual([]);
  });

  it('still answers an amount held, a date asked, or "how much" that asks no price', async () => {
    expect(await cited(aoife, 'how much is her rent?')).toEqual(['rent']);
    expect(await cited(aoife, 'when does the car insurance renew?')).toEqual(['insurance']);
    expect(await cited(aoife, 'how much is she into jazz?')).toEqual(['music']);
  });
});

describe('offline dialectic: a professional that modifies the next noun names a thing of the user ("her GP appointment")', () => {
  const aoife = factsOf({
    name: 'Aoife Kavanagh',
    upcoming_appointments: 'boiler service Monday morning; her own GP appointment Friday at 10',
    work: 'pharmacy technician',
    pets: 'a labrador called Rua',
  });

  it("answers the user's appointment", async () => {
    expect(await cited(aoife, 'whens her gp appt')).toEqual(['upcoming_appointments']);
  });

  it('still abstains on the professional, a colleague or an animal themselves', async () => {
    expect(await cited(aoife, 'where does her boss sleep')).toEqual([]);
    expect(await cited(aoife, 'is her boss meeting them on friday?')).toEqual([]);
    expect(await cited(aoife, 'what time does her dog walker come')).toEqual([]);
    expect(await cited(aoife, 'when is her gp on holiday?')).toEqual([]);
  });
});

describe('offline dialectic: a closing "these days" beside a topic asked in full says only when', () => {
  const funmi = factsOf({
    name: 'Funmi Adebayo',
    employer: 'BrightPath Home Care',
    current_status: 'exhausted; mum had a fall last week',
    current_focus: 'hiring a receptionist',
  });
  const tomasz = factsOf({ name: 'Tomasz Nowak', location: 'Leeds, UK', current_project: 'migrating the billing service to Kafka' });

  it('does not cite a fact on the present beside the one on the topic', async () => {
    expect(await cited(funmi, "who's she working for these days")).toEqual(['employer']);
    expect(await cited(tomasz, "where's he based these days")).toEqual(['location']);
  });

  it('still answers a question about the present itself', async () => {
    expect(await cited(funmi, "what's she up to these days?")).toEqual(['current_focus', 'current_status']);
  });
});

describe('offline dialectic: the present a progressive adds only says a topic named by a word is under way', () => {
  const hannah = factsOf({
    name: 'Hannah Kowalczyk',
    current_focus: 'marking Year 11 mock exams',
    current_goal: 'saving for a kitchen extension',
    current_project: 'building a shed',
  });

  it('answers the topic the verb names, not the fact on the present beside it', async () => {
    expect(await cited(hannah, 'what is she saving for?')).toEqual(['current_goal']);
  });

  it('still answers what she is in the middle of when no word names a topic', async () => {
    expect(await cited(hannah, 'what is she up to?')).toContain('current_project');
  });
});

describe('offline dialectic: a statement asked as a question ("she has a dog?") is about the user', () => {
  const niamh = factsOf({
    name: 'Niamh Okafor',
    pets: 'a cat called Biscuit who lives at her parents house',
    family: 'younger sister Ada, 16',
  });

  it('answers what the user has', async () => {
    expect(await cited(niamh, 'she has a dog or a cat?')).toEqual(['pets']);
    expect(await cited(niamh, 'she has a dog?')).toEqual(['pets']);
  });

  it('still abstains on the relative the user has', async () => {
    expect(await cited(niamh, 'her sister has a dog?')).toEqual([]);
    expect(await cited(niamh, 'is her sister at uni?')).toEqual([]);
  });
});
