import type { Token } from '../nlp/wink.js';
import { capitalised as capitalisedWord, spanText } from '../nlp/wink.js';
import type { Candidate } from './clause-facts.js';
import type { Known } from './corrections.js';
import { LIST_KEYS } from './families.js';
import type { Lexicon } from './lexicon/index.js';
import { ALLERGENS, DIETS } from './lexicon/food.js';
import { CONDITIONS } from './lexicon/health.js';
import { LANGUAGES } from './lexicon/languages.js';
import { OCCUPATIONS } from './lexicon/people.js';
import { PLACES } from './lexicon/places.js';
import { confidenceOf } from './scoring.js';
import { DAY_NAMES, MONTH_NAMES } from './time.js';

/**
 * A value stated anew, naming no key: "Nottingham now", "it's Lombok now", "oops typo, it's
 * Katarina", "it's actually coeliac", "wait no, it's aspirin I'm allergic to". The new words take the
 * key of the stored value of the same kind (a place replaces a place, a condition a condition, a name
 * a name spelled nearly alike) — the most recent one. After a correction word ("sorry", "typo",
 * "wait", "I meant", "mixed them up", "change of plans"), the item it corrects is withdrawn from a list.
 */

const CLASSES: readonly Lexicon[] = [PLACES, CONDITIONS, ALLERGENS, DIETS, LANGUAGES, OCCUPATIONS];
const MARKERS = new Set([
  'sorry',
  'oops',
  'typo',
  'wait',
  'meant',
  'mixed',
  'correction',
  'actually',
  'update',
  'change',
  'instead',
  'autocorrect',
  'wrong',
  'misspelled',
  'misspelt',
  'scratch',
  'mean',
  'rather',
]);
/** Words after a restated value that say where it comes from or when, not what it is. */
const CAUSES: ReadonlySet<string> = new Set(['from', 'since', 'for', 'because', 'due', 'after', 'until', 'till']);
const AFTER = new Set(['now', 'instead', 'actually', 'after', 'then', 'with', 'i', 'btw', 'lol', 'not', 'no', 'all', 'sorry']);
const SOFT = new Set(['so', 'and', 'but', 'actually', 'now', 'really', 'just', 'definitely', 'officially', 'properly', 'a', 'an', 'the']);

/** An amount of money on its own ("£35,800", "$ 3,200", "45k"), and a stored value that opens with one. */
const AMOUNT = /^(?:[£$€₹¥₦₵] ?\d[\d,.]*k?|\d[\d,.]*k)$/i;
const AMOUNT_OPENING = /^(?:[£$€₹¥₦₵]\d|\d[\d,.]*k\b)/i;

/** Pseudo-tokens of a stored value, so the lexicons can read it. */
function tokensOf(text: string): Token[] {
  return text
    .split(/[\s,;/]+/)
    .filter((w) => w !== '')
    .map((w) => ({ text: w, low: w.toLowerCase(), lemma: w.toLowerCase(), pos: 'X', neg: false, space: true, oov: false }));
}

/**
 * The class of the first lexicon a word matches ("so it's two households on …": "on" is a preposition, not Ontario).
 * Of words said (`said`), a town's name that is also an everyday word counts only with its capital ("it's a nice
 * place" names no Nice).
 */
function classOf(tokens: readonly Token[], said = false): Lexicon | undefined {
  const town = (t: Token, n: number) => !said || n > 1 || t.oov || t.text.charAt(0) !== t.text.charAt(0).toLowerCase();
  return CLASSES.find((lex) =>
    tokens.some((t, k) => {
      // (In a stored value too, "on" of "4 on 4 off" is no Ontario.)
      const n = t.pos === 'ADP' || (t.text === t.low && SMALL_WORDS.has(t.low)) ? 0 : lex.matchAt(tokens, k);
      return n > 0 && (lex !== PLACES || town(t, n));
    }),
  );
}

/** How a sentence says a stored value is the old one: "Clark was my old base", "I left Barnardo's", "not Accenture". */
const OLD_MENTIONS: readonly ((low: string) => string)[] = [(low) => ` ${low} was `, (low) => ` left ${low}`, (low) => ` not ${low}`];

/** Small words of English that are also short names of places ("on" Ontario, "me" Maine, "la" Los Angeles). */
const SMALL_WORDS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'to', 'me', 'or', 'ok', 'hi', 'us', 'so', 'no', 'la', 'de', 'oh', 'pa', 'ma']);

function nearlyAlike(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || x[0] !== y[0] || Math.abs(x.length - y.length) > 2) return false;
  // Edit distance at most 2 (small strings: a plain dynamic programme).
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length]! <= 2;
}

/** "Action for Children": a small word inside a name, between two capitalised words (not "Leeds from Monday"). */
function nameGoesOn(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    tokens[k]!.low === 'for' &&
    before !== undefined &&
    after !== undefined &&
    capitalisedWord(before) &&
    capitalisedWord(after) &&
    !DAY_NAMES.includes(after.low) &&
    !MONTH_NAMES.includes(after.low)
  );
}

