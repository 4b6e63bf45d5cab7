import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 55: question shapes found on round 56's development thirds (sommeliers and the wine trade; air traffic control
 * and airport operations; barristers, solicitors and court staff). Each beside a near miss that must stay as it was.
 */

const { cited } = offlineCiter();

const aoife = factsOf({
  name: 'Aoife Brennan',
  role: 'approach controller',
  location: 'Ennis',
  interests: ['sea swimming at Kilkee', 'concertina at trad sessions'],
  communication_style: ['short answers'],
  current_status: 'on a block of nights until Sunday',
});

const kwame = factsOf({
  name: 'Kwame Asante',
  role: 'junior barrister',
  wellbeing: 'a long run on Sunday mornings',
  interests: ['chess', 'highlife records'],
});

describe('offline dialectic: how the user winds down, from their pastimes', () => {
  it('reads "what does she do to switch off after a busy watch?" from the interests when nothing else is held', async () => {
    expect(await cited(aoife, 'what does she do to switch off after a busy watch?')).toEqual(['interests']);
    expect(await cited(aoife, 'how does she wind down after nights?')).toEqual(['interests']);
  });

  it('still answers from a fact on winding down itself when one is held', async () => {
    expect(await cited(kwame, 'how does he wind down after a trial?')).toEqual(['wellbeing']);
  });
});
