import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { raw, rest, startHarness, type Harness } from '../http/helpers.js';
import { connectSse, connectStreamable, streamReady, structured } from '../http/mcp-client.js';
import { MODERN } from '../helpers/client-era.js';

/**
 * docs/spec.md §8 scoped keys, and issue 15 attack 4: a stream opened with a key kept receiving results and
 * resource notifications after the key was revoked.
 */
let h: Harness & { tokens: Record<string, string> };
let admin: ReturnType<typeof rest>;

beforeEach(async () => {
  h = await startHarness({ accounts: ['acme'], sessions: { keyCheckMs: 50 } });
  admin = rest(h.url, h.tokens.acme);
  await admin.patch('/v1/profile', { role: 'Owner' });
  await admin.patch('/v1/profile', { role: 'Designer', collection_id: 'c1' });
  await admin.patch('/v1/profile', { role: 'Pilot', collection_id: 'c2' });
});
afterEach(async () => {
  await h.close();
});

async function scopedKey(options: { collection_id?: string; read_only?: boolean; expires_at?: string }): Promise<{ key: string; id: string }> {
  const made = await h.keys.create('acme', options);
  return { key: made.key, id: made.record.id };
}

describe('REST with scoped keys', () => {
  it('a collection key works on its collection and answers forbidden everywhere else', async () => {
    const { key } = await scopedKey({ collection_id: 'c1' });
    const api = rest(h.url, key);
    expect((await api.get('/v1/profile?collection_id=c1')).json.profile.static[0].value).toBe('Designer');
    expect((await api.patch('/v1/profile', { team: 'Web', collection_id: 'c1' })).status).toBe(200);
    for (const [method, path, body] of [
      ['GET', '/v1/profile', undefined],
      ['GET', '/v1/profile?collection_id=c2', undefined],
      ['PATCH', '/v1/profile', { role: 'Hacker' }],
      ['PATCH', '/v1/profile?collection_id=c1', { role: 'Hacker', collection_id: 'c2' }],
      ['DELETE', '/v1/profile?scope=global', undefined],
      ['GET', '/v1/collections', undefined],
      ['POST', '/v1/profile/dialectic', { user_message: 'What is their role?' }],
    ] as const) {
      const res = await api.call(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.json.error.code).toBe('forbidden');
    }
    expect((await admin.get('/v1/profile')).json.profile.static[0].value).toBe('Owner');
    expect((await admin.get('/v1/profile?collection_id=c2')).json.fact_count).toBe(1);
  });

  it('a read-only key reads and asks, but every write answers forbidden and writes nothing', async () => {
    const { key } = await scopedKey({ read_only: true });
    const api = rest(h.url, key);
    expect((await api.get('/v1/profile')).status).toBe(200);
    expect((await api.get('/v1/collections')).status).toBe(200);
    expect((await api.post('/v1/profile/dialectic', { user_message: 'What is their role?' })).status).toBe(200);
    const fact = (await api.get('/v1/profile/facts')).json.facts[0];
    for (const [method, path, body] of [
      ['PATCH', '/v1/profile', { role: 'Hacker' }],
      ['POST', '/v1/profile/facts', { key: 'x', value: 1 }],
      ['PATCH', `/v1/profile/facts/${fact.id}`, { value: 'Hacker' }],
      ['DELETE', `/v1/profile/facts/${fact.id}`, undefined],
      ['DELETE', '/v1/profile?scope=global', undefined],
      ['POST', '/v1/profile/learn', { messages: [{ role: 'user', content: 'I am a pilot' }] }],
    ] as const) {
      const res = await api.call(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.json.error.code).toBe('forbidden');
    }
    expect((await admin.get('/v1/profile')).json.profile.static.map((f: any) => f.value)).toEqual(['Owner']);
  });

  it('an expired key is unauthorized', async () => {
    const { key } = await scopedKey({ expires_at: new Date(Date.now() - 1000).toISOString() });
    const res = await raw(h.url, '/v1/profile', { key });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe('unauthorized');
  });
});

