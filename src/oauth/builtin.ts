import { generateKeyPairSync, randomBytes } from 'node:crypto';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type Provider from 'oidc-provider';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import type { KeyStore } from '../keys/port.js';
import { log } from '../log.js';
import { grantOfScopes, TokenRefused, type TokenVerifier } from './external.js';
import { SCOPE_READ, SCOPE_WRITE, SCOPES } from './resource.js';
import type { OAuthStorage } from './storage.js';
import { expiringClients, keepClient, REGISTRATIONS_PER_HOUR, registrationLimit, UNAPPROVED_CLIENT_TTL_SEC } from './registrations.js';

/**
 * `--oauth builtin` (docs/oauth.md): an OAuth 2.1 authorization server on the same origin, built on
 * oidc-provider — dynamic client registration, authorization code + PKCE S256 only, a consent page
 * where the owner approves with one of the account's API keys, opaque access tokens, rotating refresh
 * tokens and revocation. A grant belongs to the API key that approved it: its tokens carry that key's
 * limits (account, collection, read-only) and stop working when the key is revoked or expires, because
 * the key is looked up on every request.
 */

export interface BuiltinSettings {
  /** The issuer and resource: the origin clients reach the server at (no trailing slash). */
  origin: string;
  storage: OAuthStorage;
  keys: KeyStore;
  /** Access token lifetime (s); default 1 hour. */
  accessTokenTtlSec?: number;
  /** Stylesheet of the review page (/assets/<version>/styles.css), when built. */
  stylesheet?: () => string | null;
  /**
   * `--oauth-cimd-allow-host`: hosts (`name` or `name:port`) whose metadata documents may be fetched
   * although they resolve to a private, loopback or other special-use address. Everything else keeps
   * oidc-provider's SSRF guard.
   */
  cimdAllowHosts?: readonly string[];
  /** A registered client nobody approves expires after this (s); default 24 hours. */
  unapprovedClientTtlSec?: number;
  /** Registrations per client address and hour; default 20. */
  registrationsPerHour?: number;
}

export interface BuiltinAuthServer {
  /** Routes: the consent page, the provider's endpoints under /oauth/ and its /.well-known metadata. */
  routes: Router;
  tokens: TokenVerifier;
}

/** Where the provider's endpoints live (all under /oauth/, next to the consent page). */
const ROUTES = {
  authorization: '/oauth/authorize',
  token: '/oauth/token',
  registration: '/oauth/register',
  revocation: '/oauth/revoke',
  jwks: '/oauth/jwks',
  end_session: '/oauth/logout',
  userinfo: '/oauth/userinfo',
  introspection: '/oauth/introspect',
  pushed_authorization_request: '/oauth/par',
  code_verification: '/oauth/device',
  device_authorization: '/oauth/device/auth',
  backchannel_authentication: '/oauth/backchannel',
  challenge: '/oauth/challenge',
  credential: '/oauth/credential',
} as const;

const CONSENT_PATH = '/oauth/consent';
const OPAQUE_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const WELL_KNOWN = new Set(['/.well-known/oauth-authorization-server', '/.well-known/openid-configuration']);

/** Paths of the resource a client may name as `resource` (RFC 8707): the server as a whole. */
function resourceIndicators(origin: string): Set<string> {
  return new Set([origin, `${origin}/`, `${origin}/mcp`, `${origin}/sse`, `${origin}/v1`]);
}

/**
 * The provider's outgoing fetch (Client ID Metadata Documents; also jwks_uri and sector_identifier_uri
 * of registered clients). oidc-provider hands every call a dispatcher that drops connections to
 * special-use addresses (SSRF); for a host the operator named with --oauth-cimd-allow-host we leave it
 * out, so a document on the LAN or on loopback can be read. TLS is still verified (NODE_EXTRA_CA_CERTS
 * adds a private CA).
 */
