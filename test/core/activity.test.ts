import { describe, expect, it } from 'vitest';
import { learnFrom } from '../../src/profiles/learn.js';
import { ProfileError } from '../../src/profiles/errors.js';
import { LIMITS_INBOX, type StoredProposal } from '../../src/profiles/model.js';
import { ProfileService } from '../../src/profiles/service.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { MemoryStore } from '../../src/store/memory.js';
import { CONFIDENCE } from '../../src/reasoners/offline/extract/scoring.js';

/** The offline reasoner's confidence for a plain statement ("I live in Calgary."). */
const PLAIN = CONFIDENCE.plain;

const A = 'acct_a';
const REST = { transport: 'rest', key_id: 'key_0123456789abcdef' } as const;
const offline = new OfflineReasoner();
const user = (content: string) => ({ role: 'user' as const, content });

function setup(start = Date.parse('2026-11-28T10:00:00.000Z')) {
  let now = start;
  const store = new MemoryStore();
  const service = new ProfileService({ store, clock: () => now });
  return { service, store, advance: (ms: number) => (now += ms) };
}

async function rejects(p: Promise<unknown>): Promise<ProfileError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ProfileError);
    return err as ProfileError;
  }
  throw new Error('expected a rejection');
}

describe('update_fact tells the truth', () => {
  it('with no field to change it is a validation_error and changes nothing', async () => {
    const { service } = setup();
    const learned = (await learnFrom(service, offline, A, { messages: [user('I live in Calgary.')] })).changes[0]!;
    const err = await rejects(service.updateFact(A, { id: learned.fact_id! }));
    expect(err.code).toBe('validation_error');
    expect(err.message).toMatch(/at least one field/);
    expect(await service.getFact(A, { id: learned.fact_id! })).toMatchObject({ source: 'conversation', confidence: PLAIN, history: [] });
  });

  it('a change of category, bucket or expiry alone keeps value, source and confidence and leaves no history line', async () => {
    const { service } = setup();
    const id = (await learnFrom(service, offline, A, { messages: [user('I live in Calgary.')] })).changes[0]!.fact_id!;
    const updated = await service.updateFact(A, { id, category: 'other' });
    expect(updated).toMatchObject({ value: 'Calgary', source: 'conversation', confidence: PLAIN, category: 'other' });
    const moved = await service.updateFact(A, { id, bucket: 'dynamic', ttl_seconds: 3600 });
    expect(moved).toMatchObject({ value: 'Calgary', source: 'conversation', confidence: PLAIN, bucket: 'dynamic' });
    expect(moved.expires_at).not.toBeNull();
    expect((await service.getFact(A, { id })).history).toEqual([]);
  });

  it("a new value is the person's word (manual, confidence 1) and leaves a history line", async () => {
    const { service } = setup();
    const id = (await learnFrom(service, offline, A, { messages: [user('I live in Calgary.')] })).changes[0]!.fact_id!;
    expect(await service.updateFact(A, { id, value: 'Halifax' })).toMatchObject({ value: 'Halifax', source: 'manual', confidence: 1 });
    expect((await service.getFact(A, { id })).history).toMatchObject([{ value: 'Calgary', source: 'conversation', confidence: PLAIN }]);
  });

  it('confirming the same value, or changing only the confidence, also leaves a history line', async () => {
    const { service, advance } = setup();
    const id = (await learnFrom(service, offline, A, { messages: [user('I live in Calgary.')] })).changes[0]!.fact_id!;
    advance(1000);
    expect(await service.updateFact(A, { id, value: 'Calgary' })).toMatchObject({ source: 'manual', confidence: 1 });
    advance(1000);
    expect(await service.updateFact(A, { id, confidence: 0.7 })).toMatchObject({ source: 'manual', confidence: 0.7 });
    const history = (await service.getFact(A, { id })).history;
    expect(history.map((h) => [h.value, h.source, h.confidence])).toEqual([
      ['Calgary', 'manual', 1],
      ['Calgary', 'conversation', PLAIN],
    ]);
    // The same value with the same confidence changes nothing and records nothing.
    const ops = (await service.listOperations(A, {})).total;
    advance(1000);
    await service.updateFact(A, { id, confidence: 0.7 });
    await service.updateFact(A, { id, value: 'Calgary', confidence: 0.7 });
    expect((await service.getFact(A, { id })).updated_at).toBe('2026-11-28T10:00:02.000Z');
    expect((await service.listOperations(A, {})).total).toBe(ops);
  });
});

