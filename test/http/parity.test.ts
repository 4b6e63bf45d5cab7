import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rest, startHarness, type Harness } from './helpers.js';
import { connectStreamable, structured, type Connected } from './mcp-client.js';

/**
 * The same operations through MCP (Streamable HTTP) and REST, each edge on its own account running
 * the identical sequence: results must be the same JSON once fact ids, session ids and timestamps
 * (which are unique by design) are numbered by first appearance.
 */

type Ctx = Record<string, any>;
interface Case {
  name: string;
  tool: string;
  args: (ctx: Ctx) => Record<string, unknown>;
  rest: (ctx: Ctx) => { method: string; path: string; body?: unknown };
  /** Remember something from the result for later cases. */
  keep?: (result: any, ctx: Ctx) => void;
}

const q = (params: Record<string, unknown>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};

const CASES: Case[] = [
  {
    name: 'patch creates',
    tool: 'patch_profile',
    args: () => ({ facts: { name: 'Ada', role: 'Engineer', company: 'Acme Inc', stack: ['ts', 'go'] }, collection_id: 'c1' }),
    rest: () => ({
      method: 'PATCH',
      path: '/v1/profile',
      body: { name: 'Ada', role: 'Engineer', company: 'Acme Inc', stack: ['ts', 'go'], collection_id: 'c1' },
    }),
  },
  {
    name: 'patch dry run',
    tool: 'patch_profile',
    args: () => ({ facts: { role: 'Product Manager', timezone: 'UTC', company: null, name: 'Ada' }, collection_id: 'c1', dry_run: true }),
    rest: () => ({
      method: 'PATCH',
      path: '/v1/profile',
      body: { role: 'Product Manager', timezone: 'UTC', company: null, name: 'Ada', collection_id: 'c1', dry_run: true },
    }),
  },
  {
    name: 'patch applies update, create, delete, unchanged',
    tool: 'patch_profile',
    args: () => ({ facts: { role: 'Product Manager', timezone: 'UTC', company: null, name: 'Ada' }, collection_id: 'c1' }),
    rest: () => ({ method: 'PATCH', path: '/v1/profile', body: { role: 'Product Manager', timezone: 'UTC', company: null, name: 'Ada', collection_id: 'c1' } }),
  },
  {
    name: 'patch global',
    tool: 'patch_profile',
    args: () => ({ facts: { language: 'en', communication_style: 'brief' } }),
    rest: () => ({ method: 'PATCH', path: '/v1/profile', body: { language: 'en', communication_style: 'brief' } }),
  },
  {
    name: 'get profile (collection)',
    tool: 'get_profile',
    args: () => ({ collection_id: 'c1', max_tokens: 2000 }),
    rest: () => ({ method: 'GET', path: '/v1/profile?collection_id=c1&max_tokens=2000' }),
  },
  { name: 'get profile (global)', tool: 'get_profile', args: () => ({}), rest: () => ({ method: 'GET', path: '/v1/profile?max_tokens=2000' }) },
  {
    name: 'get profile (whole)',
    tool: 'get_profile',
    args: () => ({ max_tokens: 100000 }),
    rest: () => ({ method: 'GET', path: '/v1/profile?max_tokens=100000' }),
  },
  {
    name: 'get profile (query, categories)',
    tool: 'get_profile',
    args: () => ({ query: 'what does she do for work', categories: ['role', 'other'], max_tokens: 300 }),
    rest: () => ({ method: 'GET', path: '/v1/profile?query=what+does+she+do+for+work&categories=role,other&max_tokens=300' }),
  },
  {
    name: 'list facts filtered',
    tool: 'list_facts',
    args: () => ({ collection_id: 'c1', bucket: 'static', q: 'a', limit: 2 }),
    rest: () => ({ method: 'GET', path: `/v1/profile/facts${q({ collection_id: 'c1', bucket: 'static', q: 'a', limit: 2 })}` }),
    keep: (r, ctx) => (ctx.cursor = r.next_cursor),
  },
  {
    name: 'list facts next page',
    tool: 'list_facts',
    args: (ctx) => ({ collection_id: 'c1', bucket: 'static', q: 'a', limit: 2, cursor: ctx.cursor }),
    rest: (ctx) => ({ method: 'GET', path: `/v1/profile/facts${q({ collection_id: 'c1', bucket: 'static', q: 'a', limit: 2, cursor: ctx.cursor })}` }),
  },
  {
    name: 'create fact',
    tool: 'create_fact',
    args: () => ({
      key: 'Current Project',
      value: { name: 'talk', due: 'friday' },
      bucket: 'dynamic',
      confidence: 0.7,
      ttl_seconds: 3600,
      collection_id: 'c1',
    }),
    rest: () => ({
      method: 'POST',
      path: '/v1/profile/facts',
      body: { key: 'Current Project', value: { name: 'talk', due: 'friday' }, bucket: 'dynamic', confidence: 0.7, ttl_seconds: 3600, collection_id: 'c1' },
    }),
    keep: (r, ctx) => (ctx.id = r.id),
  },
  {
    name: 'create conflict',
    tool: 'create_fact',
    args: () => ({ key: 'current_project', value: 'x', collection_id: 'c1' }),
    rest: () => ({ method: 'POST', path: '/v1/profile/facts', body: { key: 'current_project', value: 'x', collection_id: 'c1' } }),
  },
  {
    name: 'update fact',
    tool: 'update_fact',
    args: (ctx) => ({ id: ctx.id, value: 'rewrite', ttl_seconds: null, category: 'goals', collection_id: 'c1' }),
    rest: (ctx) => ({
      method: 'PATCH',
      path: `/v1/profile/facts/${ctx.id}`,
      body: { value: 'rewrite', ttl_seconds: null, category: 'goals', collection_id: 'c1' },
    }),
  },
  {
    name: 'get fact with history',
    tool: 'get_fact',
    args: (ctx) => ({ id: ctx.id, collection_id: 'c1' }),
    rest: (ctx) => ({ method: 'GET', path: `/v1/profile/facts/${ctx.id}?collection_id=c1` }),
  },
  { name: 'get fact out of scope', tool: 'get_fact', args: (ctx) => ({ id: ctx.id }), rest: (ctx) => ({ method: 'GET', path: `/v1/profile/facts/${ctx.id}` }) },
  {
    name: 'invalid patch keys',
    tool: 'patch_profile',
    args: () => ({ facts: { '9lives': 1, 'dry-run': true, ok: 'fine' } }),
    rest: () => ({ method: 'PATCH', path: '/v1/profile', body: { '9lives': 1, 'dry-run': true, ok: 'fine' } }),
  },
  { name: 'list collections', tool: 'list_collections', args: () => ({ limit: 10 }), rest: () => ({ method: 'GET', path: '/v1/collections?limit=10' }) },
  {
    name: 'learn',
    tool: 'learn',
    args: () => ({ messages: [{ role: 'user', content: "I'm a senior engineer at Acme and I prefer short answers." }], collection_id: 'c2' }),
    rest: () => ({
      method: 'POST',
      path: '/v1/profile/learn',
      body: { messages: [{ role: 'user', content: "I'm a senior engineer at Acme and I prefer short answers." }], collection_id: 'c2' },
    }),
  },
  {
    name: 'dialectic starts a session',
    tool: 'dialectic',
    args: () => ({ user_message: 'What does this user do for work?', collection_id: 'c1' }),
    rest: () => ({ method: 'POST', path: '/v1/profile/dialectic', body: { user_message: 'What does this user do for work?', collection_id: 'c1' } }),
    keep: (r, ctx) => (ctx.session = r.session_id),
  },
  {
    name: 'dialectic continues it (legacy field)',
    tool: 'dialectic',
    args: (ctx) => ({ question: 'And how should I talk to them?', session_id: ctx.session, collection_id: 'c1' }),
    rest: (ctx) => ({
      method: 'POST',
      path: '/v1/profile/dialectic',
      body: { question: 'And how should I talk to them?', session_id: ctx.session, collection_id: 'c1' },
    }),
  },
  {
    name: 'patch a manual fact',
    tool: 'patch_profile',
    args: () => ({ facts: { role: 'CTO' }, collection_id: 'c3' }),
    rest: () => ({ method: 'PATCH', path: '/v1/profile', body: { role: 'CTO', collection_id: 'c3' } }),
  },
  {
    name: 'learn a conflicting value (a proposal)',
    tool: 'learn',
    args: () => ({ messages: [{ role: 'user', content: "I'm a nurse." }], collection_id: 'c3' }),
    rest: () => ({ method: 'POST', path: '/v1/profile/learn', body: { messages: [{ role: 'user', content: "I'm a nurse." }], collection_id: 'c3' } }),
  },
  {
    name: 'list pending',
    tool: 'list_pending',
    args: () => ({ collection_id: 'c3' }),
    rest: () => ({ method: 'GET', path: '/v1/profile/pending?collection_id=c3' }),
    keep: (r, ctx) => (ctx.proposal = r.proposals[0].id),
  },
  {
    name: 'resolve unknown ids',
    tool: 'resolve_pending',
    args: () => ({ ids: ['prop_01NOPE'], decision: 'accept', collection_id: 'c3' }),
    rest: () => ({ method: 'POST', path: '/v1/profile/pending/resolve', body: { ids: ['prop_01NOPE'], decision: 'accept', collection_id: 'c3' } }),
  },
  {
    name: 'resolve: reject',
    tool: 'resolve_pending',
    args: (ctx) => ({ ids: [ctx.proposal], decision: 'reject', collection_id: 'c3' }),
    rest: (ctx) => ({ method: 'POST', path: '/v1/profile/pending/resolve', body: { ids: [ctx.proposal], decision: 'reject', collection_id: 'c3' } }),
  },
  {
    name: 'list operations',
    tool: 'list_operations',
    args: () => ({ collection_id: 'c3' }),
    rest: () => ({ method: 'GET', path: '/v1/profile/operations?collection_id=c3' }),
    keep: (r, ctx) => (ctx.ops = r.operations.map((op: { id: string }) => op.id)),
  },
  {
    name: 'undo preview',
    tool: 'undo_operation',
    args: (ctx) => ({ id: ctx.ops[1], collection_id: 'c3', dry_run: true }),
    rest: (ctx) => ({ method: 'POST', path: `/v1/profile/operations/${ctx.ops[1]}/undo`, body: { collection_id: 'c3', dry_run: true } }),
  },
  {
    name: 'undo',
    tool: 'undo_operation',
    args: (ctx) => ({ id: ctx.ops[1], collection_id: 'c3' }),
    rest: (ctx) => ({ method: 'POST', path: `/v1/profile/operations/${ctx.ops[1]}/undo`, body: { collection_id: 'c3' } }),
  },
  {
    name: 'undo twice',
    tool: 'undo_operation',
    args: (ctx) => ({ id: ctx.ops[1], collection_id: 'c3' }),
    rest: (ctx) => ({ method: 'POST', path: `/v1/profile/operations/${ctx.ops[1]}/undo`, body: { collection_id: 'c3' } }),
  },
  {
    name: 'operations after undo',
    tool: 'list_operations',
    args: () => ({ collection_id: 'c3' }),
    rest: () => ({ method: 'GET', path: '/v1/profile/operations?collection_id=c3' }),
  },
  {
    name: 'delete fact',
    tool: 'delete_fact',
    args: (ctx) => ({ id: ctx.id, collection_id: 'c1' }),
    rest: (ctx) => ({ method: 'DELETE', path: `/v1/profile/facts/${ctx.id}?collection_id=c1` }),
  },
  {
    name: 'delete profile',
    tool: 'delete_profile',
    args: () => ({ collection_id: 'c1', confirm: true }),
    rest: () => ({ method: 'DELETE', path: '/v1/profile?collection_id=c1' }),
  },
  {
    name: 'profile after delete',
    tool: 'get_profile',
    args: () => ({ collection_id: 'c1' }),
    rest: () => ({ method: 'GET', path: '/v1/profile?collection_id=c1&max_tokens=2000' }),
  },
];

