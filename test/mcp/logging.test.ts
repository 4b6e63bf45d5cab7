import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LoggingMessageNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it, vi } from 'vitest';
import { log } from '../../src/log.js';
import { ProfileService } from '../../src/profiles/service.js';
import { MemoryStore } from '../../src/store/memory.js';
import { MODERN } from '../helpers/client-era.js';
import { call, connectClient } from '../helpers/mcp.js';
import { tempDir } from '../helpers/tmp.js';
import { jsonStore } from '../helpers/store.js';

async function collect(client: Awaited<ReturnType<typeof connectClient>>['client']) {
  const seen: Array<{ level: string; data: any }> = [];
  client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => {
    seen.push({ level: n.params.level, data: n.params.data });
  });
  return seen;
}

// 2026-07-28 has no logging/setLevel (deprecated; the level travels in each request's _meta): 2025 clients only.
describe.skipIf(MODERN)('MCP logging notifications', () => {
  it('report a failing tool to its own session, honouring logging/setLevel', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'accounts/local'), { recursive: true });
    writeFileSync(join(dir, 'accounts/local/profile.json'), '{"version":1,"facts":[');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const service = new ProfileService({ store: jsonStore(dir) });
      const { client, close } = await connectClient({ service, account: 'local' });
      const seen = await collect(client);
      expect((await call(client, 'get_profile')).error.code).toBe('storage_error');
      await vi.waitFor(() => expect(seen).toEqual([{ level: 'error', data: { message: 'get_profile failed', tool: 'get_profile', code: 'storage_error' } }]));
      await client.setLoggingLevel('critical');
      await call(client, 'list_facts'); // below critical: not sent
      await client.setLoggingLevel('error');
      await call(client, 'get_fact', { id: 'fact_x' }); // sent: the sentinel that the call before sent nothing
      await vi.waitFor(() => expect(seen).toHaveLength(2));
      expect(seen.map((s) => s.data.tool)).toEqual(['get_profile', 'get_fact']);
      await close();
    } finally {
      stderr.mockRestore();
    }
  });

  it('forward process logs only when asked (stdio), from warning up by default', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const service = new ProfileService({ store: new MemoryStore() });
      const local = await connectClient({ service, account: 'local', forwardProcessLogs: true });
      const tenant = await connectClient({ service, account: 'acme' });
      const localSeen = await collect(local.client);
      const tenantSeen = await collect(tenant.client);
      log.info('an info record');
      log.warn('a warning record', { file: '/x' });
      await vi.waitFor(() => expect(localSeen).toHaveLength(1));
      expect(localSeen).toEqual([{ level: 'warning', data: { message: 'a warning record', file: '/x' } }]);
      await local.client.setLoggingLevel('debug');
      log.debug('a debug record');
      await vi.waitFor(() => expect(localSeen).toHaveLength(2));
      expect(localSeen.map((s) => s.data.message)).toEqual(['a warning record', 'a debug record']);
      expect(tenantSeen).toEqual([]);
      await local.close();
      log.warn('after close');
      expect(localSeen).toHaveLength(2); // a closed session has no transport to hear it on
      await tenant.close();
    } finally {
      stderr.mockRestore();
    }
  });
});
