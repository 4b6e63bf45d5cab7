import type { Peer } from './peers.js';

/**
 * The data both servers hold: fact j of a profile is key `fact_0000j` with a one-line value; the memory
 * server holds the same values as observations of one entity. Values are ~70 bytes, like real profile facts.
 */
export const ENTITY = 'user';

export function factKey(j: number): string {
  return `fact_${String(j).padStart(5, '0')}`;
}

export function factValue(j: number, round = 0): string {
  return `note ${j}.${round}: prefers concise answers with runnable code examples over long prose`;
}

export function tenantId(t: number): string {
  return `tenant_${String(t).padStart(3, '0')}`;
}

const CHUNK = 1000;

/** Fill one scope of profile-mcp with `count` facts (patch_profile, 1,000 facts per call). */
export async function seedOurs(peer: Peer, count: number, collection_id?: string): Promise<void> {
  for (let start = 0; start < count; start += CHUNK) {
    const facts: Record<string, string> = {};
    for (let j = start; j < Math.min(count, start + CHUNK); j++) facts[factKey(j)] = factValue(j);
    await peer.call('patch_profile', collection_id === undefined ? { facts } : { facts, collection_id });
  }
}

/** Create entities with `count` observations each (create_entities, at most ~10,000 observations per call). */
export async function seedMemory(peer: Peer, names: readonly string[], count: number): Promise<void> {
  const perCall = Math.max(1, Math.floor(10_000 / Math.max(1, count)));
  for (let i = 0; i < names.length; i += perCall) {
    const entities = names.slice(i, i + perCall).map((name) => ({
      name,
      entityType: 'person',
      observations: Array.from({ length: count }, (_, j) => factValue(j)),
    }));
    await peer.call('create_entities', { entities });
  }
}

/** profile-mcp's single-fact write: update one existing key in place (the scope keeps its size). */
export function oursWrite(peer: Peer, size: number, collection_id?: string): (i: number) => Promise<void> {
  return async (i) => {
    const facts = { [factKey(i % size)]: factValue(i % size, i + 1) };
    await peer.call('patch_profile', collection_id === undefined ? { facts } : { facts, collection_id });
  };
}

/**
 * The memory server's single-fact write: add one new observation. It is then removed again, outside the
 * timed section, so the entity keeps its size as ours does (both servers rewrite their file on each call).
 */
export function memoryWrite(peer: Peer, entity = ENTITY): { op: (i: number) => Promise<void>; after: (i: number) => Promise<void> } {
  const content = (i: number) => `observation ${i}: ${factValue(i % 97, i + 1)}`;
  return {
    op: async (i) => {
      await peer.call('add_observations', { observations: [{ entityName: entity, contents: [content(i)] }] });
    },
    after: async (i) => {
      await peer.call('delete_observations', { deletions: [{ entityName: entity, observations: [content(i)] }] });
    },
  };
}

export function oursRead(peer: Peer, collection_id?: string): () => Promise<void> {
  const args = collection_id === undefined ? {} : { collection_id };
  return async () => {
    await peer.call('get_profile', args);
  };
}

export function memoryRead(peer: Peer, entity = ENTITY): () => Promise<void> {
  return async () => {
    await peer.call('open_nodes', { names: [entity] });
  };
}

/** Sanity checks so that a broken seed is never timed. */
export async function expectFactCount(peer: Peer, count: number, collection_id?: string): Promise<void> {
  const result = await peer.call('get_profile', collection_id === undefined ? {} : { collection_id });
  const got = (result.structuredContent as { fact_count?: number } | undefined)?.fact_count;
  if (got !== count) throw new Error(`${peer.label}: expected ${count} facts, found ${String(got)}`);
}

export async function expectObservations(peer: Peer, entity: string, count: number): Promise<number> {
  const result = await peer.call('open_nodes', { names: [entity] });
  const entities = (result.structuredContent as { entities?: Array<{ observations: string[] }> } | undefined)?.entities;
  const got = entities?.[0]?.observations.length;
  if (count >= 0 && got !== count) throw new Error(`${peer.label}: expected ${count} observations on ${entity}, found ${String(got)}`);
  return got ?? 0;
}
