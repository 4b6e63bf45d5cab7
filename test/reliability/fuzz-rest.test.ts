import { describe, expect, it } from 'vitest';
import { fuzzRest } from './fuzz-rest.js';

describe('hostile input over REST (light)', () => {
  it('every route survives 300 generated hostile requests: spec errors with matching statuses, no 500, no partial writes', async () => {
    const stats = await fuzzRest(300);
    expect(stats.cases).toBe(300);
    // Successes, validation errors and unknown ids every run; 413/431 (oversize bodies and headers) come only
    // when the generator happens to draw one, so their presence is not asserted (a run without them failed CI).
    expect(Object.keys(stats.statuses)).toEqual(expect.arrayContaining(['200', '400', '404']));
  }, 180_000);
});
