import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyScopeDoc, type ScopeDoc, type ScopeRef, type StoredOperation } from '../../src/profiles/model.js';
import type { Store } from '../../src/profiles/ports.js';
import { counter, doc, fact, richDoc, session, withFact } from './docs.js';
import { tracked, type StoreHarness } from './harness.js';

const WRITER = fileURLToPath(new URL('./fixtures/writer.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const G = (account = 'acme'): ScopeRef => ({ account, collection_id: null });
const C = (collection_id: string, account = 'acme'): ScopeRef => ({ account, collection_id });

const text = (d: ScopeDoc) => JSON.stringify(d);

/** Write a whole document (the mutation ignores what is stored). */
const put = (store: Store, scope: ScopeRef, d: ScopeDoc) => store.update(scope, () => ({ doc: d, result: 'ok' }));

/** Run `writers` x `writes` updates from `processes` child processes; returns the keys each acknowledged. */
async function childWriters(harness: StoreHarness, location: string, processes: number, writers: number, writes: number): Promise<string[]> {
  const runs = Array.from(
    { length: processes },
    (_, p) =>
      new Promise<string[]>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', WRITER, ...harness.childArgs(location), String(p), String(writers), String(writes)], {
          cwd: ROOT,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
        child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
        child.on('error', reject);
        child.on('exit', (code) => {
          if (code !== 0) return reject(new Error(`writer ${p} exited with ${code}: ${err.slice(-2000)}`));
          try {
            resolve((JSON.parse(out.trim().split('\n').pop()!) as { acknowledged: string[] }).acknowledged);
          } catch {
            reject(new Error(`writer ${p} printed no result: ${out.slice(-500)} ${err.slice(-2000)}`));
          }
        });
      }),
  );
  return (await Promise.all(runs)).flat();
}

