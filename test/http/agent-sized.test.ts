import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rest, startHarness, type Harness } from './helpers.js';

/** SPEC §7 over REST: GET /v1/profile is whole unless max_tokens (or query, categories) is given. */

let h: Harness & { tokens: Record<string, string> };
let api: ReturnType<typeof rest>;

beforeAll(async () => {
  h = await startHarness({ accounts: ['acme'] });
  api = rest(h.url, h.tokens.acme);
  const facts: Record<string, unknown> = { name: 'Ann', timezone: 'Asia/Tokyo', diet: 'vegetarian', allergies: ['peanuts'], role: 'Staff engineer' };
  for (let j = 0; j < 400; j++) facts[`note_${String(j).padStart(3, '0')}`] = `note ${j}: read the changelog of project ${j} before the quarterly review`;
  expect((await api.patch('/v1/profile', facts)).status).toBe(200);
});
afterAll(async () => {
  await h?.close();
});

describe('GET /v1/profile, agent-sized', () => {
  it('is the whole profile in the seed shape without max_tokens', async () => {
    const { status, json } = await api.get('/v1/profile');
    expect(status).toBe(200);
    expect(json.fact_count).toBe(405);
    expect(json.profile.static).toHaveLength(403);
    expect(Object.keys(json).sort()).toEqual(['collection_id', 'fact_count', 'language', 'name', 'profile', 'timezone']);
  });

  it('takes max_tokens, query and comma-separated categories as query parameters', async () => {
    const sized = (await api.get('/v1/profile?max_tokens=400')).json;
    expect(sized).toMatchObject({ truncated: true, fact_count: 405, name: 'Ann', timezone: 'Asia/Tokyo' });
    expect(sized.tokens).toBeLessThanOrEqual(400);
    expect(sized.profile.static.length + 2 + sized.omitted).toBe(405);

    const dinner = (await api.get(`/v1/profile?max_tokens=300&query=${encodeURIComponent('team dinner on Friday')}`)).json;
    expect(dinner.profile.static.map((f: { key: string }) => f.key)).toEqual(expect.arrayContaining(['allergies', 'diet']));

    const byCategory = (await api.get('/v1/profile?categories=role,%20other&max_tokens=100000')).json;
    expect(byCategory.truncated).toBe(false);
    expect(byCategory.profile.static.map((f: { key: string }) => f.key)).toContain('role');
    const onlyRole = (await api.get('/v1/profile?categories=role')).json;
    expect(onlyRole.profile.static.map((f: { key: string }) => f.key)).toEqual(['role']);
    expect(onlyRole).toMatchObject({ name: 'Ann', omitted: 0, truncated: false });
  });

  it('answers validation_error naming the parameter for a bad budget, category or query', async () => {
    for (const [query, field] of [
      ['max_tokens=10', 'max_tokens'],
      ['max_tokens=lots', 'max_tokens'],
      ['categories=role,hobbies', 'categories'],
      [`query=${'x'.repeat(1001)}`, 'query'],
    ] as const) {
      const { status, json } = await api.get(`/v1/profile?${query}`);
      expect(status, query).toBe(400);
      expect(json.error.code).toBe('validation_error');
      expect(JSON.stringify(json.error.details), query).toContain(field);
    }
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = (await api.get('/openapi.json')).json;
    const params = doc.paths['/v1/profile'].get.parameters as Array<{ name: string; style?: string; explode?: boolean }>;
    expect(params.map((p) => p.name)).toEqual(expect.arrayContaining(['collection_id', 'max_tokens', 'query', 'categories']));
    expect(params.find((p) => p.name === 'categories')).toMatchObject({ style: 'form', explode: false });
    expect(doc.paths['/v1/profile'].delete.parameters.map((p: { name: string }) => p.name)).toEqual(['collection_id', 'scope']);
  });
});
