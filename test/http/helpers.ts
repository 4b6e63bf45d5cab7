import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { openApp, type App } from '../../src/app.js';
import type { KeyStore } from '../../src/keys/port.js';
import type { StorageLimits } from '../../src/profiles/quota.js';
import { DEFAULT_RATES } from '../../src/limits/rate.js';
import { openKeyStore } from '../../src/store/open.js';
import { freshStoreConfig } from '../helpers/store.js';
import type { StoreConfig } from '../../src/config.js';
import { serve, type RunningServer, type ServeOptions } from '../../src/http/server.js';
import { reasonerFactoryFromEnv } from '../../src/reasoners/index.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Harness {
  dir: string;
  /** The store this server runs on: pass it to another harness for a second replica on the same data. */
  store: StoreConfig;
  app: App;
  keys: KeyStore;
  server: RunningServer;
  url: string;
  port: number;
  /** Make a key for an account (as `keys create` would). */
  key(account: string): Promise<string>;
  /** Another key store on the same keys (as a second process, e.g. `keys create`, would open it). */
  openKeys(): Promise<KeyStore>;
  close(): Promise<void>;
}

/** A real server listening on 127.0.0.1:0 over a fresh data directory. */
export async function startHarness(
  options: Partial<Omit<ServeOptions, 'app' | 'keys'>> & {
    dir?: string;
    /** Run on another harness's store (a second replica): not dropped on close. Default: a fresh one. */
    store?: StoreConfig;
    accounts?: string[];
    /** Reasoner settings (PROFILE_MCP_REASONER, ANTHROPIC_*); default {} = offline over REST, whatever the test's env. */
    reasonerEnv?: NodeJS.ProcessEnv;
    /** PROFILE_MCP_LLM_DAILY_TOKENS for this server. */
    llmDailyTokens?: number;
    /** Storage limits (docs/spec.md §8); default: the service's defaults. */
    limits?: Partial<StorageLimits>;
  } = {},
): Promise<Harness & { tokens: Record<string, string> }> {
  // Our own temp dir (not tmp.ts's per-test one): a harness may live across the tests of a file.
  const own = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'profile-mcp-http-'));
  // JSON directory by default; PostgreSQL (a fresh schema) with PROFILE_MCP_TEST_STORE=postgres.
  const store = options.store ? { ...options.store, drop: async () => undefined } : await freshStoreConfig();
  const app: App = await openApp({
    dataDir: dir,
    store,
    reasoners: reasonerFactoryFromEnv(options.reasonerEnv ?? {}),
    limits: options.limits ?? {},
    llmDailyTokens: options.llmDailyTokens,
  });
  const keys = await openKeyStore({ ...store, dataDir: dir });
  const tokens: Record<string, string> = {};
  for (const account of options.accounts ?? []) tokens[account] = (await keys.create(account)).key;
  const { store: _s, accounts: _a, dir: _d, reasonerEnv: _r, limits: _l, llmDailyTokens: _t, ...rest } = options;
  // Rate limits are off unless a test asks for them (suites that fire hundreds of requests test other things).
  const server = await serve({ app, keys, host: '127.0.0.1', port: 0, rates: { ...DEFAULT_RATES, enabled: false }, ...rest });
  return {
    dir,
    store,
    app,
    keys,
    server,
    url: server.url,
    port: server.port,
    tokens,
    key: async (account) => (await keys.create(account)).key,
    openKeys: () => openKeyStore({ ...store, dataDir: dir }),
    close: async () => {
      await server.close();
      await store.drop();
      if (own) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: any;
}

export interface RawOptions {
  method?: string;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  key?: string;
}

/** One HTTP request with full control over the headers (Host, Origin, Content-Type). */
export function raw(base: string, path: string, options: RawOptions = {}): Promise<RawResponse> {
  const url = new URL(path, base);
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let payload: Buffer | undefined;
  if (options.body !== undefined) {
    payload = Buffer.from(typeof options.body === 'string' ? options.body : JSON.stringify(options.body), 'utf8');
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type') && typeof options.body !== 'string') {
      headers['content-type'] = 'application/json';
    }
    headers['content-length'] = String(payload.length);
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method ?? 'GET', headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/** A REST client bound to one server and key. */
export function rest(base: string, key?: string) {
  const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => raw(base, path, { method, body, key, headers });
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, body),
    patch: (path: string, body?: unknown) => call('PATCH', path, body),
    delete: (path: string, body?: unknown) => call('DELETE', path, body),
    call,
  };
}
