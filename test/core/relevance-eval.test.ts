import { describe, expect, it } from 'vitest';
import { rate, runRelevanceEval } from '../../eval/relevance/score.js';

/**
 * Issue 16's bar for offline relevance: over a 300-fact profile, the fact a person would need for a
 * task is inside a 500-token get_profile for at least 90% of 30 tasks (eval/sets/relevance-300.json;
 * tasks 21-30 held out from tuning). `npx tsx eval/relevance/run.ts` prints the figures.
 */
describe('relevance eval (30 tasks, 300 facts, 500 tokens)', () => {
  it('finds the needed fact for at least 90% of the tasks, held-out ones included, within the budget', async () => {
    const outcomes = await runRelevanceEval();
    expect(outcomes).toHaveLength(30);
    for (const o of outcomes) expect(o.tokens, o.task).toBeLessThanOrEqual(500);
    const misses = outcomes.filter((o) => !o.hit).map((o) => o.task);
    expect(rate(outcomes).rate, `missed: ${misses.join(' / ')}`).toBeGreaterThanOrEqual(0.9);
    expect(rate(outcomes, 'holdout').rate).toBeGreaterThanOrEqual(0.8);
  });
});
