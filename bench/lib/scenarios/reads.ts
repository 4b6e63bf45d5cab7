import { encodeCursor } from '../../../src/profiles/cursor.js';
import { profFlags, scratch, type Context } from '../context.js';
import { ENTITY, expectFactCount, memoryRead, seedMemory, seedOurs } from '../data.js';
import { interleave, progress, type TimedOp } from '../measure.js';
import { launchPair, oursSpec, Peer } from '../peers.js';
import { summarise, type Summary } from '../stats.js';

/**
 * reads (issue 16): the read path at scale. At 1,000 and 10,000 facts, interleaved op by op with the
 * memory server's open_nodes: get_profile with the MCP default budget (2,000 tokens), the full read
 * (max_tokens 100000), a read ranked for a query, and list_facts pages (first and middle). Then one
 * account with 10,000 collections: list_collections first and middle page.
 */

export interface ReadPoint {
  facts: number;
  memory: Summary;
  ours: { default: Summary; full: Summary; query: Summary; listFirst: Summary; listMiddle: Summary };
  /** Answer sizes (structuredContent + text, as JSON), KiB. */
  kib: { default: number; full: number; memory: number };
  /** tokens and omitted of the default read. */
  defaultTokens: number;
  fullTruncated: boolean;
}

export interface CollectionsResult {
  collections: number;
  first: Summary;
  middle: Summary;
}

const kib = (r: { content: unknown; structuredContent?: unknown }) =>
  Buffer.byteLength(JSON.stringify({ content: r.content, structuredContent: r.structuredContent })) / 1024;

export async function readsScenario(ctx: Context): Promise<{ points: ReadPoint[]; collections: CollectionsResult }> {
  const points: ReadPoint[] = [];
  const { warmup, scaleOps } = ctx.iterations;
  for (const facts of ctx.iterations.readSizes) {
    const name = `reads-${facts}`;
    const peers: Peer[] = [];
    try {
      const { ours, memory } = await launchPair(ctx, name, peers);
      progress(`${name}: seeding`);
      await seedOurs(ours, facts);
      await seedMemory(memory, [ENTITY], facts);
      await expectFactCount(ours, facts);
      const def = await ours.call('get_profile', {});
      const full = await ours.call('get_profile', { max_tokens: 100000 });
      const theirs = await memory.call('open_nodes', { names: [ENTITY] });
      const middle = (await ours.call('list_facts', { limit: facts / 2 > 500 ? 500 : facts / 2 })).structuredContent as { next_cursor: string };
      const ops: TimedOp[] = [
        { name: 'memory', run: memoryRead(memory) },
        { name: 'default', run: async () => void (await ours.call('get_profile', {})) },
        { name: 'full', run: async () => void (await ours.call('get_profile', { max_tokens: 100000 })) },
        { name: 'query', run: async (i) => void (await ours.call('get_profile', { query: `plan a team dinner with note ${i % 50}` })) },
        { name: 'listFirst', run: async () => void (await ours.call('list_facts', { limit: 100 })) },
        { name: 'listMiddle', run: async () => void (await ours.call('list_facts', { limit: 100, cursor: middle.next_cursor })) },
      ];
      progress(`${name}: ${scaleOps} reads of each kind, interleaved`);
      const r = await interleave(ops, scaleOps, Math.min(warmup, 5));
      const sc = def.structuredContent as { tokens: number };
      points.push({
        facts,
        memory: summarise(r.memory!),
        ours: {
          default: summarise(r.default!),
          full: summarise(r.full!),
          query: summarise(r.query!),
          listFirst: summarise(r.listFirst!),
          listMiddle: summarise(r.listMiddle!),
        },
        kib: { default: kib(def), full: kib(full), memory: kib(theirs) },
        defaultTokens: sc.tokens,
        fullTruncated: (full.structuredContent as { truncated: boolean }).truncated,
      });
    } finally {
      for (const p of peers) await p.close();
    }
  }

  const name = 'collections';
  const ours = (await Peer.launch(oursSpec(ctx.paths, scratch(ctx, name, 'ours'), profFlags(ctx, name)))).peer;
  try {
    const COLLECTIONS = ctx.iterations.collections;
    progress(`${name}: seeding ${COLLECTIONS} collections`);
    for (let c = 0; c < COLLECTIONS; c += 16) {
      const batch = Array.from({ length: Math.min(16, COLLECTIONS - c) }, (_, k) => c + k);
      await Promise.all(
        batch.map((n) => ours.call('patch_profile', { facts: { role: `role ${n}`, company: 'Acme' }, collection_id: `user_${String(n).padStart(5, '0')}` })),
      );
    }
    const middle = `user_${String(COLLECTIONS / 2).padStart(5, '0')}`;
    const cursor = encodeCursor(middle);
    const probe = (await ours.call('list_collections', {})).structuredContent as { total: number };
    if (probe.total !== COLLECTIONS) throw new Error(`collections: expected ${COLLECTIONS}, found ${probe.total}`);
    progress(`${name}: ${scaleOps} list_collections pages of each kind`);
    const r = await interleave(
      [
        { name: 'first', run: async () => void (await ours.call('list_collections', {})) },
        { name: 'middle', run: async () => void (await ours.call('list_collections', { cursor })) },
      ],
      scaleOps,
      Math.min(warmup, 5),
    );
    return { points, collections: { collections: COLLECTIONS, first: summarise(r.first!), middle: summarise(r.middle!) } };
  } finally {
    await ours.close();
  }
}
