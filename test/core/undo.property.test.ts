import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learnFrom } from '../../src/profiles/learn.js';
import type { ScopeRef } from '../../src/profiles/model.js';
import type { Store } from '../../src/profiles/ports.js';
import type { ExtractedFact, Reasoner } from '../../src/profiles/reasoning.js';
import { ProfileService } from '../../src/profiles/service.js';
import { MemoryStore } from '../../src/store/memory.js';
import { tempDir } from '../helpers/tmp.js';
import { jsonStore } from '../helpers/store.js';

/**
 * Undo round-trips byte for byte: after any sequence of patches, creates, updates, deletes, learns and
 * resolves, undoing the operations newest first restores each earlier profile exactly — the facts'
 * JSON text, ids, timestamps and history (capped at 20) included.
 */

const KEYS = ['role', 'location', 'interests', 'name'] as const;
const SCOPE: ScopeRef = { account: 'acct', collection_id: 'c1' };
const value = fc.oneof(
  fc.constantFrom('Calgary', 'Halifax', 'calgary ', 'CTO', 'nurse'),
  fc.integer({ min: -3, max: 3 }),
  fc.array(fc.constantFrom('surfing', 'golf', 'chess', 'Chess', 'short answers', 'detailed answers'), { minLength: 1, maxLength: 3 }),
  fc.record({ a: fc.integer({ min: 0, max: 2 }), b: fc.constantFrom('x', 'y') }),
);

type Step =
  | { kind: 'patch'; facts: Record<string, unknown> }
  | { kind: 'create'; key: string; value: unknown; bucket?: 'static' | 'dynamic' }
  | { kind: 'update'; key: string; change: { value?: unknown; category?: 'other' | 'interests'; confidence?: number } }
  | { kind: 'delete'; key: string }
  | { kind: 'learn'; facts: ExtractedFact[]; review: boolean }
  | { kind: 'resolve'; pick: number; decision: 'accept' | 'reject'; edit: unknown };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('patch' as const),
    facts: fc.dictionary(fc.constantFrom(...KEYS), fc.option(value, { nil: null }), { minKeys: 1, maxKeys: 3 }),
  }),
  fc.record({ kind: fc.constant('create' as const), key: fc.constantFrom(...KEYS), value, bucket: fc.constantFrom('static' as const, 'dynamic' as const) }),
  fc.record({
    kind: fc.constant('update' as const),
    key: fc.constantFrom(...KEYS),
    change: fc.record({ value, category: fc.constantFrom('other' as const, 'interests' as const), confidence: fc.constantFrom(0.4, 1) }, { requiredKeys: [] }),
  }),
  fc.record({ kind: fc.constant('delete' as const), key: fc.constantFrom(...KEYS) }),
  fc.record({
    kind: fc.constant('learn' as const),
    facts: fc.array(
      fc.record({
        key: fc.constantFrom(...KEYS),
        value,
        category: fc.constantFrom('other' as const, 'interests' as const),
        bucket: fc.constant('static' as const),
        confidence: fc.constantFrom(0.6, 0.8, 0.9),
        retract: fc.boolean(),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    review: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('resolve' as const),
    pick: fc.nat(),
    decision: fc.constantFrom('accept' as const, 'reject' as const),
    edit: fc.option(value, { nil: undefined }),
  }),
);

function scripted(facts: ExtractedFact[]): Reasoner {
  return {
    name: 'offline',
    answer: async () => ({ text: '', facts_used: [] }),
    extract: async () => facts.map((f) => ({ ...f, retract: f.retract === true ? true : undefined })),
    complete: async () => ({ text: '', model: 'none' }),
  };
}

async function run(service: ProfileService, s: Step): Promise<void> {
  const c = SCOPE.collection_id;
  const idOf = async (key: string) => (await service.listFacts(SCOPE.account, { key, collection_id: c })).facts[0]?.id;
  const ignore = (err: unknown) => {
    if ((err as { code?: string }).code === 'conflict' || (err as { code?: string }).code === 'validation_error') return;
    throw err;
  };
  switch (s.kind) {
    case 'patch':
      await service.patchProfile(SCOPE.account, { facts: s.facts, collection_id: c });
      return;
    case 'create':
      await service.createFact(SCOPE.account, { key: s.key, value: s.value, bucket: s.bucket, collection_id: c }).catch(ignore);
      return;
    case 'update': {
      const id = await idOf(s.key);
      if (id) await service.updateFact(SCOPE.account, { id, ...s.change, collection_id: c }).catch(ignore);
      return;
    }
    case 'delete': {
      const id = await idOf(s.key);
      if (id) await service.deleteFact(SCOPE.account, { id, collection_id: c });
      return;
    }
    case 'learn':
      await learnFrom(service, scripted(s.facts), SCOPE.account, { messages: [{ role: 'user', content: 'what I said' }], collection_id: c, review: s.review });
      return;
    case 'resolve': {
      const { proposals } = await service.listPending(SCOPE.account, { collection_id: c });
      if (proposals.length === 0) return;
      const p = proposals[s.pick % proposals.length]!;
      const edit = s.decision === 'accept' && s.edit !== undefined ? { value: s.edit } : {};
      await service.resolvePending(SCOPE.account, { ids: [p.id], decision: s.decision, collection_id: c, ...edit });
    }
  }
}

async function roundTrip(makeStore: () => Store, steps: Step[], gaps: number[]): Promise<void> {
  let now = Date.parse('2026-11-28T10:00:00.000Z');
  const store = makeStore();
  const service = new ProfileService({ store, clock: () => now });
  const facts = async () => JSON.stringify((await store.read(SCOPE)).facts);
  const count = async () => (await service.listOperations(SCOPE.account, { collection_id: SCOPE.collection_id, limit: 1 })).total;
  // The profile before each recorded operation, oldest first.
  const before: string[] = [];
  try {
    for (const [i, s] of steps.entries()) {
      now += gaps[i % gaps.length]!;
      const snapshot = await facts();
      const ops = await count();
      await run(service, s);
      if ((await count()) > ops) before.push(snapshot);
    }
    const { operations } = await service.listOperations(SCOPE.account, { collection_id: SCOPE.collection_id, limit: 500 });
    expect(operations).toHaveLength(before.length);
    // Undo newest first; after each undo the profile is exactly what it was before that operation.
    for (const [i, op] of operations.entries()) {
      now += gaps[i % gaps.length]!;
      await service.undoOperation(SCOPE.account, { id: op.id, collection_id: SCOPE.collection_id });
      expect(await facts(), `after undoing ${op.operation} ${op.id}`).toBe(before[before.length - 1 - i]);
    }
  } finally {
    await store.close();
  }
}

describe('undo: property', () => {
  it('undoing every operation newest first restores each earlier profile byte for byte (memory store)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom(0, 0, 1, 1000, 60_000), { minLength: 1, maxLength: 5 }),
        (steps, gaps) => roundTrip(() => new MemoryStore(), steps, gaps),
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('the same through the JSON directory, where older activity moves to the log file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 30, maxLength: 80 }), fc.array(fc.constantFrom(0, 1, 1000), { minLength: 1, maxLength: 3 }), (steps, gaps) =>
        roundTrip(() => jsonStore(tempDir('profile-mcp-undo-')), steps, gaps),
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
