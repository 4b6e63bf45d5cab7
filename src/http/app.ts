import express, { type Express } from 'express';
import type { App } from '../app.js';
import type { KeyStore } from '../keys/port.js';
import { isExpired } from '../keys/format.js';
import { LOCAL_ACCOUNT } from '../config.js';
import { createMcpServer } from '../mcp/server.js';
import { scopeUri, SubscriptionHub } from '../mcp/subscriptions.js';
import { log } from '../log.js';
import { ProfileError } from '../profiles/errors.js';
import { VERSION } from '../version.js';
import { rateSubject, restAccess, restRateLimit } from './access.js';
import type { Grant } from '../keys/access.js';
import { bucketOf, RateLimits, rateSettingsFromEnv, type RateSettings } from '../limits/rate.js';
import { bearerAuth } from './auth.js';
import { jsonBody } from './body.js';
import { errorHandler, notFoundRoute, sendError } from './errors.js';
import { hostOriginGuard } from './guard.js';
import { McpSessions } from './mcp.js';
import { openApiDocument } from './openapi.js';
import { REST_OPERATIONS, restRouter } from './routes.js';
import { reviewStylesheet, webRoutes } from './web.js';
import { externalIssuer, type ExternalIssuerSettings, type TokenVerifier } from '../oauth/external.js';
import { bearerChallenge, isResourcePath, METADATA_PATH, publicOrigin, resourceMetadata } from '../oauth/resource.js';
import { builtinAuthServer, type BuiltinAuthServer } from '../oauth/builtin.js';
import type { OAuthStorage } from '../oauth/storage.js';
import type { Pool } from 'pg';

/** OAuth 2.1 beside API keys (docs/oauth.md). The server is always a protected resource (RFC 9728). */
export interface OAuthOptions {
  /** The origin clients reach the server at (https://profiles.example.com behind a TLS proxy); default: from the request. */
  publicUrl?: string;
  /** `--oauth-issuer/--oauth-audience`: an external identity provider's JWTs (or a ready verifier, in tests). */
  external?: ExternalIssuerSettings | TokenVerifier;
  /** `--oauth builtin`: our own authorization server on this origin, its state in `storage`. */
  builtin?: {
    storage: (pool?: Pool) => OAuthStorage;
    accessTokenTtlSec?: number;
    cimdAllowHosts?: readonly string[];
    /** A registration nobody approves expires after this (s); default 24 hours. */
    unapprovedClientTtlSec?: number;
    registrationsPerHour?: number;
  };
}

export interface HttpAppOptions {
  app: App;
  keys: KeyStore;
  /** Whether requests may run keyless as the local account when no key exists (loopback bind). */
  allowOpen: boolean;
  allowedHosts?: readonly string[];
  allowedOrigins?: readonly string[];
  /** docs/spec.md §8 rate limits; default from PROFILE_MCP_RATE_LIMITS and PROFILE_MCP_RATE_READ/_WRITE/_REASONING. */
  rates?: RateSettings;
  /** 2025-era requests on /mcp: stateful sessions (default) or the SDK's stateless legacy mode (docs/protocol.md). */
  legacyMode?: 'stateful' | 'stateless';
  /** MCP session limits (tests shorten them). */
  sessions?: { idleMs?: number; maxPerAccount?: number; keyCheckMs?: number };
  oauth?: OAuthOptions;
}

export interface HttpApp {
  express: Express;
  sessions: McpSessions;
  hub: SubscriptionHub;
  /** Requests being served, long-lived SSE streams excepted. */
  inflight(): number;
  /** From now on, answers carry `Connection: close` and no new MCP session starts. */
  beginShutdown(): void;
  /** `--oauth builtin`: start the authorization server once the origin is known (after listen). */
  startOAuth(listeningUrl: string): Promise<void>;
}

const READY_TIMEOUT_MS = 5_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Long-lived streams that shutdown closes instead of waiting for. */
function isStream(req: express.Request): boolean {
  return req.method === 'GET' && (req.path === '/sse' || req.path === '/mcp');
}

