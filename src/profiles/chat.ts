import { z } from 'zod';
import { ProfileError, toProfileError } from './errors.js';
import { ulid } from './ids.js';
import { log } from '../log.js';
import { learnFrom } from './learn.js';
import { profileContext } from './prompt.js';
import { loadVocabulary } from './relevance.js';
import type { ChatTurn, Reasoner } from './reasoning.js';
import type { Actor } from './model.js';
import { ScopeInput } from './schemas.js';
import { scopeOf, type ProfileService } from './service.js';
import { addUsage, checkLlmBudget, recordUsage } from './usage.js';

/**
 * docs/spec.md §2 chat completions: an OpenAI-style chat with the profile injected (features.user_profile)
 * and learning from the user's messages (features.memory). Needs an LLM; REST only.
 */

const TextPart = z.object({ type: z.literal('text'), text: z.string() });

export const ChatMessage = z.object({
  role: z.enum(['system', 'developer', 'user', 'assistant']),
  content: z.union([z.string(), z.array(TextPart)]).describe('Text, or OpenAI text parts [{"type": "text", "text": "..."}].'),
});

export const ChatCompletionInput = z
  .looseObject({
    model: z.string().max(200).optional().describe("Accepted for compatibility; the server's configured model answers."),
    messages: z.array(ChatMessage).min(1).max(500),
    max_tokens: z.number().int().min(1).max(64_000).optional(),
    max_completion_tokens: z.number().int().min(1).max(64_000).optional(),
    temperature: z.number().min(0).max(2).optional(),
    features: z
      .object({
        memory: z.boolean().optional().describe('Learn from the newest user message after the reply (earlier turns are context, not learned again).'),
        user_profile: z.boolean().optional().describe("Put the scope's profile into the system context."),
        review: z
          .boolean()
          .optional()
          .describe('With memory: put what is learned into the review inbox instead of writing it (default: PROFILE_MCP_LEARN_MODE).'),
      })
      .optional(),
    ...ScopeInput,
  })
  .describe('OpenAI chat.completions request body, plus features and collection_id. Unknown OpenAI fields are ignored.');
export type ChatCompletionParams = z.infer<typeof ChatCompletionInput>;

export const ChatCompletionResult = z.object({
  id: z.string(),
  object: z.literal('chat.completion'),
  created: z.number().int(),
  model: z.string(),
  choices: z.array(
    z.object({
      index: z.number().int(),
      message: z.object({ role: z.literal('assistant'), content: z.string() }),
      finish_reason: z.enum(['stop', 'length', 'content_filter', 'tool_calls']),
    }),
  ),
  usage: z
    .object({
      prompt_tokens: z.number().int(),
      completion_tokens: z.number().int(),
      total_tokens: z.number().int(),
      model: z.string().describe('The model that answered.'),
      input_tokens: z.number().int().describe("Input tokens of this request: the completion plus chat memory's extraction."),
      output_tokens: z.number().int().describe("Output tokens of this request: the completion plus chat memory's extraction."),
    })
    .describe("OpenAI's fields (the completion alone) plus the spec usage {model, input_tokens, output_tokens} (everything this request spent)."),
});
export type ChatCompletionResult = z.infer<typeof ChatCompletionResult>;

/** What chatCompletion reports about the memory step besides the completion (for logs and tests). */
export interface ChatOptions {
  /** Called when learning from the conversation failed (the reply is still returned). */
  onMemoryError?: (error: ProfileError) => void;
  /** Who the memory's writes are recorded as (the edge that called). */
  actor?: Actor;
  /** Aborted when the client goes away: the upstream call stops. */
  signal?: AbortSignal;
}

/**
 * Chat memory learns from the newest user turn only: the turns after the previous user message (the
 * assistant's question it may answer, then the user's words) are mined; everything before is context,
 * learned when it was said. Re-learning the whole transcript every request would reinforce every old
 * fact each turn and cost the square of the conversation.
 */
