import { z } from 'zod';
import { ProfileError, validationError } from './errors.js';
import { newSessionId } from './ids.js';
import type { Reasoner } from './reasoning.js';
import { ScopeInput } from './schemas.js';
import { scopeOf, type ProfileService } from './service.js';
import { appendTurns, sessionHistory } from './sessions.js';

/** SPEC §2 dialectic: ask a question about the user; answered from the scope's facts only. */

const Question = z.string().max(4000);

export const DialecticInput = z.object({
  user_message: Question.optional().describe(
    'The question about the user, e.g. "What are this user\'s main professional interests?" or "How should I phrase feedback for them?"',
  ),
  message: Question.optional().describe('Legacy name of user_message (accepted in its place).'),
  question: Question.optional().describe('Legacy name of user_message (accepted in its place).'),
  session_id: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,128}$/, 'session_id must match ^[A-Za-z0-9_.:-]{1,128}$')
    .optional()
    .describe('Continue a session: pass the session_id of an earlier answer so follow-up questions have its turns as context. Omit to start a new session.'),
  ...ScopeInput,
});
export type DialecticParams = z.infer<typeof DialecticInput>;

export const DialecticResult = z.object({
  assistant_message: z.string().describe('The answer, resting on the profile\'s facts only.'),
  response: z.string().describe('Same text as assistant_message (legacy field).'),
  session_id: z.string().describe('Echo this back to continue the session.'),
  facts_used: z.array(z.object({ id: z.string(), key: z.string() })).describe('The facts the answer rests on; empty when the profile had nothing relevant.'),
  reasoner: z.enum(['anthropic', 'sampling', 'offline']).describe('Which reasoner answered.'),
});
export type DialecticResult = z.infer<typeof DialecticResult>;

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
): Promise<DialecticResult> {
  const question = questionOf(params);
  const scope = scopeOf(account, params.collection_id);
  const session_id = params.session_id ?? newSessionId(service.clock());
  const [view, history] = await Promise.all([
    service.view(scope),
    params.session_id === undefined ? Promise.resolve([]) : sessionHistory(service, scope, session_id),
  ]);
  const facts = view.publicFacts;
  const answer = await reasoner.answer({ question, facts, history });
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
  return { assistant_message: text, response: text, session_id, facts_used, reasoner: reasoner.name };
}
