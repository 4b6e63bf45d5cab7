import { PostgresUsageLedger } from './usage.js';
import { createHash, randomBytes } from 'node:crypto';
import type { Pool, PoolClient, PoolConfig } from 'pg';
import { ProfileError } from '../../profiles/errors.js';
import { emptyScopeDoc, type ScopeDoc, type ScopeRef } from '../../profiles/model.js';
import type { Mutation, Store } from '../../profiles/ports.js';
import { errorFields, log } from '../../log.js';
import { sqlState, storageError } from './errors.js';
import { ChangeListener, type ChangeNotice } from './listen.js';
import { migrate } from './migrations.js';
import { applyBatch, type Job } from '../batch.js';
import { createPool, lease, type Lease } from './pool.js';
import { READ_SQL, WRITE_SQL } from './sql.js';
import type { StoredOperation } from '../../profiles/model.js';
import { diffDocs, docFromTuples, isEmptyChange, type FactTuple, type InboxColumn, type RowChanges, type SessionTuple } from './rows.js';

interface ReadRow {
  version: string;
  /** Whole rows, or ids of rows unchanged since the caller's cached version. */
  facts: Array<FactTuple | string> | null;
  sessions: Array<SessionTuple | string> | null;
  operations: Array<StoredOperation | string> | null;
  /** The inbox, when it changed after the caller's cached version. */
  inbox: InboxColumn | null;
}

interface Cached {
  version: string;
  doc: ScopeDoc;
}

export interface PostgresStoreOptions {
  /** Connection pool size per process (default 10). */
  poolSize?: number;
  /** Scope documents kept in memory per process, most recently used first (default 2000). */
  cacheScopes?: number;
  /** Longest wait for another writer of the same scope before failing with storage_error (default 30 s). */
  lockTimeoutMs?: number;
}

/** First half of every scope's advisory lock key ("pmcp"), so other users of advisory locks never collide. */
const LOCK_CLASS = 0x706d6370;
const CHANNEL_PREFIX = 'profile_mcp_changes';

/**
 * Facts, sessions, the review inbox and the activity in PostgreSQL, so several server processes share
 * one set of tenants.
 *
 * A write is: in-process queue per scope -> BEGIN; advisory lock of (account, scope) -> fresh read
 * (skipped when the cached document is still current) -> run the queued mutations -> one statement
 * that writes only the rows that differ, bumps the scope's version and NOTIFYs other processes ->
 * COMMIT -> resolve. Mutations queued while a cycle runs share the next cycle. Reads are one plain
 * SELECT (a consistent snapshot, never blocking writers) that returns nothing but the version when
 * the cached document is still current.
 */
export class PostgresStore implements Store {
  readonly pool: Pool;
  /** This instance's id in change notices; notices carrying it are its own. */
  readonly origin = randomBytes(8).toString('hex');
  /** Diagnostics: documents loaded from rows, write transactions committed. */
  readonly counters = { loads: 0, writes: 0 };
  /** Per-account daily LLM usage (table llm_usage). */
  readonly usage: PostgresUsageLedger;
  private readonly queues = new Map<string, Job[]>();
  private readonly cache = new Map<string, Cached>();
  private readonly cacheLimit: number;
  private readonly lockTimeoutMs: number;
  private readonly listeners = new Set<(scope: ScopeRef) => void>();
  private listener: ChangeListener | undefined;
  private channel = CHANNEL_PREFIX;
  /** The schema the tables live in: part of every lock key, so deployments in other schemas never contend. */
  private schema = '';
  private closed = false;
  private closing: Promise<void> | undefined;
  private idle: Array<() => void> = [];

  private constructor(
    pool: Pool,
    private readonly connection: PoolConfig,
    options: PostgresStoreOptions,
  ) {
    this.pool = pool;
    this.usage = new PostgresUsageLedger(pool);
    this.cacheLimit = options.cacheScopes ?? 2000;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 30_000;
  }

