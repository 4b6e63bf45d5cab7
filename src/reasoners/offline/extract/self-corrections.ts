import type { Token } from '../nlp/wink.js';
import { DAY_NAMES, MONTH_NAMES } from './time.js';

/**
 * A value the user takes back in the same breath and replaces at once: "I'm 28 — wait no, 29", "I live
 * in Calgary — sorry, Edmonton", "I'm married — well, separated actually", "Leeds, I mean Bradford". The
 * sentence is read as if the user had said the second value only ("I'm 29", "I live in Edmonton").
 * "I work at Tesco — sorry, used to, I'm at Lidl now": a statement taken back as past is read no more.
 *
 * The taken-back value is the run of words before the break (numbers, names, nouns, adjectives, at most
 * MAX_VALUE), the new one the like run after the marker; both must be of one kind (a number for a number,
 * a name for a name), so "I'm a nurse, sorry for the long message" and "I'm 40 — sorry, I mean my son is"
 * are read as written.
 */

const MAX_VALUE = 4;
const BREAKS = new Set(['—', '–', '-', '--', ',', '...', '…', ';']);
/** Markers, as word sequences, each read after a break. */
const MARKERS: readonly (readonly string[])[] = [
  ['sorry', 'i', 'mean'],
  // "universal credit — sorry no, pension credit now"
  ['sorry', 'no'],
  // "in Lepe — no sorry, Cartaya", "in Red Deer — actually no, scratch that, … it's Lacombe now"
  ['no', 'sorry'],
  ['sorry'],
  ['wait', 'no'],
  // "i'm 44 — no hang on, 45", "Tuesday — hang on, Wednesday"
  ['no', 'hang', 'on', ','],
  ['no', 'hang', 'on'],
  ['hang', 'on', ','],
  ['hang', 'on'],
  ['no', 'wait'],
  ['wait'],
  ['i', 'mean'],
  ['or', 'rather'],
  ['well', 'no'],
  ['well', 'actually'],
  // "Walthamstow — well, technically Leyton"
  ['well', ',', 'technically'],
  ['well', 'technically'],
  ['well'],
  ['no', 'no'],
  // "— no, 29", not "— no salt, no meat" (a list of what is ruled out).
  ['no', ','],
  ['actually', 'no'],
  ['actually', 'scratch', 'that'],
  ['scratch', 'that'],
  ['actually', ','],
  ['oops'],
  ['correction'],
];
/** Verbs a style request opens with, which a tagger may read as nouns ("use", "keep"). */
const REQUEST_VERBS = new Set(['use', 'keep', 'make', 'write', 'spell', 'call']);
/** Words that close the new value without being part of it ("separated actually"). */
const TRAILERS = new Set(['actually', 'really', 'then', 'now', 'i', 'mean', 'lol', 'haha']);
const VALUE_POS = new Set(['NUM', 'PROPN', 'NOUN', 'ADJ']);
/** Words that end a statement taken back as past ("sorry, used to"). */
const PAST = [
  ['used', 'to'],
  ['not', 'anymore'],
  ['not', 'any', 'more'],
] as const;

function isValueWord(t: Token | undefined): boolean {
  // ("£1,200 — no wait, £1,380": a currency sign opens an amount.)
  return t !== undefined && (VALUE_POS.has(t.pos) || (t.text === '-' && !t.space) || /^[£$€₹¥₦₵]$/.test(t.text));
}

const kindOf = (run: readonly Token[]): 'number' | 'name' | 'word' =>
  run.some((t) => t.pos === 'NUM' || /^\d/.test(t.text)) ? 'number' : run.some((t) => t.pos === 'PROPN' || /^[A-Z]/.test(t.text)) ? 'name' : 'word';

function markerAt(tokens: readonly Token[], at: number): number {
  for (const m of MARKERS) if (matches(tokens, at, m)) return m.length;
  return 0;
}

function matches(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[at + k]?.low === w);
}

