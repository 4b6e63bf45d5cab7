import { ElicitRequestSchema, type ElicitRequest, type ElicitResult } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { ProfileService } from '../../src/profiles/service.js';
import { MemoryStore } from '../../src/store/memory.js';
import { MODERN } from '../helpers/client-era.js';
import { call, connectClient } from '../helpers/mcp.js';
import { rest, startHarness } from '../http/helpers.js';
import { connectStreamable, structured } from '../http/mcp-client.js';

/**
 * Elicitation with real clients: the v1 client (2025-11-25: the server sends elicitation/create) and,
 * in `npm run test:mcp-v2`, the v2 client on 2026-07-28 (the server answers with an input request and
 * the client retries the call with its answer). The same assertions hold on both.
 */
async function setup(answer?: (request: ElicitRequest) => ElicitResult) {
  const service = new ProfileService({ store: new MemoryStore() });
  const asked: ElicitRequest[] = [];
  const conn = await connectClient({ service, account: 'local' }, answer ? { capabilities: { elicitation: { form: {} } } } : {});
  if (answer) {
    conn.client.setRequestHandler(ElicitRequestSchema, (request) => {
      asked.push(request);
      return answer(request);
    });
  }
  await service.patchProfile('local', { facts: { role: 'Engineer' } }, { transport: 'stdio', key_id: null });
  await service.patchProfile('local', { facts: { team: 'Web' }, collection_id: 'c1' }, { transport: 'stdio', key_id: null });
  const count = async (collection_id: string | null) => (await service.getProfile('local', { collection_id })).fact_count;
  return { service, asked, count, ...conn };
}

describe('delete_profile asks the user through elicitation when the client can show a form', () => {
  it('an accepted confirmation deletes the scope; the question names it', async () => {
    const { client, close, asked, count } = await setup(() => ({ action: 'accept', content: { confirm: true } }));
    try {
      const result = await call(client, 'delete_profile', { collection_id: 'c1' });
      expect(result).toEqual({ deleted: 1, collection_id: 'c1' });
      expect(asked).toHaveLength(1);
      const params = asked[0]!.params as { message: string; requestedSchema: { properties: Record<string, { type: string }>; required?: string[] } };
      expect(params.message).toMatch(/collection "c1"/);
      expect(params.message).toMatch(/cannot be undone/);
      expect(params.requestedSchema.properties.confirm?.type).toBe('boolean');
      expect(params.requestedSchema.required).toEqual(['confirm']);
      expect(await count('c1')).toBe(0);
      expect(await count(null)).toBe(1);
    } finally {
      await close();
    }
  });

  it('asks even when the model passed confirm: true: the person decides, not the model', async () => {
    const { client, close, asked, count } = await setup(() => ({ action: 'decline' }));
    try {
      const result = await call(client, 'delete_profile', { confirm: true });
      expect(result.error.code).toBe('validation_error');
      expect(result.error.message).toMatch(/Nothing was changed: the user declined/);
      expect(asked).toHaveLength(1);
      expect(await count(null)).toBe(1);
    } finally {
      await close();
    }
  });

  it('a cancelled form, or one accepted without the box ticked, deletes nothing', async () => {
    for (const [answer, words] of [
      [{ action: 'cancel' }, /the user cancelled/],
      [{ action: 'accept', content: { confirm: false } }, /the user did not confirm/],
    ] as const) {
      const { client, close, count } = await setup(() => answer as ElicitResult);
      try {
        const result = await call(client, 'delete_profile', {});
        expect(result.error.code).toBe('validation_error');
        expect(result.error.message).toMatch(words);
        expect(await count(null)).toBe(1);
      } finally {
        await close();
      }
    }
  });

  it('a client without elicitation keeps the confirm: true contract and is never asked', async () => {
    const { client, close, count } = await setup();
    try {
      expect((await call(client, 'delete_profile', {})).error.code).toBe('validation_error');
      expect(await count(null)).toBe(1);
      expect(await call(client, 'delete_profile', { confirm: true })).toEqual({ deleted: 1, collection_id: null });
      expect(await count(null)).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('elicitation over Streamable HTTP (a 2025 session, or 2026-07-28 stateless requests)', () => {
  it.each([['stateful'], ['stateless']] as const)(
    'delete_profile asks, and a declined then an accepted form delete nothing then everything (--legacy-mode %s)',
    async (legacyMode) => {
      const h = await startHarness({ accounts: ['acme'], legacyMode });
      try {
        const api = rest(h.url, h.tokens.acme);
        await api.patch('/v1/profile', { role: 'Engineer' });
        const c = await connectStreamable(h, h.tokens.acme, { capabilities: { elicitation: { form: {} } } });
        const answers: ElicitResult[] = [{ action: 'decline' }, { action: 'accept', content: { confirm: true } }];
        const asked: string[] = [];
        c.client.setRequestHandler(ElicitRequestSchema, (request) => {
          asked.push((request.params as { message: string }).message);
          return answers.shift()!;
        });
        try {
          if (legacyMode === 'stateless' && !MODERN) {
            // Every 2025 request meets a fresh server that saw no initialize: it cannot know the client
            // can elicit, so it never asks and the confirm: true contract applies (docs/protocol.md).
            expect(structured(await c.client.callTool({ name: 'delete_profile', arguments: {} })).error.message).toMatch(/needs confirm: true/);
            expect(structured(await c.client.callTool({ name: 'delete_profile', arguments: { confirm: true } }))).toEqual({ deleted: 1, collection_id: null });
            expect(asked).toEqual([]);
            return;
          }
          const declined = structured(await c.client.callTool({ name: 'delete_profile', arguments: {} }));
          expect(declined.error.code).toBe('validation_error');
          expect((await api.get('/v1/profile')).json.fact_count).toBe(1);
          expect(structured(await c.client.callTool({ name: 'delete_profile', arguments: {} }))).toEqual({ deleted: 1, collection_id: null });
          expect((await api.get('/v1/profile')).json.fact_count).toBe(0);
          expect(asked).toHaveLength(2);
          expect(asked[0]).toMatch(/global profile/);
        } finally {
          await c.close();
        }
      } finally {
        await h.close();
      }
    },
  );
});