describe('activity', () => {
  it("records every committed write with its actor and each key's before and after, newest first", async () => {
    const { service, advance } = setup();
    await service.patchProfile(A, { facts: { role: 'Engineer', company: 'Acme' } }, REST);
    advance(1000);
    const fact = await service.createFact(A, { key: 'timezone', value: 'UTC' }, { transport: 'stdio', key_id: null });
    advance(1000);
    await service.updateFact(A, { id: fact.id, value: 'Europe/Paris' }, { transport: 'mcp-http', key_id: 'key_x' });
    advance(1000);
    await service.deleteFact(A, { id: fact.id }, { transport: 'review-page', key_id: null });
    advance(1000);
    await learnFrom(service, offline, A, { messages: [user('I live in Oslo.')] }, { actor: REST });
    await service.patchProfile(A, { facts: { role: 'Engineer' } }); // unchanged: no operation
    await service.patchProfile(A, { facts: { role: 'CTO' }, dry_run: true }); // preview: no operation
    const { operations, total, next_cursor } = await service.listOperations(A, {});
    expect(total).toBe(5);
    expect(next_cursor).toBeNull();
    expect(operations.map((op) => [op.operation, op.actor.transport, op.actor.key_id])).toEqual([
      ['learn', 'rest', REST.key_id],
      ['delete_fact', 'review-page', null],
      ['update_fact', 'mcp-http', 'key_x'],
      ['create_fact', 'stdio', null],
      ['patch_profile', 'rest', REST.key_id],
    ]);
    expect(operations[4]!.changes).toEqual([
      { key: 'company', fact_id: expect.any(String), action: 'create', before: null, after: 'Acme' },
      { key: 'role', fact_id: expect.any(String), action: 'create', before: null, after: 'Engineer' },
    ]);
    expect(operations[2]!.changes).toEqual([{ key: 'timezone', fact_id: fact.id, action: 'update', before: 'UTC', after: 'Europe/Paris' }]);
    expect(operations[1]!.changes).toEqual([{ key: 'timezone', fact_id: fact.id, action: 'delete', before: 'Europe/Paris', after: null }]);
    expect(operations.every((op) => op.undoes === null && op.undone_by === null && op.id.startsWith('op_'))).toBe(true);
    expect(operations[0]!.at).toBe('2026-11-28T10:00:04.000Z');
  });

  it('pages newest first with a stable cursor, and keeps the newest 1,000', async () => {
    const { service } = setup();
    for (let i = 0; i < LIMITS_INBOX.operationsPerScope + 5; i++) await service.patchProfile(A, { facts: { n: i } });
    const first = await service.listOperations(A, { limit: 400 });
    expect(first.total).toBe(1000);
    expect(first.operations[0]!.changes[0]!.after).toBe(1004);
    const second = await service.listOperations(A, { limit: 400, cursor: first.next_cursor! });
    expect(second.operations[0]!.changes[0]!.after).toBe(604);
    const third = await service.listOperations(A, { limit: 400, cursor: second.next_cursor! });
    expect(third.operations).toHaveLength(200);
    expect(third.operations[199]!.changes[0]!.after).toBe(5); // the oldest kept
    expect(third.next_cursor).toBeNull();
  });

  it('is kept per scope; an operation id of another scope or account answers not_found', async () => {
    const { service } = setup();
    await service.patchProfile(A, { facts: { role: 'x' }, collection_id: 'c1' });
    const [op] = (await service.listOperations(A, { collection_id: 'c1' })).operations;
    expect((await service.listOperations(A, {})).total).toBe(0);
    expect((await service.listOperations('other', { collection_id: 'c1' })).total).toBe(0);
    for (const [account, collection_id] of [
      [A, null],
      [A, 'c2'],
      ['other', 'c1'],
    ] as const) {
      const err = await rejects(service.undoOperation(account, { id: op!.id, collection_id }));
      expect(err.code).toBe('not_found');
    }
  });

  it('delete_profile forgets facts, proposals and activity; it is no operation and cannot be undone', async () => {
    const { service, store } = setup();
    await service.patchProfile(A, { facts: { location: 'Calgary' } });
    await learnFrom(service, offline, A, { messages: [user('I live in Halifax.')] });
    expect((await service.listPending(A, {})).total).toBe(1);
    expect(await service.deleteProfile(A, { confirm: true })).toEqual({ deleted: 1, collection_id: null });
    const doc = await store.read({ account: A, collection_id: null });
    expect(doc).toMatchObject({ facts: [], sessions: [], proposals: [], rejections: [], activity: [] });
  });
});