  /**
   * Connect, bring the schema up to date (versioned migrations) and return the store. Fails with
   * storage_error when the database cannot be reached or migrated.
   */
  static async open(databaseUrl: string, options: PostgresStoreOptions & { migrate?: boolean } = {}): Promise<PostgresStore> {
    const connection: PoolConfig = { connectionString: databaseUrl, application_name: 'profile-mcp' };
    const pool = createPool(connection, options.poolSize ?? 10);
    const store = new PostgresStore(pool, connection, options);
    try {
      if (options.migrate !== false) await migrate(pool);
      const { rows } = await pool.query<{ schema: string | null }>('SELECT current_schema() AS schema');
      store.schema = rows[0]?.schema ?? '';
      store.channel = channelName(rows[0]?.schema ?? null);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw storageError(err, 'start');
    }
    return store;
  }

  async read(scope: ScopeRef): Promise<ScopeDoc> {
    const key = this.check(scope);
    try {
      return await this.load(this.pool, scope, key);
    } catch (err) {
      throw storageError(err, 'read');
    }
  }

  update<R>(scope: ScopeRef, mutate: (doc: ScopeDoc) => Mutation<R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const key = this.check(scope);
      const job: Job = { mutate, resolve: resolve as (value: unknown) => void, reject };
      const queue = this.queues.get(key);
      if (queue) {
        queue.push(job);
        return;
      }
      this.queues.set(key, [job]);
      void this.drain(scope, key);
    });
  }

  async listCollections(account: string): Promise<string[]> {
    if (this.closed) throw closedError();
    try {
      const { rows } = await this.pool.query<{ scope: string }>("SELECT scope FROM scopes WHERE account = $1 AND scope <> ''", [account]);
      return rows.map((r) => r.scope);
    } catch (err) {
      throw storageError(err, 'list');
    }
  }

  async listAccounts(): Promise<string[]> {
    if (this.closed) throw closedError();
    try {
      const { rows } = await this.pool.query<{ account: string }>('SELECT DISTINCT account FROM scopes');
      return rows.map((r) => r.account);
    } catch (err) {
      throw storageError(err, 'list');
    }
  }

  /**
   * Hear about changes to facts committed by other processes (other store instances) on this
   * database and schema. The first call starts the LISTEN connection.
   */
  watch(listener: (scope: ScopeRef) => void): () => void {
    this.listeners.add(listener);
    if (!this.listener && !this.closed) {
      this.listener = new ChangeListener(this.connection, this.channel, (notice) => this.onNotice(notice));
      this.listener.start();
    }
    return () => this.listeners.delete(listener);
  }

  /** The two-part advisory lock key that a write of `scope` holds (for operators and tests). */
  lockOf(scope: ScopeRef): [number, number] {
    return [LOCK_CLASS, lockKey(this.schema, scope)];
  }

  /** Resolves once change notices from other processes are being received (after watch()). */
  async listening(): Promise<void> {
    await this.listener?.ready();
  }

  /** Finish queued writes, stop listening and close the pool. Calling it again waits for the same close. */
  /** Readiness: the database answers a query. */
  /** A random secret shared by every replica on this database (table server_secrets), created on first use. */
  async secret(name: string): Promise<Uint8Array> {
    try {
      await this.pool.query('INSERT INTO server_secrets (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, randomBytes(32)]);
      const { rows } = await this.pool.query<{ secret: Buffer }>('SELECT secret FROM server_secrets WHERE name = $1', [name]);
      return new Uint8Array(rows[0]!.secret);
    } catch (err) {
      throw storageError(err, 'server secret');
    }
  }

  async ready(): Promise<void> {
    try {
      await this.pool.query('SELECT 1');
    } catch (err) {
      throw storageError(err, 'readiness probe');
    }
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      while (this.queues.size > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
      this.closed = true;
      await this.listener?.close();
      await this.pool.end();
    })();
    return this.closing;
  }

  // ---- internals ----

  private check(scope: ScopeRef): string {
    if (this.closed) throw closedError();
    if (scope.collection_id === '') {
      throw new ProfileError('storage_error', 'An empty collection id cannot be stored; use null for the global profile.');
    }
    return JSON.stringify([scope.account, scope.collection_id]);
  }

  private onNotice(notice: ChangeNotice): void {
    if (notice.origin === this.origin) return;
    const scope: ScopeRef = { account: notice.account, collection_id: notice.collection_id };
    for (const listener of this.listeners) {
      try {
        listener(scope);
      } catch (err) {
        log.warn('a change listener failed', errorFields(err));
      }
    }
  }

  /**
   * The scope's document at one snapshot. Returns the cached document when its version is still the
   * stored one (the query then carries no rows), else rebuilds it from rows and caches it.
   */
  private async load(db: Pool | PoolClient, scope: ScopeRef, key: string): Promise<ScopeDoc> {
    const cached = this.cache.get(key);
    const row = await this.readRow(db, scope, cached?.version ?? null);
    if (!row) {
      this.cache.delete(key);
      return emptyScopeDoc();
    }
    if (cached && row.version === cached.version) {
      this.cache.delete(key);
      this.cache.set(key, cached); // most recently used last
      return cached.doc;
    }
    let doc = docFromTuples(row.facts ?? [], row.sessions ?? [], cached?.doc, row.inbox, row.operations ?? []);
    if (!doc) {
      // The cached copy does not match what the rows say was unchanged: load everything.
      const full = await this.readRow(db, scope, null);
      if (!full) {
        this.cache.delete(key);
        return emptyScopeDoc();
      }
      row.version = full.version;
      doc = docFromTuples(full.facts ?? [], full.sessions ?? [], undefined, full.inbox, full.operations ?? [])!;
    }
    this.counters.loads++;
    this.remember(key, row.version, doc);
    return doc;
  }

  /** One snapshot of the scope: its version, and (unless `since` is current) its rows written after `since`. */
  private async readRow(db: Pool | PoolClient, scope: ScopeRef, since: string | null): Promise<ReadRow | undefined> {
    // Named: each connection parses and plans the read once.
    const { rows } = await db.query<ReadRow>({
      name: 'profile_mcp_read_scope',
      text: READ_SQL,
      values: [scope.account, scope.collection_id ?? '', since],
    });
    return rows[0];
  }

  private remember(key: string, version: string, doc: ScopeDoc): void {
    const current = this.cache.get(key);
    if (current && BigInt(current.version) > BigInt(version)) return; // a newer write already cached
    this.cache.delete(key);
    this.cache.set(key, { version, doc });
    while (this.cache.size > this.cacheLimit) this.cache.delete(this.cache.keys().next().value as string);
  }

  /** Run queued jobs of one scope, a batch per transaction, until none are left. */
  private async drain(scope: ScopeRef, key: string): Promise<void> {
    const queue = this.queues.get(key)!;
    while (queue.length > 0) {
      const batch = queue.splice(0, queue.length);
      const failure = await this.cycle(scope, key, batch);
      if (failure === undefined) continue;
      if (batch.length > 1 && isDocumentError(failure)) {
        // The batch's combined document was refused (invalid, or a constraint failed at commit):
        // retry each job alone, so one bad mutation cannot take the others of its batch down.
        for (const job of batch) {
          const alone = await this.cycle(scope, key, [job]);
          if (alone !== undefined) job.reject(storageError(alone, 'write'));
        }
      } else {
        const error = storageError(failure, 'write');
        for (const job of batch) job.reject(error);
      }
    }
    this.queues.delete(key);
    if (this.queues.size === 0) for (const wake of this.idle.splice(0)) wake();
  }

  /**
   * One transaction for a batch: lock, fresh read, mutations, write of the difference, commit. On
   * success every job is settled (a throwing mutation rejects alone); on failure nothing is written,
   * no job is settled and the error is returned.
   */
  private async cycle(scope: ScopeRef, key: string, batch: Job[]): Promise<unknown> {
    let held: Lease | undefined;
    let broken = false;
    try {
      held = await lease(this.pool);
      const client = held.client;
      // Begin and take the scope's lock; the read is a statement of its own after the lock, so its
      // snapshot sees every earlier writer's commit.
      const timeout = Math.max(1, Math.floor(this.lockTimeoutMs));
      await client.query(`BEGIN; SET LOCAL lock_timeout = ${timeout}; SELECT pg_advisory_xact_lock(${LOCK_CLASS}, ${this.lockOf(scope)[1]})`);
      const start = await this.load(client, scope, key);
      const { doc, settle } = applyBatch(batch, start);
      const changes = doc === start ? undefined : diffDocs(start, doc, Date.now());
      if (changes && !isEmptyChange(changes)) {
        const { rows } = await client.query<{ version: string }>({
          name: 'profile_mcp_write_scope',
          text: WRITE_SQL,
          values: this.writeParams(scope, changes),
        });
        await client.query('COMMIT');
        this.counters.writes++;
        this.remember(key, rows[0]!.version, doc);
      } else {
        await client.query('COMMIT');
      }
      settle();
      return undefined;
    } catch (err) {
      if (held)
        broken = !(await held.client.query('ROLLBACK').then(
          () => true,
          () => false,
        ));
      return err;
    } finally {
      // A connection in an unknown state (it failed mid-transaction) is discarded, not reused.
      held?.release(broken);
    }
  }

  private writeParams(scope: ScopeRef, c: RowChanges): unknown[] {
    const f = c.factUpserts;
    const s = c.sessionUpserts;
    const notice: ChangeNotice = { account: scope.account, collection_id: scope.collection_id, origin: this.origin };
    return [
      scope.account,
      scope.collection_id ?? '',
      c.factDeletes,
      f.map((u) => u.row.id),
      f.map((u) => u.row.key),
      f.map((u) => u.ord),
      f.map((u) => u.row.value),
      f.map((u) => u.row.category),
      f.map((u) => u.row.bucket),
      f.map((u) => u.row.confidence),
      f.map((u) => u.row.source),
      f.map((u) => u.row.collection_id),
      f.map((u) => u.row.created_at),
      f.map((u) => u.row.updated_at),
      f.map((u) => u.row.expires_at),
      f.map((u) => u.row.history),
      f.map((u) => u.row.exact_times),
      c.sessionDeletes,
      s.map((u) => u.row.id),
      s.map((u) => u.ord),
      s.map((u) => u.row.created_at),
      s.map((u) => u.row.updated_at),
      s.map((u) => u.row.turns),
      s.map((u) => u.row.exact_times),
      c.factsChanged,
      this.channel,
      JSON.stringify(notice),
      c.operationDeletes,
      c.operationUpserts.map((u) => u.id),
      c.operationUpserts.map((u) => u.ord),
      c.inbox,
      c.operationUpserts.map((u) => u.body),
    ];
  }
}

function channelName(schema: string | null): string {
  if (schema === null || schema === 'public') return CHANNEL_PREFIX;
  const suffix = /^[a-z0-9_]{1,40}$/.test(schema) ? schema : createHash('sha256').update(schema).digest('hex').slice(0, 16);
  return `${CHANNEL_PREFIX}_${suffix}`;
}

/** A stable 32-bit key per (schema, account, scope); a collision only makes two scopes share a lock. */
function lockKey(schema: string, scope: ScopeRef): number {
  return createHash('sha256')
    .update(JSON.stringify([schema, scope.account, scope.collection_id]))
    .digest()
    .readInt32BE(0);
}

/** The document itself was refused: invalid for storage, or a data/constraint error from the database. */
function isDocumentError(err: unknown): boolean {
  if (err instanceof ProfileError) return true;
  const state = sqlState(err);
  return state !== undefined && (state.startsWith('22') || state.startsWith('23'));
}

function closedError(): ProfileError {
  return new ProfileError('storage_error', 'The profile store is closed (the server is shutting down).');
}
