import { afterEach, describe, expect, it } from 'vitest';
import { ProfileError } from '../../src/profiles/errors.js';
import { ProfileService } from '../../src/profiles/service.js';
import { appendTurns, sessionHistory } from '../../src/profiles/sessions.js';
import { learnFrom } from '../../src/profiles/learn.js';
import { exportAccount, importDocument } from '../../src/profiles/transfer.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { tracked, type StoreHarness } from './harness.js';

const T0 = Date.parse('2026-11-28T10:00:00.000Z');

/** ProfileService rules that depend on the store, run on top of one adapter. */
export function serviceContract(label: string, base: StoreHarness, enabled = true): void {
  const harness = tracked(base);
  afterEach(() => harness.closeAll());

  async function services(location: string, start = T0) {
    let now = start;
    const clock = () => now;
    const a = new ProfileService({ store: await harness.open(location), clock });
    const b = new ProfileService({ store: await harness.open(location), clock });
    return { a, b, advance: (ms: number) => (now += ms) };
  }

  describe.runIf(enabled)(`ProfileService on ${label}`, () => {
    it('every verb writes through and reads back from another instance', async () => {
      const { a, b } = await services(await harness.fresh());
      const patched = await a.patchProfile('acme', { facts: { name: 'Ada', role: 'Engineer', company: 'Acme' }, collection_id: 'c1' });
      expect(patched).toMatchObject({ status: 'success', created: 3 });
      const created = await a.createFact('acme', { key: 'Favourite Food', value: ['pho'], bucket: 'dynamic', collection_id: 'c1' });
      expect(created.key).toBe('favourite_food');
      const updated = await b.updateFact('acme', { id: created.id, value: ['ramen'], collection_id: 'c1' });
      expect(updated.value).toEqual(['ramen']);
      const role = (await b.listFacts('acme', { key: 'role', collection_id: 'c1' })).facts[0]!;
      expect(await a.deleteFact('acme', { id: role.id, collection_id: 'c1' })).toEqual({ deleted: true, id: role.id });
      const profile = await b.getProfile('acme', { collection_id: 'c1' });
      expect(profile.name).toBe('Ada');
      expect(profile.profile.static.map((f) => f.key)).toEqual(['company']);
      expect(profile.profile.dynamic.map((f) => f.key)).toEqual(['favourite_food']);
      const withHistory = await b.getFact('acme', { id: created.id, collection_id: 'c1' });
      expect(withHistory.history.map((h) => h.value)).toEqual([['pho']]);
      // Scoped: not visible globally, in another collection or another account.
      expect((await b.getProfile('acme', {})).fact_count).toBe(0);
      expect((await b.getProfile('acme', { collection_id: 'c2' })).fact_count).toBe(0);
      expect((await b.getProfile('other', { collection_id: 'c1' })).fact_count).toBe(0);
      await expect(b.getFact('other', { id: created.id, collection_id: 'c1' })).rejects.toMatchObject({ code: 'not_found' });
      expect((await a.listCollections('acme', {})).collections.map((c) => c.collection_id)).toEqual(['c1']);
    });

    it('create on an existing key conflicts, from either instance', async () => {
      const { a, b } = await services(await harness.fresh());
      const first = await a.createFact('acme', { key: 'role', value: 'Engineer' });
      const err = await b.createFact('acme', { key: 'role', value: 'PM' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ProfileError);
      expect(err).toMatchObject({ code: 'conflict', details: { id: first.id, key: 'role' } });
    });

    it('an expired fact is gone: its key can be created again and nothing conflicts in storage', async () => {
      const location = await harness.fresh();
      const { a, b, advance } = await services(location);
      const short = await a.createFact('acme', { key: 'mood', value: 'busy', ttl_seconds: 60 });
      await a.patchProfile('acme', { facts: { keep: 1 } });
      advance(61_000);
      await expect(b.getFact('acme', { id: short.id })).rejects.toMatchObject({ code: 'not_found' });
      const again = await b.createFact('acme', { key: 'mood', value: 'calm' });
      expect(again.id).not.toBe(short.id);
      const facts = (await (await services(location, T0 + 61_000)).a.listFacts('acme', {})).facts;
      expect(facts.map((f) => [f.key, f.value])).toEqual([
        ['keep', 1],
        ['mood', 'calm'],
      ]);
      // The expired fact was purged by the write, not just hidden.
      const stored = await (await harness.open(location)).read({ account: 'acme', collection_id: null });
      expect(stored.facts.map((f) => f.id)).not.toContain(short.id);
    });

    it('concurrent writes from two instances lose nothing', async () => {
      const { a, b } = await services(await harness.fresh());
      await Promise.all(Array.from({ length: 24 }, (_, i) => (i % 2 ? a : b).patchProfile('acme', { facts: { [`k${i}`]: i }, collection_id: 'busy' })));
      const listed = await a.listFacts('acme', { collection_id: 'busy', limit: 500 });
      expect(listed.total).toBe(24);
    });

    it('delete_profile removes facts and sessions; sessions are scoped like facts', async () => {
      const { a, b } = await services(await harness.fresh());
      const scope = { account: 'acme', collection_id: 'c1' };
      await a.patchProfile('acme', { facts: { role: 'Engineer' }, collection_id: 'c1' });
      await appendTurns(a, scope, 'sess_1', [
        { role: 'user', content: 'q' },
        { role: 'assistant', content: 'a' },
      ]);
      expect(await sessionHistory(b, scope, 'sess_1')).toEqual([
        { role: 'user', content: 'q' },
        { role: 'assistant', content: 'a' },
      ]);
      expect(await sessionHistory(b, { account: 'acme', collection_id: null }, 'sess_1')).toEqual([]);
      expect(await sessionHistory(b, { account: 'other', collection_id: 'c1' }, 'sess_1')).toEqual([]);
      expect(await b.deleteProfile('acme', { collection_id: 'c1', confirm: true })).toEqual({ deleted: 1, collection_id: 'c1' });
      expect(await sessionHistory(a, scope, 'sess_1')).toEqual([]);
      expect((await a.getProfile('acme', { collection_id: 'c1' })).fact_count).toBe(0);
      expect((await a.listCollections('acme', {})).collections).toEqual([]);
    });

    it('proposals, activity and undo persist exactly and work from another instance', async () => {
      const location = await harness.fresh();
      const { a, b, advance } = await services(location);
      const offline = new OfflineReasoner();
      const say = (content: string) => ({ messages: [{ role: 'user' as const, content }], collection_id: 'c1' });
      await a.patchProfile('acme', { facts: { location: 'Calgary', role: 'Engineer' }, collection_id: 'c1' });
      advance(1000);
      await learnFrom(a, offline, 'acme', say('I live in Halifax.'));
      await learnFrom(a, offline, 'acme', say('I love surfing.'), { actor: { transport: 'rest', key_id: 'key_1' } });
      const pending = await b.listPending('acme', { collection_id: 'c1' });
      expect(pending.proposals).toMatchObject([{ key: 'location', action: 'conflict', before: 'Calgary', after: 'Halifax' }]);
      advance(1000);
      await b.resolvePending('acme', { ids: [pending.proposals[0]!.id], decision: 'accept', collection_id: 'c1' });
      for (let i = 0; i < 40; i++) await a.patchProfile('acme', { facts: { n: i }, collection_id: 'c1' });
      const ops = await b.listOperations('acme', { collection_id: 'c1', limit: 500 });
      expect(ops.total).toBe(43); // the conflict alone is no operation
      expect(ops.operations.at(-2)).toMatchObject({
        operation: 'learn',
        actor: { transport: 'rest', key_id: 'key_1' },
        changes: [{ key: 'interests', action: 'create' }],
      });
      expect(ops.operations.at(-3)).toMatchObject({ operation: 'resolve_pending', changes: [{ key: 'location', before: 'Calgary', after: 'Halifax' }] });
      expect(ops).toEqual(await a.listOperations('acme', { collection_id: 'c1', limit: 500 }));
      // Undo from the other instance: newest first back to before the acceptance.
      for (const op of ops.operations.slice(0, 41)) await (op.changes[0]!.after === 39 ? b : a).undoOperation('acme', { id: op.id, collection_id: 'c1' });
      expect((await b.listFacts('acme', { key: 'location', collection_id: 'c1' })).facts[0]).toMatchObject({ value: 'Calgary', source: 'manual' });
      expect((await a.listPending('acme', { collection_id: 'c1' })).proposals).toEqual(pending.proposals);
      const stored = async (store: Awaited<ReturnType<typeof harness.open>>) => JSON.stringify(await store.read({ account: 'acme', collection_id: 'c1' }));
      expect(await stored(await harness.open(location))).toBe(await stored(a.store));
      expect(await stored(b.store)).toBe(await stored(a.store));
    });

    it('export then import into a fresh store reproduces the account', async () => {
      const { a } = await services(await harness.fresh());
      await a.patchProfile('acme', { facts: { name: 'Ada', role: 'Engineer' } });
      await a.patchProfile('acme', { facts: { role: 'CTO' } });
      await a.patchProfile('acme', { facts: { tool: { editor: 'vim', tabs: false } }, collection_id: 'c1' });
      await appendTurns(a, { account: 'acme', collection_id: 'c1' }, 'sess_1', [{ role: 'user', content: 'hi' }]);
      const exported = await exportAccount(a, 'acme');
      const { a: target } = await services(await harness.fresh());
      expect(await importDocument(target, 'acme', exported)).toMatchObject({ created: 3, updated: 0 });
      const again = await exportAccount(target, 'acme');
      expect({ ...again, exported_at: null }).toEqual({ ...exported, exported_at: null });
    });
  });
}
