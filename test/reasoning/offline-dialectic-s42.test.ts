import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 42: question shapes found on round 43's development thirds and recurring in older rounds — whether the user is
 * free, there or fit at a time close by ("can I ring him this week?"), which a fact on the present answers.
 */

const { cited } = offlineCiter();

describe('offline dialectic: the user at a time close by', () => {
  const gaz = factsOf(
    {
      name: 'Gary Lowe',
      role: 'offshore wind technician',
      dislikes: ['cruise ships', 'phone calls'],
      work_style: 'hybrid: office on Tuesdays and Thursdays',
      health_conditions: ['mild asthma'],
      current_focus: 'revising for an HNC module exam',
      current_status: 'offshore on rotation until the 20th',
    },
    ['current_focus', 'current_status'],
  );

  it('cites the present state when asked whether the user is free, there or fit at a time close by', async () => {
    expect(await cited(gaz, 'can I ring him this week about the bbq?')).toContain('current_status');
    expect(await cited(gaz, 'can I catch him in the office tomorrow?')).toContain('current_status');
    expect(await cited(gaz, 'ok to book him in for a hard session tomorrow?')).toContain('current_status');
    expect(await cited(gaz, 'could he squeeze in a small job for me in the next few days?')).toContain('current_status');
  });

  it('prefers the state over the work in hand, and leaves questions that are not about such a time as they were', async () => {
    const ring = await cited(gaz, 'can I ring him this week about the bbq?');
    expect(ring).toContain('current_status');
    expect(ring).not.toContain('current_focus');
    // (A clock time asks whether the hour suits, which habits say; a wh- question asks what it names.)
    expect(await cited(gaz, 'is it ok to ring him at 9 tonight?')).not.toContain('current_status');
    expect(await cited(gaz, 'what does he do for work?')).toEqual(['role']);
    expect(await cited(gaz, 'does he have any health conditions?')).toEqual(['health_conditions']);
    // (Without a fact on the present, nothing stands in for it.)
    const quiet = factsOf({ name: 'Gary Lowe', role: 'offshore wind technician', dislikes: ['phone calls'] });
    expect(await cited(quiet, 'can I catch him in the office tomorrow?')).not.toContain('current_status');
  });
});

describe('offline dialectic: what the profile does not hold', () => {
  const shiv = factsOf({
    name: 'Siobhán Walsh',
    role: 'sole practitioner chartered accountant',
    practice_size: 'about 160 clients, one part-time bookkeeper',
    education: 'BComm, University College Cork',
    languages: ['English', 'conversational Irish', 'Kiswahili'],
    budget: 'software budget cut from €9,000 to €4,500 this year',
  });

  it('reads the people who work for the user ("her bookkeeper", "her preparers") as someone else', async () => {
    expect(await cited(shiv, 'where did her bookkeeper train?')).toEqual([]);
    expect(await cited(shiv, "what are her preparers' names?")).toEqual([]);
    expect(await cited(shiv, 'where did she study?')).toEqual(['education']);
  });

  it('reads "back in 2019" in a past tense as the past, which the profile does not keep', async () => {
    expect(await cited(shiv, 'what was the software budget back in 2019?')).toEqual([]);
    expect(await cited(shiv, "what's the software budget?")).toEqual(['budget']);
  });

  it('does not answer whether the user speaks a language the list does not name, and knows a language by its other names', async () => {
    expect(await cited(shiv, 'does she speak polish?')).toEqual([]);
    expect(await cited(shiv, 'does she speak irish?')).toEqual(['languages']);
    expect(await cited(shiv, 'can she speak swahili?')).toEqual(['languages']);
    const cel = factsOf({ name: 'Cel Santos', languages: ['Tagalog', 'Hiligaynon', 'English'] });
    expect(await cited(cel, 'can she read a health leaflet in filipino?')).toEqual(['languages']);
  });
});

describe('offline dialectic: what to be careful of', () => {
  const jack = factsOf({
    name: 'Jack Moore',
    role: 'shearer',
    interests: ['beekeeping videos', 'footy'],
    allergies: ['bee stings (carries an EpiPen)'],
    health_conditions: ['asthma'],
    diet: 'no pork',
    work_schedule: 'Monday to Friday, 6am starts',
  });

  it("cites what is known of the user's health when asked what to be careful of", async () => {
    expect(await cited(jack, "he's offered to help me move my beehives — anything I should know first?")).toContain('allergies');
    expect(await cited(jack, 'team barbie in the garden — anything to watch out for with him?')).toContain('allergies');
    expect(await cited(jack, 'picnic right by the river — any problem for him?')).toContain('health_conditions');
    // (Not a question that names its own topic, nor a plan another fact answers.)
    expect(await cited(jack, 'pork ribs for the team lunch, ok for him?')).toEqual(['diet']);
    expect(await cited(jack, 'any deadlines I should know about?')).not.toContain('allergies');
  });
});
