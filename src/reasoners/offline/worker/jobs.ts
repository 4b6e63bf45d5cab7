import type { Answer, AnswerInput, ExtractInput, ExtractedFact } from '../../../profiles/reasoning.js';
import { WorkBudget, type Steps } from '../nlp/budget.js';
import { answerSteps } from '../dialectic/index.js';
import { extractSteps } from '../extract/index.js';

/** The step sequence of one offline reasoning job, with its own work budget. */
export function stepsOf(kind: 'extract', input: ExtractInput, now: number, units: number): Steps<ExtractedFact[]>;
export function stepsOf(kind: 'answer', input: AnswerInput, now: number, units: number): Steps<Answer>;
export function stepsOf(kind: 'extract' | 'answer', input: ExtractInput | AnswerInput, now: number, units: number): Steps<ExtractedFact[] | Answer> {
  return kind === 'extract'
    ? extractSteps(input as ExtractInput, new WorkBudget(units, 'messages'), now)
    : answerSteps(input as AnswerInput, new WorkBudget(units, 'user_message'));
}