export function newestTurn(turns: readonly ChatTurn[]): { mined: ChatTurn[]; context: ChatTurn[] } {
  let last = -1;
  let previous = -1;
  for (let i = turns.length - 1; i >= 0; i--) {
    if (turns[i]!.role !== 'user') continue;
    if (last < 0) last = i;
    else {
      previous = i;
      break;
    }
  }
  if (last < 0) return { mined: [], context: [...turns] };
  return { mined: turns.slice(previous + 1, last + 1), context: turns.slice(0, previous + 1) };
}

function textOf(content: z.infer<typeof ChatMessage>['content']): string {
  return typeof content === 'string' ? content : content.map((p) => p.text).join('\n');
}

export async function chatCompletion(
  service: ProfileService,
  reasoner: Reasoner,
  account: string,
  params: ChatCompletionParams,
  options: ChatOptions = {},
): Promise<ChatCompletionResult> {
  if (reasoner.name === 'offline') {
    throw new ProfileError(
      'llm_unavailable',
      'Chat completions need an LLM and none is configured. Set ANTHROPIC_API_KEY (with PROFILE_MCP_REASONER=auto or anthropic).',
    );
  }
  const scope = scopeOf(account, params.collection_id);
  const systemParts: string[] = [];
  const turns: ChatTurn[] = [];
  for (const m of params.messages) {
    const text = textOf(m.content);
    if (m.role === 'system' || m.role === 'developer') systemParts.push(text);
    else turns.push({ role: m.role, content: text });
  }
  if (!turns.some((t) => t.role === 'user')) {
    throw new ProfileError('validation_error', 'messages must contain at least one user message.', [
      { field: 'messages', message: 'at least one message with role "user" is required' },
    ]);
  }
  if (params.features?.user_profile === true) {
    const [view] = await Promise.all([service.view(scope), loadVocabulary()]);
    systemParts.unshift(
      profileContext(view.publicFacts, {
        query: [...turns]
          .reverse()
          .find((t) => t.role === 'user')
          ?.content.slice(0, 1000),
        scopeLabel: scope.collection_id === null ? 'global profile' : `collection ${scope.collection_id}`,
      }),
    );
  }
  await checkLlmBudget(service, account, reasoner);
  const completion = await reasoner.complete({
    system: systemParts.join('\n\n'),
    messages: turns,
    max_tokens: params.max_tokens ?? params.max_completion_tokens,
    temperature: params.temperature,
    now: service.clock(),
    signal: options.signal,
  });
  const prompt_tokens = completion.input_tokens ?? 0;
  const completion_tokens = completion.output_tokens ?? 0;
  let usage = { model: completion.model, input_tokens: prompt_tokens, output_tokens: completion_tokens };
  await recordUsage(service, account, reasoner, usage);
  if (params.features?.memory === true) {
    try {
      const { mined, context } = newestTurn(turns);
      const learned = await learnFrom(
        service,
        reasoner,
        account,
        { messages: mined, collection_id: scope.collection_id, ...(params.features.review === undefined ? {} : { review: params.features.review }) },
        { actor: options.actor, context, signal: options.signal },
      );
      usage = addUsage(usage, learned.usage) ?? usage;
    } catch (err) {
      const error = toProfileError(err);
      if (options.onMemoryError) options.onMemoryError(error);
      else log.warn('chat memory: learning from the conversation failed; the reply was still sent', { code: error.code });
    }
  }
  return {
    id: `chatcmpl-${ulid(service.clock())}`,
    object: 'chat.completion',
    created: Math.floor(service.clock() / 1000),
    model: completion.model,
    choices: [{ index: 0, message: { role: 'assistant', content: completion.text }, finish_reason: finishReason(completion.stop_reason) }],
    usage: { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens, ...usage },
  };
}

function finishReason(stop: string | undefined): 'stop' | 'length' | 'content_filter' | 'tool_calls' {
  if (stop === 'max_tokens' || stop === 'length') return 'length';
  if (stop === 'refusal') return 'content_filter';
  return 'stop';
}
