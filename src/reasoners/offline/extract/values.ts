import { capitalised, type Token } from '../nlp/wink.js';
import type { Lexicon } from './lexicon/index.js';
import { RELATIONS } from './lexicon/people.js';
import { PLACES } from './lexicon/places.js';
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
/** People in the user's care or at their work who may have a thing of their own ("a new little one", "a pupil"). */
const CARED_FOR: ReadonlySet<string> = new Set(
  'pupil pupils student students client clients guest guests patient patients customer customers resident residents starter starters'.split(' '),
);

/**
 * "I've got a new little one starting with a severe egg allergy", "I have a kid with a nut allergy": a thing said "with"
 * after a person of the user's care or family, at `at`, is that person's, not the user's.
 */
export function saidWithOther(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && ['DET', 'ADJ', 'ADV'].includes(tokens[k]!.pos)) k--;
  if (tokens[k]?.low !== 'with') return false;
  const before = tokens.slice(Math.max(0, k - 5), k);
  // ("a new little one": a child in care; "I'm the one with the shellfish allergy" is the user.)
  return before.some((t, j) => CARED_FOR.has(t.low) || RELATIONS.matchAt(before, j) > 0 || (t.low === 'one' && before[j - 1]?.low === 'little'));
}

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
    // ("a die-hard Kaizer Chiefs fan": the hyphen of an intensifier goes with it.)
    while (words[0]?.text === '-') words.shift();
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

/** Hedges that make "live in" a figure of speech ("I basically live in LinkedIn Recruiter", "practically living in the gym"). */
const FIGURE_HEDGES: ReadonlySet<string> = new Set(['basically', 'practically', 'virtually', 'literally', 'essentially', 'kinda', 'much']);
/** Times after it that do the same ("I live in Deswik and Vulcan all day", "… 24/7"). */
const FIGURE_TIMES: ReadonlySet<string> = new Set(['all day', 'all day long', '24/7', 'day and night', 'all week']);

/**
 * Whether the "live in" before the captured span is a figure: a hedge before the verb ("pretty much", "basically") or a
 * time after the span that no one spends at home ("all day"), or a second unknown name beside it. The span is then where the user spends their time (often
 * software), not where they live.
 */
export function livesFiguratively(v: ValueContext): boolean {
  const from = v.clause.indexOf(v.tokens[0]!);
  let at = from - 1;
  // (Back past the items of a list before it: "in Deswik and Vulcan".)
  while (at >= 0 && at >= from - 8 && !['live', 'lives', 'living'].includes(v.clause[at]!.low)) at--;
  if (at < 0 || at < from - 8) return false;
  if (FIGURE_HEDGES.has(v.clause[at - 1]?.low ?? '') && (v.clause[at - 1]!.low !== 'much' || v.clause[at - 2]?.low === 'pretty')) return true;
  const after = v.clause.slice(from + v.tokens.length);
  // "I live in Westlaw and Lexis": two names lived in at once, neither a place anyone knows, are where the day is spent.
  const other = after[0]?.low === 'and' ? after.slice(1) : [];
  // (Not someone with a verb of their own: "I live in Mosman and Tom lives in Manly".)
  const closed = other[1] === undefined || ['PUNCT', 'CCONJ', 'SCONJ'].includes(other[1].pos) || other[1].low === 'all';
  if (other[0] !== undefined && capitalised(other[0]) && closed && PLACES.matchAt(v.tokens, 0) === 0 && PLACES.matchAt(other, 0) === 0) return true;
  const to = after.findIndex((t) => t.pos === 'PUNCT' && t.text !== '/');
  const rest = ` ${(to < 0 ? after : after.slice(0, to)).map((t) => t.low).join(' ')} `;
  return [...FIGURE_TIMES].some((w) => rest.includes(` ${w} `));
}

/** Ways of travelling before "into", which then leads to a place ("train into london bridge", "drive into town"). */
const TRAVELLING: ReadonlySet<string> = new Set('train bus tube drive walk cycle bike ride commute head fly sail ferry tram'.split(' '));

/** "train into london bridge", "i get the bus into town": "into" of a way there, no liking. */
export const travelledInto = (clause: readonly Token[]): boolean =>
  clause.some((t, k) => t.low === 'into' && k > 0 && (TRAVELLING.has(clause[k - 1]!.lemma) || TRAVELLING.has(clause[k - 1]!.low)));
