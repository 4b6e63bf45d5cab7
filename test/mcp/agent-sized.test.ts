import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { ProfileService } from '../../src/profiles/service.js';
import { estimateTokens } from '../../src/profiles/tokens.js';
import { reasonerFactoryFromEnv } from '../../src/reasoners/index.js';
import { MemoryStore } from '../../src/store/memory.js';
import { call, connectClient, textOf } from '../helpers/mcp.js';

/** SPEC §7 over a real SDK client: get_profile sized to a token budget, the resources, the with_profile prompt. */

type Profile = {
  name: unknown;
  timezone: unknown;
  language: unknown;
  fact_count: number;
  profile: { static: Array<{ key: string }>; dynamic: Array<{ key: string }> };
  truncated?: boolean;
  omitted?: number;
  tokens?: number;
};

const keysOf = (p: Profile): string[] => [...p.profile.static, ...p.profile.dynamic].map((f) => f.key);
const shown = (p: Profile): number => keysOf(p).length + [p.name, p.timezone, p.language].filter((v) => v !== null).length;

function filler(count: number, from = 0): Record<string, string> {
  const facts: Record<string, string> = {};
  // filler keys (agenda_*) sort before the facts that matter: only the ranking can bring those forward
  for (let j = from; j < from + count; j++)
    facts[`agenda_${String(j).padStart(4, '0')}`] = `note ${j}: read the changelog of project ${j} before the quarterly review`;
  return facts;
}

async function setup() {
  let now = Date.parse('2026-11-01T10:00:00.000Z');
  const service = new ProfileService({ store: new MemoryStore(), clock: () => now });
  const conn = await connectClient({ service, account: 'local', reasoners: reasonerFactoryFromEnv({ PROFILE_MCP_REASONER: 'offline' }) });
  return { service, ...conn, tick: (ms = 1000) => (now += ms) };
}

