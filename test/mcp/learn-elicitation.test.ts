import { ElicitRequestSchema, type ElicitRequest, type ElicitResult } from '@modelcontextprotocol/sdk/types.js';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { describe, expect, it } from 'vitest';
import { ProfileService } from '../../src/profiles/service.js';
import { reasonerFactoryFromEnv } from '../../src/reasoners/index.js';
import { MemoryStore } from '../../src/store/memory.js';
import { MODERN } from '../helpers/client-era.js';
import { startFakeAnthropic } from '../helpers/fake-anthropic.js';
import { call, connectClient } from '../helpers/mcp.js';
import { rest, startHarness } from '../http/helpers.js';
import { connectStreamable, structured } from '../http/mcp-client.js';

/**
 * learn asks "keep or take?" about the conflicts it would make (a new value for a fact the person set
 * themselves), through a form, when the client can show one: the v1 client (2025-11-25, the server
 * sends elicitation/create) and, in `npm run test:mcp-v2`, the v2 client on 2026-07-28 (an input
 * request; the client retries the call with the answer). The offline reasoner reads the messages.
 */
const ME = { transport: 'stdio', key_id: null } as const;
const said = (content: string) => ({ messages: [{ role: 'user', content }] });
const CONFLICTING = said("I'm a junior developer and I live in Bergen. I'm vegetarian.");

/** One factory for the file: the offline reasoner loads its language tables once. */
const reasoners = reasonerFactoryFromEnv({ PROFILE_MCP_REASONER: 'offline' });

type Params = { message: string; requestedSchema: { properties: Record<string, { title: string; oneOf: { const: string; title: string }[] }> } };

async function setup(answer?: (request: ElicitRequest) => ElicitResult, learnMode?: 'review') {
  const service = new ProfileService({ store: new MemoryStore(), ...(learnMode ? { learnMode } : {}) });
  const asked: Params[] = [];
  const conn = await connectClient({ service, account: 'local', reasoners }, answer ? { capabilities: { elicitation: { form: {} } } } : {});
  if (answer) {
    conn.client.setRequestHandler(ElicitRequestSchema, (request) => {
      asked.push(request.params as unknown as Params);
      return answer(request);
    });
  }
  await service.patchProfile('local', { facts: { role: 'CTO', location: 'Oslo' } }, ME);
  const value = async (key: string) => (await service.listFacts('local', { key })).facts[0];
  const fieldOf = (params: Params, key: string) => Object.entries(params.requestedSchema.properties).find(([, p]) => p.title === key)![0];
  return { service, asked, value, fieldOf, ...conn };
}

/** Answer every form by taking every new value; returns the forms asked, in order. */
function takeEverything(client: Client): Params[] {
  const asked: Params[] = [];
  client.setRequestHandler(ElicitRequestSchema, (request) => {
    const params = request.params as unknown as Params;
    asked.push(params);
    return { action: 'accept', content: Object.fromEntries(Object.keys(params.requestedSchema.properties).map((k) => [k, 'take'])) };
  });
  return asked;
}

