import type { Token } from '../nlp/wink.js';
import { capitalised, spanText } from '../nlp/wink.js';
import type { Candidate } from './clause-facts.js';
import { LIST_KEYS } from './families.js';
import { confidenceOf } from './scoring.js';
import { COUNT_WORDS } from './time.js';
import type { Lexicon } from './lexicon/index.js';
import { ALLERGENS, DIETS } from './lexicon/food.js';
import { LANGUAGES } from './lexicon/languages.js';
import { OCCUPATIONS } from './lexicon/people.js';
import { PLACES } from './lexicon/places.js';

/**
 * Corrections that name what they replace: "Dunedin, not Dundee", "I meant Leeds not Leicester",
 * "not Dundee — Dunedin". When the replaced words are a value the profile (or this call) already
 * holds, the new words take that key. Without such a value nothing is learned (too vague to guess).
 */

export interface Known {
  key: string;
  value: unknown;
  category: Candidate['category'];
  /** A short-lived value stays short-lived when corrected. */
  bucket?: Candidate['bucket'];
  /** When it was stored (ISO time), for a correction that names nothing it replaces ("sorry, I meant BDO"). */
  updated?: string;
}

function nameSpan(tokens: readonly Token[], from: number, dir: 1 | -1): [number, number] | undefined {
  // "not a lurcher": the article before the words is not part of what they name; going back ("Fern's a whippet, not
  // …") the words stop at one, and at a possessive.
  const start = dir === 1 && ARTICLES.has(tokens[from]?.low ?? '') ? from + 1 : from;
  let k = start;
  const ok = (t: Token | undefined) =>
    t !== undefined &&
    t.pos !== 'PUNCT' &&
    t.pos !== 'SYM' &&
    // ("Stockton, not Stoke": a name the tagger reads as a verb, written with its capital after the first word.)
    (t.pos !== 'VERB' || (capitalised(t) && t !== tokens[0])) &&
    t.pos !== 'AUX' &&
    t.pos !== 'PRON' &&
    !ARTICLES.has(t.low) &&
    t.low !== "'s" &&
    !['not', 'no', 'meant', 'sorry', 'i', 'it', 'is', 'was', 'and', 'but', 'oops', 'autocorrect'].includes(t.low);
  while (ok(tokens[k]) && Math.abs(k - start) < 3) k += dir;
  if (k === start) return undefined;
  return dir === 1 ? [start, k] : [k + 1, start + 1];
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Parts of speech that name something a stored value may hold. */
const NAMING: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'X']);

/** Words between "not Y," and the value that replaces it. */
const RESTATE: ReadonlySet<string> = new Set(['its', 'it', "it's", "'s", 'is', 'was', 'i', 'meant', 'mean', 'actually', 'rather']);

/** Whether a part sits in an item as whole words ("KL" in "back home to KL", not in "KLM"). */
function wordsAround(item: string, part: string): boolean {
  const at = item.toLowerCase().indexOf(part.toLowerCase());
  const before = item[at - 1];
  const after = item[at + part.length];
  const letter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  return !letter(before) && !letter(after);
}

function valueHas(value: unknown, words: string): boolean {
  const w = words.toLowerCase();
  if (typeof value === 'string') return value.toLowerCase().includes(w);
  if (Array.isArray(value)) return value.some((v) => valueHas(v, words));
  return false;
}

/**
 * The key a value of a known class stands under, for a correction of the assistant's words ("so you
 * teach in Kumasi?" — "it's Obuasi, not Kumasi"): a place the location, a job the role, a language,
 * an allergen, a diet.
 */
const CLASS_KEYS: readonly (readonly [Lexicon, string, Candidate['category']])[] = [
  [PLACES, 'location', 'other'],
  [OCCUPATIONS, 'role', 'role'],
  [LANGUAGES, 'languages', 'language'],
  [ALLERGENS, 'allergies', 'other'],
  [DIETS, 'diet', 'preferences'],
];

function classKeyOf(text: string): { key: string; category: Candidate['category'] } | undefined {
  const tokens = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => ({ text: w, low: w, lemma: w, pos: 'X', neg: false, space: true, oov: false }) as unknown as Token);
  const hit = CLASS_KEYS.find(([lex]) => lex.matchAt(tokens, 0) === tokens.length);
  return hit ? { key: hit[1], category: hit[2] } : undefined;
}

/** Whether the assistant's words hold a value as whole words. */
function echoes(echo: string | undefined, value: string): boolean {
  if (echo === undefined) return false;
  const low = echo.toLowerCase();
  const at = low.indexOf(value.toLowerCase());
  return at >= 0 && wordsAround(low, value);
}

