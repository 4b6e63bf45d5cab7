import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { PG_AVAILABLE, usePostgres } from '../store-contract/pg.js';
import { record } from '../reliability/summary.js';

/**
 * Issue 15 soak: 4 `profile-mcp http` processes on one PostgreSQL database (rate limit buckets shared
 * in the database, docs/spec.md §8 defaults), one abusive key flooding every process, one
 * well-behaved key paced well under its limits. Measures the well-behaved key's latency without and
 * with the flood and how many requests were refused with 429; at the end every write either key
 * saw acknowledged must be there. Durations: SOAK_BASELINE_SECONDS (default 10), SOAK_FLOOD_SECONDS (20).
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');
const PROCESSES = 4;
const FLOODERS = 24;
const BASELINE_MS = Number(process.env.SOAK_BASELINE_SECONDS ?? 10) * 1000;
const FLOOD_MS = Number(process.env.SOAK_FLOOD_SECONDS ?? 20) * 1000;

interface FloodResult {
  requests: number;
  refused: number;
  withoutRetryAfter: number;
  ok: number;
  other: Record<string, number>;
  acknowledged: Array<[string, number]>;
}

/** `flooders` loops, each sending PATCH (a new key each) and GET alternately, round-robin over the processes, for `ms`. */
const FLOOD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { bases, key, flooders, ms } = workerData;
const r = { requests: 0, refused: 0, withoutRetryAfter: 0, ok: 0, other: {}, acknowledged: [] };
let stop = false;
let n = 0;
setTimeout(() => { stop = true; }, ms);
async function loop(f) {
  while (!stop) {
    const i = n++;
    const write = i % 2 === 0;
    const res = await fetch(bases[(f + i) % bases.length] + '/v1/profile', {
      method: write ? 'PATCH' : 'GET',
      headers: write ? { authorization: 'Bearer ' + key, 'content-type': 'application/json' } : { authorization: 'Bearer ' + key },
      body: write ? JSON.stringify({ ['a_' + i]: i }) : undefined,
    });
    await res.arrayBuffer();
    r.requests++;
    if (res.status === 429) {
      r.refused++;
      if (!res.headers.get('retry-after')) r.withoutRetryAfter++;
    } else if (res.status >= 200 && res.status < 300) {
      r.ok++;
      if (write) r.acknowledged.push(['a_' + i, i]);
    } else r.other[res.status] = (r.other[res.status] || 0) + 1;
  }
}
Promise.all(Array.from({ length: flooders }, (_, f) => loop(f))).then(() => parentPort.postMessage(r));
`;

function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, PROFILE_MCP_LOG_LEVEL: 'warn' } });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function startServer(url: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [CLI, 'http', '--port', '0', '--store', 'postgres', '--database-url', url], {
    env: { ...process.env, PROFILE_MCP_LOG_LEVEL: 'info', PROFILE_MCP_RATE_LIMITS: 'on', PROFILE_MCP_RATE_READ: '', PROFILE_MCP_RATE_WRITE: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (c: Buffer) => {
      err = (err + c.toString()).slice(-20_000);
      const m = /listening on (http:\/\/[\d.:]+)/.exec(err);
      if (m) resolve({ child, base: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
}

interface Call {
  status: number;
  ms: number;
  retryAfter: string | null;
}

async function call(base: string, key: string, method: string, path: string, body?: unknown): Promise<Call> {
  const t0 = performance.now();
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t0, retryAfter: res.headers.get('retry-after') };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const round = (x: number) => Math.round(x * 10) / 10;

/** Every fact of the account's global profile, key -> value, paging with a key of its own. */
async function allFacts(base: string, key: string): Promise<Map<string, unknown>> {
  const facts = new Map<string, unknown>();
  let cursor: string | null = null;
  do {
    const res = await fetch(`${base}/v1/profile/facts?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(res.status).toBe(200);
    const page = (await res.json()) as { facts: Array<{ key: string; value: unknown }>; next_cursor: string | null };
    for (const f of page.facts) facts.set(f.key, f.value);
    cursor = page.next_cursor;
  } while (cursor);
  return facts;
}

