import { afterEach, describe, expect, it } from 'vitest';
import { promptText, startFakeAnthropic, type FakeAnthropic } from '../helpers/fake-anthropic.js';
import { rest, startHarness, type Harness } from './helpers.js';

let h: (Harness & { tokens: Record<string, string> }) | undefined;
let fake: FakeAnthropic | undefined;
afterEach(async () => {
  await h?.close();
  await fake?.close();
  h = undefined;
  fake = undefined;
});

describe('POST /v1/profile/dialectic (offline reasoner)', () => {
  it('answers from the facts, starts a session and continues it (the seed example, legacy "message")', async () => {
    h = await startHarness({ accounts: ['acme'] });
    const api = rest(h.url, h.tokens.acme);
    await api.patch('/v1/profile', { role: 'Senior Engineer', interests: ['distributed systems', 'compilers'], collection_id: 'coll_123' });

    const first = await api.post('/v1/profile/dialectic', { message: "What are this user's main professional interests?", collection_id: 'coll_123' });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ reasoner: 'offline', session_id: expect.stringMatching(/^sess_/) });
    expect(first.json.response).toBe(first.json.assistant_message);
    expect(first.json.assistant_message).toMatch(/compilers/);
    expect(first.json.facts_used.map((f: any) => f.key)).toContain('interests');

    const follow = await api.post('/v1/profile/dialectic', { question: 'What is their role?', session_id: first.json.session_id, collection_id: 'coll_123' });
    expect(follow.status).toBe(200);
    expect(follow.json.session_id).toBe(first.json.session_id);
    expect(follow.json.assistant_message).toMatch(/Senior Engineer/);

    const none = await api.post('/v1/profile/dialectic', { user_message: 'What does this user do for work?' });
    expect(none.json.facts_used).toEqual([]); // the global scope holds nothing

    const missing = await api.post('/v1/profile/dialectic', {});
    expect(missing.status).toBe(400);
    expect(missing.json.error.code).toBe('validation_error');
  });
});

describe('POST /v1/profile/learn', () => {
  it("learns from the user's messages, with a dry-run preview first", async () => {
    h = await startHarness({ accounts: ['acme'] });
    const api = rest(h.url, h.tokens.acme);
    const messages = [
      { role: 'user', content: "I'm a senior engineer at Acme and I prefer short answers." },
      { role: 'assistant', content: 'Noted! You are a chef in Paris.' },
    ];
    const preview = await api.post('/v1/profile/learn', { messages, dry_run: true });
    expect(preview.status).toBe(200);
    expect(preview.json.status).toBe('preview');
    expect(preview.json.changes.length).toBeGreaterThan(0);
    expect((await api.get('/v1/profile')).json.fact_count).toBe(0);

    const learned = await api.post('/v1/profile/learn', { messages });
    expect(learned.json).toMatchObject({ status: 'success', created: preview.json.changes.length });
    const profile = (await api.get('/v1/profile')).json;
    const facts = [...profile.profile.static, ...profile.profile.dynamic];
    expect(facts.length).toBe(learned.json.created);
    for (const f of facts) {
      expect(f.source).toBe('conversation');
      expect(f.confidence).toBeLessThan(1);
    }
    expect(JSON.stringify(facts)).not.toMatch(/chef|Paris/); // assistant turns are context only
  });
});