/**
 * Number fact, session, operation and proposal ids and timestamps by first appearance, per edge; the
 * actor of an operation names the edge and its key, so it is replaced too.
 */
function normaliser() {
  const ids = new Map<string, string>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (/^(fact|sess|op|prop)_[0-9A-Za-z]+$/.test(v) && v !== 'prop_01NOPE') {
        if (!ids.has(v)) ids.set(v, `${v.split('_')[0]}#${ids.size}`);
        return ids.get(v);
      }
      if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(v)) return '<time>';
      return v.replace(/\b(fact|sess|op|prop)_[0-9A-Za-z]{10,}\b/g, (m) => {
        if (!ids.has(m)) ids.set(m, `${m.split('_')[0]}#${ids.size}`);
        return ids.get(m)!;
      });
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      if ('transport' in v && 'key_id' in v) return { transport: '<edge>', key_id: '<key>' };
      // a token estimate depends on the ids' random letters and digits: two accounts differ by a few
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'tokens' && typeof x === 'number' ? '<tokens>' : walk(x)]));
    }
    return v;
  };
  return walk;
}

let h: Harness & { tokens: Record<string, string> };
let mcp: Connected;

beforeAll(async () => {
  h = await startHarness({ accounts: ['via_mcp', 'via_rest'] });
  mcp = await connectStreamable(h, h.tokens.via_mcp);
});
afterAll(async () => {
  await mcp?.close();
  await h?.close();
});

