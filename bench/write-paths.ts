// What-if measurements of the JSON store's write cycle (lock -> fresh read -> write -> fsync -> rename
// -> unlock), to show where a single durable write spends its time. The variants are prototypes for
// measurement only; the store itself lives in src/store/json-dir/.
//
//   npx tsx bench/write-paths.ts [--sizes 10,100,1000,10000] [--reps N] [--load N]
// --load N runs N busy-looping processes meanwhile: each awaited file-system call is a thread-pool
// round trip, and on a loaded machine every round trip waits for a CPU, so the number of sequential
// awaits matters as much as the fsyncs.
import fs, { promises as fsp, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import lockfile from 'proper-lockfile';
import { emptyScopeDoc, type FactWithHistory, type ScopeDoc } from '../src/profiles/model.js';
import { JsonDirStore } from '../src/store/json-dir/store.js';
import { writeFileAtomic } from '../src/store/json-dir/atomic.js';
import { factKey, factValue } from './lib/data.js';
import { fmt, summarise } from './lib/stats.js';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '10,100,1000,10000' }, reps: { type: 'string', default: '300' }, load: { type: 'string', default: '0' } },
});
const burners = Array.from({ length: Number(values.load) }, () =>
  spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }),
);
process.on('exit', () => burners.forEach((b) => b.kill('SIGKILL')));
const sizes = values.sizes!.split(',').map(Number);
const baseReps = Number(values.reps);

function docOf(n: number, round: number): ScopeDoc {
  const now = new Date().toISOString();
  const facts: FactWithHistory[] = [];
  for (let j = 0; j < n; j++) {
    facts.push({
      id: `fact_01JBENCH${String(j).padStart(18, '0')}`,
      key: factKey(j),
      value: factValue(j, j === 0 ? round : 0),
      category: 'other',
      bucket: 'static',
      confidence: 1,
      source: 'manual',
      collection_id: null,
      created_at: now,
      updated_at: now,
      expires_at: null,
      history: [],
    });
  }
  return { ...emptyScopeDoc(), facts };
}

