import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/** The offline dialectic finds the fact a question asks for when its setting names other things. */

const { cited } = offlineCiter();

describe("offline dialectic: the asker's own people", () => {
  const noor = factsOf({
    name: 'Noor Haddad',
    pets: ['two cats, Miso and Tofu'],
    allergies: ['penicillin'],
    children: ['daughter Ada, 4'],
    hobbies: ['climbing'],
  });

  it('reads "my son is allergic to cats" as the setting of a question about the user', async () => {
    expect(await cited(noor, 'does she keep any pets at home? my son is allergic to cats')).toEqual(['pets']);
    expect(await cited(noor, "my husband's scared of dogs, any animals at his place?")).toEqual(['pets']);
  });

  it("still abstains when only the asker's people are asked about", async () => {
    expect(await cited(noor, 'is my son allergic to cats?')).toEqual([]);
  });

  it("still reads the user's own relatives as someone else", async () => {
    expect(await cited(noor, 'what is her daughter allergic to?')).toEqual([]);
  });
});

describe('offline dialectic: "-wise" and "working towards"', () => {
  const tomas = factsOf({
    name: 'Tomás Reyes',
    occupation: 'pharmacist',
    goals: ['open his own pharmacy by 2030'],
    current_focus: 'studying for a vaccination licence',
    diet: 'vegetarian',
  });

  it('reads "career-wise" as the topic, not as the head of "plans career wise"', async () => {
    expect(await cited(tomas, 'what are his plans career-wise?')).toEqual(['goals']);
  });

  it('still abstains on a head the profile lacks beside "-wise"', async () => {
    expect(await cited(tomas, "what's his salary money-wise?")).toEqual([]);
  });

  it('reads "working towards" as an aim and "working on" as what he is in the middle of', async () => {
    expect(await cited(tomas, "what's he working towards?")).toEqual(['goals']);
    expect(await cited(tomas, "what's he working on?")).toContain('current_focus');
  });
});

describe('offline dialectic: "what is he up to"', () => {
  const arjun = factsOf({
    name: 'Arjun Nair',
    current_status: 'on call for the data pipeline this week',
    research_area: 'sepsis prediction from ICU vitals',
    hobbies: ['cricket'],
  });

  it('asks for the current status, with or without a closing time', async () => {
    expect(await cited(arjun, 'what is he up to these days?')).toEqual(['current_status']);
    expect(await cited(arjun, "what's he up to?")).toEqual(['current_status']);
  });

  it('leaves "up to" alone when it is not the question\'s verb', async () => {
    expect(await cited(arjun, 'what is he up for?')).toEqual([]);
  });
});

describe('offline dialectic: a word one letter short', () => {
  const lana = factsOf({
    name: 'Lana Tran',
    religion: 'Buddhist; keeps Lunar New Year',
    favourite_cuisine: 'Japanese',
    work_schedule: 'Tuesday to Saturday, 9am to 6pm',
  });

  it('reads a long word missing a letter as the word ("religous")', async () => {
    expect(await cited(lana, 'any religous holidays we should keep free for her?')).toEqual(['religion']);
  });

  it('leaves a word two letters off alone', async () => {
    expect(await cited(lana, 'any relgous holidays we should keep free for her?')).not.toContain('religion');
  });
});
