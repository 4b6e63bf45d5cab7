import type { Strength } from './pattern.js';

/**
 * Confidence of a learned fact, in one place (docs/spec.md §6): explicit statements about 0.9
 * ("my name is …", "I'm allergic to …"), plain ones 0.8 ("I'm a nurse in Leeds"), implied ones 0.6
 * ("sous chef here", a value drawn from a short answer is plain). A fragment without "I" loses 0.05
 * (the subject is inferred); hedging ("I think", "maybe", "kind of") caps it at 0.5.
 */
export const CONFIDENCE = {
  explicit: 0.9,
  plain: 0.8,
  implied: 0.6,
  fragmentPenalty: 0.05,
  hedgedCap: 0.5,
} as const;

export function confidenceOf(strength: Strength, opts: { fragment: boolean; hedged: boolean }): number {
  let c: number = CONFIDENCE[strength];
  if (opts.fragment) c -= CONFIDENCE.fragmentPenalty;
  if (opts.hedged) c = Math.min(c, CONFIDENCE.hedgedCap);
  return Math.round(c * 100) / 100;
}
