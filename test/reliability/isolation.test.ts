import { describe, expect, it } from 'vitest';
import { ProfileService } from '../../src/profiles/service.js';
import { call, connectClient } from '../helpers/mcp.js';
import { tempDir } from '../helpers/tmp.js';
import { connectStreamable } from '../http/mcp-client.js';
import { startHarness } from '../http/helpers.js';
import { ACCOUNTS, runIsolationModel, SCOPES, type Edge } from './isolation.js';
import { restCall } from './rest-edge.js';
import { reasonerFactory } from '../../src/reasoners/index.js';
import { jsonStore } from '../helpers/store.js';

const reasoners = reasonerFactory({ mode: 'offline', model: 'none', timeoutMs: 5000, maxRetries: 0, samplingTimeoutMs: 5000 });

/** One MCP session per account (two per account, to cross sessions too). */
async function mcpEdges(service: ProfileService) {
  const sessions = new Map<string, Awaited<ReturnType<typeof connectClient>>[]>();
  for (const account of ACCOUNTS) {
    sessions.set(account, [await connectClient({ service, account, reasoners }), await connectClient({ service, account, reasoners })]);
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
    const result = await runIsolationModel(async () => mcpEdges(new ProfileService({ store: jsonStore(tempDir()) })), { runs: 15, maxCommands: 40 });
    expect(result.commands).toBeGreaterThan(100);
  }, 120_000);
});

describe('isolation: model-based over HTTP (MCP Streamable HTTP + REST), 3 accounts', () => {
  it('REST and MCP-over-HTTP clients of three accounts never leak or diverge', async () => {
    const h = await startHarness({ accounts: [...ACCOUNTS] });
    try {
      const result = await runIsolationModel(
        async () => {
          // each run starts from an empty store: forget every scope of every account
          for (const account of ACCOUNTS) {
            for (const scope of SCOPES) await restCall(h.url, h.tokens[account], 'delete_profile', scope === null ? {} : { collection_id: scope });
          }
          const sessions = new Map<string, Awaited<ReturnType<typeof connectStreamable>>>();
          for (const account of ACCOUNTS) sessions.set(account, await connectStreamable(h, h.tokens[account]));
          const restEdge: Edge = {
            name: 'rest',
            call: async (account, op, args) => (await restCall(h.url, h.tokens[account], op, args)).json,
          };
          const mcpEdge: Edge = { name: 'mcp-http', call: (account, op, args) => call(sessions.get(account)!.client, op, args) };
          return {
            edges: [restEdge, mcpEdge],
            teardown: async () => {
              for (const s of sessions.values()) await s.close();
            },
          };
        },
        { runs: 8, maxCommands: 30 },
      );
      expect(result.commands).toBeGreaterThan(50);
    } finally {
      await h.close();
    }
  }, 180_000);
});
