import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { auth, UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLogSink, configureLog } from '../../src/log.js';
import { oauthStorageIn } from '../../src/oauth/storage.js';
import { startHarness, raw, rest, type Harness } from '../http/helpers.js';
import { serve } from '../../src/http/server.js';
import { DEFAULT_RATES } from '../../src/limits/rate.js';
import { structured } from '../http/mcp-client.js';
import { ensureWebBuilt, launch, type Browser } from '../web/browser.js';
import { MemoryOAuthProvider } from './memory-provider.js';

/**
 * `--oauth builtin` (docs/oauth.md): the real MCP SDK client's OAuth flow against our own
 * authorization server on loopback — discovery from a 401, dynamic registration, the consent page
 * driven in headless Chromium, PKCE token exchange, MCP and REST calls with the token, refresh,
 * revocation, and a grant that follows its API key's limits and dies with it.
 */

let h: Harness & { tokens: Record<string, string> };
let dir: string;
let browser: Browser;
let callback: Server;
let callbackUrl: string;
const logs: string[] = [];
let stopLogs: () => void;

/** A client that registers itself (DCR) as `name`, asking for `scope`. */
class MemoryProvider extends MemoryOAuthProvider {
  constructor(name: string, scope = 'profile:read profile:write') {
    super(callbackUrl, {
      client_name: name,
      redirect_uris: [callbackUrl],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
      scope,
    });
  }
}

/** Open the authorization URL, sign in on the consent page with `key`, and return the code the client receives. */
async function approve(url: URL, key: string, page?: Page): Promise<string> {
  const tab = page ?? (await browser.newPage());
  try {
    await tab.goto(url.href);
    await tab.locator('input[name=key]').fill(key);
    await Promise.all([tab.waitForURL((u) => u.href.startsWith(callbackUrl)), tab.locator('button[value=approve]').click()]);
    const code = new URL(tab.url()).searchParams.get('code');
    if (!code) throw new Error(`no code in ${tab.url()}`);
    return code;
  } finally {
    if (!page) await tab.close();
  }
}

/** The whole SDK flow: a 401 from /mcp, discovery, registration, consent, token exchange. */
async function signIn(provider: MemoryProvider, key: string): Promise<void> {
  const transport = new StreamableHTTPClientTransport(new URL('/mcp', h.url), { authProvider: provider });
  const client = new Client({ name: 'oauth-builtin-test', version: '1.0.0' });
  await expect(client.connect(transport)).rejects.toBeInstanceOf(UnauthorizedError);
  expect(provider.client?.client_id).toBeTruthy();
  expect(provider.authorizationUrl).toBeDefined();
  const code = await approve(provider.authorizationUrl!, key);
  await transport.finishAuth(code);
  expect(provider.saved?.access_token).toBeTruthy();
}

