import type { Context, Pair } from '../context.js';
import { expectFactCount, expectObservations, memoryRead, memoryWrite, oursRead, oursWrite, seedMemory, seedOurs, tenantId } from '../data.js';
import { interleave, progress } from '../measure.js';
import { launchPair, Peer } from '../peers.js';
import { summarise } from '../stats.js';

export interface TenantsResult {
  tenants: number;
  factsPerTenant: number;
  write: Pair;
  read: Pair;
}

/**
 * tenants-100x100: 100 collections x 100 facts (one file each) vs 100 entities x 100 observations (one
 * file). Iteration i writes / reads tenant i mod 100 on both servers.
 */
export async function tenantsScenario(ctx: Context, tenants = 100, perTenant = 100): Promise<TenantsResult> {
  const name = `tenants-${tenants}x${perTenant}`;
  const peers: Peer[] = [];
  try {
    const { ours, memory } = await launchPair(ctx, name, peers);
    progress(`${name}: seeding`);
    const ids = Array.from({ length: tenants }, (_, t) => tenantId(t));
    for (const id of ids) await seedOurs(ours, perTenant, id);
    await seedMemory(memory, ids, perTenant);
    await expectFactCount(ours, perTenant, ids[tenants - 1]);
    await expectObservations(memory, ids[tenants - 1]!, perTenant);

    const { warmup, ops } = ctx.iterations;
    const oursWriters = ids.map((id) => oursWrite(ours, perTenant, id));
    const memoryWriters = ids.map((id) => memoryWrite(memory, id));
    const oursReaders = ids.map((id) => oursRead(ours, id));
    const memoryReaders = ids.map((id) => memoryRead(memory, id));
    // Tenant of iteration i; the fact index inside the tenant advances once per full pass over the tenants.
    const t = (i: number) => i % tenants;
    const k = (i: number) => Math.floor(i / tenants);

    progress(`${name}: ${ops} writes each, interleaved`);
    const w = await interleave(
      [
        { name: 'ours', run: (i) => oursWriters[t(i)]!(k(i)) },
        { name: 'memory', run: (i) => memoryWriters[t(i)]!.op(i), after: (i) => memoryWriters[t(i)]!.after(i) },
      ],
      ops,
      warmup,
    );
    progress(`${name}: ${ops} reads each, interleaved`);
    const r = await interleave(
      [
        { name: 'ours', run: (i) => oursReaders[t(i)]!() },
        { name: 'memory', run: (i) => memoryReaders[t(i)]!() },
      ],
      ops,
      warmup,
    );
    await expectFactCount(ours, perTenant, ids[0]);
    await expectObservations(memory, ids[0]!, perTenant);
    return {
      tenants,
      factsPerTenant: perTenant,
      write: { ours: summarise(w.ours!), memory: summarise(w.memory!) },
      read: { ours: summarise(r.ours!), memory: summarise(r.memory!) },
    };
  } finally {
    for (const p of peers) await p.close();
  }
}