/**
 * The sentence with every value taken back replaced by its correction (the same array when there is
 * none). One pass: words are copied out, and a correction pops what it takes back (each word once).
 */
export function selfCorrected(tokens: readonly Token[]): readonly Token[] {
  const out: Token[] = [];
  let changed = false;
  let b = 0;
  while (b < tokens.length) {
    const t = tokens[b]!;
    const marker = b > 0 && BREAKS.has(t.text) ? markerAt(tokens, b + 1) : 0;
    if (marker === 0) {
      out.push(t);
      b++;
      continue;
    }
    let y = b + 1 + marker;
    while (tokens[y]?.text === ',') y++;
    // ("actually no, scratch that, …": markers said one after another.)
    for (let more = markerAt(tokens, y); more > 0 && tokens[y + more - 1]?.text !== ','; more = markerAt(tokens, y)) {
      y += more;
      while (tokens[y]?.text === ',') y++;
    }
    // ("on the 12th — sorry, the 21st": an article before both values belongs to neither.)
    // ("the 18th of May — no wait, the 19th": or before the new one alone, when it is a number.)
    if (tokens[y]?.low === 'the' && isValueWord(tokens[y + 1]) && (out[out.length - 2]?.low === 'the' || kindOf(tokens.slice(y + 1, y + 2)) === 'number')) y++;
    // "I work at Tesco — sorry, used to, I'm at Lidl now": the statement before is past; read what follows.
    const past = PAST.find((p) => matches(tokens, y, p));
    if (past && tokens[y + past.length] !== undefined && BREAKS.has(tokens[y + past.length]!.text)) {
      while (out.length > 0 && !BREAKS.has(out[out.length - 1]!.text) && out[out.length - 1]!.pos !== 'PUNCT') out.pop();
      changed = true;
      b = y + past.length + 1;
      continue;
    }
    const named = namedTakeBack(tokens, y, out);
    if (named) {
      out.splice(named.at, named.length, ...named.fresh);
      changed = true;
      b = named.next;
      continue;
    }
    let end = y;
    while (end < tokens.length && end - y < MAX_VALUE && isValueWord(tokens[end]) && !TRAILERS.has(tokens[end]!.low)) end++;
    let after = end;
    while (after < tokens.length && TRAILERS.has(tokens[after]!.low) && tokens[after]!.low !== 'i') after++;
    // The new value stands alone: what follows it starts something else.
    const next = tokens[after];
    const alone = end > y && (next === undefined || next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.pos === 'SCONJ');
    let x = out.length;
    while (alone && x > 0 && out.length - x < MAX_VALUE && isValueWord(out[x - 1])) x--;
    // ("use american spelling — wait no, sorry, canadian": a request's verb the tagger read as a noun is no part of the value.)
    if (x === 0 && out.length > 1 && REQUEST_VERBS.has(out[0]!.low)) x = 1;
    const fresh = tokens.slice(y, end);
    // "a 34 year old woman — sorry, 43", "the 18th of May — no wait, the 19th": a number for a number said a few words
    // before the break; the words around it stay.
    const number = alone && fresh.length === 1 && kindOf(fresh) === 'number' ? lastNumber(out) : -1;
    if (number >= 0 && (kindOf(out.slice(x)) !== 'number' || x < number || number < out.length - 1)) {
      out[number] = fresh[0]!;
      changed = true;
      b = after;
      continue;
    }
    // A reply that is only the value taken back ("vegetarian - well, pescatarian") may start the sentence.
    const bare = x === 0 && out.length === 1;
    if (!alone || x === out.length || (x === 0 && !bare) || kindOf(out.slice(x)) !== kindOf(fresh)) {
      // (Only after words that take the statement back, or a marker closed by a comma ("sorry, …"): "sorry for the long
      // message, my manager Dave …" takes nothing back.)
      const takesBack = tokens.slice(b + 1, y).some((m) => TAKING_BACK.has(m.low)) || tokens[y - 1]?.text === ',';
      const renamed = takesBack ? retaken(tokens, y, out) : undefined;
      if (renamed) {
        out.splice(renamed.at, renamed.length, ...renamed.fresh);
        changed = true;
      }
      out.push(t);
      b = renamed ? renamed.next : b + 1;
      continue;
    }
    out.length = x;
    out.push(...fresh);
    changed = true;
    b = after;
  }
  return changed ? out : tokens;
}

