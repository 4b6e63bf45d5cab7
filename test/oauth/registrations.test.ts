import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthStorageIn } from '../../src/oauth/storage.js';
import { startHarness, type Harness } from '../http/helpers.js';

/**
 * Open dynamic client registration kept in bounds (docs/oauth.md "Registrations"): a client nobody
 * approves expires, an approved one is kept, and one address may register only so many an hour.
 * A real server with `--oauth builtin` on the configured store; the consent form is posted as a
 * browser would (cookies and redirects by hand: no page script is involved).
 */

const TTL_SEC = 2;
const PER_HOUR = 4;
const REDIRECT = 'http://127.0.0.1:9/callback';

let h: Harness & { tokens: Record<string, string> };
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'profile-mcp-oauth-reg-'));
  h = await startHarness({
    dir,
    accounts: ['alice'],
    oauth: { builtin: { storage: oauthStorageIn(dir), unapprovedClientTtlSec: TTL_SEC, registrationsPerHour: PER_HOUR } },
  });
});

afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function register(name: string): Promise<Response> {
  return fetch(new URL('/oauth/register', h.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_name: name, redirect_uris: [REDIRECT], token_endpoint_auth_method: 'none', grant_types: ['authorization_code'] }),
  });
}

function authorizeUrl(clientId: string): URL {
  const verifier = randomBytes(32).toString('base64url');
  const url = new URL('/oauth/authorize', h.url);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: REDIRECT,
    scope: 'profile:read profile:write',
    state: 'st',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  return url;
}

/** A browser's cookie jar, enough for one origin: every cookie goes back on every request. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
    }
  }
  get header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Follow redirects by hand on the server's origin; stop at the first answer that is not one, or at the client's redirect URI. */
async function follow(start: URL, jar: Jar, init: RequestInit = {}): Promise<{ res: Response; url: URL }> {
  let url = start;
  let res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header } });
  for (let hops = 0; hops < 10 && res.status >= 300 && res.status < 400; hops++) {
    jar.take(res);
    url = new URL(res.headers.get('location')!, url);
    if (url.href.startsWith(REDIRECT)) return { res, url };
    res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header } });
  }
  jar.take(res);
  return { res, url };
}

/** Sign in and approve on the consent page with the account's API key; the client's redirect URI and its code. */
async function approve(clientId: string): Promise<URL> {
  const jar = new Jar();
  const consent = await follow(authorizeUrl(clientId), jar);
  expect(consent.res.status).toBe(200);
  expect(consent.url.pathname).toMatch(/^\/oauth\/consent\//);
  const done = await follow(consent.url, jar, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ key: h.tokens.alice!, decision: 'approve' }).toString(),
  });
  return done.url;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('--oauth builtin: registrations', () => {
  it('a client nobody approves expires; an approved one is kept', async () => {
    const idle = (await (await register('never approved')).json()) as { client_id: string };
    const used = (await (await register('approved')).json()) as { client_id: string };
    const redirected = await approve(used.client_id);
    expect(redirected.href.startsWith(REDIRECT)).toBe(true);
    expect(redirected.searchParams.get('code')).toBeTruthy();
    // Before its time the idle client still reaches the consent page.
    expect((await follow(authorizeUrl(idle.client_id), new Jar())).url.pathname).toMatch(/^\/oauth\/consent\//);
    await sleep(TTL_SEC * 1000 + 500);
    const gone = await follow(authorizeUrl(idle.client_id), new Jar());
    expect(gone.res.status).toBe(400);
    expect(await gone.res.text()).toContain('client is invalid');
    const kept = await follow(authorizeUrl(used.client_id), new Jar());
    expect(kept.res.status).toBe(200);
    expect(kept.url.pathname).toMatch(/^\/oauth\/consent\//);
  });

  it('one address registers at most so many clients an hour: then 429 with Retry-After, nothing registered', async () => {
    // The first test registered two from this address.
    for (let i = 2; i < PER_HOUR; i++) expect((await register(`client ${i}`)).status).toBe(201);
    const refused = await register('one too many');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: 'temporarily_unavailable' });
    // The rest of the authorization server is unaffected.
    expect((await fetch(new URL('/.well-known/oauth-authorization-server', h.url))).status).toBe(200);
  });
});
