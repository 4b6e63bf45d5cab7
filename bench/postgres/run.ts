// Benchmark of issue 9: W HTTP server processes on one PostgreSQL database under autocannon, next to
// one process on the JSON directory store (and one process on PostgreSQL), all on loopback. Every
// acknowledged write is checked afterwards: "lost" must be 0.
//
//   npx tsx bench/postgres/run.ts [--seconds 10] [--connections 32] [--tenants 100] [--workers 4]
//                                 [--hot 3000] [--out bench/postgres/results.json]
//
// PostgreSQL: $PROFILE_MCP_BENCH_DATABASE_URL, else a throwaway cluster from scripts/pg.mjs.
// Phases per configuration (each after a 1 s warm-up):
//   read   GET /v1/profile?collection_id=uN      spread over the tenants (20 facts each)
//   write  PATCH /v1/profile, one new fact        spread over the tenants
//   hot    PATCH /v1/profile, one new fact        all into one collection (--hot requests)
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { startCluster, stopCluster } from '../../scripts/pg.mjs';

// Types: bench/lib/autocannon.d.ts (the package ships none).
type Options = Parameters<typeof autocannon>[0];
type Request = NonNullable<Options['requests']>[number];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = join(ROOT, 'bench/postgres/server.ts');

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    tenants: { type: 'string', default: '100' },
    workers: { type: 'string', default: '4' },
    hot: { type: 'string', default: '3000' },
    out: { type: 'string', default: join(ROOT, 'bench/postgres/results.json') },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const TENANTS = Number(values.tenants);
const WORKERS = Number(values.workers);
const HOT = Number(values.hot);

interface PhaseResult {
  phase: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}
interface ConfigResult {
  config: string;
  phases: PhaseResult[];
  acknowledged: number;
  stored: number;
  lost: number;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function startServer(args: string[]): Promise<{ base: string; child: ChildProcess; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, ...args, '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PROFILE_MCP_LOG_LEVEL: 'warn', PROFILE_MCP_REASONER: 'offline', PROFILE_MCP_RATE_LIMITS: 'off' },
  });
  let tail = '';
  child.stderr!.on('data', (c: Buffer) => (tail = (tail + c.toString('utf8')).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${tail}`);
    if (Date.now() > deadline) throw new Error(`server did not answer /healthz: ${tail}`);
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
  };
  return { base, child, stop };
}

/** A run of PATCH requests each creating one new fact; acknowledged keys land in `acked`. */
function writeRequests(acked: Map<string, Set<string>>, scopeOf: (n: number) => string): Request[] {
  let n = 0;
  return [
    {
      method: 'PATCH',
      path: '/v1/profile',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req, context) => {
        const i = n++;
        const collection = scopeOf(i);
        const key = `w_${randomBytes(6).toString('hex')}`;
        context.pending = [collection, key];
        return { ...req, body: JSON.stringify({ collection_id: collection, [key]: i }) };
      },
      onResponse: (status, _body, context) => {
        const [collection, key] = context.pending as [string, string];
        if (status >= 200 && status < 300) {
          let set = acked.get(collection);
          if (!set) acked.set(collection, (set = new Set()));
          set.add(key);
        }
      },
    },
  ];
}

async function phase(label: string, options: Options): Promise<PhaseResult> {
  const out = await autocannon({ connections: CONNECTIONS, ...options });
  const r: PhaseResult = {
    phase: label,
    rps: Math.round(out.requests.average),
    p50: out.latency.p50,
    p99: out.latency.p99,
    requests: out['2xx'] + out.non2xx,
    non2xx: out.non2xx,
    errors: out.errors + out.timeouts,
  };
  say(
    `  ${label.padEnd(6)} ${String(r.rps).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  (${r.requests} requests, ${r.non2xx} non-2xx, ${r.errors} errors)`,
  );
  return r;
}

/** Every key of a collection as the REST API lists it. */
async function storedKeys(base: string, collection: string): Promise<Set<string>> {
  const keys = new Set<string>();
  let cursor: string | null = null;
  do {
    const q = new URLSearchParams({ collection_id: collection, limit: '500', ...(cursor ? { cursor } : {}) });
    const res = await fetch(`${base}/v1/profile/facts?${q}`);
    if (!res.ok) throw new Error(`GET /v1/profile/facts answered ${res.status}`);
    const page = (await res.json()) as { facts: Array<{ key: string }>; next_cursor: string | null };
    for (const f of page.facts) keys.add(f.key);
    cursor = page.next_cursor;
  } while (cursor);
  return keys;
}

async function runConfig(config: string, serverArgs: string[]): Promise<ConfigResult> {
  say(`\n${config}`);
  const server = await startServer(serverArgs);
  try {
    const tenant = (i: number) => `u${i % TENANTS}`;
    for (let t = 0; t < TENANTS; t++) {
      const facts: Record<string, unknown> = { collection_id: tenant(t) };
      for (let j = 0; j < 20; j++) facts[`seed_${j}`] = `value ${j} of tenant ${t}`;
      const res = await fetch(`${server.base}/v1/profile`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(facts) });
      if (!res.ok) throw new Error(`seeding answered ${res.status}`);
    }
    const acked = new Map<string, Set<string>>();
    let r = 0;
    const read: Request[] = [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/v1/profile?collection_id=${tenant(r++)}` }) }];
    const phases: PhaseResult[] = [];
    await autocannon({ url: server.base, connections: CONNECTIONS, duration: 1, requests: read });
    phases.push(await phase('read', { url: server.base, duration: SECONDS, requests: read }));
    await autocannon({ url: server.base, connections: CONNECTIONS, duration: 1, requests: writeRequests(acked, tenant) });
    phases.push(await phase('write', { url: server.base, duration: SECONDS, requests: writeRequests(acked, tenant) }));
    phases.push(await phase('hot', { url: server.base, amount: HOT, requests: writeRequests(acked, () => 'hot') }));
    let acknowledged = 0;
    let stored = 0;
    let lost = 0;
    for (const [collection, keys] of acked) {
      const have = await storedKeys(server.base, collection);
      acknowledged += keys.size;
      for (const k of keys) if (!have.has(k)) lost++;
      for (const k of have) if (k.startsWith('w_')) stored++;
    }
    say(`  writes: ${acknowledged} acknowledged, ${stored} stored, ${lost} lost`);
    return { config, phases, acknowledged, stored, lost };
  } finally {
    await server.stop();
  }
}