/** Where the last number stands among the few words before a break (none past another break): -1 when none. */
function lastNumber(out: readonly Token[]): number {
  for (let k = out.length - 1; k >= 0 && k >= out.length - 5; k--) {
    const t = out[k]!;
    if (BREAKS.has(t.text) || t.pos === 'PUNCT') return -1;
    if (t.pos === 'NUM' || /^\d/.test(t.text)) return k;
  }
  return -1;
}

const ARTICLES = new Set(['a', 'an', 'the']);
const IT_IS: readonly (readonly string[])[] = [['it', "'s"], ['it', 'is'], ['its'], ['i', 'mean'], ['just']];

/**
 * "I'm doing my master's at Monash — sorry, not a master's, it's a Graduate Diploma": the words after "not" name what is
 * taken back wherever it stands in what was said; the value after "it's" takes its place. Returns where the words stand
 * in `out`, how many they are, the new value and where reading goes on; undefined when the form is not this one or the
 * words were not said.
 */
function namedTakeBack(tokens: readonly Token[], y: number, out: readonly Token[]): { at: number; length: number; fresh: Token[]; next: number } | undefined {
  if (tokens[y]?.low !== 'not') return undefined;
  let k = y + 1;
  if (ARTICLES.has(tokens[k]?.low ?? '')) k++;
  const from = k;
  while (k < tokens.length && k - from < MAX_VALUE && tokens[k]!.text !== ',' && tokens[k]!.pos !== 'PUNCT') k++;
  if (k === from || tokens[k]?.text !== ',') return undefined;
  const old = tokens.slice(from, k).map((t) => t.low);
  let v = k + 1;
  const lead = IT_IS.find((w) => matches(tokens, v, w));
  if (!lead) return undefined;
  v += lead.length;
  if (ARTICLES.has(tokens[v]?.low ?? '')) v++;
  let end = v;
  // ("a Graduate Diploma of Education": "of" inside a name written in capitals.)
  const inName = (i: number) => tokens[i]!.low === 'of' && i > v && /^[A-Z]/.test(tokens[i + 1]?.text ?? '');
  while (end < tokens.length && end - v < MAX_VALUE + 1 && (isValueWord(tokens[end]) || inName(end)) && !TRAILERS.has(tokens[end]!.low)) end++;
  if (end === v) return undefined;
  for (let at = out.length - old.length; at >= 0; at--) {
    if (old.every((w, i) => out[at + i]!.low === w)) return { at, length: old.length, fresh: tokens.slice(v, end), next: end };
  }
  return undefined;
}

/** Words of a marker that take back what was said ("actually no", "scratch that", "I mean"), not only excuse it ("sorry"). */
const TAKING_BACK = new Set(['no', 'scratch', 'mean', 'correction', 'rather']);
const CALENDAR = new Set([...DAY_NAMES, ...MONTH_NAMES]);
const PLACE_WORDS = new Set(['in', 'to', 'at', 'for', 'from', 'with']);
/** A word of a name: written with a capital, and not "I" nor a month or a day. */
const nameWord = (t: Token | undefined): boolean =>
  t !== undefined && /^\p{Lu}/u.test(t.text) && t.low !== 'i' && !t.low.startsWith("i'") && !CALENDAR.has(t.low) && t.pos !== 'PUNCT';

