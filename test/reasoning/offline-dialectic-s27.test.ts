import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 27, dialectic classes: an occasion that is over ("last year", "last week's order", "the last blood test")
 * sets a question in the past, which the profile's present does not answer.
 */

const { cited } = offlineCiter();

describe('offline dialectic: "last" names an occasion that is over', () => {
  const kwame = factsOf({
    name: 'Kwame Boateng',
    pronouns: 'he/him',
    goal_race: 'Ironman 70.3 Staffordshire in June',
    medical_conditions: ['type 2 diabetes', 'high blood pressure'],
    weekly_budget: '$180 CAD',
    previous_role: 'sous chef at the Midland Hotel',
    on_call: 'on call the last weekend of every month',
  });

  const bev = factsOf({ name: 'Bev Tane', pronouns: 'she/her', book_club: 'runs the library book club, second Wednesday of the month' });

  it('abstains on a past occasion by its unit of time or as "the last" one', async () => {
    expect(await cited(kwame, 'what did he finish in at Staffordshire last year?')).toEqual([]);
    expect(await cited(kwame, "how much did last week's order come to?")).toEqual([]);
    expect(await cited(bev, 'what did the book club read last month?')).toEqual([]);
    expect(await cited(kwame, 'what was his cholesterol on the last blood test?')).toEqual([]);
  });

  it('still answers the present, a place in a period, and the past a fact keeps', async () => {
    expect(await cited(kwame, 'which race is he training for?')).toEqual(['goal_race']);
    expect(await cited(kwame, 'shuld I avoid booking anything the last weekend of the month?')).toEqual(['on_call']);
    expect(await cited(kwame, 'what was his last job?')).toEqual(['previous_role']);
    expect(await cited(bev, 'when does her book club meet?')).toEqual(['book_club']);
  });
});
