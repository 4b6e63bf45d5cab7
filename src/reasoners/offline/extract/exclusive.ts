import type { ExtractInput, ExtractedFact } from '../../../profiles/reasoning.js';

/**
 * Values that cannot hold together: a diet style, a relationship status, a working status. When a
 * call states one ("pescatarian now I guess", "we got married in May", "fully retired since March")
 * and the profile holds another of the same group, the stored one is withdrawn (docs/spec.md §6) —
 * a list keeps its other items ("vegetarian, nut allergy" becomes "pescatarian, nut allergy").
 * Only whole items of the groups below count; anything else is left to the ordinary merge.
 */
const GROUPS: readonly (readonly string[])[] = [
  [
    'vegan',
    'vegetarian',
    'veggie',
    'pescatarian',
    'pescetarian',
    'flexitarian',
    'omnivore',
    'meat eater',
    'meat-eater',
    'carnivore',
    'plant-based',
    'plant based',
  ],
  ['single', 'married', 'engaged', 'divorced', 'separated', 'widowed', 'widow', 'widower'],
  ['retired', 'semi-retired', 'unemployed', 'between jobs', 'job hunting', 'full-time', 'part-time', 'full time', 'part time'],
];
const GROUP_OF = new Map<string, number>(GROUPS.flatMap((g, i) => g.map((v) => [v, i] as [string, number])));

/** The group of an item: its whole text, or its text without a leading "fully"/"now"/"a" ("now vegan", "a vegetarian"). */
function groupOf(item: unknown): number | undefined {
  if (typeof item !== 'string') return undefined;
  const low = item.toLowerCase().trim();
  return GROUP_OF.get(low) ?? GROUP_OF.get(low.replace(/^(?:fully|now|a|an|strict|strictly|happily|recently)\s/, ''));
}

export function withExclusiveUpdates(facts: ExtractedFact[], profile: ExtractInput['profile']): ExtractedFact[] {
  const stated = new Map<number, string>();
  for (const f of facts) {
    if (f.retract) continue;
    for (const item of Array.isArray(f.value) ? f.value : [f.value]) {
      const g = groupOf(item);
      if (g !== undefined) stated.set(g, String(item).toLowerCase());
    }
  }
  if (stated.size === 0) return facts;
  const out = [...facts];
  for (const stored of profile) {
    const items = Array.isArray(stored.value) ? stored.value : [stored.value];
    for (const item of items) {
      const g = groupOf(item);
      if (g === undefined || !stated.has(g) || String(item).toLowerCase() === stated.get(g)) continue;
      const newer = facts.find((f) => !f.retract && (Array.isArray(f.value) ? f.value : [f.value]).some((v) => groupOf(v) === g));
      // A single value of the same key is simply updated by the new statement.
      if (!Array.isArray(stored.value) && newer?.key === stored.key) continue;
      out.push({
        key: stored.key,
        value: Array.isArray(stored.value) ? item : null,
        category: stored.category,
        bucket: 'static',
        confidence: newer?.confidence ?? 0.8,
        retract: true,
        ...(newer?.evidence === undefined ? {} : { evidence: newer.evidence }),
      });
    }
  }
  return out;
}