export function corrections(tokens: readonly Token[], knownLists: readonly (readonly Known[])[], evidence: string, order: number, echo?: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.low !== 'not') continue;
    const old = nameSpan(tokens, i + 1, 1);
    if (!old) continue;
    // "X, not Y" / "X not Y" — or "not Y, X".
    let before = i - 1;
    // ("Penrith!! not Parramatta": marks of exclamation between, as a comma.)
    if (tokens[before]?.text === ',') before--;
    else while (before > 0 && tokens[before]!.text === '!' && i - before <= 3) before--;
    let fresh = nameSpan(tokens, before, -1);
    if (!fresh) {
      let after = old[1];
      if (tokens[after]?.text === ',' || tokens[after]?.text === '-') after++;
      // "not Singapore, it's Bangkok", "not Leeds — I meant Leicester"
      for (let n = 0; n < 3 && RESTATE.has(tokens[after]?.low ?? ''); n++) after++;
      fresh = nameSpan(tokens, after, 1);
    }
    if (!fresh) continue;
    const oldText = spanText(tokens.slice(old[0], old[1]));
    const freshText = spanText(tokens.slice(fresh[0], fresh[1]));
    let target: Known | undefined;
    for (const list of knownLists) for (const k of list) if (valueHas(k.value, oldText)) target = k;
    // Nothing stored holds Y, but the assistant just said it ("so you teach in Kumasi?"): X takes the key of Y's class.
    const echoed = !target && echoes(echo, oldText) ? classKeyOf(oldText) : undefined;
    if (echoed && !knownLists.some((list) => list.some((k) => valueHas(k.value, freshText)))) {
      const list = LIST_KEYS.has(echoed.key);
      out.push({
        key: echoed.key,
        category: echoed.category,
        bucket: 'static',
        confidence: confidenceOf('plain', { fragment: false, hedged: false }),
        list,
        pattern: 'correction.echo',
        family: 'identity',
        evidence,
        order,
        value: list ? [freshText] : freshText,
        retract: false,
      });
      continue;
    }
    if (!target || valueHas(target.value, freshText)) continue;
    // A list key keeps its list: the new item is added and the one it corrects withdrawn.
    const list = LIST_KEYS.has(target.key) || Array.isArray(target.value);
    // A correction of part of a stored item ("singapore next month for a trade fair") replaces that part.
    const whole = (Array.isArray(target.value) ? target.value : [target.value]).find(
      (v): v is string => typeof v === 'string' && v.toLowerCase().includes(oldText.toLowerCase()),
    );
    // (Only a span that names something: "rude not to tip" corrects no "going to Zanzibar".)
    const names = tokens.slice(old[0], old[1]).some((t) => NAMING.has(t.pos)) && tokens.slice(fresh[0], fresh[1]).some((t) => NAMING.has(t.pos));
    if (whole !== undefined && whole.toLowerCase() !== oldText.toLowerCase() && wordsAround(whole, oldText)) {
      if (!names) continue;
      const at = whole.toLowerCase().indexOf(oldText.toLowerCase());
      const replaced = `${whole.slice(0, at)}${freshText}${whole.slice(at + oldText.length)}`;
      const part = {
        key: target.key,
        category: target.category,
        bucket: target.bucket ?? 'static',
        list,
        pattern: 'correction.x-not-y',
        family: 'identity' as const,
        evidence,
        order,
      };
      const confidence = confidenceOf('explicit', { fragment: false, hedged: false });
      out.push({ ...part, confidence, value: list ? [replaced] : replaced, retract: false });
      if (list) out.push({ ...part, confidence, value: [whole], retract: true });
      continue;
    }
    const base = {
      key: target.key,
      category: target.category,
      bucket: 'static' as const,
      confidence: confidenceOf('explicit', { fragment: false, hedged: false }),
      list,
      pattern: 'correction.x-not-y',
      family: 'identity' as const,
      evidence,
      order,
    };
    out.push({ ...base, value: list ? [freshText] : freshText, retract: false });
    if (list) out.push({ ...base, value: [oldText], retract: true });
  }
  return out;
}

/** A stored value that is a name: one to four words, each with its capital ("Grant Thornton", "Stoke", "BDO"). */
const isName = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 60 && value.split(' ').length <= 4 && value.split(' ').every((w) => /^\p{Lu}/u.test(w));

/**
 * "sorry, I meant BDO": a name that corrects the name stored last, when one stored value alone was the last name stored
 * (not when a name and an employer came in the same message: which one is meant is not known). Only names replace names.
 */
