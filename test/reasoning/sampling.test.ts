import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { CreateMessageRequestSchema, type CreateMessageRequest, type CreateMessageResult } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReasonerFactory } from '../../src/reasoners/index.js';
import { MODERN } from '../helpers/client-era.js';
import { call, connectClient } from '../helpers/mcp.js';
import { factory, memoryService } from './setup.js';
import type { ProfileService } from '../../src/profiles/service.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

type Params = CreateMessageRequest['params'];

/** A real SDK client that declares sampling and answers with `reply(params)`. */
async function samplingClient(service: ProfileService, reasoners: ReasonerFactory, reply: (p: Params) => string | Promise<string>) {
  const seen: Params[] = [];
  const { client, close } = await connectClient({ service, account: 'local', reasoners }, { capabilities: { sampling: {} } });
  closers.push(close);
  client.setRequestHandler(CreateMessageRequestSchema, async (request): Promise<CreateMessageResult> => {
    seen.push(request.params);
    return { role: 'assistant', model: 'client-model-1', content: { type: 'text', text: await reply(request.params) }, stopReason: 'endTurn' };
  });
  return { client, seen };
}

async function plainClient(service: ProfileService, reasoners: ReasonerFactory): Promise<Client> {
  const { client, close } = await connectClient({ service, account: 'local', reasoners });
  closers.push(close);
  return client;
}

describe('sampling reasoner through a real SDK client that offers sampling', () => {
  it('auto picks sampling when there is no API key and the client offers it; the dialectic uses the client model', async () => {
    const service = memoryService();
    await service.patchProfile('local', { facts: { role: 'Architect', location: 'Porto' } });
    const { facts } = await service.listFacts('local', {});
    const roleId = facts.find((f) => f.key === 'role')!.id;
    const { client, seen } = await samplingClient(service, factory({ mode: 'auto' }), () =>
      JSON.stringify({ answer: 'They are an architect.', fact_ids: [roleId] }),
    );
    const first = await call(client, 'dialectic', { user_message: 'What is their job?' });
    expect(first).toMatchObject({ assistant_message: 'They are an architect.', reasoner: 'sampling', facts_used: [{ id: roleId, key: 'role' }] });
    await call(client, 'dialectic', { user_message: 'And where?', session_id: first.session_id });
    const second = seen[1]!;
    expect(second.systemPrompt).toContain('<profile_data>');
    expect(second.systemPrompt).toContain('"value":"Porto"');
    expect(second.includeContext).toBe('none');
    expect(second.messages.map((m) => [m.role, (m.content as { text: string }).text])).toEqual([
      ['user', 'What is their job?'],
      ['assistant', 'They are an architect.'],
      ['user', 'And where?'],
    ]);
  });

  it('learn extracts through the client model, tolerating a fenced JSON reply', async () => {
    const service = memoryService();
    const { client } = await samplingClient(
      service,
      factory({ mode: 'sampling' }),
      () => '```json\n{"facts": [{"key": "diet", "value": "vegan", "category": "custom_fields", "bucket": "static", "confidence": 0.85}]}\n```',
    );
    const result = await call(client, 'learn', { messages: [{ role: 'user', content: "I'm vegan" }] });
    expect(result).toMatchObject({ status: 'success', created: 1, reasoner: 'sampling' });
    expect((await service.listFacts('local', { key: 'diet' })).facts[0]).toMatchObject({ value: 'vegan', source: 'conversation' });
  });

  it('an unusable reply becomes llm_unavailable and nothing is written', async () => {
    const service = memoryService();
    const { client } = await samplingClient(service, factory({ mode: 'sampling' }), () => 'I would rather not.');
    const result = await call(client, 'learn', { messages: [{ role: 'user', content: "I'm vegan" }] });
    expect(result.error.code).toBe('llm_unavailable');
    expect((await service.getProfile('local', {})).fact_count).toBe(0);
  });

  it('a client that refuses the sampling request gives llm_unavailable', async () => {
    const service = memoryService();
    const { client } = await samplingClient(service, factory({ mode: 'sampling' }), () => {
      throw new Error('user declined');
    });
    if (MODERN) {
      // 2026-07-28: the client fulfils the input request itself; its handler's failure ends the call on
      // the client's side (an input response cannot carry an error), and the server wrote nothing.
      await expect(call(client, 'learn', { messages: [{ role: 'user', content: "I'm vegan" }] })).rejects.toThrow(/user declined/);
      expect((await service.getProfile('local', {})).fact_count).toBe(0);
      return;
    }
    const result = await call(client, 'dialectic', { user_message: 'What is their job?' });
    expect(result.error.code).toBe('llm_unavailable');
    expect(result.error.message).toMatch(/refused or failed the sampling request/);
  });

  it('PROFILE_MCP_REASONER=sampling with a client that does not offer sampling gives llm_unavailable', async () => {
    const client = await plainClient(memoryService(), factory({ mode: 'sampling' }));
    const result = await call(client, 'dialectic', { user_message: 'What is their job?' });
    expect(result.error).toMatchObject({ code: 'llm_unavailable', message: expect.stringMatching(/does not offer sampling/) });
  });

  it('auto without key or sampling client falls back to offline', async () => {
    const client = await plainClient(memoryService(), factory({ mode: 'auto' }));
    expect((await call(client, 'dialectic', { user_message: 'What is their job?' })).reasoner).toBe('offline');
  });
});
