import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 19, fifth abstention round: someone the profile names through a relative ("partner Julien") is someone else,
 * whatever the fact's key.
 */

const { cited } = offlineCiter();

describe('offline dialectic: a name right after a word for a relative names someone else, under any key', () => {
  const mei = factsOf({
    name: 'Mei Tanaka',
    diet: 'vegetarian',
    hobbies: ['trail running', 'pottery'],
    travel_companion: 'her husband Kenta',
    weekends: 'trail running with a brother called Hiro on Sundays',
    languages: ['Japanese', 'English'],
  });

  it('abstains on the named relative', async () => {
    expect(await cited(mei, 'is kenta vegetarian as well?')).toEqual([]);
    expect(await cited(mei, 'does hiro do pottery like her?')).toEqual([]);
    expect(await cited(mei, 'what languages does Kenta speak with her?')).toEqual([]);
  });

  it('still answers about the user, and a name that follows no relative is left alone', async () => {
    expect(await cited(mei, 'is Mei vegetarian?')).toEqual(['diet']);
    expect(await cited(mei, 'who does she travel with?')).toContain('travel_companion');
    expect(await cited(factsOf({ name: 'Mei Tanaka', diet: 'vegetarian', travel_companion: 'travels with Kenta' }), 'who does she travel with?')).toContain(
      'travel_companion',
    );
  });
});
