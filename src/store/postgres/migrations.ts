import type { Pool } from 'pg';
import { ProfileError } from '../../profiles/errors.js';
import { log } from '../../log.js';
import { storageError } from './errors.js';
import { lease, type Lease } from './pool.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema, as numbered steps. A step is never edited once released: changes go in a new step.
 *
 * - scopes: one row per (account, scope) that has ever been written; `scope` is '' for the global
 *   profile, else the collection id (NULL would break uniqueness). `version` comes from a sequence on
 *   every write, so it never repeats and readers can tell whether their cached document is current.
 *   Writers serialise on an advisory lock of the (account, scope) pair, not on this row.
 * - facts: one row per stored fact. `value` and `history` are `json`, not `jsonb`: json keeps the
 *   text exactly (object key order, "\u0000", lone surrogates), so a document reads back exactly as
 *   written. `ord` is 0 while the scope's facts are in key order (always, for the core), else the
 *   position. `exact_times` keeps the original ISO strings when they are not in the canonical
 *   millisecond UTC form that the timestamptz columns give back. The unique key per scope is checked
 *   at commit, so a write that deletes an expired fact and creates a new one with its key never
 *   conflicts, whatever the statement order.
 * - sessions: one row per dialectic session; `turns` is json.
 * - `written` on facts and sessions is the scope version that last wrote the row, so a process whose
 *   cached document is at version V reloads only the rows written after V (plus the ids, in order).
 * - api_keys: SHA-256 hashes of API keys, never a key. `api_keys_state.generation` changes in the
 *   same transaction as every create or revoke, so servers notice new and revoked keys at once.
 * - (2) scopes.inbox: the review inbox (proposals and remembered rejections) as one json value,
 *   rewritten only when it changes; `inbox_written` is the scope version that last wrote it.
 * - (2) operations: the activity, one immutable row per operation (json `body`, kept exactly), so a
 *   write inserts its own operation and deletes the ones trimmed, never rewriting the rest. Ids grow
 *   with time, so `ord` is 0 and rows read back in id order.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'profiles, facts, sessions and API keys',
    sql: `
CREATE SEQUENCE scope_versions AS bigint;

CREATE TABLE scopes (
  account     text NOT NULL,
  scope       text NOT NULL,
  version     bigint NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account, scope)
);
COMMENT ON COLUMN scopes.scope IS 'empty for the global (account-wide) profile, else the collection id';

CREATE TABLE facts (
  account       text NOT NULL,
  scope         text NOT NULL,
  id            text NOT NULL,
  key           text COLLATE "C" NOT NULL,
  ord           integer NOT NULL DEFAULT 0,
  value         json NOT NULL,
  category      text NOT NULL,
  bucket        text NOT NULL,
  confidence    numeric NOT NULL,
  source        text NOT NULL,
  collection_id text,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  expires_at    timestamptz,
  history       json NOT NULL,
  exact_times   json,
  written       bigint NOT NULL,
  PRIMARY KEY (account, scope, id),
  CONSTRAINT facts_one_per_key UNIQUE (account, scope, key) DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (account, scope) REFERENCES scopes (account, scope) ON DELETE CASCADE
);
CREATE INDEX facts_expiry ON facts (expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE sessions (
  account      text NOT NULL,
  scope        text NOT NULL,
  id           text NOT NULL,
  ord          integer NOT NULL,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  turns        json NOT NULL,
  exact_times  json,
  written      bigint NOT NULL,
  PRIMARY KEY (account, scope, id),
  FOREIGN KEY (account, scope) REFERENCES scopes (account, scope) ON DELETE CASCADE
);

CREATE TABLE api_keys (
  id            text PRIMARY KEY,
  seq           bigint GENERATED ALWAYS AS IDENTITY,
  account       text NOT NULL,
  hash          text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
  created_at    timestamptz NOT NULL,
  last_used_at  timestamptz,
  revoked_at    timestamptz
);

CREATE TABLE api_keys_state (
  singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  generation  bigint NOT NULL
);
INSERT INTO api_keys_state (generation) VALUES (0);
`,
  },
  {
    version: 2,
    name: 'review inbox and activity',
    sql: `
ALTER TABLE scopes
  ADD COLUMN inbox json NOT NULL DEFAULT '{"proposals":[],"rejections":[]}',
  ADD COLUMN inbox_written bigint NOT NULL DEFAULT 0;

CREATE TABLE operations (
  account   text NOT NULL,
  scope     text NOT NULL,
  id        text COLLATE "C" NOT NULL,
  ord       integer NOT NULL DEFAULT 0,
  body      json NOT NULL,
  written   bigint NOT NULL,
  PRIMARY KEY (account, scope, id),
  FOREIGN KEY (account, scope) REFERENCES scopes (account, scope) ON DELETE CASCADE
);
`,
  },
  {
    version: 3,
    name: 'scoped api keys (collection, read-only, expiry)',
    sql: `
ALTER TABLE api_keys
  ADD COLUMN collection_id text,
  ADD COLUMN read_only boolean NOT NULL DEFAULT false,
  ADD COLUMN expires_at timestamptz;
`,
  },
  {
    version: 4,
    name: 'rate limit buckets shared by every process',
    // The layout rate-limiter-flexible's RateLimiterPostgres uses (created here, not by the library at run time).
    sql: `
CREATE TABLE rate_limits (
  key     varchar(255) PRIMARY KEY,
  points  integer NOT NULL DEFAULT 0,
  expire  bigint
);
`,
  },
  {
    version: 5,
    name: 'llm usage: daily token totals per account',
    sql: `
CREATE TABLE llm_usage (
  account        text NOT NULL,
  day            date NOT NULL,
  input_tokens   bigint NOT NULL DEFAULT 0,
  output_tokens  bigint NOT NULL DEFAULT 0,
  calls          integer NOT NULL DEFAULT 0,
  PRIMARY KEY (account, day)
);
`,
  },
  {
    version: 6,
    name: 'oauth state: the built-in authorization server (--oauth builtin)',
    sql: `
CREATE TABLE oauth_state (
  model       text NOT NULL,
  id          text NOT NULL,
  payload     jsonb NOT NULL,
  grant_id    text,
  uid         text,
  user_code   text,
  expires_at  timestamptz,
  PRIMARY KEY (model, id)
);
CREATE INDEX oauth_state_grant_id ON oauth_state (grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX oauth_state_uid ON oauth_state (uid) WHERE uid IS NOT NULL;
CREATE INDEX oauth_state_user_code ON oauth_state (user_code) WHERE user_code IS NOT NULL;
CREATE INDEX oauth_state_expires_at ON oauth_state (expires_at) WHERE expires_at IS NOT NULL;
`,
  },
  {
    version: 7,
    name: 'server secrets: random keys every replica shares (the MCP requestState key)',
    sql: `
CREATE TABLE server_secrets (
  name        text PRIMARY KEY,
  secret      bytea NOT NULL CHECK (octet_length(secret) >= 32),
  created_at  timestamptz NOT NULL DEFAULT now()
);
`,
  },
];

