import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw, startHarness } from '../http/helpers.js';

/**
 * No request, however hostile, holds up another tenant: offline reasoning runs on a worker thread
 * in slices, so while one account's learn call grinds through a megabyte of adversarial text (and
 * is finally refused as "input too complex"), another account's requests — reads, dialectic, learn —
 * keep their latency. The figure asserted is the median added delay, which must stay under 200 ms.
 */

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('offline reasoning does not stall other tenants', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  beforeAll(async () => {
    h = await startHarness({ accounts: ['hostile', 'calm'] });
  });
  afterAll(async () => {
    await h.close();
  });

  async function calmRound(): Promise<{ read: number; ask: number; learn: number }> {
    const key = h.tokens.calm!;
    const t0 = performance.now();
    expect((await raw(h.url, '/v1/profile', { key })).status).toBe(200);
    const t1 = performance.now();
    expect((await raw(h.url, '/v1/profile/dialectic', { key, method: 'POST', body: { user_message: 'Where does the user live?' } })).status).toBe(200);
    const t2 = performance.now();
    expect(
      (
        await raw(h.url, '/v1/profile/learn', {
          key,
          method: 'POST',
          body: { messages: [{ role: 'user', content: "I'm a nurse in Leeds and I love hiking." }] },
        })
      ).status,
    ).toBe(200);
    const t3 = performance.now();
    return { read: t1 - t0, ask: t2 - t1, learn: t3 - t2 };
  }

  it('keeps another account served while one account sends a hostile learn', async () => {
    await calmRound(); // the worker thread and the language model load here
    const before: { read: number; ask: number; learn: number }[] = [];
    for (let i = 0; i < 7; i++) before.push(await calmRound());

    let finished = false;
    const hostile = raw(h.url, '/v1/profile/learn', {
      key: h.tokens.hostile,
      method: 'POST',
      // 45 messages of 20,000 characters (the per-message limit): about 900 KB of separators.
      body: { messages: Array.from({ length: 45 }, () => ({ role: 'user', content: 'a, '.repeat(6_666) })) },
    }).then((r) => {
      finished = true;
      return r;
    });
    const during: { read: number; ask: number; learn: number }[] = [];
    for (let i = 0; i < 7; i++) during.push(await calmRound());
    const early = finished ? await hostile : undefined;
    expect(finished, JSON.stringify(early?.json)?.slice(0, 300)).toBe(false); // the calm requests were measured while the hostile call was running

    for (const kind of ['read', 'ask', 'learn'] as const) {
      const delay = median(during.map((r) => r[kind])) - median(before.map((r) => r[kind]));
      expect(delay, `${kind}: median added delay ${delay.toFixed(0)} ms`).toBeLessThan(200);
    }
    const refused = await hostile;
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ code: 'validation_error' });
    expect(refused.json.error.message).toMatch(/input too complex/i);
    // The hostile account learned nothing; the calm one has its facts.
    expect((await raw(h.url, '/v1/profile', { key: h.tokens.hostile })).json.fact_count).toBe(0);
    expect((await raw(h.url, '/v1/profile', { key: h.tokens.calm })).json.fact_count).toBeGreaterThan(0);
  }, 120_000);
});
