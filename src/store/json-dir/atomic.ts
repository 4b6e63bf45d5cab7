import { promises as fsp, type BigIntStats } from 'node:fs';
import { dirname } from 'node:path';

let sequence = 0;

/**
 * Replace `path` with `text` so that a reader or a crash sees either the old file or the new one:
 * write a uniquely named temp file (mode 0600), fsync it, rename it over the target, fsync the
 * directory. Returns the new file's stats (rename keeps inode, size and mtime).
 */
export async function writeFileAtomic(path: string, text: string): Promise<BigIntStats> {
  const tmp = `${path}.${process.pid}.${++sequence}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(tmp, 'wx', 0o600);
    await handle.writeFile(text, 'utf8');
    await handle.datasync();
    const stats = await handle.stat({ bigint: true });
    await handle.close();
    handle = undefined;
    await fsp.rename(tmp, path);
    await fsyncDirectory(dirname(path));
    return stats;
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fsp.unlink(tmp).catch(() => undefined);
    throw err;
  }
}

export async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await fsp.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temp files left by a writer that died between open and rename. */
export const TEMP_FILE = /\.json\.\d+\.\d+\.[a-z0-9]*\.tmp$/;
