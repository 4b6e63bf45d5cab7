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

describe('offline extraction: a correction after dots', () => {
  it('reads "… wait no sorry, X" and "… sorry no, the 22nd" after dots as taking the value back', async () => {
    const darwin = await learned("i'm in perth so wa time for any reminders... wait no sorry, Darwin!! we moved up in june");
    expect(has(darwin, 'location', 'Darwin')).toBe(true);
    expect(has(darwin, 'location', 'perth')).toBe(false);
    const gig = await learned('the wedding gig is on the 21st... sorry no, the 22nd, they moved it.');
    expect(gig.some((f) => JSON.stringify(f.value).includes('22nd'))).toBe(true);
    expect(gig.some((f) => JSON.stringify(f.value).includes('21st'))).toBe(false);
    // (Dots before words that take nothing back leave the value: "in Leeds... no complaints really".)
    expect(has(await learned('I live in Leeds... no complaints really'), 'location', 'Leeds')).toBe(true);
  });
});