export function providerFetch(allowHosts: readonly string[]): typeof globalThis.fetch {
  const allowed = new Set(allowHosts.map((h) => h.toLowerCase()));
  return (input, init) => {
    const url = new URL(input instanceof globalThis.Request ? input.url : input);
    const name = url.hostname.toLowerCase();
    if (init && (allowed.has(name) || allowed.has(`${name}:${url.port || (url.protocol === 'http:' ? '80' : '443')}`))) {
      const { dispatcher: _guarded, ...rest } = init as RequestInit & { dispatcher?: unknown };
      return globalThis.fetch(input, rest);
    }
    return globalThis.fetch(input, init);
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=/]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * oidc-provider prints notices with console.info/console.warn (stdout included) at import and
 * construction; route them to our stderr logger for the duration.
 */
async function quietly<T>(work: () => Promise<T> | T): Promise<T> {
  const { info, warn } = console;
  console.info = (...args: unknown[]) => log.debug(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    // Node 20 is not an LTS oidc-provider lists, yet everything we use works there (test/oauth/builtin.test.ts).
    if (/Unsupported runtime/.test(text)) log.debug(text);
    else log.warn(text);
  };
  try {
    return await work();
  } finally {
    console.info = info;
    console.warn = warn;
  }
}

interface Secrets {
  cookieKeys: string[];
  jwk: Record<string, unknown>;
}

/** Cookie-signing keys and a signing key, made once and kept in the store so replicas agree. */
async function secrets(storage: OAuthStorage): Promise<Secrets> {
  const stored = (await storage.once('secrets', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const made: Secrets = {
      cookieKeys: [randomBytes(32).toString('base64url')],
      jwk: { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'ES256', kid: randomBytes(8).toString('hex') },
    };
    return made as unknown as Record<string, unknown>;
  })) as unknown as Secrets;
  if (!Array.isArray(stored.cookieKeys) || typeof stored.jwk !== 'object') throw new Error('the stored OAuth server secrets are malformed');
  return stored;
}