async function mcpWith(provider: MemoryProvider) {
  const transport = new StreamableHTTPClientTransport(new URL('/mcp', h.url), { authProvider: provider });
  const client = new Client({ name: 'oauth-builtin-test', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

beforeAll(async () => {
  configureLog({ level: 'debug' });
  stopLogs = addLogSink((level, message, fields) => logs.push(`${level} ${message} ${JSON.stringify(fields)}`));
  await ensureWebBuilt();
  callback = createServer((_req, res) => res.end('signed in'));
  await new Promise<void>((resolve) => callback.listen(0, '127.0.0.1', resolve));
  callbackUrl = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/callback`;
  dir = mkdtempSync(join(tmpdir(), 'profile-mcp-oauth-'));
  h = await startHarness({ dir, accounts: ['alice', 'bob'], oauth: { builtin: { storage: oauthStorageIn(dir) } } });
  browser = await launch();
}, 60_000);

afterAll(async () => {
  stopLogs?.();
  configureLog({ level: 'info' });
  await browser?.close();
  await h?.close();
  await new Promise((r) => callback?.close(r));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('--oauth builtin', () => {
  it('serves authorization server metadata: code + PKCE S256, registration, revocation', async () => {
    const prm = await raw(h.url, '/.well-known/oauth-protected-resource/mcp');
    expect(prm.json.authorization_servers).toEqual([h.url]);
    const meta = await raw(h.url, '/.well-known/oauth-authorization-server');
    expect(meta.status).toBe(200);
    expect(meta.json.issuer).toBe(h.url);
    expect(meta.json.response_types_supported).toEqual(['code']);
    expect(meta.json.code_challenge_methods_supported).toEqual(['S256']);
    expect(meta.json.registration_endpoint).toBe(`${h.url}/oauth/register`);
    expect(meta.json.revocation_endpoint).toBe(`${h.url}/oauth/revoke`);
    expect(meta.json.grant_types_supported).not.toContain('client_credentials');
    expect(meta.json.grant_types_supported).not.toContain('implicit');
  });

  it('the SDK client signs in through the consent page and calls MCP and REST; refresh rotates; revocation ends it', async () => {
    const provider = new MemoryProvider('Test Agent');
    await signIn(provider, h.tokens.alice!);
    const token = provider.saved!.access_token;
    expect(provider.saved!.refresh_token).toBeTruthy();
    expect(provider.saved!.scope?.split(' ').sort()).toEqual(['profile:read', 'profile:write']);

    const client = await mcpWith(provider);
    const patched = structured(await client.callTool({ name: 'patch_profile', arguments: { facts: { role: 'Engineer' } } }));
    expect(patched).toMatchObject({ status: 'success', created: 1 });
    await client.close();
    // The same token on REST, as alice (the account of the key that approved it).
    const viaRest = await rest(h.url, token).get('/v1/profile');
    expect(viaRest.status).toBe(200);
    expect(viaRest.json.profile.static[0].value).toBe('Engineer');
    expect((await rest(h.url, h.tokens.alice!).get('/v1/profile')).json.profile.static[0].value).toBe('Engineer');
    expect((await rest(h.url, h.tokens.bob!).get('/v1/profile')).json.profile.static).toEqual([]);

    // Refresh: a new access token and a new refresh token.
    const before = provider.saved!;
    expect(await auth(provider, { serverUrl: new URL('/mcp', h.url) })).toBe('AUTHORIZED');
    expect(provider.saved!.access_token).not.toBe(before.access_token);
    expect(provider.saved!.refresh_token).not.toBe(before.refresh_token);

    // Revocation (RFC 7009): the next call is 401 with an invalid_token challenge.
    const fresh = provider.saved!.access_token;
    expect((await rest(h.url, fresh).get('/v1/profile')).status).toBe(200);
    const revoked = await fetch(`${h.url}/oauth/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: fresh, client_id: provider.client!.client_id }),
    });
    expect(revoked.status).toBe(200);
    const after = await rest(h.url, fresh).get('/v1/profile');
    expect(after.status).toBe(401);
    expect(after.headers['www-authenticate']).toContain('error="invalid_token"');
    expect(after.json.error.code).toBe('unauthorized');

    // Rotation: the spent refresh token is refused, and its replay revokes the grant (the current refresh token too).
    const refreshWith = (refreshToken: string) =>
      fetch(`${h.url}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: provider.client!.client_id }),
      });
    const reuse = await refreshWith(before.refresh_token!);
    expect(reuse.status).toBe(400);
    expect(((await reuse.json()) as { error: string }).error).toBe('invalid_grant');
    expect((await refreshWith(provider.saved!.refresh_token!)).status).toBe(400);

    // Tokens, codes and keys never reach the logs.
    const text = logs.join('\n');
    for (const secret of [token, fresh, before.refresh_token!, provider.saved!.refresh_token!, h.tokens.alice!]) expect(text).not.toContain(secret);
    expect(text).toContain('oauth: consent given');
  }, 60_000);

  it('a read-only key grants profile:read only: writes are refused, reads work', async () => {
    const readOnly = (await h.keys.create('alice', { read_only: true })).key;
    const provider = new MemoryProvider('Reader');
    await signIn(provider, readOnly);
    expect(provider.saved!.scope).toBe('profile:read');
    const api = rest(h.url, provider.saved!.access_token);
    expect((await api.get('/v1/profile')).status).toBe(200);
    const write = await api.patch('/v1/profile', { role: 'Mallory' });
    expect(write.status).toBe(403);
    expect(write.json.error.code).toBe('forbidden');
  }, 60_000);

  it('revoking the API key that approved a grant kills its access and refresh tokens', async () => {
    const created = await h.keys.create('alice');
    const provider = new MemoryProvider('Doomed');
    await signIn(provider, created.key);
    const api = rest(h.url, provider.saved!.access_token);
    expect((await api.get('/v1/profile')).status).toBe(200);
    await h.keys.revoke(created.record.id);
    const after = await api.get('/v1/profile');
    expect(after.status).toBe(401);
    expect(after.json.error.message).toMatch(/revoked or has expired/);
    await expect(auth(provider, { serverUrl: new URL('/mcp', h.url) })).rejects.toThrow();
  }, 60_000);

  it('a wrong key or Deny never reaches the client with a code', async () => {
    const provider = new MemoryProvider('Denied');
    const transport = new StreamableHTTPClientTransport(new URL('/mcp', h.url), { authProvider: provider });
    await expect(new Client({ name: 't', version: '1' }).connect(transport)).rejects.toBeInstanceOf(UnauthorizedError);
    const page = await browser.newPage();
    await page.goto(provider.authorizationUrl!.href);
    await page.locator('input[name=key]').fill('pmk_not-a-real-key');
    await page.locator('button[value=approve]').click();
    await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('Unknown, revoked or expired API key');
    await Promise.all([page.waitForURL((u) => u.href.startsWith(callbackUrl)), page.locator('button[value=deny]').click()]);
    const back = new URL(page.url());
    expect(back.searchParams.get('code')).toBeNull();
    expect(back.searchParams.get('error')).toBe('access_denied');
    await page.close();
  }, 60_000);

  it('two replicas on one store share clients, consent sessions and tokens', async () => {
    // A second server over the same store and keys, behind the same public URL (as behind a load balancer).
    const replica = await serve({
      app: { ...h.app, close: async () => undefined },
      keys: await h.openKeys(),
      host: '127.0.0.1',
      port: 0,
      rates: { ...DEFAULT_RATES, enabled: false },
      oauth: { publicUrl: h.url, builtin: { storage: oauthStorageIn(dir) } },
    });
    try {
      expect((await raw(replica.url, '/.well-known/oauth-authorization-server')).json.issuer).toBe(h.url);
      const provider = new MemoryProvider('Replicated');
      const transport = new StreamableHTTPClientTransport(new URL('/mcp', h.url), { authProvider: provider });
      await expect(new Client({ name: 't', version: '1' }).connect(transport)).rejects.toBeInstanceOf(UnauthorizedError);
      // The authorization starts on the first server; the owner answers the consent page on the replica.
      const page = await browser.newPage();
      await page.goto(provider.authorizationUrl!.href);
      const consent = new URL(page.url());
      expect(consent.pathname).toMatch(/^\/oauth\/consent\//);
      await page.goto(`${replica.url}${consent.pathname}`);
      await page.locator('input[name=key]').fill(h.tokens.alice!);
      await Promise.all([page.waitForURL((u) => u.href.startsWith(callbackUrl)), page.locator('button[value=approve]').click()]);
      const code = new URL(page.url()).searchParams.get('code')!;
      await page.close();
      await transport.finishAuth(code);
      // A token issued by one answers on the other; the replica refreshes it.
      expect((await rest(replica.url, provider.saved!.access_token).get('/v1/profile')).status).toBe(200);
      const refreshed = await fetch(`${replica.url}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: provider.saved!.refresh_token!, client_id: provider.client!.client_id }),
      });
      expect(refreshed.status).toBe(200);
      const { access_token } = (await refreshed.json()) as { access_token: string };
      expect((await rest(h.url, access_token).get('/v1/profile')).status).toBe(200);
    } finally {
      await replica.close();
    }
  }, 60_000);

  it('the consent page escapes client-supplied names, cannot be framed, and keeps a strict CSP', async () => {
    const markup = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const provider = new MemoryProvider(markup);
    const transport = new StreamableHTTPClientTransport(new URL('/mcp', h.url), { authProvider: provider });
    await expect(new Client({ name: 't', version: '1' }).connect(transport)).rejects.toBeInstanceOf(UnauthorizedError);
    const page = await browser.newPage();
    const response = await page.goto(provider.authorizationUrl!.href);
    const headers = response!.headers();
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(headers['content-security-policy']).not.toContain('script-src');
    expect(await page.locator('.client-name').textContent()).toBe(markup);
    expect(await page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    await page.close();
  }, 60_000);
});
