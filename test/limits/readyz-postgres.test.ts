import { describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.js';
import { serve } from '../../src/http/server.js';
import { openKeyStore } from '../../src/store/open.js';
import { startCluster, stopCluster } from '../../scripts/pg.mjs';
import { PG_BIN } from '../store-contract/pg.js';
import { tempDir } from '../helpers/tmp.js';
import { raw } from '../http/helpers.js';

/** Issue 15: /healthz said ok while PostgreSQL was down; /readyz now tells a load balancer. */
describe.skipIf(PG_BIN === null || PG_BIN === 'external')('/readyz with the PostgreSQL store', () => {
  it('is 200 while the database answers and 503 once it is down; /healthz (liveness) stays 200', async () => {
    const cluster = await startCluster();
    let stopped = false;
    const dir = tempDir();
    const store = { kind: 'postgres' as const, databaseUrl: cluster.url };
    const app = await openApp({
      dataDir: dir,
      store,
      reasoners: () => {
        throw new Error('unused');
      },
    });
    const keys = await openKeyStore({ ...store, dataDir: dir });
    const server = await serve({ app, keys, host: '127.0.0.1', port: 0, drainMs: 100 });
    try {
      expect((await raw(server.url, '/readyz')).status).toBe(200);
      await stopCluster(cluster.dir);
      stopped = true;
      const down = await raw(server.url, '/readyz');
      expect(down.status).toBe(503);
      expect(down.json.error.code).toBe('storage_error');
      expect((await raw(server.url, '/healthz')).status).toBe(200);
    } finally {
      await server.close().catch(() => undefined);
      if (!stopped) await stopCluster(cluster.dir);
    }
  }, 60_000);
});
