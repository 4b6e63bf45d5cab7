import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness } from '../http/helpers.js';
import { concurrentHttpWriters, loadRun } from './http-load.js';

describe('reliability inside one HTTP server (light)', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  beforeAll(async () => {
    h = await startHarness({ accounts: ['local'] });
  });
  afterAll(async () => h.close());

  it('64 concurrent REST writers to one scope: the server holds exactly the acknowledged state', async () => {
    const r = await concurrentHttpWriters(h, 64, 6);
    expect(r.expected).toBeGreaterThan(64);
  }, 120_000);

  it('a short autocannon run of mixed reads and writes: no errors, no lost writes', async () => {
    const r = await loadRun(h, 16, 2);
    expect(r.errors).toBe(0);
    expect(r.non2xx).toBe(0);
    expect(r.writesAcknowledged).toBeGreaterThan(0);
    expect(r.writesFound).toBe(r.writesAcknowledged);
  }, 60_000);
});
