import type { Fact } from '../../src/profiles/model.js';
import { defaultCategory } from '../../src/profiles/model.js';
import type { Reasoner } from '../../src/profiles/reasoning.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';

/** Facts for a dialectic test: one per key, manual, confidence 1; keys in `dynamic` short-lived (a week). */
export function factsOf(values: Record<string, unknown>, dynamic: readonly string[] = []): Fact[] {
  const NOW = '2026-06-01T12:00:00.000Z';
  return Object.entries(values).map(([key, value], i) => ({
    id: `fact_${String(i).padStart(4, '0')}`,
    key,
    value,
    category: defaultCategory(key),
    bucket: dynamic.includes(key) ? 'dynamic' : 'static',
    confidence: 1,
    source: 'manual',
    collection_id: null,
    created_at: NOW,
    updated_at: NOW,
    expires_at: dynamic.includes(key) ? '2026-06-08T12:00:00.000Z' : null,
  }));
}

/** The keys of the facts a reasoner's answer cites. */
export async function citedKeys(reasoner: Reasoner, facts: readonly Fact[], question: string): Promise<string[]> {
  const answer = await reasoner.answer({ question, facts, history: [] });
  return answer.facts_used.map((id) => facts.find((f) => f.id === id)!.key);
}

/** The offline reasoner, in the test's own thread, and a function giving the keys its answer to a question cites. */
export function offlineCiter(): {
  reasoner: OfflineReasoner;
  cited: (facts: readonly Fact[], question: string) => Promise<string[]>;
} {
  const reasoner = new OfflineReasoner({ worker: false });
  return { reasoner, cited: (facts, question) => citedKeys(reasoner, facts, question) };
}
