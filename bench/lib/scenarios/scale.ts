import { join } from 'node:path';
import { profFlags, scratch, type Context, type Pair } from '../context.js';
import { ENTITY, expectFactCount, memoryRead, memoryWrite, oursRead, oursWrite, seedMemory, seedOurs } from '../data.js';
import { interleave, progress, type TimedOp } from '../measure.js';
import { memorySpec, oursSpec, Peer } from '../peers.js';
import { summarise } from '../stats.js';

export interface ScalePoint {
  facts: number;
  write: Pair;
  read: Pair;
  /** Resident memory after the reads (MiB); null when /proc is not available. */
  rss: { ours: { rssMiB: number; peakMiB: number } | null; memory: { rssMiB: number; peakMiB: number } | null };
}

export const SCALE_SIZES = [10, 100, 1_000, 10_000] as const;

/**
 * The scale curve: one scope of 10, 100, 1,000 and 10,000 facts (a server process per size and peer),
 * single-fact write and read at each size, all sizes and both peers interleaved op by op.
 */
export async function scaleScenario(ctx: Context): Promise<ScalePoint[]> {
  const peers: Peer[] = [];
  try {
    const sets: Array<{ facts: number; ours: Peer; memory: Peer }> = [];
    for (const facts of SCALE_SIZES) {
      const name = `scale-${facts}`;
      const ours = (await Peer.launch(oursSpec(ctx.paths, scratch(ctx, name, 'ours'), profFlags(ctx, name)))).peer;
      peers.push(ours);
      const memory = (await Peer.launch(memorySpec(ctx.paths, join(scratch(ctx, name, 'memory'), 'memory.jsonl')))).peer;
      peers.push(memory);
      progress(`scale: seeding ${facts} facts`);
      await seedOurs(ours, facts);
      await seedMemory(memory, [ENTITY], facts);
      await expectFactCount(ours, facts);
      sets.push({ facts, ours, memory });
    }
    const { warmup, scaleOps } = ctx.iterations;
    const writes: TimedOp[] = [];
    const reads: TimedOp[] = [];
    for (const s of sets) {
      const mw = memoryWrite(s.memory);
      writes.push({ name: `ours-${s.facts}`, run: oursWrite(s.ours, s.facts) });
      writes.push({ name: `memory-${s.facts}`, run: mw.op, after: mw.after });
      reads.push({ name: `ours-${s.facts}`, run: oursRead(s.ours) });
      reads.push({ name: `memory-${s.facts}`, run: memoryRead(s.memory) });
    }
    progress(`scale: ${scaleOps} writes per size and peer, interleaved`);
    const w = await interleave(writes, scaleOps, Math.min(warmup, 5));
    progress(`scale: ${scaleOps} reads per size and peer, interleaved`);
    const r = await interleave(reads, scaleOps, Math.min(warmup, 5));
    return sets.map((s) => ({
      facts: s.facts,
      write: { ours: summarise(w[`ours-${s.facts}`]!), memory: summarise(w[`memory-${s.facts}`]!) },
      read: { ours: summarise(r[`ours-${s.facts}`]!), memory: summarise(r[`memory-${s.facts}`]!) },
      rss: { ours: s.ours.rss(), memory: s.memory.rss() },
    }));
  } finally {
    for (const p of peers) await p.close();
  }
}
