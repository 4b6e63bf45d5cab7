import { promises as fsp, type BigIntStats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { ProfileError } from '../../profiles/errors.js';
import { emptyScopeDoc, type ScopeDoc, type ScopeRef } from '../../profiles/model.js';
import type { Mutation, Store } from '../../profiles/ports.js';
import { errorFields, log } from '../../log.js';
import { decodeName, encodeName } from '../names.js';
import { writeFileAtomic } from './atomic.js';
import { serialiseScopeDoc, validateScopeFile } from './format.js';
import { acquireLock, DEFAULT_LOCK_OPTIONS, type LockOptions } from './lock.js';

interface CacheEntry {
  stats: BigIntStats;
  doc?: ScopeDoc;
  error?: ProfileError;
}

interface Job {
  mutate: (doc: ScopeDoc) => Mutation<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/**
 * The default store: a directory of JSON files, one per (account, scope).
 *
 *   DIR/accounts/<account>/profile.json                    the account-wide profile
 *   DIR/accounts/<account>/collections/<collection>.json   one file per collection
 *
 * A write is: in-process queue -> cross-process lock -> fresh read -> mutate -> atomic write with
 * fsync -> unlock. Writes queued for one scope while a cycle runs share the next cycle (one lock,
 * one write) and are each acknowledged only once that write is durable. Reads are served from a
 * parse cache keyed on the file's identity, size and mtime. A file that does not parse or validate
 * is never overwritten: its scope answers storage_error and the log names the file.
 */
export class JsonDirStore implements Store {
  readonly dir: string;
  private readonly lockOptions: LockOptions;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly queues = new Map<string, Job[]>();
  /** Diagnostics: files parsed (cache misses) and files written since start. */
  readonly counters = { parses: 0, writes: 0 };

  constructor(dir: string, options: { lock?: Partial<LockOptions> } = {}) {
    this.dir = resolve(dir);
    this.lockOptions = { ...DEFAULT_LOCK_OPTIONS, ...options.lock };
  }

  /** The file that holds a scope. */
  pathOf(scope: ScopeRef): string {
    const account = join(this.dir, 'accounts', encodeName(scope.account));
    return scope.collection_id === null
      ? join(account, 'profile.json')
      : join(account, 'collections', `${encodeName(scope.collection_id)}.json`);
  }

  async read(scope: ScopeRef): Promise<ScopeDoc> {
    return this.load(this.pathOf(scope));
  }

  update<R>(scope: ScopeRef, mutate: (doc: ScopeDoc) => Mutation<R>): Promise<R> {
    const path = this.pathOf(scope);
    return new Promise<R>((resolve, reject) => {
      const job: Job = { mutate, resolve: resolve as (value: unknown) => void, reject };
      const queue = this.queues.get(path);
      if (queue) {
        queue.push(job);
        return;
      }
      this.queues.set(path, [job]);
      void this.drain(path);
    });
  }

  async listCollections(account: string): Promise<string[]> {
    const names = await this.readdir(join(this.dir, 'accounts', encodeName(account), 'collections'));
    return names.flatMap((name) => {
      const m = /^([^.]+)\.json$/.exec(name);
      const id = m ? decodeName(m[1]!) : null;
      return id === null ? [] : [id];
    });
  }

  async listAccounts(): Promise<string[]> {
    const names = await this.readdir(join(this.dir, 'accounts'));
    return names.map(decodeName).filter((n): n is string => n !== null);
  }

  async close(): Promise<void> {
    // Wait for queued writes to finish; nothing else is held open.
    while (this.queues.size > 0) await new Promise((r) => setTimeout(r, 5));
  }

  // ---- internals ----

  private async readdir(dir: string): Promise<string[]> {
    try {
      return await fsp.readdir(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      log.error('cannot list a profile directory', { dir, ...errorFields(err) });
      throw new ProfileError('storage_error', 'The profile store cannot be listed. The server log has the details.');
    }
  }

  /** Run queued jobs of one file, a batch per lock-and-write cycle, until none are left. */
  private async drain(path: string): Promise<void> {
    const queue = this.queues.get(path)!;
    while (queue.length > 0) {
      const batch = queue.splice(0, queue.length);
      await this.cycle(path, batch);
    }
    this.queues.delete(path);
  }

  private async cycle(path: string, batch: Job[]): Promise<void> {
    let release: (() => Promise<void>) | undefined;
    const settled: Array<() => void> = [];
    try {
      await fsp.mkdir(dirname(path), { recursive: true });
      release = await acquireLock(path, this.lockOptions);
      const db = new Low<ScopeDoc>(this.adapter(path), emptyScopeDoc());
      await db.read();
      const start = db.data;
      for (const job of batch) {
        try {
          const mutation = job.mutate(db.data);
          if (mutation.doc) db.data = mutation.doc;
          settled.push(() => job.resolve(mutation.result));
        } catch (err) {
          settled.push(() => job.reject(err));
        }
      }
      if (db.data !== start) await db.write();
    } catch (err) {
      const failure = asStorageError(err, path);
      settled.length = 0;
      for (const job of batch) settled.push(() => job.reject(failure));
    } finally {
      if (release) {
        await release().catch((err: unknown) => log.warn('could not release a profile lock', { file: path, ...errorFields(err) }));
      }
    }
    // Acknowledge only once the data is durable and the lock is free again.
    for (const settle of settled) settle();
  }

  /** lowdb adapter for one scope file: cached, validated reads and atomic, fsync'd writes. */
  private adapter(path: string): Adapter<ScopeDoc> {
    return {
      read: () => this.load(path),
      write: async (doc) => {
        try {
          const stats = await writeFileAtomic(path, serialiseScopeDoc(doc));
          this.counters.writes++;
          this.cache.set(path, { stats, doc });
        } catch (err) {
          this.cache.delete(path);
          throw err;
        }
      },
    };
  }

  private async load(path: string): Promise<ScopeDoc> {
    let stats: BigIntStats;
    try {
      stats = await fsp.stat(path, { bigint: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        this.cache.delete(path);
        return emptyScopeDoc();
      }
      throw asStorageError(err, path);
    }
    const cached = this.cache.get(path);
    if (cached && sameFile(cached.stats, stats)) {
      if (cached.error) throw cached.error;
      return cached.doc!;
    }
    return this.parse(path);
  }

  private async parse(path: string): Promise<ScopeDoc> {
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(path, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyScopeDoc();
      throw asStorageError(err, path);
    }
    let stats: BigIntStats;
    let text: string;
    try {
      stats = await handle.stat({ bigint: true });
      text = await handle.readFile('utf8');
    } catch (err) {
      throw asStorageError(err, path);
    } finally {
      await handle.close().catch(() => undefined);
    }
    this.counters.parses++;
    const problem = validateScopeFile(text);
    if ('doc' in problem) {
      this.cache.set(path, { stats, doc: problem.doc });
      return problem.doc;
    }
    log.error(`profile file is corrupt and will not be overwritten: ${problem.reason}`, {
      file: path,
      recovery: 'run `profile-mcp doctor`; `profile-mcp doctor --repair` moves bad files aside',
    });
    const error = corruptError();
    this.cache.set(path, { stats, error });
    throw error;
  }
}

function sameFile(a: BigIntStats, b: BigIntStats): boolean {
  return a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

function corruptError(): ProfileError {
  return new ProfileError(
    'storage_error',
    'The stored profile of this scope is unreadable or corrupt, so it was left untouched. The server log names the file; `profile-mcp doctor` reports and repairs it.',
  );
}

function asStorageError(err: unknown, path: string): ProfileError {
  if (err instanceof ProfileError) return err;
  log.error('profile storage failed', { file: path, ...errorFields(err) });
  const code = (err as NodeJS.ErrnoException).code;
  const hint =
    code === 'EACCES' || code === 'EPERM'
      ? 'The profile file is not readable or writable by the server (permissions).'
      : code === 'ENOSPC'
        ? 'The disk holding the profiles is full.'
        : 'The profile storage failed.';
  return new ProfileError('storage_error', `${hint} The server log names the file.`);
}
