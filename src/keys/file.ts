import { promises as fsp, type BigIntStats } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { ProfileError } from '../profiles/errors.js';
import { writeFileAtomic } from '../store/json-dir/atomic.js';
import { acquireLock, DEFAULT_LOCK_OPTIONS, type LockOptions } from '../store/json-dir/lock.js';
import { errorFields, log } from '../log.js';
import { findHash, generateKey, hashKey, identityOf, isExpired, newKeyRecord } from './format.js';
import { LastUsed } from './last-used.js';
import type { ApiKeyRecord, CreatedKey, KeyIdentity, KeyOptions, KeyStore } from './port.js';

const StoredKey = z
  .object({
    id: z.string().min(1),
    account: z.string().min(1),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    // Absent in files written before scoped keys: an unrestricted, never-expiring key.
    collection_id: z.string().nullable().optional(),
    read_only: z.boolean().optional(),
    expires_at: z.string().nullable().optional(),
    created_at: z.string(),
    last_used_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
  })
  .strict();
type StoredKey = z.infer<typeof StoredKey>;

const KeysFile = z.object({ version: z.literal(1), keys: z.array(StoredKey) }).strict();
type KeysFile = z.infer<typeof KeysFile>;

/** Last-used times are written at most this often per key. */

export function keysPath(dataDir: string): string {
  return join(dataDir, 'keys.json');
}

/**
 * API keys in DATA/keys.json (mode 0600): only SHA-256 hashes, never a key. Writes use the store's
 * cross-process lock, a fresh read and an atomic fsync'd write, so `keys create` in another process
 * while the server runs is safe; the server re-reads the file whenever its size or mtime changes.
 * A file that does not parse is never overwritten: verification then fails with storage_error.
 */
export class JsonFileKeyStore implements KeyStore {
  readonly path: string;
  private readonly lockOptions: LockOptions;
  private readonly clock: () => number;
  private cache: { stats: BigIntStats; file?: KeysFile; error?: ProfileError } | undefined;
  private readonly lastUsed: LastUsed;

  constructor(dataDir: string, options: { lock?: Partial<LockOptions>; clock?: () => number } = {}) {
    this.path = keysPath(dataDir);
    this.lockOptions = { ...DEFAULT_LOCK_OPTIONS, ...options.lock };
    this.clock = options.clock ?? Date.now;
    this.lastUsed = new LastUsed((times) => this.writeLastUsed(times), this.clock);
  }

  async create(account: string, options: KeyOptions = {}): Promise<CreatedKey> {
    const key = generateKey();
    const record = newKeyRecord(account, this.clock(), options);
    await this.mutate((file) => ({ version: 1, keys: [...file.keys, { ...record, hash: hashKey(key) }] }));
    return { key, record };
  }

  async list(): Promise<ApiKeyRecord[]> {
    const file = await this.load();
    return file.keys.map((k) => this.lastUsed.overlay(publicRecord(k)));
  }

  async revoke(id: string): Promise<ApiKeyRecord | null> {
    let found: StoredKey | undefined;
    await this.mutate((file) => {
      const at = new Date(this.clock()).toISOString();
      const keys = file.keys.map((k) => {
        if (k.id !== id) return k;
        found = k.revoked_at === null ? { ...k, revoked_at: at } : k;
        return found;
      });
      return found ? { version: 1, keys } : null;
    });
    return found ? publicRecord(found) : null;
  }

  async verify(key: string): Promise<KeyIdentity | null> {
    const file = await this.load();
    const now = this.clock();
    const active = file.keys.filter((k) => k.revoked_at === null && !isExpired(k.expires_at ?? null, now));
    const index = findHash(
      key,
      active.map((k) => k.hash),
    );
    if (index < 0) return null;
    const match = active[index]!;
    this.lastUsed.note(match.id);
    return identityOf(publicRecord(match));
  }

