import autocannon from 'autocannon';
import { expect } from 'vitest';
import { rest, type Harness } from '../http/helpers.js';

/**
 * `clients` concurrent REST clients inside one HTTP server, each writing `writes` mixed operations
 * (patch, create, update, delete) on keys of its own in one shared scope and keeping a model of what
 * was acknowledged; afterwards the server must hold exactly the union of those models.
 */
export async function concurrentHttpWriters(h: Harness & { tokens: Record<string, string> }, clients: number, writes: number) {
  const api = rest(h.url, h.tokens.local);
  const scope = 'shared_http';
  const models = await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const model = new Map<string, { id: string; value: unknown }>();
      for (let i = 0; i < writes; i++) {
        const key = `c${c}_k${i % 5}`;
        const existing = model.get(key);
        if (!existing) {
          const r =
            i % 2
              ? await api.patch('/v1/profile', { [key]: i, collection_id: scope })
              : await api.post('/v1/profile/facts', { key, value: i, collection_id: scope });
          expect(r.status, r.text).toBeLessThan(300);
          model.set(key, { id: i % 2 ? r.json.facts[0].id : r.json.id, value: i });
        } else if (i % 3 === 0) {
          const r = await api.delete(`/v1/profile/facts/${existing.id}?collection_id=${scope}`);
          expect(r.status, r.text).toBe(200);
          model.delete(key);
        } else {
          const r = await api.patch(`/v1/profile/facts/${existing.id}`, { value: `u${i}`, collection_id: scope });
          expect(r.status, r.text).toBe(200);
          model.set(key, { id: existing.id, value: `u${i}` });
        }
      }
      return model;
    }),
  );
  const expected = new Map(models.flatMap((m) => [...m]));
  const seen = new Map<string, { id: string; value: unknown }>();
  let cursor = '';
  do {
    const page = await api.get(`/v1/profile/facts?collection_id=${scope}&limit=500${cursor ? `&cursor=${cursor}` : ''}`);
    for (const f of page.json.facts) seen.set(f.key, { id: f.id, value: f.value });
    cursor = page.json.next_cursor ?? '';
  } while (cursor);
  expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(expected));
  return { acknowledged: clients * writes, expected: expected.size, found: seen.size };
}

export interface LoadFigures {
  seconds: number;
  requests: number;
  errors: number;
  non2xx: number;
  writesAcknowledged: number;
  writesFound: number;
  throughput: number;
  p50: number;
  p99: number;
}

/**
 * autocannon on loopback: `connections` connections for `seconds`, half `GET /v1/profile` and half
 * `PATCH /v1/profile` writing a fresh key each time (spread over 50 collections). Every write
 * acknowledged with a 2xx must be found afterwards.
 */
export async function loadRun(h: Harness & { tokens: Record<string, string> }, connections: number, seconds: number): Promise<LoadFigures> {
  const headers = { authorization: `Bearer ${h.tokens.local}`, 'content-type': 'application/json' };
  let sent = 0;
  const acknowledged: Array<{ key: string; collection_id: string }> = [];
  const result = await autocannon({
    url: h.url,
    connections,
    duration: seconds,
    requests: [
      { method: 'GET', path: '/v1/profile?collection_id=load_0', headers },
      {
        method: 'PATCH',
        path: '/v1/profile',
        headers,
        setupRequest: (req: { body?: string }) => {
          const n = sent++;
          return { ...req, body: JSON.stringify({ [`w${n}`]: n, collection_id: `load_${n % 50}` }) };
        },
        onResponse: (status: number, body: string) => {
          if (status < 200 || status >= 300) return;
          const r = JSON.parse(body) as { collection_id: string; facts: Array<{ key: string }> };
          acknowledged.push({ key: r.facts[0]!.key, collection_id: r.collection_id });
        },
      },
    ],
  });
  // Writes whose answers were cut off when the run stopped may exist too; every acknowledged one must.
  const stored = new Set<string>();
  for (let c = 0; c < 50; c++) {
    const view = await h.app.service.view({ account: 'local', collection_id: `load_${c}` });
    for (const f of view.live) stored.add(`load_${c}/${f.key}`);
  }
  const found = acknowledged.filter((w) => stored.has(`${w.collection_id}/${w.key}`)).length;
  return {
    seconds,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    writesAcknowledged: acknowledged.length,
    writesFound: found,
    throughput: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}
