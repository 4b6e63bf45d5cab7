import type { Pair } from './context.js';
import type { ColdStartResult } from './scenarios/coldstart.js';
import type { ConcurrencyResult } from './scenarios/concurrency.js';
import type { HttpResult } from './scenarios/http.js';
import type { ProfileResult } from './scenarios/profile.js';
import type { ScalePoint } from './scenarios/scale.js';
import type { CollectionsResult, ReadPoint } from './scenarios/reads.js';
import type { TenantsResult } from './scenarios/tenants.js';
import { fmt, fmtRatio, type Summary } from './stats.js';

export interface Results {
  profile: ProfileResult[];
  tenants?: TenantsResult;
  coldStart?: ColdStartResult;
  scale?: ScalePoint[];
  concurrency?: ConcurrencyResult;
  http?: HttpResult;
  reads?: { points: ReadPoint[]; collections: CollectionsResult };
}

export interface Target {
  id: string;
  what: string;
  measured: number;
  cmp: '<=' | '>=';
  limit: number;
  pass: boolean;
  /** The figures the ratio comes from. */
  basis: string;
  /** 'ms' for an absolute target; ratios otherwise. */
  unit?: 'ms';
}

function target(id: string, what: string, measured: number, cmp: '<=' | '>=', limit: number, basis: string): Target {
  const pass = Number.isFinite(measured) && (cmp === '<=' ? measured <= limit : measured >= limit);
  return { id, what, measured, cmp, limit, pass, basis };
}

const ms = (s: Summary) => `${fmt(s.median)} ms`;
const vs = (a: Summary, b: Summary) => `${ms(a)} vs ${ms(b)}`;

