import lockfile from 'proper-lockfile';
import { ProfileError } from '../../profiles/errors.js';
import { errorFields, log } from '../../log.js';

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
  for (;;) {
    try {
      return await lockfile.lock(path, {
        realpath: false,
        stale: options.staleMs,
        retries: 0,
        onCompromised: (err) => log.warn('a profile lock was compromised (held past its stale time)', { file: path, ...errorFields(err) }),
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
      if (Date.now() >= deadline) {
        throw new ProfileError(
          'storage_error',
          'The profile is locked by another process for too long; try again shortly.',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
      delay = Math.min(delay * 2, 25);
    }
  }
}
