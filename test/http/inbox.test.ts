import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { raw, rest, startHarness, type Harness } from './helpers.js';
import { connectSse, connectStreamable, streamReady, structured, type Connected } from './mcp-client.js';
import { CONFIDENCE } from '../../src/reasoners/offline/extract/scoring.js';

/**
 * docs/spec.md §6 over HTTP: the review inbox, the activity and undo through REST, Streamable HTTP and
 * the legacy SSE transport, on the store the suite runs on (JSON directory, or PostgreSQL under
 * npm run test:postgres). Each write is recorded with the door it came through and the key's id.
 */

let h: Harness & { tokens: Record<string, string> };
let keyId: string;
beforeEach(async () => {
  h = await startHarness({ accounts: [] });
  const created = await h.keys.create('acme');
  h.tokens.acme = created.key;
  keyId = created.record.id;
  h.tokens.other = (await h.keys.create('other')).key;
});
afterEach(async () => {
  await h.close();
});

const say = (content: string, extra: Record<string, unknown> = {}) => ({ messages: [{ role: 'user', content }], ...extra });

describe('review inbox, activity and undo over REST', () => {
  it('learn keeps a conflict as a proposal; list, resolve, list the activity with the key id, undo with a preview', async () => {
    const api = rest(h.url, h.tokens.acme);
    expect((await api.patch('/v1/profile', { location: 'Calgary', collection_id: 'c1' })).status).toBe(200);
    const learned = await api.post('/v1/profile/learn', say('I live in Halifax.', { collection_id: 'c1' }));
    expect(learned.status).toBe(200);
    expect(learned.json).toMatchObject({ conflicts: 1, changes: [{ key: 'location', action: 'conflict', proposal_id: expect.stringMatching(/^prop_/) }] });

    const pending = await api.get('/v1/profile/pending?collection_id=c1&limit=10');
    expect(pending.status).toBe(200);
    expect(pending.json).toEqual({
      proposals: [
        {
          id: learned.json.changes[0].proposal_id,
          key: 'location',
          action: 'conflict',
          before: 'Calgary',
          after: 'Halifax',
          bucket: 'static',
          category: 'other', // the stored fact's
          confidence: CONFIDENCE.plain, // the offline reasoner's, for a plain statement
          evidence: 'I live in Halifax.',
          fact_id: expect.any(String),
          collection_id: 'c1',
          created_at: expect.any(String),
        },
      ],
      total: 1,
      next_cursor: null,
    });
    expect((await api.get('/v1/profile/pending')).json.total).toBe(0); // the global scope's inbox is its own

    const resolved = await api.post('/v1/profile/pending/resolve', { ids: [pending.json.proposals[0].id], decision: 'accept', collection_id: 'c1' });
    expect(resolved.status).toBe(200);
    expect(resolved.json).toMatchObject({
      accepted: 1,
      rejected: 0,
      facts: [{ key: 'location', value: 'Halifax', source: 'manual', confidence: 1 }],
      collection_id: 'c1',
    });

    const ops = await api.get('/v1/profile/operations?collection_id=c1');
    expect(ops.status).toBe(200);
    expect(ops.json.operations.map((op: any) => [op.operation, op.actor])).toEqual([
      ['resolve_pending', { transport: 'rest', key_id: keyId }],
      ['patch_profile', { transport: 'rest', key_id: keyId }],
    ]);

    const undoPath = `/v1/profile/operations/${ops.json.operations[0].id}/undo`;
    const preview = await api.post(undoPath, { collection_id: 'c1', dry_run: true });
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({
      status: 'preview',
      would_update: 1,
      changes: [{ key: 'location', action: 'update', before: 'Halifax', after: 'Calgary' }],
    });
    const undone = await api.post(undoPath, { collection_id: 'c1' });
    expect(undone.json).toMatchObject({ status: 'success', undone: ops.json.operations[0].id, collection_id: 'c1' });
    expect((await api.get('/v1/profile?collection_id=c1')).json.profile.static[0].value).toBe('Calgary');
    expect((await api.get('/v1/profile/pending?collection_id=c1')).json.total).toBe(1); // back in the inbox

    // Errors: a second undo conflicts (409), unknown ids are 404, bad input is 400.
    const again = await api.post(undoPath, { collection_id: 'c1' });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({ code: 'conflict', details: { undone_by: undone.json.operation_id } });
    expect((await api.post('/v1/profile/operations/op_nope/undo', {})).status).toBe(404);
    expect((await api.post(undoPath, {})).status).toBe(404); // wrong scope: like an unknown id
    expect((await api.post('/v1/profile/pending/resolve', { ids: ['prop_nope'], decision: 'accept', collection_id: 'c1' })).json.error.code).toBe('not_found');
    const bad = await api.post('/v1/profile/pending/resolve', { decision: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('validation_error');
    expect((await api.get('/v1/profile/operations?limit=0')).status).toBe(400);
    // Another account sees none of it.
    const stranger = rest(h.url, h.tokens.other);
    expect((await stranger.get('/v1/profile/pending?collection_id=c1')).json.total).toBe(0);
    expect((await stranger.get('/v1/profile/operations?collection_id=c1')).json.total).toBe(0);
    expect((await stranger.post(undoPath, { collection_id: 'c1' })).status).toBe(404);
  });

  it("review mode per call, and the review page's requests recorded as such", async () => {
    const api = rest(h.url, h.tokens.acme);
    const learned = await api.post('/v1/profile/learn', say('I live in Calgary.', { review: true }));
    expect(learned.json).toMatchObject({ pending: 1, created: 0, changes: [{ action: 'pending' }] });
    expect((await api.get('/v1/profile')).json.fact_count).toBe(0);
    const accepted = await raw(h.url, '/v1/profile/pending/resolve', {
      method: 'POST',
      key: h.tokens.acme,
      headers: { 'X-Profile-Client': 'review-page' },
      body: { all: true, decision: 'accept', value: 'Calgary, AB' },
    });
    expect(accepted.status).toBe(400); // a value needs exactly one id
    const [proposal] = (await api.get('/v1/profile/pending')).json.proposals;
    const ok = await raw(h.url, '/v1/profile/pending/resolve', {
      method: 'POST',
      key: h.tokens.acme,
      headers: { 'X-Profile-Client': 'review-page' },
      body: { ids: [proposal.id], decision: 'accept', value: 'Calgary, AB' },
    });
    expect(ok.json.facts).toMatchObject([{ key: 'location', value: 'Calgary, AB', source: 'manual' }]);
    const [op] = (await api.get('/v1/profile/operations')).json.operations;
    expect(op.actor).toEqual({ transport: 'review-page', key_id: keyId });
  });
});

async function exercise(c: Connected, collection_id: string) {
  const call = async (name: string, args: Record<string, unknown>) => structured(await c.client.callTool({ name, arguments: { ...args, collection_id } }));
  await call('patch_profile', { facts: { role: 'CTO' } });
  const learned = await call('learn', say("I'm a nurse."));
  expect(learned.changes).toMatchObject([{ key: 'role', action: 'conflict' }]);
  const pending = await call('list_pending', {});
  expect(pending.proposals).toMatchObject([{ key: 'role', before: 'CTO', after: 'nurse', evidence: "I'm a nurse." }]);
  expect(await call('resolve_pending', { ids: [pending.proposals[0].id], decision: 'reject' })).toMatchObject({ accepted: 0, rejected: 1 });
  const { operations } = await call('list_operations', {});
  expect(operations.map((op: any) => [op.operation, op.actor])).toEqual([
    ['resolve_pending', { transport: 'mcp-http', key_id: keyId }],
    ['patch_profile', { transport: 'mcp-http', key_id: keyId }],
  ]);
  const conflict = await c.client.callTool({ name: 'undo_operation', arguments: { id: operations[1].id, collection_id: 'elsewhere' } });
  expect(conflict.isError).toBe(true);
  expect(JSON.parse((conflict.content as Array<{ text: string }>)[0]!.text).error.code).toBe('not_found');
  const undone = await call('undo_operation', { id: operations[1].id });
  expect(undone).toMatchObject({ status: 'success', changes: [{ key: 'role', action: 'delete', before: 'CTO', after: null }] });
  expect((await call('get_profile', {})).fact_count).toBe(0);
}

describe('review inbox, activity and undo over MCP on HTTP', () => {
  it('Streamable HTTP: the tools work and writes are recorded as mcp-http with the session key', async () => {
    const c = await connectStreamable(h, h.tokens.acme);
    try {
      const names = (await c.client.listTools()).tools.map((t) => t.name);
      expect(names).toEqual(expect.arrayContaining(['list_pending', 'resolve_pending', 'list_operations', 'undo_operation']));
      expect(c.client.getInstructions()).toContain('list_pending');
      await exercise(c, 'streamable');
    } finally {
      await c.close();
    }
  });

  it('legacy SSE: the same', async () => {
    const c = await connectSse(h, h.tokens.acme);
    try {
      await exercise(c, 'sse');
    } finally {
      await c.close();
    }
  });

  it('a new proposal is announced to subscribed sessions like any write', async () => {
    const c = await connectStreamable(h, h.tokens.acme);
    try {
      await rest(h.url, h.tokens.acme).patch('/v1/profile', { location: 'Calgary' });
      await c.client.subscribeResource({ uri: 'profile://me' });
      await streamReady(h, c.sessionId);
      const next = c.nextUpdate('profile://me');
      const learned = await rest(h.url, h.tokens.acme).post('/v1/profile/learn', say('I live in Halifax.'));
      expect(learned.json.conflicts).toBe(1);
      await next;
      expect((await rest(h.url, h.tokens.acme).get('/v1/profile/operations')).json.total).toBe(1); // the proposal is no operation
    } finally {
      await c.close();
    }
  });
});
