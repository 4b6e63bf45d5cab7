import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Second round of session 15: readings of unseen paraphrases — what a question asks, said far from the
 * keys ("what do they do for money?" is their job), and what the profile holds only for another time.
 */

const { cited } = offlineCiter();

describe('offline dialectic: "what does she do" with only the setting of a job after it asks for the job', () => {
  const mira = factsOf({
    name: 'Mira Sousa',
    occupation: 'UX researcher at a fintech',
    chronotype: 'night owl; rarely up before 9:30',
    hobbies: ['bouldering', 'film photography'],
  });

  it('reads "for money", "all day at work" as the job', async () => {
    expect(await cited(mira, 'what do they do for money?')).toEqual(['occupation']);
    expect(await cited(mira, 'what does Mira actually do all day at work?')).toEqual(['occupation']);
  });

  it('keeps a time of leisure and the bare question as before', async () => {
    expect(await cited(mira, 'what does she do for a living?')).toEqual(['occupation']);
    expect(await cited(mira, 'what does she do on Saturdays?')).toEqual(['hobbies']);
    expect(await cited(mira, 'what does she do after work?')).not.toContain('occupation');
  });
});

describe('offline dialectic: "where is home" asks where the user lives', () => {
  const mira = factsOf({
    name: 'Mira Sousa',
    lives_in: 'Lisbon, Portugal (Alfama)',
    previous_home: 'Porto until 2021',
    work_style: 'works from home on Fridays',
  });

  it('answers "where is home" and "where does she call home" by where she lives', async () => {
    expect(await cited(mira, "where's home for her these days?")).toEqual(['lives_in']);
    expect(await cited(mira, 'where does she call home now?')).toEqual(['lives_in']);
  });

  it('keeps "at home" and "from home" for what they were', async () => {
    expect(await cited(mira, 'is she at home on Fridays?')).toEqual(['work_style']);
    expect(await cited(mira, 'does she work from home?')).toEqual(['work_style']);
  });
});

describe("offline dialectic: what takes up the user's time now", () => {
  const priya = factsOf({
    name: 'Priya Nair',
    this_term: 'marking NCEA mock exams until Friday',
    diet: 'vegetarian',
    tz: 'Pacific/Auckland',
    hobbies: ['running', 'pottery'],
  });

  it('reads "what\'s eating up her time" as what she is busy with (a key named for the present span answers)', async () => {
    expect(await cited(priya, "what's eating up her time this week?")).toEqual(['this_term']);
    expect(await cited(priya, "what's taking up his time?")).toEqual(['this_term']);
  });

  it('keeps "her time" as her clock, and an -ing word before a noun as part of the head', async () => {
    expect(await cited(priya, 'is 9am her time OK for a call?')).toContain('tz');
    expect(await cited(priya, "what's her running club called?")).toEqual([]);
  });
});

describe('offline dialectic: "how tall" asks for the height', () => {
  const dev = factsOf({ name: 'Dev Patel', height: '6ft 2', shoe_size: 'UK 9', age: '34', occupation: 'nurse' });
  const ana = factsOf({ name: 'Ana Ruiz', age: '41', occupation: 'architect' });

  it('answers "how tall is he?" by a height fact', async () => {
    expect(await cited(dev, 'how tall is he?')).toEqual(['height']);
  });

  it('abstains without one, and on someone else; other measures as before', async () => {
    expect(await cited(ana, 'how tall is she?')).toEqual([]);
    expect(await cited(dev, 'how tall is his son?')).toEqual([]);
    expect(await cited(dev, 'how old is he?')).toEqual(['age']);
    expect(await cited(dev, 'what shoe size is he?')).toEqual(['shoe_size']);
  });
});

describe('offline dialectic: a verb addressed to the user is a message, not code', () => {
  const marek = factsOf({
    name: 'Marek Nowak',
    language: ['Polish', 'English', 'some Russian'],
    programming_languages: ['Python', 'Go'],
  });

  it('reads "what language should I write to him in?" as his languages', async () => {
    expect(await cited(marek, 'what language should I write to him in?')).toEqual(['language']);
  });

  it('keeps "what language does he write code in?" as programming', async () => {
    expect(await cited(marek, 'what language does he write code in?')).toEqual(['programming_languages']);
    expect(await cited(marek, 'what language does he program in?')).toEqual(['programming_languages']);
  });
});

describe('offline dialectic: "laptop model" asks which laptop, not an occupation', () => {
  const priya = factsOf({ name: 'Priya Kulkarni', laptop: 'ThinkPad X1 Carbon', car: '2015 Skoda Octavia', occupation: 'nurse' });
  const ines = factsOf({ name: 'Ines Costa', occupation: 'nurse', hobbies: ['chess'] });
  const lia = factsOf({ name: 'Lia Rossi', occupation: 'fashion model in Milan', laptop: 'MacBook Air' });

  it('answers "her laptop model" by the laptop, and abstains without one', async () => {
    expect(await cited(priya, "what's her laptop model?")).toEqual(['laptop']);
    expect(await cited(priya, 'I need her laptop model')).toEqual(['laptop']);
    expect(await cited(priya, "what's his car model?")).toEqual(['car']);
    expect(await cited(ines, "what's her laptop model?")).toEqual([]);
    expect(await cited(ines, 'I need her laptop model')).toEqual([]);
  });

  it('keeps a model as an occupation', async () => {
    expect(await cited(lia, 'is she a fashion model?')).toEqual(['occupation']);
    expect(await cited(lia, 'is she a model?')).toEqual(['occupation']);
  });
});
