import { join } from 'node:path';
import { scratch, type Context } from '../context.js';
import { progress } from '../measure.js';
import { floorSpec, memorySpec, oursSpec, Peer, type LaunchSpec } from '../peers.js';
import { summarise, type Summary } from '../stats.js';

export interface ColdStartResult {
  ours: Summary;
  memory: Summary;
  floor: Summary;
  /** The two parts of a start: spawn to the initialize answer, then the first tools/list round trip. */
  parts: Record<'ours' | 'memory' | 'floor', { initialize: Summary; toolsList: Summary }>;
}

/**
 * Cold start: from spawning `node <entry>` to the answer of the first tools/list (after initialize),
 * as a host experiences it. Each round starts every server once, in rotating order, on an empty data dir.
 */
export async function coldStartScenario(ctx: Context, floorResultsFile: string): Promise<ColdStartResult> {
  const rounds = ctx.iterations.coldStarts;
  progress(`cold start: ${rounds} launches each`);
  const samples: Record<'ours' | 'memory' | 'floor', number[]> = { ours: [], memory: [], floor: [] };
  const init: Record<'ours' | 'memory' | 'floor', number[]> = { ours: [], memory: [], floor: [] };
  const list: Record<'ours' | 'memory' | 'floor', number[]> = { ours: [], memory: [], floor: [] };
  const specs = (r: number): Array<['ours' | 'memory' | 'floor', LaunchSpec]> => [
    ['ours', oursSpec(ctx.paths, scratch(ctx, 'cold', `ours-${r}`))],
    ['memory', memorySpec(ctx.paths, join(scratch(ctx, 'cold', `memory-${r}`), 'memory.jsonl'))],
    ['floor', floorSpec(ctx.paths, floorResultsFile)],
  ];
  // One untimed launch of each first, so the file-system cache is warm for all of them alike.
  for (const [, spec] of specs(-1)) await (await Peer.launch(spec)).peer.close();
  for (let r = 0; r < rounds; r++) {
    const round = specs(r);
    const order = round.map((_, i) => round[(i + r) % round.length]!);
    for (const [key, spec] of order) {
      const { peer, startMs, initializeMs, listMs } = await Peer.launch(spec);
      samples[key].push(startMs);
      init[key].push(initializeMs);
      list[key].push(listMs);
      await peer.close();
    }
  }
  const parts = (k: 'ours' | 'memory' | 'floor') => ({ initialize: summarise(init[k]), toolsList: summarise(list[k]) });
  return {
    ours: summarise(samples.ours),
    memory: summarise(samples.memory),
    floor: summarise(samples.floor),
    parts: { ours: parts('ours'), memory: parts('memory'), floor: parts('floor') },
  };
}
