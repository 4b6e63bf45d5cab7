import { ResourceUpdatedNotificationSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it, vi } from 'vitest';
import { SERVER_INSTRUCTIONS } from '../../src/mcp/server.js';
import { SubscriptionHub } from '../../src/mcp/subscriptions.js';
import { ProfileService } from '../../src/profiles/service.js';
import { MemoryStore } from '../../src/store/memory.js';
import { call, connectClient, textOf } from '../helpers/mcp.js';

const CORE = [
  'create_fact',
  'delete_fact',
  'delete_profile',
  'get_fact',
  'get_profile',
  'list_collections',
  'list_facts',
  'list_operations',
  'list_pending',
  'patch_profile',
  'resolve_pending',
  'undo_operation',
  'update_fact',
];

async function setup(account = 'local') {
  const service = new ProfileService({ store: new MemoryStore() });
  const hub = new SubscriptionHub(service);
  const conn = await connectClient({ service, account, hub });
  return { service, hub, ...conn };
}

describe('MCP tools over a real SDK client', () => {
  it('lists every core tool with schemas, descriptions and the spec annotations; initialize carries instructions', async () => {
    const { client, close } = await setup();
    expect(client.getInstructions()).toBe(SERVER_INSTRUCTIONS);
    expect(client.getServerCapabilities()?.resources?.subscribe).toBe(true);
    expect(client.getServerCapabilities()?.logging).toBeDefined();
    const { tools } = await client.listTools();
    const byName = new Map(tools.map((t) => [t.name, t]));
    for (const name of CORE) {
      const tool = byName.get(name)!;
      expect(tool, name).toBeDefined();
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type).toBe('object');
      expect(tool.description!.length).toBeGreaterThan(80);
    }
    for (const name of ['get_profile', 'list_facts', 'get_fact', 'list_collections', 'list_pending', 'list_operations'])
      expect(byName.get(name)!.annotations?.readOnlyHint).toBe(true);
    for (const name of ['resolve_pending', 'undo_operation']) expect(byName.get(name)!.annotations?.readOnlyHint).toBe(false);
    // Descriptions tell the host's model when to look at the inbox, and to ask the user before resolving.
    expect(byName.get('list_pending')!.description).toMatch(/asks what you remembered/);
    expect(byName.get('resolve_pending')!.description).toMatch(/only after asking the user/);
    expect(SERVER_INSTRUCTIONS).toMatch(/list_pending/);
    expect(SERVER_INSTRUCTIONS).toMatch(/undo_operation/);
    for (const name of ['delete_fact', 'delete_profile']) expect(byName.get(name)!.annotations?.destructiveHint).toBe(true);
    for (const name of ['patch_profile', 'create_fact', 'update_fact']) expect(byName.get(name)!.annotations?.destructiveHint).toBe(false);
    expect(byName.get('patch_profile')!.annotations?.idempotentHint).toBe(true);
    expect((byName.get('patch_profile')!.inputSchema.properties as any).facts.type).toBe('object');
    await close();
  });

  it('returns structuredContent plus a compact text rendering, one line per fact, not a JSON copy', async () => {
    const { client, close } = await setup();
    await call(client, 'patch_profile', { facts: { name: 'John Doe', role: 'Senior Engineer', timezone: 'UTC' } });
    const result = (await client.callTool({ name: 'get_profile', arguments: {} })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    const profile = result.structuredContent as any;
    expect(profile.name).toBe('John Doe');
    const text = textOf(result);
    expect(() => JSON.parse(text)).toThrow();
    const role = profile.profile.static[0];
    expect(text).toContain(`- role = "Senior Engineer" (static, 1.00, manual) [${role.id}]`);
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(3);
    await close();
  });

  it('answers failures with isError, no structuredContent and the spec error object', async () => {
    const { client, close } = await setup();
    const result = (await client.callTool({ name: 'get_fact', arguments: { id: 'fact_nope' } })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toBeUndefined();
    const body = JSON.parse(textOf(result));
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain('list_facts');
    const conflict = await call(client, 'create_fact', { key: 'k', value: 1 }).then(() => call(client, 'create_fact', { key: 'k', value: 2 }));
    expect(conflict.error).toMatchObject({ code: 'conflict', details: { key: 'k' } });
    const confirm = await call(client, 'delete_profile', {});
    expect(confirm.error.code).toBe('validation_error');
    await close();
  });

  it('rejects schema-invalid arguments as a validation error (SDK text or ours)', async () => {
    const { client, close } = await setup();
    for (const [name, args] of [
      ['list_facts', { limit: 0 }],
      ['list_facts', { limit: 'ten' }],
      ['get_profile', { collection_id: '../etc' }],
      ['create_fact', { key: 5, value: 1 }],
      ['patch_profile', { facts: 'role=x' }],
      ['update_fact', { id: 'fact_x', confidence: 2 }],
    ] as const) {
      const result = (await client.callTool({ name, arguments: args as any })) as CallToolResult;
      expect(result.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
      const text = textOf(result);
      expect(text.includes('Input validation error') || JSON.parse(text).error.code === 'validation_error').toBe(true);
    }
    await close();
  });

  it('sees a "__proto__" key in patch facts and rejects it instead of ignoring it', async () => {
    const { client, close } = await setup();
    const facts = JSON.parse('{"role": "x", "__proto__": {"polluted": true}}');
    const r = await call(client, 'patch_profile', { facts });
    expect(r.error.code).toBe('validation_error');
    expect(r.error.details.map((d: any) => d.field)).toEqual(['facts.__proto__']);
    expect(({} as any).polluted).toBeUndefined();
    expect((await call(client, 'get_profile')).fact_count).toBe(0);
    await close();
  });

  it('dry_run over MCP previews and leaves the profile unchanged', async () => {
    const { client, close } = await setup();
    await call(client, 'patch_profile', { facts: { role: 'Engineer' }, collection_id: 'coll_123' });
    const preview = await call(client, 'patch_profile', {
      facts: { role: 'Product Manager', timezone: 'America/New_York' },
      collection_id: 'coll_123',
      dry_run: true,
    });
    expect(preview).toMatchObject({ status: 'preview', would_update: 1, would_create: 1, message: 'Would update 1, create 1 profile facts' });
    const profile = await call(client, 'get_profile', { collection_id: 'coll_123' });
    expect(profile.profile.static.map((f: any) => f.value)).toEqual(['Engineer']);
    expect(profile.timezone).toBeNull();
    await close();
  });

  it('runs the whole CRUD cycle with history and pagination', async () => {
    const { client, close } = await setup();
    const created = await call(client, 'create_fact', { key: 'Favourite Editor', value: 'vim', category: 'preferences' });
    expect(created).toMatchObject({ key: 'favourite_editor', category: 'preferences', value: 'vim' });
    const updated = await call(client, 'update_fact', { id: created.id, value: 'helix' });
    expect(updated.value).toBe('helix');
    const fact = await call(client, 'get_fact', { id: created.id });
    expect(fact.history.map((h: any) => h.value)).toEqual(['vim']);
    const listed = await call(client, 'list_facts', { q: 'HELIX' });
    expect(listed).toMatchObject({ total: 1, next_cursor: null });
    expect(await call(client, 'delete_fact', { id: created.id })).toEqual({ deleted: true, id: created.id });
    await call(client, 'patch_profile', { facts: { a: 1 }, collection_id: 'c1' });
    expect(await call(client, 'list_collections')).toMatchObject({ total: 1, collections: [{ collection_id: 'c1', fact_count: 1 }] });
    expect(await call(client, 'delete_profile', { collection_id: 'c1', confirm: true })).toEqual({ deleted: 1, collection_id: 'c1' });
    await close();
  });
});

describe('MCP resources and subscriptions', () => {
  it('reads profile://me and profile://collections/{id} as the get_profile JSON', async () => {
    const { client, close } = await setup();
    await call(client, 'patch_profile', { facts: { role: 'Engineer' } });
    await call(client, 'patch_profile', { facts: { role: 'Tenant user' }, collection_id: 'coll_1' });
    const me = await client.readResource({ uri: 'profile://me' });
    expect(me.contents[0]!.mimeType).toBe('application/json');
    expect(JSON.parse((me.contents[0] as { text: string }).text)).toEqual(await call(client, 'get_profile'));
    const coll = await client.readResource({ uri: 'profile://collections/coll_1' });
    expect(JSON.parse((coll.contents[0] as { text: string }).text).profile.static[0].value).toBe('Tenant user');
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(['profile://collections/coll_1', 'profile://me', 'ui://profile/card']);
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates[0]!.uriTemplate).toBe('profile://collections/{collection_id}');
    await expect(client.readResource({ uri: 'profile://collections/..%2Fx' })).rejects.toThrow();
    await close();
  });

  it('notifies subscribed sessions of the same account after every write, never another account', async () => {
    const service = new ProfileService({ store: new MemoryStore() });
    const hub = new SubscriptionHub(service);
    const watcher = await connectClient({ service, account: 'acme', hub });
    const writer = await connectClient({ service, account: 'acme', hub });
    const stranger = await connectClient({ service, account: 'other', hub });
    const seen: string[] = [];
    const strangerSeen: string[] = [];
    watcher.client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => {
      seen.push(n.params.uri);
    });
    stranger.client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => {
      strangerSeen.push(n.params.uri);
    });
    await watcher.client.subscribeResource({ uri: 'profile://me' });
    await watcher.client.subscribeResource({ uri: 'profile://collections/c1' });
    await stranger.client.subscribeResource({ uri: 'profile://me' });
    await stranger.client.subscribeResource({ uri: 'profile://collections/c1' });
    await call(writer.client, 'patch_profile', { facts: { a: 1 } });
    await call(writer.client, 'patch_profile', { facts: { a: 1 }, collection_id: 'c1' });
    await call(writer.client, 'patch_profile', { facts: { a: 1 }, collection_id: 'c2' }); // not subscribed
    await call(writer.client, 'patch_profile', { facts: { a: 1 } }); // unchanged: no write
    await service.createFact('acme', { key: 'from_elsewhere', value: 1 }); // e.g. a REST write
    await vi.waitFor(() => expect(seen).toEqual(['profile://me', 'profile://collections/c1', 'profile://me']));
    expect(strangerSeen).toEqual([]);
    await watcher.client.unsubscribeResource({ uri: 'profile://me' });
    await call(writer.client, 'patch_profile', { facts: { b: 1 } }); // unsubscribed: no notice
    await call(writer.client, 'patch_profile', { facts: { b: 1 }, collection_id: 'c1' }); // the sentinel after it
    await vi.waitFor(() => expect(seen).toHaveLength(4));
    expect(seen[3]).toBe('profile://collections/c1');
    await Promise.all([watcher.close(), writer.close(), stranger.close()]);
    expect(hub.size).toBe(0);
  });
});
