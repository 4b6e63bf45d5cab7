import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { NodeStreamableHTTPServerTransport, toNodeHandler, toWebRequest, type NodeMcpRequestHandler } from '@modelcontextprotocol/node';
import {
  createMcpHandler,
  InMemoryServerEventBus,
  isInitializeRequest,
  isLegacyRequest,
  type AuthInfo,
  type McpHttpHandler,
  type McpServer,
  type Transport,
} from '@modelcontextprotocol/server';
// SDK v2 has no server side of the deprecated HTTP+SSE transport (GET /sse + POST /messages): the v1
// package stays the engine of that one path (docs/protocol.md).
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
import { ProfileError, validationError } from '../profiles/errors.js';
import { errorFields, log } from '../log.js';
import type { Grant } from '../keys/access.js';
import { subscriptionRefusal } from '../mcp/server.js';
import { callerOf } from './auth.js';
import { sendError } from './errors.js';
import { BoundedEventStore } from './event-store.js';

type SessionTransport = NodeStreamableHTTPServerTransport | SSEServerTransport;

interface Session {
  id: string;
  account: string;
  /** The API key that opened the session (null in open mode): only it may use the session. */
  keyId: string | null;
  /**
   * What the caller that opened it may do (collection, read-only): a request with another grant may
   * not use the session, so an OAuth token of the same account (no key id) with narrower rights
   * cannot continue a session opened with wider ones.
   */
  grant: Grant;
  /**
   * When the credential that last used the session stops being valid (an OAuth token's `exp`, a
   * key's expiry; null: never): its streams close then, unless a fresher credential used it since.
   */
  expiresAt: number | null;
  transport: SessionTransport;
  server: McpServer;
  /** Responses of this session still open (a listening SSE stream counts). */
  open: number;
  lastActive: number;
  closed: boolean;
}

export interface McpSessionsOptions {
  /** Build the McpServer of a new session, bound to the caller's account (and recording the key that opened it). */
  createServer: (account: string, keyId: string | null, grant: Grant) => McpServer;
  /**
   * Build the McpServer of one 2026-07-28 request (stateless: no session, no hub attachment).
   * Default: createServer.
   */
  createRequestServer?: (account: string, keyId: string | null, grant: Grant) => McpServer;
  /**
   * Wire a per-account modern handler to the change feed: called once per handler with its
   * account and a function that publishes `notifications/resources/updated` for a URI on the
   * handler's `subscriptions/listen` streams; returns a function that detaches it.
   */
  onModernHandler?: (account: string, resourceUpdated: (uri: string) => void, grant: Grant) => () => void;
  /**
   * 2025-era requests on /mcp: `stateful` (default; sessions, resumption, GET streams — needs
   * sticky routing behind a load balancer) or `stateless` (the SDK's stateless legacy mode: every
   * request answered by a fresh server, any replica; no sessions, no GET stream, no resumption).
   */
  legacyMode?: 'stateful' | 'stateless';
  /**
   * The ids of the keys that still authenticate (not revoked, not expired). Sessions and streams of
   * any other key are closed; checked every `keyCheckMs`.
   */
  activeKeys?: () => Promise<ReadonlySet<string>>;
  /** How often sessions are checked against `activeKeys` (ms). Default 2 s. */
  keyCheckMs?: number;
  /** Sessions idle this long (nothing open, no request) are closed. Default 30 minutes. */
  idleMs?: number;
  /** Open sessions per account; the least recently active one is closed to make room. Default 100. */
  maxPerAccount?: number;
}

const SESSION_HEADER = 'mcp-session-id';

function noSession(): ProfileError {
  return new ProfileError(
    'not_found',
    'No such MCP session for this API key (it ended, or belongs to another key). Start a new session with an initialize request.',
  );
}

/**
 * The MCP edges: Streamable HTTP at /mcp (stateful, resumable) and the legacy HTTP+SSE transport at
 * GET /sse + POST /messages. One McpServer per session, bound to the account that created it; a
 * session id used with another account's key answers 404 not_found, exactly like an unknown id.
 */
