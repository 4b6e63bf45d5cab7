import { describe, expect, it } from 'vitest';
import { ProfileService } from '../../src/profiles/service.js';
import { JsonDirStore } from '../../src/store/json-dir/store.js';
import { call, connectClient } from '../helpers/mcp.js';
import { tempDir } from '../helpers/tmp.js';
import { ACCOUNTS, runIsolationModel, type Edge } from './isolation.js';

/** One MCP session per account (two per account, to cross sessions too). */
async function mcpEdges(service: ProfileService) {
  const sessions = new Map<string, Awaited<ReturnType<typeof connectClient>>[]>();
  for (const account of ACCOUNTS) {
    sessions.set(account, [await connectClient({ service, account }), await connectClient({ service, account })]);
  }
  const edge = (i: number): Edge => ({
    name: `mcp#${i}`,
    call: (account, op, args) => call(sessions.get(account)![i]!.client, op, args),
  });
  return {
    edges: [edge(0), edge(1)],
    teardown: async () => {
      for (const list of sessions.values()) for (const s of list) await s.close();
    },
  };
}

describe('isolation: model-based, 3 accounts x (global + 4 collections)', () => {
  it('MCP sessions on one JSON store never leak or diverge', async () => {
    const result = await runIsolationModel(
      async () => mcpEdges(new ProfileService({ store: new JsonDirStore(tempDir()) })),
      { runs: 15, maxCommands: 40 },
    );
    expect(result.commands).toBeGreaterThan(100);
  }, 120_000);
});