describe('POST /v1/chat/completions', () => {
  it('answers 503 llm_unavailable without an LLM', async () => {
    h = await startHarness({ accounts: ['acme'] });
    const res = await rest(h.url, h.tokens.acme).post('/v1/chat/completions', { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
    expect(res.status).toBe(503);
    expect(res.json.error.code).toBe('llm_unavailable');
  });

  it("puts the scope's profile into the upstream system prompt and answers an OpenAI chat.completion", async () => {
    fake = await startFakeAnthropic({ reply: 'Short answer: use Go.' });
    h = await startHarness({
      accounts: ['acme'],
      reasonerEnv: { ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: fake.url, PROFILE_MCP_LLM_MAX_RETRIES: '0' },
    });
    const api = rest(h.url, h.tokens.acme);
    await api.patch('/v1/profile', { role: 'Backend Engineer', communication_style: 'terse', collection_id: 'u42' });
    await api.patch('/v1/profile', { role: 'Global Role Should Not Appear' });

    const res = await api.post('/v1/chat/completions', {
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: 'Which language should I learn next?' },
      ],
      features: { user_profile: true },
      collection_id: 'u42',
      stream: false,
      n: 1,
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content: 'Short answer: use Go.' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 },
    });
    expect(fake.requests).toHaveLength(1);
    const system = JSON.stringify(fake.requests[0]!.body.system);
    expect(system).toContain('Backend Engineer');
    expect(system).toContain('terse');
    expect(system).toContain('You are a helpful assistant.');
    expect(promptText(fake.requests[0]!)).not.toContain('Global Role Should Not Appear');
    expect(promptText(fake.requests[0]!)).toContain('Which language should I learn next?');

    // Without user_profile the profile stays out of the prompt.
    await api.post('/v1/chat/completions', { messages: [{ role: 'user', content: 'hello' }], collection_id: 'u42' });
    expect(JSON.stringify(fake.requests[1]!.body.system ?? '')).not.toContain('Backend Engineer');
  });

  it("learns from the user's messages with features.memory", async () => {
    fake = await startFakeAnthropic({
      reply: (req) =>
        req.body?.tools?.length
          ? { tool: { input: { facts: [{ key: 'role', value: 'data scientist', category: 'role', bucket: 'static', confidence: 0.8 }] } } }
          : 'Happy to help.',
    });
    h = await startHarness({
      accounts: ['acme'],
      reasonerEnv: { ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: fake.url, PROFILE_MCP_LLM_MAX_RETRIES: '0' },
    });
    const api = rest(h.url, h.tokens.acme);
    const res = await api.post('/v1/chat/completions', {
      messages: [{ role: 'user', content: "I'm a data scientist. Any tips?" }],
      features: { memory: true },
    });
    expect(res.status).toBe(200);
    expect(res.json.choices[0].message.content).toBe('Happy to help.');
    const facts = (await api.get('/v1/profile/facts')).json.facts;
    expect(facts).toEqual([expect.objectContaining({ key: 'role', value: 'data scientist', source: 'conversation' })]);
    const [op] = (await api.get('/v1/profile/operations')).json.operations;
    expect(op).toMatchObject({ operation: 'learn', actor: { transport: 'rest' } });

    // features.review keeps what is learned as a proposal; the next request mines only its own newest turn.
    const reviewed = await api.post('/v1/chat/completions', {
      messages: [{ role: 'user', content: 'Any tips for a junior?' }],
      features: { memory: true, review: true },
      collection_id: 'u7',
    });
    expect(reviewed.status).toBe(200);
    expect((await api.get('/v1/profile/facts?collection_id=u7')).json.total).toBe(0);
    expect((await api.get('/v1/profile/pending?collection_id=u7')).json.proposals).toMatchObject([{ key: 'role', action: 'create', after: 'data scientist' }]);
  });

  it('answers 503 llm_unavailable when the configured LLM fails', async () => {
    fake = await startFakeAnthropic({ status: 500 });
    h = await startHarness({
      accounts: ['acme'],
      reasonerEnv: { ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: fake.url, PROFILE_MCP_LLM_MAX_RETRIES: '0' },
    });
    const res = await rest(h.url, h.tokens.acme).post('/v1/chat/completions', { messages: [{ role: 'user', content: 'hi' }] });
    expect(res.status).toBe(503);
    expect(res.json.error.code).toBe('llm_unavailable');
    expect(res.text).not.toContain('fake upstream error');
  });
});
