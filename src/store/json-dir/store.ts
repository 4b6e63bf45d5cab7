import { closeSync, constants as fsConstants, fsyncSync, lstatSync, mkdirSync, openSync, promises as fsp, readFileSync, type BigIntStats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Low, LowSync, type Adapter, type SyncAdapter } from 'lowdb';
import { ProfileError } from '../../profiles/errors.js';
import { emptyScopeDoc, type ScopeDoc, type ScopeRef } from '../../profiles/model.js';
import type { Mutation, Store } from '../../profiles/ports.js';
import { errorFields, log } from '../../log.js';
import { applyBatch, rejectAll, type Job } from '../batch.js';
import { decodeName, encodeName } from '../names.js';
import { JsonUsageLedger } from './usage.js';
import { dirSecret } from './secrets.js';
import {
  applyLogPlan,
  applyLogPlanSync,
  logPathOf,
  mergeActivity,
  NO_LOG,
  planActivity,
  readLog,
  readLogSync,
  removeLog,
  removeLogSync,
  type LogRead,
  type LogState,
} from './activity-log.js';
import { writeFileAtomic, writeFileAtomicSync } from './atomic.js';
import { serialiseScopeDoc, validateScopeFile, type ScopeFile } from './format.js';
import { acquireLock, DEFAULT_LOCK_OPTIONS, lockIdentity, stillHeld, tryLockSync, type LockOptions } from './lock.js';
import { checkDirs, checkDirsSync, DIR_MODE, isLoop, linkRefused, READ_NOFOLLOW } from './links.js';

interface CacheEntry {
  stats: BigIntStats;
  doc?: ScopeDoc;
  /** The part of the activity log file that `doc` relies on. */
  log?: LogState;
  error?: ProfileError;
}

/** A committed document and the activity log state it relies on. */
interface Loaded {
  doc: ScopeDoc;
  log: LogState;
}

/**
 * The default store: a directory of JSON files, one per (account, scope).
 *
 *   DIR/accounts/<account>/profile.json                    the account-wide profile
 *   DIR/accounts/<account>/collections/<collection>.json   one file per collection
 *
 * A write is: in-process queue -> cross-process lock -> fresh read -> mutate -> atomic write with
 * fsync -> unlock. A scope's older activity is moved in batches to an append-only log file beside
 * its scope file (see activity-log.ts), so a write never rewrites the whole activity. Writes queued
 * for one scope while a cycle runs share the next cycle (one lock, one write) and are each
 * acknowledged only once that write is durable. Reads are served from a
 * parse cache keyed on the file's identity, size and mtime. A file that does not parse or validate
 * is never overwritten: its scope answers storage_error and the log names the file.
 */
/** A directory listing is cached only when the directory had not changed for this long before it was read. */
const LISTING_SETTLE_NS = 200_000_000n;

export class JsonDirStore implements Store {
  readonly dir: string;
  private readonly lockOptions: LockOptions;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly queues = new Map<string, Job[]>();
  /** Directory listings of collections, by directory, while its mtime holds (listCollections). */
  private readonly listings = new Map<string, { mtimeNs: bigint; ids: string[] }>();
  /** Diagnostics: files parsed (cache misses) and files written since start. */
  readonly counters = { parses: 0, writes: 0 };
  /** Per-account daily LLM usage (accounts/<account>/usage.json). */
  readonly usage: JsonUsageLedger;
  /** Directories this store has created or seen, so a write does not `mkdir -p` every time. */
  private readonly knownDirs = new Set<string>();
  /** Open handles of scope directories, for the fsync that makes each rename durable. */
  private readonly dirHandles = new Map<string, Promise<fsp.FileHandle>>();

  /** Open handles of scope directories for the synchronous write path. */
  private readonly dirFds = new Map<string, number>();
  private readonly syncIo: boolean;

  /**
   * `syncIo`: reads (the stat that validates the cache) and uncontended lock-and-write cycles use
   * synchronous file calls. That saves a thread-pool round trip per file operation — a dozen per
   * write — but blocks the event loop for the duration (fsync included): right for a stdio server
   * with one client, wrong for HTTP. A contended lock always falls back to the asynchronous,
   * retrying path.
   */
  constructor(dir: string, options: { lock?: Partial<LockOptions>; syncIo?: boolean } = {}) {
    this.usage = new JsonUsageLedger(resolve(dir));
    this.dir = resolve(dir);
    this.lockOptions = { ...DEFAULT_LOCK_OPTIONS, ...options.lock };
    this.syncIo = options.syncIo === true;
  }

  /** The file that holds a scope. */
  pathOf(scope: ScopeRef): string {
    const account = join(this.dir, 'accounts', encodeName(scope.account));
    return scope.collection_id === null ? join(account, 'profile.json') : join(account, 'collections', `${encodeName(scope.collection_id)}.json`);
  }

