import { closeSync, fdatasyncSync, fstatSync, openSync, promises as fsp, renameSync, unlinkSync, writeSync, type BigIntStats } from 'node:fs';
import { dirname } from 'node:path';

let sequence = 0;

/**
 * Replace `path` with `text` so that a reader or a crash sees either the old file or the new one:
 * write a uniquely named temp file (mode 0600), fdatasync it, rename it over the target, fsync the
 * directory (the rename itself must be durable). Returns the new file's stats (rename keeps inode,
 * size and mtime). `dirSync` fsyncs the directory; the store passes one that reuses an open handle.
 */
export async function writeFileAtomic(path: string, text: string | Buffer, dirSync: (dir: string) => Promise<void> = fsyncDirectory): Promise<BigIntStats> {
  const tmp = `${path}.${process.pid}.${++sequence}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(tmp, 'wx', 0o600);
    await handle.writeFile(text);
    const [, stats] = await Promise.all([handle.datasync(), handle.stat({ bigint: true })]);
    await handle.close();
    handle = undefined;
    await fsp.rename(tmp, path);
    await dirSync(dirname(path));
    return stats;
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fsp.unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** The same steps with synchronous calls (no thread-pool round trips), for single-client stdio servers. */
export function writeFileAtomicSync(path: string, text: string | Buffer, dirSync: (dir: string) => void): BigIntStats {
  const tmp = `${path}.${process.pid}.${++sequence}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
    fdatasyncSync(fd);
    const stats = fstatSync(fd, { bigint: true });
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
    dirSync(dirname(path));
    return stats;
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      // never created, or already renamed
    }
    throw err;
  }
}

/** Make a rename in `dir` durable. Windows cannot open a directory for fsync (and needs no such step). */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fsp.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temp files left by a writer that died between open and rename. */
export const TEMP_FILE = /\.jsonl?\.\d+\.\d+\.[a-z0-9]*\.tmp$/;
