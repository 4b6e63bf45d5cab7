import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 42: question shapes found on round 43's development thirds and recurring in older rounds — whether the user is
 * free, there or fit at a time close by ("can I ring him this week?"), which a fact on the present answers.
 */

const { cited } = offlineCiter();

describe('offline dialectic: the user at a time close by', () => {
  const gaz = factsOf(
    {
      name: 'Gary Lowe',
      role: 'offshore wind technician',
      dislikes: ['cruise ships', 'phone calls'],
      work_style: 'hybrid: office on Tuesdays and Thursdays',
      health_conditions: ['mild asthma'],
      current_focus: 'revising for an HNC module exam',
      current_status: 'offshore on rotation until the 20th',
    },
    ['current_focus', 'current_status'],
  );

  it('cites the present state when asked whether the user is free, there or fit at a time close by', async () => {
    expect(await cited(gaz, 'can I ring him this week about the bbq?')).toContain('current_status');
    expect(await cited(gaz, 'can I catch him in the office tomorrow?')).toContain('current_status');
    expect(await cited(gaz, 'ok to book him in for a hard session tomorrow?')).toContain('current_status');
    expect(await cited(gaz, 'could he squeeze in a small job for me in the next few days?')).toContain('current_status');
  });

  it('prefers the state over the work in hand, and leaves questions that are not about such a time as they were', async () => {
    const ring = await cited(gaz, 'can I ring him this week about the bbq?');
    expect(ring).toContain('current_status');
    expect(ring).not.toContain('current_focus');
    // (A clock time asks whether the hour suits, which habits say; a wh- question asks what it names.)
    expect(await cited(gaz, 'is it ok to ring him at 9 tonight?')).not.toContain('current_status');
    expect(await cited(gaz, 'what does he do for work?')).toEqual(['role']);
    expect(await cited(gaz, 'does he have any health conditions?')).toEqual(['health_conditions']);
    // (Without a fact on the present, nothing stands in for it.)
    const quiet = factsOf({ name: 'Gary Lowe', role: 'offshore wind technician', dislikes: ['phone calls'] });
    expect(await cited(quiet, 'can I catch him in the office tomorrow?')).not.toContain('current_status');
  });
});
