import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CreateMessageRequest } from '@modelcontextprotocol/sdk/types.js';
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
import { log } from '../log.js';
import {
  ANSWER_SCHEMA,
  EXTRACT_SCHEMA,
  answerMessages,
  answerSystemPrompt,
  checkAnswer,
  checkExtraction,
  extractSystemPrompt,
  extractUserMessage,
  parseJsonReply,
} from './llm.js';

type SamplingMessage = CreateMessageRequest['params']['messages'][number];

/** True when the client connected to this server declared the sampling capability. */
/**
 * The sampling reasoner: the connected MCP client's own model via `sampling/createMessage`. Sampling
 * has no forced tool use, so the model is asked for one JSON object, which is parsed and validated
 * like any other model output. A refused or failed request becomes `llm_unavailable`.
 */
export class SamplingReasoner implements Reasoner {
  readonly name = 'sampling' as const;

  constructor(
    private readonly server: McpServer,
    private readonly options: { timeoutMs: number },
  ) {}

  async answer(input: AnswerInput): Promise<Answer> {
    const system = `${answerSystemPrompt(input)}\n${jsonInstruction(ANSWER_SCHEMA, '{"answer": "...", "fact_ids": ["fact_..."]}')}`;
    const text = await this.sample('answer', system, answerMessages(input), 1024);
    return checkAnswer(parseJsonReply(text), input, this.name);
  }

  async extract(input: ExtractInput): Promise<ExtractedFact[]> {
    if (!input.messages.some((m) => m.role === 'user')) return [];
    const system = `${extractSystemPrompt(input)}\n${jsonInstruction(EXTRACT_SCHEMA, '{"facts": [{"key": "role", "value": "senior engineer", "category": "role", "bucket": "static", "confidence": 0.8}]}')}`;
    const text = await this.sample('extract', system, [{ role: 'user', content: extractUserMessage(input) }], 2048);
    return checkExtraction(parseJsonReply(text), this.name);
  }

  async complete(input: CompleteInput): Promise<Completion> {
    const result = await this.request('complete', input.system, input.messages, input.max_tokens ?? 1024, input.temperature);
    return { text: result.text, model: result.model, stop_reason: result.stopReason };
  }

  private async sample(job: string, system: string, turns: readonly ChatTurn[], maxTokens: number): Promise<string> {
    return (await this.request(job, system, turns, maxTokens, 0)).text;
  }

  private async request(
    job: string,
    system: string,
    turns: readonly ChatTurn[],
    maxTokens: number,
    temperature: number | undefined,
  ): Promise<{ text: string; model: string; stopReason?: string }> {
    const messages: SamplingMessage[] = turns.map((t) => ({ role: t.role, content: { type: 'text', text: t.content } }));
    const params: CreateMessageRequest['params'] = {
      messages,
      systemPrompt: system,
      maxTokens,
      includeContext: 'none',
      modelPreferences: { intelligencePriority: 0.5, speedPriority: 0.7, costPriority: 0.6 },
    };
    if (temperature !== undefined) params.temperature = temperature;
    let result: Awaited<ReturnType<McpServer['server']['createMessage']>>;
    try {
      result = await this.server.server.createMessage(params, { timeout: this.options.timeoutMs });
    } catch (err) {
      const kind = (err as { constructor?: { name?: string } }).constructor?.name ?? 'Error';
      const code = (err as { code?: unknown }).code;
      log.warn('sampling request failed', { job, kind, ...(typeof code === 'number' ? { code } : {}) });
      const timedOut = code === -32001;
      throw new ProfileError(
        'llm_unavailable',
        timedOut
          ? `The client did not answer the sampling request within ${this.options.timeoutMs} ms.`
          : 'The client refused or failed the sampling request (sampling/createMessage). Try again, or configure ANTHROPIC_API_KEY or PROFILE_MCP_REASONER=offline.',
        { reasoner: 'sampling' },
      );
    }
    const blocks = Array.isArray(result.content) ? result.content : [result.content];
    const text = blocks.map((b) => (b.type === 'text' ? b.text : '')).join('');
    if (text.trim() === '') {
      throw new ProfileError('llm_unavailable', 'The client\'s model returned no text for the sampling request.', { reasoner: 'sampling' });
    }
    return { text, model: result.model, stopReason: result.stopReason };
  }
}

function jsonInstruction(schema: object, example: string): string {
  return `Reply with exactly one JSON object and nothing else (no prose, no code fence), matching this JSON schema: ${JSON.stringify(schema)}. Example: ${example}`;
}
