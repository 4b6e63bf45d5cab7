import { appendFileSync, existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ProfileService } from '../../src/profiles/service.js';
import { TAIL_OPERATIONS } from '../../src/store/json-dir/activity-log.js';
import { tempDir } from '../helpers/tmp.js';
import { jsonStore } from '../helpers/store.js';

const G = { account: 'local', collection_id: null };

function open(dir: string, syncIo = false) {
  const store = jsonStore(dir, { syncIo });
  return { store, service: new ProfileService({ store }) };
}

const scopeFile = (dir: string) => join(dir, 'accounts/local/profile.json');
const logFile = (dir: string) => join(dir, 'accounts/local/profile.activity.jsonl');
const fileOps = (dir: string) => JSON.parse(readFileSync(scopeFile(dir), 'utf8')).activity as Array<{ id: string }>;
const logLines = (dir: string) =>
  readFileSync(logFile(dir), 'utf8')
    .split('\n')
    .filter((l) => l !== '');

describe('JSON directory store: the activity log', () => {
  for (const syncIo of [false, true]) {
    it(`keeps the newest operations in the scope file and moves committed ones to the log in batches (${syncIo ? 'sync' : 'async'} writes)`, async () => {
      const dir = tempDir();
      const { service } = open(dir, syncIo);
      for (let i = 0; i < 100; i++) await service.patchProfile('local', { facts: { n: i } });
      const inFile = fileOps(dir).length;
      expect(inFile).toBeGreaterThan(0);
      expect(inFile).toBeLessThanOrEqual(TAIL_OPERATIONS + 1);
      expect(logLines(dir).length + inFile).toBe(100);
      expect(JSON.parse(readFileSync(scopeFile(dir), 'utf8')).activity_logged).toBe(JSON.parse(logLines(dir).at(-1)!).id);
      expect(statSync(logFile(dir)).mode & 0o777).toBe(0o600);
      // Another process sees the whole activity, in order.
      const fresh = open(dir);
      const { operations, total } = await fresh.service.listOperations('local', { limit: 500 });
      expect(total).toBe(100);
      expect(operations.map((op) => op.changes[0]!.after)).toEqual(Array.from({ length: 100 }, (_, i) => 99 - i));
      expect(operations).toEqual((await service.listOperations('local', { limit: 500 })).operations);
    });
  }

  it('a write does not rewrite the activity: the scope file stays small however long the activity grows', async () => {
    const dir = tempDir();
    const { service } = open(dir);
    await service.patchProfile('local', { facts: { n: 0 } });
    const sizes: number[] = [];
    for (let i = 1; i <= 400; i++) {
      await service.patchProfile('local', { facts: { n: i } });
      if (i % 100 === 0) sizes.push(statSync(scopeFile(dir)).size);
    }
    // The fact's history is capped; the file holds at most TAIL_OPERATIONS operations.
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(16 * 1024);
  });

  it('compacts the log once it grows past twice the kept activity', async () => {
    const dir = tempDir();
    const { service } = open(dir, true);
    for (let i = 0; i < 2100; i++) await service.patchProfile('local', { facts: { n: i % 7 } });
    expect(logLines(dir).length).toBeLessThanOrEqual(2000);
    const { total, operations } = await open(dir).service.listOperations('local', { limit: 1 });
    expect(total).toBe(1000);
    expect(operations[0]!.changes[0]!.after).toBe(2099 % 7);
  }, 60_000);

  it('ignores log lines the scope file does not name (a crash between the two) and cuts them off before the next append', async () => {
    const dir = tempDir();
    const { service } = open(dir);
    for (let i = 0; i < 60; i++) await service.patchProfile('local', { facts: { n: i } });
    const good = readFileSync(logFile(dir), 'utf8');
    appendFileSync(logFile(dir), '{"id":"op_ZZZZZZZZZZZZZZZZZZZZZZZZZZ","torn":tr');
    const fresh = open(dir);
    expect((await fresh.service.listOperations('local', {})).total).toBe(60);
    for (let i = 0; i < 60; i++) await fresh.service.patchProfile('local', { facts: { n: 100 + i } });
    const text = readFileSync(logFile(dir), 'utf8');
    expect(text.startsWith(good)).toBe(true);
    expect(text).not.toContain('torn');
    expect((await open(dir).service.listOperations('local', { limit: 500 })).total).toBe(120);
  });

  it("a log compacted past the scope file's first operation (a crash between the two) still loads", async () => {
    const dir = tempDir();
    const { service } = open(dir);
    for (let i = 0; i < 60; i++) await service.patchProfile('local', { facts: { n: i } });
    const lines = logLines(dir);
    writeFileSync(logFile(dir), `${lines.slice(5).join('\n')}\n`); // what a compaction that trimmed 5 leaves
    const { operations, total } = await open(dir).service.listOperations('local', { limit: 500 });
    expect(total).toBe(55);
    expect(operations.at(-1)!.changes[0]!.after).toBe(5);
  });

  it('a log that lost operations the scope file relies on makes the scope a storage_error, file untouched', async () => {
    const dir = tempDir();
    const { service } = open(dir);
    for (let i = 0; i < 60; i++) await service.patchProfile('local', { facts: { n: i } });
    truncateSync(logFile(dir), 10);
    const bytes = readFileSync(logFile(dir));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const fresh = open(dir);
      await expect(fresh.service.getProfile('local', {})).rejects.toMatchObject({ code: 'storage_error' });
      await expect(fresh.service.patchProfile('local', { facts: { x: 1 } })).rejects.toMatchObject({ code: 'storage_error' });
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain('profile.activity.jsonl');
    } finally {
      stderr.mockRestore();
    }
    expect(readFileSync(logFile(dir)).equals(bytes)).toBe(true);
  });

  it('forgetting the scope removes its activity log too', async () => {
    const dir = tempDir();
    const { service } = open(dir);
    for (let i = 0; i < 60; i++) await service.patchProfile('local', { facts: { n: i } });
    expect(existsSync(logFile(dir))).toBe(true);
    await service.deleteProfile('local', { confirm: true });
    expect(existsSync(logFile(dir))).toBe(false);
    expect(JSON.parse(readFileSync(scopeFile(dir), 'utf8'))).toMatchObject({ facts: [], activity: [], activity_logged: null, activity_first: null });
    await service.patchProfile('local', { facts: { again: 1 } });
    expect((await open(dir).service.listOperations('local', {})).total).toBe(1);
  });

  it('loads a version 1 file (before the inbox and activity) unchanged, and writes version 2 on the next write', async () => {
    const dir = tempDir();
    const { service } = open(dir);
    await service.patchProfile('local', { facts: { seed: 1 } }); // creates the directories
    const v1 = JSON.stringify({
      version: 1,
      facts: [
        {
          id: 'fact_01JAAAAAAAAAAAAAAAAAAAAAAA',
          key: 'role',
          value: 'Engineer',
          category: 'role',
          bucket: 'static',
          confidence: 1,
          source: 'manual',
          collection_id: null,
          created_at: '2026-01-01T00:00:00.000Z',
          updated_at: '2026-01-01T00:00:00.000Z',
          expires_at: null,
          history: [{ value: 'Intern', confidence: 1, source: 'manual', updated_at: '2025-01-01T00:00:00.000Z' }],
        },
      ],
      sessions: [],
    });
    writeFileSync(scopeFile(dir), v1);
    const fresh = open(dir);
    expect(await fresh.store.read(G)).toMatchObject({ version: 2, proposals: [], rejections: [], activity: [], facts: [{ key: 'role', value: 'Engineer' }] });
    expect((await fresh.service.getFact('local', { id: 'fact_01JAAAAAAAAAAAAAAAAAAAAAAA' })).history).toHaveLength(1);
    expect(await fresh.service.listPending('local', {})).toEqual({ proposals: [], total: 0, next_cursor: null });
    expect(readFileSync(scopeFile(dir), 'utf8')).toBe(v1); // reads never rewrite
    await fresh.service.patchProfile('local', { facts: { role: 'Lead' } });
    const written = JSON.parse(readFileSync(scopeFile(dir), 'utf8'));
    expect(written.version).toBe(2);
    expect(written.facts[0]).toMatchObject({ id: 'fact_01JAAAAAAAAAAAAAAAAAAAAAAA', value: 'Lead' });
    expect(written.facts[0].history.map((h: { value: string }) => h.value)).toEqual(['Engineer', 'Intern']);
  });
});
