import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askProfile } from '../../src/profiles/dialectic.js';
import { ProfileService } from '../../src/profiles/service.js';
import { AnthropicReasoner } from '../../src/reasoners/anthropic.js';
import { MemoryStore } from '../../src/store/memory.js';
import { start, type FakeAnthropic } from '../helpers/fake-anthropic.js';
import { call, connectClient } from '../helpers/mcp.js';
import { startHarness, rest, type Harness } from '../http/helpers.js';
import { factory, memoryService } from './setup.js';

/**
 * Cost and time (issue 17): `usage` on learn/dialectic/chat results over REST and MCP, per-account
 * daily totals, PROFILE_MCP_LLM_DAILY_TOKENS refusing with rate_limited, the total time budget, and
 * cancellation reaching the upstream request.
 */

let fake: FakeAnthropic;
let h: (Harness & { tokens: Record<string, string> }) | undefined;
const closers: (() => Promise<void>)[] = [];
beforeEach(async () => {
  fake = await start();
});
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await h?.close();
  h = undefined;
  await fake.close();
});

const extraction = { tool: { input: { facts: [{ key: 'role', value: 'nurse', category: 'role', bucket: 'static', confidence: 0.9 }] } } };
const envFor = (f: FakeAnthropic) => ({ ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: f.url, PROFILE_MCP_LLM_MAX_RETRIES: '0' });

describe('usage and the daily LLM budget over REST', () => {
  it('results carry usage; totals are kept per account and day; over the budget: 429 rate_limited with Retry-After', async () => {
    h = await startHarness({ accounts: ['acme', 'other'], reasonerEnv: envFor(fake), llmDailyTokens: 30 });
    const acme = rest(h.url, h.tokens.acme);
    fake.set({ reply: extraction });
    const learned = await acme.post('/v1/profile/learn', { messages: [{ role: 'user', content: "I'm a nurse" }] });
    expect(learned.status).toBe(200);
    expect(learned.json).toMatchObject({
      created: 1,
      dropped: [],
      read: { messages: 1, of: 1, chunks: 1 },
      usage: { model: 'claude-haiku-5-5', input_tokens: 11, output_tokens: 7 },
    });

    fake.set({ reply: { tool: { input: { answer: 'A nurse.', fact_refs: ['f1'], cannot_answer: false } } } });
    const asked = await acme.post('/v1/profile/dialectic', { user_message: 'Job?' });
    expect(asked.status).toBe(200);
    expect(asked.json.usage).toEqual({ model: 'claude-haiku-5-5', input_tokens: 11, output_tokens: 7 });

    // 36 tokens spent of 30: the next reasoning call is refused before any request goes upstream.
    const sent = fake.requests.length;
    const refused = await acme.post('/v1/profile/dialectic', { user_message: 'Job?' });
    expect(refused.status).toBe(429);
    expect(refused.json.error).toMatchObject({ code: 'rate_limited', details: { limit: 30, used: 36 } });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(fake.requests.length).toBe(sent);
    const chat = await acme.post('/v1/chat/completions', { messages: [{ role: 'user', content: 'hi' }] });
    expect(chat.status).toBe(429);

    // Another account has its own budget; reads are not affected.
    expect((await rest(h.url, h.tokens.other).post('/v1/profile/dialectic', { user_message: 'Job?' })).status).toBe(200);
    expect((await acme.get('/v1/profile')).status).toBe(200);

    if (process.env.PROFILE_MCP_TEST_STORE !== 'postgres') {
      const file = join(h.dir, 'accounts', 'acme', 'usage.json');
      expect(existsSync(file)).toBe(true);
      const today = new Date().toISOString().slice(0, 10);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ days: [{ day: today, input_tokens: 22, output_tokens: 14, calls: 2 }] });
    }
    expect(await h.app.service.store.usage!.days('acme', 5)).toEqual([{ day: expect.any(String), input_tokens: 22, output_tokens: 14, calls: 2 }]);
  });

  it("chat completions report the spec usage next to OpenAI's, the memory's extraction included", async () => {
    h = await startHarness({ accounts: ['acme'], reasonerEnv: envFor(fake) });
    fake.set({ reply: (r) => (r.body.tools ? extraction : 'Hello!') });
    const chat = await rest(h.url, h.tokens.acme).post('/v1/chat/completions', {
      messages: [{ role: 'user', content: "I'm a nurse" }],
      features: { memory: true },
    });
    expect(chat.status).toBe(200);
    expect(chat.json.usage).toEqual({
      prompt_tokens: 11,
      completion_tokens: 7,
      total_tokens: 18,
      model: 'claude-haiku-5-5',
      input_tokens: 22,
      output_tokens: 14,
    });
  });

  it('an HTTP client that disconnects aborts the upstream request', async () => {
    h = await startHarness({ accounts: ['acme'], reasonerEnv: envFor(fake) });
    fake.set({ reply: extraction, delayMs: 10_000 });
    const controller = new AbortController();
    const pending = fetch(`${h.url}/v1/profile/learn`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.tokens.acme}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: "I'm a nurse" }] }),
      signal: controller.signal,
    }).catch(() => 'aborted');
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1));
    controller.abort();
    expect(await pending).toBe('aborted');
    await vi.waitFor(() => expect(fake.aborted).toBe(1));
  });
});

