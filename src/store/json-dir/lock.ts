import { mkdirSync, rmdirSync, statSync } from 'node:fs';
import { ProfileError } from '../../profiles/errors.js';
import { errorFields, log } from '../../log.js';

type LockfileModule = typeof import('proper-lockfile');

/** proper-lockfile (and the graceful-fs it patches in) loads on the first write, not at start-up. */
let lockfile: LockfileModule | undefined;
const loadLockfile = async (): Promise<LockfileModule> => (lockfile ??= (await import('proper-lockfile')).default);

export interface LockOptions {
  /** A lock whose holder stopped refreshing it for this long is taken over (ms, >= 2000). */
  staleMs: number;
  /** How long to wait for a busy lock before giving up (ms). */
  waitMs: number;
}

export const DEFAULT_LOCK_OPTIONS: LockOptions = { staleMs: 5_000, waitMs: 15_000 };

/**
 * Take the cross-process lock of `path` (a `path.lock` directory, refreshed while held; a holder
 * that died is detected as stale after `staleMs`). Resolves to the release function.
 */
export async function acquireLock(path: string, options: LockOptions): Promise<() => Promise<void>> {
  const deadline = Date.now() + options.waitMs;
  let delay = 1;
  const { lock } = await loadLockfile();
  for (;;) {
    try {
      return await lock(path, {
        realpath: false,
        stale: options.staleMs,
        retries: 0,
        onCompromised: (err) => log.warn('a profile lock was compromised (held past its stale time)', { file: path, ...errorFields(err) }),
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
      if (Date.now() >= deadline) {
        throw new ProfileError('storage_error', 'The profile is locked by another process for too long; try again shortly.');
      }
      await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
      delay = Math.min(delay * 2, 25);
    }
  }
}

/**
 * One attempt at the lock with synchronous calls, speaking proper-lockfile's protocol (the lock is
 * the `path.lock` directory; mkdir takes it, rmdir frees it): the release function, or null when the
 * lock directory exists — held by another writer, or left by a dead one — and the caller must take
 * the asynchronous path, which waits for it or takes a stale one over. A synchronous holder never
 * refreshes the lock's mtime; it holds it only for one write (milliseconds, far below the stale time).
 */
export function tryLockSync(path: string): (() => void) | null {
  const lockPath = `${path}.lock`;
  try {
    mkdirSync(lockPath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw err;
  }
  return () => {
    try {
      rmdirSync(lockPath);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  };
}

/**
 * Which lock directory this is: its inode and birth time. A writer whose lock was taken over (its holder seemed dead:
 * stalled past the stale time under load) finds another directory in its place — removed and made anew — and must
 * not acknowledge its write, nor remove the new holder's lock.
 */
export interface LockIdentity {
  readonly ino: bigint;
  readonly birth: bigint;
}

/** The identity of the lock directory of `path`, or null when there is none. */
export function lockIdentity(path: string): LockIdentity | null {
  try {
    const st = statSync(`${path}.lock`, { bigint: true });
    return { ino: st.ino, birth: st.birthtimeNs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Whether the lock directory of `path` is still the one taken (see lockIdentity). */
export function stillHeld(path: string, taken: LockIdentity | null): boolean {
  const now = lockIdentity(path);
  return taken !== null && now !== null && now.ino === taken.ino && now.birth === taken.birth;
}
