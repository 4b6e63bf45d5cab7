import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 23, smaller dialectic classes: a limit asked for ("her max budget", "the lowest rating she'd consider")
 * said by a value in its own words; a period written short in a key ("rent_pcm"); a number of a unit of time ("one
 * month's notice") is no amount; a trade written short in capitals ("her OT's name") is someone else; more kinds of
 * dog and cat in a pets item.
 */

const { cited } = offlineCiter();

describe('offline dialectic: limits, periods and short forms', () => {
  const priya = factsOf({
    name: 'Priya Shah',
    location: 'Leeds',
    budget: 'up to £235,000',
    buying_status: 'first-time buyer with a mortgage agreement in principle for £210,000',
    values: ['energy efficiency matters — wants EPC C or better'],
    rent_pcm: 925,
    tenancy: "periodic since March 2024; one month's notice",
  });
  const lena = factsOf({
    name: 'Lena Kowalczyk',
    location: 'Wollongong',
    mobility: 'uses a walker indoors and a wheelchair for longer distances',
    pets: ['blue heeler called Mabel', 'two chooks'],
  });

  it('reads a limit asked for in the words a value states it', async () => {
    expect(await cited(priya, 'whats her max budgt for buying')).toEqual(['budget']);
    expect(await cited(priya, "what's the lowest EPC rating she'd consider?")).toEqual(['values']);
  });

  it('does not take a value without the limit for one', async () => {
    expect(await cited(priya, 'what is the highest floor she would live on?')).toEqual([]);
  });

  it('reads a period written short in a key, and no amount in a length of time', async () => {
    expect(await cited(priya, 'how much rent does she pay a month')).toEqual(['rent_pcm']);
  });

  it("takes a trade written short in capitals for someone else's", async () => {
    expect(await cited(lena, "what's her OT's name?")).toEqual([]);
  });

  it('knows more kinds of dog in a pets item', async () => {
    expect(await cited(lena, 'what breed is her dog?')).toEqual(['pets']);
    expect(await cited(lena, "what's her dog called?")).toEqual(['pets']);
  });
});

describe('offline dialectic: numbers that are no amount of money', () => {
  const tam = factsOf({
    name: 'Tam Reid',
    role: 'self-employed dog walker and pet sitter',
    qualifications: ['canine first aid certificate', 'Level 2 dog grooming'],
    upcoming_trip: 'Routeburn–Caples loop, 14–17 March',
  });

  it('abstains on a price when the number is a level or a day of a range', async () => {
    expect(await cited(tam, 'how much does she charge for grooming?')).toEqual([]);
    expect(await cited(tam, 'how much is the Routeburn trip costing her?')).toEqual([]);
  });

  it('abstains on a price when the number is part of a name ("Westerly Centaur 26")', async () => {
    const alasdair = factsOf({ name: 'Alasdair Reid', boat: "Westerly Centaur 26 called 'Morven', moored at Largs Yacht Haven" });
    expect(await cited(alasdair, 'How much did he pay for Morven?')).toEqual([]);
    const paid = factsOf({ name: 'Alasdair Reid', boat: "Westerly Centaur called 'Morven', bought for 18,000 pounds in 2019" });
    expect(await cited(paid, 'How much did he pay for Morven?')).toEqual(['boat']);
  });
});

describe("offline dialectic: the name of another thing is not the user's", () => {
  const gaz = factsOf({
    name: 'Gareth Pryce',
    preferred_name: 'Gaz',
    work_business_name: 'Pryce Plumbing & Heating',
    invoice_terms: '14 days, bank transfer',
  });
  const niamh = factsOf({ name: 'Niamh Gallagher', occupation: 'freelance wedding photographer' });

  it('answers a trading name from the business name, not the user name', async () => {
    expect(await cited(gaz, 'What trading name goes at the top of the invoice?')).toEqual(['work_business_name']);
  });

  it("abstains on another thing's name when no fact names it", async () => {
    expect(await cited(niamh, "what are the bride and groom's names for the Harrington wedding?")).toEqual([]);
    expect(await cited(niamh, "what's her boat's name?")).toEqual([]);
  });

  it("still answers the user's own names", async () => {
    expect(await cited(gaz, "what's his full name?")).toEqual(['name']);
  });
});