describe('get_profile over MCP within a token budget', () => {
  it('defaults to 2,000 tokens: the result says truncated and omitted, the text block tells how to get the rest', async () => {
    const { client, close } = await setup();
    await call(client, 'patch_profile', { facts: { name: 'Ann Lee', timezone: 'Europe/Paris', language: 'fr', ...filler(1000) } });
    const result = (await client.callTool({ name: 'get_profile', arguments: {} })) as CallToolResult;
    const p = result.structuredContent as Profile;
    const text = textOf(result);
    expect(p.fact_count).toBe(1003);
    expect(p.truncated).toBe(true);
    expect(p.name).toBe('Ann Lee');
    expect(p.timezone).toBe('Europe/Paris');
    expect(p.language).toBe('fr');
    // kept facts (the flat ones included) plus omitted equal fact_count
    expect(shown(p) + p.omitted!).toBe(1003);
    expect(p.tokens).toBe(estimateTokens(text));
    expect(p.tokens).toBeLessThanOrEqual(2000);
    expect(p.tokens).toBeGreaterThan(1500);
    expect(text).toContain(`${p.omitted} more facts not shown`);
    expect(text).toMatch(/list_facts with q/);
    // kept facts are shown as always: buckets ordered by key
    expect(keysOf(p)).toEqual([...keysOf(p)].sort());
    await close();
  });

  it('max_tokens 100000 returns a small profile whole; untruncated results say so', async () => {
    const { client, close } = await setup();
    await call(client, 'patch_profile', { facts: { name: 'Ann', ...filler(50) } });
    const p = (await call(client, 'get_profile', { max_tokens: 100000 })) as Profile;
    expect(p).toMatchObject({ truncated: false, omitted: 0, fact_count: 51 });
    expect(keysOf(p)).toHaveLength(50);
    await close();
  });

  it('ranks name/timezone/language first, then dynamic facts, then confidence, then recency', async () => {
    const { client, close, tick } = await setup();
    await call(client, 'patch_profile', { facts: filler(200) });
    tick();
    await call(client, 'create_fact', { key: 'language', value: 'en', confidence: 0.1 });
    await call(client, 'create_fact', { key: 'low_confidence', value: 'maybe likes jazz', confidence: 0.3 });
    await call(client, 'create_fact', { key: 'preparing_talk', value: 'preparing a talk this week', bucket: 'dynamic', confidence: 0.5, ttl_seconds: 86400 });
    await call(client, 'create_fact', { key: 'older_sure', value: 'likes green tea' });
    tick();
    await call(client, 'create_fact', { key: 'newer_sure', value: 'likes black coffee' });
    // A budget with room for only a few lines: the ranking decides which.
    const p = (await call(client, 'get_profile', { max_tokens: 250 })) as Profile;
    expect(p.language).toBe('en');
    expect(p.profile.dynamic.map((f) => f.key)).toEqual(['preparing_talk']);
    const keys = keysOf(p);
    expect(keys).toContain('newer_sure');
    expect(keys).not.toContain('low_confidence');
    await close();
  });

  it('a query puts the facts that bear on the task first: dinner -> diet and allergies; meeting -> timezone and role', async () => {
    const { client, close } = await setup();
    await call(client, 'patch_profile', {
      facts: { ...filler(300), timezone: 'Asia/Tokyo', role: 'Staff engineer', diet: 'vegetarian', allergies: ['peanuts'], favorite_editor: 'helix' },
    });
    const dinner = (await call(client, 'get_profile', { query: 'Book a restaurant for a team dinner on Friday', max_tokens: 300 })) as Profile;
    expect(dinner.truncated).toBe(true);
    expect(keysOf(dinner)).toEqual(expect.arrayContaining(['diet', 'allergies']));
    const meeting = (await call(client, 'get_profile', { query: 'set up a meeting with her', max_tokens: 300 })) as Profile;
    expect(meeting.timezone).toBe('Asia/Tokyo');
    expect(keysOf(meeting)).toContain('role');
    const result = (await client.callTool({ name: 'get_profile', arguments: { query: 'team dinner', max_tokens: 300 } })) as CallToolResult;
    expect(textOf(result)).toContain('ranked for the query "team dinner"');
    await close();
  });

  it('categories filter the bucket facts; omitted counts only the facts that matched', async () => {
    const { client, close } = await setup();
    await call(client, 'patch_profile', { facts: { name: 'Ann', ...filler(100) } });
    await call(client, 'create_fact', { key: 'goal_marathon', value: 'run a marathon', category: 'goals' });
    await call(client, 'create_fact', { key: 'likes_tea', value: 'green tea', category: 'preferences' });
    const p = (await call(client, 'get_profile', { categories: ['goals', 'preferences'] })) as Profile;
    expect(p).toMatchObject({ name: 'Ann', fact_count: 103, truncated: false, omitted: 0 });
    expect(keysOf(p).sort()).toEqual(['goal_marathon', 'likes_tea']);
    const other = (await call(client, 'get_profile', { categories: ['other'], max_tokens: 300 })) as Profile;
    expect(other.truncated).toBe(true);
    expect(shown(other) + other.omitted!).toBe(101); // 100 notes + name
    await close();
  });

  it('rejects bad budgets, queries and categories with validation_error', async () => {
    const { client, close } = await setup();
    for (const args of [
      { max_tokens: 99 },
      { max_tokens: 100001 },
      { max_tokens: 2.5 },
      { query: 'x'.repeat(1001) },
      { categories: ['hobbies'] },
      { categories: 'goals' },
    ]) {
      const result = (await client.callTool({ name: 'get_profile', arguments: args })) as CallToolResult;
      expect(result.isError, JSON.stringify(args)).toBe(true);
      expect(result.structuredContent).toBeUndefined();
      expect(textOf(result)).toMatch(/validation_error|Input validation error/);
    }
    await close();
  });
});

describe('resources and the with_profile prompt use the same ranking and a budget', () => {
  it('profile://me is the 2,000-token read', async () => {
    const { client, close } = await setup();
    await call(client, 'patch_profile', { facts: { name: 'Ann', ...filler(1000) } });
    const me = await client.readResource({ uri: 'profile://me' });
    const p = JSON.parse((me.contents[0] as { text: string }).text) as Profile;
    expect(p).toMatchObject({ fact_count: 1001, truncated: true, name: 'Ann' });
    expect(p.tokens).toBeLessThanOrEqual(2000);
    expect(shown(p) + p.omitted!).toBe(1001);
    await close();
  });

  it('with_profile keeps the facts that bear on the task when the profile does not fit', async () => {
    const { client, close } = await setup();
    await call(client, 'patch_profile', { facts: { ...filler(1500), allergies: ['shellfish'], diet: 'pescatarian' } });
    const prompt = await client.getPrompt({ name: 'with_profile', arguments: { task: 'Plan a dinner party menu for Saturday' } });
    const text = prompt.messages.map((m) => (m.content.type === 'text' ? m.content.text : '')).join('\n');
    expect(text).toContain('shellfish');
    expect(text).toContain('pescatarian');
    expect(text).toMatch(/more facts omitted/);
    await close();
  });
});