describe('learn asks the user about conflicts through a form when the client can show one', () => {
  it('one form, a field per conflict; "take" writes the new value as theirs, "keep" rejects it; history as resolve_pending', async () => {
    const { client, close, asked, service, value, fieldOf } = await setup((request) => {
      const params = request.params as unknown as Params;
      const fields = Object.entries(params.requestedSchema.properties);
      const content = Object.fromEntries(fields.map(([name, p]) => [name, p.title === 'role' ? 'take' : 'keep']));
      return { action: 'accept', content };
    });
    try {
      const result = await call(client, 'learn', CONFLICTING);
      expect(asked).toHaveLength(1);
      const form = asked[0]!;
      expect(form.message).toMatch(/2 things you set yourself/);
      expect(Object.keys(form.requestedSchema.properties)).toHaveLength(2);
      const role = form.requestedSchema.properties[fieldOf(form, 'role')]!;
      expect(role.oneOf.map((o) => o.const)).toEqual(['keep', 'take', 'later']);
      expect(role.oneOf[0]!.title).toMatch(/CTO/);
      expect(role.oneOf[1]!.title).toMatch(/junior developer/);

      expect(result).toMatchObject({ status: 'success', conflicts: 2, created: 1 });
      const roleChange = result.changes.find((c: { key: string }) => c.key === 'role');
      const locationChange = result.changes.find((c: { key: string }) => c.key === 'location');
      expect(result.asked).toEqual({ answer: 'accept', accepted: [roleChange.proposal_id], rejected: [locationChange.proposal_id], pending: [] });
      expect(await value('role')).toMatchObject({ value: 'junior developer', source: 'manual', confidence: 1 });
      expect(await value('location')).toMatchObject({ value: 'Oslo', source: 'manual' });
      expect((await service.listPending('local', {})).proposals).toEqual([]);
      // The same history as resolve_pending: learn, then the resolutions, each its own operation.
      const { operations } = await service.listOperations('local', {});
      expect(operations.slice(0, 3).map((o) => o.operation)).toEqual(['resolve_pending', 'resolve_pending', 'learn']);
      // A rejected value is not proposed again.
      const again = await call(client, 'learn', said('I live in Bergen.'));
      expect(again.changes[0]).toMatchObject({ key: 'location', action: 'skip' });
      expect(asked).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it('"decide later", a declined and a cancelled form leave every conflict pending, and the result says so', async () => {
    for (const answer of [{ action: 'accept', content: {} }, { action: 'decline' }, { action: 'cancel' }] as const) {
      const { client, close, asked, service, value } = await setup(() => answer as ElicitResult);
      try {
        const raw = await client.callTool({ name: 'learn', arguments: CONFLICTING });
        const result = raw.structuredContent as { asked: { answer: string; pending: string[] }; conflicts: number };
        expect(asked).toHaveLength(1);
        expect(result.conflicts).toBe(2);
        expect(result.asked).toMatchObject({ answer: answer.action, accepted: [], rejected: [] });
        expect(result.asked.pending).toHaveLength(2);
        expect((await service.listPending('local', {})).proposals).toHaveLength(2);
        expect(await value('role')).toMatchObject({ value: 'CTO' });
        const text = (raw.content as { text: string }[])[0]!.text;
        expect(text).toMatch(answer.action === 'accept' ? /left 2 for later/ : /the conflicts stay in the review inbox/);
        expect(text).toMatch(/2 proposal\(s\) wait in the review inbox/);
      } finally {
        await close();
      }
    }
  });

  it('learns only once: the question comes before any write, and the answered call writes once', async () => {
    const { client, close, service } = await setup(() => ({ action: 'decline' }));
    const before = (await service.listOperations('local', {})).operations.length;
    try {
      await call(client, 'learn', CONFLICTING);
      expect((await service.listOperations('local', {})).operations.length - before).toBe(1);
      expect((await service.listFacts('local', { key: 'diet' })).facts).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it('with a model (the Anthropic reasoner, a local stand-in): the conversation is read once across the form round', async () => {
    const fake = await startFakeAnthropic({
      reply: { tool: { input: { facts: [{ key: 'role', value: 'junior developer', category: 'role', bucket: 'static', confidence: 0.9 }] } } },
    });
    const service = new ProfileService({ store: new MemoryStore() });
    await service.patchProfile('local', { facts: { role: 'CTO' } }, ME);
    const model = reasonerFactoryFromEnv({ ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: fake.url, PROFILE_MCP_LLM_MAX_RETRIES: '0' });
    const conn = await connectClient({ service, account: 'local', reasoners: model }, { capabilities: { elicitation: { form: {} } } });
    const asked = takeEverything(conn.client);
    try {
      const result = await call(conn.client, 'learn', said("I'm a junior developer now."));
      expect(result).toMatchObject({ status: 'success', reasoner: 'anthropic', conflicts: 1, asked: { answer: 'accept', rejected: [], pending: [] } });
      expect(asked).toHaveLength(1);
      expect(fake.requests.filter((r) => r.path.endsWith('/messages'))).toHaveLength(1);
      expect((await service.listFacts('local', { key: 'role' })).facts[0]).toMatchObject({ value: 'junior developer', source: 'manual' });
    } finally {
      await conn.close();
      await fake.close();
    }
  });

  it('no form without conflicts, on dry_run, in review mode, or for a client without elicitation', async () => {
    const noConflict = await setup(() => ({ action: 'decline' }));
    try {
      expect(await call(noConflict.client, 'learn', said("I'm vegetarian."))).toMatchObject({ created: 1 });
      expect(await call(noConflict.client, 'learn', { ...CONFLICTING, dry_run: true })).toMatchObject({ status: 'preview', conflicts: 2 });
      // review: true keeps every change in the inbox anyway: nothing to ask.
      const reviewed = await call(noConflict.client, 'learn', { ...CONFLICTING, review: true });
      expect(reviewed).toMatchObject({ status: 'success', conflicts: 2 });
      expect(reviewed.asked).toBeUndefined();
      expect(noConflict.asked).toEqual([]);
    } finally {
      await noConflict.close();
    }
    const review = await setup(() => ({ action: 'decline' }), 'review');
    try {
      expect(await call(review.client, 'learn', CONFLICTING)).toMatchObject({ status: 'success', conflicts: 2, pending: 1 });
      expect(review.asked).toEqual([]);
    } finally {
      await review.close();
    }
    const plain = await setup();
    try {
      const result = await call(plain.client, 'learn', CONFLICTING);
      expect(result).toMatchObject({ status: 'success', conflicts: 2 });
      expect(result.asked).toBeUndefined();
      expect((await plain.service.listPending('local', {})).proposals).toHaveLength(2);
    } finally {
      await plain.close();
    }
  });
});

describe('learn conflict form over Streamable HTTP', () => {
  it.each([['stateful'], ['stateless']] as const)('asks, and the answer resolves the proposal (--legacy-mode %s)', async (legacyMode) => {
    const h = await startHarness({ accounts: ['acme'], legacyMode });
    try {
      const api = rest(h.url, h.tokens.acme);
      await api.patch('/v1/profile', { role: 'CTO' });
      const c = await connectStreamable(h, h.tokens.acme, { capabilities: { elicitation: { form: {} } } });
      const asked = takeEverything(c.client);
      try {
        const result = structured(await c.client.callTool({ name: 'learn', arguments: said("I'm a junior developer.") }));
        if (legacyMode === 'stateless' && !MODERN) {
          // A fresh server per 2025 request never saw initialize: it cannot know the client can elicit.
          expect(asked).toEqual([]);
          expect(result).toMatchObject({ conflicts: 1 });
          expect(result.asked).toBeUndefined();
          expect((await api.get('/v1/profile/pending')).json.proposals).toHaveLength(1);
          return;
        }
        expect(asked).toHaveLength(1);
        expect(result.asked).toMatchObject({ answer: 'accept', rejected: [], pending: [] });
        expect((await api.get('/v1/profile/pending')).json.proposals).toEqual([]);
        expect((await api.get('/v1/profile/facts?key=role')).json.facts[0]).toMatchObject({ value: 'junior developer', source: 'manual' });
      } finally {
        await c.close();
      }
    } finally {
      await h.close();
    }
  });
});