export function meantCorrections(tokens: readonly Token[], known: readonly Known[], evidence: string, order: number): Candidate[] {
  const at = tokens.findIndex((t, k) => t.low === 'meant' && tokens[k - 1]?.low === 'i');
  if (at < 0 || tokens.some((t) => t.low === 'not')) return [];
  const fresh = nameSpan(tokens, at + 1, 1);
  if (!fresh || !tokens.slice(fresh[0], fresh[1]).every((t) => capitalised(t))) return [];
  const freshText = spanText(tokens.slice(fresh[0], fresh[1]));
  const names = known.filter((k) => isName(k.value) && k.updated !== undefined);
  const last = names.reduce((m, k) => (k.updated! > m ? k.updated! : m), '');
  const latest = names.filter((k) => k.updated === last);
  if (latest.length !== 1 || latest[0]!.value === freshText) return [];
  const target = latest[0]!;
  return [
    {
      key: target.key,
      category: target.category,
      bucket: target.bucket ?? 'static',
      confidence: confidenceOf('explicit', { fragment: false, hedged: false }),
      list: false,
      pattern: 'correction.meant',
      family: 'identity',
      evidence,
      order,
      value: freshText,
      retract: false,
    },
  ];
}

/** Words that may open a starred correction ("omg four*", "sorry *Leicester"). */
const STAR_OPENERS = new Set([
  'omg',
  'oops',
  'sorry',
  'ugh',
  'argh',
  'no',
  'nope',
  'wait',
  'lol',
  'haha',
  'ah',
  'oh',
  'i',
  'meant',
  'mean',
  'typo',
  'sry',
  'soz',
]);

/** Edit distance of two short words, or more than `max` (a row at a time; words are at most 24 letters). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max || a.length > 24 || b.length > 24) return max + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

const isNumber = (w: string) => COUNT_WORDS.has(w) || /^\d{1,3}$/.test(w);

/**
 * "omg four*", "*Leicester sorry": the chat convention of a starred word correcting a word just said.
 * The word takes the place of the word it corrects in the most recent stored item: a number replaces a
 * number ("three kids" -> "four kids"), a word a word spelled nearly alike ("Capgemeni" -> "Capgemini").
 * Only at the start of a message (after an exclamation at most), never "a 5* hotel" or "5*3".
 */
export function starred(tokens: readonly Token[], knownLists: readonly (readonly Known[])[], evidence: string, order: number): Candidate[] {
  const star = tokens.findIndex((t) => t.text === '*');
  if (star < 0 || star > 3) return [];
  const before = tokens[star - 1];
  const after = tokens[star + 1];
  // "four*" (the word before the star, nothing but openers ahead of it) or "*Leicester" (the star first).
  const word =
    before &&
    tokens.slice(0, star - 1).every((t) => STAR_OPENERS.has(t.low) || t.pos === 'INTJ' || t.pos === 'PUNCT') &&
    (!after || !['NUM', 'NOUN', 'PROPN', 'ADJ'].includes(after.pos) || after.pos === 'PUNCT')
      ? before
      : tokens.slice(0, star).every((t) => STAR_OPENERS.has(t.low) || t.pos === 'PUNCT') &&
          // "*Leicester sorry", never a bullet of a list ("* 3 eggs").
          tokens.slice(star + 2).every((t) => STAR_OPENERS.has(t.low) || t.pos === 'PUNCT' || t.pos === 'SYM')
        ? after
        : undefined;
  if (!word || word.pos === 'PUNCT' || word.low.length < 1) return [];
  const fresh = word.low;
  const number = isNumber(fresh);
  if (!number && fresh.length < 4) return [];
  let hit: { known: Known; item: string; replaced: string } | undefined;
  for (const list of knownLists)
    for (const known of list)
      for (const item of Array.isArray(known.value) ? known.value : [known.value]) {
        if (typeof item !== 'string') continue;
        const words = item.split(' ');
        // A number corrects a count of something ("three kids"), not a bare number (an age).
        if (words.length > 6 || (number && words.length < 2)) continue;
        const at = words.findIndex((w) => {
          const low = w.toLowerCase();
          return low !== fresh && (number ? isNumber(low) : distance(low, fresh, 2) <= 2 && low[0] === fresh[0]);
        });
        if (at < 0) continue;
        const typed = number || words[at]![0] !== words[at]![0]!.toUpperCase() ? word.text : `${word.text[0]!.toUpperCase()}${word.text.slice(1)}`;
        hit = { known, item, replaced: [...words.slice(0, at), typed, ...words.slice(at + 1)].join(' ') };
      }
  if (!hit) return [];
  const list = LIST_KEYS.has(hit.known.key) || Array.isArray(hit.known.value);
  const base = {
    key: hit.known.key,
    category: hit.known.category,
    bucket: hit.known.bucket ?? 'static',
    confidence: confidenceOf('explicit', { fragment: false, hedged: false }),
    list,
    pattern: 'correction.starred',
    family: 'identity' as const,
    evidence,
    order,
  };
  return list
    ? [
        { ...base, value: [hit.replaced], retract: false },
        { ...base, value: [hit.item], retract: true },
      ]
    : [{ ...base, value: hit.replaced, retract: false }];
}
