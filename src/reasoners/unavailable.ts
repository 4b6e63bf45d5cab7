import { ProfileError } from '../profiles/errors.js';
import type { Reasoner, ReasonerName } from '../profiles/reasoning.js';

/** A reasoner that was asked for but cannot work here: every job answers `llm_unavailable` with the reason. */
export function unavailableReasoner(name: ReasonerName, reason: string): Reasoner {
  const fail = async (): Promise<never> => {
    throw new ProfileError('llm_unavailable', reason, { reasoner: name });
  };
  return { name, answer: fail, extract: fail, complete: fail };
}