/** The first (or last) run of name words in tokens[from, to) (at most MAX_VALUE words): [start, end], or undefined. */
function nameRun(tokens: readonly Token[], from: number, to: number, last: boolean): [number, number] | undefined {
  let found: [number, number] | undefined;
  for (let k = from; k < to; k++) {
    if (!nameWord(tokens[k]) || nameWord(tokens[k - 1])) continue;
    let end = k;
    while (end < to && end - k < MAX_VALUE && nameWord(tokens[end])) end++;
    // (The first word of the sentence is written with a capital anyway: it is a name only if the model says so.)
    if (k === 0 && end === 1 && tokens[0]!.pos !== 'PROPN') continue;
    found = [k, end];
    if (!last) return found;
  }
  return found;
}

/** The object of the first (or last) "in / to / at / for …" in tokens[from, to): the nouns after it, or undefined. */
function placeObject(tokens: readonly Token[], from: number, to: number, last: boolean): [number, number] | undefined {
  let found: [number, number] | undefined;
  for (let k = from; k < to; k++) {
    if (!PLACE_WORDS.has(tokens[k]!.low)) continue;
    let end = k + 1;
    while (end < to && end - k <= MAX_VALUE && (tokens[end]!.pos === 'NOUN' || tokens[end]!.pos === 'PROPN') && !CALENDAR.has(tokens[end]!.low)) end++;
    if (end === k + 1) continue;
    found = [k + 1, end];
    if (!last) return found;
  }
  return found;
}

/**
 * "I'm in Red Deer — actually no, scratch that, we moved in September, it's Lacombe now", "I work for Serco on the base —
 * actually scratch that, the contract moved over to Babcock in April", "i'm in pretoria — actually no, we moved to centurion":
 * a statement taken back and followed by another that names the new value somewhere in it. The last name said before the
 * break gives way to the first name said after the marker (a month or a day is no name); in words written without
 * capitals, the last object of "in / to / at …" before the break to the first one after (or to a name said straight after the
 * marker). The rest is read as written.
 */
function retaken(tokens: readonly Token[], y: number, out: readonly Token[]): { at: number; length: number; fresh: Token[]; next: number } | undefined {
  let start = out.length;
  while (start > 0 && !BREAKS.has(out[start - 1]!.text) && out[start - 1]!.pos !== 'PUNCT') start--;
  let end = y;
  while (end < tokens.length && !(tokens[end]!.pos === 'PUNCT' && /^[.!?]$/.test(tokens[end]!.text))) end++;
  const before = out.slice(start);
  const capitals = before.some(nameWord);
  const old = capitals ? nameRun(out, start, out.length, true) : placeObject(out, start, out.length, true);
  // ("i'm in perth … wait no sorry, Darwin!!": after words without capitals, a name said straight after the marker.)
  const named = nameRun(tokens, y, end, false);
  const fresh = capitals ? named : (placeObject(tokens, y, end, false) ?? (named?.[0] === y ? named : undefined));
  if (!old || !fresh) return undefined;
  const was = out
    .slice(old[0], old[1])
    .map((t) => t.low)
    .join(' ');
  const now = tokens.slice(fresh[0], fresh[1]);
  if (now.map((t) => t.low).join(' ') === was) return undefined;
  // ("no sorry, Cartaya, Lepe is where my cousin is": a new value said first is not read again with what follows it.)
  const next = fresh[0] === y ? fresh[1] + (tokens[fresh[1]]?.text === ',' ? 1 : 0) : y;
  return { at: old[0], length: old[1] - old[0], fresh: now, next };
}

/**
 * "vegetarian. well, pescatarian", "I'm in Perth. No wait, Darwin.": a correction that starts a new sentence is read in
 * the sentence it corrects (the stop or the dots become a dash), so selfCorrected sees both values. Only before a marker and
 * a comma, or markers said one after another.
 */
const CORRECTION_AFTER_STOP =
  /(?<=[\p{L}\p{N}])(?:\.{1,3}|…) (?=(?:[Ww]ell|[Aa]ctually|[Ss]orry|[Ww]ait|[Nn]o|I mean|[Hh]ang on)(?:,| no\b| sorry\b| wait\b| hang on\b))/gu;

export function joinedCorrections(text: string): string {
  return text.replace(CORRECTION_AFTER_STOP, ' - ');
}
