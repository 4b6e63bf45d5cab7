import type Anthropic from '@anthropic-ai/sdk';
import { ProfileError } from '../profiles/errors.js';
import type { Answer, AnswerInput, ChatTurn, CompleteInput, Completion, ExtractInput, Extraction, Reasoner, Usage } from '../profiles/reasoning.js';
import { errorFields, log } from '../log.js';
import { DEFAULT_CHUNKS, extractInChunks, type Chunk, type ChunkBudget, type ChunkResult } from './chunks.js';
import { Deadline } from './deadline.js';
import { answerMessages, answerPrompt, extractPrompt, extractUserMessage, promptTokens, type Prompt } from './llm.js';
import { ANSWER_SCHEMA, ANSWER_TOOL, EXTRACT_SCHEMA, EXTRACT_TOOL, checkAnswer, checkExtraction, invalidOutput, parseJsonReply } from './llm-output.js';

export interface AnthropicSettings {
  apiKey: string;
  baseURL?: string;
  /** PROFILE_MCP_MODEL: the model of every job without its own. */
  model: string;
  /** PROFILE_MCP_MODEL_EXTRACT: learning (extraction). */
  extractModel?: string;
  /** PROFILE_MCP_MODEL_ANSWER: the dialectic and chat completions. */
  answerModel?: string;
  /** PROFILE_MCP_LLM_TIMEOUT_MS: the whole call, retries and chunks included. */
  timeoutMs: number;
  maxRetries: number;
  /** How long transcripts are cut into requests (default DEFAULT_CHUNKS). */
  chunks?: ChunkBudget;
}

type Client = Anthropic;
type MessageParam = Anthropic.MessageParam;
type Message = Anthropic.Message;
type TextBlockParam = Anthropic.TextBlockParam;

/** Output tokens an extraction request may use (one chunk's facts). */
const EXTRACT_MAX_TOKENS = 4096;
const ANSWER_MAX_TOKENS = 1024;

/**
 * Prompt caching: the API caches a prefix only from a model-dependent minimum length (1,024 tokens for
 * Sonnet and Opus models, 2,048 for Haiku models), and a cache write costs 25% more than plain input,
 * so a breakpoint pays only on a long prefix that is sent again within minutes. Breakpoints set here:
 * after the rules and examples (with the tool schema, the same for every call) when they reach the
 * minimum, and after this call's context (today + profile) when it reaches the minimum and is sent
 * again at once (the chunks of one transcript, a dialectic session's follow-ups).
 */
export function cacheMinimumTokens(model: string): number {
  return /haiku/i.test(model) ? 2048 : 1024;
}

