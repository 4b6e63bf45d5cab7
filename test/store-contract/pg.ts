import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { configureLog } from '../../src/log.js';
import { findPgBin, startCluster, stopCluster } from '../../scripts/pg.mjs';

/**
 * PostgreSQL for tests. PROFILE_MCP_TEST_DATABASE_URL names a server (CI starts one with
 * scripts/pg.mjs); without it, this file's tests start their own throwaway cluster, and skip loudly
 * only when no PostgreSQL server binaries are installed. Each test gets a fresh schema, so tests and
 * test files never see each other's rows (nor each other's change notices: the channel is per schema).
 */
export const PG_BIN: string | null = process.env.PROFILE_MCP_TEST_DATABASE_URL ? 'external' : findPgBin();
export const PG_AVAILABLE = PG_BIN !== null;

if (!PG_AVAILABLE) {
  process.stderr.write(
    '\n*** PostgreSQL tests SKIPPED: no PostgreSQL server binaries (install the Debian package "postgresql")\n' +
      '*** and PROFILE_MCP_TEST_DATABASE_URL is not set.\n\n',
  );
}

export interface PgHarness {
  /** URL of the database (default search_path). */
  readonly baseUrl: string;
  /** A fresh, empty schema; the URL makes it the connection's search_path. */
  freshUrl(): Promise<string>;
  /** A plain client on the URL, closed after the file's tests. */
  client(url: string): Promise<pg.Client>;
}

/** Register beforeAll/afterAll hooks that provide a database for the file's tests. */
export function usePostgres(): PgHarness {
  configureLog({ level: 'warn' }); // every fresh schema logs its migration at info
  let baseUrl = '';
  let clusterDir: string | undefined;
  const schemas: string[] = [];
  const clients: pg.Client[] = [];
  let admin: pg.Client | undefined;

  beforeAll(async () => {
    if (!PG_AVAILABLE) return;
    if (process.env.PROFILE_MCP_TEST_DATABASE_URL) {
      baseUrl = process.env.PROFILE_MCP_TEST_DATABASE_URL;
    } else {
      const cluster = await startCluster();
      clusterDir = cluster.dir;
      baseUrl = cluster.url;
    }
    admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
  }, 120_000);

  afterAll(async () => {
    for (const c of clients.splice(0)) await c.end().catch(() => undefined);
    if (admin) {
      for (const s of schemas.splice(0)) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`).catch(() => undefined);
      await admin.end().catch(() => undefined);
    }
    if (clusterDir) await stopCluster(clusterDir);
  }, 120_000);

  return {
    get baseUrl() {
      return baseUrl;
    },
    async freshUrl() {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      await admin!.query(`CREATE SCHEMA ${schema}`);
      schemas.push(schema);
      const url = new URL(baseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return url.toString();
    },
    async client(url: string) {
      const c = new pg.Client({ connectionString: url });
      c.on('error', () => undefined); // a test may terminate backends on purpose
      await c.connect();
      clients.push(c);
      return c;
    },
  };
}
