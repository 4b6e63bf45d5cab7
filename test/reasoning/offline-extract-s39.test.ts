import { describe, expect, it } from 'vitest';
import { has, learned } from '../helpers/extracted.js';

/**
 * Session 39: general readings found on round 40's development thirds (retirees who volunteer, firefighters and
 * paramedics, PhD students and lecturers) and on misses that recur in older rounds. Each behaviour beside a near miss
 * that must stay as it was.
 */

describe('offline extraction: the employer of a job said with "as"', () => {
  it('reads "working as <job> at <employer>" as the employer, whatever words the job has', async () => {
    const fellow = await learned('I am working as DST INSPIRE faculty fellow at IISER Pune, my contract is till March 2026 only.');
    expect(has(fellow, 'company', 'IISER Pune')).toBe(true);
    expect(has(fellow, 'role', 'faculty fellow')).toBe(true);
    // (A duration is no employer.)
    expect((await learned('I am working as research fellow for six months now')).some((f) => f.key === 'company')).toBe(false);
  });
});