describe.skipIf(!PG_AVAILABLE)('soak: 4 processes on one PostgreSQL database, one abusive key (stress)', () => {
  const pg = usePostgres();
  const servers: ChildProcess[] = [];
  afterAll(() => {
    for (const s of servers) s.kill('SIGTERM');
  });

  it('the flood is refused with 429, the well-behaved key is never refused, nothing acknowledged is lost', async () => {
    const url = await pg.freshUrl();
    cli(['migrate', '--database-url', url]);
    const key = (account: string) => cli(['keys', 'create', '--account', account, '--store', 'postgres', '--database-url', url]).split('\n')[0]!;
    const good = key('good');
    const abuser = key('abuser');
    const checkGood = key('good');
    const checkAbuser = key('abuser');
    const bases = (await Promise.all(Array.from({ length: PROCESSES }, () => startServer(url)))).map((s) => {
      servers.push(s.child);
      return s.base;
    });

    const acknowledged = { good: new Map<string, number>(), abuser: new Map<string, number>() };
    const goodLatency: Record<'baseline' | 'flood', number[]> = { baseline: [], flood: [] };
    const goodRefused: Call[] = [];
    let phase: 'baseline' | 'flood' = 'baseline';
    let stop = false;

    // The well-behaved key: one request every 100 ms (a write every third: ~3.3 writes/s, ~6.7 reads/s), round-robin.
    let seq = 0;
    const wellBehaved = (async () => {
      let next = performance.now();
      while (!stop) {
        const n = seq++;
        const base = bases[n % PROCESSES]!;
        const r = n % 3 === 0 ? await call(base, good, 'PATCH', '/v1/profile', { [`g_${n}`]: n }) : await call(base, good, 'GET', '/v1/profile');
        if (r.status >= 200 && r.status < 300) {
          goodLatency[phase].push(r.ms);
          if (n % 3 === 0) acknowledged.good.set(`g_${n}`, n);
        } else goodRefused.push(r);
        next += 100;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
      }
    })();

    await new Promise((resolve) => setTimeout(resolve, BASELINE_MS));
    phase = 'flood';
    // The flood runs in a worker thread: its own event loop, so it does not delay the measured client's.
    const worker = new Worker(FLOOD_WORKER, { eval: true, workerData: { bases, key: abuser, flooders: FLOODERS, ms: FLOOD_MS } });
    const flood = await new Promise<FloodResult>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    for (const [k, v] of flood.acknowledged) acknowledged.abuser.set(k, v);
    stop = true;
    await wellBehaved;

    // Nothing lost: every acknowledged write of either key is there, read through another process.
    const goodFacts = await allFacts(bases[1]!, checkGood);
    const abuserFacts = await allFacts(bases[2]!, checkAbuser);
    const lostGood = [...acknowledged.good].filter(([k, v]) => goodFacts.get(k) !== v).length;
    const lostAbuser = [...acknowledged.abuser].filter(([k, v]) => abuserFacts.get(k) !== v).length;

    const figures = {
      processes: PROCESSES,
      'flood s': FLOOD_MS / 1000,
      'flood requests': flood.requests,
      'refused 429': flood.refused,
      'flood accepted': flood.ok,
      'flood writes accepted': flood.acknowledged.length,
      'well-behaved requests': goodLatency.baseline.length + goodLatency.flood.length + goodRefused.length,
      'well-behaved refused': goodRefused.length,
      'p50 ms alone': round(quantile(goodLatency.baseline, 0.5)),
      'p99 ms alone': round(quantile(goodLatency.baseline, 0.99)),
      'p50 ms in flood': round(quantile(goodLatency.flood, 0.5)),
      'p99 ms in flood': round(quantile(goodLatency.flood, 0.99)),
      'writes acknowledged': acknowledged.good.size + acknowledged.abuser.size,
      lost: lostGood + lostAbuser,
    };
    record('soak: 4 processes, 1 PostgreSQL, 1 abusive key', figures);
    process.stderr.write(`soak figures: ${JSON.stringify(figures)}\n`);

    // Across 4 processes the abusive key gets one key's allowance, not four (the buckets are shared in
    // the database): defaults reads 100 per 2 s window, writes 50 per 5 s window (docs/limits.md).
    const windows = (seconds: number) => Math.ceil(FLOOD_MS / 1000 / seconds) + 1;
    expect(flood.refused).toBeGreaterThan(0);
    expect(flood.acknowledged.length).toBeLessThanOrEqual(50 * windows(5));
    expect(flood.ok - flood.acknowledged.length).toBeLessThanOrEqual(100 * windows(2));
    expect(flood.withoutRetryAfter).toBe(0); // each refusal carries Retry-After
    expect(flood.other).toEqual({});
    expect(goodRefused).toEqual([]); // the well-behaved key is never refused
    expect(goodLatency.flood.length).toBeGreaterThan(0);
    expect(lostGood + lostAbuser).toBe(0);
  }, 300_000);
});
