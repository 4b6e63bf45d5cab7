import fc from 'fast-check';
import { expect } from 'vitest';
import { exportAccount } from '../../src/profiles/transfer.js';
import { raw, startHarness } from '../http/helpers.js';
import { ALLOWED_CODES, hostileString, hostileValue, toolArgs } from './arbitraries.js';
import { restCall, wellFormed } from './rest-edge.js';

const STATUS: Record<string, number> = {
  validation_error: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  llm_unavailable: 503,
};
const WRITES = new Set(['patch_profile', 'create_fact', 'update_fact', 'delete_fact', 'delete_profile', 'learn', 'resolve_pending', 'undo_operation']);

/** Raw requests no client library would send: broken JSON, odd methods and paths, huge bodies. */
const rawCase = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'),
  path: fc.oneof(
    fc.constantFrom(
      '/v1/profile',
      '/v1/profile/facts',
      '/v1/profile/facts/%E0%A4%A',
      '/v1/profile/facts/..%2F..%2Fkeys.json',
      '/v1/collections',
      '/v1/profile/dialectic',
      '/v1/profile/learn',
      '/v1/chat/completions',
      '/v1/nope',
      '/v1/profile?collection_id=../x',
      '/v1/profile?collection_id=a&collection_id=b',
      '/v1/profile/facts?limit=1e999',
      '/v1/profile/facts?cursor=%00',
    ),
    hostileString.map((s) => `/v1/profile/facts/${encodeURIComponent(wellFormed(s))}`),
  ),
  body: fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(
      '{',
      '{"a":',
      'null',
      '[]',
      '"x"',
      '1',
      '\u0000',
      '{"__proto__": {"polluted": 1}}',
      '{"constructor": {"prototype": {"polluted": 1}}}',
      `{"x": "${'y'.repeat(1.2 * 1024 * 1024)}"}`,
      '['.repeat(100_000),
      `${'{"d":['.repeat(20_000)}"bottom"${']}'.repeat(20_000)}`,
    ),
    hostileValue.map((v) => JSON.stringify(v) ?? 'undefined'),
  ),
  contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', ''),
});

export interface RestFuzzStats {
  cases: number;
  statuses: Record<string, number>;
}

/**
 * Property: every REST route answers every request with a JSON error object of the right status or
 * a success — never a 500, never HTML, never a stack — and a failed or dry-run write changes nothing;
 * nothing reaches Object.prototype. The server runs in this process, so pollution would show here.
 */
export async function fuzzRest(runs: number, seed?: number): Promise<RestFuzzStats> {
  const h = await startHarness({ accounts: ['local'] });
  const key = h.tokens.local!;
  const ids: string[] = [];
  const seeded = await restCall(h.url, key, 'patch_profile', { facts: { role: 'Engineer', name: 'Ada' } });
  ids.push(...seeded.json.facts.map((f: { id: string }) => f.id));
  const stats: RestFuzzStats = { cases: 0, statuses: {} };
  const snapshot = async () => JSON.stringify((await exportAccount(h.app.service, 'local')).scopes.map((s) => [s.collection_id, s.facts]));
  const tools = toolArgs(() => ids);
  const cases = fc.oneof(
    { weight: 3, arbitrary: fc.oneof(...Object.entries(tools).map(([op, args]) => args.map((a) => ({ kind: 'op' as const, op, args: a })))) },
    { weight: 1, arbitrary: rawCase.map((r) => ({ kind: 'raw' as const, ...r })) },
  );
  try {
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        stats.cases++;
        const write = c.kind === 'raw' ? c.method !== 'GET' : WRITES.has(c.op);
        // A stray dry_run: true on a read is checked too (the read must not write either).
        const dryRun = c.kind === 'op' && (c.args as { dry_run?: unknown }).dry_run === true;
        const before = write || dryRun ? await snapshot() : '';
        let res;
        if (c.kind === 'op') {
          res =
            c.op === 'dialectic' || c.op === 'learn'
              ? await raw(h.url, `/v1/profile/${c.op}`, { method: 'POST', body: c.args, key })
              : await restCall(h.url, key, c.op, c.args);
        } else {
          const headers: Record<string, string> = c.contentType ? { 'content-type': c.contentType } : {};
          res = await raw(h.url, c.path, { method: c.method, body: c.body, key, headers });
        }
        stats.statuses[res.status] = (stats.statuses[res.status] ?? 0) + 1;
        const label = `${c.kind === 'op' ? c.op : `${c.method} ${c.path}`} -> ${res.status} ${res.text.slice(0, 300)}`;
        expect(res.status, label).toBeLessThan(500 + (res.json?.error?.code === 'llm_unavailable' ? 4 : 0));
        // (Express answers a bare OPTIONS with the allowed methods; everything else is JSON.)
        if (!(c.kind === 'raw' && c.method === 'OPTIONS' && res.status < 300)) expect(res.headers['content-type'] ?? '', label).toMatch(/application\/json/);
        if (res.status >= 400) {
          expect(ALLOWED_CODES.has(res.json.error.code), label).toBe(true);
          // 431: Node's parser refused oversize headers/URL (answered with our error object, see server.ts)
          if (res.status !== 431) expect(STATUS[res.json.error.code], label).toBe(res.status);
          expect(res.text).not.toMatch(/\n\s+at /); // no stack trace
          if (write) expect(await snapshot(), label).toBe(before);
        } else {
          const body = (c.kind === 'op' ? c.args : {}) as { dry_run?: unknown; facts?: { dry_run?: unknown } };
          if (body.dry_run === true) expect(await snapshot(), label).toBe(before);
          if (c.kind === 'op' && c.op === 'create_fact' && typeof res.json?.id === 'string') ids.unshift(res.json.id);
        }
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
    // still alive and consistent
    expect((await raw(h.url, '/healthz')).status).toBe(200);
  } finally {
    await h.close();
  }
  return stats;
}
