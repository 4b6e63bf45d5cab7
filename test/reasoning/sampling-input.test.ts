import { Client, InMemoryTransport, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { CreateMessageRequest, CreateMessageResult, ElicitRequest, ElicitResult } from '@modelcontextprotocol/client';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { afterEach, describe, expect, it } from 'vitest';
import { createMcpServer } from '../../src/mcp/server.js';
import { ProfileService } from '../../src/profiles/service.js';
import { reasonerFactoryFromEnv } from '../../src/reasoners/index.js';
import { MemoryStore } from '../../src/store/memory.js';
import { MODERN_REVISION } from '../helpers/client-era.js';
import { startHarness, type Harness } from '../http/helpers.js';

/**
 * The sampling reasoner on 2026-07-28: a real SDK v2 client pinned to the revision, whose sampling
 * handler is the "model" (canned JSON, the real protocol: the server returns input requests and the
 * client retries the call with the model's answers). Always the v2 client, in every run (so it lives outside test/mcp, which `npm run test:mcp-v2` runs again).
 */
type Params = CreateMessageRequest['params'];
const ME = { transport: 'stdio', key_id: null } as const;
const reply = (text: string): CreateMessageResult => ({ role: 'assistant', model: 'client-model-2', content: { type: 'text', text }, stopReason: 'endTurn' });
const ROLE = JSON.stringify({ facts: [{ key: 'role', value: 'junior developer', category: 'role', bucket: 'static', confidence: 0.9 }] });

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

function client(capabilities: Record<string, unknown>, model?: (p: Params) => string, form?: (r: ElicitRequest['params']) => ElicitResult) {
  const c = new Client({ name: 'v2-sampling', version: '1.0.0' }, { capabilities, versionNegotiation: { mode: { pin: MODERN_REVISION } } } as never);
  const seen: Params[] = [];
  const asked: ElicitRequest['params'][] = [];
  if (model) {
    c.setRequestHandler('sampling/createMessage', async (request) => {
      seen.push(request.params);
      return reply(model(request.params));
    });
  }
  if (form) {
    c.setRequestHandler('elicitation/create', async (request) => {
      asked.push(request.params);
      return form(request.params);
    });
  }
  return { c, seen, asked };
}

async function inMemory(
  service: ProfileService,
  mode: string,
  capabilities: Record<string, unknown>,
  model?: (p: Params) => string,
  form?: (r: ElicitRequest['params']) => ElicitResult,
) {
  const reasoners = reasonerFactoryFromEnv({ PROFILE_MCP_REASONER: mode });
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const server = serveStdio((ctx) => createMcpServer({ service, account: 'local', reasoners, era: ctx.era }), { transport: serverTransport });
  const made = client(capabilities, model, form);
  await made.c.connect(clientTransport);
  closers.push(async () => {
    await made.c.close();
    await server.close();
  });
  return made;
}

async function structured(c: Client, name: string, args: Record<string, unknown>): Promise<any> {
  const result = await c.callTool({ name, arguments: args });
  if (result.isError) return JSON.parse((result.content as { text: string }[])[0]!.text);
  return result.structuredContent;
}

describe('the sampling reasoner on 2026-07-28 (input requests)', () => {
  it('dialectic: the client model answers through an input request; the facts go in as data', async () => {
    const service = new ProfileService({ store: new MemoryStore() });
    await service.patchProfile('local', { facts: { role: 'Architect' } }, ME);
    const roleId = (await service.listFacts('local', { key: 'role' })).facts[0]!.id;
    const { c, seen } = await inMemory(service, 'auto', { sampling: {} }, () => JSON.stringify({ answer: 'They are an architect.', fact_ids: [roleId] }));
    const result = await structured(c, 'dialectic', { user_message: 'What is their job?' });
    expect(result).toMatchObject({ assistant_message: 'They are an architect.', reasoner: 'sampling', facts_used: [{ id: roleId, key: 'role' }] });
    expect(result.usage.model).toBe('client-model-2');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.systemPrompt).toContain('<profile_data>');
    expect(seen[0]!.includeContext).toBe('none');
  });

  it('learn with a conflict: the model is asked once, the form once; the model answer rides in the signed requestState', async () => {
    const service = new ProfileService({ store: new MemoryStore() });
    await service.patchProfile('local', { facts: { role: 'CTO' } }, ME);
    const { c, seen, asked } = await inMemory(
      service,
      'sampling',
      { sampling: {}, elicitation: { form: {} } },
      () => ROLE,
      (params) => {
        const fields = Object.keys((params as { requestedSchema: { properties: object } }).requestedSchema.properties);
        return { action: 'accept', content: Object.fromEntries(fields.map((f) => [f, 'take'])) };
      },
    );
    const result = await structured(c, 'learn', { messages: [{ role: 'user', content: "I'm a junior developer now." }] });
    expect(result).toMatchObject({ status: 'success', reasoner: 'sampling', conflicts: 1, asked: { answer: 'accept', rejected: [], pending: [] } });
    expect(seen).toHaveLength(1);
    expect(asked).toHaveLength(1);
    expect((await service.listFacts('local', { key: 'role' })).facts[0]).toMatchObject({ value: 'junior developer', source: 'manual' });
    // A learn that only proposes writes no fact; the accepted proposal is resolve_pending's operation.
    expect((await service.listOperations('local', {})).operations.map((o) => o.operation)).toEqual(['resolve_pending', 'patch_profile']);
  });

  it('an unusable first reply is asked again, stricter, in a second round; nothing is written before the end', async () => {
    const service = new ProfileService({ store: new MemoryStore() });
    const replies = ['I would rather not.', ROLE];
    const { c, seen } = await inMemory(service, 'sampling', { sampling: {} }, () => replies.shift()!);
    const result = await structured(c, 'learn', { messages: [{ role: 'user', content: "I'm a junior developer." }] });
    expect(result).toMatchObject({ status: 'success', created: 1, reasoner: 'sampling' });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.systemPrompt).toMatch(/IMPORTANT: your previous reply could not be used/);
    expect((await service.listOperations('local', {})).operations).toHaveLength(1);
  });

  it('without the sampling capability: llm_unavailable when sampling is required, offline under auto', async () => {
    const service = new ProfileService({ store: new MemoryStore() });
    const required = await inMemory(service, 'sampling', {});
    const error = await structured(required.c, 'dialectic', { user_message: 'What is their job?' });
    expect(error.error).toMatchObject({ code: 'llm_unavailable', message: expect.stringMatching(/does not offer sampling/) });
    const auto = await inMemory(service, 'auto', {});
    expect((await structured(auto.c, 'learn', { messages: [{ role: 'user', content: "I'm vegan." }] })).reasoner).toBe('offline');
  });
});

