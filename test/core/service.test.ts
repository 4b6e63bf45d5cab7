import { describe, expect, it } from 'vitest';
import { ProfileService } from '../../src/profiles/service.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ProfileError } from '../../src/profiles/errors.js';

const A = 'acct_a';

function setup(start = Date.parse('2026-11-28T10:00:00.000Z')) {
  let now = start;
  const service = new ProfileService({ store: new MemoryStore(), clock: () => now });
  return { service, advance: (ms: number) => (now += ms) };
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

describe('get_profile', () => {
  it('puts name/timezone/language at the top level and every other fact in its bucket, ordered by key', async () => {
    const { service } = setup();
    await service.patchProfile(A, { facts: { name: 'John Doe', timezone: 'UTC', language: 'en', role: 'Engineer', company: 'Acme' } });
    await service.createFact(A, { key: 'current_project', value: 'talk prep', bucket: 'dynamic' });
    const p = await service.getProfile(A, {});
    expect(p.name).toBe('John Doe');
    expect(p.timezone).toBe('UTC');
    expect(p.language).toBe('en');
    expect(p.collection_id).toBeNull();
    expect(p.profile.static.map((f) => f.key)).toEqual(['company', 'role']);
    expect(p.profile.dynamic.map((f) => f.key)).toEqual(['current_project']);
    expect(p.fact_count).toBe(6);
    const role = p.profile.static[1]!;
    expect(Object.keys(role).sort()).toEqual(
      ['bucket', 'category', 'collection_id', 'confidence', 'created_at', 'expires_at', 'id', 'key', 'source', 'updated_at', 'value'].sort(),
    );
    expect(role).toMatchObject({ category: 'role', bucket: 'static', confidence: 1, source: 'manual', expires_at: null });
    expect(role.id).toMatch(/^fact_[0-9A-Z]{26}$/);
  });

  it('returns nulls and empty buckets for an unknown scope', async () => {
    const { service } = setup();
    expect(await service.getProfile(A, { collection_id: 'nobody' })).toEqual({
      name: null,
      timezone: null,
      language: null,
      collection_id: 'nobody',
      profile: { static: [], dynamic: [] },
      fact_count: 0,
    });
  });

  it('keeps the flat fields as stored JSON values', async () => {
    const { service } = setup();
    await service.patchProfile(A, { facts: { name: { first: 'Ada', last: 'Lovelace' } } });
    expect((await service.getProfile(A, {})).name).toEqual({ first: 'Ada', last: 'Lovelace' });
  });
});

describe('patch_profile', () => {
  it('creates, updates, counts unchanged and reports the seed message', async () => {
    const { service } = setup();
    const first = await service.patchProfile(A, { facts: { role: 'Engineer', company: 'Acme Inc' } });
    expect(first).toMatchObject({
      status: 'success',
      updated: 0,
      created: 2,
      deleted: 0,
      unchanged: 0,
      message: 'Updated 0, created 2 profile facts',
      collection_id: null,
    });
    const second = await service.patchProfile(A, { facts: { role: 'Senior Engineer', company: 'Acme Inc', timezone: 'UTC' } });
    expect(second).toMatchObject({ updated: 1, created: 1, unchanged: 1, message: 'Updated 1, created 1 profile facts' });
    expect(second.facts!.map((f) => [f.key, f.value])).toEqual([
      ['company', 'Acme Inc'],
      ['role', 'Senior Engineer'],
      ['timezone', 'UTC'],
    ]);
    expect(second.facts!.find((f) => f.key === 'timezone')!.category).toBe('timezone');
  });

  it('deletes with null and appends ", deleted N" to the message', async () => {
    const { service } = setup();
    await service.patchProfile(A, { facts: { a: 1, b: 2, c: 3 } });
    const r = await service.patchProfile(A, { facts: { a: null, b: null, c: 4, zz: null } });
    expect(r).toMatchObject({ updated: 1, created: 0, deleted: 2, unchanged: 1, message: 'Updated 1, created 0 profile facts, deleted 2' });
    expect(r.facts!.map((f) => f.key)).toEqual(['c']);
    expect((await service.getProfile(A, {})).fact_count).toBe(1);
  });

  it('updates in place: same id, old value pushed to history', async () => {
    const { service, advance } = setup();
    const [created] = (await service.patchProfile(A, { facts: { role: 'Engineer' } })).facts!;
    advance(1000);
    const [updated] = (await service.patchProfile(A, { facts: { role: 'Manager' } })).facts!;
    expect(updated!.id).toBe(created!.id);
    expect(updated!.created_at).toBe(created!.created_at);
    expect(updated!.updated_at > created!.updated_at).toBe(true);
    const fact = await service.getFact(A, { id: created!.id });
    expect(fact.history).toEqual([{ value: 'Engineer', confidence: 1, source: 'manual', updated_at: created!.updated_at }]);
  });

  it('normalises keys: trim, lower-case, runs of spaces/hyphens to "_"', async () => {
    const { service } = setup();
    const r = await service.patchProfile(A, { facts: { '  Favourite -  Editor ': 'vim' } });
    expect(r.facts![0]!.key).toBe('favourite_editor');
  });

  it('treats deep-equal JSON values as unchanged regardless of key order', async () => {
    const { service } = setup();
    await service.patchProfile(A, { facts: { prefs: { a: 1, b: [1, 2] } } });
    const r = await service.patchProfile(A, { facts: { prefs: { b: [1, 2], a: 1 } } });
    expect(r).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('rejects the whole patch, listing every problem, and writes nothing', async () => {
    const { service } = setup();
    await service.patchProfile(A, { facts: { keep: 'x' } });
    const raw = JSON.parse('{"ok": 1, "__proto__": 2, "1abc": 3, "collection_id": 4, "Dry Run": 5, "big": "' + 'x'.repeat(9000) + '", "Role": 6, "role": 7}');
    const err = await rejects(service.patchProfile(A, { facts: raw }));
    expect(err.code).toBe('validation_error');
    const fields = (err.details as Array<{ field: string }>).map((d) => d.field);
    expect(fields).toEqual(['facts.__proto__', 'facts.1abc', 'facts.collection_id', 'facts.Dry Run', 'facts.big', 'facts.role']);
    const p = await service.getProfile(A, {});
    expect(p.fact_count).toBe(1);
    expect(({} as Record<string, unknown>).ok).toBeUndefined();
  });

  it('accepts "constructor" and other Object.prototype names as ordinary keys without pollution', async () => {
    const { service } = setup();
    const r = await service.patchProfile(A, { facts: JSON.parse('{"constructor": "c", "tostring": "t", "hasownproperty": 1}') });
    expect(r.created).toBe(3);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it('rejects a non-object facts value', async () => {
    const { service } = setup();
    for (const facts of [null, [1], 'x', 3]) {
      expect((await rejects(service.patchProfile(A, { facts }))).code).toBe('validation_error');
    }
  });

  it('enforces 8 KiB per value exactly', async () => {
    const { service } = setup();
    const fits = 'x'.repeat(8192 - 2); // JSON string quotes count
    await service.patchProfile(A, { facts: { fits } });
    const err = await rejects(service.patchProfile(A, { facts: { over: `${fits}y` } }));
    expect(err.code).toBe('validation_error');
    expect(err.message).toContain('8192');
  });

  it('dry_run previews with before/after and writes nothing', async () => {
    const { service } = setup();
    await service.patchProfile(A, { facts: { role: 'Engineer', old: 1 }, collection_id: 'coll_123' });
    const before = await service.getProfile(A, { collection_id: 'coll_123' });
    const preview = await service.patchProfile(A, {
      facts: { role: 'Product Manager', timezone: 'America/New_York', old: null },
      collection_id: 'coll_123',
      dry_run: true,
    });
    expect(preview).toMatchObject({
      status: 'preview',
      would_update: 1,
      would_create: 1,
      would_delete: 1,
      unchanged: 0,
      message: 'Would update 1, create 1 profile facts, delete 1',
      collection_id: 'coll_123',
    });
    expect(preview.changes).toEqual([
      { key: 'old', action: 'delete', before: 1, after: null, fact_id: expect.stringMatching(/^fact_/), bucket: 'static', category: 'other' },
      {
        key: 'role',
        action: 'update',
        before: 'Engineer',
        after: 'Product Manager',
        fact_id: expect.stringMatching(/^fact_/),
        bucket: 'static',
        category: 'role',
      },
      { key: 'timezone', action: 'create', before: null, after: 'America/New_York', fact_id: null, bucket: 'static', category: 'timezone' },
    ]);
    expect(await service.getProfile(A, { collection_id: 'coll_123' })).toEqual(before);
  });

  it('enforces 10,000 facts per scope, counting only live facts', async () => {
    const { service, advance } = setup();
    const many: Record<string, number> = {};
    for (let i = 0; i < 10_000; i++) many[`k${i}`] = i;
    await service.patchProfile(A, { facts: many });
    const err = await rejects(service.patchProfile(A, { facts: { one_more: 1 } }));
    expect(err.message).toContain('10000');
    // replacing and deleting stay possible at the limit
    await service.patchProfile(A, { facts: { k1: 'changed', k2: null, new_one: 1 } });
    await service.patchProfile(A, { facts: { k3: null } });
    const short = await service.createFact(A, { key: 'short', value: 1, ttl_seconds: 5 });
    expect(short.key).toBe('short');
    expect((await rejects(service.createFact(A, { key: 'x', value: 1 }))).code).toBe('validation_error');
    advance(6000); // the expired fact no longer counts
    await service.createFact(A, { key: 'x', value: 1 });
  });
});

describe('fact CRUD', () => {
  it('create -> conflict on an existing key, with the existing id in details', async () => {
    const { service } = setup();
    const f = await service.createFact(A, { key: 'Role', value: 'Engineer', category: 'expertise', confidence: 0.7 });
    expect(f).toMatchObject({ key: 'role', category: 'expertise', confidence: 0.7, source: 'manual', bucket: 'static' });
    const err = await rejects(service.createFact(A, { key: 'role', value: 'x' }));
    expect(err.code).toBe('conflict');
    expect(err.details).toMatchObject({ id: f.id });
  });

  it('create defaults the category to the key when it is a category name, else other', async () => {
    const { service } = setup();
    expect((await service.createFact(A, { key: 'goals', value: ['ship'] })).category).toBe('goals');
    expect((await service.createFact(A, { key: 'company', value: 'Acme' })).category).toBe('other');
  });

  it('create rejects a null value and an invalid key', async () => {
    const { service } = setup();
    const err = await rejects(service.createFact(A, { key: '9lives', value: null }));
    expect((err.details as Array<{ field: string }>).map((d) => d.field)).toEqual(['key', 'value']);
  });

  it('update changes value and metadata, keeps history newest first, at most 20', async () => {
    const { service, advance } = setup();
    const f = await service.createFact(A, { key: 'mood', value: 0 });
    for (let i = 1; i <= 25; i++) {
      advance(1000);
      await service.updateFact(A, { id: f.id, value: i });
    }
    const updated = await service.updateFact(A, { id: f.id, bucket: 'dynamic', category: 'personality_traits' });
    expect(updated).toMatchObject({ value: 25, bucket: 'dynamic', category: 'personality_traits', confidence: 1, source: 'manual' });
    const full = await service.getFact(A, { id: f.id });
    expect(full.history).toHaveLength(20);
    expect(full.history[0]!.value).toBe(24);
    expect(full.history[19]!.value).toBe(5);
  });

  it('update with ttl_seconds sets an expiry; null removes it', async () => {
    const { service } = setup();
    const f = await service.createFact(A, { key: 'k', value: 1 });
    expect((await service.updateFact(A, { id: f.id, ttl_seconds: 60 })).expires_at).toBe('2026-11-28T10:01:00.000Z');
    expect((await service.updateFact(A, { id: f.id, ttl_seconds: null })).expires_at).toBeNull();
  });

  it('delete removes the fact; its id then answers not_found', async () => {
    const { service } = setup();
    const f = await service.createFact(A, { key: 'k', value: 1 });
    expect(await service.deleteFact(A, { id: f.id })).toEqual({ deleted: true, id: f.id });
    // rejects() handles each at once: awaited one after another, a later rejection would go unhandled for a moment.
    for (const err of await Promise.all(
      [service.getFact(A, { id: f.id }), service.updateFact(A, { id: f.id, value: 2 }), service.deleteFact(A, { id: f.id })].map(rejects),
    )) {
      expect(err.code).toBe('not_found');
    }
  });

  it('expired facts are gone for every purpose and purged on the next write', async () => {
    const { service, advance } = setup();
    const f = await service.createFact(A, { key: 'temp', value: 'x', ttl_seconds: 10, bucket: 'dynamic' });
    expect((await service.getProfile(A, {})).profile.dynamic).toHaveLength(1);
    advance(10_001);
    expect((await service.getProfile(A, {})).fact_count).toBe(0);
    expect((await service.listFacts(A, {})).total).toBe(0);
    expect((await rejects(service.getFact(A, { id: f.id }))).code).toBe('not_found');
    const again = await service.createFact(A, { key: 'temp', value: 'y' }); // no conflict
    expect(again.id).not.toBe(f.id);
    const doc = await service.store.read({ account: A, collection_id: null });
    expect(doc.facts.map((x) => x.id)).toEqual([again.id]);
  });
});

describe('scoping', () => {
  it('a scoped read never shows global or other collections; by-id access outside the scope is not_found', async () => {
    const { service } = setup();
    const g = await service.createFact(A, { key: 'role', value: 'global' });
    const c1 = await service.createFact(A, { key: 'role', value: 'c1', collection_id: 'c1' });
    await service.createFact(A, { key: 'role', value: 'c2', collection_id: 'c2' });
    await service.createFact('other_account', { key: 'role', value: 'other', collection_id: 'c1' });
    expect((await service.getProfile(A, { collection_id: 'c1' })).profile.static.map((f) => f.value)).toEqual(['c1']);
    expect((await service.getProfile(A, {})).profile.static.map((f) => f.value)).toEqual(['global']);
    expect((await service.listFacts(A, { collection_id: 'c2' })).facts.map((f) => f.value)).toEqual(['c2']);
    expect(c1.collection_id).toBe('c1');
    for (const err of await Promise.all(
      [
        service.getFact(A, { id: g.id, collection_id: 'c1' }),
        service.getFact(A, { id: c1.id }),
        service.getFact(A, { id: c1.id, collection_id: 'c2' }),
        service.getFact('other_account', { id: c1.id, collection_id: 'c1' }),
        service.deleteFact(A, { id: c1.id, collection_id: 'c2' }),
        service.updateFact(A, { id: g.id, collection_id: 'c1', value: 'x' }),
      ].map(rejects),
    )) {
      expect(err.code).toBe('not_found');
    }
  });

  it('delete_profile needs confirm: true and removes only its scope', async () => {
    const { service } = setup();
    await service.patchProfile(A, { facts: { a: 1, b: 2 }, collection_id: 'c1' });
    await service.patchProfile(A, { facts: { a: 1 } });
    expect((await rejects(service.deleteProfile(A, { collection_id: 'c1' }))).code).toBe('validation_error');
    expect(await service.deleteProfile(A, { collection_id: 'c1', confirm: true })).toEqual({ deleted: 2, collection_id: 'c1' });
    expect((await service.getProfile(A, { collection_id: 'c1' })).fact_count).toBe(0);
    expect((await service.getProfile(A, {})).fact_count).toBe(1);
    expect(await service.deleteProfile(A, { collection_id: 'c1', confirm: true })).toEqual({ deleted: 0, collection_id: 'c1' });
  });
});

describe('list_facts and list_collections', () => {
  it('filters by bucket, category, key and q, and pages with a stable cursor', async () => {
    const { service } = setup();
    const facts: Record<string, string> = {};
    for (let i = 0; i < 25; i++) facts[`k${String(i).padStart(2, '0')}`] = i % 2 ? 'Odd Value' : 'even';
    await service.patchProfile(A, { facts });
    await service.createFact(A, { key: 'dyn', value: 'Odd', bucket: 'dynamic', category: 'goals' });
    expect((await service.listFacts(A, { bucket: 'dynamic' })).facts.map((f) => f.key)).toEqual(['dyn']);
    expect((await service.listFacts(A, { category: 'goals' })).total).toBe(1);
    expect((await service.listFacts(A, { key: 'K03' })).facts.map((f) => f.key)).toEqual(['k03']);
    expect((await service.listFacts(A, { q: 'odd' })).total).toBe(13);
    expect((await service.listFacts(A, { q: 'K1' })).total).toBe(10);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await service.listFacts(A, { limit: 7, cursor });
      expect(page.total).toBe(26);
      seen.push(...page.facts.map((f) => f.key));
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(26);
  });

  it('rejects a cursor it did not issue', async () => {
    const { service } = setup();
    expect((await rejects(service.listFacts(A, { cursor: 'not a cursor!' }))).code).toBe('validation_error');
    expect((await rejects(service.listFacts(A, { cursor: 'abc' }))).code).toBe('validation_error');
  });

  it('lists collections with live facts, ordered by id, with counts and last update', async () => {
    const { service, advance } = setup();
    await service.patchProfile(A, { facts: { a: 1 }, collection_id: 'zeta' });
    advance(1000);
    await service.patchProfile(A, { facts: { a: 1, b: 2 }, collection_id: 'Alpha' });
    await service.createFact(A, { key: 'gone', value: 1, ttl_seconds: 1, collection_id: 'expiring' });
    await service.patchProfile(A, { facts: { a: 1 } }); // global is not a collection
    await service.patchProfile('someone_else', { facts: { a: 1 }, collection_id: 'theirs' });
    advance(2000);
    const r = await service.listCollections(A, {});
    expect(r).toEqual({
      collections: [
        { collection_id: 'Alpha', fact_count: 2, updated_at: '2026-11-28T10:00:01.000Z' },
        { collection_id: 'zeta', fact_count: 1, updated_at: '2026-11-28T10:00:00.000Z' },
      ],
      total: 2,
      next_cursor: null,
    });
    const page1 = await service.listCollections(A, { limit: 1 });
    expect(page1.collections.map((c) => c.collection_id)).toEqual(['Alpha']);
    const page2 = await service.listCollections(A, { limit: 1, cursor: page1.next_cursor! });
    expect(page2.collections.map((c) => c.collection_id)).toEqual(['zeta']);
    expect(page2.next_cursor).toBeNull();
  });
});

describe('change notifications', () => {
  it('announce committed changes only, with their scope', async () => {
    const { service } = setup();
    const seen: unknown[] = [];
    service.onChange((c) => seen.push(c));
    await service.patchProfile(A, { facts: { a: 1 }, collection_id: 'c' });
    await service.patchProfile(A, { facts: { a: 1 }, collection_id: 'c' }); // unchanged
    await service.patchProfile(A, { facts: { a: 2 }, dry_run: true }); // preview
    await rejects(service.patchProfile(A, { facts: { '!': 1 } })); // invalid
    await service.deleteProfile(A, { confirm: true });
    await service.createFact(A, { key: 'x', value: 1 });
    expect(seen).toEqual([
      { account: A, collection_id: 'c' },
      { account: A, collection_id: null },
    ]);
  });
});
