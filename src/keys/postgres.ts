import type { Pool, PoolClient } from 'pg';
import { errorFields, log } from '../log.js';
import { storageError } from '../store/postgres/errors.js';
import { migrate } from '../store/postgres/migrations.js';
import { createPool, lease, type Lease } from '../store/postgres/pool.js';
import { LastUsed } from './last-used.js';
import { findHash, generateKey, hashKey, identityOf, isExpired, newKeyRecord } from './format.js';
import type { ApiKeyRecord, CreatedKey, KeyIdentity, KeyOptions, KeyStore } from './port.js';

interface ActiveKey {
  id: string;
  account: string;
  hash: Buffer;
  collection_id: string | null;
  read_only: boolean;
  expires_at: string | null;
}

interface KeyRow {
  id: string;
  account: string;
  collection_id: string | null;
  read_only: boolean;
  expires_at: Date | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/**
 * API keys in the api_keys table: only SHA-256 hashes, never a key. Every create and revoke bumps
 * `api_keys_state.generation` in the same transaction; `verify` reads the generation (one row) and
 * reloads the active hashes only when it moved, so a key revoked by any process stops working at
 * once. The presented key's hash is compared with every active hash in constant time (no lookup by
 * hash, no early exit). Last-used times are written at most once a minute per key, in batches.
 */
export class PostgresKeyStore implements KeyStore {
  private readonly pool: Pool;
  private readonly ownsPool: boolean;
  private readonly clock: () => number;
  private active: { generation: string; keys: ActiveKey[] } | undefined;
  private readonly lastUsed: LastUsed;

  /** Use a pool whose database is already migrated (e.g. PostgresStore's); close() leaves it open. */
  constructor(pool: Pool, options: { clock?: () => number; ownsPool?: boolean } = {}) {
    this.pool = pool;
    this.ownsPool = options.ownsPool ?? false;
    this.clock = options.clock ?? Date.now;
    this.lastUsed = new LastUsed((times) => this.writeLastUsed(times), this.clock);
  }

  /** Connect to the database at `url`, migrate it, and own the pool (close() ends it). */
  static async open(url: string, options: { clock?: () => number } = {}): Promise<PostgresKeyStore> {
    const pool = createPool({ connectionString: url, application_name: 'profile-mcp keys' }, 2);
    try {
      await migrate(pool);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw err;
    }
    return new PostgresKeyStore(pool, { ...options, ownsPool: true });
  }

  async create(account: string, options: KeyOptions = {}): Promise<CreatedKey> {
    const key = generateKey();
    const record = newKeyRecord(account, this.clock(), options);
    await this.changing('create', async (db) => {
      await db.query('INSERT INTO api_keys (id, account, hash, created_at, collection_id, read_only, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        record.id,
        account,
        hashKey(key),
        record.created_at,
        record.collection_id,
        record.read_only,
        record.expires_at,
      ]);
    });
    return { key, record };
  }

  async list(): Promise<ApiKeyRecord[]> {
    let rows: KeyRow[];
    try {
      ({ rows } = await this.pool.query<KeyRow>(
        'SELECT id, account, collection_id, read_only, expires_at, created_at, last_used_at, revoked_at FROM api_keys ORDER BY seq',
      ));
    } catch (err) {
      throw storageError(err, 'keys list');
    }
    return rows.map((row) => this.lastUsed.overlay(publicRecord(row)));
  }

  async revoke(id: string): Promise<ApiKeyRecord | null> {
    const at = new Date(this.clock()).toISOString();
    let found: KeyRow | undefined;
    await this.changing('revoke', async (db) => {
      const { rows } = await db.query<KeyRow>(
        `UPDATE api_keys SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1
         RETURNING id, account, collection_id, read_only, expires_at, created_at, last_used_at, revoked_at`,
        [id, at],
      );
      found = rows[0];
    });
    return found ? publicRecord(found) : null;
  }

  async verify(key: string): Promise<KeyIdentity | null> {
    const now = this.clock();
    const keys = (await this.activeKeys()).filter((k) => !isExpired(k.expires_at, now));
    const match =
      keys[
        findHash(
          key,
          keys.map((k) => k.hash),
        )
      ];
    if (!match) return null;
    this.lastUsed.note(match.id);
    return identityOf(match);
  }

  async identity(id: string): Promise<KeyIdentity | null> {
    // The active keys are cached per generation: a revoke anywhere bumps it, so this is current.
    const found = (await this.activeKeys()).find((k) => k.id === id);
    return found && !isExpired(found.expires_at, this.clock()) ? identityOf(found) : null;
  }

  async close(): Promise<void> {
    await this.lastUsed.close();
    if (this.ownsPool) await this.pool.end();
  }

  // ---- internals ----

  /** The active keys, reloaded in the same snapshot as the generation whenever it moved. */
  private async activeKeys(): Promise<ActiveKey[]> {
    const known = this.active?.generation ?? null;
    let rows: Array<{ generation: string; keys: Array<[string, string, string, string | null, boolean, string | null]> | null }>;
    try {
      ({ rows } = await this.pool.query({
        name: 'profile_mcp_active_keys',
        text: `SELECT generation::text AS generation,
           CASE WHEN generation = $1::bigint THEN NULL ELSE
             (SELECT coalesce(json_agg(json_build_array(id, account, hash, collection_id, read_only,
               to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))), '[]'::json) FROM api_keys WHERE revoked_at IS NULL)
           END AS keys
         FROM api_keys_state`,
        values: [known],
      }));
    } catch (err) {
      throw storageError(err, 'keys verify');
    }
    const row = rows[0];
    if (!row) throw storageError(new Error('api_keys_state is empty'), 'keys verify');
    if (row.keys === null && this.active) return this.active.keys;
    const keys = (row.keys ?? []).map(([id, account, hash, collection_id, read_only, expires_at]) => ({
      id,
      account,
      hash: Buffer.from(hash, 'hex'),
      collection_id,
      read_only,
      expires_at,
    }));
    this.active = { generation: row.generation, keys };
    return keys;
  }

  /** A create or revoke: the change and a generation bump in one transaction. */
  private async changing(what: string, change: (db: PoolClient) => Promise<void>): Promise<void> {
    let held: Lease;
    try {
      held = await lease(this.pool);
    } catch (err) {
      throw storageError(err, `keys ${what}`);
    }
    const client = held.client;
    try {
      await client.query('BEGIN');
      await change(client);
      await client.query('UPDATE api_keys_state SET generation = generation + 1');
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw storageError(err, `keys ${what}`);
    } finally {
      held.release();
    }
  }

  private async writeLastUsed(times: ReadonlyMap<string, string>): Promise<void> {
    try {
      await this.pool.query(
        `UPDATE api_keys k SET last_used_at = u.at
         FROM unnest($1::text[], $2::timestamptz[]) AS u(id, at)
         WHERE k.id = u.id AND (k.last_used_at IS NULL OR k.last_used_at < u.at)`,
        [[...times.keys()], [...times.values()]],
      );
    } catch (err) {
      log.warn('could not record when API keys were last used', errorFields(storageError(err, 'keys last-used')));
    }
  }
}

function publicRecord(row: KeyRow): ApiKeyRecord {
  return {
    id: row.id,
    account: row.account,
    collection_id: row.collection_id,
    read_only: row.read_only,
    expires_at: row.expires_at?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
    last_used_at: row.last_used_at?.toISOString() ?? null,
    revoked_at: row.revoked_at?.toISOString() ?? null,
  };
}
