import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { profFlags, scratch, type Context } from '../context.js';
import { ENTITY, expectObservations, factKey, seedMemory, seedOurs } from '../data.js';
import { progress } from '../measure.js';
import { memorySpec, oursSpec, Peer } from '../peers.js';
import { median } from '../stats.js';

export const WRITERS = 16;

export interface Throughput {
  /** Writes per second, median over rounds. */
  sequential: number;
  concurrent: number;
  ratio: number;
  opsPerRound: number;
  rounds: number;
}

export interface ConcurrencyResult {
  writers: number;
  /** 16 concurrent tools/call (patch_profile) in flight on one stdio connection vs one at a time. */
  stdio: Throughput & { lostWrites: number };
  /** 16 concurrent ProfileService.patchProfile calls in one process (no MCP) vs one at a time. */
  inProcess: Throughput & { lostWrites: number };
  /** The memory server under the same 16-way stdio load, for context: its writes are not serialised. */
  memory: Throughput & { lostWrites: number };
}

type Write = (writer: number, seq: number) => Promise<void>;

/** `total` writes: one at a time, then `writers` loops of total/writers writes each, all in flight together. */
async function measure(write: Write, total: number, writers: number, rounds: number, label: string): Promise<Omit<Throughput, 'ratio'> & { ratio: number }> {
  const seq: number[] = [];
  const conc: number[] = [];
  let n = 0;
  for (let r = 0; r < rounds; r++) {
    progress(`concurrency (${label}): round ${r + 1}/${rounds}, ${total} writes sequential then ${writers}-way`);
    let t0 = performance.now();
    for (let i = 0; i < total; i++) await write(i % writers, n++);
    seq.push(total / ((performance.now() - t0) / 1000));
    const per = Math.ceil(total / writers);
    t0 = performance.now();
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < per; i++) await write(w, n++);
      }),
    );
    conc.push((per * writers) / ((performance.now() - t0) / 1000));
  }
  const sequential = median(seq);
  const concurrent = median(conc);
  return { sequential, concurrent, ratio: concurrent / sequential, opsPerRound: total, rounds };
}

/** Each writer w owns key fact_0000w; the last value it wrote must be the one stored. */
function lastValues() {
  const last = new Map<number, string>();
  const value = (w: number, seq: number) => {
    const v = `writer ${w} write ${seq}`;
    last.set(w, v);
    return v;
  };
  const lost = (stored: (w: number) => unknown) => [...last].filter(([w, v]) => stored(w) !== v).length;
  return { value, lost };
}

export async function concurrencyScenario(ctx: Context): Promise<ConcurrencyResult> {
  const { concurrentOps: total, concurrentRounds: rounds } = ctx.iterations;

  // 1. Over stdio: one connection, 16 requests in flight.
  let stdio: ConcurrencyResult['stdio'];
  {
    const ours = (await Peer.launch(oursSpec(ctx.paths, scratch(ctx, 'concurrency', 'ours'), profFlags(ctx, 'concurrency')))).peer;
    try {
      await seedOurs(ours, 100);
      const lv = lastValues();
      const t = await measure(
        async (w, seq) => void (await ours.call('patch_profile', { facts: { [factKey(w)]: lv.value(w, seq) } })),
        total,
        WRITERS,
        rounds,
        'profile-mcp over stdio',
      );
      const profile = (await ours.call('get_profile', {})).structuredContent as { profile: { static: Array<{ key: string; value: unknown }> } };
      const byKey = new Map(profile.profile.static.map((f) => [f.key, f.value]));
      stdio = { ...t, lostWrites: lv.lost((w) => byKey.get(factKey(w))) };
    } finally {
      await ours.close();
    }
  }

  // 2. In process: the service and store alone.
  let inProcess: ConcurrencyResult['inProcess'];
  {
    const appModule = (await import(pathToFileURL(join(ctx.paths.dist, 'app.js')).href)) as {
      openApp(options: { dataDir: string }): Promise<{
        service: {
          patchProfile(account: string, params: { facts: Record<string, unknown> }): Promise<unknown>;
          getProfile(account: string, params: object): Promise<{ profile: { static: Array<{ key: string; value: unknown }> } }>;
        };
        close(): Promise<void>;
      }>;
    };
    const app = await appModule.openApp({ dataDir: scratch(ctx, 'concurrency', 'in-process') });
    try {
      const seed: Record<string, string> = {};
      for (let j = 0; j < 100; j++) seed[factKey(j)] = `seed ${j}`;
      await app.service.patchProfile('local', { facts: seed });
      const lv = lastValues();
      const t = await measure(
        async (w, seq) => void (await app.service.patchProfile('local', { facts: { [factKey(w)]: lv.value(w, seq) } })),
        total,
        WRITERS,
        rounds,
        'profile-mcp in-process service',
      );
      const profile = await app.service.getProfile('local', {});
      const byKey = new Map(profile.profile.static.map((f) => [f.key, f.value]));
      inProcess = { ...t, lostWrites: lv.lost((w) => byKey.get(factKey(w))) };
    } finally {
      await app.close();
    }
  }

  // 3. The memory server, same load over stdio. Every add_observations adds one distinct observation.
  let memory: ConcurrencyResult['memory'];
  {
    const peer = (await Peer.launch(memorySpec(ctx.paths, join(scratch(ctx, 'concurrency', 'memory'), 'memory.jsonl')))).peer;
    try {
      await seedMemory(peer, [ENTITY], 100);
      let sent = 0;
      const t = await measure(
        async (w, seq) => {
          sent++;
          await peer.call('add_observations', { observations: [{ entityName: ENTITY, contents: [`writer ${w} write ${seq}`] }] });
        },
        total,
        WRITERS,
        rounds,
        'server-memory over stdio',
      );
      const stored = await expectObservations(peer, ENTITY, -1);
      memory = { ...t, lostWrites: 100 + sent - stored };
    } finally {
      await peer.close();
    }
  }
  return { writers: WRITERS, stdio, inProcess, memory };
}
