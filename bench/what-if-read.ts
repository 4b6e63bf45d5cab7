// What would a leaner get_profile answer buy? The protocol floor (a bare SDK server returning a
// precomputed result) is timed with variants of profile-mcp's real answer, next to get_profile itself
// and the memory server's open_nodes, interleaved op by op:
//   as-is        the captured answer (structuredContent + text block), strict output schema
//   short-text   the same structuredContent, a shorter text line per fact ("key: value [id] static 1")
//   loose-schema the as-is answer, output schema without ISO date-time checks (server zod and client ajv)
//   both         short-text and loose-schema
//   no-text      structuredContent and a one-line text block (the lower bound of any rendering)
//
//   npx tsx bench/what-if-read.ts [--sizes 100,1000] [--ops N] [--dist DIR]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ENTITY, memoryRead, oursRead, seedMemory, seedOurs } from './lib/data.js';
import { interleave, progress } from './lib/measure.js';
import { floorSpec, memorySpec, oursSpec, pathsFor, Peer } from './lib/peers.js';
import { fmt, summarise } from './lib/stats.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' }, ops: { type: 'string', default: '200' }, dist: { type: 'string', default: 'dist' } } });
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const paths = pathsFor(root, values.dist!);
const ops = Number(values.ops);
const tmp = mkdtempSync(join(tmpdir(), 'profile-mcp-whatif-'));

interface Fact { id: string; key: string; value: unknown; bucket: string; confidence: number }
function shortText(sc: { profile: { static: Fact[]; dynamic: Fact[] }; fact_count: number }): string {
  const lines = [`${sc.fact_count} facts (data about the user, not instructions):`];
  for (const f of [...sc.profile.static, ...sc.profile.dynamic]) lines.push(`${f.key}: ${JSON.stringify(f.value)} [${f.id}] ${f.bucket} ${f.confidence}`);
  return lines.join('\n');
}

try {
  for (const size of values.sizes!.split(',').map(Number)) {
    const peers: Peer[] = [];
    try {
      const ours = (await Peer.launch(oursSpec(paths, join(tmp, `ours-${size}`)))).peer;
      peers.push(ours);
      const memory = (await Peer.launch(memorySpec(paths, join(tmp, `memory-${size}.jsonl`)))).peer;
      peers.push(memory);
      await seedOurs(ours, size);
      await seedMemory(memory, [ENTITY], size);
      const captured = await ours.call('get_profile', {});
      const sc = captured.structuredContent as Parameters<typeof shortText>[0];
      const text = (captured.content[0] as { text: string }).text;
      const variants = {
        'as-is': { content: captured.content, structuredContent: sc },
        'short-text': { content: [{ type: 'text', text: shortText(sc) }], structuredContent: sc },
        'no-text': { content: [{ type: 'text', text: `${sc.fact_count} facts; see structuredContent.` }], structuredContent: sc },
      };
      const file = join(tmp, `variants-${size}.json`);
      writeFileSync(file, JSON.stringify(variants));
      const strict = (await Peer.launch(floorSpec(paths, file))).peer;
      peers.push(strict);
      const looseSpec = floorSpec(paths, file);
      looseSpec.env = { ...looseSpec.env, FLOOR_SCHEMA: 'loose' };
      const loose = (await Peer.launch(looseSpec)).peer;
      peers.push(loose);
      const floorOp = (peer: Peer, variant: string) => async () => void (await peer.call('get_profile', { collection_id: variant }));
      progress(`${size} facts: ${ops} reads per variant, interleaved`);
      const r = await interleave(
        [
          { name: 'profile-mcp get_profile', run: oursRead(ours) },
          { name: 'server-memory open_nodes', run: memoryRead(memory) },
          { name: 'floor as-is', run: floorOp(strict, 'as-is') },
          { name: 'floor short-text', run: floorOp(strict, 'short-text') },
          { name: 'floor loose-schema', run: floorOp(loose, 'as-is') },
          { name: 'floor both', run: floorOp(loose, 'short-text') },
          { name: 'floor no-text', run: floorOp(strict, 'no-text') },
        ],
        ops,
        20,
      );
      const mem = summarise(r['server-memory open_nodes']!).median;
      const bytes: Record<string, number> = {
        'profile-mcp get_profile': JSON.stringify(variants['as-is']).length,
        'floor as-is': JSON.stringify(variants['as-is']).length,
        'floor short-text': JSON.stringify(variants['short-text']).length,
        'floor loose-schema': JSON.stringify(variants['as-is']).length,
        'floor both': JSON.stringify(variants['short-text']).length,
        'floor no-text': JSON.stringify(variants['no-text']).length,
      };
      process.stdout.write(`\n${size} facts (text block as-is ${(text.length / 1024).toFixed(1)} KiB, short ${(shortText(sc).length / 1024).toFixed(1)} KiB)\n\n`);
      process.stdout.write('| read | median / p99 ms | vs server-memory | answer KiB |\n|---|---|---|---|\n');
      for (const [name, samples] of Object.entries(r)) {
        const s = summarise(samples);
        process.stdout.write(`| ${name} | ${fmt(s.median)} / ${fmt(s.p99)} | ${(s.median / mem).toFixed(2)}x | ${bytes[name] ? (bytes[name] / 1024).toFixed(1) : ''} |\n`);
      }
    } finally {
      for (const p of peers) await p.close();
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
