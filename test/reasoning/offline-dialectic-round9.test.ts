import { describe, expect, it } from 'vitest';
import { valueWindows } from '../../src/reasoners/offline/dialectic/clock.js';
import { questionTokens } from '../../src/reasoners/offline/dialectic/qtokens.js';
import { wordsOf } from '../../src/reasoners/offline/dialectic/words.js';
import { WorkBudget } from '../../src/reasoners/offline/nlp/budget.js';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 19, dialectic retrieval round: by class — the dictionary's clipped "cert", medical devices worn
 * or carried.
 */

const { cited } = offlineCiter();

describe("offline dialectic: a 'cert' is a certificate", () => {
  const ola = factsOf({ name: 'Ola Nowak', occupation: 'cloud engineer', certifications: ['AWS Solutions Architect Associate', 'CKA'], hobbies: ['climbing'] });

  it('reads cert and certs as certifications', async () => {
    expect(await cited(ola, 'has she got an AWS cert?')).toEqual(['certifications']);
    expect(await cited(ola, 'which certs does she hold?')).toEqual(['certifications']);
    expect(await cited(ola, 'any cloud certs I should put on the bid?')).toEqual(['certifications']);
  });

  it('leaves questions about other things alone', async () => {
    expect(await cited(ola, 'what does she do for fun?')).toEqual(['hobbies']);
    expect(await cited(ola, 'which certs does her manager hold?')).toEqual([]);
  });
});

describe('offline dialectic: medical devices worn or carried', () => {
  const rui = factsOf({ name: 'Rui Costa', health: 'type 1 diabetes; Dexcom G7 sensor and an insulin pump', hobbies: ['surfing'] });
  const ama = factsOf({ name: 'Ama Boateng', medical: 'has a pacemaker since 2019', favourite_food: 'jollof rice' });

  it('finds the device a question names by its class or another member', async () => {
    expect(await cited(rui, 'does he use a continuous glucose monitor?')).toEqual(['health']);
    expect(await cited(rui, 'is he on an insulin pump?')).toEqual(['health']);
    expect(await cited(ama, 'any medical devices I should tell airport security about?')).toEqual(['medical']);
  });

  it('does not cite a device for someone else or an unrelated question', async () => {
    expect(await cited(rui, 'does his brother wear a CGM?')).toEqual([]);
    expect(await cited(ama, 'what food does she like?')).toEqual(['favourite_food']);
  });
});

describe('offline dialectic: a time inside the hours a fact keeps bears on it', () => {
  const zoe = factsOf({
    name: 'Zoe Clarke',
    school_run: 'school drop-off 8:15–8:45 every weekday',
    working_hours: '9am–5:30pm, Monday to Friday',
    favourite_food: 'ramen',
  });
  const ben = factsOf({ name: 'Ben Ortiz', bedtime: 'usually asleep by 10pm', communication: 'text first, then call', hobbies: ['chess'] });
  const ifeoma = factsOf({
    name: 'Ifeoma Eze',
    volunteering: 'food bank shifts on Saturdays, 1–5pm',
    weekend_plans: 'visiting her sister on Saturday morning',
    occupation: 'secondary school teacher',
  });

  it('finds the hours a time falls inside', async () => {
    expect(await cited(zoe, 'can we do a quick call at 8:30am?')).toContain('school_run');
  });

  it('reads "asleep by 10pm" as from 10pm on', async () => {
    expect(await cited(ben, 'could I call him at 11pm?')).toContain('bedtime');
  });

  it('reads "1–5pm" as a range of the afternoon', async () => {
    expect(await cited(ifeoma, 'could I book her in for 3pm on Saturday?')).toEqual(['volunteering']);
  });

  it('reads the hours of "between 7 and 9pm" and "2–4pm" in the afternoon, not a number and a time side by side', () => {
    expect(valueWindows(wordsOf('at the gym between 7 and 9pm'))).toEqual([{ from: 19 * 60, to: 21 * 60, hours: true }]);
    expect(valueWindows(wordsOf('reading buddy, Wednesdays 2–4pm'))).toEqual([{ from: 14 * 60, to: 16 * 60, hours: true }]);
    expect(valueWindows(wordsOf('2 4pm'))).toEqual([]);
    expect(valueWindows(wordsOf('up between 7 and 8am'))).toEqual([{ from: 7 * 60, to: 8 * 60, hours: true }]);
  });

  it('leaves questions without a time alone', async () => {
    expect(await cited(ifeoma, 'what does she do for work?')).toEqual(['occupation']);
    expect(await cited(zoe, 'what food does she like?')).toEqual(['favourite_food']);
  });
});

describe('offline dialectic: weekdays cut to three letters, clock times written with a point', () => {
  const lena = factsOf({
    name: 'Lena Vogel',
    volunteering: 'food bank on Thursdays, 10am–12pm',
    upcoming: 'dentist next Friday at 9:30',
    swimming: 'lane swimming on Mondays before work',
    work_hours: '9am-5pm',
    hobbies: ['chess'],
  });
  const lows = (q: string) => questionTokens(q, new WorkBudget()).map((t) => t.low);

  it('reads thu as Thursday beside a time', async () => {
    expect(await cited(lena, 'is she free thu 11am?')).toEqual(['volunteering']);
  });

  it('reads fri and mon as the days after a word that announces a day', async () => {
    expect(await cited(lena, 'anything on next fri?')).toEqual(['upcoming']);
    expect(await cited(lena, 'what does she get up to on mon?')).toEqual(['swimming']);
  });

  it('leaves wed, sat and sun as words of their own elsewhere', () => {
    expect(lows('when did they wed?')).toContain('wed');
    expect(lows('is the sat nav in the car?')).toContain('sat');
    expect(lows('does she like the sun?')).toContain('sun');
  });

  it('reads 7.30am and 10.15pm as clock times, not a number written with a point', () => {
    expect(lows('would a 7.30am breakfast work?')).toContain('7:30am');
    expect(lows('is 10.15pm too late?')).toContain('10:15pm');
    expect(lows('her IELTS was 7.5 overall')).not.toContain('7:5');
    expect(lows('is 7.30 ok?')).not.toContain('7:30');
  });
});

describe('offline dialectic: watches and trackers worn for sport', () => {
  const mia = factsOf({
    name: 'Mia Santos',
    kit: ['Fitbit Charge 6', 'yoga mat'],
    tv: 'watches Bake Off and anime',
    sport: 'running, mostly 10k',
    hobbies: ['knitting'],
  });

  it('finds the watch a question names by its class or another kind', async () => {
    expect(await cited(mia, 'does she have a smartwatch?')).toEqual(['kit']);
    expect(await cited(mia, 'which fitness tracker does she wear?')).toEqual(['kit']);
    expect(await cited(mia, 'would an Apple Watch suit her for running, or has she got one already?')).toContain('kit');
  });

  it('still reads watching as the screen', async () => {
    expect(await cited(mia, 'what does she like to watch?')).toEqual(['tv']);
  });
});
