import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningOn } from '../helpers/listening.js';
import { raw, rest } from '../http/helpers.js';
import { structured } from '../http/mcp-client.js';
import { ensureWebBuilt, launch, type Browser } from '../web/browser.js';
import { MemoryOAuthProvider } from './memory-provider.js';

/**
 * Client ID Metadata Documents with `--oauth builtin` (docs/oauth.md), on dist/cli.js: the real SDK
 * client names an https URL as its client_id (no registration call), our server fetches the document
 * from a loopback https server (a self-signed certificate made here and trusted the standard way,
 * NODE_EXTRA_CA_CERTS) that --oauth-cimd-allow-host lets past the SSRF guard, the owner sees the
 * document's name and host on the consent page (Chromium), and the token works on /mcp and REST.
 * Refused: a document whose client_id is not its own URL, and a loopback host not on the list.
 */

const CLI = join(new URL('../..', import.meta.url).pathname, 'dist/cli.js');

interface DocServer {
  server: HttpsServer;
  origin: string;
  /** Paths requested so far (a request the SSRF guard stops never gets here). */
  seen: string[];
}

let dir: string;
let allowed: DocServer;
let unlisted: DocServer;
let callback: Server;
let callbackUrl: string;
let child: ChildProcess;
let stderr = '';
let url: string;
let key: string;
let browser: Browser;

function documentFor(origin: string, path: string, name: string, clientId = `${origin}${path}`) {
  return {
    client_id: clientId,
    client_name: name,
    client_uri: origin,
    redirect_uris: [callbackUrl],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'none',
    scope: 'profile:read profile:write',
  };
}

async function docServer(cert: string, key: string): Promise<DocServer> {
  const seen: string[] = [];
  const holder = { origin: '' };
  const server = createHttpsServer({ cert, key }, (req, res) => {
    const path = req.url ?? '/';
    seen.push(path);
    const documents: Record<string, object> = {
      '/clients/agent.json': documentFor(holder.origin, '/clients/agent.json', 'Desk Agent'),
      '/clients/liar.json': documentFor(holder.origin, '/clients/liar.json', 'Liar', 'https://clients.example.com/liar.json'),
    };
    const doc = documents[path];
    if (!doc) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.setHeader('cache-control', 'max-age=300');
    res.end(JSON.stringify(doc));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  holder.origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, origin: holder.origin, seen };
}

/** A client named by its metadata document's URL (no registration call). */
class UrlClientProvider extends MemoryOAuthProvider {
  constructor(readonly clientMetadataUrl: string) {
    super(callbackUrl, { client_name: 'Desk Agent', redirect_uris: [callbackUrl], token_endpoint_auth_method: 'none' });
  }
}

/** An authorization request a client would send, by hand (for the refusals). */
function authorizeUrl(clientId: string, scope = 'profile:read'): string {
  const params = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    redirect_uri: callbackUrl,
    scope,
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
    resource: url,
  });
  return `${url}/oauth/authorize?${params}`;
}

