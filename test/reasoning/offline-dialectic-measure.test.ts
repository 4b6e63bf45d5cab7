import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 23: a head noun that asks for a measure of the thing named before it ("her French level", "his IELTS
 * score", "what licence level is she at?") is answered by a fact on that thing whose part on it gives a measure —
 * a number, a level code ("B1", "G1", "CNM1") or a level word ("conversational") — and by no fact that only names
 * the thing ("shogi" among interests) or a number of something else.
 */

const { cited } = offlineCiter();

describe('offline dialectic: a measure of a thing the question names', () => {
  const hyejin = factsOf({
    name: 'Hye-jin Park',
    location: 'Lyon, France',
    languages: ['Korean (native)', 'English (C1)', 'French (B1)', 'Spanish (A2)'],
    english_test: 'IELTS Academic 7.5 overall',
    interests: ['shogi', 'bouldering', 'film photography'],
    sleep: 'about 6.5 hours on weekdays',
  });
  const farah = factsOf({
    name: 'Farah Haddad',
    occupation: 'hospital pharmacist',
    licence_status: 'Ontario G1 since January 2025',
  });
  const noel = factsOf({ name: 'Noel Byrne', grade: 'staff pharmacist, acting team lead on weekends' });
  const shiv = factsOf({ name: 'Siobhán Doyle', grade: 'staff nurse, acting CNM1 on nights', commute: 'drives from Naas' });
  const tash = factsOf({ name: 'Tash Nguyen', running_pb: '10 km in 52:40 (Run Melbourne, July)', sleep: 'about 6.5 hours' });

  it('answers a level, score or grade from the fact on the thing measured', async () => {
    expect(await cited(hyejin, "what's her french level")).toEqual(['languages']);
    expect(await cited(hyejin, 'wat was his ielts score')).toEqual(['english_test']);
    expect(await cited(farah, 'wat licence level is she at rn?')).toEqual(['licence_status']);
    expect(await cited(shiv, 'what grade is she at the moment?')).toEqual(['grade']);
    expect(await cited(tash, 'whats her 10k PB')).toEqual(['running_pb']);
  });

  it('abstains when the fact names the thing but gives no measure of it', async () => {
    expect(await cited(hyejin, "what's her shogi rank?")).toEqual([]);
    expect(await cited(hyejin, 'what grade does she climb?')).toEqual([]);
    expect(await cited(noel, 'what grade is she?')).toEqual([]);
  });

  it('does not take a number of something else for the measure', async () => {
    expect(await cited(tash, "what's her 5k PB?")).toEqual([]);
    expect(await cited(hyejin, "what's her 5k PB?")).toEqual([]);
  });
});

describe('offline dialectic: the date of a thing the fact calls by another word', () => {
  const geoff = factsOf({
    name: 'Geoff Price',
    upcoming_appointment: 'diabetic eye screening, 3 June, 10:20am, Royal Shrewsbury Hospital',
    fitness_goal: 'lose 15 kg and get A1C under 7',
    hobbies: ['caravanning', 'bowls'],
  });

  it('answers when an item names every qualifier of the thing and gives a date', async () => {
    expect(await cited(geoff, "When's his next eye check?")).toEqual(['upcoming_appointment']);
  });

  it('abstains when the item gives no date, or the qualifier is not there', async () => {
    expect(await cited(geoff, 'what was his last A1C reading?')).toEqual([]);
    expect(await cited(geoff, "When's his next dental check?")).toEqual([]);
    expect(await cited(geoff, 'when is the bowls club AGM?')).toEqual([]);
  });
});
