import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TOOL_LIST_FILE } from '../../src/mcp/tool-list.js';
import { ProfileService } from '../../src/profiles/service.js';
import { reasonerFactoryFromEnv } from '../../src/reasoners/index.js';
import { MemoryStore } from '../../src/store/memory.js';
import { MODERN } from '../helpers/client-era.js';
import { connectClient } from '../helpers/mcp.js';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('the precomputed tools/list', () => {
  it('is exactly what the SDK itself answers for the standard server', async () => {
    // The build writes it next to the compiled module; compare against a live server.
    const built = new URL('dist/mcp/tool-list.json', `file://${ROOT}`);
    expect(existsSync(built)).toBe(true);
    const { readFileSync } = await import('node:fs');
    const precomputed = JSON.parse(readFileSync(built, 'utf8'));
    const service = new ProfileService({ store: new MemoryStore() });
    const reasoners = reasonerFactoryFromEnv({});
    const live = await connectClient({ service, account: 'local', reasoners, precomputedToolList: false });
    const raw = await live.client.request({ method: 'tools/list', params: {} }, (await import('@modelcontextprotocol/sdk/types.js')).ListToolsResultSchema);
    // On 2026-07-28 the SDK adds the result's _meta (server identity) and cache hints around the same list.
    if (MODERN) expect(precomputed.tools).toEqual(JSON.parse(JSON.stringify(raw)).tools);
    else expect(precomputed).toEqual(JSON.parse(JSON.stringify(raw)));
    await live.close();
    // from source (tsx/vitest) there is no file next to the module: the SDK answers, same content
    expect(existsSync(fileURLToPath(TOOL_LIST_FILE))).toBe(false);
    const fromSource = await connectClient({ service, account: 'local', reasoners });
    expect((await fromSource.client.listTools()).tools.map((t) => t.name)).toEqual(precomputed.tools.map((t: { name: string }) => t.name));
    await fromSource.close();
  });
});
