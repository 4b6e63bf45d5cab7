import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { acquireLock, DEFAULT_LOCK_OPTIONS } from '../store/json-dir/lock.js';
import { writeFileAtomic } from '../store/json-dir/atomic.js';

/**
 * Where `--oauth builtin` keeps its state (clients, grants, codes, tokens, sessions, interactions and
 * its own secrets): the oidc-provider adapter contract over the configured store, so several
 * replicas on one store share it. Transport-free; the provider itself is in builtin.ts.
 */

/** oidc-provider's stored object: plain JSON, with the fields it indexes by. */
export interface StoredPayload {
  [key: string]: unknown;
  grantId?: string;
  uid?: string;
  userCode?: string;
  consumed?: number;
}

/** oidc-provider's Adapter interface, for one model ("AccessToken", "Client", …). */
export interface ModelAdapter {
  upsert(id: string, payload: StoredPayload, expiresIn?: number): Promise<void>;
  find(id: string): Promise<StoredPayload | undefined>;
  findByUserCode(userCode: string): Promise<StoredPayload | undefined>;
  findByUid(uid: string): Promise<StoredPayload | undefined>;
  consume(id: string): Promise<void>;
  destroy(id: string): Promise<void>;
  revokeByGrantId(grantId: string): Promise<void>;
}

export interface OAuthStorage {
  adapter(model: string): ModelAdapter;
  /** The value stored under `id`, or `make()` stored there first: one winner when replicas start together. */
  once(id: string, make: () => StoredPayload): Promise<StoredPayload>;
}

interface Entry {
  payload: StoredPayload;
  /** Epoch ms; null = never. */
  expiresAt: number | null;
}

interface OAuthFile {
  version: 1;
  entries: Record<string, Entry>;
}

const now = () => Date.now();
const live = (e: Entry | undefined, t = now()): e is Entry => e !== undefined && (e.expiresAt === null || e.expiresAt > t);
const expiry = (expiresIn: number | undefined) => (expiresIn === undefined ? null : now() + expiresIn * 1000);

/**
 * JSON directory store: one file, `oauth.json`, in the data directory (mode 0600). Every change takes
 * the file's cross-process lock, reads it fresh, applies the change, drops expired entries and
 * replaces the file atomically (the same helpers as the profiles), so replicas on one directory agree.
 */
