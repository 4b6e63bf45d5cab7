import { RESOURCE_MIME_TYPE, McpUiResourceMetaSchema, McpUiToolMetaSchema } from '@modelcontextprotocol/ext-apps';
import { getToolUiResourceUri, isToolVisibilityAppOnly } from '@modelcontextprotocol/ext-apps/app-bridge';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { APP_MIME_TYPE, PROFILE_APP_URI } from '../../src/mcp/app.js';
import { renderPending } from '../../src/mcp/render.js';
import { ProfileService } from '../../src/profiles/service.js';
import { reasonerFactoryFromEnv } from '../../src/reasoners/index.js';
import { MemoryStore } from '../../src/store/memory.js';
import { call, connectClient } from '../helpers/mcp.js';

/**
 * The MCP App's metadata (docs/mcp-app.md), read the way hosts read it — with ext-apps' own host-side
 * helpers and schemas: get_profile and list_pending link ui://profile/card, profile_card is app-only,
 * the resource is listed and read with the MCP Apps MIME type and a strict CSP. Hosts without Apps
 * support get exactly the results they got before.
 */

async function setup(options: { grant?: { collection_id: string | null; read_only: boolean } } = {}) {
  const service = new ProfileService({ store: new MemoryStore() });
  const conn = await connectClient({ service, account: 'local', reasoners: reasonerFactoryFromEnv({}), ...options });
  return { service, ...conn };
}

describe('the profile MCP App metadata', () => {
  it('uses the MCP Apps constants ext-apps exports', () => {
    expect(APP_MIME_TYPE).toBe(RESOURCE_MIME_TYPE);
    expect(PROFILE_APP_URI.startsWith('ui://')).toBe(true);
  });

  it('tools/list: get_profile and list_pending link the app, profile_card is app-only, no other tool changes', async () => {
    const { client, close } = await setup();
    const { tools } = await client.listTools();
    const linked = tools.filter((t) => getToolUiResourceUri({ _meta: t._meta }) !== undefined).map((t) => t.name);
    expect(linked.sort()).toEqual(['get_profile', 'list_pending', 'profile_card']);
    for (const tool of tools.filter((t) => linked.includes(t.name))) {
      expect(getToolUiResourceUri({ _meta: tool._meta })).toBe(PROFILE_APP_URI);
      expect(McpUiToolMetaSchema.safeParse(tool._meta?.ui).success, tool.name).toBe(true);
    }
    expect(tools.filter((t) => isToolVisibilityAppOnly({ _meta: t._meta })).map((t) => t.name)).toEqual(['profile_card']);
    // Read-only and scoped like get_profile.
    const card = tools.find((t) => t.name === 'profile_card')!;
    expect(card.annotations?.readOnlyHint).toBe(true);
    expect((card.inputSchema.properties as Record<string, unknown>).collection_id).toBeDefined();
    await close();
  });

  it('the build-time tools/list (dist/mcp/tool-list.json) carries the same metadata as the SDK builds', async () => {
    const service = new ProfileService({ store: new MemoryStore() });
    const reasoners = reasonerFactoryFromEnv({});
    const built = await connectClient({ service, account: 'local', reasoners, precomputedToolList: false });
    const pre = await connectClient({ service, account: 'local', reasoners });
    const metas = async (c: typeof built) => Object.fromEntries((await c.client.listTools()).tools.map((t) => [t.name, t._meta ?? null]));
    expect(await metas(pre)).toEqual(await metas(built));
    await built.close();
    await pre.close();
  });

  it('resources/list and resources/read: the MCP Apps MIME type, a CSP with no origins, one self-contained HTML file', async () => {
    const { client, close } = await setup();
    const { resources } = await client.listResources();
    const listed = resources.find((r) => r.uri === PROFILE_APP_URI)!;
    expect(listed).toMatchObject({ name: 'profile-app', mimeType: RESOURCE_MIME_TYPE });
    const read = await client.readResource({ uri: PROFILE_APP_URI });
    expect(read.contents).toHaveLength(1);
    const content = read.contents[0] as { uri: string; mimeType: string; text: string; _meta?: Record<string, unknown> };
    expect(content.mimeType).toBe(RESOURCE_MIME_TYPE);
    const meta = McpUiResourceMetaSchema.parse(content._meta?.ui);
    expect(meta.csp).toEqual({ connectDomains: [], resourceDomains: [], frameDomains: [] });
    const html = content.text;
    expect(html).toMatch(/^<!doctype html>/i);
    // Everything inline: no external script, stylesheet, image or font.
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\/[^\s"']*\.(js|css|woff2?|png)/i);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/connect-src 'none'/);
    expect(csp).toMatch(/script-src 'sha256-[^']+'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    await close();
  });

  it('hosts without Apps support see exactly what get_profile and list_pending returned before', async () => {
    const { client, service, close } = await setup();
    await call(client, 'patch_profile', { facts: { name: 'Ada', role: 'Engineer', location: 'Calgary' } });
    await call(client, 'learn', { messages: [{ role: 'user', content: 'I live in Halifax.' }] });

    const profile = (await client.callTool({ name: 'get_profile', arguments: {} })) as CallToolResult;
    const expected = await service.readProfile('local', { max_tokens: 2000 });
    expect(profile).toEqual({ structuredContent: expected.result, content: [{ type: 'text', text: expected.text }] });

    const pending = (await client.callTool({ name: 'list_pending', arguments: {} })) as CallToolResult;
    const listed = await service.listPending('local', {});
    expect(listed.total).toBe(1);
    expect(pending).toEqual({ structuredContent: listed, content: [{ type: 'text', text: renderPending(listed) }] });
    await close();
  });

  it('profile_card: the top facts by the get_profile ranking, with confidence and source, and the inbox count', async () => {
    const { client, close } = await setup();
    await call(client, 'patch_profile', { facts: { name: 'Ada', timezone: 'Europe/London', role: 'Engineer', location: 'Calgary' } });
    await call(client, 'create_fact', { key: 'current_project', value: 'a talk on Rust', bucket: 'dynamic', confidence: 0.8 });
    await call(client, 'learn', { messages: [{ role: 'user', content: 'I live in Halifax.' }] });
    const card = await call(client, 'profile_card', {});
    expect(card).toMatchObject({ collection_id: null, name: 'Ada', timezone: 'Europe/London', fact_count: 5, pending: 1 });
    // SPEC §7: flat fields first, then live dynamic facts, then confidence and recency.
    expect(card.facts.map((f: { key: string }) => f.key).slice(0, 3)).toEqual(['name', 'timezone', 'current_project']);
    expect(card.facts[2]).toMatchObject({ confidence: 0.8, source: 'manual', bucket: 'dynamic' });
    expect((await call(client, 'profile_card', { limit: 2 })).facts).toHaveLength(2);
    await close();
  });

  it('profile_card is scoped like every read: a collection key reads its collection only, a read-only key may use it', async () => {
    const { client, close } = await setup({ grant: { collection_id: 'c1', read_only: true } });
    expect(await call(client, 'profile_card', { collection_id: 'c1' })).toMatchObject({ collection_id: 'c1', fact_count: 0 });
    expect((await call(client, 'profile_card', { collection_id: 'c2' })).error.code).toBe('forbidden');
    expect((await call(client, 'profile_card', {})).error.code).toBe('forbidden');
    await close();
  });
});
