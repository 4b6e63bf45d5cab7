import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatCompletion } from '../../src/profiles/chat.js';
import { askProfile } from '../../src/profiles/dialectic.js';
import { AnthropicReasoner } from '../../src/reasoners/anthropic.js';
import { start, type FakeAnthropic } from '../helpers/fake-anthropic.js';
import { memoryService } from './setup.js';

/**
 * SPEC §7: chat completions' profile injection and the LLM dialectic build their context with
 * get_profile's ranking and a budget, the user's message or question as the query. A profile far
 * larger than the budget still puts the facts that bear on the request in front of the model.
 */

let fake: FakeAnthropic;
beforeEach(async () => {
  fake = await start();
});
afterEach(async () => {
  await fake.close();
});

const anthropic = () => new AnthropicReasoner({ apiKey: 'k', baseURL: fake.url, model: 'claude-haiku-5-5', timeoutMs: 5000, maxRetries: 0 });

async function bigProfile(notes: number) {
  const service = memoryService();
  const facts: Record<string, unknown> = { allergies: ['shellfish'], diet: 'pescatarian', work_hours: 'weekdays 8 to 4' };
  // filler keys (agenda_*) sort before the facts that matter: only the ranking can bring those forward
  for (let j = 0; j < notes; j++) facts[`agenda_${String(j).padStart(4, '0')}`] = `note ${j}: read the changelog of project ${j} before the quarterly review`;
  await service.patchProfile('a', { facts });
  return service;
}

describe('the LLM context uses the ranking', () => {
  it('chat completions put the facts that bear on the newest user message within the budget', async () => {
    fake.set({ reply: 'Here is a menu.' });
    const service = await bigProfile(1500);
    await chatCompletion(service, anthropic(), 'a', {
      messages: [{ role: 'user', content: 'Suggest a dinner menu for my guests on Saturday' }],
      features: { user_profile: true },
    });
    const system = fake.requests[0]!.body.system as string;
    expect(system).toContain('shellfish');
    expect(system).toContain('pescatarian');
    expect(system).toMatch(/more facts omitted/);
  });

  it('the anthropic dialectic sees the facts that bear on the question first', async () => {
    fake.set({ reply: { tool: { input: { answer: 'No: shellfish allergy.', fact_ids: [] } } } });
    const service = await bigProfile(3000);
    await askProfile(service, anthropic(), 'a', { user_message: 'Can she have paella at the team lunch?' });
    // The profile block goes in the system context (a string, or blocks with cache_control).
    const system = JSON.stringify(fake.requests[0]!.body.system);
    expect(system).toContain('shellfish');
    expect(system).toMatch(/more facts omitted/);
  });
});
