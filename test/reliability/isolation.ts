import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * A model-based isolation property: random operations over several edges (MCP sessions, REST)
 * across accounts x (global + collections); after every step each read must equal an in-memory
 * model of what that account wrote to that scope — nothing leaks across accounts or scopes, and
 * nothing diverges. The model covers the review inbox (learn in review mode, resolve), the activity
 * (every recorded operation) and undo of the newest operation; ids of operations and proposals used
 * from another account or scope answer not_found like fact ids.
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

/** A proposal as the model knows it: its place in the inbox, its value, and how it was resolved. */
interface ModelProposal {
  seq: number;
  key: string;
  value: unknown;
  decision?: 'accept' | 'reject';
}

/** One recorded operation: the facts before it, and the proposals it took out of / put back into the inbox. */
interface ModelOp {
  factsBefore: Map<string, unknown>;
  resolved: ModelProposal[];
  restored: ModelProposal[];
}

interface ScopeExtras {
  pending: ModelProposal[];
  rejected: Set<string>;
  ops: ModelOp[];
}

const canon = (v: unknown) => JSON.stringify(typeof v === 'string' ? v.trim().toLowerCase() : v);

class Model {
  private readonly data = new Map<string, Map<string, unknown>>();
  private readonly extras = new Map<string, ScopeExtras>();
  seq = 0;
  private k(account: Account, scope: Scope) {
    return `${account}\u0000${scope ?? ''}`;
  }
  scope(account: Account, scope: Scope): Map<string, unknown> {
    let m = this.data.get(this.k(account, scope));
    if (!m) this.data.set(this.k(account, scope), (m = new Map()));
    return m;
  }
  extra(account: Account, scope: Scope): ScopeExtras {
    let e = this.extras.get(this.k(account, scope));
    if (!e) this.extras.set(this.k(account, scope), (e = { pending: [], rejected: new Set(), ops: [] }));
    return e;
  }
  /** Record an operation whose facts were `before` (call before changing them). */
  record(account: Account, scope: Scope, before: Map<string, unknown>, resolved: ModelProposal[] = [], restored: ModelProposal[] = []) {
    this.extra(account, scope).ops.push({ factsBefore: new Map(before), resolved, restored });
  }
  forget(account: Account, scope: Scope) {
    this.scope(account, scope).clear();
    this.extras.delete(this.k(account, scope));
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
  const extra = model.extra(account, scope);
  const pending = await edge.call(account, 'list_pending', scopeArgs(scope));
  expect(
    pending.proposals.map((p: any) => [p.key, p.after, p.collection_id]),
    `${edge.name} inbox ${account} ${scope}`,
  ).toEqual(extra.pending.map((p) => [p.key, p.value, scope]));
  const ops = await edge.call(account, 'list_operations', { ...scopeArgs(scope), limit: 1 });
  expect(ops.total, `${edge.name} activity ${account} ${scope}`).toBe(extra.ops.length);
}

const LEARNED = ['Calgary', 'Halifax'] as const;

function commands(): fc.Arbitrary<fc.AsyncCommand<Model, Real>>[] {
  const account = fc.constantFrom(...ACCOUNTS);
  const scope = fc.constantFrom(...SCOPES);
  const key = fc.constantFrom(...KEYS);
  const edgeIndex = fc.nat();
  const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }));

  class Patch implements fc.AsyncCommand<Model, Real> {
    constructor(
      readonly e: number,
      readonly a: Account,
      readonly s: Scope,
      readonly facts: Record<string, unknown>,
    ) {}
    check = () => true;
    async run(model: Model, real: Real) {
      const edge = real.edges[this.e % real.edges.length]!;
      const r = await edge.call(this.a, 'patch_profile', { facts: this.facts, ...scopeArgs(this.s) });
      expect(r.status, JSON.stringify(r)).toBe('success');
      const m = model.scope(this.a, this.s);
      const changes = Object.entries(this.facts).some(([k, v]) => (v === null ? m.has(k) : !m.has(k) || JSON.stringify(m.get(k)) !== JSON.stringify(v)));
      if (changes) model.record(this.a, this.s, m);
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
    constructor(
      readonly e: number,
      readonly a: Account,
      readonly s: Scope,
      readonly key: string,
      readonly value: unknown,
    ) {}
    check = () => true;
    async run(model: Model, real: Real) {
      const edge = real.edges[this.e % real.edges.length]!;
      const r = await edge.call(this.a, 'create_fact', { key: this.key, value: this.value, ...scopeArgs(this.s) });
      const m = model.scope(this.a, this.s);
      if (m.has(this.key)) {
        expect(r.error?.code).toBe('conflict');
      } else {
        expect(r.key).toBe(this.key);
        model.record(this.a, this.s, m);
        m.set(this.key, this.value);
        real.ids.set(idKey(this.a, this.s, this.key), r.id);
      }
    }
    toString = () => `create(${this.e},${this.a},${this.s},${this.key})`;
  }

  /** Use a fact id of one (account, scope) from another account or scope: must be not_found. */
  class CrossRead implements fc.AsyncCommand<Model, Real> {
    constructor(
      readonly e: number,
      readonly a: Account,
      readonly s: Scope,
      readonly key: string,
      readonly otherA: Account,
      readonly otherS: Scope,
      readonly op: 'get_fact' | 'update_fact' | 'delete_fact',
    ) {}
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
    constructor(
      readonly e: number,
      readonly a: Account,
      readonly s: Scope,
      readonly key: string,
    ) {}
    check = (model: Readonly<Model>) => model.scope(this.a, this.s).has(this.key);
    async run(model: Model, real: Real) {
      const id = real.ids.get(idKey(this.a, this.s, this.key))!;
      const edge = real.edges[this.e % real.edges.length]!;
      expect(await edge.call(this.a, 'delete_fact', { id, ...scopeArgs(this.s) })).toEqual({ deleted: true, id });
      model.record(this.a, this.s, model.scope(this.a, this.s));
      model.scope(this.a, this.s).delete(this.key);
      real.ids.delete(idKey(this.a, this.s, this.key));
    }
    toString = () => `deleteFact(${this.a},${this.s},${this.key})`;
  }

  class Forget implements fc.AsyncCommand<Model, Real> {
    constructor(
      readonly e: number,
      readonly a: Account,
      readonly s: Scope,
    ) {}
    check = () => true;
    async run(model: Model, real: Real) {
      const edge = real.edges[this.e % real.edges.length]!;
      const r = await edge.call(this.a, 'delete_profile', { ...scopeArgs(this.s), confirm: true });
      const m = model.scope(this.a, this.s);
      expect(r).toEqual({ deleted: m.size, collection_id: this.s });
      model.forget(this.a, this.s);
      await checkScope(model, real, edge, this.a, this.s);
    }
    toString = () => `forget(${this.a},${this.s})`;
  }

  /** Learn in review mode: a new value waits in the inbox (a conflict when it differs from an accepted one). */
  class Learn implements fc.AsyncCommand<Model, Real> {
    constructor(
      readonly e: number,
      readonly a: Account,
      readonly s: Scope,
      readonly value: (typeof LEARNED)[number],
    ) {}
    check = () => true;
    async run(model: Model, real: Real) {
      const edge = real.edges[this.e % real.edges.length]!;
      const r = await edge.call(this.a, 'learn', { messages: [{ role: 'user', content: `I live in ${this.value}.` }], review: true, ...scopeArgs(this.s) });
      expect(r.status, JSON.stringify(r)).toBe('success');
      const m = model.scope(this.a, this.s);
      const extra = model.extra(this.a, this.s);
      const same = m.has('location') && canon(m.get('location')) === canon(this.value);
      if (!same && !extra.rejected.has(canon(this.value))) {
        extra.pending = extra.pending.filter((p) => !(p.key === 'location' && canon(p.value) === canon(this.value)));
        extra.pending.push({ seq: ++model.seq, key: 'location', value: this.value });
      }
      await checkScope(model, real, edge, this.a, this.s);
    }
    toString = () => `learn(${this.e},${this.a},${this.s},${this.value})`;
  }

  class ResolveAll implements fc.AsyncCommand<Model, Real> {
    constructor(
      readonly e: number,
      readonly a: Account,
      readonly s: Scope,
      readonly decision: 'accept' | 'reject',
    ) {}
    check = () => true;
    async run(model: Model, real: Real) {
      const edge = real.edges[this.e % real.edges.length]!;
      const extra = model.extra(this.a, this.s);
      const r = await edge.call(this.a, 'resolve_pending', { all: true, decision: this.decision, ...scopeArgs(this.s) });
      const n = extra.pending.length;
      expect(r, JSON.stringify(r)).toMatchObject({
        accepted: this.decision === 'accept' ? n : 0,
        rejected: this.decision === 'reject' ? n : 0,
        collection_id: this.s,
      });
      if (n > 0) {
        const m = model.scope(this.a, this.s);
        const resolved = extra.pending.map((p) => ({ ...p, decision: this.decision }));
        model.record(this.a, this.s, m, resolved);
        for (const p of resolved) {
          if (this.decision === 'accept') m.set(p.key, p.value);
          else extra.rejected.add(canon(p.value));
        }
        extra.pending = [];
        for (const f of r.facts) real.ids.set(idKey(this.a, this.s, f.key), f.id);
      }
      await checkScope(model, real, edge, this.a, this.s);
    }
    toString = () => `resolveAll(${this.e},${this.a},${this.s},${this.decision})`;
  }

  /** Undo the newest operation of a scope (it is always undoable; an undo of an undo redoes). */
  class UndoNewest implements fc.AsyncCommand<Model, Real> {
    constructor(
      readonly e: number,
      readonly a: Account,
      readonly s: Scope,
    ) {}
    check = (model: Readonly<Model>) => (model as Model).extra(this.a, this.s).ops.length > 0;
    async run(model: Model, real: Real) {
      const edge = real.edges[this.e % real.edges.length]!;
      const [newest] = (await edge.call(this.a, 'list_operations', { ...scopeArgs(this.s), limit: 1 })).operations;
      const r = await edge.call(this.a, 'undo_operation', { id: newest.id, ...scopeArgs(this.s) });
      expect(r, JSON.stringify(r)).toMatchObject({ status: 'success', undone: newest.id, collection_id: this.s });
      const extra = model.extra(this.a, this.s);
      const m = model.scope(this.a, this.s);
      const target = extra.ops[extra.ops.length - 1]!;
      model.record(this.a, this.s, m, target.restored, target.resolved);
      m.clear();
      for (const [k, v] of target.factsBefore) m.set(k, v);
      const out = new Set(target.restored.map((p) => p.seq));
      const present = new Set(extra.pending.map((p) => p.seq));
      extra.pending = [
        ...extra.pending.filter((p) => !out.has(p.seq)),
        ...target.resolved.filter((p) => !present.has(p.seq)).map(({ decision: _d, ...p }) => p),
      ].sort((x, y) => x.seq - y.seq);
      for (const p of target.restored) if (p.decision === 'reject') extra.rejected.add(canon(p.value));
      for (const p of target.resolved) if (p.decision === 'reject') extra.rejected.delete(canon(p.value));
      // Fact ids: a restored fact keeps its old id; re-read them from the edge.
      const { facts } = await edge.call(this.a, 'list_facts', { ...scopeArgs(this.s), limit: 500 });
      for (const k of [...real.ids.keys()]) if (k.startsWith(`${this.a}|${this.s}|`)) real.ids.delete(k);
      for (const f of facts) real.ids.set(idKey(this.a, this.s, f.key), f.id);
      await checkScope(model, real, edge, this.a, this.s);
    }
    toString = () => `undoNewest(${this.e},${this.a},${this.s})`;
  }

  /** Use an operation or proposal id of one scope from another account or scope: not_found, nothing changes. */
  class CrossInbox implements fc.AsyncCommand<Model, Real> {
    constructor(
      readonly e: number,
      readonly a: Account,
      readonly s: Scope,
      readonly otherA: Account,
      readonly otherS: Scope,
      readonly op: 'undo_operation' | 'resolve_pending',
    ) {}
    check = (model: Readonly<Model>) => {
      const extra = (model as Model).extra(this.a, this.s);
      return (this.op === 'undo_operation' ? extra.ops.length > 0 : extra.pending.length > 0) && (this.a !== this.otherA || this.s !== this.otherS);
    };
    async run(model: Model, real: Real) {
      const edge = real.edges[this.e % real.edges.length]!;
      const args =
        this.op === 'undo_operation'
          ? { id: (await edge.call(this.a, 'list_operations', { ...scopeArgs(this.s), limit: 1 })).operations[0].id }
          : { ids: [(await edge.call(this.a, 'list_pending', scopeArgs(this.s))).proposals[0].id], decision: 'accept' };
      const r = await edge.call(this.otherA, this.op, { ...args, ...scopeArgs(this.otherS) });
      expect(r.error?.code, `${this.toString()} -> ${JSON.stringify(r)}`).toBe('not_found');
      await checkScope(model, real, edge, this.a, this.s);
      await checkScope(model, real, edge, this.otherA, this.otherS);
    }
    toString = () => `crossInbox(${this.op}: ${this.a}/${this.s} from ${this.otherA}/${this.otherS})`;
  }

  class ReadAll implements fc.AsyncCommand<Model, Real> {
    constructor(
      readonly e: number,
      readonly a: Account,
    ) {}
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
    fc
      .tuple(edgeIndex, account, scope, key, account, scope, fc.constantFrom('get_fact' as const, 'update_fact' as const, 'delete_fact' as const))
      .map(([e, a, s, k, oa, os, op]) => new CrossRead(e, a, s, k, oa, os, op)),
    fc.tuple(edgeIndex, account, scope, key).map(([e, a, s, k]) => new DeleteFact(e, a, s, k)),
    fc.tuple(edgeIndex, account, scope).map(([e, a, s]) => new Forget(e, a, s)),
    fc.tuple(edgeIndex, account).map(([e, a]) => new ReadAll(e, a)),
    fc.tuple(edgeIndex, account, scope, fc.constantFrom(...LEARNED)).map(([e, a, s, v]) => new Learn(e, a, s, v)),
    fc.tuple(edgeIndex, account, scope, fc.constantFrom('accept' as const, 'reject' as const)).map(([e, a, s, d]) => new ResolveAll(e, a, s, d)),
    fc.tuple(edgeIndex, account, scope).map(([e, a, s]) => new UndoNewest(e, a, s)),
    fc
      .tuple(edgeIndex, account, scope, account, scope, fc.constantFrom('undo_operation' as const, 'resolve_pending' as const))
      .map(([e, a, s, oa, os, op]) => new CrossInbox(e, a, s, oa, os, op)),
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
