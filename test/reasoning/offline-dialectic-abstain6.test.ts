import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/profiles/model.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { citedKeys, factsOf } from '../helpers/facts.js';

/**
 * Session 17, second abstention round: a question that asks for more than the value holds (a clock time beside
 * "Friday evenings", a size beside the name of a bike) abstains; the same question answers when the value holds it.
 */

const reasoner = new OfflineReasoner({ worker: false });
const cited = (facts: readonly Fact[], question: string): Promise<string[]> => citedKeys(reasoner, facts, question);

describe('offline dialectic: "what time exactly" asks for a clock time', () => {
  const gwyn = factsOf({
    name: 'Gwyn Parry',
    band: 'plays cornet in the town brass band; rehearsals on Tuesday nights',
    work: 'early shift at the depot, starts at 6am',
  });

  it('abstains when the schedule names a day and a part of it but no time', async () => {
    expect(await cited(gwyn, 'what time exactly do his band rehearsals begin on tuesdays?')).toEqual([]);
  });

  it('still answers when the value names the time, an adverb between or not', async () => {
    expect(await cited(gwyn, 'what time roughly does his shift start?')).toEqual(['work']);
    expect(await cited(gwyn, 'what time exactly does his shift start?')).toEqual(['work']);
  });
});

describe('offline dialectic: a size asked for is given by a number, a size word or a key for it', () => {
  const aoife = factsOf({
    name: 'Aoife Byrne',
    shoe_size: 'EU 38',
    sports_kit: ['Cube Attain road bike', 'Wahoo Elemnt 530 computer'],
    eyesight: 'needs large print since her cataract surgery',
  });

  it('abstains when the fact only names the thing whose size is asked', async () => {
    expect(await cited(aoife, 'what size bike does she ride?')).toEqual([]);
    expect(await cited(aoife, 'wat frame size is her cube bike')).toEqual([]);
    expect(await cited(aoife, 'what size is the road bike she rides?')).toEqual([]);
  });

  it('still answers a size held as a number, under a size key, or as a word for a size', async () => {
    expect(await cited(aoife, 'what size shoes does she wear?')).toEqual(['shoe_size']);
    expect(await cited(aoife, 'what font size should her handouts use?')).toEqual(['eyesight']);
  });
});
