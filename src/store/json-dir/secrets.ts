import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { ProfileError } from '../../profiles/errors.js';
import { DIR_MODE } from './links.js';

/**
 * A named random secret in the data directory (`secrets/<name>.key`, mode 0600, 32 bytes base64url),
 * created on first use. Every process on the directory reads the same one: the file is written under
 * a unique temp name, fsynced, and linked into place (link fails if another process got there first,
 * and then that process's secret is read) — so no reader ever sees a partial file.
 */
export async function dirSecret(dir: string, name: string): Promise<Uint8Array> {
  if (!/^[a-z0-9-]{1,64}$/.test(name)) throw new Error(`bad secret name ${name}`);
  const folder = join(dir, 'secrets');
  const file = join(folder, `${name}.key`);
  const existing = await readSecret(file);
  if (existing) return existing;
  await fsp.mkdir(folder, { recursive: true, mode: DIR_MODE });
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await fsp.open(tmp, 'wx', 0o600);
  try {
    await handle.writeFile(`${randomBytes(32).toString('base64url')}\n`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  try {
    await fsp.link(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    await fsp.unlink(tmp).catch(() => undefined);
  }
  const made = await readSecret(file);
  if (!made) throw new ProfileError('storage_error', `The secret ${file} could not be read back.`);
  return made;
}

async function readSecret(file: string): Promise<Uint8Array | undefined> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const bytes = Buffer.from(text.trim(), 'base64url');
  if (bytes.length < 32) throw new ProfileError('storage_error', `The secret ${file} is shorter than 32 bytes: remove it to make a new one.`);
  return new Uint8Array(bytes);
}