/** The Store port's contract, run against one adapter. */
export function storeContract(label: string, base: StoreHarness, enabled = true): void {
  const harness = tracked(base);
  afterEach(() => harness.closeAll());

  describe.runIf(enabled)(`Store contract: ${label}`, () => {
    it('a read of an unknown scope is empty and creates nothing', async () => {
      const store = await harness.open(await harness.fresh());
      expect(await store.read(G())).toEqual(emptyScopeDoc());
      expect(await store.read(C('c1', 'nobody'))).toEqual(emptyScopeDoc());
      expect(await store.listAccounts()).toEqual([]);
      expect(await store.listCollections('nobody')).toEqual([]);
    });

    it('update runs the mutation on the stored document, stores its result and resolves with the result', async () => {
      const store = await harness.open(await harness.fresh());
      const first = doc([fact('a', 1)]);
      const seen: ScopeDoc[] = [];
      expect(await store.update(G(), (d) => (seen.push(d), { doc: first, result: 42 }))).toBe(42);
      expect(seen[0]).toEqual(emptyScopeDoc());
      const second = withFact(first, fact('b', 2));
      expect(await store.update(G(), (d) => (seen.push(d), { doc: second, result: 'two' }))).toBe('two');
      expect(text(seen[1]!)).toBe(text(first));
      expect(text(await store.read(G()))).toBe(text(second));
    });

    it('a mutation that returns no document writes nothing and still resolves', async () => {
      const location = await harness.fresh();
      const store = await harness.open(location);
      await put(store, G(), doc([fact('a', 1)]));
      const before = text(await store.read(G()));
      expect(await store.update(G(), (d) => ({ result: d.facts.length }))).toBe(1);
      expect(text(await (await harness.open(location)).read(G()))).toBe(before);
    });

    it('a throwing mutation changes nothing and rejects with its own error; others in the same batch commit', async () => {
      const location = await harness.fresh();
      const store = await harness.open(location);
      await put(store, G(), doc([fact('count', 0)]));
      const boom = new Error('mutation refused');
      const inc = (d: ScopeDoc) => ({ doc: withFact(d, fact('count', counter(d) + 1)), result: counter(d) + 1 });
      // Issued together, so an adapter may run them in one cycle; each sees the one before.
      const results = await Promise.allSettled([
        store.update(G(), inc),
        store.update(G(), () => {
          throw boom;
        }),
        store.update(G(), inc),
        store.update(G(), (d) => {
          // A mutation that builds a document and then throws: its document must not be kept.
          withFact(d, fact('half_done', 1));
          throw boom;
        }),
        store.update(G(), inc),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason).toBe(boom);
      expect(results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<number>).value)).toEqual([1, 2, 3]);
      const fresh = await harness.open(location);
      const stored = await fresh.read(G());
      expect(counter(stored)).toBe(3);
      expect(stored.facts.map((f) => f.key)).toEqual(['count']);
    });

    it('concurrent updates in one process each see the one before: nothing is lost', async () => {
      const store = await harness.open(await harness.fresh());
      const inc = (d: ScopeDoc) => ({ doc: withFact(d, fact('count', counter(d) + 1)), result: undefined });
      await Promise.all(Array.from({ length: 40 }, () => store.update(G(), inc)));
      expect(counter(await store.read(G()))).toBe(40);
    });

    it('lists accounts and their collections that have stored data, including emptied ones', async () => {
      const store = await harness.open(await harness.fresh());
      await put(store, G('acme'), doc([fact('a', 1)]));
      await put(store, C('c1', 'acme'), doc([fact('a', 1, { collection_id: 'c1' })]));
      await put(store, C('Coll:2.x', 'acme'), doc([fact('a', 1, { collection_id: 'Coll:2.x' })]));
      await put(store, C('c1', 'beta'), doc([fact('b', 1, { collection_id: 'c1' })]));
      await put(store, C('gone', 'beta'), doc([fact('b', 1, { collection_id: 'gone' })]));
      await put(store, C('gone', 'beta'), emptyScopeDoc());
      expect((await store.listAccounts()).sort()).toEqual(['acme', 'beta']);
      expect((await store.listCollections('acme')).sort()).toEqual(['Coll:2.x', 'c1']);
      expect((await store.listCollections('beta')).sort()).toEqual(['c1', 'gone']);
      expect(await store.listCollections('gamma')).toEqual([]);
      expect(await store.read(C('gone', 'beta'))).toEqual(emptyScopeDoc());
    });

    it('keeps accounts and scopes apart: same collection id in two accounts, global next to collections', async () => {
      const location = await harness.fresh();
      const store = await harness.open(location);
      const docs: Array<[ScopeRef, ScopeDoc]> = [
        [G('acme'), doc([fact('who', 'acme global')])],
        [C('c1', 'acme'), doc([fact('who', 'acme c1', { collection_id: 'c1' })], [session('sess_1')])],
        [C('c2', 'acme'), doc([fact('who', 'acme c2', { collection_id: 'c2' })])],
        [G('beta'), doc([fact('who', 'beta global')])],
        [C('c1', 'beta'), doc([fact('who', 'beta c1', { collection_id: 'c1' })])],
      ];
      for (const [scope, d] of docs) await put(store, scope, d);
      // Rewriting one scope touches no other.
      await store.update(C('c1', 'acme'), (d) => ({ doc: withFact(d, fact('extra', 1, { collection_id: 'c1' })), result: null }));
      const fresh = await harness.open(location);
      for (const [scope, d] of docs) {
        const stored = await fresh.read(scope);
        const expected = scope.account === 'acme' && scope.collection_id === 'c1' ? 2 : 1;
        expect(stored.facts).toHaveLength(expected);
        expect(stored.facts.find((f) => f.key === 'who')).toEqual(d.facts[0]);
        expect(stored.sessions).toEqual(d.sessions);
      }
      expect(await fresh.read(C('c3', 'acme'))).toEqual(emptyScopeDoc());
      expect(await fresh.read(G('gamma'))).toEqual(emptyScopeDoc());
    });

    it('account names and collection ids are data: quotes, backslashes, unicode and SQL stay inert', async () => {
      const location = await harness.fresh();
      const store = await harness.open(location);
      const odd = [G("o'brien\\"), C("x'); DROP TABLE facts; --", "o'brien\\"), C('$1 $2 $3', 'ünï\u00e7ødé'), C('..', "E'\\'")];
      for (const [i, scope] of odd.entries()) {
        const d = doc([fact('who', i, { collection_id: scope.collection_id })]);
        await put(store, scope, d);
        await store.update(scope, (x) => ({ doc: withFact(x, fact('more', i, { collection_id: scope.collection_id })), result: null }));
      }
      const fresh = await harness.open(location);
      for (const [i, scope] of odd.entries()) {
        expect((await fresh.read(scope)).facts.map((f) => [f.key, f.value])).toEqual([
          ['more', i],
          ['who', i],
        ]);
      }
      expect((await fresh.listAccounts()).sort()).toEqual([...new Set(odd.map((s) => s.account))].sort());
      expect((await fresh.listCollections("o'brien\\")).sort()).toEqual(["x'); DROP TABLE facts; --"]);
    });

    it('documents round-trip exactly (JSON text), history and sessions included, also through another instance', async () => {
      const location = await harness.fresh();
      const store = await harness.open(location);
      for (const scope of [G(), C('rich')]) {
        const rich = richDoc(scope.collection_id);
        await put(store, scope, rich);
        expect(text(await store.read(scope))).toBe(text(rich));
        expect(text(await (await harness.open(location)).read(scope))).toBe(text(rich));
      }
      // Change a few facts and sessions (drop, reorder, edit) and compare again.
      const rich = await store.read(C('rich'));
      const edited: ScopeDoc = {
        ...rich,
        facts: [rich.facts[3]!, { ...rich.facts[0]!, value: { reordered: true, a: 1 } }, ...rich.facts.slice(5)],
        sessions: [
          rich.sessions[1]!,
          { ...rich.sessions[0]!, turns: [...rich.sessions[0]!.turns, { role: 'user', content: 'more', at: '2026-02-02T00:00:00.000Z' }] },
        ],
      };
      await put(store, C('rich'), edited);
      expect(text(await (await harness.open(location)).read(C('rich')))).toBe(text(edited));
      // Back to key order, as the core keeps it.
      const sorted = { ...edited, facts: [...edited.facts].sort((a, b) => (a.key < b.key ? -1 : 1)) };
      await put(store, C('rich'), sorted);
      expect(text(await (await harness.open(location)).read(C('rich')))).toBe(text(sorted));
    });

    it('the inbox and the activity round-trip exactly: appended, trimmed, out of id order, emptied', async () => {
      const location = await harness.fresh();
      const store = await harness.open(location);
      const op = (id: string, n: number): StoredOperation => ({
        id,
        at: '2026-01-02T03:04:05.678Z',
        operation: 'patch_profile',
        actor: { transport: 'rest', key_id: n % 2 ? 'key_1' : null },
        undoes: null,
        changes: [{ key: 'k', fact_id: 'fact_1', action: 'update', before: n, after: { n, ü: '\u0000' }, prior: null }],
        resolved: [],
        restored: [],
      });
      const proposal = {
        id: 'prop_1',
        key: 'k',
        action: 'conflict' as const,
        before: 1,
        after: 'x',
        bucket: 'static' as const,
        category: 'other' as const,
        confidence: 0.8,
        evidence: 'I said "x"',
        fact_id: null,
        collection_id: null,
        created_at: '2026-01-02T03:04:05.678Z',
        ttl_seconds: null,
      };
      const ops = Array.from({ length: 40 }, (_, i) => op(`op_${String(i).padStart(4, '0')}`, i));
      const docs: ScopeDoc[] = [
        {
          ...doc([fact('k', 1)]),
          activity: ops.slice(0, 10),
          proposals: [proposal],
          rejections: [{ proposal_id: 'prop_0', key: 'k', value: [1], until: '2027-01-01T00:00:00.000Z' }],
        },
        { ...doc([fact('k', 2)]), activity: ops.slice(0, 35) }, // appended past the JSON store's batch
        { ...doc([fact('k', 3)]), activity: ops.slice(5, 40) }, // trimmed at the front, appended
        { ...doc([fact('k', 3)]), activity: [ops[39]!, ops[2]!, ops[20]!] }, // out of id order
        { ...doc([fact('k', 3)]), activity: ops.slice(30, 40) }, // back in order
        emptyScopeDoc(),
        { ...doc([]), activity: ops.slice(0, 3) },
      ];
      for (const [i, d] of docs.entries()) {
        await put(store, G(), d);
        expect(text(await store.read(G())), `doc ${i}`).toBe(text(d));
        expect(text(await (await harness.open(location)).read(G())), `doc ${i}, another instance`).toBe(text(d));
      }
    });

    it('a write made by another instance is seen by the next read and the next update', async () => {
      const location = await harness.fresh();
      const a = await harness.open(location);
      const b = await harness.open(location);
      await put(a, G(), doc([fact('count', 1)]));
      expect(counter(await b.read(G()))).toBe(1); // b now holds a current copy
      await put(a, G(), doc([fact('count', 2)]));
      expect(counter(await b.read(G()))).toBe(2);
      await b.update(G(), (d) => ({ doc: withFact(d, fact('count', counter(d) + 1)), result: null }));
      expect(counter(await a.read(G()))).toBe(3);
    });

    it('close() finishes queued writes', async () => {
      const location = await harness.fresh();
      const store = await harness.open(location);
      const pending = Array.from({ length: 10 }, (_, i) =>
        store.update(C('drain'), (d) => ({ doc: withFact(d, fact(`k${i}`, i, { collection_id: 'drain' })), result: i })),
      );
      await store.close();
      expect(await Promise.all(pending)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect((await (await harness.open(location)).read(C('drain'))).facts).toHaveLength(10);
    });

    it('16 concurrent writers in 4 processes (4 each) lose no update', async () => {
      const location = await harness.fresh();
      const writes = 15;
      const acknowledged = await childWriters(harness, location, 4, 4, writes);
      expect(acknowledged).toHaveLength(16 * writes);
      const stored = await (await harness.open(location)).read({ account: 'contract', collection_id: null });
      expect(counter(stored)).toBe(16 * writes);
      expect(
        stored.facts
          .map((f) => f.key)
          .filter((k) => k !== 'count')
          .sort(),
      ).toEqual([...acknowledged].sort());
    }, 90_000);
  });
}
