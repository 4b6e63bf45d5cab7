import type { FactWithHistory, ScopeDoc, Session } from '../../src/profiles/model.js';

let n = 0;

/** A stored fact with every field set; override what the test cares about. */
export function fact(key: string, value: unknown, extra: Partial<FactWithHistory> = {}): FactWithHistory {
  n++;
  const id = `fact_01TEST${String(n).padStart(20, '0')}`.slice(0, 31);
  return {
    id,
    key,
    value,
    category: 'other',
    bucket: 'static',
    confidence: 1,
    source: 'manual',
    collection_id: null,
    created_at: '2026-01-02T03:04:05.678Z',
    updated_at: '2026-01-02T03:04:05.678Z',
    expires_at: null,
    history: [],
    ...extra,
  };
}

export function session(id: string, turns: Session['turns'] = []): Session {
  return { id, created_at: '2026-01-02T03:04:05.000Z', updated_at: '2026-01-02T03:04:06.000Z', turns };
}

export function doc(facts: FactWithHistory[], sessions: Session[] = []): ScopeDoc {
  return { version: 2, facts, sessions, proposals: [], rejections: [], activity: [] };
}

/** Insert or replace a fact by key, keeping facts in key order (what the core does). */
export function withFact(d: ScopeDoc, f: FactWithHistory): ScopeDoc {
  const facts = d.facts.filter((x) => x.key !== f.key);
  facts.push(f);
  facts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { ...d, facts };
}

/** The counter fact's value, or 0. */
export function counter(d: ScopeDoc, key = 'count'): number {
  const f = d.facts.find((x) => x.key === key);
  return typeof f?.value === 'number' ? f.value : 0;
}

/**
 * A document exercising everything a store must keep exactly: odd JSON values (key order, "\u0000",
 * lone surrogates, emoji, big and small numbers), history, expiry, sessions with turns, times with
 * offsets and microseconds, and facts deliberately out of key order.
 */
export function richDoc(collection_id: string | null): ScopeDoc {
  const c = { collection_id };
  return doc(
    [
      fact('zeta', { z: 1, a: [1, 'two', { y: null, b: false }], '': 'empty key', ü: '\u0000nul' }, { ...c, category: 'custom_fields' }),
      fact('alpha', 'plain', { ...c, category: 'name', confidence: 0.5, source: 'conversation', bucket: 'dynamic', expires_at: '2099-12-31T23:59:59.999Z' }),
      fact('numbers', [0, -0.5, 0.1, 1e-7, 9007199254740991, -1e300, 123456789.125], c),
      fact('surrogates', '\ud800 lone, 😀 pair, \u2028 separator, "quotes" \\ backslash', c),
      fact('history', 'now', {
        ...c,
        history: [
          { value: { was: 'object', k: [1] }, confidence: 0.8, source: 'conversation', updated_at: '2025-05-05T05:05:05+02:00' },
          { value: 'oldest', confidence: 1, source: 'import', updated_at: '2024-01-01T00:00:00.000Z' },
        ],
      }),
      fact('odd_times', true, {
        ...c,
        created_at: '2026-01-02T03:04:05Z',
        updated_at: '2026-01-02T04:04:05.123456+01:00',
        expires_at: '2098-01-01T00:00:00+00:00',
      }),
      fact('zero', 0, { ...c, confidence: 0 }),
      fact('empty', '', c),
    ],
    [
      session('sess_b', [
        { role: 'user', content: 'What do I do?', at: '2026-01-02T03:04:05.000Z' },
        { role: 'assistant', content: 'You build things.\u0000', at: '2026-01-02T03:04:06+00:00' },
      ]),
      session('sess_a', []),
    ],
  );
}
