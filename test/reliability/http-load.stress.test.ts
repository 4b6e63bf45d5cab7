import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness } from '../http/helpers.js';
import { concurrentHttpWriters, loadRun } from './http-load.js';
import { record } from './summary.js';

describe('reliability inside one HTTP server (stress)', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  beforeAll(async () => {
    h = await startHarness({ accounts: ['local'] });
  });
  afterAll(async () => h.close());

  it('64 concurrent REST writers x 50 mixed writes to one scope lose nothing', async () => {
    const r = await concurrentHttpWriters(h, 64, 50);
    record('concurrent writers: 64 in one HTTP server x 50', {
      acknowledged: r.acknowledged,
      'live facts expected': r.expected,
      'live facts found': r.found,
      lost: r.expected - r.found,
    });
    expect(r.found).toBe(r.expected);
  }, 600_000);

  it('autocannon, 64 connections, mixed reads and writes for 30 s: no errors, no lost writes', async () => {
    const r = await loadRun(h, 64, Number(process.env.LOAD_SECONDS ?? 30));
    record(`load: 64 connections x ${r.seconds} s`, {
      requests: r.requests,
      'req/s': Math.round(r.throughput),
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      errors: r.errors + r.non2xx,
      'writes acknowledged': r.writesAcknowledged,
      'writes found': r.writesFound,
      lost: r.writesAcknowledged - r.writesFound,
    });
    expect(r.errors + r.non2xx).toBe(0);
    expect(r.writesFound).toBe(r.writesAcknowledged);
  }, 600_000);
});