/** The targets, from medians measured in this run. */
export function targets(r: Results): Target[] {
  const out: Target[] = [];
  const p100 = r.profile.find((p) => p.facts === 100);
  const p1000 = r.profile.find((p) => p.facts === 1000);
  if (p100) {
    out.push(
      target(
        'profile-100.write',
        'profile-100 write vs memory server',
        p100.write.ours.median / p100.write.memory.median,
        '<=',
        1.5,
        vs(p100.write.ours, p100.write.memory),
      ),
    );
    out.push(
      target(
        'profile-100.read',
        'profile-100 read vs memory server',
        p100.read.ours.median / p100.read.memory.median,
        '<=',
        1.5,
        vs(p100.read.ours, p100.read.memory),
      ),
    );
  }
  if (p1000) {
    out.push(
      target(
        'profile-1000.write',
        'profile-1000 write vs memory server',
        p1000.write.ours.median / p1000.write.memory.median,
        '<=',
        2,
        vs(p1000.write.ours, p1000.write.memory),
      ),
    );
  }
  if (r.tenants) {
    const t = r.tenants;
    out.push(
      target(
        'tenants.write',
        'tenants-100x100 write vs memory server',
        t.write.ours.median / t.write.memory.median,
        '<=',
        0.5,
        vs(t.write.ours, t.write.memory),
      ),
    );
    out.push(
      target('tenants.read', 'tenants-100x100 read vs memory server', t.read.ours.median / t.read.memory.median, '<=', 1.0, vs(t.read.ours, t.read.memory)),
    );
  }
  for (const p of [p100, p1000]) {
    if (!p) continue;
    out.push(
      target(
        `floor-${p.facts}`,
        `get_profile vs protocol floor at ${p.facts} facts`,
        p.read.ours.median / p.read.floor.median,
        '<=',
        1.3,
        vs(p.read.ours, p.read.floor),
      ),
    );
  }
  if (r.reads) {
    for (const p of r.reads.points) {
      const limit = p.facts >= 10_000 ? 1.0 : 1.2;
      out.push(
        target(
          `reads-${p.facts}.default`,
          `get_profile (default 2,000 tokens) at ${p.facts} facts vs open_nodes`,
          p.ours.default.median / p.memory.median,
          '<=',
          limit,
          vs(p.ours.default, p.memory),
        ),
      );
      if (p.facts >= 10_000)
        out.push(
          target(
            `reads-${p.facts}.full`,
            `full read (max_tokens 100000) at ${p.facts} facts vs open_nodes`,
            p.ours.full.median / p.memory.median,
            '<=',
            2,
            vs(p.ours.full, p.memory),
          ),
        );
    }
    const c = r.reads.collections;
    out.push({
      ...target('collections.first', `list_collections first page at ${c.collections} collections (absolute)`, c.first.median, '<=', 20, ms(c.first)),
      unit: 'ms',
    });
  }
  if (r.coldStart) {
    out.push(
      target(
        'cold-start',
        'cold start to tools/list vs memory server',
        r.coldStart.ours.median / r.coldStart.memory.median,
        '<=',
        1.2,
        vs(r.coldStart.ours, r.coldStart.memory),
      ),
    );
  }
  const s10 = r.scale?.find((s) => s.facts === 10);
  const s1000 = r.scale?.find((s) => s.facts === 1000);
  if (s10 && s1000) {
    out.push(
      target(
        'scale.write',
        'write at 1,000 facts vs at 10 facts',
        s1000.write.ours.median / s10.write.ours.median,
        '<=',
        3,
        vs(s1000.write.ours, s10.write.ours),
      ),
    );
  }
  if (r.concurrency) {
    // The target is the store's coalescing within one process: 16 in-process service calls. The same load
    // through one stdio connection is in the concurrency table (it also measures the client's CPU).
    const c = r.concurrency.inProcess;
    out.push(
      target(
        'concurrency',
        `${r.concurrency.writers} concurrent writers vs sequential (in-process)`,
        c.ratio,
        '>=',
        5,
        `${c.concurrent.toFixed(0)} vs ${c.sequential.toFixed(0)} writes/s`,
      ),
    );
  }
  if (r.http?.ran) {
    const h = r.http;
    out.push(
      target(
        'http.get',
        'HTTP GET /v1/profile vs bare route throughput',
        h.get.rps / h.bare.rps,
        '>=',
        0.5,
        `${h.get.rps.toFixed(0)} vs ${h.bare.rps.toFixed(0)} req/s`,
      ),
    );
  }
  return out;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const cell = (s: Summary) => `${fmt(s.median)} / ${fmt(s.p99)}`;

/** The human-readable report: targets first, then every measured figure (median / p99 in ms). */
export function render(r: Results, meta: Record<string, unknown>): string {
  const parts: string[] = [];
  parts.push(
    `profile-mcp benchmark — ${String(meta.date)} — node ${String(meta.node)}, ${String(meta.cpus)} CPUs (${String(meta.cpuModel)})${meta.quick ? ' — QUICK RUN (few iterations; figures are rough)' : ''}`,
  );
  const ts = targets(r);
  parts.push(
    '## Targets (ratios of medians, measured in this run)\n\n' +
      table(
        ['target', 'measured', 'limit', 'result', 'basis (ours vs reference, medians)'],
        ts.map((t) => [
          t.what,
          t.unit === 'ms' ? `${fmt(t.measured)} ms` : fmtRatio(t.measured),
          `${t.cmp} ${t.limit}${t.unit ?? 'x'}`,
          t.pass ? 'PASS' : 'MISS',
          t.basis,
        ]),
      ),
  );

  const rows: string[][] = [];
  const pair = (scenario: string, op: string, p: Pair, extra = '') =>
    rows.push([scenario, op, cell(p.ours), cell(p.memory), fmtRatio(p.ours.median / p.memory.median), extra]);
  for (const p of r.profile) {
    pair(`profile-${p.facts}`, 'write (1 fact)', p.write);
    pair(
      `profile-${p.facts}`,
      'read',
      p.read,
      `floor ${cell(p.read.floor)}; ours/floor ${fmtRatio(p.read.ours.median / p.read.floor.median)}; answers ${(p.resultBytes / 1024).toFixed(1)} vs ${(p.memoryResultBytes / 1024).toFixed(1)} KiB`,
    );
  }
  if (r.tenants) {
    pair('tenants-100x100', 'write (1 fact)', r.tenants.write);
    pair('tenants-100x100', 'read (1 tenant)', r.tenants.read);
  }
  const ping = r.profile.find((p) => p.ping)?.ping;
  if (ping)
    rows.push(['ping', 'no-op round trip', cell(ping.ours), cell(ping.memory), fmtRatio(ping.ours.median / ping.memory.median), `floor ${cell(ping.floor)}`]);
  if (r.coldStart) {
    const c = r.coldStart;
    rows.push([
      'cold start',
      'spawn -> tools/list',
      cell(c.ours),
      cell(c.memory),
      fmtRatio(c.ours.median / c.memory.median),
      `bare SDK server ${cell(c.floor)}`,
    ]);
    rows.push([
      'cold start',
      '  spawn -> initialize',
      cell(c.parts.ours.initialize),
      cell(c.parts.memory.initialize),
      fmtRatio(c.parts.ours.initialize.median / c.parts.memory.initialize.median),
      `bare SDK server ${cell(c.parts.floor.initialize)}`,
    ]);
    rows.push([
      'cold start',
      '  first tools/list',
      cell(c.parts.ours.toolsList),
      cell(c.parts.memory.toolsList),
      fmtRatio(c.parts.ours.toolsList.median / c.parts.memory.toolsList.median),
      `bare SDK server ${cell(c.parts.floor.toolsList)}`,
    ]);
  }
  if (rows.length > 0) {
    parts.push(
      '## Stdio round trips (SDK client, median / p99 in ms)\n\n' + table(['scenario', 'operation', 'profile-mcp', 'server-memory', 'ratio', 'notes'], rows),
    );
  }

  if (r.reads) {
    const rowsR = r.reads.points.flatMap((p) => [
      [`${p.facts}`, 'open_nodes (memory server)', cell(p.memory), '1.00x', `${p.kib.memory.toFixed(1)} KiB`],
      [
        `${p.facts}`,
        `get_profile {} (2,000 tokens; ${p.defaultTokens} used)`,
        cell(p.ours.default),
        fmtRatio(p.ours.default.median / p.memory.median),
        `${p.kib.default.toFixed(1)} KiB`,
      ],
      [
        `${p.facts}`,
        `get_profile {max_tokens: 100000}${p.fullTruncated ? ' (truncated)' : ''}`,
        cell(p.ours.full),
        fmtRatio(p.ours.full.median / p.memory.median),
        `${p.kib.full.toFixed(1)} KiB`,
      ],
      [`${p.facts}`, 'get_profile {query} (ranked, uncached)', cell(p.ours.query), fmtRatio(p.ours.query.median / p.memory.median), ''],
      [`${p.facts}`, 'list_facts first page (100)', cell(p.ours.listFirst), fmtRatio(p.ours.listFirst.median / p.memory.median), ''],
      [`${p.facts}`, 'list_facts middle page (100, cursor)', cell(p.ours.listMiddle), fmtRatio(p.ours.listMiddle.median / p.memory.median), ''],
    ]);
    const c = r.reads.collections;
    rowsR.push(
      [`${c.collections} collections`, 'list_collections first page', cell(c.first), '', ''],
      [`${c.collections} collections`, 'list_collections middle page', cell(c.middle), '', ''],
    );
    parts.push('## Reads at scale (median / p99 in ms; ratio vs open_nodes)\n\n' + table(['facts', 'operation', 'median / p99', 'ratio', 'answer'], rowsR));
  }

  if (r.scale) {
    parts.push(
      '## Scale curve (one scope; median / p99 in ms; RSS after the run)\n\n' +
        table(
          ['facts', 'write profile-mcp', 'write memory', 'read profile-mcp', 'read memory', 'RSS profile-mcp', 'RSS memory'],
          r.scale.map((s) => [
            s.facts.toLocaleString('en-US'),
            cell(s.write.ours),
            cell(s.write.memory),
            cell(s.read.ours),
            cell(s.read.memory),
            s.rss.ours ? `${s.rss.ours.rssMiB.toFixed(0)} MiB (peak ${s.rss.ours.peakMiB.toFixed(0)})` : 'n/a',
            s.rss.memory ? `${s.rss.memory.rssMiB.toFixed(0)} MiB (peak ${s.rss.memory.peakMiB.toFixed(0)})` : 'n/a',
          ]),
        ),
    );
  }

  if (r.concurrency) {
    const c = r.concurrency;
    const row = (label: string, t: ConcurrencyResult['stdio']) => [
      label,
      t.sequential.toFixed(0),
      t.concurrent.toFixed(0),
      fmtRatio(t.ratio),
      String(t.lostWrites),
    ];
    parts.push(
      `## Concurrency (${c.writers} writers, one scope, ${c.stdio.opsPerRound} writes per round, median of ${c.stdio.rounds} rounds)\n\n` +
        table(
          ['path', 'sequential writes/s', `${c.writers}-way writes/s`, 'ratio', 'lost writes'],
          [
            row('profile-mcp, 16 in-process ProfileService calls (target)', c.inProcess),
            row('profile-mcp, 16 tools/call in flight on one stdio connection', c.stdio),
            row('server-memory, 16 tools/call in flight (context)', c.memory),
          ],
        ),
    );
  }

  if (r.http) {
    if (r.http.ran) {
      const h = r.http;
      parts.push(
        `## HTTP (autocannon, ${h.connections} connections, loopback, ${h.seconds} s x ${h.rounds} rounds, ${h.facts}-fact profile)\n\n` +
          table(
            ['route', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'],
            [h.bare, h.get, h.patch].map((x) => [x.route, x.rps.toFixed(0), fmt(x.p50), fmt(x.p99), String(x.non2xx), String(x.errors)]),
          ),
      );
    } else {
      parts.push(`## HTTP\n\nNot run: ${r.http.reason}`);
    }
  }
  return parts.join('\n\n');
}
