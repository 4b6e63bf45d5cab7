import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 32: "what does he do" with where or when the job is held after it, a when-question about one of the user's
 * people answered by an item that names them with a date, and a question for the name given to someone else.
 */

const { cited } = offlineCiter();

describe('offline dialectic: what the user does, said with where or when', () => {
  const tomas = factsOf({
    name: 'Tomás',
    pronouns: 'he/him',
    role: 'offshore electrician',
    location: 'Aberdeen',
    interests: ['five-a-side', 'darts'],
  });

  it('reads "what does he do out there / these days / over in X" as his work', async () => {
    expect(await cited(tomas, 'what does he do out there?')).toEqual(['role']);
    expect(await cited(tomas, 'what does tomás do these days')).toEqual(['role']);
    expect(await cited(tomas, 'what does he do over in Aberdeen?')).toContain('role');
  });

  it('keeps a pastime question a pastime question', async () => {
    expect(await cited(tomas, 'what does he do at weekends?')).not.toContain('role');
  });
});

describe("offline dialectic: a when-question about one of the user's people", () => {
  const ife = factsOf({
    name: 'Ifeoma',
    pronouns: 'she/her',
    pregnancy: 'second baby due 14 March',
    family: ['husband Chidi', 'daughter Adaeze, 4'],
    goals: ['finish the nursery before the baby comes'],
  });

  it('answers from an item that names them and gives a date', async () => {
    expect(await cited(ife, "when's the baby due?")).toEqual(['pregnancy']);
    expect(await cited(ife, 'when is the baby expected?')).toEqual(['pregnancy']);
  });

  it('abstains when the question asks about a thing of theirs the profile does not hold', async () => {
    expect(await cited(ife, "when's the baby's christening?")).toEqual([]);
    expect(await cited(ife, 'what are they naming the baby?')).toEqual([]);
    expect(await cited(ife, 'what did she call the baby?')).toEqual([]);
  });
});

describe('offline dialectic: which day', () => {
  const kofi = factsOf({
    name: 'Kofi',
    pronouns: 'he/him',
    work_schedule: 'five days a week on earlies, Tuesdays off',
    role: 'warehouse team leader',
    interests: ['Sunday league football'],
  });

  it('answers which day he is free from a schedule that names days of the week', async () => {
    expect(await cited(kofi, 'which day is he free for a call?')).toEqual(['work_schedule']);
  });

  it('reads "what day is X" as asking when X is, not for his schedule', async () => {
    expect(await cited(kofi, 'what day is his birthday?')).toEqual([]);
    expect(await cited(kofi, 'which day is the bin collection?')).toEqual([]);
  });
});

describe('offline dialectic: familiar words for an animal', () => {
  const ros = factsOf({ name: 'Ros', pronouns: 'she/her', pets: ['rescue lurcher called Pepper'], allergies: ['penicillin'] });

  it('reads "her pup" and "her pooch" as her dog', async () => {
    expect(await cited(ros, 'what breed is her pup?')).toEqual(['pets']);
    expect(await cited(ros, "what's her pooch called?")).toEqual(['pets']);
  });
});

describe('offline dialectic: the time the user sets off, as a habit', () => {
  const dev = factsOf({ name: 'Dev', pronouns: 'he/him', timezone: 'Europe/London', work_hours: 'on site from 6:30am, done by 3pm', role: 'scaffolder' });

  it('reads "what time does he usually get going?" as the hours he keeps, not his time zone', async () => {
    expect(await cited(dev, 'what time does he usually get going in the mornings?')).toEqual(['work_hours']);
    expect(await cited(dev, 'what time is it where he is?')).toEqual(['timezone']);
  });
});
