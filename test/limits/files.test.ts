import { lstatSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addLogSink } from '../../src/log.js';
import { tempDir } from '../helpers/tmp.js';
import { TEST_STORE, jsonStore } from '../helpers/store.js';
import { raw, rest, startHarness } from '../http/helpers.js';

/** Issue 15, attack 5: directories were 0755, symlinks inside the data directory were followed. */

const mode = (path: string) => statSync(path).mode & 0o777;

/** Every directory and file under `dir` (not `dir` itself), with lstat. */
function walk(dir: string): Array<{ path: string; dir: boolean }> {
  const out: Array<{ path: string; dir: boolean }> = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const isDir = lstatSync(path).isDirectory();
    out.push({ path, dir: isDir });
    if (isDir) out.push(...walk(path));
  }
  return out;
}

const logs: Array<{ message: string; fields: Record<string, unknown> }> = [];
const unhook = addLogSink((_level, message, fields) => logs.push({ message, fields }));
afterEach(() => {
  logs.length = 0;
});
void unhook;

describe.skipIf(TEST_STORE !== 'json')('JSON directory store: permissions and symlinks', () => {
  it('creates directories 0700 and files 0600 (data directory, accounts, collections, keys file, activity)', async () => {
    const parent = tempDir();
    const dir = join(parent, 'data');
    const h = await startHarness({ dir, accounts: ['acme'] });
    try {
      const api = rest(h.url, h.tokens.acme);
      await api.patch('/v1/profile', { role: 'Engineer' });
      await api.patch('/v1/profile', { role: 'Designer', collection_id: 'c1' });
      expect(mode(dir)).toBe(0o700);
      const entries = walk(dir);
      expect(entries.some((e) => e.path.endsWith('c1.json'))).toBe(true);
      for (const e of entries) expect([e.path, mode(e.path)]).toEqual([e.path, e.dir ? 0o700 : 0o600]);
    } finally {
      await h.close();
    }
  });

  it("a planted symlink to another account's profile answers storage_error, serves nothing, and the log names it", async () => {
    const dir = tempDir();
    const h = await startHarness({ dir, accounts: ['victim', 'evil'] });
    try {
      const victim = rest(h.url, h.tokens.victim);
      const evil = rest(h.url, h.tokens.evil);
      await victim.patch('/v1/profile', { secret: 'victim-only', collection_id: 'private' });
      // Another local user (or a bug) plants a link in the attacker's account.
      const target = join(dir, 'accounts', 'victim', 'collections', 'private.json');
      const evilCollections = join(dir, 'accounts', 'evil', 'collections');
      mkdirSync(evilCollections, { recursive: true });
      symlinkSync(target, join(evilCollections, 'stolen.json'));
      const read = await evil.get('/v1/profile?collection_id=stolen');
      expect(read.status).toBe(500);
      expect(read.json.error.code).toBe('storage_error');
      expect(read.text).not.toContain('victim-only');
      const write = await evil.patch('/v1/profile', { x: 1, collection_id: 'stolen' });
      expect(write.json.error.code).toBe('storage_error');
      expect(logs.some((l) => /symlink/.test(l.message) && String(l.fields.file).endsWith('stolen.json'))).toBe(true);
      // the victim's data is untouched and still served to the victim
      expect((await victim.get('/v1/profile?collection_id=private')).json.profile.static[0].value).toBe('victim-only');
      expect(lstatSync(join(evilCollections, 'stolen.json')).isSymbolicLink()).toBe(true);
    } finally {
      await h.close();
    }
  });

  it('a symlinked account directory is refused too (reads and writes)', async () => {
    const dir = tempDir();
    const h = await startHarness({ dir, accounts: ['victim', 'evil'] });
    try {
      await rest(h.url, h.tokens.victim).patch('/v1/profile', { secret: 'victim-only' });
      symlinkSync(join(dir, 'accounts', 'victim'), join(dir, 'accounts', 'evil'));
      const evil = rest(h.url, h.tokens.evil);
      const read = await evil.get('/v1/profile');
      expect(read.json.error.code).toBe('storage_error');
      expect(read.text).not.toContain('victim-only');
      expect((await evil.patch('/v1/profile', { secret: 'overwritten' })).json.error.code).toBe('storage_error');
      expect(logs.some((l) => /symlink/.test(l.message) && String(l.fields.file).endsWith(join('accounts', 'evil')))).toBe(true);
      expect((await rest(h.url, h.tokens.victim).get('/v1/profile')).json.profile.static[0].value).toBe('victim-only');
    } finally {
      await h.close();
    }
  });

  it('the synchronous (stdio) path refuses a symlinked scope file as well', async () => {
    const dir = tempDir();
    const outside = join(tempDir(), 'other.json');
    writeFileSync(outside, '{}');
    const store = jsonStore(dir, { syncIo: true });
    mkdirSync(join(dir, 'accounts', 'local'), { recursive: true });
    symlinkSync(outside, store.pathOf({ account: 'local', collection_id: null }));
    await expect(store.read({ account: 'local', collection_id: null })).rejects.toMatchObject({ code: 'storage_error' });
    await expect(store.update({ account: 'local', collection_id: null }, (doc) => ({ doc, result: 1 }))).rejects.toMatchObject({ code: 'storage_error' });
    await store.close();
  });
});

describe('/v1 security headers and readiness', () => {
  it('/v1 answers (success and error) carry Cache-Control: no-store and X-Content-Type-Options: nosniff', async () => {
    const h = await startHarness({ accounts: ['acme'] });
    try {
      for (const res of [
        await raw(h.url, '/v1/profile', { key: h.tokens.acme }),
        await raw(h.url, '/v1/profile'),
        await raw(h.url, '/v1/nope', { key: h.tokens.acme }),
      ]) {
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
      }
    } finally {
      await h.close();
    }
  });

  it('/readyz answers 200 without a key when the store answers', async () => {
    const h = await startHarness({ accounts: ['acme'] });
    try {
      const res = await raw(h.url, '/readyz');
      expect(res.status).toBe(200);
      expect(res.json.status).toBe('ready');
    } finally {
      await h.close();
    }
  });

  it.skipIf(TEST_STORE !== 'json')('/readyz answers 503 when the data directory is gone (a file in its place), while /healthz stays 200', async () => {
    const parent = tempDir();
    const dir = join(parent, 'data');
    const h = await startHarness({ dir, accounts: ['acme'] });
    try {
      expect((await raw(h.url, '/readyz')).status).toBe(200);
      const { renameSync } = await import('node:fs');
      renameSync(dir, join(parent, 'moved'));
      writeFileSync(dir, 'not a directory');
      const res = await raw(h.url, '/readyz');
      expect(res.status).toBe(503);
      expect(res.json).toMatchObject({ status: 'unavailable', error: { code: 'storage_error' } });
      expect((await raw(h.url, '/healthz')).status).toBe(200);
    } finally {
      await h.close();
    }
  });
});
