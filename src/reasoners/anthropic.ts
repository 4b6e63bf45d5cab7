import type Anthropic from '@anthropic-ai/sdk';
import { ProfileError } from '../profiles/errors.js';
import type {
  Answer,
  AnswerInput,
  ChatTurn,
  CompleteInput,
  Completion,
  ExtractInput,
  ExtractedFact,
  Reasoner,
} from '../profiles/reasoning.js';
import { errorFields, log } from '../log.js';
import {
  ANSWER_SCHEMA,
  ANSWER_TOOL,
  EXTRACT_SCHEMA,
  EXTRACT_TOOL,
  answerMessages,
  answerSystemPrompt,
  checkAnswer,
  checkExtraction,
  extractSystemPrompt,
  extractUserMessage,
} from './llm.js';

export interface AnthropicSettings {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
}

type Client = Anthropic;
type MessageParam = Anthropic.MessageParam;
type Message = Anthropic.Message;

/**
 * The Anthropic reasoner: the Messages API through @anthropic-ai/sdk. The SDK is imported on first
 * use, so starting the stdio server never loads it. Structured outputs use forced tool use and are
 * validated with zod; every upstream failure becomes `llm_unavailable` with a message that says what
 * failed (never the raw upstream text).
 */
export class AnthropicReasoner implements Reasoner {
  readonly name = 'anthropic' as const;
  private client?: Promise<Client>;

  constructor(private readonly settings: AnthropicSettings) {}

  private sdk(): Promise<Client> {
    this.client ??= import('@anthropic-ai/sdk').then(
      ({ default: AnthropicClient }) =>
        new AnthropicClient({
          apiKey: this.settings.apiKey,
          baseURL: this.settings.baseURL ?? null,
          timeout: this.settings.timeoutMs,
          maxRetries: this.settings.maxRetries,
          logLevel: 'off',
        }),
    );
    return this.client;
  }

  async answer(input: AnswerInput): Promise<Answer> {
    const message = await this.call('answer', {
      system: answerSystemPrompt(input),
      messages: toMessages(answerMessages(input)),
      max_tokens: 1024,
      tools: [{ name: ANSWER_TOOL, description: 'Give the answer and the ids of the facts it rests on.', input_schema: ANSWER_SCHEMA as unknown as Anthropic.Tool.InputSchema }],
      tool_choice: { type: 'tool', name: ANSWER_TOOL },
    });
    return checkAnswer(toolInput(message, ANSWER_TOOL), input, this.name);
  }

  async extract(input: ExtractInput): Promise<ExtractedFact[]> {
    if (!input.messages.some((m) => m.role === 'user')) return [];
    const message = await this.call('extract', {
      system: extractSystemPrompt(input),
      messages: [{ role: 'user', content: extractUserMessage(input) }],
      max_tokens: 2048,
      tools: [{ name: EXTRACT_TOOL, description: 'Record the facts the user stated about themselves.', input_schema: EXTRACT_SCHEMA as unknown as Anthropic.Tool.InputSchema }],
      tool_choice: { type: 'tool', name: EXTRACT_TOOL },
    });
    return checkExtraction(toolInput(message, EXTRACT_TOOL), this.name);
  }

  async complete(input: CompleteInput): Promise<Completion> {
    const params: Anthropic.MessageCreateParamsNonStreaming = {
      model: this.settings.model,
      max_tokens: input.max_tokens ?? 1024,
      messages: toMessages(input.messages),
    };
    if (input.system.trim() !== '') params.system = input.system;
    // The Messages API of current models takes no sampling parameters: temperature is not forwarded.
    const message = await this.call('complete', params);
    const text = message.content
      .map((block) => (block.type === 'text' ? block.text : ''))
      .join('');
    return {
      text,
      model: message.model,
      input_tokens: message.usage?.input_tokens,
      output_tokens: message.usage?.output_tokens,
      stop_reason: message.stop_reason ?? undefined,
    };
  }