export class McpSessions {
  private readonly sessions = new Map<string, Session>();
  private readonly createServer: (account: string, keyId: string | null, grant: Grant) => McpServer;
  private readonly createRequestServer: (account: string, keyId: string | null, grant: Grant) => McpServer;
  private readonly onModernHandler: McpSessionsOptions['onModernHandler'];
  private readonly legacyMode: 'stateful' | 'stateless';
  /**
   * 2026-07-28 handlers, one per API key (account and key scope): their subscriptions/listen streams
   * never see another tenant's changes, and a revoked key's streams end with its handler.
   */
  private readonly modern = new Map<string, ModernHandler>();
  private statelessLegacy: Map<string, { handler: McpHttpHandler; node: NodeMcpRequestHandler }> | undefined;
  private readonly activeKeys: (() => Promise<ReadonlySet<string>>) | undefined;
  private readonly keyChecker: NodeJS.Timeout | undefined;
  private checking = false;
  private readonly idleMs: number;
  private readonly maxPerAccount: number;
  private readonly sweeper: NodeJS.Timeout;
  private closing = false;

  constructor(options: McpSessionsOptions) {
    this.createServer = options.createServer;
    this.createRequestServer = options.createRequestServer ?? options.createServer;
    this.onModernHandler = options.onModernHandler;
    this.legacyMode = options.legacyMode ?? 'stateful';
    this.idleMs = options.idleMs ?? 30 * 60_000;
    this.maxPerAccount = options.maxPerAccount ?? 100;
    this.sweeper = setInterval(() => this.sweep(), Math.min(60_000, this.idleMs)).unref();
    this.activeKeys = options.activeKeys;
    this.keyChecker = setInterval(() => void this.checkKeys(), options.keyCheckMs ?? 2_000).unref();
  }

  /**
   * Close every session and listen stream whose credential has run out: an OAuth token past its
   * `exp`, or an API key revoked or expired since it opened (docs/spec.md §8).
   */
  async checkKeys(): Promise<void> {
    if (this.checking || (this.sessions.size === 0 && this.modern.size === 0)) return;
    this.closeExpired(Date.now());
    if (!this.activeKeys) return;
    this.checking = true;
    try {
      const active = await this.activeKeys();
      for (const s of this.sessions.values()) {
        if (s.keyId !== null && !active.has(s.keyId)) {
          log.info('closing an MCP session: its API key was revoked or expired', { session: s.id, key: s.keyId });
          void this.close(s);
        }
      }
      for (const [key, m] of this.modern) {
        if (m.keyId !== null && !active.has(m.keyId)) {
          log.info('closing the 2026-07-28 listen streams of a revoked or expired API key', { key: m.keyId });
          void this.dropModern(key, m);
        }
      }
    } catch (err) {
      log.warn('could not check MCP sessions against the API keys', errorFields(err));
    } finally {
      this.checking = false;
    }
  }