/**
 * The Anthropic reasoner: the Messages API through @anthropic-ai/sdk. The SDK is imported on first
 * use, so starting the stdio server never loads it. Structured outputs use forced tool use with the
 * JSON schemas generated from the zod schemas, and are checked fact by fact; every upstream failure
 * becomes `llm_unavailable` with a message that says what failed (never the raw upstream text).
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

  private modelFor(job: 'extract' | 'answer'): string {
    return (job === 'extract' ? this.settings.extractModel : this.settings.answerModel) ?? this.settings.model;
  }

  async answer(input: AnswerInput): Promise<Answer> {
    const deadline = new Deadline(this.settings.timeoutMs, input.signal);
    const prompt = answerPrompt(input);
    const model = this.modelFor('answer');
    const tool = {
      name: ANSWER_TOOL,
      description: 'Give the answer, the refs of the facts it rests on, and whether the profile could answer at all.',
      input_schema: ANSWER_SCHEMA as Anthropic.Tool.InputSchema,
    };
    const message = await this.call(
      'answer',
      {
        model,
        system: systemBlocks(prompt, tool, model, input.history.length > 0),
        messages: toMessages(answerMessages(input)),
        max_tokens: ANSWER_MAX_TOKENS,
        tools: [tool],
        tool_choice: { type: 'tool', name: ANSWER_TOOL },
      },
      deadline,
    );
    const raw = toolInput(message, ANSWER_TOOL);
    if (raw === undefined) throw noStructuredOutput(message, ANSWER_TOOL);
    return { ...checkAnswer(raw, prompt.refs, this.name), usage: usageOf(message) };
  }

  async extract(input: ExtractInput): Promise<Extraction> {
    if (!input.messages.some((m) => m.role === 'user')) return { facts: [] };
    const deadline = new Deadline(this.settings.timeoutMs, input.signal);
    const prompt = extractPrompt(input);
    const model = this.modelFor('extract');
    const tool = {
      name: EXTRACT_TOOL,
      description: 'Record the facts the user stated about themselves (and the ones they withdrew).',
      input_schema: EXTRACT_SCHEMA as Anthropic.Tool.InputSchema,
    };
    const budget = this.settings.chunks ?? DEFAULT_CHUNKS;
    const many = input.messages.reduce((n, m) => n + m.content.length, 0) / 4 > budget.chunkTokens;
    const system = systemBlocks(prompt, tool, model, many);
    const one = async (chunk: Chunk): Promise<ChunkResult> => {
      const message = await this.call(
        'extract',
        {
          model,
          system,
          messages: [{ role: 'user', content: extractUserMessage(chunk.messages, chunk.context) }],
          max_tokens: EXTRACT_MAX_TOKENS,
          tools: [tool],
          tool_choice: { type: 'tool', name: EXTRACT_TOOL },
        },
        deadline,
      );
      const truncated = message.stop_reason === 'max_tokens';
      const raw = toolInput(message, EXTRACT_TOOL);
      const checked = checkExtraction(raw, truncated);
      if (!checked) {
        if (raw === undefined) throw noStructuredOutput(message, EXTRACT_TOOL);
        throw invalidOutput(this.name, 'facts');
      }
      return { ...checked, usage: usageOf(message) };
    };
    return extractInChunks(input, budget, one, deadline, this.name);
  }

  async complete(input: CompleteInput): Promise<Completion> {
    const deadline = new Deadline(this.settings.timeoutMs, input.signal);
    const params: Anthropic.MessageCreateParamsNonStreaming = {
      model: this.modelFor('answer'),
      max_tokens: input.max_tokens ?? 1024,
      messages: toMessages(input.messages),
    };
    if (input.system.trim() !== '') params.system = input.system;
    // The Messages API of current models takes no sampling parameters: temperature is not forwarded.
    const message = await this.call('complete', params, deadline);
    const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    const usage = usageOf(message);
    return {
      text,
      model: usage.model,
      input_tokens: usage.input_tokens,
      output_tokens: usage.output_tokens,
      stop_reason: message.stop_reason ?? undefined,
    };
  }

  private async call(job: string, params: Anthropic.MessageCreateParamsNonStreaming, deadline: Deadline): Promise<Message> {
    const client = await this.sdk();
    try {
      return await client.messages.create({ ...params, stream: false }, { signal: deadline.signal, timeout: deadline.remaining() });
    } catch (err) {
      const aborted = deadline.abortError(this.name);
      if (aborted) {
        log.warn('anthropic request aborted', {
          job,
          cancelled: aborted.details !== undefined && (aborted.details as { cancelled?: boolean }).cancelled === true,
        });
        throw aborted;
      }
      throw upstreamError(err, job, { ...this.settings, model: params.model });
    }
  }
}

/** Tokens of a reply; input counts cached prompt tokens too (written or read). */
export function usageOf(message: Message): Usage {
  const u = message.usage;
  const input = (u?.input_tokens ?? 0) + (u?.cache_creation_input_tokens ?? 0) + (u?.cache_read_input_tokens ?? 0);
  return { model: message.model, input_tokens: input, output_tokens: u?.output_tokens ?? 0 };
}

/** The system prompt as blocks, with cache breakpoints where they pay (see cacheMinimumTokens). */
export function systemBlocks(prompt: Prompt, tool: { input_schema: unknown; description: string }, model: string, reused: boolean): TextBlockParam[] {
  const min = cacheMinimumTokens(model);
  const toolTokens = promptTokens(JSON.stringify(tool.input_schema), tool.description);
  const rules: TextBlockParam = { type: 'text', text: prompt.rules };
  const context: TextBlockParam = { type: 'text', text: prompt.context };
  const rulesTokens = toolTokens + promptTokens(prompt.rules);
  if (rulesTokens >= min) rules.cache_control = { type: 'ephemeral' };
  if (reused && rulesTokens + promptTokens(prompt.context) >= min) context.cache_control = { type: 'ephemeral' };
  return [rules, context];
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

/** The forced tool's input; else JSON found in a text block; undefined when the reply holds neither. */
function toolInput(message: Message, tool: string): unknown {
  const block = message.content.find((b) => b.type === 'tool_use' && b.name === tool);
  if (block && block.type === 'tool_use') return block.input;
  const text = message.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
  return text.trim() === '' ? undefined : parseJsonReply(text);
}

function noStructuredOutput(message: Message, tool: string): ProfileError {
  const why = message.stop_reason === 'max_tokens' ? 'its output was cut off (max_tokens)' : `it did not call the ${tool} tool`;
  return new ProfileError('llm_unavailable', `The anthropic model gave no usable structured output: ${why}. Nothing was written; try again.`, {
    reasoner: 'anthropic',
  });
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
    message = `The Anthropic API answered 404: the model "${settings.model}" may not exist. Check PROFILE_MCP_MODEL (and PROFILE_MCP_MODEL_EXTRACT / PROFILE_MCP_MODEL_ANSWER).`;
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
