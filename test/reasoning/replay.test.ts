import { CreateMessageRequestSchema, type CreateMessageRequest, type CreateMessageResult } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askProfile } from '../../src/profiles/dialectic.js';
import { learnFrom } from '../../src/profiles/learn.js';
import type { ProfileService } from '../../src/profiles/service.js';
import { AnthropicReasoner } from '../../src/reasoners/anthropic.js';
import { promptTokens } from '../../src/reasoners/llm.js';
import { call, connectClient } from '../helpers/mcp.js';
import { start, type FakeAnthropic, type FakeReply } from '../helpers/fake-anthropic.js';
import { factory, memoryService } from './setup.js';

/**
 * Recorded-transcript replays: replies real models give (well-formed, prose, fenced, truncated, one
 * bad fact, ids miscopied, extra keys), played back through the fake Messages API (the real
 * @anthropic-ai/sdk) and through a real MCP client that offers sampling, each with the outcome it
 * must give. No reply shape makes a whole learn call fail when part of it is usable.
 */

let fake: FakeAnthropic;
const closers: (() => Promise<void>)[] = [];
beforeEach(async () => {
  fake = await start();
});
afterEach(async () => {
  await fake.close();
  for (const close of closers.splice(0)) await close();
});

const anthropic = () => new AnthropicReasoner({ apiKey: 'k', baseURL: fake.url, model: 'claude-haiku-5-5', timeoutMs: 5000, maxRetries: 0 });
const said = [{ role: 'user' as const, content: "I'm a staff engineer at Acme in Porto. I love climbing and chess." }];

const role = { key: 'role', value: 'staff engineer', category: 'role', bucket: 'static', confidence: 0.9, evidence: "I'm a staff engineer" };
const company = { key: 'company', value: 'Acme', category: 'other', bucket: 'static', confidence: 0.9 };
const interests = { key: 'interests', value: ['climbing', 'chess'], category: 'interests', bucket: 'static', confidence: 0.8 };

type Sampler = (params: CreateMessageRequest['params'], n: number) => { text: string; stopReason?: string };

async function samplingClient(service: ProfileService, reply: Sampler) {
  const seen: CreateMessageRequest['params'][] = [];
  const { client, close } = await connectClient({ service, account: 'local', reasoners: factory({ mode: 'sampling' }) }, { capabilities: { sampling: {} } });
  closers.push(close);
  client.setRequestHandler(CreateMessageRequestSchema, async (request): Promise<CreateMessageResult> => {
    seen.push(request.params);
    const r = reply(request.params, seen.length);
    return { role: 'assistant', model: 'host-model', content: { type: 'text', text: r.text }, stopReason: r.stopReason ?? 'endTurn' };
  });
  return { client, seen };
}

const keysOf = (changes: { key: string; action: string }[]) => changes.map((c) => `${c.action}:${c.key}`).sort();

