import { ProfileError, validationError } from './errors.js';
import { newSessionId } from './ids.js';
import { loadVocabulary } from './relevance.js';
import type { Reasoner } from './reasoning.js';
import { DialecticInput, DialecticResult, type DialecticParams } from './reasoning-schemas.js';
import { scopeOf, type ProfileService } from './service.js';
import { appendTurns, sessionHistory } from './sessions.js';
import { checkLlmBudget, noUsage, recordUsage } from './usage.js';

/** docs/spec.md §2 dialectic: ask a question about the user; answered from the scope's facts only. */

export { DialecticInput, DialecticResult, type DialecticParams };

const MAX_ANSWER_CHARS = 8000;

export function questionOf(params: DialecticParams): string {
  const text = [params.user_message, params.message, params.question].find((q) => q !== undefined && q.trim() !== '');
  if (text === undefined) {
    throw validationError(
      [{ field: 'user_message', message: 'a non-empty question is required (legacy "message" or "question" are accepted too)' }],
      'The dialectic needs a question: pass user_message, e.g. "What does this user do for work?".',
    );
  }
  return text.trim();
}

/**
 * Answer a question about the user. The reasoner sees the scope's live facts and the session's
 * earlier turns; the cited ids are checked against the facts (unknown ids are dropped), and the turn
 * is appended to the session. The dialectic writes no facts.
 */
export async function askProfile(
  service: ProfileService,
  reasoner: Reasoner,
  account: string,
  params: DialecticParams,
  options: { signal?: AbortSignal } = {},
): Promise<DialecticResult> {
  const question = questionOf(params);
  const scope = scopeOf(account, params.collection_id);
  const session_id = params.session_id ?? newSessionId(service.clock());
  const [view, history] = await Promise.all([
    service.view(scope),
    params.session_id === undefined ? Promise.resolve([]) : sessionHistory(service, scope, session_id),
    loadVocabulary(), // the LLM dialectic ranks its context by the question
  ]);
  const facts = view.publicFacts;
  await checkLlmBudget(service, account, reasoner);
  const answer = await reasoner.answer({ question, facts, history, now: service.clock(), signal: options.signal });
  await recordUsage(service, account, reasoner, answer.usage);
  if (typeof answer.text !== 'string' || answer.text.trim() === '') {
    throw new ProfileError('llm_unavailable', `The ${reasoner.name} reasoner returned an empty answer. Try again.`);
  }
  const text = answer.text.length > MAX_ANSWER_CHARS ? `${answer.text.slice(0, MAX_ANSWER_CHARS - 1)}…` : answer.text.trim();
  const byId = new Map(facts.map((f) => [f.id, f]));
  const seen = new Set<string>();
  const facts_used: { id: string; key: string }[] = [];
  for (const id of answer.facts_used) {
    const fact = byId.get(id);
    if (!fact || seen.has(id)) continue;
    seen.add(id);
    facts_used.push({ id, key: fact.key });
  }
  await appendTurns(service, scope, session_id, [
    { role: 'user', content: question },
    { role: 'assistant', content: text },
  ]);
  return { assistant_message: text, response: text, session_id, facts_used, reasoner: reasoner.name, usage: answer.usage ?? noUsage(reasoner) };
}
