import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { raw, rest, startHarness, type Harness } from './helpers.js';

let h: Harness & { tokens: Record<string, string> };
let api: ReturnType<typeof rest>;

beforeEach(async () => {
  h = await startHarness({ accounts: ['acme'] });
  api = rest(h.url, h.tokens.acme);
});
afterEach(async () => {
  await h.close();
});

describe('REST: the seed examples', () => {
  it('GET /v1/profile reads an empty profile, PATCH with a flat body fills it, GET shows it', async () => {
    const empty = await api.get('/v1/profile');
    expect(empty.status).toBe(200);
    expect(empty.json).toEqual({ name: null, timezone: null, language: null, collection_id: null, profile: { static: [], dynamic: [] }, fact_count: 0 });

    const patched = await api.patch('/v1/profile', { name: 'John Doe', timezone: 'UTC', language: 'en', role: 'Senior Engineer', company: 'Acme Inc' });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      status: 'success',
      updated: 0,
      created: 5,
      deleted: 0,
      unchanged: 0,
      message: 'Updated 0, created 5 profile facts',
      collection_id: null,
    });
    expect(patched.json.facts.map((f: any) => f.key)).toEqual(['company', 'language', 'name', 'role', 'timezone']);

    const read = await api.get('/v1/profile');
    expect(read.json).toMatchObject({ name: 'John Doe', timezone: 'UTC', language: 'en', collection_id: null, fact_count: 5 });
    expect(read.json.profile.static.map((f: any) => [f.key, f.value])).toEqual([
      ['company', 'Acme Inc'],
      ['role', 'Senior Engineer'],
    ]);
  });

  it('a scoped write with dry_run previews before/after and writes nothing; the real write lands in the collection only', async () => {
    await api.patch('/v1/profile', { role: 'Engineer', collection_id: 'coll_123' });
    const preview = await api.patch('/v1/profile', { role: 'Product Manager', timezone: 'America/New_York', collection_id: 'coll_123', dry_run: true });
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({
      status: 'preview',
      would_update: 1,
      would_create: 1,
      would_delete: 0,
      unchanged: 0,
      message: 'Would update 1, create 1 profile facts',
      collection_id: 'coll_123',
    });
    expect(preview.json.changes).toEqual([
      {
        key: 'role',
        action: 'update',
        before: 'Engineer',
        after: 'Product Manager',
        fact_id: expect.stringMatching(/^fact_/),
        bucket: 'static',
        category: 'role',
      },
      { key: 'timezone', action: 'create', before: null, after: 'America/New_York', fact_id: null, bucket: 'static', category: 'timezone' },
    ]);
    expect((await api.get('/v1/profile?collection_id=coll_123')).json.profile.static.map((f: any) => f.value)).toEqual(['Engineer']);

    const applied = await api.patch('/v1/profile', { role: 'Product Manager', timezone: 'America/New_York', collection_id: 'coll_123' });
    expect(applied.json).toMatchObject({ status: 'success', updated: 1, created: 1, message: 'Updated 1, created 1 profile facts' });

    const scoped = await api.get('/v1/profile?collection_id=coll_123');
    expect(scoped.json).toMatchObject({ collection_id: 'coll_123', timezone: 'America/New_York', fact_count: 2 });
    expect(scoped.json.profile.static[0]).toMatchObject({ key: 'role', value: 'Product Manager', collection_id: 'coll_123' });
    const global = await api.get('/v1/profile');
    expect(global.json.fact_count).toBe(0);
  });

  it('parses bodies as JSON whatever the Content-Type says (text/plain, none, form)', async () => {
    for (const [i, type] of [
      ['1', 'text/plain'],
      ['2', 'application/x-www-form-urlencoded'],
      ['3', undefined],
    ] as const) {
      const res = await raw(h.url, '/v1/profile', {
        method: 'PATCH',
        key: h.tokens.acme,
        body: JSON.stringify({ [`k${i}`]: Number(i) }),
        headers: type ? { 'content-type': type } : {},
      });
      expect(res.status, type).toBe(200);
      expect(res.json.created).toBe(1);
    }
    expect((await api.get('/v1/profile')).json.fact_count).toBe(3);
  });
});

