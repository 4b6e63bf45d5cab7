import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REST_OPERATIONS } from '../../src/http/routes.js';
import { raw, startHarness, type Harness } from './helpers.js';

/**
 * The REST API is one table (src/http/routes.ts): the router and the OpenAPI document are both built
 * from it. Every documented route is served, every served route is documented, and nothing else is.
 */
describe('the REST route table', () => {
  let h: Harness & { tokens: Record<string, string> };
  beforeAll(async () => {
    h = await startHarness({ accounts: ['acme'] });
  });
  afterAll(async () => {
    await h.close();
  });

  it('documents exactly the routes of the table, once each', async () => {
    const doc = (await raw(h.url, '/openapi.json')).json;
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path}`),
    );
    const table = REST_OPERATIONS.map((op) => `${op.method} ${op.path}`);
    expect(new Set(table).size).toBe(table.length);
    expect(documented.sort()).toEqual([...table].sort());
  });

  it('serves every route of the table (an answer of the operation, never "No route")', async () => {
    for (const op of REST_OPERATIONS) {
      const path = op.path.replace('{id}', 'op_or_fact_404');
      const res = await raw(h.url, path, {
        method: op.method.toUpperCase(),
        key: h.tokens.acme,
        ...(op.method === 'get' || op.method === 'delete' ? {} : { body: {} }),
      });
      expect(res.json?.error?.message ?? '', `${op.method} ${op.path}`).not.toMatch(/^No route/);
    }
  });

  it('answers not_found "No route" for a path that is not in the table', async () => {
    const res = await raw(h.url, '/v1/profile/everything', { key: h.tokens.acme });
    expect(res.status).toBe(404);
    expect(res.json.error.message).toMatch(/^No route GET \/v1\/profile\/everything/);
  });
});
