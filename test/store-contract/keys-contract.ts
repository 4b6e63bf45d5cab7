import { afterEach, describe, expect, it } from 'vitest';
import type { KeyStore } from '../../src/keys/port.js';

export interface KeyHarness {
  fresh(): Promise<string>;
  open(location: string, clock?: () => number): Promise<KeyStore>;
  /** Everything the adapter stored, as text (to prove no plaintext key is kept). */
  dump(location: string): Promise<string>;
}

/** The KeyStore port's contract, run against one adapter. */
export function keyStoreContract(label: string, harness: KeyHarness, enabled = true): void {
  const open: KeyStore[] = [];
  afterEach(async () => {
    for (const k of open.splice(0)) await k.close().catch(() => undefined);
  });
  const openKeys = async (location: string, clock?: () => number) => {
    const keys = await harness.open(location, clock);
    open.push(keys);
    return keys;
  };

  describe.runIf(enabled)(`KeyStore contract: ${label}`, () => {
    it('creates keys that verify as their account, stores only hashes, lists oldest first', async () => {
      const location = await harness.fresh();
      const keys = await openKeys(location);
      const a = await keys.create('acme');
      const b = await keys.create('beta');
      expect(a.key).toMatch(/^pmk_[A-Za-z0-9_-]{43}$/);
      expect(a.record).toEqual({
        id: expect.stringMatching(/^key_[0-9a-f]{16}$/),
        account: 'acme',
        collection_id: null,
        read_only: false,
        expires_at: null,
        created_at: expect.any(String),
        last_used_at: null,
        revoked_at: null,
      });
      expect(await keys.verify(a.key)).toEqual({ id: a.record.id, account: 'acme', collection_id: null, read_only: false, expires_at: null });
      expect(await keys.verify(b.key)).toEqual({ id: b.record.id, account: 'beta', collection_id: null, read_only: false, expires_at: null });
      expect(await keys.verify(`pmk_${'A'.repeat(43)}`)).toBeNull();
      expect(await keys.verify('')).toBeNull();
      expect(await keys.verify(a.key.slice(0, -1))).toBeNull();
      const listed = await keys.list();
      expect(listed.map((r) => r.id)).toEqual([a.record.id, b.record.id]);
      expect(Object.keys(listed[0]!).sort()).toEqual(['account', 'collection_id', 'created_at', 'expires_at', 'id', 'last_used_at', 'read_only', 'revoked_at']);
      const stored = await harness.dump(location);
      expect(stored).not.toContain(a.key);
      expect(stored).not.toContain(a.key.slice(4));
      expect(stored).toContain(a.record.id);
    });

    it('revoke stops a key at once in every instance; revoking twice keeps the first time; unknown ids give null', async () => {
      const location = await harness.fresh();
      let now = Date.parse('2026-11-28T10:00:00.000Z');
      const clock = () => now;
      const one = await openKeys(location, clock);
      const two = await openKeys(location, clock);
      const { key, record } = await one.create('acme');
      expect(await two.verify(key)).toEqual({ id: record.id, account: 'acme', collection_id: null, read_only: false, expires_at: null }); // created elsewhere
      const revoked = await two.revoke(record.id);
      expect(revoked).toMatchObject({ id: record.id, revoked_at: '2026-11-28T10:00:00.000Z' });
      expect(await one.verify(key)).toBeNull(); // revoked elsewhere
      expect(await two.verify(key)).toBeNull();
      now += 5_000;
      expect((await one.revoke(record.id))!.revoked_at).toBe('2026-11-28T10:00:00.000Z');
      expect(await one.revoke('key_0000000000000000')).toBeNull();
      const other = await one.create('acme');
      expect(await two.verify(other.key)).toEqual({ id: other.record.id, account: 'acme', collection_id: null, read_only: false, expires_at: null });
    });

    it('records last use at most once a minute per key, written on close', async () => {
      const location = await harness.fresh();
      let now = Date.parse('2026-11-28T10:00:00.000Z');
      const clock = () => now;
      const keys = await openKeys(location, clock);
      const { key, record } = await keys.create('acme');
      expect((await keys.list())[0]!.last_used_at).toBeNull();
      await keys.verify(key);
      const first = new Date(now).toISOString();
      expect((await keys.list())[0]!.last_used_at).toBe(first); // pending, already listed
      now += 30_000;
      await keys.verify(key);
      await keys.close();
      const reopened = await openKeys(location, clock);
      expect((await reopened.list())[0]).toMatchObject({ id: record.id, last_used_at: first });
      now += 31_000;
      await reopened.verify(key);
      await reopened.close();
      const third = await openKeys(location, clock);
      expect((await third.list())[0]!.last_used_at).toBe(new Date(now).toISOString());
    });

    it("keeps a key's limits (collection, read-only, expiry) and stops verifying it once expired", async () => {
      const location = await harness.fresh();
      let now = Date.parse('2026-12-01T00:00:00.000Z');
      const keys = await openKeys(location, () => now);
      const expires_at = new Date(now + 60_000).toISOString();
      const made = await keys.create('acme', { collection_id: 'c1', read_only: true, expires_at });
      expect(made.record).toMatchObject({ collection_id: 'c1', read_only: true, expires_at });
      expect(await keys.verify(made.key)).toEqual({ id: made.record.id, account: 'acme', collection_id: 'c1', read_only: true, expires_at });
      const other = await openKeys(location, () => now);
      expect((await other.list()).find((r) => r.id === made.record.id)).toMatchObject({ collection_id: 'c1', read_only: true, expires_at });
      now += 60_000;
      expect(await keys.verify(made.key)).toBeNull();
      expect(await other.verify(made.key)).toBeNull();
    });

    it('identity(id) answers for a key while it authenticates: null once revoked (in any instance) or expired, and for unknown ids', async () => {
      const location = await harness.fresh();
      let now = Date.parse('2026-12-01T00:00:00.000Z');
      const one = await openKeys(location, () => now);
      const two = await openKeys(location, () => now);
      const plain = await one.create('acme');
      const limited = await one.create('acme', { collection_id: 'c1', read_only: true, expires_at: new Date(now + 60_000).toISOString() });
      expect(await two.identity(plain.record.id)).toEqual({ id: plain.record.id, account: 'acme', collection_id: null, read_only: false, expires_at: null });
      expect(await two.identity(limited.record.id)).toEqual(await two.verify(limited.key));
      expect(await two.identity('key_0000000000000000')).toBeNull();
      await one.revoke(plain.record.id);
      expect(await two.identity(plain.record.id)).toBeNull();
      now += 60_000;
      expect(await one.identity(limited.record.id)).toBeNull();
    });
  });
}
