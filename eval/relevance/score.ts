import { readFileSync } from 'node:fs';
import { ProfileService } from '../../src/profiles/service.js';
import { MemoryStore } from '../../src/store/memory.js';

/**
 * The relevance eval of SPEC §7 / issue 16: a 300-fact profile (eval/sets/relevance-300.json) and 30
 * tasks; a task passes when one of the facts it needs is inside get_profile {query: task, max_tokens: 500}.
 */

export interface RelevanceSet {
  budget: number;
  facts: Array<{ key: string; value: unknown; bucket: 'static' | 'dynamic' }>;
  tasks: Array<{ task: string; needed: string[]; split: 'dev' | 'holdout' }>;
}

export interface TaskOutcome {
  task: string;
  split: 'dev' | 'holdout';
  needed: string[];
  hit: boolean;
  /** Keys shown (flat fields included), in the order of the result. */
  shown: string[];
  tokens: number;
}

export function loadSet(): RelevanceSet {
  return JSON.parse(readFileSync(new URL('../sets/relevance-300.json', import.meta.url), 'utf8')) as RelevanceSet;
}

export async function runRelevanceEval(set: RelevanceSet = loadSet()): Promise<TaskOutcome[]> {
  const service = new ProfileService({ store: new MemoryStore() });
  const statics: Record<string, unknown> = {};
  for (const f of set.facts) if (f.bucket === 'static') statics[f.key] = f.value;
  await service.patchProfile('eval', { facts: statics });
  for (const f of set.facts) {
    if (f.bucket === 'dynamic') await service.createFact('eval', { key: f.key, value: f.value, bucket: 'dynamic', ttl_seconds: 7 * 86400 });
  }
  const outcomes: TaskOutcome[] = [];
  for (const t of set.tasks) {
    const { result } = await service.readProfile('eval', { query: t.task, max_tokens: set.budget });
    const flat = (['name', 'timezone', 'language'] as const).filter((k) => result[k] !== null);
    const shown = [...flat, ...result.profile.static.map((f) => f.key), ...result.profile.dynamic.map((f) => f.key)];
    outcomes.push({ task: t.task, split: t.split, needed: t.needed, hit: t.needed.some((k) => shown.includes(k)), shown, tokens: result.tokens ?? 0 });
  }
  return outcomes;
}

export function rate(outcomes: readonly TaskOutcome[], split?: 'dev' | 'holdout'): { hits: number; total: number; rate: number } {
  const chosen = split ? outcomes.filter((o) => o.split === split) : outcomes;
  const hits = chosen.filter((o) => o.hit).length;
  return { hits, total: chosen.length, rate: chosen.length === 0 ? 0 : hits / chosen.length };
}
