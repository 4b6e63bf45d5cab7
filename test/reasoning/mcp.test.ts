import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import { call, connectClient, textOf } from '../helpers/mcp.js';
import { SESSION_LIMITS } from '../../src/profiles/sessions.js';
import { factory, memoryService } from './setup.js';
import type { ProfileService } from '../../src/profiles/service.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function connect(service: ProfileService, account = 'local'): Promise<Client> {
  const { client, close } = await connectClient({ service, account, reasoners: factory({ mode: 'offline' }) });
  closers.push(close);
  return client;
}

async function seed(service: ProfileService, collection_id?: string) {
  await service.patchProfile('local', {
    facts: { name: 'Maya', role: 'Senior Engineer', company: 'Acme', communication_style: ['concise answers'], timezone: 'Europe/Lisbon' },
    collection_id,
  });
}

describe('MCP reasoning tools', () => {
  it('lists dialectic and learn with schemas and annotations, and the with_profile prompt', async () => {
    const client = await connect(memoryService());
    const { tools } = await client.listTools();
    const dialectic = tools.find((t) => t.name === 'dialectic')!;
    const learn = tools.find((t) => t.name === 'learn')!;
    expect(dialectic.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false });
    expect(learn.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false });
    expect(Object.keys(dialectic.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(['user_message', 'message', 'question', 'session_id', 'collection_id']),
    );
    expect(dialectic.outputSchema?.properties).toHaveProperty('facts_used');
    expect(Object.keys(learn.inputSchema.properties ?? {})).toEqual(expect.arrayContaining(['messages', 'collection_id', 'dry_run']));
    const { prompts } = await client.listPrompts();
    expect(
      prompts
        .find((p) => p.name === 'with_profile')
        ?.arguments?.map((a) => a.name)
        .sort(),
    ).toEqual(['collection_id', 'task']);
  });

  it('answers from the facts, cites them, and reports the reasoner', async () => {
    const service = memoryService();
    await seed(service);
    const client = await connect(service);
    const result = await call(client, 'dialectic', { user_message: 'What does this user do for a living?' });
    expect(result.assistant_message).toContain('Senior Engineer');
    expect(result.response).toBe(result.assistant_message);
    expect(result.reasoner).toBe('offline');
    expect(result.session_id).toMatch(/^sess_/);
    const { facts } = await service.listFacts('local', {});
    const ids = new Map(facts.map((f) => [f.key, f.id]));
    expect(result.facts_used).toContainEqual({ id: ids.get('role'), key: 'role' });
    for (const f of result.facts_used) expect(ids.get(f.key)).toBe(f.id);
  });

  it('says plainly when nothing is relevant and cites nothing', async () => {
    const service = memoryService();
    await seed(service);
    const client = await connect(service);
    const result = await call(client, 'dialectic', { user_message: "What's their favorite movie?" });
    expect(result.facts_used).toEqual([]);
    expect(result.assistant_message).toMatch(/^The profile has nothing about their favorite movie/);
  });

  it('accepts the legacy message and question fields, and rejects a call with no question', async () => {
    const service = memoryService();
    await seed(service);
    const client = await connect(service);
    expect((await call(client, 'dialectic', { message: 'Where is the user based? What timezone?' })).assistant_message).toContain('Europe/Lisbon');
    expect((await call(client, 'dialectic', { question: 'What is their name?' })).assistant_message).toContain('Maya');
    const error = await call(client, 'dialectic', {});
    expect(error.error.code).toBe('validation_error');
  });

  it('continues a session with earlier turns, and a session id in another scope starts empty', async () => {
    const service = memoryService();
    await seed(service);
    await seed(service, 'c1');
    const client = await connect(service);
    const first = await call(client, 'dialectic', { user_message: 'Where does she work?' });
    const again = await call(client, 'dialectic', { user_message: 'What about her timezone?', session_id: first.session_id });
    expect(again.session_id).toBe(first.session_id);
    const doc = await service.store.read({ account: 'local', collection_id: null });
    expect(doc.sessions).toHaveLength(1);
    expect(doc.sessions[0]!.turns.map((t) => t.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(doc.sessions[0]!.turns[0]!.content).toBe('Where does she work?');
    // Same id in a collection: echoed, but nothing of the global session is visible there.
    const elsewhere = await call(client, 'dialectic', { user_message: 'Anything else?', session_id: first.session_id, collection_id: 'c1' });
    expect(elsewhere.session_id).toBe(first.session_id);
    const c1 = await service.store.read({ account: 'local', collection_id: 'c1' });
    expect(c1.sessions[0]!.turns).toHaveLength(2);
    expect((await service.store.read({ account: 'local', collection_id: null })).sessions[0]!.turns).toHaveLength(4);
  });

  it('caps turns per session', async () => {
    const service = memoryService();
    const client = await connect(service);
    let session_id: string | undefined;
    for (let i = 0; i < SESSION_LIMITS.turnsPerSession; i++) {
      const r = await call(client, 'dialectic', { user_message: `question ${i}?`, ...(session_id ? { session_id } : {}) });
      session_id = r.session_id;
    }
    const doc = await service.store.read({ account: 'local', collection_id: null });
    expect(doc.sessions[0]!.turns).toHaveLength(SESSION_LIMITS.turnsPerSession);
    expect(doc.sessions[0]!.turns.at(-2)!.content).toBe(`question ${SESSION_LIMITS.turnsPerSession - 1}?`);
  });

  it('learn returns structured changes and a compact text block', async () => {
    const service = memoryService();
    const client = await connect(service);
    const raw = await client.callTool({ name: 'learn', arguments: { messages: [{ role: 'user', content: "I'm a data scientist in Oslo" }] } });
    expect(raw.isError).toBeFalsy();
    expect(raw.structuredContent).toMatchObject({ status: 'success', created: 2 });
    const text = textOf(raw as never);
    expect(text).toMatch(/^Learned: created 2/);
    expect(text).toContain('create role: "data scientist"');
    const preview = await call(client, 'learn', { messages: [{ role: 'user', content: "I'm a nurse" }], dry_run: true });
    expect(preview).toMatchObject({ status: 'preview', updated: 1 });
    expect((await service.listFacts('local', { key: 'role' })).facts[0]!.value).toBe('data scientist');
  });

  it('learn rejects malformed messages with validation_error', async () => {
    const client = await connect(memoryService());
    const result = await call(client, 'learn', { messages: [{ role: 'robot', content: 'hi' }] });
    expect(result.error.code).toBe('validation_error');
  });

  it('with_profile renders the profile as data ahead of the task', async () => {
    const service = memoryService();
    await seed(service, 'c1');
    const client = await connect(service);
    const prompt = await client.getPrompt({ name: 'with_profile', arguments: { collection_id: 'c1', task: 'Draft my weekly update.' } });
    const text = (prompt.messages[0]!.content as { text: string }).text;
    const open = text.indexOf('<profile_data>');
    const close = text.indexOf('</profile_data>');
    expect(open).toBeGreaterThan(0);
    expect(text.indexOf('"Senior Engineer"')).toBeGreaterThan(open);
    expect(text.indexOf('"Senior Engineer"')).toBeLessThan(close);
    expect(text.indexOf('Draft my weekly update.')).toBeGreaterThan(close);
    // identity first: name before role before communication style
    expect(text.indexOf('"key":"name"')).toBeLessThan(text.indexOf('"key":"role"'));
    expect(text.indexOf('"key":"role"')).toBeLessThan(text.indexOf('"key":"communication_style"'));
    const global = await client.getPrompt({ name: 'with_profile', arguments: {} });
    expect((global.messages[0]!.content as { text: string }).text).toContain('(no facts stored)');
  });

  it('with_profile refuses an invalid collection_id', async () => {
    const client = await connect(memoryService());
    await expect(client.getPrompt({ name: 'with_profile', arguments: { collection_id: 'bad id!' } })).rejects.toThrow(/collection_id/);
  });
});