describe("learn's form round, driven by hand (2026-07-28)", () => {
  it('an answer about a conflict that changed in between is ignored: the proposal stays pending', async () => {
    const service = new ProfileService({ store: new MemoryStore() });
    await service.patchProfile('local', { facts: { role: 'CTO' } }, ME);
    const { c } = await inMemory(service, 'offline', { elicitation: { form: {} } });
    const args = { messages: [{ role: 'user', content: "I'm a junior developer." }] };
    const call = (extra: Record<string, unknown>) =>
      c.callTool({ name: 'learn', arguments: args, ...extra } as never, { allowInputRequired: true } as never) as Promise<any>;
    const first = await call({});
    expect(first.resultType).toBe('input_required');
    expect(first.inputRequests.ask.method).toBe('elicitation/create');
    const [field] = Object.keys(first.inputRequests.ask.params.requestedSchema.properties);
    expect((await service.listPending('local', {})).total).toBe(0); // nothing written before the answer
    await service.patchProfile('local', { facts: { role: 'VP Engineering' } }, ME); // the person changed it meanwhile
    const done = await call({ inputResponses: { ask: { action: 'accept', content: { [field!]: 'take' } } }, requestState: first.requestState });
    expect(done.structuredContent).toMatchObject({ conflicts: 1, asked: { answer: 'accept', accepted: [], rejected: [] } });
    expect(done.structuredContent.asked.pending).toHaveLength(1);
    expect((await service.listFacts('local', { key: 'role' })).facts[0]).toMatchObject({ value: 'VP Engineering' });
  });
});

describe('sampling rounds across replicas on one store', () => {
  async function replica(first?: Harness): Promise<Harness & { tokens: Record<string, string> }> {
    // A second replica: the same data directory and store (JSON directory, or the same PostgreSQL schema).
    const h = await startHarness({
      accounts: first ? [] : ['acme'],
      reasonerEnv: { PROFILE_MCP_REASONER: 'sampling' },
      ...(first ? { dir: first.dir, store: first.store } : {}),
    });
    closers.push(() => h.close());
    return h;
  }
  async function connect(url: string, key: string) {
    const made = client({ sampling: {} });
    await made.c.connect(new StreamableHTTPClientTransport(new URL('/mcp', url), { requestInit: { headers: { Authorization: `Bearer ${key}` } } }));
    closers.push(() => made.c.close());
    return made.c;
  }
  type Round = { resultType?: string; inputRequests?: Record<string, { method: string; params: Params }>; requestState?: string };
  const args = { messages: [{ role: 'user', content: "I'm a junior developer." }] };
  const call = (c: Client, extra: Record<string, unknown>) =>
    c.callTool({ name: 'learn', arguments: args, ...extra } as never, { allowInputRequired: true } as never) as Promise<Round & { structuredContent?: any }>;

  it('a state minted by one process verifies on another (the key lives in the store); a tampered one is refused', async () => {
    const a = await replica();
    const b = await replica(a);
    const key = a.tokens.acme!;
    const [onA, onB] = [await connect(a.url, key), await connect(b.url, key)];

    const first = await call(onA, {});
    expect(first.resultType).toBe('input_required');
    const [k1] = Object.keys(first.inputRequests!);
    expect(first.inputRequests![k1!]!.method).toBe('sampling/createMessage');
    expect(first.requestState).toBeUndefined();

    const second = await call(onB, { inputResponses: { [k1!]: reply('I would rather not.') } });
    expect(second.resultType).toBe('input_required');
    expect(typeof second.requestState).toBe('string');
    const [k2] = Object.keys(second.inputRequests!);
    expect(k2).not.toBe(k1);

    const tampered = second.requestState!.replace(/^(v1\.)(.)/, (_, v, ch: string) => `${v}${ch === 'e' ? 'f' : 'e'}`);
    await expect(call(onA, { inputResponses: { [k2!]: reply(ROLE) }, requestState: tampered })).rejects.toThrow(/Invalid or expired requestState/);

    const done = await call(onA, { inputResponses: { [k2!]: reply(ROLE) }, requestState: second.requestState });
    expect(done.structuredContent).toMatchObject({ status: 'success', created: 1, reasoner: 'sampling' });
  });
});
