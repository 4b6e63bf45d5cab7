import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/profiles/model.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { citedKeys, factsOf } from '../helpers/facts.js';

/**
 * Session 16: questions narrower than what the profile holds — a detail of something the profile only
 * mentions (the make of a truck it names, the names of staff it counts) — must abstain, while the
 * questions the same facts do answer keep their answers.
 */

const reasoner = new OfflineReasoner({ worker: false });
const cited = (facts: readonly Fact[], question: string): Promise<string[]> => citedKeys(reasoner, facts, question);

describe('offline dialectic: the names of people the profile only counts', () => {
  const tunde = factsOf({ name: 'Tunde Bakare', business_name: 'InkSpot Prints', employees: '4' });

  it('abstains on their names when the key holds a count', async () => {
    expect(await cited(tunde, "what are his employees' names?")).toEqual([]);
  });

  it('still gives the count, and names a key holds', async () => {
    expect(await cited(tunde, 'how many employees does he have?')).toEqual(['employees']);
    const named = factsOf({ name: 'Tunde Bakare', employees: ['Sam', 'Tolu'] });
    expect(await cited(named, "what are his employees' names?")).toEqual(['employees']);
  });
});
