import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonFileKeyStore } from '../../src/keys/file.js';
import { TEST_STORE } from '../helpers/store.js';
import { findHash, hashKey } from '../../src/keys/format.js';
import { tempDir } from '../helpers/tmp.js';
import { raw, rest, startHarness } from './helpers.js';

describe('bearer auth', () => {
  it('refuses a missing, malformed, wrong or revoked key with 401 unauthorized and WWW-Authenticate: Bearer resource_metadata=…', async () => {
    const h = await startHarness({ accounts: ['acme'] });
    try {
      const good = h.tokens.acme!;
      const cases: Array<[string, Record<string, string>]> = [
        ['none', {}],
        ['basic', { authorization: 'Basic dXNlcjpwYXNz' }],
        ['empty bearer', { authorization: 'Bearer ' }],
        ['wrong', { authorization: `Bearer ${good.slice(0, -2)}xx` }],
        ['unknown', { authorization: 'Bearer pmk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
      ];
      for (const [name, headers] of cases) {
        for (const path of ['/v1/profile', '/mcp', '/sse', '/nope']) {
          const res = await raw(h.url, path, { headers });
          expect(res.status, `${name} ${path}`).toBe(401);
          expect(res.headers['www-authenticate']).toBe(`Bearer resource_metadata="${h.url}/.well-known/oauth-protected-resource"`);
          expect(res.json.error.code).toBe('unauthorized');
        }
      }
      expect((await rest(h.url, good).get('/v1/profile')).status).toBe(200);
      // "bearer" in any case is accepted.
      expect((await raw(h.url, '/v1/profile', { headers: { authorization: `bearer ${good}` } })).status).toBe(200);

      const [record] = await h.keys.list();
      const revoker = await h.openKeys();
      await revoker.revoke(record!.id);
      await revoker.close();
      const revoked = await rest(h.url, good).get('/v1/profile');
      expect(revoked.status).toBe(401);
      expect(revoked.json.error.code).toBe('unauthorized');
      // Revoking the only key does not reopen the server.
      expect((await raw(h.url, '/v1/profile')).status).toBe(401);
    } finally {
      await h.close();
    }
  });

  it('picks up keys created while the server runs (by another store, as `keys create` does)', async () => {
    const h = await startHarness({ accounts: ['first'] });
    try {
      const other = await h.openKeys();
      const { key } = await other.create('second');
      await other.close();
      expect((await rest(h.url, key).patch('/v1/profile', { who: 'second' })).status).toBe(200);
      expect((await rest(h.url, h.tokens.first).get('/v1/profile')).json.fact_count).toBe(0);
    } finally {
      await h.close();
    }
  });

  it('runs open as the local account on loopback with no keys at all, and requires keys once one exists', async () => {
    const h = await startHarness();
    try {
      const open = await rest(h.url).patch('/v1/profile', { role: 'Engineer' });
      expect(open.status).toBe(200);
      const key = await h.key('local');
      expect((await rest(h.url).get('/v1/profile')).status).toBe(401);
      const withKey = await rest(h.url, key).get('/v1/profile');
      expect(withKey.json.profile.static[0]).toMatchObject({ key: 'role', value: 'Engineer' });
    } finally {
      await h.close();
    }
  });

  it('records last use at most once a minute per key, without the key or hash in listings', async () => {
    const dir = tempDir();
    let now = Date.parse('2026-11-28T10:00:00.000Z');
    const store = new JsonFileKeyStore(dir, { clock: () => now });
    const { key, record } = await store.create('acme');
    expect(record.last_used_at).toBeNull();
    expect(await store.verify(key)).toEqual({ id: record.id, account: 'acme', collection_id: null, read_only: false, expires_at: null });
    now += 30_000;
    await store.verify(key);
    await store.close();
    const listed = await new JsonFileKeyStore(dir).list();
    expect(listed).toEqual([
      {
        id: record.id,
        account: 'acme',
        collection_id: null,
        read_only: false,
        expires_at: null,
        created_at: '2026-11-28T10:00:00.000Z',
        last_used_at: '2026-11-28T10:00:00.000Z',
        revoked_at: null,
      },
    ]);
    now += 31_000;
    await store.verify(key);
    await store.close();
    expect((await new JsonFileKeyStore(dir).list())[0]!.last_used_at).toBe('2026-11-28T10:01:01.000Z');
    const text = readFileSync(join(dir, 'keys.json'), 'utf8');
    expect(text).not.toContain(key);
    expect(text).toContain(hashKey(key));
    expect(statSync(join(dir, 'keys.json')).mode & 0o777).toBe(0o600);
  });

  it('verifies against every stored hash and rejects what is not there', async () => {
    const dir = tempDir();
    const store = new JsonFileKeyStore(dir);
    const a = await store.create('a');
    const b = await store.create('b');
    expect(await store.verify(b.key)).toMatchObject({ account: 'b' });
    expect(await store.verify(a.key)).toMatchObject({ account: 'a' });
    expect(await store.verify('')).toBeNull();
    expect(await store.verify(a.key + 'x')).toBeNull();
    expect(findHash(a.key, [hashKey(b.key), hashKey(a.key)])).toBe(1);
    expect(findHash(a.key, ['00', hashKey(b.key)])).toBe(-1);
    expect(await store.revoke('key_nope')).toBeNull();
    expect((await store.revoke(a.record.id))?.revoked_at).toEqual(expect.any(String));
    expect(await store.verify(a.key)).toBeNull();
    await store.close();
  });

  it.skipIf(TEST_STORE === 'postgres')('never overwrites a corrupt keys file and answers storage_error', async () => {
    const h = await startHarness({ accounts: ['acme'] });
    try {
      const path = join(h.dir, 'keys.json');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path, '{"version": 1, "keys": [', { mode: 0o600 });
      const res = await rest(h.url, h.tokens.acme).get('/v1/profile');
      expect(res.status).toBe(500);
      expect(res.json.error.code).toBe('storage_error');
      await expect(new JsonFileKeyStore(h.dir).create('x')).rejects.toMatchObject({ code: 'storage_error' });
      expect(readFileSync(path, 'utf8')).toBe('{"version": 1, "keys": [');
    } finally {
      await h.close();
    }
  });
});

describe('Host and Origin checks (DNS rebinding)', () => {
  it('refuses a foreign Host with 403 and accepts loopback names on any port and --allowed-host names', async () => {
    const h = await startHarness({ accounts: ['acme'], allowedHosts: ['profiles.example.com'] });
    try {
      const key = h.tokens.acme;
      for (const host of ['evil.example', 'evil.example:80', `127.0.0.1.evil.example:${h.port}`, 'profiles.example.com.evil']) {
        const res = await raw(h.url, '/v1/profile', { key, headers: { host } });
        expect(res.status, host).toBe(403);
        expect(res.json.error.code).toBe('unauthorized');
        // /healthz and the MCP endpoints are guarded too.
        expect((await raw(h.url, '/healthz', { headers: { host } })).status).toBe(403);
        expect((await raw(h.url, '/mcp', { key, method: 'POST', body: {}, headers: { host } })).status).toBe(403);
      }
      for (const host of [`localhost:${h.port}`, `127.0.0.1:${h.port}`, '[::1]:9999', 'localhost', 'profiles.example.com', 'PROFILES.example.com:443']) {
        expect((await raw(h.url, '/v1/profile', { key, headers: { host } })).status, host).toBe(200);
      }
    } finally {
      await h.close();
    }
  });

  it("refuses a foreign Origin with 403 and accepts the server's own origin and --allowed-origin", async () => {
    const h = await startHarness({ accounts: ['acme'], allowedOrigins: ['https://app.example.com'] });
    try {
      const key = h.tokens.acme;
      for (const origin of [
        'https://evil.example',
        'null',
        `http://127.0.0.1:${h.port + 1}`,
        `https://127.0.0.1:${h.port}`,
        'http://app.example.com',
        'file://',
      ]) {
        const res = await raw(h.url, '/v1/profile', { key, headers: { origin } });
        expect(res.status, origin).toBe(403);
        expect(res.json.error.code).toBe('unauthorized');
        expect((await raw(h.url, '/sse', { key, headers: { origin } })).status).toBe(403);
      }
      for (const origin of [`http://127.0.0.1:${h.port}`, 'https://app.example.com', 'https://APP.example.com:443']) {
        expect((await raw(h.url, '/v1/profile', { key, headers: { origin } })).status, origin).toBe(200);
      }
      // An allowed cross-origin app gets CORS headers and preflights are answered before auth.
      const cors = await raw(h.url, '/v1/profile', { key, headers: { origin: 'https://app.example.com' } });
      expect(cors.headers['access-control-allow-origin']).toBe('https://app.example.com');
      const preflight = await raw(h.url, '/mcp', {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization/);
      const foreignPreflight = await raw(h.url, '/mcp', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(foreignPreflight.status).toBe(403);
      expect(foreignPreflight.headers['access-control-allow-origin']).toBeUndefined();
      // Same-origin requests need no CORS headers.
      expect(
        (await raw(h.url, '/v1/profile', { key, headers: { origin: `http://127.0.0.1:${h.port}` } })).headers['access-control-allow-origin'],
      ).toBeUndefined();
      // Own origin follows the Host the request used.
      expect((await raw(h.url, '/v1/profile', { key, headers: { host: `localhost:${h.port}`, origin: `http://localhost:${h.port}` } })).status).toBe(200);
    } finally {
      await h.close();
    }
  });
});
