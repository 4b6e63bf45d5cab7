import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { openApp } from '../app.js';
import { dataDir, LOCAL_ACCOUNT, parse, STORE_FLAGS, STORE_USAGE, storeConfig } from '../config.js';
import { createMcpServer } from '../mcp/server.js';
import { SubscriptionHub } from '../mcp/subscriptions.js';
import { stopWithLauncher } from '../launcher.js';
import { log } from '../log.js';

export const usage = `Usage: profile-mcp [stdio] [--data DIR] [--store json|postgres] [--database-url URL]

Run the MCP server over stdio for one local user (no auth). This is what agent hosts launch.
Only protocol messages go to stdout; logs go to stderr.

Options:
  --data DIR         data directory (default: $PROFILE_MCP_DATA or ~/.profile-mcp)
${STORE_USAGE}
  -h, --help         show this help`;

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, { data: { type: 'string' }, ...STORE_FLAGS, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const dir = dataDir(values.data);
  // One client: writes may run synchronously (no thread-pool round trips; see JsonDirStore).
  const app = await openApp({ dataDir: dir, store: storeConfig(values), syncIo: true });
  const hub = new SubscriptionHub(app.service);
  const server = createMcpServer({
    service: app.service,
    account: LOCAL_ACCOUNT,
    actor: { transport: 'stdio', key_id: null },
    hub,
    reasoners: app.reasoners,
    forwardProcessLogs: true,
  });
  const transport = new StdioServerTransport();
  let closing = false;
  const shutdown = async (why: string) => {
    if (closing) return;
    closing = true;
    log.info(`shutting down (${why})`);
    await app.close().catch(() => undefined);
    await server.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));
  stopWithLauncher((why) => void shutdown(why));
  // When the host closes stdin, in-flight calls finish and answer, then the process exits on its own.
  await server.connect(transport);
  // The content of a malformed line is never logged: it may hold whatever the host had in its buffer.
  server.server.onerror = (err) => log.warn('ignored a message that is not valid JSON-RPC', { error: err.name });
  log.info('stdio server ready', { data: dir });
  return -1; // keep running
}
