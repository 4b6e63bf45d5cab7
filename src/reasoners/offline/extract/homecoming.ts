import type { ExtractInput, ExtractedFact } from '../../../profiles/reasoning.js';
import { wordsOf } from './withdrawals.js';

/**
 * "back home in Vancouver now", "just got home from Tokyo", "home again": a stay away is over. The
 * stored short-lived place where the user was for a while (current_location) is withdrawn, unless this
 * call sets a new one. Only the words of the user's own sentences are read, as a run of words.
 */

const HOME_AGAIN: readonly (readonly string[])[] = [
  ['back', 'home'],
  ['home', 'again'],
  ['got', 'home'],
  ['got', 'back', 'home'],
  ['home', 'now'],
  ['home', 'from'],
  ['flew', 'home'],
  ['landed', 'home'],
];
const AWAY_KEYS = new Set(['current_location']);

function saysHome(sentence: string): boolean {
  const words = wordsOf(sentence.toLowerCase());
  for (let i = 0; i < words.length; i++) if (HOME_AGAIN.some((p) => p.every((w, k) => words[i + k] === w))) return true;
  return false;
}

export function withHomecoming(facts: ExtractedFact[], profile: ExtractInput['profile'], sentences: readonly string[]): ExtractedFact[] {
  const said = sentences.find(saysHome);
  if (said === undefined) return facts;
  const out = [...facts];
  for (const stored of profile) {
    if (!AWAY_KEYS.has(stored.key) || stored.bucket !== 'dynamic') continue;
    if (facts.some((f) => f.key === stored.key)) continue;
    out.push({ key: stored.key, value: null, category: stored.category, bucket: 'dynamic', confidence: 0.85, retract: true, evidence: said.slice(0, 300) });
  }
  return out;
}
