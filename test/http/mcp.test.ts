import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BoundedEventStore } from '../../src/http/event-store.js';
import { raw, rest, startHarness, type Harness } from './helpers.js';
import { MODERN } from '../helpers/client-era.js';
import { connectSse, connectStreamable, streamReady, structured } from './mcp-client.js';

let h: Harness & { tokens: Record<string, string> };
beforeEach(async () => {
  h = await startHarness({ accounts: ['acme'] });
});
afterEach(async () => {
  await h.close();
});

describe('MCP over Streamable HTTP (/mcp)', () => {
  it('initializes with instructions, lists the tools and calls them', async () => {
    const c = await connectStreamable(h, h.tokens.acme);
    try {
      // 2026-07-28 is stateless: no Mcp-Session-Id at all.
      if (MODERN) expect(c.sessionId).toBeUndefined();
      else expect(c.sessionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(c.client.getInstructions()).toMatch(/profile/i);
      const names = (await c.client.listTools()).tools.map((t) => t.name);
      expect(names).toEqual(
        expect.arrayContaining([
          'get_profile',
          'patch_profile',
          'list_facts',
          'get_fact',
          'create_fact',
          'update_fact',
          'delete_fact',
          'delete_profile',
          'list_collections',
        ]),
      );
      const patched = structured(await c.client.callTool({ name: 'patch_profile', arguments: { facts: { role: 'Engineer' }, collection_id: 'c1' } }));
      expect(patched).toMatchObject({ status: 'success', created: 1 });
      // The REST edge sees the same data for the same key's account.
      expect((await rest(h.url, h.tokens.acme).get('/v1/profile?collection_id=c1')).json.profile.static[0].value).toBe('Engineer');
      const resource = await c.client.readResource({ uri: 'profile://collections/c1' });
      expect(JSON.parse((resource.contents[0] as { text: string }).text).fact_count).toBe(1);
    } finally {
      await c.close();
    }
  });

  it('notifies subscribers of REST writes and of writes from other sessions of the account', async () => {
    const c = await connectStreamable(h, h.tokens.acme);
    const other = await connectSse(h, h.tokens.acme);
    try {
      await c.client.subscribeResource({ uri: 'profile://me' });
      await c.client.subscribeResource({ uri: 'profile://collections/c9' });
      await streamReady(h, c.sessionId);

      let next = c.nextUpdate('profile://me');
      await rest(h.url, h.tokens.acme).patch('/v1/profile', { role: 'Engineer' });
      await next;

      next = c.nextUpdate('profile://collections/c9');
      await other.client.callTool({ name: 'create_fact', arguments: { key: 'x', value: 1, collection_id: 'c9' } });
      await next;
      expect(c.updates).toEqual(['profile://me', 'profile://collections/c9']);

      await c.client.unsubscribeResource({ uri: 'profile://me' });
      next = c.nextUpdate('profile://collections/c9');
      await rest(h.url, h.tokens.acme).patch('/v1/profile', { role: 'Manager' });
      await rest(h.url, h.tokens.acme).patch('/v1/profile', { y: 2, collection_id: 'c9' });
      await next;
      expect(c.updates).toEqual(['profile://me', 'profile://collections/c9', 'profile://collections/c9']);
    } finally {
      await c.close();
      await other.close();
    }
  });

  // Sessions, DELETE and Last-Event-ID resumption are 2025-era features (2026-07-28 is stateless).
  it.skipIf(MODERN)('DELETE /mcp ends the session; its id then answers 404 not_found', async () => {
    const c = await connectStreamable(h, h.tokens.acme);
    const id = c.sessionId!;
    expect(h.server.edge.sessions.list().map((s) => s.id)).toContain(id);
    await c.transport.terminateSession();
    expect(h.server.edge.sessions.list().map((s) => s.id)).not.toContain(id);
    const res = await raw(h.url, '/mcp', {
      method: 'POST',
      key: h.tokens.acme,
      headers: { 'mcp-session-id': id, accept: 'application/json, text/event-stream', 'content-type': 'application/json' },
      body: { jsonrpc: '2.0', id: 1, method: 'ping' },
    });
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('not_found');
    await c.close();
  });

  it('refuses requests without a session id that are not initialize', async () => {
    const res = await raw(h.url, '/mcp', {
      method: 'POST',
      key: h.tokens.acme,
      headers: { accept: 'application/json, text/event-stream' },
      body: { jsonrpc: '2.0', id: 1, method: 'tools/list' },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_error');
    const empty = await raw(h.url, '/mcp', {
      method: 'POST',
      key: h.tokens.acme,
      headers: { 'mcp-session-id': 'x', accept: 'application/json, text/event-stream' },
    });
    expect(empty.status).toBe(400);
    expect(empty.json.error.code).toBe('validation_error');
    const bad = await raw(h.url, '/mcp', { method: 'POST', key: h.tokens.acme, body: '{"jsonrpc":' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('validation_error');
  });

  // Sessions, DELETE and Last-Event-ID resumption are 2025-era features (2026-07-28 is stateless).
  it.skipIf(MODERN)('resumes a stream from Last-Event-ID (replays what was sent after it)', async () => {
    const c = await connectStreamable(h, h.tokens.acme);
    try {
      const base = {
        key: h.tokens.acme,
        headers: { 'mcp-session-id': c.sessionId!, 'mcp-protocol-version': '2025-11-25', accept: 'application/json, text/event-stream' },
      };
      const res = await raw(h.url, '/mcp', {
        ...base,
        method: 'POST',
        body: { jsonrpc: '2.0', id: 'r1', method: 'tools/call', params: { name: 'get_profile', arguments: {} } },
      });
      expect(res.status).toBe(200);
      const events = parseSse(res.text);
      const priming = events.find((e) => e.data.trim() === '');
      const answer = events.find((e) => e.data.includes('"r1"'));
      expect(priming?.id).toBeTruthy();
      expect(answer?.id).toBeTruthy();
      // A client that lost the stream right after the priming event gets the answer replayed.
      const resumed = await rawStream(h.url, { ...base.headers, authorization: `Bearer ${h.tokens.acme}`, 'last-event-id': priming!.id! }, '"r1"');
      expect(resumed).toContain(`id: ${answer!.id}`);
      expect(resumed).toContain('"structuredContent"');
    } finally {
      await c.close();
    }
  });
});

describe('MCP over legacy HTTP+SSE (/sse + /messages)', () => {
  it('connects with the bearer header, calls tools and reads resources', async () => {
    const c = await connectSse(h, h.tokens.acme);
    try {
      expect((await c.client.listTools()).tools.length).toBeGreaterThanOrEqual(9);
      const created = structured(await c.client.callTool({ name: 'create_fact', arguments: { key: 'role', value: 'Engineer' } }));
      expect(created).toMatchObject({ key: 'role', value: 'Engineer' });
      const profile = structured(await c.client.callTool({ name: 'get_profile', arguments: {} }));
      expect(profile.fact_count).toBe(1);
      expect(h.server.edge.sessions.list().filter((s) => s.transport === 'sse')).toHaveLength(1);
    } finally {
      await c.close();
    }
  });

  it('answers unknown session ids and bad messages with spec errors', async () => {
    const unknown = await raw(h.url, '/messages?sessionId=nope', { method: 'POST', key: h.tokens.acme, body: { jsonrpc: '2.0', id: 1, method: 'ping' } });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('not_found');
    const c = await connectSse(h, h.tokens.acme);
    try {
      const id = h.server.edge.sessions.list().find((s) => s.transport === 'sse')!.id;
      const bad = await raw(h.url, `/messages?sessionId=${id}`, { method: 'POST', key: h.tokens.acme, body: { hello: 'world' } });
      expect(bad.status).toBe(400);
      expect(bad.json.error.code).toBe('validation_error');
      // A message sent as text/plain is accepted (bodies are JSON whatever the Content-Type).
      const ok = await raw(h.url, `/messages?sessionId=${id}`, {
        method: 'POST',
        key: h.tokens.acme,
        body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/roots/list_changed' }),
        headers: { 'content-type': 'text/plain' },
      });
      expect(ok.status).toBe(202);
    } finally {
      await c.close();
    }
  });
});

describe('MCP session limits', () => {
  // Sessions, DELETE and Last-Event-ID resumption are 2025-era features (2026-07-28 is stateless).
  it.skipIf(MODERN)('closes the least recently active session past the per-account cap, and idle sessions', async () => {
    const small = await startHarness({ accounts: ['a', 'b'], sessions: { maxPerAccount: 2, idleMs: 60_000 } });
    try {
      const a1 = await connectStreamable(small, small.tokens.a);
      const a2 = await connectStreamable(small, small.tokens.a);
      const b1 = await connectStreamable(small, small.tokens.b);
      await a2.client.ping();
      const a3 = await connectStreamable(small, small.tokens.a);
      const ids = small.server.edge.sessions.list().map((s) => s.id);
      expect(ids).not.toContain(a1.sessionId);
      expect(ids).toEqual(expect.arrayContaining([a2.sessionId, a3.sessionId, b1.sessionId]));
      await expect(a1.client.ping()).rejects.toThrow();
      await Promise.all([a1, a2, a3, b1].map((c) => c.close().catch(() => undefined)));
    } finally {
      await small.close();
    }
    const idle = await startHarness({ accounts: ['a'], sessions: { idleMs: 50 } });
    try {
      const c = await connectStreamable(idle, idle.tokens.a);
      await c.transport.close(); // the client goes away without DELETE
      await vi.waitFor(() => expect(idle.server.edge.sessions.size).toBe(0), { timeout: 10_000, interval: 20 });
    } finally {
      await idle.close();
    }
  });
});

describe('BoundedEventStore', () => {
  it('replays events of the same stream after an id, skipping priming events, and drops the oldest past its bounds', async () => {
    const store = new BoundedEventStore(4, 10_000);
    const a1 = await store.storeEvent('a', {} as never);
    await store.storeEvent('b', { jsonrpc: '2.0', method: 'b1' });
    await store.storeEvent('a', { jsonrpc: '2.0', method: 'a2' });
    await store.storeEvent('a', { jsonrpc: '2.0', method: 'a3' });
    const sent: string[] = [];
    expect(await store.replayEventsAfter(a1, { send: async (_id, m) => void sent.push((m as { method: string }).method) })).toBe('a');
    expect(sent).toEqual(['a2', 'a3']);
    await store.storeEvent('a', { jsonrpc: '2.0', method: 'a4' });
    expect(store.size).toBe(4);
    expect(await store.getStreamIdForEventId(a1)).toBeUndefined();
    const small = new BoundedEventStore(100, 200);
    for (let i = 0; i < 10; i++) await small.storeEvent('s', { jsonrpc: '2.0', method: 'x'.repeat(50) });
    expect(small.size).toBeLessThan(10);
  });
});

function parseSse(text: string): Array<{ id?: string; data: string }> {
  return text
    .split(/\n\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const id = lines
        .find((l) => l.startsWith('id:'))
        ?.slice(3)
        .trim();
      const data = lines
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trim())
        .join('\n');
      return { id, data };
    });
}

/** GET /mcp as an event stream; resolves with the text once `until` appears (then hangs up). */
async function rawStream(base: string, headers: Record<string, string>, until: string): Promise<string> {
  const controller = new AbortController();
  const res = await fetch(new URL('/mcp', base), { headers, signal: controller.signal });
  if (!res.ok || !res.body) throw new Error(`stream answered ${res.status}: ${await res.text()}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + 10_000;
  while (!text.includes(until) && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  controller.abort();
  return text;
}
