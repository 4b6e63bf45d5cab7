import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * A model-based isolation property: random operations over several edges (MCP sessions, REST)
 * across accounts x (global + collections); after every step each read must equal an in-memory
 * model of what that account wrote to that scope — nothing leaks across accounts or scopes, and
 * nothing diverges.
 */

export const ACCOUNTS = ['acct_a', 'acct_b', 'acct_c'] as const;
export const SCOPES = [null, 'c1', 'c2', 'C.3', 'c:4'] as const;
const KEYS = ['role', 'name', 'timezone', 'company', 'goals', 'k.x'] as const;

type Account = (typeof ACCOUNTS)[number];
type Scope = (typeof SCOPES)[number];

/** One way to reach the service: returns the operation's JSON result or the error object. */
export interface Edge {
  name: string;
  call(account: Account, op: string, args: Record<string, unknown>): Promise<any>;
}

class Model {
  private readonly data = new Map<string, Map<string, unknown>>();
  private k(account: Account, scope: Scope) {
    return `${account}\u0000${scope ?? ''}`;
  }
  scope(account: Account, scope: Scope): Map<string, unknown> {
    let m = this.data.get(this.k(account, scope));
    if (!m) this.data.set(this.k(account, scope), (m = new Map()));
    return m;
  }
  collections(account: Account): string[] {
    return SCOPES.filter((s): s is Exclude<Scope, null> => s !== null && this.scope(account, s).size > 0).sort();
  }
}

interface Real {
  edges: Edge[];
  ids: Map<string, string>; // account|scope|key -> fact id
}

const idKey = (account: Account, scope: Scope, key: string) => `${account}|${scope}|${key}`;
const scopeArgs = (scope: Scope) => (scope === null ? {} : { collection_id: scope });

async function checkScope(model: Model, real: Real, edge: Edge, account: Account, scope: Scope) {
  const profile = await edge.call(account, 'get_profile', scopeArgs(scope));
  const expected = model.scope(account, scope);
  const seen = new Map<string, unknown>();
  for (const key of ['name', 'timezone', 'language'] as const) if (profile[key] !== null) seen.set(key, profile[key]);
  for (const f of [...profile.profile.static, ...profile.profile.dynamic]) {
    expect(f.collection_id).toBe(scope);
    seen.set(f.key, f.value);
  }
  expect(Object.fromEntries(seen), `${edge.name} ${account} ${scope}`).toEqual(Object.fromEntries(expected));
  expect(profile.fact_count).toBe(expected.size);
}

