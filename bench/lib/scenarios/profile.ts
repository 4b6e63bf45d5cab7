import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratch, type Context, type Pair } from '../context.js';
import { ENTITY, expectFactCount, expectObservations, memoryRead, memoryWrite, oursRead, oursWrite, seedMemory, seedOurs } from '../data.js';
import { interleave, progress } from '../measure.js';
import { floorSpec, launchPair, Peer } from '../peers.js';
import { summarise, type Summary } from '../stats.js';

export interface ProfileResult {
  facts: number;
  write: Pair;
  read: Pair & { floor: Summary };
  /** Bytes of the get_profile answer (structuredContent + text block, as JSON) that the floor returns too. */
  resultBytes: number;
  /** The same for the memory server's open_nodes answer. */
  memoryResultBytes: number;
  /** Ping round trips on the same processes (only measured at the first size). */
  ping?: { ours: Summary; memory: Summary; floor: Summary };
  /** A captured get_profile CallToolResult, for the cold-start floor server. */
  floorResultsFile: string;
}

/**
 * profile-N: one profile of N facts vs one entity with N observations. Single-fact writes (ours
 * patch_profile of an existing key; theirs add_observations, undone untimed) interleaved op by op, then
 * reads (get_profile / open_nodes) interleaved with the protocol floor returning the same get_profile result.
 */
export async function profileScenario(ctx: Context, facts: number, withPing: boolean): Promise<ProfileResult> {
  const name = `profile-${facts}`;
  const dir = scratch(ctx, name);
  const peers: Peer[] = [];
  let result: ProfileResult;
  try {
    const { ours, memory } = await launchPair(ctx, name, peers);
    progress(`${name}: seeding`);
    await seedOurs(ours, facts);
    await seedMemory(memory, [ENTITY], facts);
    await expectFactCount(ours, facts);
    await expectObservations(memory, ENTITY, facts);

    const { warmup, ops } = ctx.iterations;
    progress(`${name}: ${ops} writes each, interleaved`);
    const mw = memoryWrite(memory);
    const w = await interleave(
      [
        { name: 'ours', run: oursWrite(ours, facts) },
        { name: 'memory', run: mw.op, after: mw.after },
      ],
      ops,
      warmup,
    );
    await expectFactCount(ours, facts);
    await expectObservations(memory, ENTITY, facts);

    // The floor returns exactly what get_profile returns now (same structuredContent and text block).
    const captured = await ours.call('get_profile', {});
    const floorResultsFile = join(dir, 'floor-results.json');
    writeFileSync(floorResultsFile, JSON.stringify({ global: { content: captured.content, structuredContent: captured.structuredContent } }));
    const resultBytes = Buffer.byteLength(JSON.stringify({ content: captured.content, structuredContent: captured.structuredContent }));
    const theirs = await memory.call('open_nodes', { names: [ENTITY] });
    const memoryResultBytes = Buffer.byteLength(JSON.stringify({ content: theirs.content, structuredContent: theirs.structuredContent }));
    const floor = (await Peer.launch(floorSpec(ctx.paths, floorResultsFile))).peer;
    peers.push(floor);

    progress(`${name}: ${ops} reads each (ours, memory, protocol floor), interleaved`);
    const r = await interleave(
      [
        { name: 'ours', run: oursRead(ours) },
        { name: 'memory', run: memoryRead(memory) },
        { name: 'floor', run: async () => void (await floor.call('get_profile', {})) },
      ],
      ops,
      warmup,
    );

    let ping: ProfileResult['ping'];
    if (withPing) {
      progress(`ping: ${ctx.iterations.ping} each`);
      const p = await interleave(
        [
          { name: 'ours', run: () => ours.ping() },
          { name: 'memory', run: () => memory.ping() },
          { name: 'floor', run: () => floor.ping() },
        ],
        ctx.iterations.ping,
        warmup,
      );
      ping = { ours: summarise(p.ours!), memory: summarise(p.memory!), floor: summarise(p.floor!) };
    }

    result = {
      facts,
      write: { ours: summarise(w.ours!), memory: summarise(w.memory!) },
      read: { ours: summarise(r.ours!), memory: summarise(r.memory!), floor: summarise(r.floor!) },
      resultBytes,
      memoryResultBytes,
      ping,
      floorResultsFile,
    };
  } finally {
    for (const p of peers) await p.close();
  }
  return result;
}
