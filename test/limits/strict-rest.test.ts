import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rest, startHarness, type Harness } from '../http/helpers.js';

/**
 * Issue 15, attack 3: `DELETE /v1/profile?collectionId=c1` (a typo) deleted the global profile because
 * unknown parameters were ignored and an empty or missing scope meant "global". REST is strict now.
 */
let h: Harness & { tokens: Record<string, string> };
let api: ReturnType<typeof rest>;

beforeAll(async () => {
  h = await startHarness({ accounts: ['acme'] });
  api = rest(h.url, h.tokens.acme);
});
afterAll(async () => {
  await h.close();
});

beforeEach(async () => {
  await api.delete('/v1/profile?scope=global');
  await api.delete('/v1/profile?collection_id=c1');
  await api.patch('/v1/profile', { role: 'Engineer' });
  await api.patch('/v1/profile', { role: 'Designer', collection_id: 'c1' });
});

async function counts(): Promise<[number, number]> {
  const global = await api.get('/v1/profile');
  const c1 = await api.get('/v1/profile?collection_id=c1');
  return [global.json.fact_count, c1.json.fact_count];
}

function fields(res: { json: any }): string[] {
  return (res.json.error.details as Array<{ field: string }>).map((d) => d.field);
}

describe('DELETE /v1/profile names its scope', () => {
  it('the typo attack (?collectionId=c1) is a validation_error naming the parameter, and nothing is deleted', async () => {
    const res = await api.delete('/v1/profile?collectionId=c1');
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_error');
    expect(fields(res)).toContain('collectionId');
    expect(await counts()).toEqual([1, 1]);
  });

  it('without collection_id or scope=global it deletes nothing', async () => {
    const res = await api.delete('/v1/profile');
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_error');
    expect(res.json.error.message).toMatch(/scope=global/);
    expect(await counts()).toEqual([1, 1]);
  });

  it('an empty collection_id is refused, never read as "global"', async () => {
    for (const path of ['/v1/profile?collection_id=', '/v1/profile?collection_id=&scope=global']) {
      const res = await api.delete(path);
      expect(res.status, path).toBe(400);
      expect(res.json.error.code).toBe('validation_error');
    }
    expect((await api.delete('/v1/profile', { collection_id: '' })).status).toBe(400);
    expect(await counts()).toEqual([1, 1]);
  });

  it('naming both scopes, or a scope other than global, is refused', async () => {
    expect((await api.delete('/v1/profile?collection_id=c1&scope=global')).status).toBe(400);
    expect((await api.delete('/v1/profile?scope=all')).status).toBe(400);
    expect((await api.delete('/v1/profile?collection_id=c1', { collection_id: 'c2' })).status).toBe(400);
    expect(await counts()).toEqual([1, 1]);
  });

  it('?scope=global forgets the global profile only; ?collection_id=c1 that collection only', async () => {
    const global = await api.delete('/v1/profile?scope=global');
    expect(global.status).toBe(200);
    expect(global.json).toEqual({ deleted: 1, collection_id: null });
    expect(await counts()).toEqual([0, 1]);
    const c1 = await api.delete('/v1/profile?collection_id=c1');
    expect(c1.json).toEqual({ deleted: 1, collection_id: 'c1' });
    expect(await counts()).toEqual([0, 0]);
  });
});

describe('unknown query parameters and body fields are refused by name', () => {
  it('reads: an unknown or empty query parameter is a validation_error', async () => {
    for (const path of [
      '/v1/profile?collectionId=c1',
      '/v1/profile?collection_id=',
      '/v1/profile/facts?colection_id=c1',
      '/v1/profile/facts?limit=',
      '/v1/collections?collection_id=c1',
      '/v1/profile/pending?foo=1',
      '/v1/profile/operations?collectionId=c1',
    ]) {
      const res = await api.get(path);
      expect(res.status, path).toBe(400);
      expect(res.json.error.code, path).toBe('validation_error');
    }
    const named = await api.get('/v1/profile/facts?colection_id=c1');
    expect(fields(named)).toEqual(['colection_id']);
  });

  it('a misspelt body field on create is refused and nothing is written', async () => {
    const res = await api.post('/v1/profile/facts', { key: 'team', value: 'Platform', collectionId: 'c1' });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(['collectionId']);
    expect(await counts()).toEqual([1, 1]);
  });

  it('an empty collection_id in a body is refused', async () => {
    const res = await api.post('/v1/profile/facts', { key: 'team', value: 'Platform', collection_id: '' });
    expect(res.status).toBe(400);
    expect(await counts()).toEqual([1, 1]);
  });

  it('fact routes: unknown fields, unknown query parameters and a repeated id are refused', async () => {
    const fact = (await api.get('/v1/profile/facts?collection_id=c1')).json.facts[0];
    const path = `/v1/profile/facts/${fact.id}`;
    expect(fields(await api.patch(`${path}?collection_id=c1`, { value: 'x', valeu: 'y' }))).toEqual(['valeu']);
    expect(fields(await api.patch(`${path}?collection_id=c1&dryrun=1`, { value: 'x' }))).toEqual(['dryrun']);
    expect(fields(await api.patch(`${path}?collection_id=c1`, { value: 'x', id: 'fact_other' }))).toEqual(['id']);
    expect((await api.get(`${path}?collection_id=c1&verbose=1`)).status).toBe(400);
    expect((await api.delete(`${path}?collectionId=c1`)).status).toBe(400);
    expect((await api.get(`${path}?collection_id=c1`)).json.value).toBe('Designer');
  });

  it('the flat PATCH body keeps its fact keys, but the query string takes collection_id only', async () => {
    const res = await api.patch('/v1/profile?collectionId=c1', { team: 'Platform' });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(['collectionId']);
    const ok = await api.patch('/v1/profile?collection_id=c1', { team: 'Platform' });
    expect(ok.status).toBe(200);
    expect(ok.json.collection_id).toBe('c1');
  });

  it('reasoning routes: an unknown body field is refused before any reasoning', async () => {
    const learn = await api.post('/v1/profile/learn', { messages: [{ role: 'user', content: 'I live in Oslo' }], dryRun: true });
    expect(learn.status).toBe(400);
    expect(fields(learn)).toEqual(['dryRun']);
    const ask = await api.post('/v1/profile/dialectic?sessionId=x', { user_message: 'Where do they live?' });
    expect(ask.status).toBe(400);
    expect(fields(ask)).toEqual(['sessionId']);
    expect(await counts()).toEqual([1, 1]);
  });

  it('undo: unknown fields are refused', async () => {
    const op = (await api.get('/v1/profile/operations')).json.operations[0];
    const res = await api.post(`/v1/profile/operations/${op.id}/undo`, { dryrun: true });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(['dryrun']);
  });
});
