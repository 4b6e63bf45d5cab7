import { describe, expect, it } from 'vitest';
import { SERVER_DESCRIPTION } from '../../src/mcp/server.js';
import { ICON_SVG } from '../../src/mcp/icon.js';
import { ProfileService } from '../../src/profiles/service.js';
import { MemoryStore } from '../../src/store/memory.js';
import { MODERN } from '../helpers/client-era.js';
import { connectClient } from '../helpers/mcp.js';

interface Implementation {
  name: string;
  title?: string;
  version: string;
  description?: string;
  websiteUrl?: string;
  icons?: Array<{ src: string; mimeType?: string; sizes?: string[] }>;
}

/** What the client was told: initialize's serverInfo (2025), or server/discover's `_meta` serverInfo (2026-07-28). */
function announced(client: unknown): Implementation {
  const c = client as { getServerVersion(): Implementation | undefined; getDiscoverResult?(): { _meta?: Record<string, unknown> } | undefined };
  if (MODERN) {
    const discover = c.getDiscoverResult?.();
    expect(discover, 'the v2 client keeps the server/discover result').toBeDefined();
    const fromDiscover = discover!._meta?.['io.modelcontextprotocol/serverInfo'] as Implementation | undefined;
    expect(fromDiscover).toEqual(c.getServerVersion());
    return fromDiscover!;
  }
  return c.getServerVersion()!;
}

describe('serverInfo (initialize on 2025, server/discover on 2026-07-28)', () => {
  it('names the server and carries its icon as an SVG data: URI, with no external URL', async () => {
    const { client, close } = await connectClient({ service: new ProfileService({ store: new MemoryStore() }), account: 'local' });
    try {
      const info = announced(client);
      expect(info).toMatchObject({ name: 'profile-mcp', title: 'profile-mcp: user profiles for agents', description: SERVER_DESCRIPTION });
      expect(info.websiteUrl).toBeUndefined();
      expect(info.icons).toHaveLength(1);
      const icon = info.icons![0]!;
      expect(icon).toMatchObject({ mimeType: 'image/svg+xml', sizes: ['any'] });
      const prefix = 'data:image/svg+xml;base64,';
      expect(icon.src.startsWith(prefix)).toBe(true);
      const svg = Buffer.from(icon.src.slice(prefix.length), 'base64').toString('utf8');
      expect(svg).toBe(ICON_SVG);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 64 64">[\s\S]*<\/svg>$/);
      // Nothing a renderer would run or fetch: no script, handlers, links, foreign content or url() references.
      expect(svg).not.toMatch(/<script|\son\w+=|href|<foreignObject|url\(|<image|<style/i);
      expect(JSON.stringify(info)).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    } finally {
      await close();
    }
  });
});
