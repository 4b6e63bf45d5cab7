import type { CreateMessageRequest, CreateMessageResult } from '@modelcontextprotocol/server';
import { ProfileError } from '../profiles/errors.js';
import { estimateTokens } from '../profiles/prompt.js';
import type { Answer, AnswerInput, ChatTurn, CompleteInput, Completion, ExtractInput, Extraction, Reasoner, Usage } from '../profiles/reasoning.js';
import { log } from '../log.js';
import { DEFAULT_CHUNKS, extractInChunks, type Chunk, type ChunkBudget, type ChunkResult } from './chunks.js';
import { Deadline } from './deadline.js';
import { InputNeeded, type Sampler } from './sampler.js';
import { answerMessages, answerPrompt, extractPrompt, extractUserMessage } from './llm.js';
import { ANSWER_SCHEMA, EXTRACT_SCHEMA, checkAnswer, checkExtraction, invalidOutput, parseJsonReply, proseAnswer } from './llm-output.js';

type SamplingMessage = CreateMessageRequest['params']['messages'][number];
type Preferences = NonNullable<CreateMessageRequest['params']['modelPreferences']>;

/** Answers want the host's better model; extraction a balanced one. */
const ANSWER_PREFERENCES: Preferences = { intelligencePriority: 0.9, speedPriority: 0.3, costPriority: 0.3 };
const EXTRACT_PREFERENCES: Preferences = { intelligencePriority: 0.7, speedPriority: 0.5, costPriority: 0.5 };

interface Sampled {
  text: string;
  model: string;
  stopReason?: string;
  usage: Usage;
}

/**
 * The sampling reasoner: the connected MCP client's own model via `sampling/createMessage`. Sampling
 * has no forced tool use, so the model is asked for one JSON object. A dialectic answer in prose is
 * accepted (it cites the facts whose values it mentions); an extraction that yields nothing usable is
 * asked once more with a stricter instruction; a reply cut off (`stopReason: maxTokens`) keeps its
 * complete facts. The host reports no token counts: `usage` is an estimate (4 characters a token).
 */
export class SamplingReasoner implements Reasoner {
  readonly name = 'sampling' as const;

  constructor(
    private readonly sample: Sampler,
    private readonly options: { timeoutMs: number; chunks?: ChunkBudget },
  ) {}

