import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 48: question shapes found on round 49's development thirds. Each beside a near miss that must stay as it was.
 */

const { cited } = offlineCiter();

const maricel = factsOf({
  name: 'Maricel Santos',
  location: 'Winnipeg',
  language: ['Tagalog', 'Hiligaynon', 'English'],
  role: 'licensed family child care provider',
  family: ['husband Jun', 'son Miguel (10)'],
});

describe('offline dialectic: a dialect is a language', () => {
  it('finds the languages for a question about a dialect', async () => {
    expect(await cited(maricel, 'which dialect does she speak with her family back home')).toEqual(['language']);
  });
});

const aoife = factsOf({
  name: 'Aoife Byrne',
  role: 'data centre technician',
  education: ['BSc Computing (2:1), TU Dublin'],
  certifications: ['CCNA', 'CompTIA Server+'],
});

describe('offline dialectic: a result asked for', () => {
  it('abstains on the grade got in an exam the profile holds no result for', async () => {
    expect(await cited(aoife, 'what did she get in her Leaving Cert?')).toEqual([]);
    expect(await cited(aoife, 'what did she get for maths in matric?')).toEqual([]);
    // (A result the profile holds answers; a thing got is no result.)
    expect(await cited(aoife, 'what did she get in her degree?')).toEqual(['education']);
  });
});