/** Any constant: the session-level advisory lock that makes concurrent starts migrate one at a time. */
const MIGRATION_LOCK = 0x706d6370_00000001n;

export interface MigrationReport {
  /** Steps applied now, in order. */
  applied: Array<{ version: number; name: string }>;
  /** The schema version after migrating. */
  version: number;
}

/**
 * Bring the schema up to date: create `schema_migrations` when missing, then apply each missing step
 * in its own transaction, recording it. Concurrent callers (several servers starting at once) wait
 * for each other. A database migrated by a newer release is refused rather than guessed at.
 */
export async function migrate(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationReport> {
  let held: Lease;
  try {
    held = await lease(pool);
  } catch (err) {
    throw storageError(err, 'connect');
  }
  const client = held.client;
  const applied: MigrationReport['applied'] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK.toString()]);
    try {
      // Only create when missing: a role without CREATE privilege can start servers on a current schema.
      const { rows: found } = await client.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
      if (!found[0]?.present)
        await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version     integer PRIMARY KEY,
        name        text NOT NULL,
        applied_at  timestamptz NOT NULL DEFAULT now()
      )`);
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      const done = new Set(rows.map((r) => r.version));
      const known = Math.max(0, ...migrations.map((m) => m.version));
      const newest = Math.max(0, ...done);
      if (newest > known) {
        log.error('the database schema is newer than this server', { schema_version: newest, known_version: known });
        throw new ProfileError(
          'storage_error',
          `The database schema is at version ${newest}, newer than this release of profile-mcp understands (${known}). Upgrade profile-mcp.`,
        );
      }
      for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(step.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(step.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
        applied.push({ version: step.version, name: step.name });
        log.info('applied a database migration', { version: step.version, name: step.name });
      }
      return { applied, version: Math.max(known, newest) };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK.toString()]).catch(() => undefined);
    }
  } catch (err) {
    throw storageError(err, 'migrate');
  } finally {
    held.release();
  }
}