export async function builtinAuthServer(settings: BuiltinSettings): Promise<BuiltinAuthServer> {
  const { origin, keys } = settings;
  const indicators = resourceIndicators(origin);
  const { cookieKeys, jwk } = await secrets(settings.storage);

  const { default: ProviderClass, errors, interactionPolicy } = await quietly(() => import('oidc-provider'));
  const InvalidTarget = errors.InvalidTarget;
  // The owner approves every authorization with an API key: no silent sign-in from an earlier session
  // (whose key may since have been revoked). Resuming right after the consent page is not a new sign-in.
  const policy = interactionPolicy.base();
  policy
    .get('login')
    ?.checks.add(
      new interactionPolicy.Check('key_each_time', 'The owner approves each authorization with an API key', (ctx) => ctx.oidc.result?.login === undefined),
    );

  const config: Configuration = {
    // A registration expires unless an owner approves it (keepClient after consent): open DCR stays bounded.
    adapter: (name: string) =>
      name === 'Client'
        ? expiringClients(settings.storage.adapter(name), settings.unapprovedClientTtlSec ?? UNAPPROVED_CLIENT_TTL_SEC)
        : settings.storage.adapter(name),
    clients: [],
    jwks: { keys: [jwk] },
    cookies: { keys: cookieKeys, long: { signed: true, sameSite: 'lax' }, short: { signed: true, sameSite: 'lax' } },
    routes: ROUTES,
    scopes: [...SCOPES, 'offline_access'],
    claims: { openid: ['sub'] },
    responseTypes: ['code'],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      registration: { enabled: true },
      // Client ID Metadata Documents (draft-ietf-oauth-client-id-metadata-document, as oidc-provider
      // implements its draft-02): an https client_id is fetched, cached per its max-age (30 s to 1 day)
      // and used as the registration. Experimental in oidc-provider, hence the ack of that exact version.
      clientIdMetadataDocument: { enabled: true, ack: 'draft-02' },
      revocation: { enabled: true },
      introspection: { enabled: false },
      userinfo: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => origin,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (!indicators.has(indicator)) throw new InvalidTarget();
          return { scope: SCOPES.join(' '), audience: origin, accessTokenFormat: 'opaque', accessTokenTTL: settings.accessTokenTtlSec ?? 3600 };
        },
      },
    },
    clientDefaults: {
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
      // Our one signing key is P-256 (no ID tokens are issued without openid, but clients get a valid default).
      id_token_signed_response_alg: 'ES256',
    },
    fetch: providerFetch(settings.cimdAllowHosts ?? []),
    rotateRefreshToken: true,
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: {
      AccessToken: settings.accessTokenTtlSec ?? 3600,
      AuthorizationCode: 60,
      Grant: 30 * 24 * 3600,
      Interaction: 15 * 60,
      Session: 24 * 3600,
      RefreshToken: 30 * 24 * 3600,
    },
    interactions: { policy, url: (_ctx, interaction) => `${CONSENT_PATH}/${interaction.uid}` },
    // The "account" is the API key that approved the grant. For a token (code exchange, refresh) it
    // must still be active; a browser session naming a revoked key just leads to the consent page again.
    findAccount: async (_ctx, id, token) =>
      token === undefined || (await keys.identity(id)) !== null ? { accountId: id, claims: () => ({ sub: id }) } : undefined,
    renderError: (ctx: KoaContextWithOIDC, out) => {
      ctx.type = 'html';
      ctx.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
      ctx.body = page(settings, 'Sign-in failed', `<p class="page-error">${escapeHtml(String(out.error_description ?? out.error))}</p>`);
    },
  };

  const provider: Provider = await quietly(() => new ProviderClass(origin, config));
  // Behind a TLS proxy (--public-url https://…) trust its X-Forwarded-Proto so cookies are Secure.
  provider.proxy = origin.startsWith('https:');
  for (const event of ['server_error', 'grant.error', 'registration_create.error', 'revocation.error']) {
    (provider as unknown as { on(e: string, f: (ctx: unknown, err: Error) => void): void }).on(event, (_ctx, err) =>
      log.warn(`oauth: ${event}`, { error: err.message }),
    );
  }
  provider.on('grant.success', (ctx: KoaContextWithOIDC) => log.info('oauth: token issued', { client_id: ctx.oidc.client?.clientId }));

  const callback = provider.callback();
  const r = Router({ caseSensitive: true, strict: true });
  r.use(registrationLimit(ROUTES.registration, settings.registrationsPerHour ?? REGISTRATIONS_PER_HOUR));

  const consentHeaders = (res: Response, redirectUri: string | undefined) => {
    let target: string;
    try {
      const url = new URL(redirectUri ?? '');
      // Chromium applies form-action to the redirect after the POST (NOTES): allow the client's redirect.
      target = /^https?:$/.test(url.protocol) ? ` ${url.origin}` : ` ${url.protocol}`;
    } catch {
      target = '';
    }
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self' ${origin}${target}; frame-ancestors 'none'`,
    );
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on the form POST,
    // which the Origin guard (rightly) refuses. Nothing leaks to other origins either way.
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
  };

  const showConsent = async (req: Request, res: Response, status: number, error?: string) => {
    const details = await provider.interactionDetails(req, res);
    const clientId = String(details.params.client_id ?? '');
    const client = await provider.Client.find(clientId);
    const requested = requestedScopes(details.params.scope);
    const redirectUri = typeof details.params.redirect_uri === 'string' ? details.params.redirect_uri : undefined;
    consentHeaders(res, redirectUri);
    const name = client?.clientName ?? clientId;
    const redirectHost = redirectUri ? safeHost(redirectUri) : '';
    // A metadata document can claim any name: its host is what the owner can actually check.
    const documentHost = (client as { clientIdMetadataDocument?: boolean } | undefined)?.clientIdMetadataDocument ? safeHost(clientId) : '';
    const body = `
<h1>Allow <span class="client-name">${escapeHtml(name)}</span> to use your profiles?</h1>
${
  documentHost
    ? `<p class="client-source">This client describes itself in a document published by <strong class="client-host">${escapeHtml(documentHost)}</strong>.
Anyone can publish a document with any name: allow it only if you expect a client from that address.</p>`
    : ''
}
<p>Client id <code>${escapeHtml(clientId)}</code>${redirectHost ? `, returning to <code>${escapeHtml(redirectHost)}</code>` : ''}.</p>
<p>It asks to:</p>
<ul class="scopes">${requested.map((s) => `<li><code>${escapeHtml(s)}</code> — ${s === SCOPE_WRITE ? 'read and change your profiles' : 'read your profiles'}</li>`).join('')}</ul>
<p>Approve with one of your API keys (<code>profile-mcp keys create --account NAME</code>). The client gets that key's limits —
its account, its collection, read-only if the key is — and loses access when the key is revoked.</p>
${error ? `<p class="page-error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${CONSENT_PATH}/${escapeHtml(details.uid)}">
  <label>API key <input type="password" name="key" autocomplete="off" required /></label>
  <p><button type="submit" name="decision" value="approve">Allow</button>
  <button type="submit" name="decision" value="deny" formnovalidate>Deny</button></p>
</form>`;
    res.status(status).end(page(settings, 'Allow access — profile-mcp', body));
  };

  r.get(`${CONSENT_PATH}/:uid`, async (req, res) => {
    try {
      await showConsent(req, res, 200);
    } catch (err) {
      interactionGone(res, err);
    }
  });

  r.post(`${CONSENT_PATH}/:uid`, express.urlencoded({ extended: false, limit: '16kb' }), async (req, res) => {
    try {
      const form = (req.body ?? {}) as Record<string, unknown>;
      const details = await provider.interactionDetails(req, res);
      if (form.decision !== 'approve') {
        await provider.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'The owner refused access.' },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      const key = typeof form.key === 'string' ? form.key.trim() : '';
      const identity = key === '' ? null : await keys.verify(key);
      if (!identity) {
        await showConsent(req, res, 401, 'Unknown, revoked or expired API key.');
        return;
      }
      const clientId = String(details.params.client_id);
      let scopes = requestedScopes(details.params.scope);
      if (identity.read_only) scopes = scopes.filter((s) => s !== SCOPE_WRITE);
      if (scopes.length === 0) {
        await showConsent(req, res, 403, 'This key is read-only and the client asks only to write: use a key made without --read-only.');
        return;
      }
      const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
      const grant = existing && existing.accountId === identity.id ? existing : new provider.Grant({ accountId: identity.id, clientId });
      const asked = details.params.resource;
      const resources = (Array.isArray(asked) ? asked : typeof asked === 'string' ? [asked] : [origin]).filter((x): x is string => typeof x === 'string');
      for (const resource of resources) grant.addResourceScope(resource, scopes.join(' '));
      // Scopes the key cannot give (profile:write with a read-only key) are rejected, not left pending,
      // so the provider does not ask again.
      const refused = requestedScopes(details.params.scope).filter((s) => !scopes.includes(s));
      for (const resource of resources) if (refused.length > 0) grant.rejectResourceScope(resource, refused.join(' '));
      const oidcScopes = String(details.params.scope ?? '')
        .split(/\s+/)
        .filter((s) => s === 'offline_access');
      grant.addOIDCScope([...scopes, ...oidcScopes].join(' '));
      if (refused.length > 0) grant.rejectOIDCScope(refused.join(' '));
      const grantId = await grant.save();
      await keepClient(settings.storage, clientId);
      log.info('oauth: consent given', { client_id: clientId, key_id: identity.id, scopes: scopes.join(' ') });
      await provider.interactionFinished(req, res, { login: { accountId: identity.id }, consent: { grantId } }, { mergeWithLastSubmission: false });
    } catch (err) {
      interactionGone(res, err);
    }
  });

  // The provider answers its own paths (and would 404 everything else): hand it only those.
  r.use((req, res, next) => {
    if (req.method === 'GET' && req.path === ROUTES.authorization) {
      // Every name of this server (origin, /mcp, /sse, /v1) is one resource with one audience. A client
      // may name one when it signs in and another when it refreshes (it found the resource metadata by
      // a different path), so the grant covers them all; a token request still names one (RFC 8707).
      const url = new URL(req.url, origin);
      const asked = url.searchParams.getAll('resource');
      if (asked.every((value) => indicators.has(value))) {
        url.searchParams.delete('resource');
        for (const value of indicators) url.searchParams.append('resource', value);
      }
      // RFC 6749 §3.3: a request without scope gets a pre-defined default — both profile scopes,
      // narrowed on the consent page to what the approving key may do (the provider would refuse it).
      if ((url.searchParams.get('scope') ?? '').trim() === '') url.searchParams.set('scope', SCOPES.join(' '));
      req.url = `${url.pathname}${url.search}`;
    }
    if (req.path.startsWith('/oauth/') || WELL_KNOWN.has(req.path)) {
      (callback as unknown as RequestHandler)(req, res, next);
      return;
    }
    next();
  });

  const tokens: TokenVerifier = {
    issuers: [origin],
    accepts: (token) => OPAQUE_TOKEN.test(token),
    async verify(token) {
      const found = await provider.AccessToken.find(token);
      if (!found || found.isExpired) throw new TokenRefused('invalid_token', 'The access token is unknown, expired or revoked.');
      const audiences = Array.isArray(found.aud) ? found.aud : [found.aud];
      if (!audiences.includes(origin)) throw new TokenRefused('invalid_token', 'The access token was issued for another resource.');
      const key = await keys.identity(found.accountId);
      if (!key) throw new TokenRefused('invalid_token', 'The API key that approved this access was revoked or has expired.');
      const scopes = String(found.scope ?? '')
        .split(/\s+/)
        .filter(Boolean);
      const grant = grantOfScopes(scopes);
      grant.collection_id = key.collection_id;
      if (key.read_only) grant.read_only = true;
      return { account: key.account, keyId: key.id, grant, scopes, expiresAt: found.exp === undefined ? null : new Date(found.exp * 1000).toISOString() };
    },
  };

  return { routes: r, tokens };
}

function requestedScopes(scope: unknown): string[] {
  const asked = String(scope ?? '')
    .split(/\s+/)
    .filter((s) => (SCOPES as readonly string[]).includes(s));
  // A client that names neither profile scope asks for what the key may do.
  return asked.length > 0 ? [...new Set(asked)] : [SCOPE_READ, SCOPE_WRITE];
}

function safeHost(uri: string): string {
  try {
    const url = new URL(uri);
    return url.host === '' ? `${url.protocol}` : url.origin;
  } catch {
    return '';
  }
}

function interactionGone(res: Response, err: unknown): void {
  const name = (err as { name?: string }).name;
  if (name !== 'SessionNotFound' && name !== 'InvalidRequest') log.warn('oauth: consent failed', { error: (err as Error).message });
  if (res.headersSent) return;
  res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cache-Control', 'no-store');
  res
    .status(400)
    .type('html')
    .end(
      `<!doctype html><meta charset="utf-8"><title>profile-mcp</title><p>This sign-in request has expired or was already answered. Start again from your client.</p>`,
    );
}

function page(settings: BuiltinSettings, title: string, body: string): string {
  const css = settings.stylesheet?.();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:," />
${css ? `<link rel="stylesheet" href="${escapeHtml(css)}" />` : ''}
</head>
<body>
<header class="page-header"><strong>profile-mcp</strong></header>
<main class="consent">${body}</main>
</body>
</html>`;
}
