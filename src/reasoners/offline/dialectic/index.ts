import type { Answer, AnswerInput, ChatTurn } from '../../../profiles/reasoning.js';
import { DEFAULT_WORK_UNITS, WorkBudget, type Steps } from '../nlp/budget.js';
import { compose } from './compose.js';
import { readProfile, type Profile } from './facts.js';
import { namedRelatives } from './others.js';
import { analyseQuestion, WEIGHT, type Question } from './question.js';
import { decide } from './select.js';
import { spellerFor, type ProfileWords } from './spelling.js';
import { splitOn } from './words.js';

/**
 * The offline dialectic: answer a question about the user from the scope's facts only, citing the
 * few facts the answer rests on, or say plainly that the profile has nothing about it (questions
 * about other people, about the past, about attributes it does not hold).
 *
 * Work is bounded and linear: the question is capped (qtokens.ts), each fact's value is read up to
 * MATCH_CHARS, every fact costs units on the WorkBudget, and the steps yield every FACTS_PER_STEP
 * facts so a scheduler can interleave calls.
 */

const MAX_CONTEXT_CHARS = 300;

/** A question with no topic of its own ("anything else?", "and him?") borrows the previous one's. */
function needsContext(q: Question): boolean {
  if (q.other || q.summary) return false;
  return q.aspects.every((a) => a.concept !== undefined && a.weight < WEIGHT.strong);
}

/** The profile's words as written (key parts and value words, lower case) and their stems, for the speller. */
function profileWords(profile: Profile): ProfileWords {
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const t of profile.facts) {
    for (const part of splitOn(t.fact.key.slice(0, 128), '_.')) words.add(part.toLowerCase());
    for (const w of t.lows) words.add(w);
    for (const s of t.key) stems.add(s);
    for (const s of t.value) stems.add(s);
  }
  return { words, stems };
}

function previousQuestion(history: readonly ChatTurn[]): string | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.role === 'user') return history[i]!.content.slice(0, MAX_CONTEXT_CHARS);
  return undefined;
}

export function* answerSteps(input: AnswerInput, budget: WorkBudget = new WorkBudget(DEFAULT_WORK_UNITS, 'user_message')): Steps<Answer> {
  const profile = yield* readProfile(input.facts, budget);
  const keys = new Set(profile.facts.flatMap((t) => [...t.key]));
  const speller = spellerFor(() => profileWords(profile));
  const names = { user: profile.userNames, others: namedRelatives(profile, budget), animals: profile.animals, keys, speller };
  let q = analyseQuestion(input.question, names, budget);
  const previous = needsContext(q) ? previousQuestion(input.history) : undefined;
  if (previous !== undefined) q = analyseQuestion(`${previous}\n${input.question}`, names, budget);
  const decision = yield* decide(q, profile, budget);
  return compose(q, decision);
}
