import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { discoverOAuthServerInfo, extractWWWAuthenticateParams } from '@modelcontextprotocol/sdk/client/auth.js';
import { StreamableHTTPClientTransport as V2StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { accountFromClaim } from '../../src/oauth/external.js';
import { startHarness, raw, rest, type Harness } from '../http/helpers.js';
import { structured } from '../http/mcp-client.js';
import { modernClient } from '../helpers/client-era.js';
import { makeKey, startIssuer, type TestIssuer, type TestKey } from './jwks.js';

/**
 * `--oauth-issuer/--oauth-audience` (docs/oauth.md): a real server trusting a local identity provider
 * whose JWKS is served on loopback; tokens are signed here. Real SDK client, real HTTP.
 */

const AUDIENCE = 'https://profiles.example.test';

let idp: TestIssuer;
let h: Harness & { tokens: Record<string, string> };
let first: TestKey;

async function mcpClient(token: string) {
  const transport = new StreamableHTTPClientTransport(new URL('/mcp', h.url), { requestInit: { headers: { Authorization: `Bearer ${token}` } } });
  const client = new Client({ name: 'oauth-test', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

beforeAll(async () => {
  first = await makeKey('k1');
  idp = await startIssuer(AUDIENCE, [first]);
  h = await startHarness({
    accounts: ['keyed'],
    // A short JWKS cooldown so the rotation test need not wait jose's default 30 s.
    oauth: { external: { issuer: idp.issuer, audience: AUDIENCE, accountClaim: 'sub', collectionClaim: 'profile_collection', jwksCooldownMs: 0 } },
    // Sessions and listen streams are checked against their credentials every 50 ms (default 2 s).
    sessions: { keyCheckMs: 50 },
  });
});

afterAll(async () => {
  await h?.close();
  await idp?.close();
});

describe('protected resource metadata and challenges (RFC 9728)', () => {
  it('serves the metadata at the root and path-suffixed forms, naming the issuer and the scopes', async () => {
    const root = await raw(h.url, '/.well-known/oauth-protected-resource');
    expect(root.status).toBe(200);
    expect(root.json).toEqual({
      resource: h.url,
      authorization_servers: [idp.issuer],
      scopes_supported: ['profile:read', 'profile:write'],
      bearer_methods_supported: ['header'],
      resource_name: 'profile-mcp',
    });
    const mcp = await raw(h.url, '/.well-known/oauth-protected-resource/mcp');
    expect(mcp.json.resource).toBe(`${h.url}/mcp`);
    expect((await raw(h.url, '/.well-known/oauth-protected-resource/etc/passwd')).status).toBe(404);
    expect((await raw(h.url, '/.well-known/openid-configuration')).status).toBe(404);
  });

  it('every 401 (MCP and REST) carries resource_metadata, and the SDK client discovers the issuer from it', async () => {
    const challenge = `Bearer resource_metadata="${h.url}/.well-known/oauth-protected-resource"`;
    for (const [method, path] of [
      ['POST', '/mcp'],
      ['GET', '/sse'],
      ['GET', '/v1/profile'],
    ] as const) {
      const res = await raw(h.url, path, { method, ...(method === 'POST' ? { body: { jsonrpc: '2.0', id: 1, method: 'ping' } } : {}) });
      expect(res.status, path).toBe(401);
      expect(res.headers['www-authenticate'], path).toBe(challenge);
      expect(res.json.error.code).toBe('unauthorized');
    }
    const res = await fetch(new URL('/mcp', h.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    const { resourceMetadataUrl } = extractWWWAuthenticateParams(res);
    expect(resourceMetadataUrl?.href).toBe(`${h.url}/.well-known/oauth-protected-resource`);
    const info = await discoverOAuthServerInfo(new URL('/mcp', h.url), { resourceMetadataUrl: resourceMetadataUrl! });
    expect(info.authorizationServerUrl).toBe(idp.issuer);
    expect(info.authorizationServerMetadata?.token_endpoint).toBe(`${idp.issuer}/token`);
  });

  it('a refused token gets error="invalid_token" in its challenge', async () => {
    const res = await raw(h.url, '/v1/profile', { key: 'aaa.bbb.ccc' });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer resource_metadata="[^"]+", error="invalid_token", error_description="[^"]+"$/);
  });
});

describe('tokens from the external issuer', () => {
  it('a valid profile:write token works on /mcp and on /v1, as the account its sub names', async () => {
    const token = await idp.sign(first, { sub: 'alice', scope: 'profile:read profile:write' });
    const client = await mcpClient(token);
    try {
      const patched = structured(await client.callTool({ name: 'patch_profile', arguments: { facts: { role: 'Engineer' } } }));
      expect(patched.status).toBe('success');
    } finally {
      await client.close();
    }
    const read = await rest(h.url, token).get('/v1/profile');
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.json)).toContain('Engineer');
    // Another account's token sees nothing of alice's.
    const bob = await rest(h.url, await idp.sign(first, { sub: 'bob', scope: 'profile:read' })).get('/v1/profile');
    expect(bob.status).toBe(200);
    expect(JSON.stringify(bob.json)).not.toContain('Engineer');
  });

  it('a 2025 session and a 2026-07-28 listen stream opened with a token close when the token expires', async () => {
    const claims = { sub: 'carol', scope: 'profile:read profile:write' };
    const soon = Math.floor(Date.now() / 1000) + 3;
    const short = await idp.sign(first, claims, { expiresIn: soon });
    const long = await idp.sign(first, claims);
    const sessions = h.server.edge.sessions;
    const legacy = await mcpClient(short);
    const modern = modernClient({ name: 'oauth-expiry', version: '1.0.0' });
    await modern.connect(
      new V2StreamableHTTPClientTransport(new URL('/mcp', h.url), { requestInit: { headers: { Authorization: `Bearer ${short}` } } }) as never,
    );
    // A listen stream opened with a token that stays valid is left alone.
    const lasting = modernClient({ name: 'oauth-lasting', version: '1.0.0' });
    await lasting.connect(
      new V2StreamableHTTPClientTransport(new URL('/mcp', h.url), { requestInit: { headers: { Authorization: `Bearer ${long}` } } }) as never,
    );
    try {
      await modern.subscribeResource({ uri: 'profile://me' });
      await lasting.subscribeResource({ uri: 'profile://me' });
      const id = (legacy.transport as StreamableHTTPClientTransport).sessionId;
      expect(sessions.list().some((s) => s.id === id)).toBe(true);
      expect(sessions.listening).toBe(2);
      await vi.waitFor(() => expect(sessions.list().some((s) => s.id === id)).toBe(false), { timeout: 8_000, interval: 50 });
      await vi.waitFor(() => expect(sessions.listening).toBe(1), { timeout: 8_000, interval: 50 });
      // The expired token itself is refused from now on (past jose's 30 s clock tolerance it is a 401).
      expect(Date.now()).toBeGreaterThanOrEqual(soon * 1000);
    } finally {
      await legacy.close().catch(() => undefined);
      await modern.close().catch(() => undefined);
      await lasting.close().catch(() => undefined);
    }
  });

  it('API keys keep working beside tokens', async () => {
    const res = await rest(h.url, h.tokens.keyed).patch('/v1/profile', { role: 'Keyed' });
    expect(res.status).toBe(200);
  });

  it('a profile:read token reads but may not write (REST and MCP)', async () => {
    const token = await idp.sign(first, { sub: 'alice', scp: ['profile:read'] });
    const api = rest(h.url, token);
    expect((await api.get('/v1/profile')).status).toBe(200);
    const write = await api.patch('/v1/profile', { role: 'Manager' });
    expect(write.status).toBe(403);
    expect(write.json.error.code).toBe('forbidden');
    expect(write.json.error.message).toMatch(/profile:write/);
    expect(write.headers['www-authenticate']).toBe(
      `Bearer resource_metadata="${h.url}/.well-known/oauth-protected-resource", error="insufficient_scope", scope="profile:read profile:write"`,
    );
    const client = await mcpClient(token);
    try {
      const result = structured(await client.callTool({ name: 'patch_profile', arguments: { facts: { role: 'Manager' } } }));
      expect(result.error.code).toBe('forbidden');
    } finally {
      await client.close();
    }
  });

  it('a 2025-era MCP session opened with a profile:write token cannot be continued with a profile:read token of the same account', async () => {
    const writer = await idp.sign(first, { sub: 'alice', scope: 'profile:read profile:write' });
    const transport = new StreamableHTTPClientTransport(new URL('/mcp', h.url), { requestInit: { headers: { Authorization: `Bearer ${writer}` } } });
    const client = new Client({ name: 'oauth-test', version: '1.0.0' });
    await client.connect(transport);
    try {
      const sessionId = transport.sessionId!;
      expect(sessionId).toBeTruthy();
      const call = (token: string) =>
        raw(h.url, '/mcp', {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json, text/event-stream',
            'mcp-session-id': sessionId,
            'mcp-protocol-version': '2025-11-25',
          },
          body: { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'patch_profile', arguments: { facts: { role: 'Hijacked' } } } },
        });
      const reader = await idp.sign(first, { sub: 'alice', scope: 'profile:read' });
      expect((await call(reader)).status).toBe(404);
      expect(JSON.stringify((await rest(h.url, writer).get('/v1/profile')).json)).not.toContain('Hijacked');
      // The token that opened it still may.
      expect((await call(writer)).status).toBe(200);
    } finally {
      await client.close();
    }
  });

  it('a token with the collection claim is limited to that collection, like a collection key', async () => {
    const api = rest(h.url, await idp.sign(first, { sub: 'alice', scope: 'profile:write', profile_collection: 'work' }));
    expect((await api.patch('/v1/profile', { role: 'Lead', collection_id: 'work' })).status).toBe(200);
    const outside = await api.get('/v1/profile');
    expect(outside.status).toBe(403);
    expect(outside.json.error.details).toEqual({ collection_id: 'work' });
    const bad = await raw(h.url, '/v1/profile', { key: await idp.sign(first, { sub: 'alice', scope: 'profile:write', profile_collection: 'no spaces' }) });
    expect(bad.status).toBe(401);
  });

  it('a token with neither profile scope is 403 insufficient_scope', async () => {
    const res = await raw(h.url, '/v1/profile', { key: await idp.sign(first, { sub: 'alice', scope: 'openid email' }) });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('forbidden');
    expect(res.headers['www-authenticate']).toContain('error="insufficient_scope"');
  });

  it('refuses expired tokens, the wrong audience, the wrong issuer, a missing account claim, and a key the issuer does not publish', async () => {
    const stranger = await makeKey('k1'); // same kid, different key: the signature fails
    const cases: Array<[string, Promise<string>]> = [
      ['expired', idp.sign(first, { sub: 'alice', scope: 'profile:write' }, { expiresIn: Math.floor(Date.now() / 1000) - 120 })],
      ['wrong audience', idp.sign(first, { sub: 'alice', scope: 'profile:write' }, { audience: 'https://other.example' })],
      ['wrong issuer', idp.sign(first, { sub: 'alice', scope: 'profile:write' }, { issuer: 'https://evil.example' })],
      ['no sub', idp.sign(first, { scope: 'profile:write' })],
      ['unknown key', idp.sign(stranger, { sub: 'alice', scope: 'profile:write' })],
    ];
    for (const [name, pending] of cases) {
      const res = await raw(h.url, '/v1/profile', { key: await pending });
      expect(res.status, name).toBe(401);
      expect(res.json.error.code, name).toBe('unauthorized');
      expect(res.headers['www-authenticate'], name).toContain('error="invalid_token"');
    }
    const expired = await raw(h.url, '/v1/profile', { key: await cases[0]![1] });
    expect(expired.json.error.message).toMatch(/expired/);
  });

  it('follows a key rotation: a token signed with the new key works once the JWKS publishes it, the retired key is refused', async () => {
    const second = await makeKey('k2');
    const before = idp.fetches();
    idp.publish([second]);
    const fresh = await idp.sign(second, { sub: 'alice', scope: 'profile:read' });
    expect((await rest(h.url, fresh).get('/v1/profile')).status).toBe(200);
    expect(idp.fetches()).toBeGreaterThan(before);
    // jose keeps the cached set until it meets an unknown kid; the old key is gone after that refetch.
    const old = await idp.sign(first, { sub: 'alice', scope: 'profile:read' });
    expect((await rest(h.url, old).get('/v1/profile')).status).toBe(401);
    idp.publish([first, second]);
  });

  it('maps a claim value that is not an account name (auth0|123) to a stable hashed account', () => {
    expect(accountFromClaim('alice')).toBe('alice');
    const mapped = accountFromClaim('auth0|123');
    expect(mapped).toMatch(/^h-[0-9a-f]{40}$/);
    expect(accountFromClaim('auth0|123')).toBe(mapped);
    expect(accountFromClaim('auth0|124')).not.toBe(mapped);
  });
});