describe('REST: fact routes', () => {
  it('creates (201), reads with history, lists, edits and deletes a fact', async () => {
    const created = await api.post('/v1/profile/facts', { key: 'Favourite Editor', value: 'vim', bucket: 'static', collection_id: 'c1' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ key: 'favourite_editor', value: 'vim', category: 'other', collection_id: 'c1', source: 'manual' });
    const id = created.json.id;

    const conflict = await api.post('/v1/profile/facts', { key: 'favourite_editor', value: 'emacs', collection_id: 'c1' });
    expect(conflict.status).toBe(409);
    expect(conflict.json.error).toMatchObject({ code: 'conflict', details: { id, key: 'favourite_editor' } });

    const edited = await api.patch(`/v1/profile/facts/${id}`, { value: 'helix', collection_id: 'c1' });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ id, value: 'helix' });

    const read = await api.get(`/v1/profile/facts/${id}?collection_id=c1`);
    expect(read.json.history).toEqual([expect.objectContaining({ value: 'vim', source: 'manual' })]);

    // Outside its scope the id does not exist.
    expect((await api.get(`/v1/profile/facts/${id}`)).status).toBe(404);
    expect((await api.get(`/v1/profile/facts/${id}`)).json.error.code).toBe('not_found');

    const listed = await api.get('/v1/profile/facts?collection_id=c1&q=HEL&limit=10');
    expect(listed.json).toMatchObject({ total: 1, next_cursor: null });
    expect(listed.json.facts[0].id).toBe(id);

    const deleted = await api.delete(`/v1/profile/facts/${id}?collection_id=c1`);
    expect(deleted.json).toEqual({ deleted: true, id });
    expect((await api.get(`/v1/profile/facts/${id}?collection_id=c1`)).status).toBe(404);
  });

  it('pages facts and collections with limit (converted from the query string) and cursor', async () => {
    await api.patch('/v1/profile', { a: 1, b: 2, c: 3 });
    const first = await api.get('/v1/profile/facts?limit=2');
    expect(first.json.facts.map((f: any) => f.key)).toEqual(['a', 'b']);
    const second = await api.get(`/v1/profile/facts?limit=2&cursor=${encodeURIComponent(first.json.next_cursor)}`);
    expect(second.json.facts.map((f: any) => f.key)).toEqual(['c']);
    expect(second.json.next_cursor).toBeNull();

    for (const c of ['u1', 'u2', 'u3']) await api.patch('/v1/profile', { x: c, collection_id: c });
    const cols = await api.get('/v1/collections?limit=2');
    expect(cols.json).toMatchObject({ total: 3 });
    expect(cols.json.collections.map((c: any) => c.collection_id)).toEqual(['u1', 'u2']);
    expect(cols.json.collections[0]).toMatchObject({ fact_count: 1, updated_at: expect.any(String) });
  });

  it('DELETE /v1/profile forgets the scope without a confirm field', async () => {
    await api.patch('/v1/profile', { a: 1, b: 2, collection_id: 'gone' });
    await api.patch('/v1/profile', { a: 1 });
    const res = await api.delete('/v1/profile?collection_id=gone');
    expect(res.json).toEqual({ deleted: 2, collection_id: 'gone' });
    expect((await api.get('/v1/profile?collection_id=gone')).json.fact_count).toBe(0);
    expect((await api.get('/v1/profile')).json.fact_count).toBe(1);
  });
});

