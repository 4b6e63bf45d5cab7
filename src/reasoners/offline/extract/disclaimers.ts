import type { Token } from '../nlp/wink.js';
import { CONFIDENCE } from './scoring.js';

/**
 * A hedge the user disowns at once: "I might be lactose intolerant? not diagnosed or anything",
 * "probably moving to Leeds next year, nothing's decided yet", "might go back to uni, not sure yet". A
 * hedged statement is kept at the hedged confidence ("I think I'm lactose intolerant? every latte…"),
 * but one the user says is unsure is not a fact about them yet: its hedged facts are dropped (a plain
 * statement beside it stays: "…, for now I'm in Sheffield").
 *
 * A disclaimer is one of the word sequences below, with "is"/"'s"/"yet"/"really" skipped, closing its
 * clause: "not sure" before "how", "which" or "if" asks something, it disowns nothing.
 */

const DISCLAIMERS: readonly (readonly string[])[] = [
  ['not', 'sure'],
  ['not', 'certain'],
  ['not', 'diagnosed'],
  ['not', 'officially', 'diagnosed'],
  ['never', 'diagnosed'],
  ['undiagnosed'],
  ['nothing', 'decided'],
  ['nothing', 'confirmed'],
  ['nothing', 'official'],
  ['nothing', 'definite'],
  ['not', 'decided'],
  ['undecided'],
  ['not', 'confirmed'],
  ['not', 'official'],
  ['not', 'set', 'in', 'stone'],
  ['we', "'ll", 'see'],
  ['we', 'will', 'see'],
  ['who', 'knows'],
  ['tbc'],
  ['tbd'],
];
const SKIPPED = new Set(['is', "'s", 'yet', 'really', 'totally', '100%', 'anything', 'or', 'been', 'has', 'have', "'ve", 'am', "'m"]);
/** What may follow a disclaimer in its clause. */
const CLOSERS = new Set(['tbh', 'lol', 'though', 'tho', 'honestly', 'either', 'obviously', 'haha']);

/** Whether the words from `at` on, less the skipped ones, start with a disclaimer that closes its clause. */
function disclaimerAt(words: readonly string[], at: number): boolean {
  for (const d of DISCLAIMERS) {
    if (!d.every((w, k) => words[at + k] === w)) continue;
    const next = words[at + d.length];
    if (next === undefined || next === '' || CLOSERS.has(next)) return true;
  }
  return false;
}

/** The sentence's words with the skipped ones left out, and punctuation as an empty word (a clause break). */
function wordsOf(sentence: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of sentence) {
    if (t.pos === 'PUNCT') out.push('');
    else if (!SKIPPED.has(t.low)) out.push(t.low);
  }
  return out;
}

/** Where a sentence disowns a hedge: anywhere in it, or at its very start (then it speaks of the sentence before). */
export function disclaims(sentence: readonly Token[]): { anywhere: boolean; atStart: boolean } {
  const words = wordsOf(sentence);
  let anywhere = false;
  for (let i = 0; i < words.length; i++) if ((i === 0 || words[i - 1] === '') && disclaimerAt(words, i)) anywhere = true;
  return { anywhere, atStart: anywhere && disclaimerAt(words, 0) };
}

/** A fact drawn from a hedged statement (or a note, kept at the same confidence). */
export const isHedged = (c: { confidence: number }): boolean => c.confidence <= CONFIDENCE.hedgedCap;
