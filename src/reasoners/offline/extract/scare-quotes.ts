import type { Token } from '../nlp/wink.js';

/**
 * "now my 'hobby' is knitting", "my "job" is mostly admin": one word set in quotes after "my" is a word the user holds at a
 * distance, not words quoted from someone else; the sentence is read without those quotes (the same array when there
 * are none). Elsewhere quotes around a word name the word itself and stay ("don't call me 'sir'", "the 'occupation' field").
 */

const QUOTES = new Set(["'", '"']);
const OWNERS = new Set(['my', 'our']);

export function withoutScareQuotes(tokens: readonly Token[]): readonly Token[] {
  const dropped = new Set<number>();
  for (let k = 1; k + 2 < tokens.length; k++) {
    const open = tokens[k]!;
    if (!QUOTES.has(open.text) || tokens[k + 2]!.text !== open.text || tokens[k + 1]!.pos === 'PUNCT' || !OWNERS.has(tokens[k - 1]!.low)) continue;
    dropped.add(k).add(k + 2);
    k += 2;
  }
  return dropped.size === 0 ? tokens : tokens.filter((_, k) => !dropped.has(k));
}