function commands(): fc.Arbitrary<fc.AsyncCommand<Model, Real>>[] {
  const account = fc.constantFrom(...ACCOUNTS);
  const scope = fc.constantFrom(...SCOPES);
  const key = fc.constantFrom(...KEYS);
  const edgeIndex = fc.nat();
  const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }));

  class Patch implements fc.AsyncCommand<Model, Real> {
    constructor(readonly e: number, readonly a: Account, readonly s: Scope, readonly facts: Record<string, unknown>) {}
    check = () => true;
    async run(model: Model, real: Real) {
      const edge = real.edges[this.e % real.edges.length]!;
      const r = await edge.call(this.a, 'patch_profile', { facts: this.facts, ...scopeArgs(this.s) });
      expect(r.status, JSON.stringify(r)).toBe('success');
      const m = model.scope(this.a, this.s);
      for (const [k, v] of Object.entries(this.facts)) {
        if (v === null) {
          m.delete(k);
          real.ids.delete(idKey(this.a, this.s, k));
        } else m.set(k, v);
      }
      for (const f of r.facts) real.ids.set(idKey(this.a, this.s, f.key), f.id);
      await checkScope(model, real, edge, this.a, this.s);
    }
    toString = () => `patch(${this.e},${this.a},${this.s},${JSON.stringify(this.facts)})`;
  }

  class Create implements fc.AsyncCommand<Model, Real> {
    constructor(readonly e: number, readonly a: Account, readonly s: Scope, readonly key: string, readonly value: unknown) {}
    check = () => true;
    async run(model: Model, real: Real) {
      const edge = real.edges[this.e % real.edges.length]!;
      const r = await edge.call(this.a, 'create_fact', { key: this.key, value: this.value, ...scopeArgs(this.s) });
      const m = model.scope(this.a, this.s);
      if (m.has(this.key)) {
        expect(r.error?.code).toBe('conflict');
      } else {
        expect(r.key).toBe(this.key);
        m.set(this.key, this.value);
        real.ids.set(idKey(this.a, this.s, this.key), r.id);
      }
    }
    toString = () => `create(${this.e},${this.a},${this.s},${this.key})`;
  }

  /** Use a fact id of one (account, scope) from another account or scope: must be not_found. */
  class CrossRead implements fc.AsyncCommand<Model, Real> {
    constructor(readonly e: number, readonly a: Account, readonly s: Scope, readonly key: string, readonly otherA: Account, readonly otherS: Scope, readonly op: 'get_fact' | 'update_fact' | 'delete_fact') {}
    check = (model: Readonly<Model>) => model.scope(this.a, this.s).has(this.key) && (this.a !== this.otherA || this.s !== this.otherS);
    async run(model: Model, real: Real) {
      const id = real.ids.get(idKey(this.a, this.s, this.key))!;
      const edge = real.edges[this.e % real.edges.length]!;
      const args = this.op === 'update_fact' ? { id, value: 'stolen' } : { id };
      const r = await edge.call(this.otherA, this.op, { ...args, ...scopeArgs(this.otherS) });
      expect(r.error?.code, `${this.toString()} -> ${JSON.stringify(r)}`).toBe('not_found');
      await checkScope(model, real, edge, this.a, this.s);
    }
    toString = () => `cross(${this.op}: ${this.a}/${this.s}/${this.key} from ${this.otherA}/${this.otherS})`;
  }

  class DeleteFact implements fc.AsyncCommand<Model, Real> {
    constructor(readonly e: number, readonly a: Account, readonly s: Scope, readonly key: string) {}
    check = (model: Readonly<Model>) => model.scope(this.a, this.s).has(this.key);
    async run(model: Model, real: Real) {
      const id = real.ids.get(idKey(this.a, this.s, this.key))!;
      const edge = real.edges[this.e % real.edges.length]!;
      expect(await edge.call(this.a, 'delete_fact', { id, ...scopeArgs(this.s) })).toEqual({ deleted: true, id });
      model.scope(this.a, this.s).delete(this.key);
      real.ids.delete(idKey(this.a, this.s, this.key));
    }
    toString = () => `deleteFact(${this.a},${this.s},${this.key})`;
  }

  class Forget implements fc.AsyncCommand<Model, Real> {
    constructor(readonly e: number, readonly a: Account, readonly s: Scope) {}
    check = () => true;
    async run(model: Model, real: Real) {
      const edge = real.edges[this.e % real.edges.length]!;
      const r = await edge.call(this.a, 'delete_profile', { ...scopeArgs(this.s), confirm: true });
      const m = model.scope(this.a, this.s);
      expect(r).toEqual({ deleted: m.size, collection_id: this.s });
      m.clear();
    }
    toString = () => `forget(${this.a},${this.s})`;
  }

  class ReadAll implements fc.AsyncCommand<Model, Real> {
    constructor(readonly e: number, readonly a: Account) {}
    check = () => true;
    async run(model: Model, real: Real) {
      const edge = real.edges[this.e % real.edges.length]!;
      for (const s of SCOPES) await checkScope(model, real, edge, this.a, s);
      const cols = await edge.call(this.a, 'list_collections', {});
      expect(cols.collections.map((c: any) => c.collection_id)).toEqual(model.collections(this.a));
      for (const c of cols.collections) expect(c.fact_count).toBe(model.scope(this.a, c.collection_id).size);
    }
    toString = () => `readAll(${this.e},${this.a})`;
  }

  const patchFacts = fc.dictionary(key, fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) }), { minKeys: 1, maxKeys: 3 });
  return [
    fc.tuple(edgeIndex, account, scope, patchFacts).map(([e, a, s, f]) => new Patch(e, a, s, f)),
    fc.tuple(edgeIndex, account, scope, key, value).map(([e, a, s, k, v]) => new Create(e, a, s, k, v)),
    fc.tuple(edgeIndex, account, scope, key, account, scope, fc.constantFrom('get_fact' as const, 'update_fact' as const, 'delete_fact' as const)).map(
      ([e, a, s, k, oa, os, op]) => new CrossRead(e, a, s, k, oa, os, op),
    ),
    fc.tuple(edgeIndex, account, scope, key).map(([e, a, s, k]) => new DeleteFact(e, a, s, k)),
    fc.tuple(edgeIndex, account, scope).map(([e, a, s]) => new Forget(e, a, s)),
    fc.tuple(edgeIndex, account).map(([e, a]) => new ReadAll(e, a)),
  ];
}

/**
 * Run `runs` random command sequences. `setup` gives fresh edges on an empty store for each run.
 */
export async function runIsolationModel(
  setup: () => Promise<{ edges: Edge[]; teardown: () => Promise<void> }>,
  options: { runs: number; maxCommands: number; seed?: number },
): Promise<{ runs: number; commands: number }> {
  let total = 0;
  await fc.assert(
    fc.asyncProperty(fc.commands(commands(), { maxCommands: options.maxCommands, size: 'max' }), async (cmds) => {
      const { edges, teardown } = await setup();
      try {
        const counted = [...cmds];
        total += counted.length;
        await fc.asyncModelRun(() => ({ model: new Model(), real: { edges, ids: new Map() } }), counted);
      } finally {
        await teardown();
      }
    }),
    { numRuns: options.runs, seed: options.seed, endOnFailure: true },
  );
  return { runs: options.runs, commands: total };
}
