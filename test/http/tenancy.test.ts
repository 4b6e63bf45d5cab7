import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MODERN } from '../helpers/client-era.js';
import { TEST_STORE } from '../helpers/store.js';
import { raw, rest, startHarness, type Harness } from './helpers.js';
import { connectSse, connectStreamable, streamReady, structured } from './mcp-client.js';

let h: Harness & { tokens: Record<string, string> };
let alice: ReturnType<typeof rest>;
let bob: ReturnType<typeof rest>;

beforeEach(async () => {
  h = await startHarness({ accounts: ['alice', 'bob'] });
  alice = rest(h.url, h.tokens.alice);
  bob = rest(h.url, h.tokens.bob);
});
afterEach(async () => {
  await h.close();
});

describe('two accounts are isolated', () => {
  it("cannot see or touch each other's facts and collections, and are stored in separate files", async () => {
    const written = await alice.patch('/v1/profile', { role: 'Engineer', collection_id: 'shared_name' });
    const id = written.json.facts[0].id;
    await alice.patch('/v1/profile', { secret_project: 'Apollo' });

    expect((await bob.get('/v1/profile')).json.fact_count).toBe(0);
    expect((await bob.get('/v1/profile?collection_id=shared_name')).json.fact_count).toBe(0);
    expect((await bob.get('/v1/collections')).json).toEqual({ collections: [], total: 0, next_cursor: null });
    expect((await bob.get('/v1/profile/facts?q=apollo')).json.total).toBe(0);
    for (const res of [
      await bob.get(`/v1/profile/facts/${id}?collection_id=shared_name`),
      await bob.patch(`/v1/profile/facts/${id}`, { value: 'hacked', collection_id: 'shared_name' }),
      await bob.delete(`/v1/profile/facts/${id}?collection_id=shared_name`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe('not_found');
    }
    expect((await bob.delete('/v1/profile?collection_id=shared_name')).json.deleted).toBe(0);

    // Bob writing the same key in the same-named collection leaves Alice's fact alone.
    await bob.patch('/v1/profile', { role: 'Designer', collection_id: 'shared_name' });
    expect((await alice.get(`/v1/profile/facts/${id}?collection_id=shared_name`)).json.value).toBe('Engineer');
    expect((await alice.get('/v1/collections')).json.collections).toEqual([expect.objectContaining({ collection_id: 'shared_name', fact_count: 1 })]);

    if (TEST_STORE === 'json') {
      expect(existsSync(join(h.dir, 'accounts', 'alice', 'profile.json'))).toBe(true);
      expect(existsSync(join(h.dir, 'accounts', 'bob', 'profile.json'))).toBe(false);
      expect(existsSync(join(h.dir, 'accounts', 'bob', 'collections', 'shared_name.json'))).toBe(true);
    }
  });

  it("keep dialectic sessions apart: another account's session id starts empty", async () => {
    await alice.patch('/v1/profile', { role: 'Engineer', interests: ['compilers'] });
    const first = await alice.post('/v1/profile/dialectic', { user_message: 'What does this user do for work?' });
    expect(first.status).toBe(200);
    const session = first.json.session_id;
    expect(session).toEqual(expect.any(String));
    expect(first.json.facts_used.map((f: any) => f.key)).toContain('role');

    const stolen = await bob.post('/v1/profile/dialectic', { user_message: 'What does this user do for work?', session_id: session });
    expect(stolen.status).toBe(200);
    expect(stolen.json.session_id).toBe(session);
    expect(stolen.json.facts_used).toEqual([]);
    expect(JSON.stringify(stolen.json)).not.toMatch(/Engineer|compilers/);

    // Bob's turn is stored in Bob's scope, not Alice's.
    expect((await h.app.store.read({ account: 'bob', collection_id: null })).sessions).toHaveLength(1);
    if (TEST_STORE === 'json') expect(existsSync(join(h.dir, 'accounts', 'bob', 'profile.json'))).toBe(true);
  });

  // Sessions are a 2025-era feature (2026-07-28 is stateless; the SSE part runs on the v1 client in the default run).
  it.skipIf(MODERN)('bind MCP sessions to their account: a session id used with another key answers 404', async () => {
    const a = await connectStreamable(h, h.tokens.alice);
    try {
      const res = await raw(h.url, '/mcp', {
        method: 'POST',
        key: h.tokens.bob,
        headers: { 'mcp-session-id': a.sessionId!, accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-11-25' },
        body: { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_profile', arguments: {} } },
      });
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe('not_found');
      const get = await raw(h.url, '/mcp', { key: h.tokens.bob, headers: { 'mcp-session-id': a.sessionId!, accept: 'text/event-stream' } });
      expect(get.status).toBe(404);
      const del = await raw(h.url, '/mcp', { method: 'DELETE', key: h.tokens.bob, headers: { 'mcp-session-id': a.sessionId! } });
      expect(del.status).toBe(404);
      // Alice's session still works.
      expect(structured(await a.client.callTool({ name: 'get_profile', arguments: {} })).fact_count).toBe(0);

      const sseBob = await connectSse(h, h.tokens.bob);
      try {
        const sseId = h.server.edge.sessions.list().find((s) => s.transport === 'sse')!.id;
        const hijack = await raw(h.url, `/messages?sessionId=${sseId}`, {
          method: 'POST',
          key: h.tokens.alice,
          body: { jsonrpc: '2.0', id: 9, method: 'ping' },
        });
        expect(hijack.status).toBe(404);
        expect(hijack.json.error.code).toBe('not_found');
      } finally {
        await sseBob.close();
      }
    } finally {
      await a.close();
    }
  });

  it("send resource notifications only to the writing account's subscribers", async () => {
    const a = await connectStreamable(h, h.tokens.alice);
    const b = await connectSse(h, h.tokens.bob);
    try {
      await a.client.subscribeResource({ uri: 'profile://me' });
      await a.client.subscribeResource({ uri: 'profile://collections/marker' });
      await b.client.subscribeResource({ uri: 'profile://me' });
      await streamReady(h, a.sessionId);

      // Bob writes his global profile over REST and MCP; then Alice writes a marker scope.
      await bob.patch('/v1/profile', { role: 'Designer' });
      await b.client.callTool({ name: 'create_fact', arguments: { key: 'x', value: 1 } });
      const marker = a.nextUpdate('profile://collections/marker');
      await alice.patch('/v1/profile', { y: 1, collection_id: 'marker' });
      await marker;
      // Notifications of one stream arrive in order: Bob's writes came first and reached Alice nothing.
      expect(a.updates).toEqual(['profile://collections/marker']);
      expect(b.updates.filter((u) => u === 'profile://me').length).toBeGreaterThanOrEqual(1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
