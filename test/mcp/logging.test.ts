import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LoggingMessageNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it, vi } from 'vitest';
import { log } from '../../src/log.js';
import { ProfileService } from '../../src/profiles/service.js';
import { JsonDirStore } from '../../src/store/json-dir/store.js';
import { MemoryStore } from '../../src/store/memory.js';
import { call, connectClient } from '../helpers/mcp.js';
import { tempDir } from '../helpers/tmp.js';

async function collect(client: Awaited<ReturnType<typeof connectClient>>['client']) {
  const seen: Array<{ level: string; data: any }> = [];
  client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => {
    seen.push({ level: n.params.level, data: n.params.data });
  });
  return seen;
}
const settle = () => new Promise((r) => setTimeout(r, 30));

describe('MCP logging notifications', () => {
  it('report a failing tool to its own session, honouring logging/setLevel', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'accounts/local'), { recursive: true });
    writeFileSync(join(dir, 'accounts/local/profile.json'), '{"version":1,"facts":[');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const service = new ProfileService({ store: new JsonDirStore(dir) });
      const { client, close } = await connectClient({ service, account: 'local' });
      const seen = await collect(client);
      expect((await call(client, 'get_profile')).error.code).toBe('storage_error');
      await settle();
      expect(seen).toEqual([{ level: 'error', data: { message: 'get_profile failed', tool: 'get_profile', code: 'storage_error' } }]);
      await client.setLoggingLevel('critical');
      await call(client, 'get_profile');
      await settle();
      expect(seen).toHaveLength(1);
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
      await settle();
      expect(localSeen).toEqual([{ level: 'warning', data: { message: 'a warning record', file: '/x' } }]);
      await local.client.setLoggingLevel('debug');
      log.debug('a debug record');
      await settle();
      expect(localSeen.map((s) => s.data.message)).toEqual(['a warning record', 'a debug record']);
      expect(tenantSeen).toEqual([]);
      await local.close();
      log.warn('after close');
      await settle();
      expect(localSeen).toHaveLength(2);
      await tenant.close();
    } finally {
      stderr.mockRestore();
    }
  });
});
