import { describe, expect, it } from 'vitest';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { scoreSet } from '../../eval/score.js';
import { loadOwnSet, splitOf } from '../../eval/split.js';
import { rate } from '../../eval/tally.js';

/**
 * The offline reasoner holds its figures on the tuned split of the own eval set (a regression
 * guard). The held-out split is reported by `npm run eval` and in docs/reasoning.md; it is not
 * asserted here, so that nobody tunes the rules on it.
 */
describe('offline reasoner on the tuned split of the eval set', () => {
  const reasoner = new OfflineReasoner({ worker: false });

  it('extracts: recall >= 0.75 at precision >= 0.9, no forbidden value, negatives left alone >= 0.9', async () => {
    const tuned = splitOf(loadOwnSet(), 'tuned');
    const report = await scoreSet(reasoner, tuned, 'extraction');
    expect(rate(report.extraction!.recall)).toBeGreaterThanOrEqual(0.75);
    expect(rate(report.extraction!.precision)).toBeGreaterThanOrEqual(0.9);
    expect(report.extraction!.wrong).toBe(0);
    const negatives = await scoreSet(reasoner, tuned, 'negatives');
    expect(rate(negatives.negatives!.clean)).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
