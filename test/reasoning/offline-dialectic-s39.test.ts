import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 39: readings found on the development thirds and recurring in older rounds — what someone does in a
 * field or at a place is their role there, not a pastime.
 */

const { cited } = offlineCiter();

describe('offline dialectic: what someone does somewhere', () => {
  const lupe = factsOf({
    name: 'Lupe',
    role: 'greenhouse tomato harvester',
    company: 'Ferme Beausoleil',
    interests: ['zumba', 'embroidery'],
    volunteering: ['reads to children at the library on Saturdays'],
  });

  it('reads "what does she do on the farm / in esports" as the job, not a pastime', async () => {
    expect(await cited(lupe, 'what does she actually do on the farm?')).toEqual(['role']);
    expect(await cited(factsOf({ name: 'Sol', role: 'esports caster', interests: ['karaoke', 'K-pop'] }), 'what does sol actually do in esports?')).toEqual([
      'role',
    ]);
  });

  it('still reads a time after "do" as free time ("on Saturdays", "on her days off", "for fun")', async () => {
    expect(await cited(lupe, 'what does she do on Saturdays?')).toEqual(['volunteering']);
    expect(await cited(lupe, 'what does she do on her days off?')).toContain('interests');
    expect(await cited(lupe, 'what does she do for fun?')).toEqual(['interests']);
  });
});

describe('offline dialectic: a home town guessed', () => {
  const hyejin = factsOf({ name: 'Hyejin', hometown: 'Busan, South Korea', location: 'Lyon, France', role: 'pastry chef' });

  it('reads "is she from seoul?" / "she\'s from seoul right?" as the home town, which confirms or corrects it', async () => {
    expect(await cited(hyejin, "she's from seoul right?")).toEqual(['hometown']);
    expect(await cited(hyejin, 'is she from Seoul?')).toEqual(['hometown']);
    // (Someone else from a place, or "from" a thing that is no place, is not the user's home town.)
    expect(await cited(hyejin, 'is her husband from seoul?')).toEqual([]);
    expect(await cited(hyejin, 'is she from the agency?')).toEqual([]);
  });
});

describe('offline dialectic: pets by their pet names', () => {
  it('reads "furball" and "fur babies" as the user\'s animals', async () => {
    const maggie = factsOf({ name: 'Maggie', pets: ['a tabby cat called Gnocchi'], role: 'postdoc' });
    expect(await cited(maggie, 'whats her furball called')).toEqual(['pets']);
    expect(await cited(maggie, 'how are her fur babies doing?')).toEqual(['pets']);
    expect(await cited(factsOf({ name: 'Maggie', role: 'postdoc' }), 'whats her furball called')).toEqual([]);
  });
});

describe("offline dialectic: someone's thing the user deals with", () => {
  const priya = factsOf({ name: 'Priya', languages: ['English', 'Tamil', 'conversational Spanish'], role: 'backend developer', family: ['married'] });

  it('reads "can she read the Spanish customer\'s email herself?" as about the user', async () => {
    expect(await cited(priya, "Can she read the Spanish customer's email herself or do I need to translate it?")).toEqual(['languages']);
    expect(await cited(priya, "could she read a client's letter written in Tamil?")).toEqual(['languages']);
    // (What the other one has, or knowing it, is still about them.)
    expect(await cited(priya, "does she know her manager's name?")).toEqual([]);
    expect(await cited(priya, "what language does her customer's email use?")).toEqual([]);
  });
});

describe('offline dialectic: a childhood, a home, a second income, years in a job', () => {
  const dele = factsOf({
    name: 'Dele',
    location: 'Bromley, south-east London',
    hometown: 'Ibadan',
    role: 'crew manager (firefighter)',
    years_in_service: 14,
    second_job: 'personal trainer at a gym on rest days',
    current_focus: 'revising for the watch manager exam',
    goals: ['open his own gym by 40'],
    dislikes: ['cold callers', 'automated phone menus'],
  });

  it('answers "where did he grow up before london?" from the home town (a childhood is in the past by nature)', async () => {
    expect(await cited(dele, 'where did he grow up bfore london')).toEqual(['hometown']);
    // (Where he lived before is still the past the profile does not keep.)
    expect(await cited(dele, 'where did he live before london?')).toEqual([]);
  });

  it('reads "where does she call home?" as where the user lives, not a phone call', async () => {
    expect(await cited(dele, 'which part of the world does he call home these days?')).toEqual(['location']);
    expect(await cited(dele, 'should I call him at home or on his mobile?')).not.toContain('location');
  });

  it('reads "does he earn anything on the side?" as a second income', async () => {
    expect(await cited(dele, 'does he earn anything on the side?')).toEqual(['second_job']);
  });

  it('answers "how long has he been a firie?" from a years_… key', async () => {
    expect(await cited(dele, 'how long has he been a firie?')).toEqual(['years_in_service']);
    expect(await cited(factsOf({ name: 'Bev', role: 'teacher', years_teaching: 31 }), 'how long has she been teaching?')).toEqual(['years_teaching']);
  });
});

describe("offline dialectic: the asker's visit, a training done", () => {
  const sushila = factsOf({
    name: 'Sushila',
    location: 'Mylapore, Chennai',
    pets: ['indie dog called Raja'],
    housing: 'moved to a smaller flat in 2023',
    role: 'retired officer, Indian Bank',
  });

  it('reads "when I visit" as when the asker comes, not a change in the user\'s life', async () => {
    expect(await cited(sushila, 'will there be an animal at her flat when I visit?')).toEqual(['pets']);
    // (A change of the user's own still asks about what comes after it, which today's pets do not say.)
    expect(await cited(sushila, 'will there be an animal at her flat once she moves to Singapore?')).not.toContain('pets');
  });

  it('reads a training for a trade, done, as an education', async () => {
    const mari = factsOf({
      name: 'Mari',
      role: 'primary care paramedic',
      education: ['Primary Care Paramedic diploma, Red River College'],
      goals: ['advanced care paramedic by 2027'],
    });
    expect(await cited(mari, 'whre did she do her paramedic training')).toContain('education');
    expect(await cited(mari, 'whre did she do her paramedic training')).not.toContain('goals');
  });
});

describe('offline dialectic: a permit to stay', () => {
  it('reads "his permit to stay in the netherlands" as the visa, not where he lives', async () => {
    const kofi = factsOf({
      name: 'Kofi',
      location: 'Delft, Netherlands',
      visa: 'Dutch residence permit tied to his PhD contract, expires August 2026',
      role: 'PhD candidate',
    });
    expect(await cited(kofi, 'when does his permit to stay in the netherlands run out')).toEqual(['visa']);
  });
});

describe("offline dialectic: who did something of the user's", () => {
  it('reads "who supervised her PhD?" as asking for someone else, in the past as in the present', async () => {
    const maggie = factsOf({ name: 'Maggie', education: ['PhD in sociology, McGill (2022)'], role: 'postdoc' });
    expect(await cited(maggie, 'who supervised her PhD?')).toEqual([]);
    // (Where she did it is still hers.)
    expect(await cited(maggie, 'where did she do her PhD?')).toEqual(['education']);
  });
});

describe("offline dialectic: the user's tutor named by a service", () => {
  it('reads "his iTalki tutor" as someone else, like "his piano teacher"', async () => {
    const callum = factsOf({ name: 'Callum', role: 'apprentice electrician', language_learning: 'Japanese with a weekly iTalki tutor, around JLPT N4' });
    expect(await cited(callum, "what's his iTalki tutor called?")).toEqual([]);
    expect(await cited(callum, 'what is he learning on iTalki?')).toEqual(['language_learning']);
  });
});
