import { describe, expect, it } from 'vitest';
import { fuzzRest } from './fuzz-rest.js';

describe('hostile input over REST (light)', () => {
  it('every route survives 300 generated hostile requests: spec errors with matching statuses, no 500, no partial writes', async () => {
    const stats = await fuzzRest(300);
    expect(stats.cases).toBe(300);
    expect(Object.keys(stats.statuses).length).toBeGreaterThan(3);
  }, 180_000);
});
