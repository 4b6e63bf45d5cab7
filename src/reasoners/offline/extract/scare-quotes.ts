import type { Token } from '../nlp/wink.js';

/**
 * "now my 'hobby' is knitting", "my "job" is mostly admin": one word set in quotes after "my" is a word the user holds at a
 * distance, not words quoted from someone else; the sentence is read without those quotes (the same array when there
 * are none). Elsewhere quotes around a word name the word itself and stay ("don't call me 'sir'", "the 'occupation' field").
 */

const QUOTES = new Set(["'", '"']);
const OWNERS = new Set(['my', 'our']);

export function withoutScareQuotes(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let k = 1; k + 2 < tokens.length; k++) {
    const open = tokens[k]!;
    const word = tokens[k + 1]!;
    const close = tokens[k + 2]!;
    if (!QUOTES.has(open.text) || close.text !== open.text || word.pos === 'PUNCT') continue;
    if (!OWNERS.has(tokens[k - 1]!.low)) continue;
    out ??= [...tokens];
    out[k] = out[k + 2] = DROPPED;
    k += 2;
  }
  return out ? out.filter((t) => t !== DROPPED) : tokens;
}

const DROPPED = { text: '', low: '', lemma: '', pos: 'PUNCT', neg: false, space: false, oov: false } as Token;
