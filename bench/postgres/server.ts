// The HTTP server of the benchmark: exactly the `profile-mcp http` stack (serve() from src/http),
// composed on openStore/openKeyStore, optionally as W processes sharing one port (node:cluster
// hands connections to the workers round-robin, like a load balancer in front of W servers).
// Once the CLI takes --store/--database-url, `profile-mcp http --store postgres` is the same thing
// for one process.
//
// Usage: node --import tsx bench/postgres/server.ts --store json|postgres [--data DIR]
//          [--database-url URL] --port N [--workers W]
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import type { App } from '../../src/app.js';
import { serve } from '../../src/http/server.js';
import { log } from '../../src/log.js';
import { ProfileService } from '../../src/profiles/service.js';
import { reasonerFactoryFromEnv } from '../../src/reasoners/index.js';
import { openKeyStore, openStore } from '../../src/store/open.js';

const { values } = parseArgs({
  options: {
    store: { type: 'string', default: 'json' },
    data: { type: 'string', default: '' },
    'database-url': { type: 'string' },
    port: { type: 'string', default: '0' },
    workers: { type: 'string', default: '1' },
  },
});
const kind = values.store === 'postgres' ? 'postgres' : 'json';
const workers = Math.max(1, Number(values.workers));

if (workers > 1 && cluster.isPrimary) {
  let ready = 0;
  for (let i = 0; i < workers; i++) {
    const worker = cluster.fork();
    worker.on('message', (m: unknown) => {
      if (m === 'ready' && ++ready === workers) log.info(`all ${workers} workers listening`, { port: values.port });
    });
  }
  cluster.on('exit', (worker, code) => {
    if (code !== 0) log.error('a worker died', { pid: worker.process.pid, code });
  });
  const stop = () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} else {
  const options = { kind, dataDir: values.data!, databaseUrl: values['database-url'] } as const;
  const store = await openStore(options);
  const keys = await openKeyStore(options);
  const service = new ProfileService({ store });
  const app: App = { store, service, reasoners: reasonerFactoryFromEnv(process.env), close: () => store.close() };
  const server = await serve({ app, keys, host: '127.0.0.1', port: Number(values.port) });
  process.send?.('ready');
  const stop = () => {
    // close() drains requests, then closes the store and the key store.
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
