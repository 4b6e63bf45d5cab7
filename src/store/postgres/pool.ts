import pg from 'pg';
import type { Pool, PoolClient, PoolConfig } from 'pg';
import { log } from '../../log.js';
import { pgErrorFields } from './errors.js';

/** A pool whose idle-connection errors are logged instead of crashing the process. */
export function createPool(connection: PoolConfig, size: number): Pool {
  const pool = new pg.Pool({ ...connection, max: size, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000, keepAlive: true });
  pool.on('error', (err) => log.warn('an idle PostgreSQL connection failed', pgErrorFields(err)));
  return pool;
}

/**
 * A connection checked out of the pool for a transaction. While checked out, a connection that dies
 * emits 'error' on the client (the pool only listens while it is idle): without a listener that would
 * crash the process. `release()` returns it, or discards it when it failed or `discard` is set.
 */
export interface Lease {
  client: PoolClient;
  release(discard?: boolean): void;
}

export async function lease(pool: Pool): Promise<Lease> {
  const client = await pool.connect();
  let failed = false;
  const onError = (err: Error) => {
    failed = true;
    log.debug('a PostgreSQL connection in use failed', pgErrorFields(err));
  };
  client.on('error', onError);
  let released = false;
  return {
    client,
    release(discard = false) {
      if (released) return;
      released = true;
      client.off('error', onError);
      client.release(discard || failed ? true : undefined);
    },
  };
}