describe('extraction replays through the fake Messages API', () => {
  const cases: { name: string; reply: FakeReply; expect: { changes: string[]; dropped?: { key: string; reason: RegExp }[] } }[] = [
    {
      name: 'well-formed',
      reply: { tool: { input: { facts: [role, company, interests] } } },
      expect: { changes: ['create:company', 'create:interests', 'create:role'] },
    },
    {
      name: 'one bad fact (an object value) among good ones',
      reply: {
        tool: { input: { facts: [role, { key: 'location', value: { city: 'Porto' }, category: 'other', bucket: 'static', confidence: 0.8 }, interests] } },
      },
      expect: { changes: ['create:interests', 'create:role'], dropped: [{ key: 'location', reason: /value/ }] },
    },
    {
      name: 'a bad key and a secret among good ones',
      reply: { tool: { input: { facts: [role, { ...company, key: 'Company Name!!' }, { ...company, key: 'api_key', value: 'sk-1' }] } } },
      expect: {
        changes: ['create:role'],
        dropped: [
          { key: 'Company Name!!', reason: /invalid key/ },
          { key: 'api_key', reason: /secret/ },
        ],
      },
    },
    {
      name: 'extra keys on the reply and on facts',
      reply: { tool: { input: { facts: [{ ...role, source: 'chat', why: 'stated' }, company], reasoning: 'The user said...' } } },
      expect: { changes: ['create:company', 'create:role'] },
    },
    {
      name: 'truncated (max_tokens) with the last fact incomplete',
      reply: {
        content: [{ type: 'tool_use', id: 'toolu_1', name: 'record_user_facts', input: { facts: [role, company, { key: 'interests', value: ['climb'] }] } }],
        stop_reason: 'max_tokens',
      },
      expect: { changes: ['create:company', 'create:role'], dropped: [{ key: 'interests', reason: /cut off/ }] },
    },
    {
      name: 'fenced JSON in a text block instead of the tool call',
      reply: { content: [{ type: 'text', text: 'Here you go:\n```json\n' + JSON.stringify({ facts: [role] }) + '\n```' }], stop_reason: 'end_turn' },
      expect: { changes: ['create:role'] },
    },
    {
      name: 'an unknown category becomes "other"; a null value records nothing',
      reply: {
        tool: {
          input: {
            facts: [
              { ...company, category: 'employer' },
              { ...role, value: null },
            ],
          },
        },
      },
      expect: { changes: ['create:company'] },
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      fake.set({ reply: c.reply });
      const service = memoryService();
      const result = await learnFrom(service, anthropic(), 'a', { messages: said });
      expect(keysOf(result.changes)).toEqual(c.expect.changes);
      expect(result.dropped).toHaveLength(c.expect.dropped?.length ?? 0);
      for (const d of c.expect.dropped ?? []) expect(result.dropped).toContainEqual({ key: d.key, reason: expect.stringMatching(d.reason) });
      expect(result.usage).toEqual({ model: 'claude-haiku-5-5', input_tokens: 11, output_tokens: 7 });
      expect(result.read).toEqual({ messages: 1, of: 1, chunks: 1 });
    });
  }

  it('prose instead of the tool call is llm_unavailable and nothing is written', async () => {
    fake.set({ reply: 'You seem to be a staff engineer who enjoys climbing!' });
    const service = memoryService();
    await expect(learnFrom(service, anthropic(), 'a', { messages: said })).rejects.toMatchObject({ code: 'llm_unavailable' });
    expect((await service.getProfile('a', {})).fact_count).toBe(0);
  });

  it('the request: schema generated from zod, today and the timezone in the prompt, per-job model', async () => {
    fake.set({ reply: { tool: { input: { facts: [] } } } });
    const service = memoryService(() => Date.parse('2026-12-02T23:30:00Z'));
    await service.patchProfile('a', { facts: { timezone: 'Asia/Tokyo' } });
    const ai = new AnthropicReasoner({
      apiKey: 'k',
      baseURL: fake.url,
      model: 'claude-haiku-5-5',
      extractModel: 'claude-haiku-5-5',
      answerModel: 'claude-sonnet-5-5',
      timeoutMs: 5000,
      maxRetries: 0,
    });
    await learnFrom(service, ai, 'a', { messages: said });
    const body = fake.requests[0]!.body;
    expect(body.model).toBe('claude-haiku-5-5');
    const schema = body.tools[0].input_schema;
    expect(schema.properties.facts.items.required).toEqual(['key', 'value', 'category', 'bucket', 'confidence']);
    expect(schema.properties.facts.items.properties.category.enum).toContain('expertise');
    const system = body.system.map((b: { text: string }) => b.text).join('\n');
    expect(system).toContain('Today is Wednesday 2026-12-02 23:30 UTC');
    expect(system).toContain('Asia/Tokyo; their local date and time is Thursday 2026-12-03 08:30');
    expect(system).toMatch(/retract: true/);
    fake.set({ reply: { tool: { input: { answer: 'x', fact_refs: [], cannot_answer: true } } } });
    await askProfile(service, ai, 'a', { user_message: 'Where are they?' });
    expect(fake.requests[1]!.body.model).toBe('claude-sonnet-5-5');
    expect(fake.requests[1]!.body.tools[0].input_schema.required).toEqual(['answer', 'fact_refs', 'cannot_answer']);
  });

  it("prompt caching: a breakpoint after the rules once the prefix reaches the model's minimum", async () => {
    fake.set({ reply: { tool: { input: { facts: [] } } } });
    const service = memoryService();
    await learnFrom(service, new AnthropicReasoner({ apiKey: 'k', baseURL: fake.url, model: 'claude-sonnet-5-5', timeoutMs: 5000, maxRetries: 0 }), 'a', {
      messages: said,
    });
    await learnFrom(service, anthropic(), 'a', { messages: said });
    const [sonnet, haiku] = fake.requests.map((r) => r.body.system as { cache_control?: unknown }[]);
    // The cached prefix is the tool schema and the rules; a breakpoint exactly when their estimate
    // reaches the model's minimum (Sonnet 1,024, Haiku 2,048).
    const prefixTokens = (body: any) => promptTokens(JSON.stringify(body.tools[0].input_schema), body.tools[0].description) + promptTokens(body.system[0].text);
    expect(prefixTokens(fake.requests[0]!.body)).toBeGreaterThanOrEqual(1024);
    expect(sonnet![0]!.cache_control).toEqual({ type: 'ephemeral' });
    expect(haiku![0]!.cache_control !== undefined).toBe(prefixTokens(fake.requests[1]!.body) >= 2048);
    // The dialectic's shorter rules stay under Haiku's minimum: no breakpoint.
    fake.set({ reply: { tool: { input: { answer: 'x', fact_refs: [], cannot_answer: true } } } });
    await askProfile(service, anthropic(), 'a', { user_message: 'Where are they?' });
    const answer = fake.requests[2]!.body;
    expect(prefixTokens(answer)).toBeLessThan(2048);
    expect(answer.system[0].cache_control).toBeUndefined();
    expect(sonnet![1]!.cache_control).toBeUndefined(); // one short request: the context is not sent again
  });
});