describe('REST: errors', () => {
  it('answers zod failures with 400 validation_error and {field, message} details', async () => {
    const res = await api.get('/v1/profile/facts?limit=0&bucket=forever');
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_error');
    expect(res.json.error.details.map((d: any) => d.field).sort()).toEqual(['bucket', 'limit']);
    for (const d of res.json.error.details) expect(typeof d.message).toBe('string');

    const notNumber = await api.get('/v1/profile/facts?limit=ten');
    expect(notNumber.status).toBe(400);
    expect(notNumber.json.error.details[0].field).toBe('limit');

    const badScope = await api.get('/v1/profile?collection_id=has%20space');
    expect(badScope.status).toBe(400);
    expect(badScope.json.error.details[0].field).toBe('collection_id');

    const missing = await api.post('/v1/profile/facts', { value: 1 });
    expect(missing.status).toBe(400);
    expect(missing.json.error.details.map((d: any) => d.field)).toEqual(['key']);

    const array = await api.patch('/v1/profile', [1, 2]);
    expect(array.status).toBe(400);
    expect(array.json.error.details).toEqual([{ field: '(body)', message: 'must be a JSON object' }]);
  });

  it('rejects a whole patch with an invalid key, "__proto__" included, and writes nothing', async () => {
    const res = await raw(h.url, '/v1/profile', { method: 'PATCH', key: h.tokens.acme, body: '{"role": "x", "__proto__": {"polluted": true}, "9lives": 1}' });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_error');
    expect(res.json.error.details.map((d: any) => d.field).sort()).toEqual(['facts.9lives', 'facts.__proto__']);
    expect((await api.get('/v1/profile')).json.fact_count).toBe(0);
    expect(({} as any).polluted).toBeUndefined();
  });

  it('answers malformed JSON with 400 validation_error', async () => {
    const res = await raw(h.url, '/v1/profile', { method: 'PATCH', key: h.tokens.acme, body: '{"role": ', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: 'validation_error' });
    expect(res.text).not.toMatch(/<html|at .*\.js/i);
  });

  it('answers bodies over 1 MiB with 413 payload_too_large, declared or streamed', async () => {
    const declared = await api.patch('/v1/profile', { big: 'x'.repeat(1024 * 1024) });
    expect(declared.status).toBe(413);
    expect(declared.json.error.code).toBe('payload_too_large');

    const url = new URL(h.url);
    const streamed = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: '/v1/profile',
          method: 'PATCH',
          agent: false,
          headers: { authorization: `Bearer ${h.tokens.acme}`, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode, body }));
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 3 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.code).toBe('payload_too_large');

    // Just under the limit is fine (and then fails on content, not size).
    const under = await api.patch('/v1/profile', { v: 'y'.repeat(1024 * 1024 - 100) });
    expect(under.status).toBe(400);
    expect(under.json.error.code).toBe('validation_error');
    expect(await api.get('/v1/profile').then((r) => r.status)).toBe(200);
  });

  it('answers unknown routes and methods with 404 not_found JSON', async () => {
    for (const [method, path] of [
      ['GET', '/nope'],
      ['GET', '/v1/nope'],
      ['PUT', '/v1/profile'],
      ['GET', '/index.html'],
      ['POST', '/healthz'],
    ]) {
      const res = await api.call(method!, path!);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.json.error.code).toBe('not_found');
    }
    // The server is a protected resource (RFC 9728) without OAuth configured too: its metadata names no
    // authorization server; anything else under /.well-known is not found, without a key.
    const metadata = await raw(h.url, '/.well-known/oauth-protected-resource');
    expect(metadata.status).toBe(200);
    expect(metadata.json.resource).toBe(h.url);
    expect(metadata.json.authorization_servers).toBeUndefined();
    const wellKnown = await raw(h.url, '/.well-known/oauth-authorization-server');
    expect(wellKnown.status).toBe(404);
    expect(wellKnown.json.error.code).toBe('not_found');
    const badEncoding = await api.get('/v1/profile/facts/%E0%A4%A');
    expect(badEncoding.status).toBe(400);
    expect(badEncoding.json.error.code).toBe('validation_error');
  });
});

describe('GET /healthz and /openapi.json', () => {
  it('healthz answers without a key', async () => {
    const res = await raw(h.url, '/healthz');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok', version: expect.any(String) });
  });

  it('serves an OpenAPI 3.1 document whose every operation is routed', async () => {
    const res = await raw(h.url, '/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.json;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ops = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => [m.toUpperCase(), path] as const),
    );
    for (const expected of [
      ['GET', '/v1/profile'],
      ['PATCH', '/v1/profile'],
      ['DELETE', '/v1/profile'],
      ['GET', '/v1/profile/facts'],
      ['POST', '/v1/profile/facts'],
      ['GET', '/v1/profile/facts/{id}'],
      ['PATCH', '/v1/profile/facts/{id}'],
      ['DELETE', '/v1/profile/facts/{id}'],
      ['GET', '/v1/collections'],
      ['POST', '/v1/profile/dialectic'],
      ['POST', '/v1/profile/learn'],
      ['POST', '/v1/chat/completions'],
      ['GET', '/healthz'],
    ]) {
      expect(ops).toContainEqual(expected);
    }
    for (const [method, path] of ops) {
      const res = await api.call(method, path.replace('{id}', 'fact_none'), method === 'GET' || method === 'DELETE' ? undefined : {});
      expect(res.json?.error?.message ?? '', `${method} ${path}`).not.toMatch(/^No route/);
    }
    // Schemas come from the zod schemas: the list limit bounds and the patch body's reserved keys.
    const limit = doc.paths['/v1/profile/facts'].get.parameters.find((p: any) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 500 });
    const patchBody = doc.paths['/v1/profile'].patch.requestBody.content['application/json'].schema;
    expect(Object.keys(patchBody.properties)).toEqual(['collection_id', 'dry_run']);
    const created = doc.paths['/v1/profile/facts'].post.responses['201'].content['application/json'].schema;
    expect(created.required).toContain('expires_at');
    // Every $ref resolves inside the document (shared shapes such as Fact are components).
    const text = JSON.stringify(doc);
    for (const [, ref] of text.matchAll(/"\$ref":"#\/([^"]+)"/g)) {
      const target = ref!.split('/').reduce((node: any, part) => node?.[part], doc);
      expect(target, ref).toBeDefined();
    }
    expect(text).toContain('"#/components/schemas/Fact"');
  });
});