async function freshSchemaUrl(baseUrl: string): Promise<string> {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  await c.end();
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

const external = process.env.PROFILE_MCP_BENCH_DATABASE_URL;
const cluster = external ? undefined : await startCluster();
const baseUrl = external ?? cluster!.url;
const dataDir = mkdtempSync(join(tmpdir(), 'profile-mcp-bench-json-'));
const results: ConfigResult[] = [];
try {
  results.push(await runConfig('JSON directory, 1 process', ['--store', 'json', '--data', dataDir]));
  results.push(await runConfig('PostgreSQL, 1 process', ['--store', 'postgres', '--database-url', await freshSchemaUrl(baseUrl)]));
  results.push(
    await runConfig(`PostgreSQL, ${WORKERS} processes`, ['--store', 'postgres', '--database-url', await freshSchemaUrl(baseUrl), '--workers', String(WORKERS)]),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  if (cluster) await stopCluster(cluster.dir);
}

const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
const lines = [
  `Machine: ${machine}. Loopback; autocannon ${CONNECTIONS} connections; ${SECONDS} s per phase; ${TENANTS} tenants (collections) of 20 facts; hot = ${HOT} writes into one collection.`,
  '',
  '| configuration | read req/s | read p99 ms | write req/s | write p99 ms | hot-scope req/s | hot p99 ms | writes acknowledged | lost |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((c) => {
    const [read, write, hot] = c.phases;
    return `| ${c.config} | ${read!.rps} | ${read!.p99} | ${write!.rps} | ${write!.p99} | ${hot!.rps} | ${hot!.p99} | ${c.acknowledged} | ${c.lost} |`;
  }),
];
process.stdout.write(`${lines.join('\n')}\n`);
writeFileSync(values.out!, `${JSON.stringify({ machine, connections: CONNECTIONS, seconds: SECONDS, tenants: TENANTS, hot: HOT, results }, null, 2)}\n`);
const lost = results.reduce((n, c) => n + c.lost, 0);
const failed = results.some((c) => c.phases.some((p) => p.non2xx + p.errors > 0));
if (lost > 0 || failed) {
  say(`FAILED: ${lost} lost writes; non-2xx or errors in some phase`);
  process.exitCode = 1;
}
