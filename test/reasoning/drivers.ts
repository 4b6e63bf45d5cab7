import { CreateMessageRequestSchema, type CreateMessageRequest, type CreateMessageResult } from '@modelcontextprotocol/sdk/types.js';
import { learnFrom, type LearnOptions } from '../../src/profiles/learn.js';
import type { LearnParams, LearnResult } from '../../src/profiles/reasoning-schemas.js';
import type { ChatTurn, Reasoner } from '../../src/profiles/reasoning.js';
import type { ProfileService } from '../../src/profiles/service.js';
import { AnthropicReasoner } from '../../src/reasoners/anthropic.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { SamplingReasoner } from '../../src/reasoners/sampling.js';
import { serverSampler } from '../../src/reasoners/sampler.js';
import { start, type FakeAnthropic, type FakeRequest } from '../helpers/fake-anthropic.js';
import { call, connectClient } from '../helpers/mcp.js';
import { factory } from './setup.js';

/**
 * One learning rule, three reasoner paths: the offline rules, the Anthropic reasoner through the real
 * SDK against the fake Messages API, and the sampling reasoner through a real MCP client. The two
 * model paths are answered by a tiny scripted "model": each user sentence it knows maps to the facts
 * (or retractions) a model would return, and it reads only the <conversation> block, the way the
 * extraction prompt asks a model to.
 */

export const MODEL_SCRIPT: Record<string, object[]> = {
  'I live in Calgary.': [{ key: 'location', value: 'Calgary', category: 'custom_fields', bucket: 'static', confidence: 0.9 }],
  'I live in Halifax.': [{ key: 'location', value: 'Halifax', category: 'custom_fields', bucket: 'static', confidence: 0.9 }],
  'I love surfing.': [{ key: 'interests', value: ['surfing'], category: 'interests', bucket: 'static', confidence: 0.8 }],
  'I love surfing and golf.': [{ key: 'interests', value: ['surfing', 'golf'], category: 'interests', bucket: 'static', confidence: 0.8 }],
  'Not into golf these days.': [{ key: 'interests', value: 'golf', category: 'interests', bucket: 'static', confidence: 0.8, retract: true }],
  'I quit Acme.': [{ key: 'company', value: 'Acme', category: 'custom_fields', bucket: 'static', confidence: 0.85, retract: true }],
  "I'm a nurse.": [{ key: 'role', value: 'nurse', category: 'role', bucket: 'static', confidence: 0.85 }],
  'I work at Globex.': [{ key: 'company', value: 'Globex', category: 'custom_fields', bucket: 'static', confidence: 0.85 }],
  'I used to live in Rome, now I live in Paris.': [
    { key: 'location', value: 'Rome', category: 'custom_fields', bucket: 'static', confidence: 0.9, retract: true },
    { key: 'location', value: 'Paris', category: 'custom_fields', bucket: 'static', confidence: 0.9 },
  ],
  "I don't eat meat anymore.": [{ key: 'diet', value: 'meat', category: 'preferences', bucket: 'static', confidence: 0.85, retract: true }],
  'My name is Dana.': [{ key: 'name', value: 'Dana', category: 'name', bucket: 'static', confidence: 0.9 }],
  'I prefer short answers.': [{ key: 'communication_style', value: ['short answers'], category: 'communication_style', bucket: 'static', confidence: 0.85 }],
  'I enjoy chess.': [{ key: 'interests', value: ['chess'], category: 'interests', bucket: 'static', confidence: 0.8 }],
};

/** The facts the scripted model draws from one extraction prompt (only the <conversation> block). */
export function scriptedFacts(prompt: string): object[] {
  const start = prompt.lastIndexOf('<conversation>');
  const end = prompt.lastIndexOf('</conversation>');
  if (start < 0 || end < start) return [];
  const facts: object[] = [];
  for (const line of prompt.slice(start + '<conversation>'.length, end).split('\n')) {
    if (line.trim() === '') continue;
    const turn = JSON.parse(line) as ChatTurn;
    if (turn.role !== 'user') continue;
    for (const [sentence, out] of Object.entries(MODEL_SCRIPT)) {
      if (turn.content.includes(sentence)) facts.push(...out.map((f) => ({ ...f, evidence: sentence })));
    }
  }
  return facts;
}

function extractPrompt(request: FakeRequest): string {
  const content = request.body?.messages?.[0]?.content;
  return typeof content === 'string' ? content : '';
}