describe('usage and the budget over MCP', () => {
  it('learn and dialectic results carry usage; zeros offline', async () => {
    const service = memoryService();
    const online = await connectClient({ service, account: 'local', reasoners: factory({ mode: 'anthropic', apiKey: 'k', baseURL: fake.url }) });
    closers.push(online.close);
    fake.set({ reply: extraction });
    expect(await call(online.client, 'learn', { messages: [{ role: 'user', content: "I'm a nurse" }] })).toMatchObject({
      usage: { model: 'claude-haiku-5-5', input_tokens: 11, output_tokens: 7 },
      dropped: [],
    });
    const offline = await connectClient({ service, account: 'local', reasoners: factory({ mode: 'offline' }) });
    closers.push(offline.close);
    const result = await call(offline.client, 'dialectic', { user_message: 'What is their job?' });
    expect(result.usage).toEqual({ model: 'offline', input_tokens: 0, output_tokens: 0 });
  });

  it('over the daily budget a tool answers rate_limited', async () => {
    const service = new ProfileService({ store: new MemoryStore(), llmDailyTokens: 10 });
    const { client, close } = await connectClient({ service, account: 'local', reasoners: factory({ mode: 'anthropic', apiKey: 'k', baseURL: fake.url }) });
    closers.push(close);
    fake.set({ reply: extraction });
    expect((await call(client, 'learn', { messages: [{ role: 'user', content: "I'm a nurse" }] })).created).toBe(1);
    const refused = await call(client, 'learn', { messages: [{ role: 'user', content: "I'm a nurse" }] });
    expect(refused.error).toMatchObject({ code: 'rate_limited', details: { retry_after_seconds: expect.any(Number) } });
  });

  it('an MCP cancellation aborts the upstream request', async () => {
    const service = memoryService();
    const { client, close } = await connectClient({ service, account: 'local', reasoners: factory({ mode: 'anthropic', apiKey: 'k', baseURL: fake.url }) });
    closers.push(close);
    fake.set({ reply: extraction, delayMs: 10_000 });
    const controller = new AbortController();
    const pending = client
      .callTool({ name: 'learn', arguments: { messages: [{ role: 'user', content: "I'm a nurse" }] } }, undefined, { signal: controller.signal })
      .catch(() => 'cancelled');
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1));
    controller.abort();
    expect(await pending).toBe('cancelled');
    await vi.waitFor(() => expect(fake.aborted).toBe(1));
    expect((await service.getProfile('local', {})).fact_count).toBe(0);
  });
});

describe('the total time budget', () => {
  it('retries end within PROFILE_MCP_LLM_TIMEOUT_MS', async () => {
    fake.set({ status: 529 });
    const ai = new AnthropicReasoner({ apiKey: 'k', baseURL: fake.url, model: 'claude-haiku-5-5', timeoutMs: 1200, maxRetries: 10 });
    const started = Date.now();
    const error = await askProfile(memoryService(), ai, 'a', { user_message: 'Job?' }).catch((e) => e);
    const elapsed = Date.now() - started;
    expect(error).toMatchObject({ code: 'llm_unavailable', message: expect.stringMatching(/within 1200 ms \(PROFILE_MCP_LLM_TIMEOUT_MS, retries included\)/) });
    expect(fake.requests.length).toBeGreaterThanOrEqual(2);
    expect(elapsed).toBeLessThan(1200 + 800);
  });
});