/** The span of the restated value, or undefined. */
function restated(tokens: readonly Token[]): [number, number] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let from = -1;
    // "it's X", "it is X", "it's actually X"
    if (t.low === 'it' && (tokens[i + 1]?.low === "'s" || tokens[i + 1]?.low === 'is' || tokens[i + 1]?.lemma === 'be')) from = i + 2;
    // "I meant X", "I mean X", "or rather X"
    else if (t.low === 'meant' || (t.low === 'mean' && tokens[i - 1]?.low === 'i') || (t.low === 'rather' && tokens[i - 1]?.low === 'or')) from = i + 1;
    // "scratch that, X", "typo, X", "sorry, X": a value right after a correction word and a comma
    else if ((t.low === 'scratch' || t.low === 'strike') && tokens[i + 1]?.low === 'that') from = tokens[i + 2]?.text === ',' ? i + 3 : i + 2;
    // ("I'm 41 — wait, no, 42": "no" after a correction word.)
    else if (['typo', 'sorry', 'oops', 'no'].includes(t.low) && tokens[i + 1]?.text === ',' && tokens[i + 2]?.pos === 'NUM') from = i + 2;
    // "X now" opening a sentence or a clause ("Moncton, NB — now that …": not across a mark, which opens another clause)
    else if ((i === 0 || tokens[i - 1]!.pos === 'PUNCT') && (tokens[i + 1]?.low === 'now' || (tokens[i + 2]?.low === 'now' && tokens[i + 1]!.pos !== 'PUNCT')))
      from = i;
    if (from < 0) continue;
    while (from < tokens.length && SOFT.has(tokens[from]!.low)) from++;
    let to = from;
    while (
      to < tokens.length &&
      to - from < 3 &&
      tokens[to]!.pos !== 'PUNCT' &&
      !AFTER.has(tokens[to]!.low) &&
      // (A capitalised first word is a name, however tagged: "I mean Knock".)
      (tokens[to]!.pos !== 'VERB' || (to === from && capitalisedWord(tokens[to]!))) &&
      tokens[to]!.pos !== 'AUX' &&
      tokens[to]!.pos !== 'PRON' &&
      // ("it's asthma from the sprays": what it comes from is no part of it — but "a restaurant in Bristol" is where.)
      (!CAUSES.has(tokens[to]!.low) || nameGoesOn(tokens, to))
    )
      to++;
    if (to > from) return [from, to];
  }
  return undefined;
}

export function restatements(sentence: readonly Token[], knownLists: readonly (readonly Known[])[], evidence: string, order: number): Candidate[] {
  const span = restated(sentence);
  if (!span) return [];
  const said = sentence.slice(span[0], span[1]);
  const text = spanText(said);
  const marker = sentence.some((t) => MARKERS.has(t.low));
  const kind = classOf(said, true);
  const capitalised = said.every(capitalisedWord);
  // A name of one or more words, its small words aside ("Action for Children").
  const named = capitalisedWord(said[0]!) && capitalisedWord(said[said.length - 1]!);
  // "change of plans, it's Lombok now" over a trip to Bali: a name no list holds, said as a plan changed, takes the place
  // of the last place.
  const lows = sentence.map((t) => t.low);
  const planChanged = (lows.includes('change') && lows.some((w) => w === 'plans' || w === 'plan')) || lows.includes('instead');
  const placeLike = !kind && capitalised && planChanged && said.length <= 3;
  // A number said again after a correction word replaces the last number-only value ("34, scratch that, 35").
  const number = marker && said.length === 1 && /^\d{1,3}$/.test(text);
  // An amount of money said again after one replaces the last value that opens with an amount ("sorry, typo it's
  // £35,800 not £38,500" over salary "£38,500 a year").
  const amount = marker && !number && AMOUNT.test(text) ? text.replace(/ /g, '') : undefined;
  // The most recent stored value of the same kind — never one said only later in this sentence
  // ("manchester now, grew up in leeds" restates nothing).
  const later = ` ${spanText(sentence.slice(span[1])).toLowerCase()} `;
  const earlier = ` ${spanText(sentence.slice(0, span[0])).toLowerCase()} `;
  let target: { known: Known; item: string } | undefined;
  for (const list of knownLists) {
    for (const k of list) {
      for (const item of (Array.isArray(k.value) ? k.value : [k.value]).filter((v): v is string => typeof v === 'string')) {
        if (item.toLowerCase() === text.toLowerCase()) continue;
        const low = item.toLowerCase();
        // ("sorry, it's Stockport not Stoke": the stored value denied right after the new one is the one it replaces.)
        const denied = later.startsWith(` not ${low} `) || later.startsWith(` , not ${low} `);
        // ("oops I mean Cebu — Clark was my old base", "sorry I mean Action for Children — I left Barnardo's in March": after
        // a correction word, a name, and then the stored value said to be the old one.)
        // (Or before it: "sorry, Biffa was the old contractor — it's Serco now".)
        const leftBehind = marker && named && OLD_MENTIONS.some((m) => later.includes(m(low)) || earlier.includes(m(low)));
        if (leftBehind) {
          target = { known: k, item };
          continue;
        }
        if (later.includes(low) && !earlier.includes(low) && !denied) continue;
        const sameKind = number
          ? /^\d{1,3}$/.test(item.trim())
          : amount
            ? AMOUNT_OPENING.test(item.trim())
            : kind
              ? classOf(tokensOf(item)) === kind
              : (capitalised && marker && said.length === 1 && nearlyAlike(item, text)) || (placeLike && classOf(tokensOf(item)) === PLACES);
        if (sameKind) target = { known: k, item };
      }
    }
  }
  if (!target) return [];
  const list = LIST_KEYS.has(target.known.key) || Array.isArray(target.known.value);
  const base = {
    category: target.known.category,
    // A short-lived value restated stays short-lived ("it's Lombok now" over a trip to Bali).
    bucket: target.known.bucket ?? 'static',
    confidence: confidenceOf('plain', { fragment: false, hedged: false }),
    list,
    pattern: 'correction.restated',
    family: 'identity' as const,
    evidence,
    order,
  };
  const value = amount ?? text;
  const out: Candidate[] = [{ ...base, key: target.known.key, value: list ? [value] : value, retract: false }];
  if (list && marker) out.push({ ...base, key: target.known.key, value: [target.item], retract: true });
  return out;
}
