import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RATES, type RateSettings } from '../../src/limits/rate.js';
import { openApp } from '../../src/app.js';
import { serve, type RunningServer } from '../../src/http/server.js';
import type { KeyStore } from '../../src/keys/port.js';
import { reasonerFactoryFromEnv } from '../../src/reasoners/index.js';
import { openKeyStore } from '../../src/store/open.js';
import { freshStoreConfig, TEST_STORE } from '../helpers/store.js';
import { tempDir } from '../helpers/tmp.js';
import { raw, rest, startHarness, type Harness } from '../http/helpers.js';
import { connectStreamable, structured } from '../http/mcp-client.js';

/** Issue 15, attack 2: no rate limiting at all. docs/spec.md §8: per-key buckets, rate_limited + Retry-After. */
let h: (Harness & { tokens: Record<string, string> }) | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Small buckets with a long window, so a test can exhaust them without racing the refill. */
const RATES: RateSettings = { enabled: true, read: { rate: 0.2, burst: 20 }, write: { rate: 0.1, burst: 5 }, reasoning: { rate: 0.05, burst: 2 } };

describe('rate limits per key', () => {
  it('REST: over the write bucket answers 429 rate_limited with Retry-After; reads have their own bucket; other keys are unaffected', async () => {
    h = await startHarness({ accounts: ['abuser', 'polite'], rates: RATES });
    const abuser = rest(h.url, h.tokens.abuser);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await abuser.patch('/v1/profile', { n: i })).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const limited = await abuser.patch('/v1/profile', { n: 99 });
    expect(limited.json.error).toMatchObject({ code: 'rate_limited', details: { bucket: 'write' } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // nothing of a refused write was written
    expect((await abuser.get('/v1/profile')).json.profile.static[0].value).toBe(4);
    // reads are a separate bucket, and another key of another account is served normally
    expect((await abuser.get('/v1/profile')).status).toBe(200);
    expect((await rest(h.url, h.tokens.polite).patch('/v1/profile', { n: 1 })).status).toBe(200);
  });

  it('REST: reasoning calls (dialectic, learn) share the reasoning bucket', async () => {
    h = await startHarness({ accounts: ['acme'], rates: RATES });
    const api = rest(h.url, h.tokens.acme);
    expect((await api.post('/v1/profile/dialectic', { user_message: 'Who is this?' })).status).toBe(200);
    expect((await api.post('/v1/profile/learn', { messages: [{ role: 'user', content: 'I live in Oslo' }], dry_run: true })).status).toBe(200);
    const third = await api.post('/v1/profile/dialectic', { user_message: 'Who is this?' });
    expect(third.status).toBe(429);
    expect(third.json.error.details.bucket).toBe('reasoning');
    expect((await api.patch('/v1/profile', { role: 'x' })).status).toBe(200);
  });

  it('MCP over HTTP: a tool call over the bucket answers the same rate_limited error object', async () => {
    h = await startHarness({ accounts: ['acme'], rates: RATES });
    const c = await connectStreamable(h, h.tokens.acme);
    try {
      const results = [];
      for (let i = 0; i < 7; i++) results.push(structured(await c.client.callTool({ name: 'patch_profile', arguments: { facts: { n: i } } })));
      expect(results.slice(0, 5).every((r) => r.status === 'success')).toBe(true);
      expect(results[5].error).toMatchObject({ code: 'rate_limited', details: { bucket: 'write', retry_after_seconds: expect.any(Number) } });
      // REST and MCP draw from the same key's bucket
      expect((await raw(h.url, '/v1/profile', { method: 'PATCH', key: h.tokens.acme, body: { n: 100 } })).status).toBe(429);
    } finally {
      await c.close();
    }
  });

  it('a well-behaved key is served while another key floods and is rate limited', async () => {
    h = await startHarness({ accounts: ['abuser', 'polite'], rates: { ...RATES, read: { rate: 5, burst: 10 } } });
    const polite = rest(h.url, h.tokens.polite);
    await polite.patch('/v1/profile', { role: 'Engineer' });
    let flooding = true;
    const refused: number[] = [];
    const flood = (async () => {
      const abuser = rest(h!.url, h!.tokens.abuser);
      while (flooding) {
        const batch = await Promise.all(Array.from({ length: 20 }, () => abuser.get('/v1/profile')));
        refused.push(...batch.filter((r) => r.status === 429).map((r) => r.status));
      }
    })();
    await vi.waitFor(() => expect(refused.length).toBeGreaterThan(0), { timeout: 10_000, interval: 10 });
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      const started = performance.now();
      const res = await polite.get('/v1/profile');
      times.push(performance.now() - started);
      expect(res.status).toBe(200);
      expect(res.json.profile.static[0].value).toBe('Engineer');
    }
    flooding = false;
    await flood;
    // A generous bound (a loaded CI machine), not a benchmark: the polite key is never queued behind the flood.
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(1_000);
  });

  it('PROFILE_MCP_RATE_LIMITS=off (enabled: false) never limits', async () => {
    h = await startHarness({ accounts: ['acme'], rates: { ...RATES, enabled: false } });
    const api = rest(h.url, h.tokens.acme);
    for (let i = 0; i < 10; i++) expect((await api.patch('/v1/profile', { n: i })).status).toBe(200);
  });

  it('the defaults are docs/spec.md §8: reads 50/s burst 100, writes 10/s burst 50, reasoning 2/s burst 10', () => {
    expect(DEFAULT_RATES).toEqual({ enabled: true, read: { rate: 50, burst: 100 }, write: { rate: 10, burst: 50 }, reasoning: { rate: 2, burst: 10 } });
  });
});

describe.skipIf(TEST_STORE !== 'postgres')('rate limits with the PostgreSQL store', () => {
  it("two server processes on one database share a key's buckets", async () => {
    const store = await freshStoreConfig();
    const servers: RunningServer[] = [];
    const keyStores: KeyStore[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const app = await openApp({ dataDir: tempDir(), store, reasoners: reasonerFactoryFromEnv({}) });
        const keys = await openKeyStore({ ...store, dataDir: tempDir() });
        keyStores.push(keys);
        servers.push(await serve({ app, keys, host: '127.0.0.1', port: 0, rates: RATES }));
      }
      const { key } = await keyStores[0]!.create('acme');
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await raw(servers[i % 2]!.url, '/v1/profile', { method: 'PATCH', key, body: { n: i } })).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      expect((await raw(servers[0]!.url, '/v1/profile', { method: 'PATCH', key, body: { n: 9 } })).status).toBe(429);
    } finally {
      for (const s of servers) await s.close();
      await store.drop();
    }
  });
});
