import { openApp } from '../app.js';
import { dataDir, parse, STORE_FLAGS, STORE_USAGE, storeConfig, UsageError } from '../config.js';
import { openKeyStore } from '../store/open.js';
import { serve, StartupError } from '../http/server.js';
import { readEnv } from '../env.js';
import { stopWithLauncher } from '../launcher.js';
import { log } from '../log.js';

export const usage = `Usage: profile-mcp http [--host 127.0.0.1] [--port 8787] [--data DIR]
                        [--allowed-host NAME]... [--allowed-origin ORIGIN]...
                        [--legacy-mode stateful|stateless]
                        [--store json|postgres] [--database-url URL]

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
  const dir = dataDir(values.data);
  const store = storeConfig(values);
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