describe('undo_operation', () => {
  it('restores a deleted fact with its id and history, as a new operation that can be undone in turn', async () => {
    const { service, store, advance } = setup();
    const f = await service.createFact(A, { key: 'role', value: 'Engineer' });
    advance(1000);
    await service.updateFact(A, { id: f.id, value: 'Lead' });
    const before = JSON.stringify((await store.read({ account: A, collection_id: null })).facts);
    advance(1000);
    await service.deleteFact(A, { id: f.id });
    const [deleteOp] = (await service.listOperations(A, {})).operations;
    const preview = await service.undoOperation(A, { id: deleteOp!.id, dry_run: true });
    expect(preview).toMatchObject({
      status: 'preview',
      would_create: 1,
      would_update: 0,
      would_delete: 0,
      message: 'Would update 0, create 1 profile facts',
      changes: [{ key: 'role', action: 'create', before: null, after: 'Lead', fact_id: f.id, bucket: 'static', category: 'role' }],
    });
    expect((await service.listOperations(A, {})).total).toBe(3); // a preview writes nothing
    advance(1000);
    const undo = await service.undoOperation(A, { id: deleteOp!.id }, REST);
    expect(undo).toMatchObject({
      status: 'success',
      undone: deleteOp!.id,
      changes: [{ key: 'role', fact_id: f.id, action: 'create', before: null, after: 'Lead' }],
    });
    expect(JSON.stringify((await store.read({ account: A, collection_id: null })).facts)).toBe(before);
    const listed = (await service.listOperations(A, {})).operations;
    expect(listed[0]).toMatchObject({ id: undo.operation_id, operation: 'undo_operation', undoes: deleteOp!.id, actor: REST });
    expect(listed[1]).toMatchObject({ id: deleteOp!.id, undone_by: undo.operation_id });
    // Undo of the undo deletes it again; the original stands again.
    const redo = await service.undoOperation(A, { id: undo.operation_id! });
    expect(redo.changes).toMatchObject([{ key: 'role', action: 'delete' }]);
    expect((await service.listFacts(A, {})).total).toBe(0);
    expect((await service.listOperations(A, {})).operations.find((op) => op.id === deleteOp!.id)!.undone_by).toBeNull();
  });

  it('refuses with conflict (naming them) when later operations changed the same keys, and changes nothing', async () => {
    const { service, store } = setup();
    await service.patchProfile(A, { facts: { role: 'Engineer', company: 'Acme' } });
    await service.patchProfile(A, { facts: { role: 'Lead' } });
    await service.patchProfile(A, { facts: { timezone: 'UTC' } }); // other key: no conflict
    const ops = (await service.listOperations(A, {})).operations;
    const before = JSON.stringify(await store.read({ account: A, collection_id: null }));
    const err = await rejects(service.undoOperation(A, { id: ops[2]!.id }));
    expect(err.code).toBe('conflict');
    expect(err.details).toMatchObject({ id: ops[2]!.id, operations: [ops[1]!.id], keys: ['role'] });
    expect(JSON.stringify(await store.read({ account: A, collection_id: null }))).toBe(before);
    // Undo the later one first (newest first), then the earlier one goes through.
    await service.undoOperation(A, { id: ops[1]!.id });
    await service.undoOperation(A, { id: ops[2]!.id });
    expect((await service.getProfile(A, {})).timezone).toBe('UTC');
    expect((await service.listFacts(A, {})).facts.map((f) => f.key)).toEqual(['timezone']);
    // An operation already undone cannot be undone twice.
    expect((await rejects(service.undoOperation(A, { id: ops[1]!.id }))).code).toBe('conflict');
  });

  it('puts resolved proposals back into the inbox and lifts a rejection', async () => {
    const { service } = setup();
    await service.patchProfile(A, { facts: { location: 'Calgary' } });
    await learnFrom(service, offline, A, { messages: [user('I live in Halifax.')] });
    const [proposal] = (await service.listPending(A, {})).proposals;
    await service.resolvePending(A, { ids: [proposal!.id], decision: 'reject' }, REST);
    const [op] = (await service.listOperations(A, {})).operations;
    expect(op).toMatchObject({
      operation: 'resolve_pending',
      changes: [],
      proposals: [{ id: proposal!.id, key: 'location', after: 'Halifax', decision: 'reject', effect: 'resolved' }],
    });
    await service.undoOperation(A, { id: op!.id });
    expect((await service.listPending(A, {})).proposals).toEqual([proposal]);
    // The rejection is lifted: the same value may be proposed again.
    const again = await learnFrom(service, offline, A, { messages: [user('I live in Halifax.')] });
    expect(again.changes).toMatchObject([{ action: 'conflict' }]);
  });
});