describe('dialectic replays through the fake Messages API', () => {
  async function scope() {
    const service = memoryService();
    await service.patchProfile('a', { facts: { role: 'Staff Engineer', location: 'Porto', partner_occupation: 'doctor' } });
    const { facts } = await service.listFacts('a', {});
    // Refs follow the prompt's order: role (identity), location, then the rest.
    const id = (key: string) => facts.find((f) => f.key === key)!.id;
    return { service, id };
  }

  it('ids miscopied: refs written "F1", "fact 2", "[f3]" map back; unknown refs and made-up ids are dropped', async () => {
    const { service, id } = await scope();
    fake.set({
      reply: {
        tool: {
          input: { answer: 'A Staff Engineer in Porto.', fact_refs: ['F1', 'fact 2', '[f3]', 'f99', 'fact_01JABCDEFGHJKMNPQRSTVWXYZ0'], cannot_answer: false },
        },
      },
    });
    const result = await askProfile(service, anthropic(), 'a', { user_message: 'Who are they?' });
    const system = (fake.requests[0]!.body.system as { text: string }[]).map((b) => b.text).join('\n');
    const refOf = (key: string) => new RegExp(`"ref":"(f\\d+)","key":"${key}"`).exec(system)![1];
    expect([refOf('role'), refOf('location')]).toEqual(['f1', 'f2']);
    expect(result.facts_used.map((f) => f.id).sort()).toEqual([id('role'), id('location'), id('partner_occupation')].sort());
    expect(result.usage).toMatchObject({ model: 'claude-haiku-5-5', input_tokens: 11, output_tokens: 7 });
  });

  it('abstention: cannot_answer cites nothing, whatever refs came with it', async () => {
    const { service } = await scope();
    fake.set({ reply: { tool: { input: { answer: 'The profile has nothing about pets.', fact_refs: ['f1'], cannot_answer: true } } } });
    const result = await askProfile(service, anthropic(), 'a', { user_message: 'Do they have pets?' });
    expect(result).toMatchObject({ assistant_message: 'The profile has nothing about pets.', facts_used: [] });
    const system = (fake.requests[0]!.body.system as { text: string }[]).map((b) => b.text).join('\n');
    expect(system).toMatch(/cannot_answer/);
    expect(system).toMatch(/Third parties/);
  });
});