  private async call(
    job: string,
    params: Omit<Anthropic.MessageCreateParamsNonStreaming, 'model'> & { model?: string },
  ): Promise<Message> {
    const client = await this.sdk();
    try {
      return await client.messages.create({ ...params, model: params.model ?? this.settings.model, stream: false });
    } catch (err) {
      throw upstreamError(err, job, this.settings);
    }
  }
}

/** Anthropic wants alternating turns starting with the user: merge runs, drop a leading assistant turn. */
export function toMessages(turns: readonly ChatTurn[]): MessageParam[] {
  const out: MessageParam[] = [];
  for (const t of turns) {
    const last = out[out.length - 1];
    if (last && last.role === t.role) last.content = `${String(last.content)}\n\n${t.content}`;
    else out.push({ role: t.role, content: t.content });
  }
  while (out.length > 0 && out[0]!.role === 'assistant') out.shift();
  if (out.length === 0) throw new ProfileError('validation_error', 'The conversation has no user message to answer.');
  return out;
}

function toolInput(message: Message, tool: string): unknown {
  const block = message.content.find((b) => b.type === 'tool_use' && b.name === tool);
  if (!block || block.type !== 'tool_use') {
    const why = message.stop_reason === 'max_tokens' ? 'its output was cut off (max_tokens)' : `it did not call the ${tool} tool`;
    throw new ProfileError('llm_unavailable', `The anthropic model gave no usable structured output: ${why}. Nothing was written; try again.`);
  }
  if (message.stop_reason === 'max_tokens') {
    throw new ProfileError('llm_unavailable', 'The anthropic model\'s output was cut off (max_tokens). Nothing was written; try again.');
  }
  return block.input;
}

/** Map an SDK error to llm_unavailable with a message that names the failure, not the upstream text. */
export function upstreamError(err: unknown, job: string, settings: Pick<AnthropicSettings, 'timeoutMs' | 'model' | 'baseURL'>): ProfileError {
  if (err instanceof ProfileError) return err;
  const e = err as { name?: string; status?: number; constructor?: { name?: string } };
  const kind = e.constructor?.name ?? e.name ?? 'Error';
  const status = typeof e.status === 'number' ? e.status : undefined;
  log.warn('anthropic request failed', { job, kind, ...(status !== undefined ? { status } : {}), ...(status === undefined ? errorFields(err) : {}) });
  let message: string;
  if (kind === 'APIConnectionTimeoutError') {
    message = `The Anthropic API did not answer within ${settings.timeoutMs} ms (PROFILE_MCP_LLM_TIMEOUT_MS).`;
  } else if (kind === 'APIConnectionError') {
    const host = hostOf(settings.baseURL);
    message = `Could not reach the Anthropic API${host ? ` at ${host}` : ''} (network error). Check the connection or ANTHROPIC_BASE_URL.`;
  } else if (kind === 'APIUserAbortError') {
    message = 'The request to the Anthropic API was aborted.';
  } else if (status === 401 || status === 403) {
    message = `The Anthropic API rejected the credentials (HTTP ${status}). Check ANTHROPIC_API_KEY.`;
  } else if (status === 404) {
    message = `The Anthropic API answered 404: the model "${settings.model}" may not exist. Check PROFILE_MCP_MODEL.`;
  } else if (status === 429) {
    message = 'The Anthropic API is rate-limiting requests (HTTP 429). Try again later.';
  } else if (status === 400 || status === 413 || status === 422) {
    message = `The Anthropic API rejected the request (HTTP ${status}).`;
  } else if (status !== undefined && status >= 500) {
    message = `The Anthropic API failed (HTTP ${status}). Try again later.`;
  } else if (status !== undefined) {
    message = `The Anthropic API answered HTTP ${status}.`;
  } else {
    message = 'The Anthropic API request failed.';
  }
  return new ProfileError('llm_unavailable', message, { reasoner: 'anthropic', ...(status !== undefined ? { upstream_status: status } : {}) });
}

function hostOf(url: string | undefined): string {
  if (!url) return 'api.anthropic.com';
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