  async identity(id: string): Promise<KeyIdentity | null> {
    const found = (await this.load()).keys.find((k) => k.id === id);
    if (!found || found.revoked_at !== null || isExpired(found.expires_at ?? null, this.clock())) return null;
    return identityOf(publicRecord(found));
  }

  async close(): Promise<void> {
    await this.lastUsed.close();
  }

  // ---- internals ----

  private async writeLastUsed(times: ReadonlyMap<string, string>): Promise<void> {
    try {
      await this.mutate((file) => {
        let changed = false;
        const keys = file.keys.map((k) => {
          const at = times.get(k.id);
          if (at === undefined || (k.last_used_at !== null && k.last_used_at >= at)) return k;
          changed = true;
          return { ...k, last_used_at: at };
        });
        return changed ? { version: 1, keys } : null;
      });
    } catch (err) {
      log.warn('could not record when API keys were last used', errorFields(err));
    }
  }

  /** Lock, read fresh, apply `change` (null = nothing to write), write atomically, unlock. */
  private async mutate(change: (file: KeysFile) => KeysFile | null): Promise<void> {
    const dir = dirname(this.path);
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 }).catch((err: unknown) => {
      throw storageError(err, this.path);
    });
    let release: (() => Promise<void>) | undefined;
    try {
      release = await acquireLock(this.path, this.lockOptions);
      this.cache = undefined;
      const next = change(await this.load());
      if (next) {
        const stats = await writeFileAtomic(this.path, `${JSON.stringify(next, null, 2)}\n`);
        this.cache = { stats, file: next };
      }
    } catch (err) {
      throw storageError(err, this.path);
    } finally {
      if (release) await release().catch((err: unknown) => log.warn('could not release the keys lock', errorFields(err)));
    }
  }

  private async load(): Promise<KeysFile> {
    let stats: BigIntStats;
    try {
      stats = await fsp.stat(this.path, { bigint: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        this.cache = undefined;
        return { version: 1, keys: [] };
      }
      throw storageError(err, this.path);
    }
    const cached = this.cache;
    if (cached && sameFile(cached.stats, stats)) {
      if (cached.error) throw cached.error;
      return cached.file!;
    }
    let text: string;
    try {
      // Stats and text from one handle, so the cache never pairs a file's stats with another's text.
      const handle = await fsp.open(this.path, 'r');
      try {
        stats = await handle.stat({ bigint: true });
        text = await handle.readFile('utf8');
      } finally {
        await handle.close().catch(() => undefined);
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, keys: [] };
      throw storageError(err, this.path);
    }
    let parsed: unknown;
    let valid = true;
    try {
      parsed = JSON.parse(text);
    } catch {
      valid = false;
    }
    const result = valid ? KeysFile.safeParse(parsed) : undefined;
    if (!result?.success) {
      const error = corrupt(this.path, valid ? 'does not match the keys file format' : 'not valid JSON');
      this.cache = { stats, error };
      throw error;
    }
    this.cache = { stats, file: result.data };
    return result.data;
  }
}

function publicRecord(k: StoredKey): ApiKeyRecord {
  return {
    id: k.id,
    account: k.account,
    collection_id: k.collection_id ?? null,
    read_only: k.read_only ?? false,
    expires_at: k.expires_at ?? null,
    created_at: k.created_at,
    last_used_at: k.last_used_at,
    revoked_at: k.revoked_at,
  };
}

function sameFile(a: BigIntStats, b: BigIntStats): boolean {
  return a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

function corrupt(path: string, reason: string): ProfileError {
  log.error(`the API keys file is ${reason} and will not be overwritten`, { file: path });
  return new ProfileError('storage_error', 'The API keys file is unreadable or corrupt, so it was left untouched. The server log names the file.');
}

function storageError(err: unknown, path: string): ProfileError {
  if (err instanceof ProfileError) return err;
  log.error('API key storage failed', { file: path, ...errorFields(err) });
  return new ProfileError('storage_error', 'The API keys file could not be read or written. The server log names the file.');
}
