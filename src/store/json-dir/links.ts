import { constants, lstatSync, promises as fsp } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import { ProfileError } from '../../profiles/errors.js';
import { log } from '../../log.js';

/** Open flags that refuse to follow a symlink in the last component (ELOOP). */
export const READ_NOFOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);
export const UPDATE_NOFOLLOW = constants.O_RDWR | (constants.O_NOFOLLOW ?? 0);

/** docs/spec.md §8: directories the store creates are 0700 (files are written 0600). */
export const DIR_MODE = 0o700;

/**
 * A symlink found inside the data directory is never followed (a planted link could serve another
 * account's facts): the scope answers storage_error and the log names the link.
 */
export function linkRefused(path: string): ProfileError {
  log.error('refusing a symlink inside the data directory (never followed)', { file: path, recovery: 'remove the link; profile files are plain files' });
  return new ProfileError('storage_error', 'The stored profile of this scope is a symbolic link, which is never followed. The server log names it.');
}

export function isLoop(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ELOOP' || code === 'EMLINK';
}

/** The directories between `root` (excluded: the operator may link the data directory itself) and `file`. */
function dirsBetween(root: string, file: string): string[] {
  const dirs: string[] = [];
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const rel = relative(root, dir);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || dir === dirname(dir)) return dirs;
    dirs.push(dir);
  }
}

/** Throw storage_error when a directory on the way from `root` to `file` is a symlink (missing ones are fine). */
export async function checkDirs(root: string, file: string): Promise<void> {
  for (const dir of dirsBetween(root, file)) {
    const stats = await fsp.lstat(dir).catch(() => null);
    if (stats?.isSymbolicLink()) throw linkRefused(dir);
  }
}

export function checkDirsSync(root: string, file: string): void {
  for (const dir of dirsBetween(root, file)) {
    let link = false;
    try {
      link = lstatSync(dir).isSymbolicLink();
    } catch {
      // missing: nothing to follow
    }
    if (link) throw linkRefused(dir);
  }
}