export interface Driver {
  name: 'offline' | 'anthropic' | 'sampling';
  /** Learn through this driver's reasoner, the way its edge does. */
  learn(service: ProfileService, params: LearnParams, options?: LearnOptions): Promise<LearnResult>;
  /** The reasoner itself (chat memory drives it in process). */
  reasoner(service: ProfileService): Promise<Reasoner>;
  /** Extraction prompts the model saw (model paths only). */
  prompts: string[];
  close(): Promise<void>;
}

export async function offlineDriver(): Promise<Driver> {
  const reasoner = new OfflineReasoner();
  return {
    name: 'offline',
    learn: (service, params, options) => learnFrom(service, reasoner, 'local', params, options),
    reasoner: async () => reasoner,
    prompts: [],
    close: async () => undefined,
  };
}

export async function anthropicDriver(): Promise<Driver> {
  const prompts: string[] = [];
  const fake: FakeAnthropic = await start({
    reply: (request) => {
      if (request.body?.tool_choice?.name === 'record_user_facts') {
        const prompt = extractPrompt(request);
        prompts.push(prompt);
        return { tool: { input: { facts: scriptedFacts(prompt) } } };
      }
      return 'Noted.';
    },
  });
  const reasoner = new AnthropicReasoner({ apiKey: 'test-key', baseURL: fake.url, model: 'claude-haiku-5-5', timeoutMs: 5000, maxRetries: 0 });
  return {
    name: 'anthropic',
    learn: (service, params, options) => learnFrom(service, reasoner, 'local', params, options),
    reasoner: async () => reasoner,
    prompts,
    close: () => fake.close(),
  };
}

/** The sampling path: the `learn` tool of a real MCP server, the client's model answering sampling requests. */
export async function samplingDriver(): Promise<Driver> {
  const prompts: string[] = [];
  const closers: Array<() => Promise<void>> = [];
  const answer = async (request: { params: CreateMessageRequest['params'] }): Promise<CreateMessageResult> => {
    const text = request.params.messages.map((m) => (m.content as { text?: string }).text ?? '').join('\n');
    const isExtraction = (request.params.systemPrompt ?? '').includes('extract lasting facts');
    if (isExtraction) prompts.push(text);
    const reply = isExtraction ? JSON.stringify({ facts: scriptedFacts(text) }) : 'Noted.';
    return { role: 'assistant', model: 'client-model', content: { type: 'text', text: reply }, stopReason: 'endTurn' };
  };
  const connect = async (service: ProfileService) => {
    const { client, close } = await connectClient({ service, account: 'local', reasoners: factory({ mode: 'sampling' }) }, { capabilities: { sampling: {} } });
    closers.push(close);
    client.setRequestHandler(CreateMessageRequestSchema, answer);
    return client;
  };
  const clients = new Map<ProfileService, Awaited<ReturnType<typeof connect>>>();
  const clientFor = async (service: ProfileService) => {
    let client = clients.get(service);
    if (!client) clients.set(service, (client = await connect(service)));
    return client;
  };
  return {
    name: 'sampling',
    learn: async (service, params) => {
      const result = await call(await clientFor(service), 'learn', params as Record<string, unknown>);
      if (result.error) throw Object.assign(new Error(result.error.message), result.error);
      return result as LearnResult;
    },
    reasoner: async (service) => {
      // The sampling reasoner of a connected server, for in-process chat memory.
      const { createMcpServer } = await import('../../src/mcp/server.js');
      const { InMemoryTransport } = await import('@modelcontextprotocol/sdk/inMemory.js');
      const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
      const server = createMcpServer({ service, account: 'local' });
      const [a, b] = InMemoryTransport.createLinkedPair();
      await server.connect(b);
      const client = new Client({ name: 'sampling-client', version: '1.0.0' }, { capabilities: { sampling: {} } });
      client.setRequestHandler(CreateMessageRequestSchema, answer);
      await client.connect(a);
      closers.push(async () => {
        await client.close();
        await server.close();
      });
      return new SamplingReasoner(serverSampler(server), { timeoutMs: 5000 });
    },
    prompts,
    close: async () => {
      for (const close of closers.splice(0)) await close();
    },
  };
}

export const DRIVERS = [
  ['offline', offlineDriver],
  ['anthropic', anthropicDriver],
  ['sampling', samplingDriver],
] as const;

export const user = (content: string) => ({ role: 'user' as const, content });