export function jsonOAuthStorage(dataDir: string): OAuthStorage {
  const path = join(dataDir, 'oauth.json');
  const read = async (): Promise<OAuthFile> => {
    let text: string;
    try {
      text = await fsp.readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, entries: {} };
      throw err;
    }
    const parsed = JSON.parse(text) as OAuthFile;
    if (parsed?.version !== 1 || typeof parsed.entries !== 'object' || parsed.entries === null) {
      throw new Error(`${path} is not an OAuth state file this version understands; move it away to start over.`);
    }
    return parsed;
  };
  let queue: Promise<unknown> = Promise.resolve();
  const change = (mutate: (entries: Record<string, Entry>) => void): Promise<void> => {
    const run = queue.then(async () => {
      await fsp.mkdir(dataDir, { recursive: true });
      const release = await acquireLock(path, DEFAULT_LOCK_OPTIONS);
      try {
        const file = await read();
        mutate(file.entries);
        const t = now();
        for (const [k, e] of Object.entries(file.entries)) if (!live(e, t)) delete file.entries[k];
        await writeFileAtomic(path, `${JSON.stringify(file)}\n`);
      } finally {
        await release();
      }
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const findWhere = async (model: string, field: 'uid' | 'userCode', value: string) => {
    const { entries } = await read();
    const prefix = `${model}:`;
    for (const [k, e] of Object.entries(entries)) if (k.startsWith(prefix) && live(e) && e.payload[field] === value) return e.payload;
    return undefined;
  };
  return {
    once: async (id, make) => {
      let value: StoredPayload | undefined;
      await change((entries) => {
        const key = `ProfileMcpOnce:${id}`;
        const found = entries[key];
        if (found) value = found.payload;
        else entries[key] = { payload: (value = make()), expiresAt: null };
      });
      return value!;
    },
    adapter: (model) => ({
      upsert: (id, payload, expiresIn) =>
        change((entries) => {
          entries[`${model}:${id}`] = { payload, expiresAt: expiry(expiresIn) };
        }),
      find: async (id) => {
        const e = (await read()).entries[`${model}:${id}`];
        return live(e) ? e.payload : undefined;
      },
      findByUid: (uid) => findWhere(model, 'uid', uid),
      findByUserCode: (code) => findWhere(model, 'userCode', code),
      consume: (id) =>
        change((entries) => {
          const e = entries[`${model}:${id}`];
          if (e) e.payload.consumed = Math.floor(now() / 1000);
        }),
      destroy: (id) =>
        change((entries) => {
          delete entries[`${model}:${id}`];
        }),
      revokeByGrantId: (grantId) =>
        change((entries) => {
          for (const [k, e] of Object.entries(entries)) if (e.payload.grantId === grantId) delete entries[k];
        }),
    }),
  };
}

/** PostgreSQL store: the oauth_state table (migration 6), shared by every replica. */
export function postgresOAuthStorage(pool: Pool): OAuthStorage {
  const LIVE = '(expires_at IS NULL OR expires_at > now())';
  const one = async (sql: string, params: unknown[]) => {
    const { rows } = await pool.query<{ payload: StoredPayload }>(sql, params);
    return rows[0]?.payload;
  };
  return {
    once: async (id, make) => {
      await pool.query(`INSERT INTO oauth_state (model, id, payload) VALUES ('ProfileMcpOnce', $1, $2) ON CONFLICT (model, id) DO NOTHING`, [
        id,
        JSON.stringify(make()),
      ]);
      const found = await one(`SELECT payload FROM oauth_state WHERE model = 'ProfileMcpOnce' AND id = $1`, [id]);
      if (!found) throw new Error('oauth_state lost the server secrets');
      return found;
    },
    adapter: (model) => ({
      upsert: async (id, payload, expiresIn) => {
        await pool.query(
          `INSERT INTO oauth_state (model, id, payload, grant_id, uid, user_code, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::int IS NULL THEN NULL ELSE now() + make_interval(secs => $7::int) END)
           ON CONFLICT (model, id) DO UPDATE SET payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id, uid = EXCLUDED.uid,
             user_code = EXCLUDED.user_code, expires_at = EXCLUDED.expires_at`,
          [model, id, JSON.stringify(payload), payload.grantId ?? null, payload.uid ?? null, payload.userCode ?? null, expiresIn ?? null],
        );
        // Expired rows of this model are dropped now and then, by whichever replica writes.
        if (Math.random() < 0.02) await pool.query('DELETE FROM oauth_state WHERE model = $1 AND expires_at < now()', [model]);
      },
      find: (id) => one(`SELECT payload FROM oauth_state WHERE model = $1 AND id = $2 AND ${LIVE}`, [model, id]),
      findByUid: (uid) => one(`SELECT payload FROM oauth_state WHERE model = $1 AND uid = $2 AND ${LIVE} LIMIT 1`, [model, uid]),
      findByUserCode: (code) => one(`SELECT payload FROM oauth_state WHERE model = $1 AND user_code = $2 AND ${LIVE} LIMIT 1`, [model, code]),
      consume: async (id) => {
        await pool.query(
          `UPDATE oauth_state SET payload = payload || jsonb_build_object('consumed', extract(epoch FROM now())::bigint) WHERE model = $1 AND id = $2`,
          [model, id],
        );
      },
      destroy: async (id) => {
        await pool.query('DELETE FROM oauth_state WHERE model = $1 AND id = $2', [model, id]);
      },
      revokeByGrantId: async (grantId) => {
        await pool.query('DELETE FROM oauth_state WHERE grant_id = $1', [grantId]);
      },
    }),
  };
}

/** The storage that goes with the store: the PostgreSQL store's pool when there is one, else `oauth.json` in the data directory. */
export function oauthStorageIn(dataDir: string): (pool?: Pool) => OAuthStorage {
  return (pool) => (pool ? postgresOAuthStorage(pool) : jsonOAuthStorage(dataDir));
}
