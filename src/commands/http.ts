import { openApp } from '../app.js';
import { dataDir, parse, STORE_FLAGS, STORE_USAGE, storeConfig, UsageError } from '../config.js';
import { openKeyStore } from '../store/open.js';
import { isLoopbackHost, serve, StartupError } from '../http/server.js';
import { oauthStorageIn } from '../oauth/storage.js';
import { readEnv } from '../env.js';
import { stopWithLauncher } from '../launcher.js';
import { log } from '../log.js';
import type { OAuthOptions } from '../http/app.js';
import { checkIssuerUrl } from '../oauth/external.js';
import { SCOPES } from '../oauth/resource.js';

function checked(check: () => string): string {
  try {
    return check();
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** The OAuth settings the flags ask for; `builtin` is turned into storage once the store is open. */
export interface OAuthFlags extends Omit<OAuthOptions, 'builtin'> {
  builtin?: true;
  /** --oauth-cimd-allow-host, normalised to `name` or `name:port` (lower case). */
  cimdAllowHosts?: string[];
}

/** One --oauth-cimd-allow-host entry: a host name or IP, optionally with a port, nothing else. */
export function cimdAllowHost(entry: string): string {
  const text = entry.trim();
  let url: URL | undefined;
  try {
    url = /^[^/?#@\\\s]+$/.test(text) ? new URL(`https://${text}`) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || url.hostname === '' || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new UsageError(`--oauth-cimd-allow-host takes HOST or HOST:PORT (no scheme or path), e.g. clients.lan:8443: ${entry}`);
  }
  // Keep an explicit port, the default one too (URL drops ":443"): "name:443" allows that port only.
  const port = /:(\d+)$/.exec(text)?.[1];
  return (port !== undefined ? `${url.hostname}:${Number(port)}` : url.hostname).toLowerCase();
}

/** --public-url, --oauth builtin and --oauth-* (flags win over PROFILE_MCP_PUBLIC_URL and PROFILE_MCP_OAUTH*). */
export function oauthOptions(values: Record<string, unknown>): OAuthFlags {
  const env = readEnv(
    [
      'PROFILE_MCP_PUBLIC_URL',
      'PROFILE_MCP_OAUTH',
      'PROFILE_MCP_OAUTH_ISSUER',
      'PROFILE_MCP_OAUTH_AUDIENCE',
      'PROFILE_MCP_OAUTH_ACCOUNT_CLAIM',
      'PROFILE_MCP_OAUTH_JWKS_URL',
      'PROFILE_MCP_OAUTH_CIMD_ALLOW_HOSTS',
    ],
    process.env,
    'OAuth configuration',
  );
  const flag = (name: string) => (typeof values[name] === 'string' ? (values[name] as string).trim() : undefined) || undefined;
  const publicUrl = flag('public-url') ?? env.PROFILE_MCP_PUBLIC_URL;
  const issuer = flag('oauth-issuer') ?? env.PROFILE_MCP_OAUTH_ISSUER;
  const audience = flag('oauth-audience') ?? env.PROFILE_MCP_OAUTH_AUDIENCE;
  const accountClaim = flag('oauth-account-claim') ?? env.PROFILE_MCP_OAUTH_ACCOUNT_CLAIM ?? 'sub';
  const jwksUrl = flag('oauth-jwks-url') ?? env.PROFILE_MCP_OAUTH_JWKS_URL;
  const defaultScope = flag('oauth-default-scope');
  const collectionClaim = flag('oauth-collection-claim');
  const mode = flag('oauth') ?? env.PROFILE_MCP_OAUTH;
  if (mode !== undefined && mode !== 'builtin') throw new UsageError(`--oauth takes builtin (the server's own authorization server): ${mode}`);
  const options: OAuthFlags = {};
  if (publicUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(publicUrl);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
      throw new UsageError(`--public-url (or PROFILE_MCP_PUBLIC_URL) takes an origin like https://profiles.example.com (no path): ${publicUrl}`);
    }
    options.publicUrl = url.origin;
  }
  const hostFlags = Array.isArray(values['oauth-cimd-allow-host']) ? (values['oauth-cimd-allow-host'] as unknown[]).map(String) : [];
  const hostList = hostFlags.length > 0 ? hostFlags : (env.PROFILE_MCP_OAUTH_CIMD_ALLOW_HOSTS?.split(',').filter((h) => h.trim() !== '') ?? []);
  if (mode === 'builtin') {
    if (issuer !== undefined) throw new UsageError('--oauth builtin and --oauth-issuer exclude each other: pick one authorization server.');
    options.builtin = true;
    if (hostList.length > 0) options.cimdAllowHosts = [...new Set(hostList.map(cimdAllowHost))];
  } else if (hostList.length > 0) {
    throw new UsageError(
      '--oauth-cimd-allow-host (or PROFILE_MCP_OAUTH_CIMD_ALLOW_HOSTS) needs --oauth builtin: it names hosts our authorization server may fetch client metadata from.',
    );
  }
  if (issuer === undefined) {
    if (
      audience !== undefined ||
      jwksUrl !== undefined ||
      defaultScope !== undefined ||
      collectionClaim !== undefined ||
      flag('oauth-account-claim') !== undefined
    ) {
      throw new UsageError(
        '--oauth-audience, --oauth-account-claim, --oauth-collection-claim, --oauth-jwks-url and --oauth-default-scope need --oauth-issuer URL.',
      );
    }
    return options;
  }
  if (audience === undefined) throw new UsageError('--oauth-issuer needs --oauth-audience AUD (the audience your identity provider puts in its tokens).');
  for (const [name, claim] of [
    ['--oauth-account-claim', accountClaim],
    ['--oauth-collection-claim', collectionClaim],
  ] as const) {
    if (claim !== undefined && !/^[A-Za-z0-9_.:/-]{1,128}$/.test(claim)) throw new UsageError(`${name} must be a claim name such as sub or email: ${claim}`);
  }
  const defaultScopes = defaultScope === undefined ? [] : defaultScope.split(/[\s,]+/).filter(Boolean);
  for (const scope of defaultScopes) {
    if (!(SCOPES as readonly string[]).includes(scope)) throw new UsageError(`--oauth-default-scope takes ${SCOPES.join(' and/or ')}: ${scope}`);
  }
  options.external = {
    issuer: checked(() => checkIssuerUrl(issuer, '--oauth-issuer')),
    audience,
    accountClaim,
    ...(collectionClaim !== undefined ? { collectionClaim } : {}),
    ...(jwksUrl !== undefined ? { jwksUrl: checked(() => checkIssuerUrl(jwksUrl, '--oauth-jwks-url')) } : {}),
    ...(defaultScopes.length > 0 ? { defaultScopes } : {}),
  };
  return options;
}

export const usage = `Usage: profile-mcp http [--host 127.0.0.1] [--port 8787] [--data DIR]
                        [--allowed-host NAME]... [--allowed-origin ORIGIN]...
                        [--legacy-mode stateful|stateless]
                        [--store json|postgres] [--database-url URL]
                        [--public-url URL] [--oauth builtin [--oauth-cimd-allow-host HOST[:PORT]]...]
                        [--oauth-issuer URL --oauth-audience AUD
                         [--oauth-account-claim CLAIM] [--oauth-collection-claim CLAIM]
                         [--oauth-jwks-url URL] [--oauth-default-scope SCOPES]]

Serve MCP over Streamable HTTP (/mcp) and legacy HTTP+SSE (GET /sse + POST /messages), the REST
API (/v1/...), GET /healthz and GET /openapi.json, in one process.

Every route but /healthz and /openapi.json needs "Authorization: Bearer <key>" (make keys with
\`profile-mcp keys create --account NAME\`). With no keys at all and a loopback host the server runs
open as the local account; on any other host it refuses to start without a key.

Options:
  --host HOST             address to bind (default 127.0.0.1; 0.0.0.0 for every interface)
  --port PORT             port (default PROFILE_MCP_PORT or 8787; 0 picks a free one)
  --data DIR              data directory (default: $PROFILE_MCP_DATA or ~/.profile-mcp)
  --allowed-host NAME     also accept this Host name (a public name or a proxy's); repeatable
  --allowed-origin ORIGIN also accept requests from this browser origin (https://app.example); repeatable
  --legacy-mode MODE      2025-era MCP clients on /mcp: stateful sessions (default; behind a load
                          balancer they need sticky routing) or stateless (any replica answers; no
                          sessions, GET stream or resumption); default PROFILE_MCP_LEGACY_MODE.
                          2026-07-28 clients are always stateless (docs/protocol.md)
  --public-url URL        the origin clients use (https://profiles.example.com behind a TLS proxy);
                          named in OAuth metadata and challenges (default: from the request)
  --oauth builtin         run our own OAuth authorization server on this origin: clients register,
                          the owner approves on a consent page with an API key (docs/oauth.md)
  --oauth-cimd-allow-host H  a host (HOST or HOST:PORT) whose client metadata documents may be fetched
                          although it resolves to a private or loopback address (LAN clients);
                          repeatable; default PROFILE_MCP_OAUTH_CIMD_ALLOW_HOSTS (comma-separated)
  --oauth-issuer URL      also accept access tokens (JWTs) from this identity provider (docs/oauth.md)
  --oauth-audience AUD    the audience those tokens must carry (required with --oauth-issuer)
  --oauth-account-claim C the claim that names the account (default sub)
  --oauth-collection-claim C  a claim that, when present, limits the token to that collection
  --oauth-jwks-url URL    the issuer's JWKS (default: jwks_uri from its metadata)
  --oauth-default-scope S scopes for tokens that carry no scope claim ("profile:read"); default: refused
${STORE_USAGE}
  -h, --help              show this help`;

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    host: { type: 'string' },
    port: { type: 'string' },
    data: { type: 'string' },
    'allowed-host': { type: 'string', multiple: true },
    'allowed-origin': { type: 'string', multiple: true },
    'legacy-mode': { type: 'string' },
    'public-url': { type: 'string' },
    oauth: { type: 'string' },
    'oauth-cimd-allow-host': { type: 'string', multiple: true },
    'oauth-issuer': { type: 'string' },
    'oauth-audience': { type: 'string' },
    'oauth-account-claim': { type: 'string' },
    'oauth-collection-claim': { type: 'string' },
    'oauth-jwks-url': { type: 'string' },
    'oauth-default-scope': { type: 'string' },
    ...STORE_FLAGS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host must not be empty.');
  const portText = values.port ?? readEnv(['PROFILE_MCP_PORT']).PROFILE_MCP_PORT ?? '8787';
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65535) throw new UsageError('--port (or PROFILE_MCP_PORT) must be a number from 0 to 65535.');
  for (const origin of values['allowed-origin'] ?? []) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) throw new UsageError(`--allowed-origin takes an origin like https://app.example.com (no path): ${origin}`);
  }
  for (const name of values['allowed-host'] ?? []) {
    if (name.trim() === '' || /[/\s]/.test(name)) throw new UsageError(`--allowed-host takes a host name without scheme or path: ${name}`);
  }
  const legacyMode = values['legacy-mode'] ?? readEnv(['PROFILE_MCP_LEGACY_MODE']).PROFILE_MCP_LEGACY_MODE;
  if (legacyMode !== 'stateful' && legacyMode !== 'stateless') throw new UsageError('--legacy-mode must be stateful or stateless.');
  const flags = oauthOptions(values);
  if (flags.builtin && flags.publicUrl === undefined && !isLoopbackHost(host)) {
    throw new UsageError(`--oauth builtin on ${host} needs --public-url (the origin clients reach the server at): it is the issuer named in every token.`);
  }
  const dir = dataDir(values.data);
  const store = storeConfig(values);
  const { builtin, cimdAllowHosts, ...rest } = flags;
  const oauth: OAuthOptions = {
    ...rest,
    ...(builtin ? { builtin: { storage: oauthStorageIn(dir), ...(cimdAllowHosts ? { cimdAllowHosts } : {}) } } : {}),
  };
  const app = await openApp({ dataDir: dir, store });
  const keys = await openKeyStore({ ...store, dataDir: dir });
  let server;
  try {
    server = await serve({
      app,
      keys,
      host,
      port,
      allowedHosts: values['allowed-host'] ?? [],
      allowedOrigins: values['allowed-origin'] ?? [],
      legacyMode,
      oauth,
    });
  } catch (err) {
    await app.close().catch(() => undefined);
    await keys.close().catch(() => undefined);
    if (err instanceof StartupError) {
      process.stderr.write(`profile-mcp: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  log.info(store.kind === 'postgres' ? 'store: postgres' : 'data directory', store.kind === 'postgres' ? {} : { data: dir });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`shutting down (${signal}): finishing in-flight requests`);
    server.close().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        log.error('shutdown failed', { error: String(err) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGHUP', () => stop('SIGHUP'));
  stopWithLauncher(stop);
  return -1; // keep running
}