  private closeExpired(now: number): void {
    for (const s of this.sessions.values()) {
      if (s.expiresAt !== null && s.expiresAt <= now) {
        log.info('closing an MCP session: the credential that last used it has expired', { session: s.id });
        void this.close(s);
      }
    }
    for (const [key, m] of this.modern) {
      if (m.expiresAt !== null && m.expiresAt <= now) {
        log.info('closing the 2026-07-28 listen streams of an expired credential', { account: m.account });
        void this.dropModern(key, m);
      }
    }
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Open 2026-07-28 `subscriptions/listen` streams, over every key's handler (for operations and tests). */
  get listening(): number {
    let n = 0;
    for (const m of this.modern.values()) n += m.bus.listenerCount;
    return n;
  }

  /** The live sessions (for operations and tests): never the transports themselves. */
  list(): Array<{ id: string; account: string; transport: 'streamable-http' | 'sse'; open: number }> {
    return [...this.sessions.values()].map((s) => ({
      id: s.id,
      account: s.account,
      transport: s.transport instanceof SSEServerTransport ? 'sse' : 'streamable-http',
      open: s.open,
    }));
  }

  /**
   * `ALL /mcp`: revision 2026-07-28 (stateless, per request, any replica) and the 2025 eras
   * (stateful Streamable HTTP sessions by default). The SDK's own classifier picks the era.
   */
  readonly streamable: RequestHandler = async (req, res) => {
    const { account, keyId, grant, expiresAt: expires } = callerOf(req);
    const expiresAt = expiryOf(expires);
    const sessionId = sessionHeader(req);
    try {
      if (req.method === 'POST' && req.body === undefined) {
        throw validationError([{ field: '(body)', message: 'empty' }], 'POST /mcp needs a JSON-RPC message as its body.');
      }
      if (sessionId === undefined && !(await isLegacyRequest(await toWebRequest(req, req.body), req.body))) {
        if (this.closing) throw new ProfileError('internal_error', 'The server is shutting down.');
        // The SDK serves subscriptions/listen itself, past the server's handlers: refuse a key's
        // out-of-reach URIs here, with the error resources/subscribe answers on 2025 (in-band, 200).
        const refused = listenRefusal(req.body, grant);
        if (refused) {
          res.status(200).json(refused);
          return;
        }
        (req as typeof req & { auth?: AuthInfo }).auth = authOf(account, keyId, grant);
        await this.modernFor(account, keyId, grant, expiresAt).node(req, res, req.body);
        return;
      }
      if (this.legacyMode === 'stateless' && sessionId === undefined) {
        if (this.closing) throw new ProfileError('internal_error', 'The server is shutting down.');
        (req as typeof req & { auth?: AuthInfo }).auth = authOf(account, keyId, grant);
        await this.statelessFor(account, grant).node(req, res, req.body);
        return;
      }
      if (sessionId !== undefined) {
        const session = this.sessionFor(sessionId, account, keyId, grant, NodeStreamableHTTPServerTransport);
        session.expiresAt = expiresAt;
        this.track(session, res);
        await session.transport.handleRequest(req, res, req.body);
        return;
      }
      if (req.method !== 'POST' || !isInitializeRequest(req.body)) {
        throw validationError(
          [{ field: 'Mcp-Session-Id', message: 'missing' }],
          'No Mcp-Session-Id header: start a session with an initialize request (POST /mcp), then send its id with every request.',
        );
      }
      if (this.closing) throw new ProfileError('internal_error', 'The server is shutting down.');
      const transport: NodeStreamableHTTPServerTransport = new NodeStreamableHTTPServerTransport({
        sessionIdGenerator: randomUUID,
        eventStore: new BoundedEventStore(),
        onsessioninitialized: (id) => {
          this.register({ id, account, keyId, grant, expiresAt, transport, server, open: 0, lastActive: Date.now(), closed: false }, res);
        },
      });
      const server = this.createServer(account, keyId, grant);
      transport.onclose = () => this.forget(transport.sessionId);
      await server.connect(transport);
      await transport.handleRequest(req, res, req.body);
    } catch (err) {
      if (res.headersSent) {
        log.debug('an MCP request failed after its answer started', errorFields(err));
        return;
      }
      sendError(res, err, 'mcp');
    }
  };

  /** `GET /sse`: open a legacy SSE session; its endpoint event names POST /messages?sessionId=. */
  readonly sseStream: RequestHandler = async (req, res) => {
    const { account, keyId, grant, expiresAt: expires } = callerOf(req);
    const expiresAt = expiryOf(expires);
    try {
      if (this.closing) throw new ProfileError('internal_error', 'The server is shutting down.');
      const transport = new SSEServerTransport('/messages', res);
      const server = this.createServer(account, keyId, grant);
      transport.onclose = () => this.forget(transport.sessionId);
      this.register({ id: transport.sessionId, account, keyId, grant, expiresAt, transport, server, open: 0, lastActive: Date.now(), closed: false }, res);
      await server.connect(transport as unknown as Transport);
    } catch (err) {
      sendError(res, err, 'sse');
    }
  };

  /** `POST /messages?sessionId=`: a client message for a legacy SSE session. */
  readonly sseMessage: RequestHandler = async (req, res) => {
    const { account, keyId, grant, expiresAt } = callerOf(req);
    try {
      const raw = req.query.sessionId;
      const session = this.sessionFor(typeof raw === 'string' ? raw : undefined, account, keyId, grant, SSEServerTransport);
      session.lastActive = Date.now();
      session.expiresAt = expiryOf(expiresAt);
      try {
        await session.transport.handleMessage(req.body, { requestInfo: { headers: req.headers } });
      } catch {
        throw validationError([{ field: '(body)', message: 'not a JSON-RPC message' }], 'The body is not a valid JSON-RPC message.');
      }
      res.status(202).type('text/plain').send('Accepted');
    } catch (err) {
      sendError(res, err, 'messages');
    }
  };

  /** Close every session (ends SSE streams); new sessions are refused from now on. */
  async closeAll(): Promise<void> {
    this.closing = true;
    clearInterval(this.sweeper);
    if (this.keyChecker) clearInterval(this.keyChecker);
    await Promise.all([...this.sessions.values()].map((s) => this.close(s)));
    await Promise.all([...this.modern].map(([key, m]) => this.dropModern(key, m)));
  }

  /** Stop a 2026-07-28 handler: off the change feed, its listen streams closed. */
  private async dropModern(key: string, m: ModernHandler): Promise<void> {
    this.modern.delete(key);
    m.detach();
    await m.handler.close().catch(() => undefined);
  }

  private modernFor(account: string, keyId: string | null, grant: Grant, expiresAt: number | null): { node: NodeMcpRequestHandler } {
    // Keyed by the API key and the credential's expiry too: revoking the key, or the token's `exp`
    // passing, closes exactly the listen streams opened with it.
    const key = handlerKey(account, grant, keyId, expiresAt);
    let entry = this.modern.get(key);
    if (!entry) {
      const onerror = (err: Error): void => log.debug('MCP request (2026-07-28) refused or failed', errorFields(err));
      const bus = new InMemoryServerEventBus(onerror);
      const handler = this.handler(account, grant, { legacy: 'reject', bus, onerror });
      const detach = this.onModernHandler?.(account, (uri) => handler.notify.resourceUpdated(uri), grant) ?? (() => undefined);
      entry = { handler, node: toNodeHandler(handler), detach, account, keyId, expiresAt, bus };
      this.modern.set(key, entry);
    }
    return entry;
  }

  private statelessFor(account: string, grant: Grant): { node: NodeMcpRequestHandler } {
    this.statelessLegacy ??= new Map();
    const key = handlerKey(account, grant);
    let entry = this.statelessLegacy.get(key);
    if (!entry) {
      const handler = this.handler(account, grant, {
        legacy: 'stateless',
        onerror: (err) => log.debug('MCP request (stateless 2025) refused or failed', errorFields(err)),
      });
      entry = { handler, node: toNodeHandler(handler) };
      this.statelessLegacy.set(key, entry);
    }
    return entry;
  }

  /** An SDK handler that serves one account and grant: every request builds its server from them. */
  private handler(account: string, grant: Grant, options: Parameters<typeof createMcpHandler>[1]): McpHttpHandler {
    return createMcpHandler((ctx) => this.requestServer(ctx.authInfo, account, grant, this.createRequestServer), options);
  }

  private requestServer(
    auth: AuthInfo | undefined,
    account: string,
    grant: Grant,
    build: (account: string, keyId: string | null, grant: Grant) => McpServer,
  ): McpServer {
    const extra = auth?.extra as { account?: string; keyId?: string | null; grant?: Grant } | undefined;
    // The handler is per account: a request of another account can never reach it (handlerKey).
    return build(extra?.account ?? account, extra?.keyId ?? null, extra?.grant ?? grant);
  }

  // ---- internals ----

  /**
   * The session `id` names, when the caller may use it: same account, same key, same grant, and the
   * transport it was opened on. Anything else is `noSession()` — another caller's id is not revealed.
   */
  private sessionFor<T extends SessionTransport>(
    id: string | undefined,
    account: string,
    keyId: string | null,
    grant: Grant,
    transport: new (...args: never[]) => T,
  ): Session & { transport: T } {
    const session = id === undefined ? undefined : this.sessions.get(id);
    if (!session || session.account !== account || session.keyId !== keyId || !sameGrant(session.grant, grant) || !(session.transport instanceof transport)) {
      throw noSession();
    }
    return session as Session & { transport: T };
  }

  private register(session: Session, res: Response): void {
    this.makeRoom(session.account);
    this.sessions.set(session.id, session);
    this.track(session, res);
    log.debug('MCP session opened', { session: session.id, transport: session.transport instanceof SSEServerTransport ? 'sse' : 'streamable-http' });
  }

  private forget(id: string | undefined): void {
    if (id === undefined) return;
    const session = this.sessions.get(id);
    if (!session || session.closed) return;
    session.closed = true;
    this.sessions.delete(id);
    log.debug('MCP session closed', { session: id });
  }

  private async close(session: Session): Promise<void> {
    try {
      await session.transport.close();
    } catch (err) {
      log.debug('closing an MCP session failed', errorFields(err));
    }
    this.forget(session.id);
  }

  private track(session: Session, res: Response): void {
    session.lastActive = Date.now();
    if (!res.socket || res.destroyed) return;
    session.open++;
    res.on('close', () => {
      session.open--;
      session.lastActive = Date.now();
    });
  }

  /** Keep at most maxPerAccount sessions per account: close the least recently active (idle first). */
  private makeRoom(account: string): void {
    const mine = [...this.sessions.values()].filter((s) => s.account === account);
    if (mine.length < this.maxPerAccount) return;
    mine.sort((a, b) => ((a.open === 0) !== (b.open === 0) ? (a.open === 0 ? -1 : 1) : a.lastActive - b.lastActive));
    for (const s of mine.slice(0, mine.length - this.maxPerAccount + 1)) void this.close(s);
  }

  private sweep(): void {
    const cutoff = Date.now() - this.idleMs;
    for (const s of this.sessions.values()) if (s.open === 0 && s.lastActive < cutoff) void this.close(s);
  }
}

function sameGrant(a: Grant, b: Grant): boolean {
  return a.collection_id === b.collection_id && a.read_only === b.read_only;
}

interface ModernHandler {
  handler: McpHttpHandler;
  node: NodeMcpRequestHandler;
  detach: () => void;
  account: string;
  /** The API key this handler serves (null in open mode and for OAuth tokens of an outside issuer). */
  keyId: string | null;
  /** When the credentials it serves expire (epoch ms; null: never): the handler closes then. */
  expiresAt: number | null;
  bus: InMemoryServerEventBus;
}

/**
 * A 2026-07-28 `subscriptions/listen` whose `resourceSubscriptions` name a scope out of the key's
 * reach, answered as the JSON-RPC error the 2025 `resources/subscribe` gets; undefined otherwise.
 */
function listenRefusal(body: unknown, grant: Grant): object | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const message = body as { id?: unknown; method?: unknown; params?: { notifications?: { resourceSubscriptions?: unknown } } };
  if (message.method !== 'subscriptions/listen') return undefined;
  const uris = message.params?.notifications?.resourceSubscriptions;
  if (!Array.isArray(uris)) return undefined;
  const refused = subscriptionRefusal(
    grant,
    uris.filter((u): u is string => typeof u === 'string'),
  );
  if (!refused) return undefined;
  return { jsonrpc: '2.0', id: message.id ?? null, error: { code: refused.code, message: refused.message, data: refused.data } };
}

function handlerKey(account: string, grant: Grant, keyId?: string | null, expiresAt?: number | null): string {
  return JSON.stringify(keyId === undefined ? [account, grant ?? null] : [account, keyId, grant ?? null, expiresAt ?? null]);
}

function expiryOf(expiresAt: string | null): number | null {
  if (expiresAt === null) return null;
  const ms = Date.parse(expiresAt);
  return Number.isNaN(ms) ? null : ms;
}

function authOf(account: string, keyId: string | null, grant: Grant): AuthInfo {
  return { token: '', clientId: keyId ?? 'local', scopes: [], extra: { account, keyId, grant } };
}

function sessionHeader(req: Request): string | undefined {
  const header = req.headers[SESSION_HEADER];
  return Array.isArray(header) ? header[0] : header;
}
