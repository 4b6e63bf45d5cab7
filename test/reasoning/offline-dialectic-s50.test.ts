import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 50: question shapes found on rounds 15 to 51's development sets. Each beside a near miss that must stay as it was.
 */

const { cited } = offlineCiter();

const grace = factsOf({
  name: 'Grace Owusu',
  location: 'Croydon',
  role: 'activities coordinator',
  favorite_music: 'Highlife and old Motown',
  interests: ['gospel choir', 'jigsaw puzzles'],
  goals: ['become a registered manager within 5 years'],
  car: '2016 Toyota Yaris',
});

describe('offline dialectic: what a thing is filled with', () => {
  it('reads the thing filled as what is asked ("what should I put on the playlist?")', async () => {
    expect(await cited(grace, 'what should I put on the playlist for her leaving do?')).toEqual(['favorite_music', 'interests']);
    expect(await cited(grace, 'what should I put on the car stereo for the drive down?')).toEqual(['favorite_music', 'interests']);
  });

  it('still reads an occasion after a preposition as no more than the occasion', async () => {
    expect(await cited(grace, 'what should I bring to the choir party?')).not.toContain('favorite_music');
  });
});

describe('offline dialectic: the kind of animal a pets item names', () => {
  const mereana = factsOf({ name: 'Mereana Walker', location: 'Christchurch', pets: ['huntaway called Mac'], family: ['married to Tom', 'two teenage sons'] });

  it('reads a breed the user keeps as the dog asked about', async () => {
    expect(await cited(mereana, 'whats her dog called')).toEqual(['pets']);
    // (Not another kind of animal.)
    expect(await cited(mereana, "what's her cat called?")).toEqual([]);
  });
});
