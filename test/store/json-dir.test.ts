import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ProfileService } from '../../src/profiles/service.js';
import { validateScopeFile } from '../../src/store/json-dir/format.js';
import { decodeName, encodeName } from '../../src/store/names.js';
import { tempDir } from '../helpers/tmp.js';
import { concurrentWriters, crashRounds } from '../reliability/processes.js';
import { jsonStore } from '../helpers/store.js';

function open(dir: string) {
  const store = jsonStore(dir);
  return { store, service: new ProfileService({ store }) };
}

describe('JSON directory store: layout and durability', () => {
  it('keeps one 0600 file per (account, scope) with a format version', async () => {
    const dir = tempDir();
    const { service } = open(dir);
    await service.patchProfile('local', { facts: { role: 'Engineer' } });
    await service.patchProfile('local', { facts: { role: 'PM' }, collection_id: 'coll_123' });
    await service.patchProfile('tenant-b', { facts: { role: 'CEO' }, collection_id: 'coll_123' });
    const global = join(dir, 'accounts/local/profile.json');
    const coll = join(dir, 'accounts/local/collections/coll_123.json');
    const other = join(dir, 'accounts/tenant-b/collections/coll_123.json');
    for (const f of [global, coll, other]) {
      expect(statSync(f).mode & 0o777).toBe(0o600);
      const doc = JSON.parse(readFileSync(f, 'utf8'));
      expect(doc.version).toBe(2);
      expect(validateScopeFile(readFileSync(f, 'utf8'))).toHaveProperty('doc');
    }
    expect(JSON.parse(readFileSync(other, 'utf8')).facts[0].value).toBe('CEO');
    // no temp files or locks are left behind
    expect(readdirSync(join(dir, 'accounts/local')).sort()).toEqual(['collections', 'profile.json']);
  });

  it('encodes collection ids so they never escape their directory or collide by case', async () => {
    const dir = tempDir();
    const { store, service } = open(dir);
    for (const id of ['..', 'Coll', 'coll', 'a:b.c', 'x'.repeat(128)]) {
      await service.patchProfile('local', { facts: { id_was: id }, collection_id: id });
    }
    const names = readdirSync(join(dir, 'accounts/local/collections'));
    expect(names).toHaveLength(5);
    expect(names.every((n) => n.length < 255 && !n.includes('/') && n.endsWith('.json'))).toBe(true);
    expect((await store.listCollections('local')).sort()).toEqual(['..', 'Coll', 'a:b.c', 'coll', 'x'.repeat(128)].sort());
    for (const id of ['..', 'Coll', 'coll', 'a:b.c', 'ü', '']) expect(decodeName(encodeName(id))).toBe(id === '' ? null : id);
  });

  it('does not create anything on reads of unknown scopes', async () => {
    const dir = tempDir();
    const { service } = open(dir);
    expect((await service.getProfile('nobody', { collection_id: 'x' })).fact_count).toBe(0);
    expect(existsSync(join(dir, 'accounts'))).toBe(false);
  });

  it('does not re-parse an unchanged file, and does re-read one changed by another writer', async () => {
    const dir = tempDir();
    const a = open(dir);
    const b = open(dir);
    await a.service.patchProfile('local', { facts: { k: 1 } });
    const before = a.store.counters.parses;
    for (let i = 0; i < 5; i++) await a.service.getProfile('local', {});
    expect(a.store.counters.parses).toBe(before); // its own write primed the cache
    await b.service.patchProfile('local', { facts: { k: 2 } });
    expect((await a.service.getProfile('local', {})).profile.static[0]!.value).toBe(2);
    expect(a.store.counters.parses).toBe(before + 1);
    await a.service.getProfile('local', {});
    expect(a.store.counters.parses).toBe(before + 1);
  });

  it('coalesces concurrent writes to one scope into fewer lock-and-write cycles, losing none', async () => {
    const dir = tempDir();
    const { store, service } = open(dir);
    await service.patchProfile('local', { facts: { seed: 0 } });
    const writesBefore = store.counters.writes;
    await Promise.all(Array.from({ length: 32 }, (_, i) => service.patchProfile('local', { facts: { [`k${i}`]: i } })));
    expect((await service.getProfile('local', {})).fact_count).toBe(33);
    expect(store.counters.writes - writesBefore).toBeLessThan(32);
  });

  it('a failing mutation in a batch rejects alone; the others commit', async () => {
    const dir = tempDir();
    const { service } = open(dir);
    await service.createFact('local', { key: 'taken', value: 1 });
    const results = await Promise.allSettled([
      service.createFact('local', { key: 'a', value: 1 }),
      service.createFact('local', { key: 'taken', value: 2 }),
      service.createFact('local', { key: 'b', value: 1 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const fresh = open(dir);
    expect((await fresh.service.listFacts('local', {})).facts.map((f) => f.key)).toEqual(['a', 'b', 'taken']);
  });
});

describe('JSON directory store: corrupt files', () => {
  const cases: Array<[string, string | Buffer]> = [
    ['empty', ''],
    ['truncated', '{"version":1,"facts":[{"id":"fact_'],
    ['wrong shape', '{"version":1,"facts":"nope","sessions":[]}'],
    ['wrong version', '{"version":3,"facts":[],"sessions":[]}'],
    ['version 2 without its inbox', '{"version":2,"facts":[],"sessions":[]}'],
    ['binary junk', Buffer.from([0, 159, 146, 150, 255, 1, 2])],
  ];
  for (const [label, content] of cases) {
    it(`${label}: storage_error for that scope only, file byte-identical, stderr names it`, async () => {
      const dir = tempDir();
      const { service } = open(dir);
      await service.patchProfile('local', { facts: { ok: 1 }, collection_id: 'healthy' });
      await service.patchProfile('local', { facts: { ok: 1 } });
      const file = join(dir, 'accounts/local/profile.json');
      writeFileSync(file, content);
      const bytes = readFileSync(file);
      const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      try {
        const fresh = open(dir);
        // Settled together: the four run at once, and one awaited after another would leave the
        // later ones' rejections unhandled for a moment (Vitest reports that as an error).
        const settled = await Promise.allSettled([
          fresh.service.getProfile('local', {}),
          fresh.service.patchProfile('local', { facts: { x: 1 } }),
          fresh.service.createFact('local', { key: 'y', value: 1 }),
          fresh.service.deleteProfile('local', { confirm: true }),
        ]);
        for (const op of settled) {
          expect(op).toMatchObject({ status: 'rejected', reason: { code: 'storage_error' } });
        }
        // the synchronous (stdio) paths refuse it the same way
        const syncService = new ProfileService({ store: jsonStore(dir, { syncIo: true }) });
        await expect(syncService.getProfile('local', {})).rejects.toMatchObject({ code: 'storage_error' });
        await expect(syncService.patchProfile('local', { facts: { x: 1 } })).rejects.toMatchObject({ code: 'storage_error' });
        expect(readFileSync(file).equals(bytes)).toBe(true);
        const logged = stderr.mock.calls.map((c) => String(c[0])).join('');
        expect(logged).toContain(file);
        expect((await fresh.service.getProfile('local', { collection_id: 'healthy' })).fact_count).toBe(1);
        await fresh.service.patchProfile('local', { facts: { more: 2 }, collection_id: 'healthy' });
      } finally {
        stderr.mockRestore();
      }
    });
  }

  it.skipIf(process.getuid?.() === 0)('unreadable permissions: storage_error, file untouched', async () => {
    const dir = tempDir();
    const { service } = open(dir);
    await service.patchProfile('local', { facts: { ok: 1 } });
    const file = join(dir, 'accounts/local/profile.json');
    chmodSync(file, 0o000);
    const fresh = open(dir);
    await expect(fresh.service.getProfile('local', {})).rejects.toMatchObject({ code: 'storage_error' });
    chmodSync(file, 0o600);
  });

  it('a directory where the file should be: storage_error, nothing replaced', async () => {
    const dir = tempDir();
    const { service } = open(dir);
    await service.patchProfile('local', { facts: { ok: 1 }, collection_id: 'odd' });
    const file = join(dir, 'accounts/local/collections/odd.json');
    rmSync(file);
    mkdirSync(file);
    const fresh = open(dir);
    await expect(fresh.service.getProfile('local', { collection_id: 'odd' })).rejects.toMatchObject({ code: 'storage_error' });
    await expect(fresh.service.patchProfile('local', { facts: { x: 1 }, collection_id: 'odd' })).rejects.toMatchObject({ code: 'storage_error' });
    expect(statSync(file).isDirectory()).toBe(true);
  });
});

describe('JSON directory store: across processes', () => {
  it('a synchronous writer waits for a held lock instead of blocking, and takes over a stale one', async () => {
    const dir = tempDir();
    const { service } = open(dir);
    await service.patchProfile('local', { facts: { a: 1 } });
    mkdirSync(join(dir, 'accounts/local/profile.json.lock'));
    const store = jsonStore(dir, { lock: { staleMs: 2000 }, syncIo: true });
    const write = new ProfileService({ store }).patchProfile('local', { facts: { b: 2 } });
    let done = false;
    void write.then(() => (done = true));
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r)); // turns of the event loop, not a time
    expect(done).toBe(false); // still waiting, and the event loop was free to run this check
    await write;
    expect(existsSync(join(dir, 'accounts/local/profile.json.lock'))).toBe(false);
    expect((await open(dir).service.getProfile('local', {})).fact_count).toBe(2);
  });

  it.each([false, true])('a writer whose lock was taken over mid-write (sync %s) does not acknowledge it, nor free the new lock', async (syncIo) => {
    const dir = tempDir();
    await open(dir).service.patchProfile('local', { facts: { a: 1 } });
    const lock = join(dir, 'accounts/local/profile.json.lock');
    const store = jsonStore(dir, { lock: { staleMs: 2000 }, syncIo });
    // What another process does when this writer stalls past the stale time: it removes the lock and takes its own.
    const takeover = () => {
      rmSync(lock, { recursive: true });
      mkdirSync(lock);
    };
    const write = store.update({ account: 'local', collection_id: null }, (doc) => {
      takeover();
      return { doc: { ...doc, facts: [] }, result: 'written' };
    });
    await expect(write).rejects.toMatchObject({ code: 'storage_error' });
    expect(existsSync(lock)).toBe(true); // the new holder's lock is left alone
    rmSync(lock, { recursive: true });
    expect((await open(dir).service.getProfile('local', {})).fact_count).toBe(1); // nothing was written
  });

  it('takes over a lock left by a dead holder once it is stale', async () => {
    const dir = tempDir();
    const { service } = open(dir);
    await service.patchProfile('local', { facts: { a: 1 } });
    // what a holder killed mid-write leaves behind: the lock directory, no longer refreshed
    mkdirSync(join(dir, 'accounts/local/profile.json.lock'));
    const store = jsonStore(dir, { lock: { staleMs: 2000 } });
    const started = Date.now();
    await new ProfileService({ store }).patchProfile('local', { facts: { b: 2 } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    expect(existsSync(join(dir, 'accounts/local/profile.json.lock'))).toBe(false);
    expect((await open(dir).service.getProfile('local', {})).fact_count).toBe(2);
  });

  it('4 stdio server processes x 100 mixed writes to one scope lose nothing', async () => {
    const r = await concurrentWriters(tempDir(), 4, 100);
    expect(r.expected).toBeGreaterThan(10);
  }, 120_000);

  it('SIGKILL during write loops leaves every file valid and every acknowledged write present', async () => {
    const r = await crashRounds(tempDir(), 3, 2);
    expect(r.acknowledged).toBeGreaterThan(10);
  }, 120_000);
});
