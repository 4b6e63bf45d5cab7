import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askProfile } from '../../src/profiles/dialectic.js';
import { learnFrom } from '../../src/profiles/learn.js';
import { AnthropicReasoner } from '../../src/reasoners/anthropic.js';
import { start, unreachableUrl, promptText, type FakeAnthropic } from '../helpers/fake-anthropic.js';
import { diskService, memoryService, snapshot } from './setup.js';

let fake: FakeAnthropic;
beforeEach(async () => {
  fake = await start();
});
afterEach(async () => {
  await fake.close();
});

const reasoner = (overrides: Partial<ConstructorParameters<typeof AnthropicReasoner>[0]> = {}) =>
  new AnthropicReasoner({ apiKey: 'test-key', baseURL: fake.url, model: 'claude-haiku-5-5', timeoutMs: 5000, maxRetries: 0, ...overrides });

const user = (content: string) => ({ role: 'user' as const, content });

/** The system prompt as sent: a string or text blocks. */
export function systemText(system: unknown): string {
  return typeof system === 'string' ? system : (system as { text: string }[]).map((b) => b.text).join('\n');
}

describe('anthropic reasoner through the real SDK against a fake Messages API', () => {
  it("dialectic: sends the profile as a data block and the session's earlier turns; passes the reply through", async () => {
    const service = memoryService();
    await service.patchProfile('a', { facts: { role: 'Staff Engineer', timezone: 'Asia/Tokyo' } });
    const { facts } = await service.listFacts('a', {});
    const roleId = facts.find((f) => f.key === 'role')!.id;
    fake.set({ reply: { tool: { input: { answer: 'They are a Staff Engineer.', fact_ids: [roleId, 'fact_does_not_exist'] } } } });
    const ai = reasoner();
    const first = await askProfile(service, ai, 'a', { user_message: 'What do they do?' });
    expect(first).toMatchObject({ assistant_message: 'They are a Staff Engineer.', response: 'They are a Staff Engineer.', reasoner: 'anthropic' });
    expect(first.facts_used).toEqual([{ id: roleId, key: 'role' }]); // unknown ids are dropped

    fake.set({ reply: { tool: { input: { answer: 'Asia/Tokyo.', fact_ids: [] } } } });
    await askProfile(service, ai, 'a', { user_message: 'And their timezone?', session_id: first.session_id });
    const request = fake.requests[1]!;
    expect(request.path).toBe('/v1/messages');
    expect(request.headers.authorization).toBe('Bearer test-key');
    expect(request.body.model).toBe('claude-haiku-5-5');
    expect(request.body.tool_choice).toEqual({ type: 'tool', name: 'answer_about_user' });
    const system: string = systemText(request.body.system);
    const block = system.slice(system.indexOf('<profile_data>'), system.indexOf('</profile_data>'));
    expect(block).toContain('"ref":"f1"'); // short refs, mapped back to ids
    expect(block).not.toContain(roleId);
    expect(block).toContain('"value":"Staff Engineer"');
    expect(request.body.messages).toEqual([
      { role: 'user', content: 'What do they do?' },
      { role: 'assistant', content: 'They are a Staff Engineer.' },
      { role: 'user', content: 'And their timezone?' },
    ]);
  });

  it('learn: forced tool use, validated, merged with the confidence rules', async () => {
    const service = memoryService();
    fake.set({
      reply: {
        tool: {
          input: {
            facts: [
              { key: 'role', value: 'product designer', category: 'role', bucket: 'static', confidence: 1 },
              { key: 'current_focus', value: 'a portfolio review', category: 'goals', bucket: 'dynamic', confidence: 0.7, ttl_seconds: 86400 },
            ],
          },
        },
      },
    });
    const result = await learnFrom(service, reasoner(), 'a', { messages: [user("I'm a product designer; today I'm prepping a portfolio review")] });
    expect(result).toMatchObject({ status: 'success', created: 2, reasoner: 'anthropic' });
    const role = result.changes.find((c) => c.key === 'role')!;
    expect(role.confidence).toBeLessThan(1); // a model's 1.0 is capped: learned facts stay below 1
    expect(result.changes.find((c) => c.key === 'current_focus')).toMatchObject({ bucket: 'dynamic' });
    const request = fake.requests[0]!;
    expect(request.body.tool_choice).toEqual({ type: 'tool', name: 'record_user_facts' });
    expect(promptText(request)).toContain('<conversation>');
    expect(promptText(request)).toContain("I'm a product designer");
  });

  it('an invalid fact is dropped and reported; output with no facts at all becomes llm_unavailable; nothing is written', async () => {
    const { service, dir } = diskService();
    await service.patchProfile('a', { facts: { role: 'CTO' } });
    // The profile's files stay as they are; the account's LLM usage (usage.json) is bookkeeping and counts the calls.
    const profileFiles = () => new Map([...snapshot(dir)].filter(([path]) => !path.endsWith('usage.json')));
    const before = profileFiles();
    fake.set({ reply: { tool: { input: { facts: [{ key: 'role', value: { nested: true } }] } } } });
    const result = await learnFrom(service, reasoner(), 'a', { messages: [user("I'm a nurse")] });
    expect(result).toMatchObject({
      created: 0,
      updated: 0,
      changes: [],
      dropped: [{ key: 'role', reason: expect.stringMatching(/value|category|bucket|confidence/) }],
    });
    fake.set({ reply: { tool: { input: { something_else: [] } } } });
    await expect(learnFrom(service, reasoner(), 'a', { messages: [user("I'm a nurse")] })).rejects.toMatchObject({
      code: 'llm_unavailable',
      message: expect.stringContaining('does not match the expected structure'),
    });
    fake.set({ reply: 'Sure! Here are the facts: role=nurse' }); // text instead of the tool call
    await expect(learnFrom(service, reasoner(), 'a', { messages: [user("I'm a nurse")] })).rejects.toMatchObject({ code: 'llm_unavailable' });
    fake.set({ rawBody: '{not json' });
    await expect(learnFrom(service, reasoner(), 'a', { messages: [user("I'm a nurse")] })).rejects.toMatchObject({ code: 'llm_unavailable' });
    expect(profileFiles()).toEqual(before);
  });

  it.each([
    [500, /failed \(HTTP 500\)/],
    [529, /failed \(HTTP 529\)/],
    [429, /rate-limiting/],
    [401, /rejected the credentials.*ANTHROPIC_API_KEY/],
    [404, /PROFILE_MCP_MODEL/],
  ])('HTTP %i upstream becomes llm_unavailable with a message that says what failed', async (status, message) => {
    fake.set({ status });
    const error = await askProfile(memoryService(), reasoner(), 'a', { user_message: 'What do they do?' }).catch((e) => e);
    expect(error).toMatchObject({ code: 'llm_unavailable' });
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('fake upstream error'); // no raw upstream text
  });

  it('an unreachable API gives llm_unavailable quickly', async () => {
    const ai = reasoner({ baseURL: await unreachableUrl() });
    const error = await askProfile(memoryService(), ai, 'a', { user_message: 'What do they do?' }).catch((e) => e);
    expect(error).toMatchObject({ code: 'llm_unavailable', message: expect.stringMatching(/Could not reach the Anthropic API at 127\.0\.0\.1/) });
  });

  it('a slow API hits the configured timeout and gives llm_unavailable', async () => {
    fake.set({ delayMs: 2000 });
    const error = await askProfile(memoryService(), reasoner({ timeoutMs: 200 }), 'a', { user_message: 'What do they do?' }).catch((e) => e);
    expect(error).toMatchObject({ code: 'llm_unavailable', message: expect.stringMatching(/within 200 ms \(PROFILE_MCP_LLM_TIMEOUT_MS/) });
  });

  it('retries failed requests up to maxRetries', async () => {
    fake.set({ status: 500 });
    await askProfile(memoryService(), reasoner({ maxRetries: 1 }), 'a', { user_message: 'What do they do?' }).catch(() => undefined);
    expect(fake.requests).toHaveLength(2);
  });

  it('the SDK is imported lazily: no module under src/ imports it as a value at load time', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts') && /^import\s+(?!type\b)[^;]*['"]@anthropic-ai\/sdk/m.test(readFileSync(p, 'utf8'))) offenders.push(p);
      }
    };
    walk(join(__dirname, '../../src'));
    expect(offenders).toEqual([]);
    expect(readFileSync(join(__dirname, '../../src/reasoners/anthropic.ts'), 'utf8')).toContain("import('@anthropic-ai/sdk')");
  });
});