async function time(reps: number, fn: (i: number) => Promise<unknown>): Promise<{ median: number; p99: number }> {
  for (let i = 0; i < 10; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  const s = summarise(samples);
  return { median: s.median, p99: s.p99 };
}

let seq = 0;
const dirFds = new Map<string, number>();
function dirFd(dir: string): number {
  let fd = dirFds.get(dir);
  if (fd === undefined) {
    fd = fs.openSync(dir, 'r');
    dirFds.set(dir, fd);
  }
  return fd;
}

/** Async, as few thread-pool hops as the same steps allow: no mkdir -p per write, no fstat, directory fd kept open. */
async function leanAsync(path: string, text: string): Promise<void> {
  const release = await lockfile.lock(path, { realpath: false, stale: 5000, retries: 0 });
  try {
    await fsp.stat(path).catch(() => undefined); // the fresh-read check (cache hit)
    const tmp = `${path}.${process.pid}.${++seq}.tmp`;
    const handle = await fsp.open(tmp, 'wx', 0o600);
    await handle.writeFile(text);
    await handle.datasync();
    await handle.close();
    await fsp.rename(tmp, path);
    await new Promise<void>((resolve, reject) => fs.fsync(dirFd(dirname(path)), (err) => (err ? reject(err) : resolve())));
  } finally {
    await release();
  }
}

/**
 * Async with the same durability but the fewest sequential awaits: the temp file is opened before the
 * lock (its name is unique), fstat runs alongside datasync, close alongside rename, and the directory
 * fd stays open. Critical path: lock, stat, write, datasync, rename, dir fsync.
 */
async function overlappedAsync(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${++seq}.tmp`;
  const [handle, release] = await Promise.all([
    fsp.open(tmp, 'wx', 0o600),
    lockfile.lock(path, { realpath: false, stale: 5000, retries: 0 }),
  ]);
  try {
    await fsp.stat(path).catch(() => undefined); // the fresh-read check (cache hit)
    await handle.write(text);
    await Promise.all([handle.datasync(), Promise.resolve()]);
    await Promise.all([handle.stat(), fsp.rename(tmp, path)]);
    await Promise.all([handle.close(), new Promise<void>((resolve, reject) => fs.fsync(dirFd(dirname(path)), (err) => (err ? reject(err) : resolve())))]);
  } finally {
    await release();
  }
}

/** The whole critical section in synchronous calls (no thread-pool hops; blocks the event loop meanwhile). */
function syncCycle(path: string, text: string, dirSync: boolean): void {
  const lock = `${path}.lock`;
  fs.mkdirSync(lock); // same mkdir lock protocol as proper-lockfile (without its mtime refresh timer)
  try {
    try {
      fs.statSync(path);
    } catch {
      // first write
    }
    const tmp = `${path}.${process.pid}.${++seq}.tmp`;
    const fd = fs.openSync(tmp, 'wx', 0o600);
    try {
      fs.writeSync(fd, text);
      fs.fdatasyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, path);
    if (dirSync) fs.fsyncSync(dirFd(dirname(path)));
  } finally {
    fs.rmdirSync(lock);
  }
}

const rows: Array<{ facts: number; kib: number; results: Record<string, { median: number; p99: number }> }> = [];
for (const n of sizes) {
  const reps = n >= 10_000 ? Math.max(30, Math.floor(baseReps / 10)) : n >= 1000 ? Math.max(60, Math.floor(baseReps / 3)) : baseReps;
  process.stderr.write(`[write-paths] ${n} facts, ${reps} reps per variant\n`);
  const dir = mkdtempSync(join(tmpdir(), 'profile-mcp-writepaths-'));
  try {
    const docs = [docOf(n, 1), docOf(n, 2)];
    const kib = JSON.stringify(docs[0]).length / 1024;
    const results: Record<string, { median: number; p99: number }> = {};
    const store = new JsonDirStore(join(dir, 'store'));
    const scope = { account: 'local', collection_id: null };
    await store.update(scope, () => ({ doc: docs[0], result: null }));
    results['current store cycle (JsonDirStore.update)'] = await time(reps, (i) => store.update(scope, () => ({ doc: docs[Math.abs(i) % 2], result: null })));
    const p = join(dir, 'plain', 'profile.json');
    fs.mkdirSync(dirname(p), { recursive: true });
    results['  its file write alone (writeFileAtomic)'] = await time(reps, (i) => writeFileAtomic(p, JSON.stringify(docs[Math.abs(i) % 2])));
    results['  its lock + unlock alone (proper-lockfile)'] = await time(reps, async () => {
      const release = await lockfile.lock(p, { realpath: false, stale: 5000, retries: 0 });
      await release();
    });
    results['  one thread-pool hop (await fsp.stat)'] = await time(reps, () => fsp.stat(p));
    results['lean async cycle (no mkdir -p, no fstat, dir fd kept)'] = await time(reps, (i) => leanAsync(p, JSON.stringify(docs[Math.abs(i) % 2])));
    results['overlapped async (6 awaits on the critical path)'] = await time(reps, (i) => overlappedAsync(p, JSON.stringify(docs[Math.abs(i) % 2])));
    results['sync critical section, same durability'] = await time(reps, async (i) => syncCycle(p, JSON.stringify(docs[Math.abs(i) % 2]), true));
    results['  same without the directory fsync'] = await time(reps, async (i) => syncCycle(p, JSON.stringify(docs[Math.abs(i) % 2]), false));
    results['server-memory way: writeFile + rename, no lock, no fsync'] = await time(reps, async (i) => {
      const tmp = `${p}.${++seq}.tmp`;
      await fsp.writeFile(tmp, JSON.stringify(docs[Math.abs(i) % 2]));
      await fsp.rename(tmp, p);
    });
    rows.push({ facts: n, kib, results });
    await store.close();
  } finally {
    for (const fd of dirFds.values()) fs.closeSync(fd);
    dirFds.clear();
    rmSync(dir, { recursive: true, force: true });
  }
}

const names = Object.keys(rows[0]!.results);
const width = Math.max(...names.map((s) => s.length));
process.stdout.write(`Write-cycle variants, median / p99 ms (${new Date().toISOString()}, node ${process.version}, ${burners.length} busy processes)\n\n`);
process.stdout.write(`| ${'variant'.padEnd(width)} | ${rows.map((r) => `${r.facts} facts (${r.kib.toFixed(0)} KiB)`.padStart(22)).join(' | ')} |\n`);
process.stdout.write(`|${'-'.repeat(width + 2)}|${rows.map(() => '-'.repeat(24)).join('|')}|\n`);
for (const name of names) {
  process.stdout.write(`| ${name.padEnd(width)} | ${rows.map((r) => `${fmt(r.results[name]!.median)} / ${fmt(r.results[name]!.p99)}`.padStart(22)).join(' | ')} |\n`);
}
for (const b of burners) b.kill('SIGKILL');
