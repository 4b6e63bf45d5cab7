import type { Token } from '../nlp/wink.js';
import type { Lexicon } from './lexicon/index.js';
import type { ValueContext } from './pattern.js';

/** Value functions shared by the pattern tables: small checks and rewrites of a captured span. */

/** The object after a verb ending at `from`, past at most `adverbs` adverbs ("write mostly Go"), or undefined. */
export function objectAfter(tokens: readonly Token[], from: number, adverbs: number): Token | undefined {
  let k = from;
  while (tokens[k]?.pos === 'ADV' && k < from + adverbs) k++;
  return tokens[k];
}

/** "samples in the lab", "at the hen do": the word at `k` follows "the" and a preposition — a place or a thing, not an animal of the user's. */
export const afterPrepositionAndThe = (tokens: readonly Token[], k: number): boolean => tokens[k - 1]?.low === 'the' && tokens[k - 2]?.pos === 'ADP';

/** "the attention span of a goldfish", "eat like a horse", "a photo of a dog": a thing named in a comparison or as what a picture shows. */
export function likened(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.low === 'a' || tokens[k]!.low === 'an')) k--;
  return k >= 0 && k < at - 1 && (tokens[k]!.low === 'of' || tokens[k]!.low === 'like');
}

/** A token written as a name: a proper noun, or a capitalised word other than "I" ("Go", "Excel"). */
/** The user and the household, as a clause says them ("i", "my", "we", "our"). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'we', 'us', 'our']);

/** A currency sign on its own, which stays with its amount ("£4,000", not "4,000"). */
export const CURRENCY_SIGN = /^[£$€¥₹₦₵₱₩₺₪]$/u;

export const writtenAsName = (t: Token): boolean => t.pos === 'PROPN' || (t.text !== 'I' && /^[A-Z]/.test(t.text));

/** Keep the span only when it ends with a phrase of `lex` ("a senior software engineer" for occupations). */
export function endsWith(lex: Lexicon) {
  return (v: ValueContext): string | undefined => {
    const tokens = v.tokens;
    for (let k = 0; k < tokens.length; k++) if (lex.matchAt(tokens, k) === tokens.length - k) return v.text;
    return lex.fuzzyAt(tokens, tokens.length - 1) === 1 ? v.text : undefined;
  };
}

/** Keep the span only when it contains a phrase of one of `lexicons`. */
export function contains(...lexicons: Lexicon[]) {
  return (v: ValueContext): string | undefined => {
    for (let k = 0; k < v.tokens.length; k++) if (lexicons.some((lex) => lex.matchAt(v.tokens, k) > 0)) return v.text;
    return undefined;
  };
}

/** Reject spans that contain one of `words` (lower case). */
export function without(words: readonly string[], then?: (v: ValueContext) => string | undefined) {
  const set = new Set(words);
  return (v: ValueContext): string | undefined => (v.tokens.some((t) => set.has(t.low)) ? undefined : then ? then(v) : v.text);
}

/** "no {x}", "doesn't {x}": a template around the span. */
export function template(pattern: string) {
  return (v: ValueContext): string => pattern.replace('{x}', v.text);
}

/** Drop the last word of the span ("cricket fan" -> "cricket"); reject when nothing is left. */
export function dropHead(intensifiers: readonly string[] = []) {
  const skip = new Set(intensifiers);
  return (v: ValueContext): string | undefined => {
    const words = v.tokens.slice(0, -1).filter((t) => !skip.has(t.low));
    if (words.length === 0) return undefined;
    return words
      .map((t) => t.text)
      .join(' ')
      .replace(/ - /g, '-');
  };
}

/** At most `n` words, else rejected (long spans are rarely one fact). */
export function atMost(n: number, then?: (v: ValueContext) => string | undefined) {
  return (v: ValueContext): string | undefined => (v.tokens.length > n ? undefined : then ? then(v) : v.text);
}