  async read(scope: ScopeRef): Promise<ScopeDoc> {
    const path = this.pathOf(scope);
    return (this.syncIo ? this.loadSync(path) : await this.load(path)).doc;
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

  /**
   * Collection ids from the account's directory listing. The listing of a large account (10,000
   * collections) is kept while the directory's mtime stays the same — any file created, renamed or
   * removed in it changes that — and only when the directory had been still for a while before it
   * was read (a change within the same clock tick could otherwise hide behind an equal mtime).
   */
  async listCollections(account: string): Promise<string[]> {
    const dir = join(this.dir, 'accounts', encodeName(account), 'collections');
    let mtimeNs: bigint;
    try {
      mtimeNs = (await fsp.stat(dir, { bigint: true })).mtimeNs;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      log.error('cannot list a profile directory', { dir, ...errorFields(err) });
      throw new ProfileError('storage_error', 'The profile store cannot be listed. The server log has the details.');
    }
    const cached = this.listings.get(dir);
    if (cached && cached.mtimeNs === mtimeNs) return [...cached.ids];
    const listedAt = BigInt(Date.now()) * 1_000_000n;
    const names = await this.readdir(dir);
    const ids = names.flatMap((name) => {
      const m = /^([^.]+)\.json$/.exec(name);
      const id = m ? decodeName(m[1]!) : null;
      return id === null ? [] : [id];
    });
    ids.sort();
    if (listedAt - mtimeNs > LISTING_SETTLE_NS) this.listings.set(dir, { mtimeNs, ids });
    else this.listings.delete(dir);
    return [...ids];
  }

  async listAccounts(): Promise<string[]> {
    const names = await this.readdir(join(this.dir, 'accounts'));
    return names.map(decodeName).filter((n): n is string => n !== null);
  }

  /** A random secret shared by every process on this directory (src/store/json-dir/secrets.ts). */
  secret(name: string): Promise<Uint8Array> {
    return dirSecret(this.dir, name);
  }

  /** Readiness: the data directory exists (created 0700 if missing) and is readable and writable. */
  async ready(): Promise<void> {
    try {
      await fsp.mkdir(this.dir, { recursive: true, mode: DIR_MODE });
      await fsp.access(this.dir, fsConstants.R_OK | fsConstants.W_OK | fsConstants.X_OK);
    } catch (err) {
      throw asStorageError(err, this.dir);
    }
  }

  async close(): Promise<void> {
    // Wait for queued writes to finish, then let go of the directory handles.
    while (this.queues.size > 0) await new Promise((r) => setTimeout(r, 5));
    const handles = [...this.dirHandles.values()];
    this.dirHandles.clear();
    for (const handle of handles) await handle.then((h) => h.close()).catch(() => undefined);
    for (const fd of this.dirFds.values()) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    this.dirFds.clear();
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
      // Let the writers just acknowledged queue their next writes first, so that they share the
      // next cycle instead of the first of them starting a cycle alone.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.queues.delete(path);
  }

  private async cycle(path: string, batch: Job[]): Promise<void> {
    if (this.syncIo && this.cycleSync(path, batch)) return;
    let release: (() => Promise<void>) | undefined;
    let settle: () => void;
    let held = true;
    try {
      release = await this.lock(path);
      const taken = lockIdentity(path);
      const db = new Low<ScopeDoc>(this.adapter(path), emptyScopeDoc());
      await db.read();
      const start = db.data;
      const applied = applyBatch(batch, db.data);
      db.data = applied.doc;
      if (db.data !== start) {
        held = stillHeld(path, taken);
        if (held) await db.write();
        held &&= stillHeld(path, taken);
      }
      settle = held ? applied.settle : rejectAll(batch, lockLost(path));
    } catch (err) {
      settle = rejectAll(batch, asStorageError(err, path));
    } finally {
      // (A lock another writer took over is theirs now: it is left alone.)
      if (release && held) {
        await release().catch((err: unknown) => log.warn('could not release a profile lock', { file: path, ...errorFields(err) }));
      }
    }
    // Acknowledge only once the data is durable and the lock is free again.
    settle();
  }

  /** The synchronous cycle; false (nothing done) when the lock is busy and the async path must wait for it. */
  private cycleSync(path: string, batch: Job[]): boolean {
    let release: (() => void) | null;
    try {
      release = this.lockSync(path);
    } catch (err) {
      rejectAll(batch, asStorageError(err, path))();
      return true;
    }
    if (release === null) return false;
    let settle: () => void;
    let held = true;
    try {
      const taken = lockIdentity(path);
      const db = new LowSync<ScopeDoc>(this.adapterSync(path), emptyScopeDoc());
      db.read();
      const start = db.data;
      const applied = applyBatch(batch, db.data);
      db.data = applied.doc;
      if (db.data !== start) {
        held = stillHeld(path, taken);
        if (held) db.write();
        held &&= stillHeld(path, taken);
      }
      settle = held ? applied.settle : rejectAll(batch, lockLost(path));
    } catch (err) {
      settle = rejectAll(batch, asStorageError(err, path));
    } finally {
      try {
        if (held) release();
      } catch (err) {
        log.warn('could not release a profile lock', { file: path, ...errorFields(err) });
      }
    }
    settle();
    return true;
  }

  /** Take the scope's lock, creating its directory the first time (or again, if it was removed). */
  private async lock(path: string): Promise<() => Promise<void>> {
    const dir = dirname(path);
    await checkDirs(this.dir, path);
    if (!this.knownDirs.has(dir)) {
      await fsp.mkdir(dir, { recursive: true, mode: DIR_MODE });
      this.knownDirs.add(dir);
    }
    try {
      return await acquireLock(path, this.lockOptions);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      this.knownDirs.delete(dir);
      this.dropDirHandle(dir);
      await fsp.mkdir(dir, { recursive: true, mode: DIR_MODE });
      this.knownDirs.add(dir);
      return acquireLock(path, this.lockOptions);
    }
  }

  private lockSync(path: string): (() => void) | null {
    const dir = dirname(path);
    checkDirsSync(this.dir, path);
    if (!this.knownDirs.has(dir)) {
      mkdirSync(dir, { recursive: true, mode: DIR_MODE });
      this.knownDirs.add(dir);
    }
    try {
      return tryLockSync(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      this.knownDirs.delete(dir);
      this.dropDirHandle(dir);
      mkdirSync(dir, { recursive: true, mode: DIR_MODE });
      this.knownDirs.add(dir);
      return tryLockSync(path);
    }
  }

  private readonly syncDirSync = (dir: string): void => {
    if (process.platform === 'win32') return;
    let fd = this.dirFds.get(dir);
    if (fd === undefined) {
      fd = openSync(dir, 'r');
      this.dirFds.set(dir, fd);
    }
    try {
      fsyncSync(fd);
    } catch (err) {
      this.dirFds.delete(dir);
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      throw err;
    }
  };

  /** fsync a scope directory through a handle kept open for the store's life. */
  private readonly syncDir = async (dir: string): Promise<void> => {
    if (process.platform === 'win32') return;
    let handle = this.dirHandles.get(dir);
    if (!handle) {
      handle = fsp.open(dir, 'r');
      this.dirHandles.set(dir, handle);
    }
    try {
      await (await handle).sync();
    } catch (err) {
      this.dropDirHandle(dir);
      throw err;
    }
  };

  private dropDirHandle(dir: string): void {
    const handle = this.dirHandles.get(dir);
    this.dirHandles.delete(dir);
    void handle?.then((h) => h.close()).catch(() => undefined);
    const fd = this.dirFds.get(dir);
    this.dirFds.delete(dir);
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
  }

  /**
   * lowdb adapter for one scope file (one per write cycle): cached, validated reads; writes that move
   * committed activity to the log first, then replace the scope file atomically with fsync.
   */
  private adapter(path: string): Adapter<ScopeDoc> {
    let start: Loaded = { doc: emptyScopeDoc(), log: NO_LOG };
    return {
      read: async () => {
        start = await this.load(path);
        return start.doc;
      },
      write: async (doc) => {
        const logPath = logPathOf(path);
        let plan: ReturnType<typeof planActivity>;
        try {
          plan = planActivity(start.doc, start.log, doc);
          await applyLogPlan(logPath, start.log, plan, this.syncDir);
          const stats = await writeFileAtomic(path, serialiseScopeDoc(doc, plan.split), this.syncDir);
          this.counters.writes++;
          this.cache.set(path, { stats, doc, log: plan.log });
        } catch (err) {
          this.cache.delete(path);
          throw err;
        }
        if (plan.remove) {
          await removeLog(logPath).catch((err: unknown) =>
            log.warn('could not remove an activity log the scope no longer uses', { file: logPath, ...errorFields(err) }),
          );
        }
      },
    };
  }

  /** The same adapter for the synchronous cycle (stdio's uncontended writes): lowdb's LowSync drives both paths. */
  private adapterSync(path: string): SyncAdapter<ScopeDoc> {
    let start: Loaded = { doc: emptyScopeDoc(), log: NO_LOG };
    return {
      read: () => {
        start = this.loadSync(path);
        return start.doc;
      },
      write: (doc) => {
        const logPath = logPathOf(path);
        let plan: ReturnType<typeof planActivity>;
        try {
          plan = planActivity(start.doc, start.log, doc);
          applyLogPlanSync(logPath, start.log, plan, this.syncDirSync);
          const stats = writeFileAtomicSync(path, serialiseScopeDoc(doc, plan.split), this.syncDirSync);
          this.counters.writes++;
          this.cache.set(path, { stats, doc, log: plan.log });
        } catch (err) {
          this.cache.delete(path);
          throw err;
        }
        if (plan.remove) {
          try {
            removeLogSync(logPath);
          } catch (err) {
            log.warn('could not remove an activity log the scope no longer uses', { file: logPath, ...errorFields(err) });
          }
        }
      },
    };
  }

  private async load(path: string): Promise<Loaded> {
    let stats: BigIntStats;
    try {
      stats = await fsp.lstat(path, { bigint: true });
    } catch (err) {
      return this.missing(err, path);
    }
    if (stats.isSymbolicLink()) throw linkRefused(path);
    return this.fromCache(path, stats) ?? this.parse(path);
  }

  private loadSync(path: string): Loaded {
    let stats: BigIntStats;
    try {
      stats = lstatSync(path, { bigint: true });
    } catch (err) {
      return this.missing(err, path);
    }
    if (stats.isSymbolicLink()) throw linkRefused(path);
    const cached = this.fromCache(path, stats);
    if (cached) return cached;
    checkDirsSync(this.dir, path);
    let text: string;
    let fd: number | undefined;
    try {
      fd = openSync(path, READ_NOFOLLOW);
      text = readFileSync(fd, 'utf8');
      stats = lstatSync(path, { bigint: true });
    } catch (err) {
      if (isLoop(err)) throw linkRefused(path);
      return this.missing(err, path);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    const file = this.accept(path, stats, text);
    let logRead: LogRead | undefined;
    if (file.logged !== null) {
      try {
        logRead = readLogSync(logPathOf(path), file.logged, file.first);
      } catch (err) {
        throw asStorageError(err, logPathOf(path));
      }
    }
    return this.complete(path, stats, file, logRead);
  }

  /** A missing file is an empty scope; any other failure to stat or read is a storage error. */
  private missing(err: unknown, path: string): Loaded {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw asStorageError(err, path);
    this.cache.delete(path);
    return { doc: emptyScopeDoc(), log: NO_LOG };
  }

  /** The cached document when the file is the one parsed last (throws the cached error of a bad file). */
  private fromCache(path: string, stats: BigIntStats): Loaded | undefined {
    const cached = this.cache.get(path);
    if (!cached || !sameFile(cached.stats, stats)) return undefined;
    if (cached.error) throw cached.error;
    return cached.doc ? { doc: cached.doc, log: cached.log ?? NO_LOG } : undefined;
  }

  /** The whole document of a valid scope file: its activity merged with the log's; cached. */
  private complete(path: string, stats: BigIntStats, file: ScopeFile, logRead: LogRead | undefined): Loaded {
    if (file.logged === null || logRead === undefined) {
      this.cache.set(path, { stats, doc: file.doc, log: NO_LOG });
      return { doc: file.doc, log: NO_LOG };
    }
    if ('reason' in logRead) this.refuse(path, stats, `${logRead.reason} (${logPathOf(path)})`);
    const doc = mergeActivity(file.doc, logRead.ops);
    this.cache.set(path, { stats, doc, log: logRead.log });
    return { doc, log: logRead.log };
  }

  private async parse(path: string): Promise<Loaded> {
    await checkDirs(this.dir, path);
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(path, READ_NOFOLLOW);
    } catch (err) {
      if (isLoop(err)) throw linkRefused(path);
      return this.missing(err, path);
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
    const file = this.accept(path, stats, text);
    let logRead: LogRead | undefined;
    if (file.logged !== null) {
      try {
        logRead = await readLog(logPathOf(path), file.logged, file.first);
      } catch (err) {
        throw asStorageError(err, logPathOf(path));
      }
    }
    return this.complete(path, stats, file, logRead);
  }

  /** Validate a file's text; a bad file is logged (by path), cached as bad and refused. */
  private accept(path: string, stats: BigIntStats, text: string): ScopeFile {
    this.counters.parses++;
    const problem = validateScopeFile(text);
    if ('doc' in problem) return problem;
    return this.refuse(path, stats, problem.reason);
  }

  private refuse(path: string, stats: BigIntStats, reason: string): never {
    log.error(`profile file is corrupt and will not be overwritten: ${reason}`, {
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

/**
 * The lock was taken over while this writer held it (it stalled past the stale time, so another process thought it
 * dead): the write is not acknowledged, since the new holder may have read the file before it and will write over it.
 */
function lockLost(path: string): ProfileError {
  log.warn('a profile lock was taken over during a write; the write is not acknowledged', { file: path });
  return new ProfileError('storage_error', 'The profile was busy and the write could not be confirmed; try again.');
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
