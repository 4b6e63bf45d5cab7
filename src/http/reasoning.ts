import { Router, type Request } from 'express';
import { askProfile, DialecticInput, DialecticResult } from '../profiles/dialectic.js';
import { learnFrom, LearnInput, LearnResult } from '../profiles/learn.js';
import { chatCompletion, ChatCompletionInput, ChatCompletionResult } from '../profiles/chat.js';
import type { ProfileService } from '../profiles/service.js';
import type { ReasonerFactory } from '../reasoners/index.js';
import type { OperationDoc } from './openapi.js';
import { bodyWithScope, input, route } from './rest.js';

/**
 * The reasoning routes of docs/spec.md §2. Over REST there is no MCP client to sample from, so the reasoner
 * is the factory's choice without a client: anthropic when configured, else offline.
 */
export function reasoningRoutes(service: ProfileService, reasoners: ReasonerFactory): Router {
  const r = Router();
  r.post('/profile/dialectic', route((req, account) => askProfile(service, reasoners(), account, input(DialecticInput, bodyWithScope(req)), { signal: disconnect(req) })));
  r.post(
    '/profile/learn',
    route((req, account, actor) => learnFrom(service, reasoners(), account, input(LearnInput, bodyWithScope(req)), { actor, signal: disconnect(req) })),
  );
  r.post(
    '/chat/completions',
    route((req, account, actor) =>
      chatCompletion(service, reasoners(), account, input(ChatCompletionInput, bodyWithScope(req)), { actor, signal: disconnect(req) }),
    ),
  );
  return r;
}

/** A signal aborted when the client disconnects before its answer was sent: the upstream LLM call stops. */
function disconnect(req: Request): AbortSignal {
  const controller = new AbortController();
  const res = req.res;
  res?.on('close', () => {
    if (!res.writableFinished) controller.abort(new Error('the client disconnected'));
  });
  return controller.signal;
}

export function reasoningOperations(): OperationDoc[] {
  return [
    {
      method: 'post',
      path: '/v1/profile/dialectic',
      operationId: 'dialectic',
      summary: 'Ask a question about the user',
      description: 'Answered from the scope\'s facts only. No session_id starts a session; echo it back to continue. Legacy "message" / "question" are accepted in place of user_message.',
      body: DialecticInput,
      result: DialecticResult,
      errors: ['validation_error', 'rate_limited', 'llm_unavailable'],
    },
    {
      method: 'post',
      path: '/v1/profile/learn',
      operationId: 'learn',
      summary: 'Learn facts from a conversation',
      description:
        'Facts are drawn from the user\'s messages and merged by the learning rules (docs/spec.md §6): reinforce, update learned facts, list union, retract; a new value for a manual or imported fact becomes a conflict proposal; review: true keeps every change as a pending proposal. dry_run previews.',
      body: LearnInput,
      result: LearnResult,
      errors: ['validation_error', 'rate_limited', 'llm_unavailable'],
    },
    {
      method: 'post',
      path: '/v1/chat/completions',
      operationId: 'chatCompletions',
      summary: 'OpenAI-style chat completion with the profile injected',
      description:
        'features.user_profile puts the scope\'s profile into the system context; features.memory learns from the newest user message (earlier turns are context); features.review keeps what is learned as proposals. Needs an LLM: 503 llm_unavailable without one.',
      body: ChatCompletionInput,
      result: ChatCompletionResult,
      errors: ['validation_error', 'rate_limited', 'llm_unavailable'],
    },
  ];
}
