import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import fc from 'fast-check';
import { expect } from 'vitest';
import { ProfileService } from '../../src/profiles/service.js';
import { exportAccount } from '../../src/profiles/transfer.js';
import { reasonerFactoryFromEnv } from '../../src/reasoners/index.js';
import { connectClient } from '../helpers/mcp.js';
import { ALLOWED_CODES, toolArgs } from './arbitraries.js';
import { jsonStore } from '../helpers/store.js';

const WRITES = new Set(['patch_profile', 'create_fact', 'update_fact', 'delete_fact', 'delete_profile', 'learn', 'resolve_pending', 'undo_operation']);

export interface FuzzStats {
  cases: number;
  errors: number;
  successes: number;
}

/**
 * Property: whatever the arguments, every tool answers (never throws, never hangs), a failure is a
 * spec error object (or the SDK's input-validation text) with an expected code, a failed or
 * dry-run call changes nothing, and nothing reaches Object.prototype.
 */
export async function fuzzMcpTools(dir: string, runs: number, seed?: number): Promise<FuzzStats> {
  const service = new ProfileService({ store: jsonStore(dir) });
  const { client, close } = await connectClient({ service, account: 'local', reasoners: reasonerFactoryFromEnv({ PROFILE_MCP_REASONER: 'offline' }) });
  const ids: string[] = [];
  const seedFacts = await service.patchProfile('local', { facts: { role: 'Engineer', name: 'Ada', timezone: 'UTC' } });
  ids.push(...seedFacts.facts!.map((f) => f.id));
  const stats: FuzzStats = { cases: 0, errors: 0, successes: 0 };
  // Facts only: a dialectic call legitimately records its session turn.
  const snapshot = async () => JSON.stringify((await exportAccount(service, 'local')).scopes.map((s) => [s.collection_id, s.facts]));
  const arbitraries = toolArgs(() => ids);
  const cases = fc.oneof(...Object.entries(arbitraries).map(([name, args]) => args.map((a) => ({ name, args: a }))));
  try {
    await fc.assert(
      fc.asyncProperty(cases, async ({ name, args }) => {
        stats.cases++;
        // A stray dry_run: true on a read is checked too (the read must not write either).
        const before = WRITES.has(name) || args.dry_run === true ? await snapshot() : '';
        const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
        if (result.isError) {
          stats.errors++;
          expect(result.structuredContent).toBeUndefined();
          const text = (result.content[0] as { text: string }).text;
          if (!text.startsWith('Input validation error') && !text.includes('Invalid arguments for tool')) {
            const body = JSON.parse(text);
            expect(ALLOWED_CODES.has(body.error.code), `${name} ${text.slice(0, 300)}`).toBe(true);
          }
          if (WRITES.has(name)) expect(await snapshot()).toBe(before);
        } else {
          stats.successes++;
          expect(result.structuredContent).toBeDefined();
          if (args.dry_run === true) expect(await snapshot()).toBe(before);
          const created = (result.structuredContent as { id?: unknown }).id;
          if (name === 'create_fact' && typeof created === 'string') ids.unshift(created);
        }
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
  } finally {
    await close();
  }
  return stats;
}
