import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../src/profiles/model.js';
import { rankFacts } from '../../src/profiles/rank.js';
import { loadVocabulary } from '../../src/profiles/relevance.js';

beforeAll(() => loadVocabulary()); // the concept tables load on first need (service reads await it)

/** SPEC §7's ranking as a pure function: the order is documented in src/profiles/rank.ts. */

let n = 0;
function fact(key: string, over: Partial<Fact> = {}): Fact {
  n++;
  return {
    id: `fact_${String(n).padStart(26, '0')}`,
    key,
    value: over.value ?? `value of ${key}`,
    category: over.category ?? 'other',
    bucket: over.bucket ?? 'static',
    confidence: over.confidence ?? 1,
    source: 'manual',
    collection_id: null,
    created_at: '2026-11-01T00:00:00.000Z',
    updated_at: over.updated_at ?? '2026-11-01T00:00:00.000Z',
    expires_at: over.expires_at ?? null,
  };
}

describe('rankFacts', () => {
  it('orders flat fields, then dynamic, then confidence, then recency, then key', () => {
    const facts = [
      fact('b_old', { updated_at: '2026-10-01T00:00:00.000Z' }),
      fact('a_old', { updated_at: '2026-10-01T00:00:00.000Z' }),
      fact('new', { updated_at: '2026-11-20T00:00:00.000Z' }),
      fact('unsure', { confidence: 0.4, updated_at: '2026-11-30T00:00:00.000Z' }),
      fact('now', { bucket: 'dynamic', confidence: 0.5, expires_at: '2027-01-01T00:00:00.000Z' }),
      fact('language', { category: 'language', confidence: 0.2 }),
      fact('timezone', { category: 'timezone' }),
      fact('name', { category: 'name' }),
    ];
    expect(rankFacts(facts).map((f) => f.key)).toEqual(['name', 'timezone', 'language', 'now', 'new', 'a_old', 'b_old', 'unsure']);
  });

  it('puts relevance to the query before bucket, confidence and recency, but after the flat fields', () => {
    const facts = [
      fact('now', { bucket: 'dynamic' }),
      fact('favorite_editor', { value: 'helix', category: 'preferences', confidence: 0.6 }),
      fact('allergies', { value: ['peanuts'], confidence: 0.6 }),
      fact('diet', { value: 'vegetarian', confidence: 0.7 }),
      fact('name', { category: 'name' }),
    ];
    const ranked = rankFacts(facts, { query: 'where should we go for dinner?' }).map((f) => f.key);
    expect(ranked.slice(0, 3)).toEqual(['name', 'diet', 'allergies']);
    expect(ranked.slice(3)).toEqual(['now', 'favorite_editor']);
  });

  it('matches words of keys and values, and concepts: meeting -> schedule, role', () => {
    const facts = [
      fact('pet', { value: 'a cat called Miso' }),
      fact('role', { value: 'Staff engineer', category: 'role' }),
      fact('work_hours', { value: '9 to 5 weekdays' }),
      fact('hobby', { value: 'birdwatching on weekends' }),
    ];
    expect(
      rankFacts(facts, { query: 'Schedule a meeting' })
        .map((f) => f.key)
        .slice(0, 2),
    ).toEqual(['work_hours', 'role']);
    expect(rankFacts(facts, { query: 'what is the cat called' })[0]!.key).toBe('pet');
  });
});