describe('MCP with scoped keys', () => {
  it("tools, resources and subscriptions answer forbidden past the key's collection; a read-only key cannot write", async () => {
    const { key } = await scopedKey({ collection_id: 'c1', read_only: true });
    const c = await connectStreamable(h, key);
    try {
      expect(structured(await c.client.callTool({ name: 'get_profile', arguments: { collection_id: 'c1' } })).fact_count).toBe(1);
      expect(structured(await c.client.callTool({ name: 'get_profile', arguments: {} })).error.code).toBe('forbidden');
      expect(structured(await c.client.callTool({ name: 'list_collections', arguments: {} })).error.code).toBe('forbidden');
      expect(structured(await c.client.callTool({ name: 'patch_profile', arguments: { facts: { x: 1 }, collection_id: 'c1' } })).error.code).toBe('forbidden');
      await expect(c.client.readResource({ uri: 'profile://me' })).rejects.toThrow(/only on collection/);
      // The same refusal on both eras: resources/subscribe (2025) and subscriptions/listen (2026-07-28).
      const refused = await c.client.subscribeResource({ uri: 'profile://collections/c2' }).then(
        () => undefined,
        (err: { message: string; code?: number; data?: any }) => err,
      );
      expect(refused?.message).toMatch(/only on collection/);
      expect(refused?.code).toBe(-32600);
      expect(refused?.data?.error?.code).toBe('forbidden');
      await c.client.subscribeResource({ uri: 'profile://collections/c1' });
      expect((await admin.get('/v1/profile?collection_id=c1')).json.fact_count).toBe(1);
    } finally {
      await c.close();
    }
  });

  // Sessions are a 2025-era feature (2026-07-28 is stateless: every request is authenticated on its own).
  it.skipIf(MODERN)('a session is bound to the key that opened it: another key of the same account cannot use it', async () => {
    const c = await connectStreamable(h, h.tokens.acme);
    try {
      const other = await h.key('acme');
      const res = await raw(h.url, '/mcp', {
        method: 'POST',
        key: other,
        headers: { 'mcp-session-id': c.sessionId!, accept: 'application/json, text/event-stream' },
        body: { jsonrpc: '2.0', id: 9, method: 'tools/list' },
      });
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe('not_found');
    } finally {
      await c.close();
    }
  });

  // On 2026-07-28 (v2 run) the Streamable HTTP client holds no session but a subscriptions/listen stream: revoking ends it.
  it('revoking a key closes its SSE stream and Streamable HTTP session: no more results or notifications', async () => {
    const { key, id } = await scopedKey({});
    const stream = await openRawSse(key);
    const sse = await connectSse(h, key);
    const streamable = await connectStreamable(h, key);
    await streamable.client.subscribeResource({ uri: 'profile://me' });
    await sse.client.subscribeResource({ uri: 'profile://me' });
    await streamReady(h, streamable.sessionId);
    try {
      expect(h.server.edge.sessions.size).toBe(MODERN ? 2 : 3);
      expect(h.server.edge.sessions.listening).toBe(MODERN ? 1 : 0);
      await h.keys.revoke(id);
      await stream.ended; // the server ended the raw stream
      await vi.waitFor(() => expect(h.server.edge.sessions.size).toBe(0), { timeout: 5_000, interval: 20 });
      await vi.waitFor(() => expect(h.server.edge.sessions.listening).toBe(0), { timeout: 5_000, interval: 20 });
      const before = sse.updates.length + streamable.updates.length;
      await admin.patch('/v1/profile', { role: 'Changed after revocation' });
      // A write announces itself to live sessions before it answers; none is left for this key.
      expect(sse.updates.length + streamable.updates.length).toBe(before);
      await expect(streamable.client.callTool({ name: 'get_profile', arguments: {} })).rejects.toThrow();
    } finally {
      stream.destroy();
      await sse.close().catch(() => undefined);
      await streamable.close().catch(() => undefined);
    }
  });

  it('a key that expires closes the streams it opened', async () => {
    const { key } = await scopedKey({ expires_at: new Date(Date.now() + 1_000).toISOString() });
    const stream = await openRawSse(key);
    expect(h.server.edge.sessions.size).toBe(1);
    await stream.ended;
    expect(h.server.edge.sessions.size).toBe(0);
  });
});

/** GET /sse by hand: resolves once the endpoint event arrived; `ended` resolves when the server ends the stream. */
function openRawSse(key: string): Promise<{ ended: Promise<void>; destroy(): void }> {
  return new Promise((resolve, reject) => {
    const url = new URL('/sse', h.url);
    const req = request(
      { host: url.hostname, port: url.port, path: '/sse', headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream' }, agent: false },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
        let text = '';
        const ended = new Promise<void>((done) => {
          res.once('end', done);
          res.once('close', done);
        });
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('event: endpoint')) resolve({ ended, destroy: () => req.destroy() });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
