import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 41: question shapes found on round 42's development thirds and recurring in older rounds — a casual "what's he
 * do", "career wise" written apart, the outlet someone is "with", a setting said before "anything medical", and a name
 * set off before the kind of place asked for.
 */

const { cited } = offlineCiter();

describe('offline dialectic: what someone does and where', () => {
  const mick = factsOf({
    name: 'Minh Tran',
    preferred_name: 'Mick',
    role: 'head curator (groundskeeper)',
    company: 'The Southern Chronicle',
    goals: ['launch a garden design studio by 2027'],
    education: 'Diploma in Sports Turf, Melbourne Polytechnic',
    interests: ['fishing off the pier'],
  });

  it('reads "whats mick actually do at the club" as "what does Mick do", not "what is Mick"', async () => {
    expect(await cited(mick, 'whats mick actually do at the club')).toEqual(['role']);
    expect(await cited(mick, "what's he do for a living")).toEqual(['role']);
    // (A "'s" before "doing" stays "is": what he is doing now, which the profile does not hold.)
    expect(await cited(mick, "what's he doing at the weekend")).not.toEqual(['role']);
  });

  it('reads "career wise" written apart as the topic of the question', async () => {
    expect(await cited(mick, "what's his big plan career wise")).toEqual(['goals']);
  });

  it('reads "which paper is she with?" as the employer, but not where one studies or trains', async () => {
    expect(await cited(mick, 'which paper is he with these days?')).toEqual(['company']);
    expect(await cited(mick, 'which uni is he with?')).not.toContain('company');
    expect(await cited(mick, 'which club does he train with?')).not.toContain('company');
  });
});

describe('offline dialectic: a setting said before what is asked', () => {
  const wanjiru = factsOf({
    name: 'Wanjiru',
    health_conditions: ['type 1 diabetes'],
    interests: ['marathon running', 'chess'],
    schedule: 'Monday to Friday, on call every third weekend',
    religion: 'Seventh-day Adventist; keeps the Sabbath from Friday sunset to Saturday sunset',
  });

  it('reads "doing a fun run for charity, anything medical …?" as about her health first', async () => {
    expect((await cited(wanjiru, 'doing a fun run for charity, anything medical to keep in mind for her?'))[0]).toBe('health_conditions');
    // ("any clash?" asks about the setting itself: its time still counts.)
    expect(await cited(wanjiru, 'we want to book a team day on Saturday morning. any clash for her?')).toContain('religion');
  });
});

describe('offline dialectic: where the user is now', () => {
  it('reads "where is he at the moment?" as where he is now, which a short-lived fact may say', async () => {
    const jarrah = factsOf({ name: 'Jarrah', location: 'Newcastle, New South Wales', current_status: 'at a team bootcamp in Sydney until the 20th' }, [
      'current_status',
    ]);
    expect((await cited(jarrah, 'where is he at the moment?'))[0]).toBe('current_status');
    // (Without a time, where he lives.)
    expect(await cited(jarrah, 'where is he based?')).toEqual(['location']);
    // (With nothing short-lived about a place, where he lives still answers.)
    const sam = factsOf({ name: 'Sam', location: 'Hobart', current_focus: 'finishing a thesis chapter' }, ['current_focus']);
    expect(await cited(sam, 'where is he at the moment?')).toContain('location');
  });
});

describe('offline dialectic: a place named before its kind', () => {
  it('reads "which restaurant does she work at?" beside "Fennel & Rye, a 55-cover neighbourhood restaurant"', async () => {
    const niamh = factsOf({ name: 'Niamh', role: 'head chef', company: 'Fennel & Rye, a 55-cover neighbourhood restaurant', favorite_cuisine: 'Basque' });
    expect(await cited(niamh, 'which restaurant does she work at?')).toEqual(['company']);
    // (A value that names no restaurant does not say which.)
    const aoife = factsOf({ name: 'Aoife', role: 'head chef', company: 'a 55-cover neighbourhood restaurant' });
    expect(await cited(aoife, 'which restaurant does she work at?')).toEqual([]);
  });
});

describe("offline dialectic: the user's animal asked by its kind", () => {
  it('reads "who\'s the dog?" as which of her animals, not someone else', async () => {
    const hemi = factsOf({ name: 'Hemi', role: 'deckhand', pets: ['staffy called Moko'] });
    expect(await cited(hemi, "who's the dog?")).toEqual(['pets']);
    // (Who holds a post is still someone else.)
    expect(await cited(hemi, "who's the skipper?")).toEqual([]);
  });

  it('knows an aspin is a dog', async () => {
    const jojo = factsOf({ name: 'Jojo', role: 'third engineer', pets: 'an aspin named Bantay at home' });
    expect(await cited(jojo, "what's the name of his dog?")).toEqual(['pets']);
  });
});

describe("offline dialectic: the asker's person as the object of a preposition", () => {
  const tessa = factsOf({ name: 'Tessa', languages: ['English', 'Vietnamese (heritage, conversational)'], pets: 'rescue cat Ferret', family: ['partner'] });

  it('reads "could she have a natter with my nan in vietnamese?" as about her languages', async () => {
    expect(await cited(tessa, 'could she have a natter with my nan in vietnamese?')).toEqual(['languages']);
    // (What the asker says of their own person is still only the setting: "my daughter's allergic to fur".)
    expect(await cited(tessa, "any animals at her place? my daughter's allergic to fur")).toEqual(['pets']);
  });
});
