import { describe, expect, it } from 'vitest';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { TARGETS, evaluateDialectic, evaluateExtraction, loadDialectic, loadExtractionCases } from '../../eval/metrics.js';

describe('evaluation set (offline reasoner)', () => {
  const reasoner = new OfflineReasoner();

  it('has at least 60 extraction cases with negatives and 30 dialectic questions with unanswerable ones', () => {
    const cases = loadExtractionCases();
    const { questions } = loadDialectic();
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(15);
    expect(questions.length).toBeGreaterThanOrEqual(30);
    expect(questions.filter((q) => q.unanswerable).length).toBeGreaterThanOrEqual(8);
  });

  it('meets the extraction targets: recall >= 0.85, precision >= 0.9, every negative left alone', async () => {
    const report = await evaluateExtraction(reasoner);
    expect(report.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(report.precision).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(report.negativesLeftAlone).toBe(1);
  });

  it('meets the dialectic targets: retrieval >= 0.9 and abstention on every unanswerable question', async () => {
    const report = await evaluateDialectic(reasoner);
    expect(report.retrievalHitRate).toBeGreaterThanOrEqual(TARGETS.retrieval);
    expect(report.failures.filter((f) => f.why === 'should abstain')).toEqual([]);
    expect(report.abstentionRate).toBe(1);
  });

  it('is deterministic: the same input gives the same output', async () => {
    const messages = [{ role: 'user' as const, content: "I'm a senior engineer at Acme, I live in Oslo and I love skiing." }];
    const a = await reasoner.extract({ messages, profile: [] });
    const b = await reasoner.extract({ messages, profile: [] });
    expect(a).toEqual(b);
    expect(a.map((f) => f.key).sort()).toEqual(['company', 'interests', 'location', 'role']);
  });
});
