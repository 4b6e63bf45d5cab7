import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 21, whose question it is: questions about the user that mention someone or something else, which the
 * dialectic must not take for questions about another person, while real third-party questions still abstain.
 */

const { cited } = offlineCiter();

describe('offline dialectic: a proper name inside a thing is no person', () => {
  const seun = factsOf({
    name: 'Seun Adebayo',
    seat_preference: 'aisle, near the front',
    broadband: 'BT broadband and landline, contract ends August 2025',
    last_a1c: '7.4% in March',
    hobbies: ['football'],
  });

  it('reads a place or firm before a noun, and a code with a digit, as part of what is asked', async () => {
    expect(await cited(seun, 'aisle or window for the Lagos flight?')).toEqual(['seat_preference']);
    expect(await cited(seun, 'when does the BT contract finish? thinking of switching broadband')).toEqual(['broadband']);
    expect(await cited(seun, 'most recent a1c?')).toEqual(['last_a1c']);
  });

  it('still abstains on a person named alone or as a possessor', async () => {
    expect(await cited(seun, "aisle or window for Tunde's flight?")).toEqual([]);
    expect(await cited(seun, 'does Tunde prefer the aisle?')).toEqual([]);
    expect(await cited(seun, 'aisle or window for Tunde?')).toEqual([]);
  });
});