describe('review inbox', () => {
  async function withConflicts(service: ProfileService) {
    await service.patchProfile(A, { facts: { location: 'Calgary', role: 'CTO' } });
    await learnFrom(service, offline, A, { messages: [user('I live in Halifax.')] });
    await learnFrom(service, offline, A, { messages: [user("I'm a nurse.")] });
    return (await service.listPending(A, {})).proposals;
  }

  it('lists proposals oldest first, in pages', async () => {
    const { service } = setup();
    const proposals = await withConflicts(service);
    expect(proposals.map((p) => p.key)).toEqual(['location', 'role']);
    const page = await service.listPending(A, { limit: 1 });
    expect(page).toMatchObject({ total: 2, proposals: [{ key: 'location' }] });
    expect((await service.listPending(A, { limit: 1, cursor: page.next_cursor! })).proposals).toMatchObject([{ key: 'role' }]);
  });

  it("accept with an edited value writes that value as the person's word", async () => {
    const { service } = setup();
    const [location] = await withConflicts(service);
    const result = await service.resolvePending(A, { ids: [location!.id], decision: 'accept', value: 'Halifax, NS' });
    expect(result).toMatchObject({ accepted: 1, rejected: 0, facts: [{ key: 'location', value: 'Halifax, NS', source: 'manual', confidence: 1 }] });
    const fact = await service.getFact(A, { id: result.facts[0]!.id });
    expect(fact.history).toMatchObject([{ value: 'Calgary', source: 'manual' }]);
    expect((await service.listPending(A, {})).proposals.map((p) => p.key)).toEqual(['role']);
  });

  it('all: true resolves everything; unknown ids resolve nothing', async () => {
    const { service } = setup();
    const proposals = await withConflicts(service);
    const err = await rejects(service.resolvePending(A, { ids: [proposals[0]!.id, 'prop_nope'], decision: 'accept' }));
    expect(err.code).toBe('not_found');
    expect((await service.listPending(A, {})).total).toBe(2);
    expect(await service.resolvePending(A, { all: true, decision: 'accept' })).toMatchObject({
      accepted: 2,
      rejected: 0,
      facts: [
        { key: 'location', value: 'Halifax' },
        { key: 'role', value: 'nurse' },
      ],
    });
    expect((await service.listPending(A, {})).total).toBe(0);
  });

  it('validates its input: ids or all, a value only to accept one proposal', async () => {
    const { service } = setup();
    const proposals = await withConflicts(service);
    const ids = proposals.map((p) => p.id);
    for (const params of [
      { decision: 'accept' as const },
      { ids, all: true as const, decision: 'accept' as const },
      { ids, decision: 'accept' as const, value: 'x' },
      { ids: [ids[0]!], decision: 'reject' as const, value: 'x' },
      { ids: [ids[0]!], decision: 'accept' as const, value: null },
    ]) {
      expect((await rejects(service.resolvePending(A, params))).code).toBe('validation_error');
    }
    expect((await service.listPending(A, {})).total).toBe(2);
  });

  it('creating proposals is no operation, but it announces a change like any write', async () => {
    const { service } = setup();
    await service.patchProfile(A, { facts: { location: 'Calgary' } });
    const seen: unknown[] = [];
    service.onChange((c) => seen.push(c));
    await learnFrom(service, offline, A, { messages: [user('I live in Halifax.')] });
    expect(seen).toEqual([{ account: A, collection_id: null }]);
    expect((await service.listOperations(A, {})).total).toBe(1);
  });

  it('keeps at most 500 proposals, dropping the oldest', async () => {
    const { service, store } = setup();
    const stored = (i: number): StoredProposal => ({
      id: `prop_${String(i).padStart(26, '0')}`,
      key: `k${i}`,
      action: 'create',
      before: null,
      after: i,
      bucket: 'static',
      category: 'other',
      confidence: 0.8,
      evidence: `I said ${i}`,
      fact_id: null,
      collection_id: null,
      created_at: '2026-11-28T10:00:00.000Z',
      ttl_seconds: null,
    });
    await store.update({ account: A, collection_id: null }, (doc) => ({
      doc: { ...doc, proposals: Array.from({ length: 500 }, (_, i) => stored(i)) },
      result: null,
    }));
    await service.patchProfile(A, { facts: { location: 'Calgary' } });
    await learnFrom(service, offline, A, { messages: [user('I live in Halifax.')] });
    const page = await service.listPending(A, { limit: 1 });
    expect(page.total).toBe(500);
    expect(page.proposals[0]!.key).toBe('k1');
  });
});