describe('replays through a real MCP client that offers sampling', () => {
  it('dialectic: a prose answer is accepted and cites the facts whose values it mentions', async () => {
    const service = memoryService();
    await service.patchProfile('local', { facts: { role: 'Staff Engineer', location: 'Porto', pets: 'none' } });
    const { facts } = await service.listFacts('local', {});
    const { client, seen } = await samplingClient(service, () => ({ text: 'a Staff Engineer.' }));
    const result = await call(client, 'dialectic', { user_message: 'What do they do?' });
    expect(result).toMatchObject({
      assistant_message: 'a Staff Engineer.',
      reasoner: 'sampling',
      facts_used: [{ id: facts.find((f) => f.key === 'role')!.id, key: 'role' }],
    });
    expect(result.usage).toMatchObject({ model: 'host-model', input_tokens: expect.any(Number), output_tokens: expect.any(Number) });
    expect(result.usage.input_tokens).toBeGreaterThan(0);
    const prefs = seen[0]!.modelPreferences!;
    expect(prefs.intelligencePriority!).toBeGreaterThan(prefs.speedPriority!);
  });

  it('dialectic: JSON answers, fenced or bare, with refs; a reply cut off (maxTokens) is kept and marked', async () => {
    const service = memoryService();
    await service.patchProfile('local', { facts: { role: 'Staff Engineer' } });
    const replies = ['```json\n{"answer": "They are a Staff Engineer.", "fact_refs": ["f1"], "cannot_answer": false}\n```', '{"answer": "They are a Staff Eng'];
    const { client } = await samplingClient(service, (_p, n) => ({ text: replies[n - 1]!, stopReason: n === 2 ? 'maxTokens' : 'endTurn' }));
    const fenced = await call(client, 'dialectic', { user_message: 'Job?' });
    expect(fenced).toMatchObject({ assistant_message: 'They are a Staff Engineer.', facts_used: [{ key: 'role' }] });
    const cut = await call(client, 'dialectic', { user_message: 'Job?' });
    expect(cut.assistant_message).toBe('They are a Staff Eng…');
  });

  it('extraction: prose first, then one stricter retry that answers JSON', async () => {
    const service = memoryService();
    const { client, seen } = await samplingClient(service, (_p, n) => ({
      text: n === 1 ? 'The user is a staff engineer who likes climbing.' : JSON.stringify({ facts: [role] }),
    }));
    const result = await call(client, 'learn', { messages: said });
    expect(result).toMatchObject({ status: 'success', created: 1, reasoner: 'sampling' });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.systemPrompt).toContain('IMPORTANT: your previous reply could not be used');
  });

  it('extraction: prose twice is llm_unavailable and nothing is written', async () => {
    const service = memoryService();
    const { client, seen } = await samplingClient(service, () => ({ text: 'I would rather not.' }));
    const result = await call(client, 'learn', { messages: said });
    expect(result.error.code).toBe('llm_unavailable');
    expect(seen).toHaveLength(2);
    expect((await service.getProfile('local', {})).fact_count).toBe(0);
  });

  it('extraction: a reply cut off inside the facts array keeps its complete facts', async () => {
    const service = memoryService();
    const text = JSON.stringify({ facts: [role, company, interests] }).slice(0, -40);
    const { client, seen } = await samplingClient(service, () => ({ text, stopReason: 'maxTokens' }));
    const result = await call(client, 'learn', { messages: said });
    expect(keysOf(result.changes)).toEqual(['create:company', 'create:role']);
    expect(seen).toHaveLength(1);
  });

  it('extraction: one bad fact, extra keys and a fence; the good facts are kept and the bad one reported', async () => {
    const service = memoryService();
    const text =
      'Sure:\n```json\n' +
      JSON.stringify({
        facts: [
          { ...role, note: 'extra' },
          { key: 'age', value: 'thirty', category: 'other', bucket: 'forever', confidence: 0.8 },
        ],
      }) +
      '\n```';
    const { client } = await samplingClient(service, () => ({ text }));
    const result = await call(client, 'learn', { messages: said });
    expect(keysOf(result.changes)).toEqual(['create:role']);
    expect(result.dropped).toEqual([{ key: 'age', reason: expect.stringMatching(/bucket/) }]);
  });
});