beforeAll(async () => {
  // Not tempDir(): that one is removed after each test, and this server lives for the whole file.
  dir = mkdtempSync(join(tmpdir(), 'profile-mcp-cimd-'));
  await ensureWebBuilt();
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    notAfterDate: new Date(Date.now() + 24 * 3600 * 1000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const caFile = join(dir, 'documents-ca.pem');
  writeFileSync(caFile, pems.cert);
  allowed = await docServer(pems.cert, pems.private);
  unlisted = await docServer(pems.cert, pems.private);
  callback = createServer((_req, res) => res.end('signed in'));
  await new Promise<void>((resolve) => callback.listen(0, '127.0.0.1', resolve));
  callbackUrl = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/callback`;

  const made = spawnSync(process.execPath, [CLI, 'keys', 'create', '--account', 'alice', '--data', dir], { encoding: 'utf8', timeout: 20_000 });
  expect(made.status, made.stderr).toBe(0);
  key = made.stdout.split('\n')[0]!;

  child = spawn(process.execPath, [CLI, 'http', '--port', '0', '--data', dir, '--oauth', 'builtin', '--oauth-cimd-allow-host', new URL(allowed.origin).host], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile, PROFILE_MCP_LOG_LEVEL: 'debug' },
  });
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  url = await listeningOn(child, () => stderr);
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  for (const s of [allowed?.server, unlisted?.server, callback]) if (s) await new Promise((r) => s.close(r));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('--oauth builtin with Client ID Metadata Documents', () => {
  it('advertises client_id_metadata_document_supported beside registration', async () => {
    const meta = await raw(url, '/.well-known/oauth-authorization-server');
    expect(meta.status).toBe(200);
    expect(meta.json.client_id_metadata_document_supported).toBe(true);
    expect(meta.json.registration_endpoint).toBe(`${url}/oauth/register`);
  });

  it('the SDK client signs in with its document URL as client_id (no registration), the consent page names it and its host, and the token works on MCP and REST', async () => {
    const documentUrl = `${allowed.origin}/clients/agent.json`;
    const provider = new UrlClientProvider(documentUrl);
    const requested: string[] = [];
    const recording: typeof fetch = (input, init) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    };
    const transport = new StreamableHTTPClientTransport(new URL('/mcp', url), { authProvider: provider, fetch: recording });
    await expect(new Client({ name: 'cimd-test', version: '1.0.0' }).connect(transport)).rejects.toBeInstanceOf(UnauthorizedError);
    expect(provider.client?.client_id).toBe(documentUrl);
    expect(requested.some((r) => r.includes('/oauth/register'))).toBe(false);
    expect(provider.authorizationUrl?.searchParams.get('client_id')).toBe(documentUrl);

    const page = await browser.newPage();
    await page.goto(provider.authorizationUrl!.href);
    expect(await page.locator('.client-name').textContent()).toBe('Desk Agent');
    expect(await page.locator('.client-host').textContent()).toBe(allowed.origin);
    expect(await page.locator('.client-source').textContent()).toContain('Anyone can publish a document with any name');
    await page.locator('input[name=key]').fill(key);
    await Promise.all([page.waitForURL((u) => u.href.startsWith(callbackUrl)), page.locator('button[value=approve]').click()]);
    const code = new URL(page.url()).searchParams.get('code');
    await page.close();
    expect(code).toBeTruthy();
    await transport.finishAuth(code!);
    const token = provider.saved?.access_token;
    expect(token).toBeTruthy();
    expect(provider.saved!.refresh_token).toBeTruthy();

    const client = new Client({ name: 'cimd-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', url), { authProvider: provider }));
    expect(structured(await client.callTool({ name: 'patch_profile', arguments: { facts: { role: 'Pilot' } } }))).toMatchObject({
      status: 'success',
      created: 1,
    });
    await client.close();
    const viaRest = await rest(url, token).get('/v1/profile');
    expect(viaRest.status).toBe(200);
    expect(viaRest.json.profile.static[0].value).toBe('Pilot');
    expect((await rest(url, key).get('/v1/profile')).json.profile.static[0].value).toBe('Pilot');

    // Fetched once for discovery, consent and the code exchange: the document's max-age is honoured.
    expect(allowed.seen.filter((p) => p === '/clients/agent.json')).toHaveLength(1);
    expect(stderr).not.toContain(token!);
    expect(stderr).not.toContain(key);
  }, 60_000);

  it('an authorization request without scope asks for the default, both profile scopes (RFC 6749 §3.3), as the conformance suite sends it', async () => {
    const page = await browser.newPage();
    await page.goto(authorizeUrl(`${allowed.origin}/clients/agent.json`, ''));
    expect(new URL(page.url()).pathname).toMatch(/^\/oauth\/consent\//);
    expect(await page.locator('.scopes code').allTextContents()).toEqual(['profile:read', 'profile:write']);
    await page.locator('input[name=key]').fill(key);
    await Promise.all([page.waitForURL((u) => u.href.startsWith(callbackUrl)), page.locator('button[value=approve]').click()]);
    const back = new URL(page.url());
    await page.close();
    expect(back.searchParams.get('error')).toBeNull();
    expect(back.searchParams.get('code')).toBeTruthy();
  });

  it('refuses a redirect_uri the document does not list', async () => {
    const asked = new URL(authorizeUrl(`${allowed.origin}/clients/agent.json`));
    asked.searchParams.set('redirect_uri', 'http://127.0.0.1:9/elsewhere');
    const res = await fetch(asked, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toMatch(/redirect_uri/);
  });

  it('refuses a document whose client_id is not its own URL', async () => {
    const res = await fetch(authorizeUrl(`${allowed.origin}/clients/liar.json`));
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain('name="key"');
    expect(allowed.seen).toContain('/clients/liar.json');
  });

  it('never connects to a loopback host that is not on --oauth-cimd-allow-host (the SSRF guard), though its document is valid', async () => {
    const res = await fetch(authorizeUrl(`${unlisted.origin}/clients/agent.json`));
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain('name="key"');
    expect(unlisted.seen).toEqual([]);
    // The same document on the listed host is accepted: the host list alone made the difference.
    const ok = await fetch(authorizeUrl(`${allowed.origin}/clients/agent.json`), { redirect: 'manual' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toMatch(/\/oauth\/consent\//);
  });
});
