import type { Answer, AnswerInput } from '../../profiles/reasoning.js';
import { composeAnswer } from './answer.js';
import { WorkBudget, type Steps } from './nlp/budget.js';
import { retrieve } from './retrieval.js';

/** The offline dialectic as steps (one step today: retrieval is linear in the facts). */
export function* answerSteps(input: AnswerInput, budget = new WorkBudget(undefined, 'user_message')): Steps<Answer> {
  budget.spend(input.facts.length + input.question.length);
  yield;
  return composeAnswer(input.question, retrieve(input.question, input.facts, input.history));
}
