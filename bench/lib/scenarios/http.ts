import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { profFlags, scratch, type Context } from '../context.js';
import { factKey, factValue } from '../data.js';
import { progress } from '../measure.js';
import { median } from '../stats.js';

export const HTTP_CONNECTIONS = 64;

export interface RouteResult {
  route: string;
  /** Requests per second (mean over the run), median over rounds. */
  rps: number;
  /** Latency in ms (autocannon's histogram), median over rounds. */
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export type HttpResult =
  | { ran: true; facts: number; connections: number; seconds: number; rounds: number; bare: RouteResult; get: RouteResult; patch: RouteResult }
  | { ran: false; reason: string };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitHealthy(base: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`profile-mcp http exited with ${child.exitCode}: ${stderr()}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`profile-mcp http did not answer /healthz within 15 s: ${stderr()}`);
}

/**
 * HTTP: `profile-mcp http` on loopback (open mode: no keys), autocannon with 64 connections against the
 * bare route (the framework's floor on the same server), GET /v1/profile and PATCH /v1/profile with one
 * fact (a new value on every request, so every request really writes).
 */
export async function httpScenario(ctx: Context, barePath: string, facts = 100): Promise<HttpResult> {
  const entry = join(ctx.paths.dist, 'commands/http.js');
  if (!existsSync(entry)) return { ran: false, reason: `${entry} does not exist (HTTP server not built yet)` };
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let tail = '';
  const child = spawn(
    process.execPath,
    [...profFlags(ctx, 'http'), join(ctx.paths.dist, 'cli.js'), 'http', '--port', String(port), '--data', scratch(ctx, 'http')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      // The load generator is one client far over docs/spec.md §8's per-key rates: measure the server, not the limiter.
      env: { ...process.env, PROFILE_MCP_RATE_LIMITS: 'off' },
    },
  );
  child.stderr?.on('data', (c: Buffer) => (tail = (tail + c.toString('utf8')).slice(-4000)));
  try {
    await waitHealthy(base, child, () => tail);
    const seed: Record<string, string> = {};
    for (let j = 0; j < facts; j++) seed[factKey(j)] = factValue(j);
    const res = await fetch(`${base}/v1/profile`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(seed) });
    if (!res.ok) throw new Error(`seeding PATCH /v1/profile answered ${res.status}: ${await res.text()}`);
    const check = (await (await fetch(`${base}/v1/profile`)).json()) as { fact_count?: number };
    if (check.fact_count !== facts) throw new Error(`GET /v1/profile after seeding: fact_count ${String(check.fact_count)}, expected ${facts}`);

    const { httpSeconds: seconds, httpRounds: rounds } = ctx.iterations;
    let n = 0;
    const routes: Array<{ key: 'bare' | 'get' | 'patch'; label: string; options: Parameters<typeof autocannon>[0] }> = [
      { key: 'bare', label: `GET ${barePath}`, options: { url: `${base}${barePath}` } },
      { key: 'get', label: 'GET /v1/profile', options: { url: `${base}/v1/profile` } },
      {
        key: 'patch',
        label: 'PATCH /v1/profile (1 fact)',
        options: {
          url: base,
          requests: [
            {
              method: 'PATCH',
              path: '/v1/profile',
              headers: { 'content-type': 'application/json' },
              setupRequest: (req) => {
                n++;
                return { ...req, body: JSON.stringify({ [factKey(n % facts)]: factValue(n % facts, n) }) };
              },
            },
          ],
        },
      },
    ];
    const runs: Record<string, Array<{ rps: number; p50: number; p99: number; non2xx: number; errors: number }>> = { bare: [], get: [], patch: [] };
    // Untimed warm-up of every route (JIT, connection pools, parse cache).
    for (const route of routes) await autocannon({ ...route.options, connections: HTTP_CONNECTIONS, duration: 1 });
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? routes : [...routes].reverse();
      for (const route of order) {
        progress(`http: ${route.label}, ${HTTP_CONNECTIONS} connections, ${seconds} s (round ${r + 1}/${rounds})`);
        const out = await autocannon({ ...route.options, connections: HTTP_CONNECTIONS, duration: seconds });
        runs[route.key]!.push({ rps: out.requests.average, p50: out.latency.p50, p99: out.latency.p99, non2xx: out.non2xx, errors: out.errors + out.timeouts });
      }
    }
    const fold = (key: string, label: string): RouteResult => {
      const list = runs[key]!;
      return {
        route: label,
        rps: median(list.map((x) => x.rps)),
        p50: median(list.map((x) => x.p50)),
        p99: median(list.map((x) => x.p99)),
        non2xx: list.reduce((a, x) => a + x.non2xx, 0),
        errors: list.reduce((a, x) => a + x.errors, 0),
      };
    };
    return {
      ran: true,
      facts,
      connections: HTTP_CONNECTIONS,
      seconds,
      rounds,
      bare: fold('bare', routes[0]!.label),
      get: fold('get', routes[1]!.label),
      patch: fold('patch', routes[2]!.label),
    };
  } catch (err) {
    return { ran: false, reason: (err as Error).message };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => {
      if (child.exitCode !== null) r(undefined);
      else child.once('exit', r);
      setTimeout(r, 12_000).unref();
    });
  }
}
