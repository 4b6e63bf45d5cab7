import type { ExtractInput, ExtractedFact } from '../../../profiles/reasoning.js';
import { contentWords, holdsAll, relatedOf, wordsOf } from './withdrawals.js';

/**
 * What stood on a value goes with it. When a call withdraws a stored value or replaces a single one
 * ("moved to Abuja" over "Ibadan", "it wasn't gluten after all", "pescatarian now" over "vegetarian"),
 * the stored notes and short-lived items (events, plans) that hold the gone value go too ("live in
 * Ibadan and commute to Lagos"), and so do stored items that are wholly a value standing or falling
 * with it ("wheat" with "gluten", "meat-free" with "vegetarian"). Whatever the call itself states stays.
 * One pass over the call's facts and the stored items; values of more than three content words carry
 * nothing with them (too specific to be found inside another item).
 */

type Stored = ExtractInput['profile'][number];
const itemsOf = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');

/** The stored values a call's facts withdraw or replace. */
function goneValues(facts: readonly ExtractedFact[], profile: ExtractInput['profile']): string[] {
  const gone: string[] = [];
  for (const f of facts) {
    const stored = profile.find((p) => p.key === f.key);
    if (f.retract) {
      gone.push(...(f.value === null ? itemsOf(stored?.value) : itemsOf(f.value)));
      continue;
    }
    if (!stored || typeof stored.value !== 'string' || typeof f.value !== 'string') continue;
    const was = stored.value.toLowerCase();
    const now = f.value.toLowerCase();
    if (!was.includes(now) && !now.includes(was)) gone.push(stored.value);
  }
  return gone;
}

export function withAftermath(facts: ExtractedFact[], profile: ExtractInput['profile']): ExtractedFact[] {
  const gone = goneValues(facts, profile);
  if (gone.length === 0) return facts;
  const stated = new Set(facts.filter((f) => !f.retract).flatMap((f) => itemsOf(f.value).map((v) => v.toLowerCase())));
  const goneLow = new Set(gone.map((g) => g.toLowerCase()));
  const topics = gone.map((g) => contentWords(wordsOf(g))).filter((t) => t.length >= 1 && t.length <= 3);
  const groups = new Set(gone.map(relatedOf).filter((g) => g !== undefined));
  for (const g of gone) for (const w of wordsOf(g)) if (relatedOf(w)) groups.add(relatedOf(w)!);
  const out = [...facts];
  const evidence = facts.find((f) => f.retract || !stated.has(String(f.value).toLowerCase()))?.evidence;
  const already = (stored: Stored, item: string) =>
    out.some((f) => f.retract && f.key === stored.key && (f.value === null || itemsOf(f.value).some((v) => v.toLowerCase() === item.toLowerCase())));
  for (const stored of profile) {
    const carries = stored.key === 'notes' || stored.bucket === 'dynamic';
    for (const item of itemsOf(stored.value)) {
      const low = item.toLowerCase();
      if (goneLow.has(low) || stated.has(low) || already(stored, item)) continue;
      const related = groups.size > 0 && groups.has(relatedOf(item)!);
      if (!related && !(carries && topics.some((t) => holdsAll(item, t)))) continue;
      out.push({
        key: stored.key,
        value: Array.isArray(stored.value) ? item : null,
        category: stored.category,
        bucket: 'static',
        confidence: 0.8,
        retract: true,
        ...(evidence === undefined ? {} : { evidence }),
      });
    }
  }
  return out;
}
