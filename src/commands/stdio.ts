import type { McpServer } from '@modelcontextprotocol/server';
import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { serveStdio, StdioServerTransport } from '@modelcontextprotocol/server/stdio';
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
  // One factory serves both eras: a 2025 client opens with initialize, a 2026-07-28 client with
  // server/discover (the SDK may build a probe instance it then discards: it is closed, detaching it).
  const servers = new Set<McpServer>();
  const build = (era: 'legacy' | 'modern'): McpServer => {
    const server = createMcpServer({
      service: app.service,
      account: LOCAL_ACCOUNT,
      actor: { transport: 'stdio', key_id: null },
      hub,
      era,
      reasoners: app.reasoners,
      forwardProcessLogs: true,
    });
    servers.add(server);
    // The content of a malformed line is never logged: it may hold whatever the host had in its buffer.
    server.server.onerror = (err) => log.warn('ignored a message that is not valid JSON-RPC', { error: err.name });
    return server;
  };
  const handle = serveStdio((ctx) => build(ctx.era), {
    transport: new StdioServerTransport(reportingStdin(), process.stdout),
    onerror: (err) => log.debug('stdio: an MCP message was refused or could not be answered', { error: err.name }),
  });
  let closing = false;
  const shutdown = async (why: string) => {
    if (closing) return;
    closing = true;
    log.info(`shutting down (${why})`);
    await app.close().catch(() => undefined);
    await handle.close().catch(() => undefined);
    await Promise.all([...servers].map((s) => s.close().catch(() => undefined)));
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));
  stopWithLauncher((why) => void shutdown(why));
  log.info('stdio server ready', { data: dir });
  return -1; // keep running
}

/**
 * stdin, with every line that is not JSON dropped and reported (SDK v2's reader skips such lines
 * silently; a host writing garbage should see why nothing answers). Its content is never logged.
 */
function reportingStdin(): Transform {
  let pending = '';
  const decoder = new StringDecoder('utf8');
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      pending += decoder.write(chunk);
      let out = '';
      for (let index = pending.indexOf('\n'); index !== -1; index = pending.indexOf('\n')) {
        const line = pending.slice(0, index + 1);
        pending = pending.slice(index + 1);
        try {
          JSON.parse(line);
          out += line;
        } catch {
          log.warn('ignored a message that is not valid JSON-RPC', { error: 'SyntaxError' });
        }
      }
      done(null, out === '' ? undefined : out);
    },
    flush(done) {
      const rest = pending + decoder.end();
      done(null, rest === '' ? undefined : rest);
    },
  });
  process.stdin.pipe(stream);
  return stream;
}