  async answer(input: AnswerInput): Promise<Answer> {
    const deadline = new Deadline(this.options.timeoutMs, input.signal);
    const prompt = answerPrompt(input);
    const system = [prompt.rules, prompt.context, jsonInstruction(ANSWER_SCHEMA, '{"answer": "...", "fact_refs": ["f1"], "cannot_answer": false}')].join('\n');
    const reply = await this.request('answer', system, answerMessages(input), 1024, 0, ANSWER_PREFERENCES, deadline);
    const raw = parseJsonReply(reply.text);
    let answer: Answer;
    if (raw && typeof raw === 'object' && 'answer' in raw) {
      try {
        answer = checkAnswer(raw, prompt.refs, this.name);
      } catch {
        answer = proseAnswer(String((raw as { answer: unknown }).answer), prompt.refs);
      }
    } else {
      const cut = /^\s*(?:```(?:json)?\s*)?\{\s*"answer"\s*:\s*"((?:[^"\\]|\\.)*)/.exec(reply.text);
      answer = proseAnswer(cut ? unescapeJson(cut[1]!) : reply.text, prompt.refs);
    }
    if (reply.stopReason === 'maxTokens' && !answer.text.endsWith('…')) answer = { ...answer, text: `${answer.text}…` };
    if (answer.text === '') throw invalidOutput(this.name, 'an answer');
    return { ...answer, usage: reply.usage };
  }

  async extract(input: ExtractInput): Promise<Extraction> {
    if (!input.messages.some((m) => m.role === 'user')) return { facts: [] };
    const deadline = new Deadline(this.options.timeoutMs, input.signal);
    const prompt = extractPrompt(input);
    const instruction = jsonInstruction(
      EXTRACT_SCHEMA,
      '{"facts": [{"key": "role", "value": "senior engineer", "category": "role", "bucket": "static", "confidence": 0.8, "evidence": "I\'m a senior engineer"}]}',
    );
    const system = [prompt.rules, prompt.context, instruction].join('\n');
    const one = async (chunk: Chunk): Promise<ChunkResult> => {
      const turns: ChatTurn[] = [{ role: 'user', content: extractUserMessage(chunk.messages, chunk.context) }];
      let reply = await this.request('extract', system, turns, 4096, 0, EXTRACT_PREFERENCES, deadline);
      let usage = reply.usage;
      let checked = this.checked(reply);
      if (!checked) {
        // One retry, stricter: the first reply held no usable JSON (prose, a refusal, or cut off before its first fact).
        log.info('sampling extraction: no usable JSON in the reply; asking once more, stricter', { stop_reason: reply.stopReason ?? null });
        const strict = `${system}\n${STRICT}${reply.stopReason === 'maxTokens' ? ' Your previous reply was cut off: give at most 20 facts, with short values and evidence.' : ''}`;
        reply = await this.request('extract', strict, turns, 4096, 0, EXTRACT_PREFERENCES, deadline);
        usage = { ...reply.usage, input_tokens: usage.input_tokens + reply.usage.input_tokens, output_tokens: usage.output_tokens + reply.usage.output_tokens };
        checked = this.checked(reply);
      }
      if (!checked) throw invalidOutput(this.name, 'facts');
      return { ...checked, usage };
    };
    return extractInChunks(input, this.options.chunks ?? DEFAULT_CHUNKS, one, deadline, this.name);
  }

  private checked(reply: Sampled) {
    const raw = parseJsonReply(reply.text);
    const truncated = reply.stopReason === 'maxTokens' || (raw !== null && typeof raw === 'object' && (raw as { truncated?: unknown }).truncated === true);
    return checkExtraction(raw, truncated);
  }

  async complete(input: CompleteInput): Promise<Completion> {
    const deadline = new Deadline(this.options.timeoutMs, input.signal);
    const reply = await this.request('complete', input.system, input.messages, input.max_tokens ?? 1024, input.temperature, ANSWER_PREFERENCES, deadline);
    return {
      text: reply.text,
      model: reply.model,
      stop_reason: reply.stopReason,
      input_tokens: reply.usage.input_tokens,
      output_tokens: reply.usage.output_tokens,
    };
  }

  private async request(
    job: string,
    system: string,
    turns: readonly ChatTurn[],
    maxTokens: number,
    temperature: number | undefined,
    modelPreferences: Preferences,
    deadline: Deadline,
  ): Promise<Sampled> {
    const messages: SamplingMessage[] = turns.map((t) => ({ role: t.role, content: { type: 'text', text: t.content } }));
    const params: CreateMessageRequest['params'] = { messages, systemPrompt: system, maxTokens, includeContext: 'none', modelPreferences };
    if (temperature !== undefined) params.temperature = temperature;
    let result: CreateMessageResult;
    try {
      result = await this.sample(params, { timeout: deadline.remaining(), signal: deadline.signal });
    } catch (err) {
      if (err instanceof InputNeeded) throw err; // 2026-07-28: the tool call answers with the input request
      const aborted = deadline.abortError(this.name);
      if (aborted) throw aborted;
      const kind = (err as { constructor?: { name?: string } }).constructor?.name ?? 'Error';
      const code = (err as { code?: unknown }).code;
      log.warn('sampling request failed', { job, kind, ...(typeof code === 'number' ? { code } : {}) });
      const timedOut = code === -32001;
      throw new ProfileError(
        'llm_unavailable',
        timedOut
          ? `The client did not answer the sampling request within ${deadline.budgetMs} ms.`
          : 'The client refused or failed the sampling request (sampling/createMessage). Try again, or configure ANTHROPIC_API_KEY or PROFILE_MCP_REASONER=offline.',
        { reasoner: 'sampling' },
      );
    }
    const blocks = Array.isArray(result.content) ? result.content : [result.content];
    const text = blocks.map((b) => (b.type === 'text' ? b.text : '')).join('');
    if (text.trim() === '') {
      throw new ProfileError('llm_unavailable', "The client's model returned no text for the sampling request.", { reasoner: 'sampling' });
    }
    const sent = estimateTokens(system) + turns.reduce((n, t) => n + estimateTokens(t.content), 0);
    return {
      text,
      model: result.model,
      stopReason: result.stopReason,
      usage: { model: result.model, input_tokens: sent, output_tokens: estimateTokens(text) },
    };
  }
}

const STRICT =
  'IMPORTANT: your previous reply could not be used. Reply with ONLY the JSON object: start with { and end with }, no prose, no explanation, no code fence. {"facts": []} when nothing qualifies.';

function jsonInstruction(schema: object, example: string): string {
  return `Reply with exactly one JSON object and nothing else (no prose, no code fence), matching this JSON schema: ${JSON.stringify(schema)}. Example: ${example}`;
}

function unescapeJson(text: string): string {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text.replace(/\\n/g, '\n').replace(/\\"/g, '"');
  }
}
