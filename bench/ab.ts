// A/B two builds of profile-mcp in one interleaved run, with the memory server as the reference:
// did a change help? Single-fact write and get_profile at each size, and cold start to tools/list.
//
//   npx tsx bench/ab.ts --a dist --b /path/to/other/dist [--sizes 100,1000] [--ops N] [--starts N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ENTITY, memoryRead, memoryWrite, oursRead, oursWrite, seedMemory, seedOurs } from './lib/data.js';
import { interleave, progress } from './lib/measure.js';
import { memorySpec, oursSpec, pathsFor, Peer } from './lib/peers.js';
import { fmt, summarise } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    a: { type: 'string', default: 'dist' },
    b: { type: 'string' },
    sizes: { type: 'string', default: '100,1000' },
    ops: { type: 'string', default: '300' },
    starts: { type: 'string', default: '10' },
  },
});
if (!values.b) {
  process.stderr.write('usage: tsx bench/ab.ts --a DIST_A --b DIST_B [--sizes 100,1000] [--ops N] [--starts N]\n');
  process.exit(2);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const A = pathsFor(root, values.a!);
const B = pathsFor(root, values.b);
const ops = Number(values.ops);
const tmp = mkdtempSync(join(tmpdir(), 'profile-mcp-ab-'));
const line = (label: string, s: ReturnType<typeof summarise>, ref: number) =>
  process.stdout.write(`| ${label} | ${fmt(s.median)} / ${fmt(s.p99)} | ${(s.median / ref).toFixed(2)}x |\n`);

try {
  process.stdout.write(`A = ${A.dist}\nB = ${B.dist}\n`);
  for (const size of values.sizes!.split(',').map(Number)) {
    const peers: Peer[] = [];
    try {
      const a = (await Peer.launch(oursSpec(A, join(tmp, `a-${size}`)))).peer;
      peers.push(a);
      const b = (await Peer.launch(oursSpec(B, join(tmp, `b-${size}`)))).peer;
      peers.push(b);
      const m = (await Peer.launch(memorySpec(A, join(tmp, `m-${size}.jsonl`)))).peer;
      peers.push(m);
      await seedOurs(a, size);
      await seedOurs(b, size);
      await seedMemory(m, [ENTITY], size);
      progress(`${size} facts: ${ops} writes and reads each`);
      const mw = memoryWrite(m);
      const w = await interleave(
        [
          { name: 'A', run: oursWrite(a, size) },
          { name: 'B', run: oursWrite(b, size) },
          { name: 'memory', run: mw.op, after: mw.after },
        ],
        ops,
        20,
      );
      const r = await interleave(
        [
          { name: 'A', run: oursRead(a) },
          { name: 'B', run: oursRead(b) },
          { name: 'memory', run: memoryRead(m) },
        ],
        ops,
        20,
      );
      for (const [op, res] of [['write', w], ['read', r]] as const) {
        const ref = summarise(res.memory!).median;
        process.stdout.write(`\n${size} facts, ${op} (median / p99 ms; vs memory server)\n\n| build | ms | vs memory |\n|---|---|---|\n`);
        line('A', summarise(res.A!), ref);
        line('B', summarise(res.B!), ref);
        line('server-memory', summarise(res.memory!), ref);
      }
    } finally {
      for (const p of peers) await p.close();
    }
  }
  const starts = Number(values.starts);
  if (starts > 0) {
    progress(`cold start: ${starts} each`);
    const s: Record<string, number[]> = { A: [], B: [], memory: [] };
    for (let i = 0; i < starts; i++) {
      const specs: Array<[string, Parameters<typeof Peer.launch>[0]]> = [
        ['A', oursSpec(A, join(tmp, `ca-${i}`))],
        ['B', oursSpec(B, join(tmp, `cb-${i}`))],
        ['memory', memorySpec(A, join(tmp, `cm-${i}.jsonl`))],
      ];
      for (let k = 0; k < specs.length; k++) {
        const [name, spec] = specs[(k + i) % specs.length]!;
        const { peer, startMs } = await Peer.launch(spec);
        if (i > 0) s[name]!.push(startMs); // the first round warms the file-system cache
        await peer.close();
      }
    }
    const ref = summarise(s.memory!).median;
    process.stdout.write(`\ncold start to tools/list (median / p99 ms; vs memory server)\n\n| build | ms | vs memory |\n|---|---|---|\n`);
    line('A', summarise(s.A!), ref);
    line('B', summarise(s.B!), ref);
    line('server-memory', summarise(s.memory!), ref);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
