import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 47: question shapes found on round 48's development thirds and the development sets' recurring misses. Each
 * beside a near miss that must stay as it was.
 */

const { cited } = offlineCiter();

const etienne = factsOf({
  name: 'Etienne Roy',
  location: 'Gatineau, Quebec',
  role: 'conference interpreter (French, English)',
  diet: 'vegetarian',
  current_focus: 'preparing a glossary for a NATO cyber-defence summit next week',
  interests: ['cycling', 'jazz'],
});

describe('offline dialectic: what a "before" or "after" names', () => {
  it('reads what an "after" names as when, beside a topic of the question\'s own', async () => {
    expect(await cited(etienne, 'team dinner at the Keg after the summit, does that work for him?')).toEqual(['diet']);
    // (With nothing else asked, what it names is still what the question is about.)
    expect(await cited(etienne, "what's he working on before the summit?")).toEqual(['current_focus']);
  });
});
