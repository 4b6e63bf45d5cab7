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

const nomvula = factsOf({
  name: 'Nomvula Dlamini',
  location: 'Pietermaritzburg',
  role: 'fresh produce department manager',
  company: 'Dlamini & Sons Funeral Parlour',
  respite: 'her dad is at the day centre on Tuesdays and Thursdays',
  tools: ['SAP', 'Excel'],
});

describe('offline dialectic: words spelt the British way', () => {
  it('finds a word the question spells as the profile does, where the NLP base lemmatises it the American way', async () => {
    expect(await cited(nomvula, 'which parlour is hers?')).toEqual(['company']);
    expect(await cited(nomvula, 'which days is her dad at the day centre?')).toEqual(['respite']);
    // (A word the profile does not hold is still not found.)
    expect(await cited(nomvula, 'which harbour does she sail from?')).toEqual([]);
  });
});

describe('offline dialectic: what a manager runs', () => {
  it('reads the word before "manager" in a value as the thing run', async () => {
    expect(await cited(nomvula, 'which department does she run')).toEqual(['role']);
    // (A word before a noun that runs nothing still names that noun's kind: no phone is said by "phone calls".)
    expect(await cited(factsOf({ dislikes: ['phone calls'] }), 'which phone does she use?')).toEqual([]);
  });
});
