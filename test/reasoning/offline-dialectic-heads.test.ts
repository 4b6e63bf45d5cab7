import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/profiles/model.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { citedKeys, factsOf } from '../helpers/facts.js';

/**
 * The offline dialectic answers what a question asks for (its head), not what only says whose or which:
 * a fact that matches a modifier or the possessor of the head, or whose key is qualified for another
 * thing, or that cannot give the kind of answer asked for, is no answer, and the dialectic abstains.
 */

const reasoner = new OfflineReasoner({ worker: false });
const cited = (facts: readonly Fact[], question: string): Promise<string[]> => citedKeys(reasoner, facts, question);

describe('offline dialectic: "what year" asks for a date', () => {
  const glenys = factsOf({ name: 'Glenys Morgan', occupation: 'retired primary school teacher', devices: ['iPad', 'Kindle'] });
  const olu = factsOf({ name: 'Olu Bello', occupation: 'retired primary school teacher (retired in 2019)' });

  it('abstains when the fact on the topic holds no date', async () => {
    expect(await cited(glenys, 'what year did she retire from teaching?')).toEqual([]);
    expect(await cited(glenys, 'which month did she retire?')).toEqual([]);
  });

  it('answers when the fact gives one', async () => {
    expect(await cited(olu, 'what year did she retire from teaching?')).toEqual(['occupation']);
    expect(await cited(glenys, 'is she retired?')).toEqual(['occupation']);
  });
});
