import { ProfileError } from '../../profiles/errors.js';
import type { Answer, AnswerInput, Completion, ExtractInput, ExtractedFact, Reasoner } from '../../profiles/reasoning.js';
import { answerSteps } from './dialectic/index.js';
import { extractFacts } from './extract.js';
import { runSteps } from './nlp/budget.js';

/**
 * The offline reasoner: no network, deterministic. The dialectic is retrieval over the scope's facts
 * with the profile vocabulary understood, and an answer composed only from the cited facts (or a
 * plain abstention); learning is the rule-based extractor. It cannot chat: `complete` needs an LLM.
 */
export class OfflineReasoner implements Reasoner {
  readonly name = 'offline' as const;

  async answer(input: AnswerInput): Promise<Answer> {
    return runSteps(answerSteps(input));
  }

  async extract(input: ExtractInput): Promise<ExtractedFact[]> {
    return extractFacts(input.messages);
  }

  async complete(): Promise<Completion> {
    throw new ProfileError(
      'llm_unavailable',
      'This needs an LLM and none is configured (the offline reasoner only answers from stored facts). Set ANTHROPIC_API_KEY, or connect a client that offers sampling.',
      { reasoner: 'offline' },
    );
  }
}
