import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 16: a word that only modifies another noun is not the thing itself. "car" in "long car
 * journeys" is no car the user drives; "phone" in "phone number" names a number, not the calls a
 * hearing field is about.
 */

const { cited } = offlineCiter();

describe('offline dialectic: a head written in a value only as a modifier does not answer it', () => {
  const dev = factsOf({
    occupation: 'nurse',
    dislikes: ['long car journeys', 'phone calls'],
    hobbies: ['guitar lessons for kids'],
  });

  it('abstains on "what car does he drive?" beside "long car journeys"', async () => {
    expect(await cited(dev, 'what car does he drive?')).toEqual([]);
  });

  it('still answers when the value names the thing itself', async () => {
    const drives = factsOf({ occupation: 'nurse', transport: 'drives a car to work', dislikes: ['long car journeys'] });
    expect(await cited(drives, 'what car does he drive?')).toContain('transport');
    const car = factsOf({ occupation: 'nurse', vehicle: 'an old Volvo estate car, 2009' });
    expect(await cited(car, 'what car does he drive?')).toEqual(['vehicle']);
  });

  it('keeps a list item that ends on the word (a comma is no compound)', async () => {
    const podcasts = factsOf({ occupation: 'nurse', likes: ['true-crime podcasts', 'jazz'] });
    expect(await cited(podcasts, 'what podcasts is she into?')).toEqual(['likes']);
  });
});

describe('offline dialectic: a field named by a modifier of the head is not what is asked', () => {
  const dev = factsOf({ occupation: 'nurse', dislikes: ['long car journeys', 'phone calls'] });

  it('abstains on "what\'s her phone number?" beside "phone calls"', async () => {
    expect(await cited(dev, "what's her phone number?")).toEqual([]);
  });

  it('still finds the number, and still reads calls as the hearing field', async () => {
    const contact = factsOf({ occupation: 'nurse', phone_number: '+44 7700 900123', dislikes: ['phone calls'] });
    expect(await cited(contact, "what's her phone number?")).toEqual(['phone_number']);
    const deaf = factsOf({ occupation: 'nurse', hearing: 'deaf; prefers text to phone calls' });
    expect(await cited(deaf, 'can I phone her?')).toEqual(['hearing']);
  });
});
