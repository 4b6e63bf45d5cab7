import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach } from 'vitest';
import type { StoreConfig } from '../../src/config.js';
import { JsonDirStore } from '../../src/store/json-dir/store.js';

const opened: JsonDirStore[] = [];

/**
 * A JSON directory store that is closed after the test. A store keeps directory handles open (for
 * fsync); left to the garbage collector they are closed with a DEP0137 warning, and on a loaded machine
 * they pile up. Tests open JSON stores through this (an ESLint rule in eslint.config.js says so);
 * the store contract's harness closes its own.
 */
export function jsonStore(dir: string, options?: ConstructorParameters<typeof JsonDirStore>[1]): JsonDirStore {
  const store = new JsonDirStore(dir, options);
  opened.push(store);
  return store;
}

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

/**
 * Which store the end-to-end suites run on: the JSON directory (default) or, with
 * PROFILE_MCP_TEST_STORE=postgres and PROFILE_MCP_TEST_DATABASE_URL (CI starts a throwaway cluster
 * with scripts/pg.mjs), PostgreSQL — each harness in a fresh schema, so suites never share rows.
 */
export const TEST_STORE: 'json' | 'postgres' = process.env.PROFILE_MCP_TEST_STORE === 'postgres' ? 'postgres' : 'json';

export async function freshStoreConfig(): Promise<StoreConfig & { drop(): Promise<void> }> {
  if (TEST_STORE === 'json') return { kind: 'json', drop: async () => undefined };
  const base = process.env.PROFILE_MCP_TEST_DATABASE_URL;
  if (!base) throw new Error('PROFILE_MCP_TEST_STORE=postgres needs PROFILE_MCP_TEST_DATABASE_URL');
  const schema = `e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    kind: 'postgres',
    databaseUrl: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await c.end();
    },
  };
}