describe('MCP and REST give the same JSON', () => {
  it('for every operation, run in the same order on two accounts', async () => {
    const api = rest(h.url, h.tokens.via_rest);
    const nm = normaliser();
    const nr = normaliser();
    const ctxM: Ctx = {};
    const ctxR: Ctx = {};
    for (const c of CASES) {
      const viaMcp = structured(await mcp.client.callTool({ name: c.tool, arguments: c.args(ctxM) }));
      const r = c.rest(ctxR);
      const viaRest = await api.call(r.method, r.path, r.body);
      c.keep?.(viaMcp, ctxM);
      c.keep?.(viaRest.json, ctxR);
      expect(viaRest.json, `${c.name}: REST answered ${viaRest.status} ${viaRest.text.slice(0, 300)}`).toBeDefined();
      expect(nr(viaRest.json), c.name).toEqual(nm(viaMcp));
      if (viaMcp.error) expect(viaRest.status, c.name).toBeGreaterThanOrEqual(400);
    }
  });

  it('for reads of the same data', async () => {
    const api = rest(h.url, h.tokens.via_mcp);
    await api.patch('/v1/profile', { role: 'Engineer', company: 'Acme', timezone: 'UTC', collection_id: 'same' });
    const { json: created } = await api.post('/v1/profile/facts', { key: 'editor', value: 'vim', bucket: 'dynamic', collection_id: 'same' });
    await api.patch(`/v1/profile/facts/${created.id}`, { value: 'helix', collection_id: 'same' });
    const reads: Array<[string, Record<string, unknown>, string]> = [
      // MCP's default budget is 2,000 tokens; REST is whole unless asked (SPEC §7)
      ['get_profile', { collection_id: 'same' }, '/v1/profile?collection_id=same&max_tokens=2000'],
      ['get_profile', {}, '/v1/profile?max_tokens=2000'],
      ['get_profile', { collection_id: 'same', query: 'editor', max_tokens: 150 }, '/v1/profile?collection_id=same&query=editor&max_tokens=150'],
      ['list_facts', { collection_id: 'same' }, '/v1/profile/facts?collection_id=same'],
      ['list_facts', { collection_id: 'same', bucket: 'dynamic', limit: 1 }, '/v1/profile/facts?collection_id=same&bucket=dynamic&limit=1'],
      ['list_facts', { collection_id: 'same', key: 'Editor' }, '/v1/profile/facts?collection_id=same&key=Editor'],
      ['get_fact', { id: created.id, collection_id: 'same' }, `/v1/profile/facts/${created.id}?collection_id=same`],
      ['list_collections', {}, '/v1/collections'],
    ];
    for (const [tool, args, path] of reads) {
      const viaMcp = structured(await mcp.client.callTool({ name: tool, arguments: args }));
      const viaRest = (await api.get(path)).json;
      expect(viaRest, `${tool} ${JSON.stringify(args)}`).toEqual(viaMcp);
    }
  });
});
