import { createServer, type Server } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import type { App } from '../app.js';
import type { KeyStore } from '../keys/port.js';
import { LOCAL_ACCOUNT } from '../config.js';
import { errorFields, log } from '../log.js';
import { createHttpApp, type HttpApp } from './app.js';
import type { RateSettings } from '../limits/rate.js';
import { hostName } from './guard.js';
import type { OAuthOptions } from './app.js';

export interface ServeOptions {
  app: App;
  keys: KeyStore;
  host: string;
  port: number;
  allowedHosts?: readonly string[];
  allowedOrigins?: readonly string[];
  /** 2025-era requests on /mcp: stateful sessions (default) or the SDK's stateless legacy mode. */
  legacyMode?: 'stateful' | 'stateless';
  /** How long shutdown waits for in-flight requests (ms). Default 10 s. */
  drainMs?: number;
  sessions?: { idleMs?: number; maxPerAccount?: number; keyCheckMs?: number };
  /** docs/spec.md §8 rate limits (default: from the environment). */
  rates?: RateSettings;
  /** docs/spec.md §8 connection limits and timeouts (tests shorten them). */
  httpLimits?: Partial<HttpLimits>;
  /** OAuth 2.1 beside API keys (docs/oauth.md). */
  oauth?: OAuthOptions;
}

/** docs/spec.md §8: at most 1,024 connections, headers within 10 s, idle keep-alive 5 s, a request received within 60 s. */
export interface HttpLimits {
  maxConnections: number;
  headersTimeoutMs: number;
  keepAliveMs: number;
  /** Time to receive a whole request (headers and body); a response may stream for longer (SSE). */
  requestTimeoutMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = { maxConnections: 1024, headersTimeoutMs: 10_000, keepAliveMs: 5_000, requestTimeoutMs: 60_000 };

export interface RunningServer {
  url: string;
  port: number;
  http: Server;
  edge: HttpApp;
  /** Graceful stop: refuse new connections, let in-flight requests finish (bounded), close MCP sessions, flush. */
  close(): Promise<void>;
}

/** A start-up refusal with a message for the operator (exit code 1). */
export class StartupError extends Error {}

/** 127.0.0.0/8, ::1 and localhost. 0.0.0.0 / :: (every interface) are not loopback. */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (name === 'localhost' || name === '::1' || name === '0:0:0:0:0:0:0:1') return true;
  return isIP(name) === 4 && name.startsWith('127.');
}

/**
 * Start the HTTP server. Refuses to start on a non-loopback host without an active API key. On a
 * loopback host with no key at all the server runs open as the local account, and says so.
 */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const loopback = isLoopbackHost(options.host);
  const keys = await options.keys.list();
  const activeKeys = keys.filter((k) => k.revoked_at === null).length;
  if (!loopback && activeKeys === 0 && options.oauth?.external === undefined) {
    throw new StartupError(
      `Refusing to listen on ${options.host}: it is not a loopback address and there is no API key, so anyone who can reach it could read and change every profile. ` +
        'Create a key first with `profile-mcp keys create --account NAME` (same --data directory), or bind to 127.0.0.1.',
    );
  }
  // The bound name itself (an IP or host name, not a wildcard) is an allowed Host too.
  const bound = options.host === '0.0.0.0' || options.host === '::' ? [] : [hostName(options.host)];
  const edge = createHttpApp({
    app: options.app,
    keys: options.keys,
    allowOpen: loopback,
    allowedHosts: [...bound, ...(options.allowedHosts ?? [])],
    allowedOrigins: options.allowedOrigins ?? [],
    ...(options.legacyMode ? { legacyMode: options.legacyMode } : {}),
    ...(options.sessions ? { sessions: options.sessions } : {}),
    ...(options.rates ? { rates: options.rates } : {}),
    ...(options.oauth ? { oauth: options.oauth } : {}),
  });
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.httpLimits };
  const http = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveMs,
      // How often Node checks the header and request timeouts (its default, 30 s, would let them slip).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    edge.express,
  );
  // Past the cap new connections are closed at once, so a flood of idle sockets cannot take every descriptor.
  http.maxConnections = limits.maxConnections;
  let refusedLogged = 0;
  http.on('drop', () => {
    if (Date.now() - refusedLogged > 10_000) {
      refusedLogged = Date.now();
      log.warn('connection limit reached: new connections are refused', { max_connections: limits.maxConnections });
    }
  });
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new StartupError(`Port ${options.port} on ${options.host} is already in use. Pick another with --port.`)
          : err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND'
            ? new StartupError(`Cannot listen on ${options.host}: no such local address.`)
            : err,
      );
    };
    http.once('error', onError);
    http.listen(options.port, options.host, () => {
      http.off('error', onError);
      resolve();
    });
  });
  http.on('error', (err) => log.error('HTTP server error', errorFields(err)));
  // Requests Node's parser rejects before Express sees them (malformed, headers too large) still
  // get the spec's error object instead of a bare status line.
  http.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const late = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    const body = JSON.stringify({
      error: {
        code: 'validation_error',
        message: tooLarge
          ? 'Request headers (or the URL) are too large.'
          : late
            ? 'The request was not received in time (headers within 10 s, the whole request within 60 s).'
            : 'Malformed HTTP request.',
      },
    });
    const status = tooLarge ? '431 Request Header Fields Too Large' : late ? '408 Request Timeout' : '400 Bad Request';
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    // A client that never reads must not keep the descriptor: give the answer a moment, then cut.
    setTimeout(() => socket.destroy(), 1_000).unref();
  });
  const { port } = http.address() as AddressInfo;
  const shownHost = isIP(options.host) === 6 ? `[${options.host}]` : options.host;
  const url = `http://${shownHost}:${port}`;
  try {
    await edge.startOAuth(url);
  } catch (err) {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    throw new StartupError(`Could not start the built-in OAuth server: ${(err as Error).message}`);
  }

  if (keys.length === 0 && loopback) {
    log.warn(
      `no API keys: serving without authentication as account "${LOCAL_ACCOUNT}" (loopback only). ` +
        'Create a key with `profile-mcp keys create --account NAME` to require keys; the server picks it up at once.',
    );
    if ((options.allowedHosts ?? []).length > 0) {
      log.warn('--allowed-host is set while the server runs without keys: requests relayed under those names are not authenticated either');
    }
  } else {
    log.info('API keys required', { keys: activeKeys });
  }
  log.info(`listening on ${url} — review page: ${url}/`, {
    review_page: `${url}/`,
    mcp: `${url}/mcp`,
    sse: `${url}/sse`,
    rest: `${url}/v1`,
    openapi: `${url}/openapi.json`,
  });

  let closed: Promise<void> | undefined;
  const close = () => (closed ??= shutdown(http, edge, options));
  return { url, port, http, edge, close };
}

async function shutdown(http: Server, edge: HttpApp, options: ServeOptions): Promise<void> {
  edge.beginShutdown();
  const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeIdleConnections();
  const deadline = Date.now() + (options.drainMs ?? 10_000);
  while (edge.inflight() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  if (edge.inflight() > 0) log.warn('shutdown: requests still running after the drain time were cut', { requests: edge.inflight() });
  await edge.sessions.closeAll();
  edge.hub.close();
  http.closeAllConnections();
  await stopped;
  await options.app.close();
  await options.keys.close();
}
