import { afterEach, describe, expect, it } from 'vitest';
import { rest, startHarness, type Harness } from '../http/helpers.js';
import { connectStreamable, structured } from '../http/mcp-client.js';

/**
 * Issue 15, attack 1: a scope grew without bound (history kept per fact), and an account could
 * create collections without limit. docs/spec.md §8: scope bytes (history trimmed oldest first, then
 * quota_exceeded), collections per account.
 */
let h: (Harness & { tokens: Record<string, string> }) | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const LIMIT = 100 * 1024;

describe('storage quota per scope', () => {
  it('trims history oldest first, then refuses a growing write with quota_exceeded (limit and usage), writing nothing', async () => {
    h = await startHarness({ accounts: ['acme'], limits: { maxScopeBytes: LIMIT } });
    const api = rest(h.url, h.tokens.acme);
    const value = (i: number) => `${String(i).padStart(4, '0')} ${'x'.repeat(1000)}`;
    let refused: any;
    let written = 0;
    let trimmedSeen = false;
    for (let i = 0; i < 200 && !refused; i++) {
      const res = await api.patch('/v1/profile?collection_id=c1', { notes: value(i) });
      if (res.status !== 200) {
        refused = res;
        break;
      }
      written = i;
      const fact = res.json.facts[0];
      const history = (await api.get(`/v1/profile/facts/${fact.id}?collection_id=c1`)).json.history;
      // history is capped at 20 per fact; below that (with more writes behind it) means the quota trimmed it
      if (i >= 21 && history.length < 20) {
        trimmedSeen = true;
        // what is left is the newest: newest first, contiguous down from the value before this one
        expect(history[0].value).toBe(value(i - 1));
      }
    }
    expect(trimmedSeen).toBe(true);
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('quota_exceeded');
    expect(refused.json.error.details).toMatchObject({ limit: LIMIT, usage: expect.any(Number), collection_id: 'c1' });
    expect(refused.json.error.details.usage).toBeLessThanOrEqual(LIMIT);
    // nothing written: the last accepted value stands
    const facts = (await api.get('/v1/profile/facts?collection_id=c1')).json.facts;
    expect(facts.map((f: any) => f.value)).toEqual([value(written)]);
    // other scopes are not affected, and deleting still works on a full scope
    expect((await api.patch('/v1/profile', { role: 'Engineer' })).status).toBe(200);
    expect((await api.delete(`/v1/profile/facts/${facts[0].id}?collection_id=c1`)).status).toBe(200);
  });

  it('MCP over HTTP answers the same quota_exceeded error object', async () => {
    h = await startHarness({ accounts: ['acme'], limits: { maxScopeBytes: 4 * 1024 } });
    const c = await connectStreamable(h, h.tokens.acme);
    try {
      const big = 'y'.repeat(5000);
      const res = structured(await c.client.callTool({ name: 'create_fact', arguments: { key: 'bio', value: big } }));
      expect(res.error).toMatchObject({ code: 'quota_exceeded', details: { limit: 4096 } });
      expect(structured(await c.client.callTool({ name: 'get_profile', arguments: {} })).fact_count).toBe(0);
    } finally {
      await c.close();
    }
  });
});

describe('collections per account', () => {
  it('refuses a new collection past the limit (quota_exceeded with limit and usage); existing ones stay writable; forgetting one makes room', async () => {
    h = await startHarness({ accounts: ['acme', 'beta'], limits: { maxCollections: 3 } });
    const api = rest(h.url, h.tokens.acme);
    for (const id of ['c1', 'c2', 'c3']) expect((await api.patch('/v1/profile', { role: 'x', collection_id: id })).status).toBe(200);
    const refused = await api.patch('/v1/profile', { role: 'x', collection_id: 'c4' });
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatchObject({ code: 'quota_exceeded', details: { limit: 3, usage: 3, collection_id: 'c4' } });
    expect((await api.post('/v1/profile/learn', { messages: [{ role: 'user', content: 'I live in Oslo' }], collection_id: 'c5' })).json.error.code).toBe(
      'quota_exceeded',
    );
    expect((await api.get('/v1/collections')).json.total).toBe(3);
    expect((await api.patch('/v1/profile', { role: 'y', collection_id: 'c2' })).status).toBe(200);
    expect((await api.patch('/v1/profile', { role: 'y' })).status).toBe(200); // the global profile is not a collection
    // another account has its own count
    expect((await rest(h.url, h.tokens.beta).patch('/v1/profile', { role: 'x', collection_id: 'c4' })).status).toBe(200);
    expect((await api.delete('/v1/profile?collection_id=c1')).status).toBe(200);
    expect((await api.patch('/v1/profile', { role: 'x', collection_id: 'c4' })).status).toBe(200);
  });
});