/**
 * The HTTP edge: Host/Origin guard, public /healthz and /openapi.json, bearer auth, the 1 MiB JSON
 * body reader, MCP over Streamable HTTP (/mcp) and legacy SSE (/sse + /messages), the REST API (/v1),
 * and one error handler. One SubscriptionHub for the process: a write from any edge notifies every
 * subscribed session of the same account.
 */
export function createHttpApp(options: HttpAppOptions): HttpApp {
  const { service } = options.app;
  const reasoners = options.app.reasoners;
  const hub = new SubscriptionHub(service);
  const limits = new RateLimits(options.rates ?? rateSettingsFromEnv(process.env), options.app.pool);
  // A session's server (2025) is attached to the subscription hub; a 2026-07-28 request's is not.
  const mcpServer = (account: string, keyId: string | null, grant: Grant, attached?: SubscriptionHub) =>
    createMcpServer({
      service,
      account,
      actor: { transport: 'mcp-http', key_id: keyId },
      ...(attached ? { hub: attached } : {}),
      reasoners,
      grant,
      gate: (tool) => limits.consume(bucketOf(tool), rateSubject(keyId, account)),
    });
  const sessions = new McpSessions({
    createServer: (account, keyId, grant) => mcpServer(account, keyId, grant, hub),
    createRequestServer: (account, keyId, grant) => mcpServer(account, keyId, grant),
    // subscriptions/listen (2026-07-28): a committed write to a scope of this account, from this
    // process or (PostgreSQL, LISTEN/NOTIFY) another replica, reaches the account's open streams.
    onModernHandler: (account, resourceUpdated, grant) =>
      service.onChange((change) => {
        if (change.account !== account) return;
        if (grant.collection_id !== null && change.collection_id !== grant.collection_id) return;
        resourceUpdated(scopeUri(change.collection_id));
      }),
    ...(options.legacyMode ? { legacyMode: options.legacyMode } : {}),
    activeKeys: async () => {
      const now = Date.now();
      const records = await options.keys.list();
      return new Set(records.filter((k) => k.revoked_at === null && !isExpired(k.expires_at, now)).map((k) => k.id));
    },
    ...options.sessions,
  });
  const docs = openApiDocument(REST_OPERATIONS);
  const external = options.oauth?.external;
  const builtinSettings = options.oauth?.builtin;
  let builtin: BuiltinAuthServer | undefined;
  // The built-in server's verifier, usable once startOAuth has run (serve() runs it before answering).
  const builtinTokens: TokenVerifier = {
    get issuers() {
      return builtin?.tokens.issuers ?? [];
    },
    accepts: (token) => builtin?.tokens.accepts(token) ?? false,
    verify: (token) => builtin!.tokens.verify(token),
  };
  const tokens: TokenVerifier | undefined =
    builtinSettings !== undefined ? builtinTokens : external === undefined ? undefined : 'verify' in external ? external : externalIssuer(external);
  let publicUrl = options.oauth?.publicUrl?.replace(/\/+$/, '');
  const originOf = (req: express.Request) => publicOrigin(req, publicUrl);
  let active = 0;
  let closing = false;

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');

  app.use((req, res, next) => {
    if (closing) res.setHeader('Connection', 'close');
    if (!isStream(req)) {
      active++;
      res.once('close', () => active--);
    }
    if (log.enabled('debug')) {
      const started = Date.now();
      // Method, path and status only: never headers (keys) or bodies (fact values).
      res.once('finish', () => log.debug('request', { method: req.method, path: req.path, status: res.statusCode, ms: Date.now() - started }));
    }
    next();
  });
  app.use(hostOriginGuard({ allowedHosts: options.allowedHosts ?? [], allowedOrigins: options.allowedOrigins ?? [] }));
  // Every 401 names the resource metadata (RFC 9728 §5.1), whichever route answers it.
  app.use((req, res, next) => {
    res.locals.publicOrigin = originOf(req);
    res.locals.wwwAuthenticate = bearerChallenge(res.locals.publicOrigin as string);
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', version: VERSION });
  });
  // Readiness (docs/spec.md §8): the store answers, within READY_TIMEOUT_MS; no key, no profile read.
  app.get('/readyz', async (_req, res) => {
    try {
      await withTimeout(options.app.store.ready?.() ?? Promise.resolve(), READY_TIMEOUT_MS);
      res.setHeader('Cache-Control', 'no-store');
      res.json({ status: 'ready', version: VERSION });
    } catch (err) {
      const error = err instanceof ProfileError ? err : new ProfileError('storage_error', 'The store did not answer in time.');
      res.setHeader('Cache-Control', 'no-store');
      res.status(503).json({ status: 'unavailable', ...error.toBody() });
    }
  });
  app.get('/openapi.json', (_req, res) => {
    res.json(docs);
  });

  // RFC 9728 protected resource metadata, at the root and path-suffixed (…/oauth-protected-resource/mcp)
  // forms. Public: it names the authorization server (when OAuth is configured) and the scopes.
  app.get(METADATA_PATH, (req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.json(resourceMetadata(originOf(req), '', tokens?.issuers ?? []));
  });
  app.get(`${METADATA_PATH}/*rest`, (req, res) => {
    const path = req.path.slice(METADATA_PATH.length);
    if (!isResourcePath(path)) {
      sendError(res, notFoundRoute(req));
      return;
    }
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.json(resourceMetadata(originOf(req), path, tokens?.issuers ?? []));
  });
  // --oauth builtin: the consent page, /oauth/* and the authorization server metadata.
  app.use((req, res, next) => {
    if (builtin) builtin.routes(req, res, next);
    else next();
  });
  // Nothing else lives under /.well-known: say so without a key.
  app.use('/.well-known', (req, res) => sendError(res, notFoundRoute(req)));
  // The review page (public: it holds no data; it calls /v1 with the user's key).
  app.use(webRoutes());

  // docs/spec.md §8: profile answers are never cached and never sniffed (errors from auth included).
  app.use('/v1', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  app.use(bearerAuth({ keys: options.keys, allowOpen: options.allowOpen, localAccount: LOCAL_ACCOUNT, origin: originOf, ...(tokens ? { tokens } : {}) }));
  app.use(jsonBody());

  app.all('/mcp', sessions.streamable);
  app.get('/sse', sessions.sseStream);
  app.post('/messages', sessions.sseMessage);
  app.use('/v1', restAccess());
  app.use('/v1', restRateLimit(limits));
  app.use('/v1', restRouter(REST_OPERATIONS, { service, reasoners }));

  app.use((req, res) => sendError(res, notFoundRoute(req)));
  app.use(errorHandler);

  return {
    express: app,
    sessions,
    hub,
    inflight: () => active,
    beginShutdown: () => {
      closing = true;
    },
    startOAuth: async (listeningUrl) => {
      if (builtinSettings === undefined || builtin !== undefined) return;
      // The issuer must be one fixed origin: --public-url, else the address the server listens on.
      publicUrl ??= listeningUrl;
      builtin = await builtinAuthServer({
        origin: publicUrl,
        storage: builtinSettings.storage(options.app.pool),
        keys: options.keys,
        stylesheet: reviewStylesheet,
        ...(builtinSettings.accessTokenTtlSec !== undefined ? { accessTokenTtlSec: builtinSettings.accessTokenTtlSec } : {}),
        ...(builtinSettings.cimdAllowHosts !== undefined ? { cimdAllowHosts: builtinSettings.cimdAllowHosts } : {}),
        ...(builtinSettings.unapprovedClientTtlSec !== undefined ? { unapprovedClientTtlSec: builtinSettings.unapprovedClientTtlSec } : {}),
        ...(builtinSettings.registrationsPerHour !== undefined ? { registrationsPerHour: builtinSettings.registrationsPerHour } : {}),
      });
      log.info('oauth: built-in authorization server', { issuer: publicUrl });
    },
  };
}
