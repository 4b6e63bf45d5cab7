import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 17, second dialectic round: retrieval on indirect and far-paraphrased questions, by class — a key's
 * words named by an everyday synonym in the question.
 */

const { cited } = offlineCiter();

describe('offline dialectic: a key word named by an everyday synonym', () => {
  const rhys = factsOf({
    name: 'Rhys Owen',
    rugby_team: 'Ospreys',
    occupation: 'plumber',
    call_out_fee: '£60 plus parts',
    van_equipment: 'Milwaukee power tools',
    hobbies: ['sea fishing'],
  });

  it('reads "side" as the team a key names', async () => {
    expect(await cited(rhys, 'which side does he support?')).toEqual(['rugby_team']);
  });

  it('reads rates and prices as the fee a key names, and still the fee itself', async () => {
    expect(await cited(rhys, 'what are his rates?')).toEqual(['call_out_fee']);
    expect(await cited(rhys, 'what are his prices like?')).toEqual(['call_out_fee']);
    expect(await cited(rhys, "what's his call-out fee?")).toEqual(['call_out_fee']);
  });

  it('reads kit as the equipment a key names', async () => {
    expect(await cited(rhys, 'what kit does he carry in the van?')).toEqual(['van_equipment']);
  });

  it('does not make a synonym of a word the profile lacks', async () => {
    expect(await cited(rhys, "what's his salary?")).toEqual([]);
  });
});

describe('offline dialectic: drinks named by their kind bear on alcohol', () => {
  const gwen = factsOf({
    name: 'Gwen Price',
    alcohol: 'does not drink',
    car: 'Skoda Octavia',
    volunteering: ['drives for the hospital car service'],
    drinks: 'builder’s tea',
  });

  it('reads a whisky, a grape or a beer style as alcohol', async () => {
    expect(await cited(gwen, 'a nice single malt as a thank-you for all the driving — would she like that?')).toContain('alcohol');
    expect(await cited(gwen, 'should I bring a bottle of malbec to hers?')).toEqual(['alcohol']);
    expect(await cited(gwen, 'would she fancy a pale ale after the meeting?')).toEqual(['alcohol']);
  });

  it('still reads an everyday hot drink as her drinks', async () => {
    expect(await cited(gwen, 'how does she take her tea?')).toContain('drinks');
  });
});
