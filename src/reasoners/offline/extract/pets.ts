import { capitalised, spanText, type Token } from '../nlp/wink.js';
import type { Candidate } from './clause-facts.js';
import { PETS } from './lexicon/people.js';
import { confidenceOf } from './scoring.js';

/**
 * "My dog Biscuit rides with me in the cab, she's a 4yo staffie", "my dog barks all day. she's a rescue greyhound
 * called Pip", "just me and the cat. she's called Biscuit": after the user has spoken of their pet, "she's a …" /
 * "he's called …" describes that pet — its breed, and its name when one is given.
 */

const PRONOUNS: ReadonlySet<string> = new Set(['she', 'he', 'it']);
const IS: ReadonlySet<string> = new Set(["'s", 'is', '’s']);
const NAMING: ReadonlySet<string> = new Set(['called', 'named']);
/** How far after "a" the breed may come ("a 3 year old rescue staffie"). */
const MAX_BEFORE_BREED = 5;

/** The pet the user spoke of last in this message ("dog" of "dog Biscuit"), if any. */
function lastPet(earlier: readonly Candidate[]): string | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const c = earlier[i]!;
    if (c.key !== 'pets' || c.retract) continue;
    const items = Array.isArray(c.value) ? c.value : [c.value];
    const last = items[items.length - 1];
    if (typeof last === 'string') return last;
  }
  return undefined;
}

export function describedPets(sentence: readonly Token[], earlier: readonly Candidate[], evidence: string, order: number): Candidate[] {
  const pet = lastPet(earlier);
  if (pet === undefined) return [];
  for (let k = 0; k + 2 < sentence.length; k++) {
    if (!PRONOUNS.has(sentence[k]!.low) || !IS.has(sentence[k + 1]!.low)) continue;
    // (Only where the pronoun opens its clause: "…, she's a 4yo staffie".)
    if (k > 0 && sentence[k - 1]!.pos !== 'PUNCT' && sentence[k - 1]!.low !== 'and') continue;
    let value: string | undefined;
    let at = k + 2;
    if (sentence[at]!.low === 'a' || sentence[at]!.low === 'an') {
      for (let j = at + 1; j < Math.min(sentence.length, at + 1 + MAX_BEFORE_BREED) && value === undefined; j++) {
        const n = PETS.matchAt(sentence, j);
        if (n > 0) {
          value = spanText(sentence.slice(j, j + n));
          at = j + n;
        }
      }
      if (value === undefined) continue;
    }
    const name = NAMING.has(sentence[at]?.low ?? '') && sentence[at + 1] !== undefined && capitalised(sentence[at + 1]!) ? sentence[at + 1]!.text : undefined;
    if (value === undefined && name === undefined) continue;
    const described = value === undefined ? `${pet.split(' ')[0]} ${name}` : name === undefined ? value : `${value} ${name}`;
    return [
      {
        key: 'pets',
        value: [described],
        category: 'other',
        bucket: 'static',
        confidence: confidenceOf('plain', { fragment: false, hedged: false }),
        retract: false,
        list: true,
        pattern: 'pets.described',
        family: 'family',
        evidence,
        order,
      },
    ];
  }
  return [];
}
