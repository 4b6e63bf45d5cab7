import type { Token } from '../nlp/wink.js';
import { capitalised, isEmoji, spanText } from '../nlp/wink.js';
import { stripPlural, type Lexicon } from './lexicon/index.js';
import { ACTIVITIES } from './lexicon/activities.js';
import { PLACES } from './lexicon/places.js';
import { PROGRAMMING, TOOLS } from './lexicon/languages.js';
import { PLATFORMS, SHIFTS } from './lexicon/work.js';
import { DAY_NAMES, MONTH_NAMES, MONTH_SHORT } from './time.js';

/**
 * A small matcher for the extraction pattern tables. A pattern is a line of elements separated by
 * spaces, matched against a clause's tokens:
 *
 *   word        the token, lower case          be~        any form of the lemma ("am", "is", "was");
 *   rely_on     a sequence of words                         in a sequence too ("pick~_up")
 *   a|an|the    one of several words           x?         optional element
 *   @NOUN|PROPN a part-of-speech tag           $diet      a phrase of a lexicon (longest match)
 *   ..          skip up to three modifiers (adjectives, nouns, numbers, determiners, adverbs)
 *   ...         skip up to eight words of the same statement (not across punctuation, another
 *               person, a negation or a topic word such as "about")
 *   {name:kind} capture a span: np (noun phrase, the default), place, list, rest, word, num, name,
 *               or $lexicon (a lexicon phrase)
 *
 * Soft adverbs ("really", "also", "currently", "just" …) are skipped between elements. Slots are
 * deterministic (each kind takes one span) and elements are few, so matching one pattern at one
 * position costs a bounded number of steps: a clause of n tokens costs O(n × patterns).
 */

export interface Slots {
  [name: string]: { from: number; to: number; items?: [number, number][] };
}

type Element =
  | { kind: 'word'; words: readonly { seq: readonly string[]; lemma: readonly boolean[] }[]; optional: boolean }
  | { kind: 'pos'; tags: ReadonlySet<string>; optional: boolean }
  | { kind: 'lex'; lex: Lexicon; optional: boolean }
  | { kind: 'skip'; optional: true }
  | { kind: 'gap'; optional: true }
  | { kind: 'slot'; name: string; slot: SlotKind; lex?: Lexicon; optional: boolean };

type SlotKind = 'np' | 'place' | 'list' | 'rest' | 'word' | 'num' | 'name' | 'lex';

export interface Compiled {
  readonly source: string;
  readonly elements: readonly Element[];
  /** The words a match must start with (lower case or lemma), when the first element says so; else null. */
  readonly first: ReadonlySet<string> | null;
}

/** Whether a match of `pattern` can start at this token (a cheap check before `matchAt`). */
export function canStartAt(pattern: Compiled, t: Token): boolean {
  const first = pattern.first;
  if (!first) return true;
  return first.has(t.low) || first.has(t.lemma) || first.has(stripPlural(t.low)) || SOFT.has(t.low);
}

export function compile(source: string, lexicons: ReadonlyMap<string, Lexicon>): Compiled {
  const elements: Element[] = [];
  for (const raw of source.trim().split(/\s+/)) {
    const optional = raw.length > 1 && raw.endsWith('?');
    const part = optional ? raw.slice(0, -1) : raw;
    if (part === '..') {
      elements.push({ kind: 'skip', optional: true });
    } else if (part === '...') {
      elements.push({ kind: 'gap', optional: true });
    } else if (part.startsWith('{') && part.endsWith('}')) {
      const [name, kind = 'np'] = part.slice(1, -1).split(':') as [string, string?];
      if (kind.startsWith('$')) {
        elements.push({ kind: 'slot', name, slot: 'lex', lex: need(lexicons, kind.slice(1), source), optional });
      } else {
        if (!['np', 'place', 'list', 'rest', 'word', 'num', 'name'].includes(kind)) throw new Error(`pattern "${source}": unknown slot kind ${kind}`);
        elements.push({ kind: 'slot', name, slot: kind as SlotKind, optional });
      }
    } else if (part.startsWith('$')) {
      elements.push({ kind: 'lex', lex: need(lexicons, part.slice(1), source), optional });
    } else if (part.startsWith('@')) {
      elements.push({ kind: 'pos', tags: new Set(part.slice(1).split('|')), optional });
    } else {
      // "rely_on" is a sequence of words; "live~" any form of the lemma, in a sequence too ("pick~_up": "picked up").
      const words = part.split('|').map((w) => {
        const seq = w.split('_');
        // A mark inside an alternation or a sequence would be a literal character that no token has.
        if (seq.some((x) => (x !== '?' && x.includes('?')) || x.slice(0, -1).includes('~'))) throw new Error(`pattern "${source}": a mark inside "${w}"`);
        return { seq: seq.map((x) => x.replace(/~$/, '')), lemma: seq.map((x) => x.endsWith('~')) };
      });
      elements.push({ kind: 'word', words, optional });
    }
  }
  return { source, elements, first: firstWordsOf(elements, 0) };
}

/** The words a match can start with: the first element's, or (when it is optional) those of the next as well. */
function firstWordsOf(elements: readonly Element[], at: number): Set<string> | null {
  const el = elements[at];
  if (!el || el.kind === 'skip' || el.kind === 'gap') return null;
  if (el.optional) {
    const own = firstWordsOf([{ ...el, optional: false } as Element], 0);
    const next = firstWordsOf(elements, at + 1);
    return own && next ? new Set([...own, ...next]) : null;
  }
  if (el.kind === 'word') return new Set(el.words.map((w) => w.seq[0]!));
  if (el.kind === 'lex' || (el.kind === 'slot' && el.slot === 'lex' && el.lex)) return new Set((el.kind === 'lex' ? el.lex : el.lex!).firstWords());
  return null;
}

function need(lexicons: ReadonlyMap<string, Lexicon>, name: string, source: string): Lexicon {
  const lex = lexicons.get(name);
  if (!lex) throw new Error(`pattern "${source}": unknown lexicon $${name}`);
  return lex;
}

/** Adverbs skipped between elements. */
const SOFT = new Set([
  'really',
  'also',
  'currently',
  'now',
  'still',
  'just',
  'mostly',
  'mainly',
  'actually',
  'basically',
  'finally',
  'only',
  'even',
  'pretty',
  'quite',
  'very',
  'fully',
  'usually',
  'always',
  'totally',
  'definitely',
  'honestly',
  'primarily',
  'largely',
  'generally',
  'officially',
  'technically',
  'kinda',
  'literally',
  'proudly',
  'happily',
  'originally',
  'recently',
  'newly',
  'already',
  'both',
  'all',
  'lol',
  'btw',
  'too',
  'so',
  'super',
  'properly',
  'genuinely',
  'absolutely',
  'seriously',
  'obviously',
  'simply',
  'somewhat',
  'mainly',
  'mostly',
  'permanently',
  'temporarily',
  'typically',
  'normally',
  'personally',
  // Negations are read by the clause (a negated match is dropped, or is a retraction), so they do not block one.
  'not',
  'never',
]);

/** Words a gap never crosses: other people, negation, topics ("a book about diabetes"), comparisons. */
const GAP_STOP = new Set([
  'not',
  'never',
  'no',
  'about',
  'regarding',
  'on',
  'for',
  'like',
  'than',
  'but',
  'if',
  'who',
  'which',
  'that',
  'whose',
  'friend',
  'friends',
  'son',
  'daughter',
  'sister',
  'brother',
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'wife',
  'husband',
  'partner',
  'boyfriend',
  'girlfriend',
  'colleague',
  'colleagues',
  'boss',
  'manager',
  'kid',
  'kids',
  'child',
  'children',
  'parents',
  'client',
  'clients',
  'patient',
  'patients',
  'student',
  'students',
  'customer',
  'customers',
  'neighbour',
  'neighbor',
  'cousin',
  'aunt',
  'uncle',
  'nan',
  'grandma',
  'grandad',
  'baby',
  'team',
  'people',
  'someone',
  'everyone',
  'he',
  'she',
  'they',
  'them',
  'his',
  'her',
  'their',
  'you',
  'your',
  'and',
  'or',
]);

/** Words before "mate" that make it a rank on a ship ("chief mate", "2nd mate"). */
const SHIP_RANKS: ReadonlySet<string> = new Set(['chief', 'first', 'second', 'third', '1st', '2nd', '3rd']);
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'some', 'this', 'that', 'these', 'those', 'one', 'two', 'few', 'couple']);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X']);
const NP_JOINERS = new Set(['-', '&', '/', "'s", '+', '.', '#']);
/** Words that end a noun phrase even when tagged as a noun or adjective. */
const NP_STOP = new Set([
  'here',
  'there',
  'btw',
  'lol',
  'haha',
  'now',
  'too',
  'though',
  'rn',
  'atm',
  'tho',
  'please',
  'pls',
  'plz',
  'thanks',
  'today',
  'tomorrow',
  'tonight',
  'yesterday',
  'anyway',
  'so',
  'fyi',
  'mate',
  'everyone',
  'guys',
  "y'all",
  'lately',
  'currently',
  'etc',
  'ok',
  'okay',
  'yes',
  'no',
  'and',
  'or',
  'but',
  'with',
  'for',
  'at',
  'in',
  'on',
  'from',
  'to',
  'by',
  'of',
  'as',
  'since',
  'about',
  'who',
  'which',
  'that',
  'because',
  'while',
  'when',
  'where',
  'if',
  'than',
  'then',
  'tbh',
  'imo',
  'ngl',
  'innit',
  'eh',
  'mostly',
  'mainly',
]);
const LIST_SEPARATORS = new Set([',', 'and', '&', 'or', 'plus', '/', 'n', "'n'"]);
const PLACE_STOP = new Set([
  // Not "may": there it is the verb ("I may move to …").
  ...MONTH_NAMES.filter((m) => m !== 'may'),
  ...MONTH_SHORT,
  ...DAY_NAMES,
  // "on Tuesdays and Thursdays", "on weekends": days said in the plural are a schedule, never a place.
  ...DAY_NAMES.map((d) => `${d}s`),
  'weekends',
  'weekdays',
  'christmas',
  'easter',
  'halloween',
  'thanksgiving',
  'the',
  'year',
  'grade',
  'form',
  'class',
  'week',
  'month',
  'a',
  'an',
  'my',
  'our',
  'town',
  'city',
  'area',
  'office',
  'house',
  'home',
  'flat',
  'bed',
  'school',
  'work',
  'country',
  'village',
  'suburb',
  'north',
  'south',
  'east',
  'west',
  'centre',
  'center',
  'middle',
  'same',
  'different',
  'small',
  'big',
  'new',
  'old',
  'london-ish',
  'it',
  'there',
  'here',
  'general',
  'love',
  'touch',
  'charge',
  'trouble',
  'pain',
  'bits',
  'time',
  'place',
  'person',
  'way',
  'front',
  'between',
  'fact',
  'case',
  'hospital',
  'prison',
  'hotel',
  'tent',
  'van',
  'car',
  'shed',
  'bed',
  'hiding',
  'denial',
  'debt',
]);
const REST_STOP = new Set([
  'because',
  'cause',
  'cos',
  'but',
  'so',
  'which',
  'who',
  'although',
  'though',
  'while',
  'whereas',
  'if',
  'unless',
  'when',
  'please',
  'pls',
  'plz',
  'lol',
  'haha',
  'btw',
  'any',
  'can',
  'could',
  'would',
  'what',
  'how',
  'should',
]);

export interface Match {
  from: number;
  to: number;
  slots: Slots;
}

/** Try the pattern at `at` (skipping soft adverbs first); the first way to match wins. */
export function matchAt(tokens: readonly Token[], at: number, pattern: Compiled): Match | null {
  const slots: Slots = {};
  const end = step(tokens, skipSoft(tokens, at, pattern.elements[0]), pattern.elements, 0, slots, { n: 0 });
  return end < 0 ? null : { from: at, to: end, slots };
}

/** Steps one match attempt may take (a bound on backtracking over optional elements and slot ends). */
const MAX_STEPS = 256;

function step(tokens: readonly Token[], i: number, els: readonly Element[], e: number, slots: Slots, counter: { n: number }): number {
  if (e === els.length) return i;
  if (++counter.n > MAX_STEPS) return -1;
  const el = els[e]!;
  const ends = candidates(tokens, i, el, els[e + 1]);
  for (const end of ends) {
    if (el.kind === 'slot' && end > i) slots[el.name] = { from: i, to: end, items: el.slot === 'list' ? listItems(tokens, i, end) : undefined };
    const next = step(tokens, end > i || el.kind === 'skip' ? skipSoft(tokens, end, els[e + 1]) : end, els, e + 1, slots, counter);
    if (next >= 0) return next;
    if (el.kind === 'slot') delete slots[el.name];
  }
  if (el.optional) return step(tokens, i, els, e + 1, slots, counter);
  return -1;
}

/** Skip soft adverbs, unless the next element asks for that very word ("only buy ..."). */
function skipSoft(tokens: readonly Token[], i: number, next?: Element): number {
  let k = i;
  while (k < tokens.length && SOFT.has(tokens[k]!.low)) {
    if (next?.kind === 'word' && next.words.some((w) => w.seq[0] === tokens[k]!.low)) break;
    // ("I'm a Just Eat courier": a soft word that opens an entry of the lexicon asked for is part of it.)
    if ((next?.kind === 'lex' || (next?.kind === 'slot' && next.slot === 'lex')) && next.lex!.matchAt(tokens, k) > 1) break;
    k++;
  }
  return k;
}

/** Possible end positions of one element starting at `i`, best first. */
function candidates(tokens: readonly Token[], i: number, el: Element, next: Element | undefined): number[] {
  const t = tokens[i];
  switch (el.kind) {
    case 'word': {
      const ends: number[] = [];
      for (const w of el.words) {
        const n = w.seq.length;
        let ok = i + n <= tokens.length;
        for (let k = 0; ok && k < n; k++) {
          const u = tokens[i + k]!;
          ok = u.low === w.seq[k] || (w.lemma[k] === true && u.lemma === w.seq[k]);
        }
        if (ok && !ends.includes(i + n)) ends.push(i + n);
      }
      return ends.sort((a, b) => b - a);
    }
    case 'pos':
      return t && el.tags.has(t.pos) ? [i + 1] : [];
    case 'lex': {
      const n = inflectedShort(tokens[i]) ? 0 : el.lex.matchAt(tokens, i) || el.lex.fuzzyAt(tokens, i);
      return n > 0 ? [i + n] : [];
    }
    case 'skip': {
      const out: number[] = [];
      for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
        const u = tokens[k]!;
        if (!(NP_POS.has(u.pos) || u.pos === 'DET' || u.pos === 'ADV' || NP_JOINERS.has(u.text)) || u.neg) break;
        out.push(k + 1);
      }
      return [i, ...out];
    }
    case 'gap': {
      const out = [i];
      for (let k = i; k < Math.min(tokens.length, i + 8); k++) {
        const u = tokens[k]!;
        if (
          u.pos === 'PUNCT' ||
          GAP_STOP.has(u.low) ||
          (u.pos === 'PRON' && u.low !== 'my' && u.low !== 'our' && u.low !== 'i' && u.low !== 'me') ||
          u.pos === 'SCONJ'
        )
          break;
        out.push(k + 1);
      }
      return out;
    }
    case 'slot':
      return slotEnds(tokens, i, el, next);
  }
}

/**
 * A verb form whose lemma is a short word ("eating" -> "eat", "wed" -> "wed") is not the short word of a
 * lexicon ("EAT", East Africa Time): inflected verbs match a lexicon only through longer lemmas.
 */
function inflectedShort(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && t.low !== t.lemma && t.lemma.length <= 3;
}

function slotEnds(tokens: readonly Token[], i: number, el: Extract<Element, { kind: 'slot' }>, next: Element | undefined): number[] {
  const t = tokens[i];
  if (!t || t.pos === 'PUNCT') return [];
  switch (el.slot) {
    case 'lex': {
      const n = inflectedShort(t) ? 0 : el.lex!.matchAt(tokens, i) || el.lex!.fuzzyAt(tokens, i);
      return n > 0 ? [i + n] : [];
    }
    case 'word':
      return NP_STOP.has(t.low) ? [] : [i + 1];
    case 'num':
      return t.pos === 'NUM' || /^\d/.test(t.text) ? [i + 1] : [];
    case 'name':
      return nameEnd(tokens, i);
    case 'place':
      // ("now I'm on Uber Moto": a platform worked on is no place; nor "I'm on earlies": a shift.)
      return (PLATFORMS.matchAt(tokens, i) > 0 || SHIFTS.matchAt(tokens, i) > 0) && PLACES.matchAt(tokens, i) === 0 ? [] : placeEnd(tokens, i);
    case 'list': {
      const end = listEnd(tokens, i);
      return end > i ? [end] : [];
    }
    case 'rest': {
      let k = i;
      while (k < tokens.length && k - i < 12) {
        const u = tokens[k]!;
        const after = tokens[k + 1];
        const listComma = u.text === ',' && after !== undefined && (after.pos === 'ADJ' || after.pos === 'NOUN') && !REST_STOP.has(after.low);
        // ("stay hands-on": a stop word joined on by a hyphen is part of its word.)
        const hyphened = k - 1 > i && afterHyphen(tokens, k);
        if ((u.pos === 'PUNCT' && !NP_JOINERS.has(u.text) && !listComma) || (k > i && REST_STOP.has(u.low) && !hyphened)) break;
        if (next && next.kind === 'word' && next.words.some((w) => w.seq[0] === u.low) && k > i) break;
        k++;
      }
      return k > i ? [trimEnd(tokens, i, k)] : [];
    }
    case 'np':
      return npEnds(tokens, i);
  }
}

/** What the second word of a hyphenated compound may be ("die-hard", not "live-in"). */
const COMPOUND_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB']);

const COMPOUND_PARTICLES: ReadonlySet<string> = new Set(['in', 'out', 'on', 'off', 'up']);
/** "live-in", "walk-in", "drop-off" before a noun: at k, a word joined by a hyphen to a particle, a noun after. */
function particleCompound(tokens: readonly Token[], k: number): boolean {
  const joined = tokens[k + 1];
  const particle = tokens[k + 2];
  const after = tokens[k + 3];
  return (
    k >= 0 &&
    joined?.text === '-' &&
    !joined.space &&
    particle !== undefined &&
    !particle.space &&
    COMPOUND_PARTICLES.has(particle.low) &&
    after !== undefined &&
    (after.pos === 'NOUN' || after.pos === 'PROPN')
  );
}

/** "in-charge", "on-call", "in-house": at k, a particle joined by a hyphen to the word after it. */
function particleFirst(tokens: readonly Token[], k: number): boolean {
  const joined = tokens[k + 1];
  const word = tokens[k + 2];
  return (
    k >= 0 &&
    COMPOUND_PARTICLES.has(tokens[k]!.low) &&
    joined?.text === '-' &&
    !joined.space &&
    word !== undefined &&
    !word.space &&
    (word.pos === 'NOUN' || word.pos === 'VERB' || word.pos === 'ADJ')
  );
}

/** Whether a token can stand inside a noun phrase ("team lead", "self employed electrician", "a QA lead"). */
function npToken(tokens: readonly Token[], k: number, start: number): boolean {
  const u = tokens[k]!;
  // ("a live-in carer", "a walk-in clinic": a verb and its particle joined before a noun name a kind of it.)
  if (particleCompound(tokens, k) || (u.text === '-' && particleCompound(tokens, k - 1)) || (k - 2 >= start && particleCompound(tokens, k - 2))) return true;
  // ("shift in-charge", "in-house counsel", "on-call vet": a particle joined to a word by a hyphen, inside a phrase.)
  if (k > start && (particleFirst(tokens, k) || (u.text === '-' && particleFirst(tokens, k - 1)) || particleFirst(tokens, k - 2))) return true;
  if (k > start && stopsPhrase(tokens, k)) return false;
  if (NP_POS.has(u.pos)) return true;
  // ("die-hard Kaizer Chiefs fan": the first word of a hyphenated compound, whatever the tagger makes of it.)
  const joined = tokens[k + 1];
  if (joined?.text === '-' && !joined.space && tokens[k + 2] !== undefined && !tokens[k + 2]!.space && COMPOUND_POS.has(tokens[k + 2]!.pos)) return true;
  // "an only child", "a newly qualified nurse"
  if (
    u.pos === 'ADV' &&
    ['only', 'newly', 'recently', 'fully', 'very', 'semi'].includes(u.low) &&
    tokens[k + 1] !== undefined &&
    NP_POS.has(tokens[k + 1]!.pos)
  )
    return true;
  if (u.pos === 'VERB') {
    const next = tokens[k + 1];
    // ("mountain biking at Afan", "lawn bowls": a pastime the table knows, its verb after its noun.)
    if (k > start && ACTIVITIES.matchAt(tokens, k - 1) === 2) return true;
    // ("pigeon racing", "bell ringing": the same for one it does not know — an "-ing" word closing the phrase after a singular noun.)
    const prev = tokens[k - 1]!;
    // (Not a participle with its complement: "my job driving for OC Transpo", "drummer living in Toronto".)
    const closes = next === undefined || ['PUNCT', 'CCONJ'].includes(next.pos);
    if (k > start && u.low.endsWith('ing') && prev.pos === 'NOUN' && prev.low === prev.lemma && closes) return true;
    // Base forms mis-tagged as verbs ("lead", "trade"), and participles before a noun ("retired teacher").
    if (u.low === u.lemma && (k > start || (next !== undefined && (next.pos === 'NOUN' || next.pos === 'VERB' || next.pos === 'PROPN')))) return true;
    if ((u.low.endsWith('ed') || u.low.endsWith('ing')) && (k === start || (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN')))) return true;
  }
  // Inside a hyphenated compound ("stay-at-home", "first-time") any word belongs to the phrase.
  if (k > start && afterHyphen(tokens, k)) return u.pos !== 'PUNCT';
  if (u.text === '-' && k > start && !u.space && tokens[k + 1] !== undefined && !tokens[k + 1]!.space) return true;
  return NP_JOINERS.has(u.text) && !spacedPlus(tokens, k) && k > start && tokens[k + 1] !== undefined && NP_POS.has(tokens[k + 1]!.pos);
}

/** Every end of a noun phrase starting at `i` (determiners, then up to 7 modifiers and nouns), longest first. */
export function npEnds(tokens: readonly Token[], i: number): number[] {
  let k = i;
  while (k < tokens.length && DETERMINERS.has(tokens[k]!.low) && k - i < 2) k++;
  const start = k;
  const ends: number[] = [];
  while (k < tokens.length && k - start < 7) {
    // "Head of Growth", "University of Alberta": "of" before a capitalised name stays in the phrase.
    const u = tokens[k]!;
    const ofName =
      u.low === 'of' &&
      k > start &&
      (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN') &&
      tokens[k + 1] !== undefined &&
      capitalised(tokens[k + 1]!) &&
      tokens[k + 1]!.pos !== 'PRON';
    if (!ofName && !npToken(tokens, k, start)) break;
    k++;
    const end = trimEnd(tokens, i, k);
    if (end > start && !ends.includes(end)) ends.push(end);
  }
  return ends.reverse();
}

/** A word that ends a noun phrase here ("chief mate on a car carrier" keeps its rank at sea; "cheers mate" does not). */
function stopsPhrase(tokens: readonly Token[], k: number): boolean {
  const low = tokens[k]!.low;
  // ("promoted to team leader last month": a time said after the phrase is no part of it.)
  if (DEICTIC.has(low) && PHRASE_TIMES.has(tokens[k + 1]?.low ?? '')) return true;
  // ("deputy news editor at the Coventry Telegraph right now")
  if (low === 'right' && tokens[k + 1]?.low === 'now') return true;
  // ("a signaller at york rail operating centre 12 hr shifts": a count with its unit after a common noun starts a new
  // thought, in text run on without punctuation; "Terminal 5", a name, keeps its number.)
  if (tokens[k]!.pos === 'NUM' && tokens[k - 1]?.pos === 'NOUN' && RUN_ON_UNITS.has(tokens[k + 1]?.low ?? '')) return true;
  return NP_STOP.has(low) && !(low === 'mate' && SHIP_RANKS.has(tokens[k - 1]?.low ?? ''));
}

const DEICTIC: ReadonlySet<string> = new Set(['last', 'next', 'this']);
const RUN_ON_UNITS: ReadonlySet<string> = new Set('hr hrs hour hours day days yr yrs year years shift shifts min mins week weeks'.split(' '));
const PHRASE_TIMES: ReadonlySet<string> = new Set(
  'week weekend month year night morning summer winter spring autumn fall term season semester monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** The longest noun phrase starting at `i` (its end; `i` when there is none). */
export function npEnd(tokens: readonly Token[], i: number): number {
  return npEnds(tokens, i)[0] ?? i;
}

/** Whether the word at `k` is joined on to the word before by a hyphen, with no space on either side ("hands-on"). */
function afterHyphen(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev !== undefined && prev.text === '-' && !prev.space && tokens[k] !== undefined && !tokens[k]!.space;
}

/** Drop trailing fillers and joiners from a span. */
function trimEnd(tokens: readonly Token[], from: number, to: number): number {
  let k = to;
  // ("hands-on", "drop-in": a word joined on by a hyphen closes the phrase as it is.)
  if (k - 2 > from && afterHyphen(tokens, k - 1) && tokens[k - 1]!.pos !== 'PUNCT') return k;
  while (
    k > from &&
    (stopsPhrase(tokens, k - 1) ||
      NP_JOINERS.has(tokens[k - 1]!.text) ||
      tokens[k - 1]!.pos === 'CCONJ' ||
      tokens[k - 1]!.pos === 'ADP' ||
      tokens[k - 1]!.pos === 'DET')
  )
    k--;
  return k;
}

/** A "+" with spaces round it joins items ("climbing + surfing"); written tight it is part of a name ("C++"). */
function spacedPlus(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.text === '+' && tokens[k]!.space && tokens[k + 1]?.space === true;
}

function listEnd(tokens: readonly Token[], i: number): number {
  let k = npEnd(tokens, i);
  if (k === i) return i;
  for (;;) {
    let j = k;
    let sawSeparator = false;
    while (j < tokens.length && (LIST_SEPARATORS.has(tokens[j]!.low) || tokens[j]!.text === ',' || isEmoji(tokens[j]!) || spacedPlus(tokens, j))) {
      sawSeparator = true;
      j++;
    }
    if (!sawSeparator || j >= tokens.length) return k;
    // "and I ..." starts a clause, not an item.
    const u = tokens[j]!;
    if (u.pos === 'PRON' || u.pos === 'AUX' || (u.pos === 'VERB' && !u.low.endsWith('ing'))) return k;
    const end = npEnd(tokens, j);
    if (end === j) return k;
    k = end;
  }
}

/** Item spans of a list slot. */
function listItems(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const items: [number, number][] = [];
  let start = from;
  for (let k = from; k <= to; k++) {
    const sep = k === to || LIST_SEPARATORS.has(tokens[k]!.low) || tokens[k]!.text === ',' || isEmoji(tokens[k]!) || spacedPlus(tokens, k);
    if (!sep) continue;
    if (k > start) items.push([start, k]);
    start = k + 1;
  }
  return items;
}

const COMPASS = new Set(['north', 'south', 'east', 'west']);
export const NAME_OPENERS = new Set([...COMPASS, 'upper', 'lower', 'greater', 'central', 'inner', 'outer', 'old', 'little', 'great']);
const PLACE_ADJECTIVES = new Set(['rural', 'remote', 'deepest', 'darkest', 'sunny', 'leafy', 'suburban', 'downtown', 'coastal']);

/**
 * A word outside the model's vocabulary that reads as a name: letters only, a noun, four letters or more, and
 * not an inflected form (the vocabulary holds base forms: "spreadsheets" and "hoodies" are out of it too).
 */
const rareName = (t: Token): boolean => t.oov && (t.pos === 'NOUN' || t.pos === 'PROPN') && t.low.length >= 4 && /^[a-z]+$/.test(t.low) && t.lemma === t.low;

/** Groups at work a name may qualify ("the SRE team", "the Payments squad"). */
const WORK_GROUPS = new Set([
  'team',
  'teams',
  'squad',
  'department',
  'dept',
  'division',
  'org',
  'role',
  'project',
  'desk',
  'unit',
  'group',
  'side',
  'track',
  'stream',
  'tribe',
  'pod',
  'crew',
]);

/** Nouns that follow a town's name as part of saying where ("leeds city centre", "bath area"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'centre',
  'center',
  'area',
  'town',
  'way',
  'side',
  'region',
  'district',
  'suburbs',
  'outskirts',
  'uni',
]);

/** The last words of the names of bodies and buildings that open with a place ("Lagos Business School", "Leeds General Infirmary"). */
const BODY_HEADS: ReadonlySet<string> = new Set([
  'school',
  'university',
  'college',
  'institute',
  'academy',
  'polytechnic',
  'hospital',
  'infirmary',
  'airport',
  'council',
  'cathedral',
  'station',
]);

/** Capitalised words from `k` on (at most three) that close on the name of a body or building. */
function bodyNamed(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3 && tokens[j] !== undefined && capitalised(tokens[j]!); j++) if (BODY_HEADS.has(tokens[j]!.low)) return true;
  return false;
}

/** Words that may follow a place's name and close it ("in Lancing now", "in Epping since 2019", "in Tring and …"). */
const AFTER_NAME: ReadonlySet<string> = new Set([
  'now',
  'nowadays',
  'currently',
  'today',
  'tonight',
  'again',
  'too',
  'though',
  'tho',
  'actually',
  'anyway',
  'since',
  'and',
  'but',
  'so',
]);

/** Words that, capitalised after a known place, are part of its name ("Cebu City", "Clare Valley", "Gold Coast"). */
const NAME_TAILS: ReadonlySet<string> = new Set(['city', 'town', 'valley', 'hills', 'coast', 'heights', 'vale', 'bay', 'harbour', 'peninsula', 'highlands']);

/** A place name: capitalised or proper-noun tokens, or a known place in any case; ", Region" may follow. */
export function placeEnd(tokens: readonly Token[], i: number): number[] {
  // "East Legon", "North Shields", "West Bromwich": a capitalised compass word opens a name.
  // So does one in a known region of two words or more ("up here in the north east").
  const stops = (k: number): boolean =>
    PLACE_STOP.has(tokens[k]!.low.replace(/\.$/, '')) &&
    !(COMPASS.has(tokens[k]!.low) && capitalised(tokens[k]!) && tokens[k + 1] !== undefined && capitalised(tokens[k + 1]!) && tokens[k + 1]!.pos === 'PROPN') &&
    !(COMPASS.has(tokens[k]!.low) && PLACES.matchAt(tokens, k) > 1) &&
    // ("New York", "New Zealand", "moved to new york": a stop word that opens a known place of two words or more, written
    // with its capital or right where the place is expected.)
    !((capitalised(tokens[k]!) || (k === i && tokens[k]!.low !== 'the')) && PLACES.matchAt(tokens, k) > 1) &&
    // ("Brunswick West": a capitalised compass word after a name closes it.)
    !(COMPASS.has(tokens[k]!.low) && capitalised(tokens[k]!) && k > 0 && capitalised(tokens[k - 1]!) && tokens[k - 1]!.pos === 'PROPN');
  const one = (k: number): number => {
    const u = tokens[k];
    if (!u || stops(k) || u.pos === 'PRON' || u.pos === 'AUX' || u.pos === 'ADP' || u.pos === 'PUNCT') return k;
    const known = PLACES.matchAt(tokens, k);
    const after = tokens[k + known];
    // ("near me in stoke?", "Stoke" read as a verb: a known place that ends the clause or is written with a capital.)
    // ("a hill farm on Mull —": a capitalised word after a preposition, read as a verb, that ends the clause is a name.)
    const next = tokens[k + 1];
    // ("I'm in Lancing now, we moved in March": or before a word that closes the clause's place.)
    const nameEnding = capitalised(u) && tokens[k - 1]?.pos === 'ADP' && (next === undefined || next.pos === 'PUNCT' || AFTER_NAME.has(next.low));
    if (u.pos === 'VERB' && !nameEnding && !(known > 0 && (capitalised(u) || after === undefined || after.pos === 'PUNCT' || after.pos === 'CCONJ'))) return k;
    // ("interested in reading books": a town's name that is also a word, in lower case before a noun, is that word.)
    if (known === 1 && !capitalised(u) && u.pos !== 'PROPN' && !u.oov && after?.pos === 'NOUN' && !PLACE_NOUNS.has(after.low)) return k;
    // ("Brunswick West": a known place, then a capitalised compass word that closes the name; "Cebu City", "Quezon City": a
    // capitalised "City" or "Town" after it is part of the name.)
    // (Not "Leeds City Centre", "Hull City Council": the centre or a body of the place.)
    const cityOf = ['centre', 'center', 'council', 'hall', 'limits', 'fc'].includes(tokens[k + known + 1]?.low ?? '');
    // (So is a capitalised word for the lie of the land: "the Clare Valley", "Adelaide Hills", "Gold Coast".)
    if (known > 0 && after !== undefined && capitalised(after) && NAME_TAILS.has(after.low) && !cityOf) return k + known + 1;
    if (known > 0)
      return (
        k +
        known +
        (COMPASS.has(after?.low ?? '') &&
        capitalised(after!) &&
        !(tokens[k + known + 1] && (capitalised(tokens[k + known + 1]!) || tokens[k + known + 1]!.low === 'of'))
          ? 1
          : 0)
      );
    if (TOOLS.matchAt(tokens, k) > 0 || PROGRAMMING.matchAt(tokens, k) > 0) return k;
    // "moved to canmore", "we're in kilimani": a word in lower case that no dictionary holds, alone, where a place goes.
    if (rareName(u) && !capitalised(u) && (tokens[k + 1] === undefined || !rareName(tokens[k + 1]!))) return k + 1;
    let j = k;
    while (
      j < tokens.length &&
      j - k < 5 &&
      (capitalised(tokens[j]!) ||
        tokens[j]!.pos === 'PROPN' ||
        (tokens[j]!.low === 'of' && j > k && tokens[j + 1] !== undefined && capitalised(tokens[j + 1]!))) &&
      !stops(j) &&
      tokens[j]!.pos !== 'PUNCT'
    )
      j++;
    return j;
  };
  // "the Gold Coast", "the Pilbara", "the Netherlands"
  // ("out in rural Mayo", "deepest Devon": a word for the kind of country before a named place.)
  const named = (k: number) => tokens[k] !== undefined && (capitalised(tokens[k]!) || PLACES.matchAt(tokens, k) > 0);
  const from = (tokens[i]?.low === 'the' || PLACE_ADJECTIVES.has(tokens[i]?.low ?? '')) && named(i + 1) ? i + 1 : i;
  let end = one(from);
  // ("a plumber in lower hutt", "in north leeds": a word that opens a town's name, in lower case before a known place or
  // a word no dictionary holds.)
  const opener = tokens[from];
  if (end === from && opener && NAME_OPENERS.has(opener.low) && tokens[from + 1]) {
    const next = tokens[from + 1]!;
    const rest = one(from + 1);
    if (rest > from + 1 && (PLACES.matchAt(tokens, from + 1) > 0 || rareName(next))) end = rest;
  }
  if (end === from) return [];
  // "moved over to the SRE team", "the Payments squad": a name before a group at work is no place.
  if (WORK_GROUPS.has(tokens[end]?.low ?? '')) return [];
  // ("an MBA from Lagos Business School", "a nurse at Leeds General Infirmary": a place that opens the name of a body.)
  if (bodyNamed(tokens, end)) return [];
  // ("now in B2B sales": a name with figures in it is a code, not a place.)
  if (tokens.slice(from, end).some((t) => /\d/.test(t.text) && /[a-z]/i.test(t.text))) return [];
  // "Calgary, Alberta" / "Kelowna, BC" (not "south georgia, H-2A": a visa, a code or a date has figures in it)
  if (tokens[end]?.text === ',') {
    const more = one(end + 1);
    if (more > end + 1 && more - end <= 3 && !tokens.slice(end + 1, more).some((t) => /\d/.test(t.text))) end = more;
  }
  return [end];
}

const NOT_NAMES = new Set([
  'here',
  'there',
  'back',
  'fine',
  'good',
  'ok',
  'okay',
  'sure',
  'sorry',
  'done',
  'ready',
  'new',
  'not',
  'so',
  'just',
  'also',
  'still',
  'currently',
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'from',
  'into',
  'on',
]);

/** Verbs of naming before "me" ("call me Bing", "everyone calls me Dee"). */
const CALLING: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling']);

/** A person's name: one to three capitalised or proper-noun tokens (a single lower-case word when the message is all lower case). */
function nameEnd(tokens: readonly Token[], i: number): number[] {
  // Text typed all in lower case ("hi im thandi can you help") gives no capitals to go by: one noun is
  // read as a name there (the tables' value checks still reject known words).
  const caseless = !tokens.some((t) => t.text !== t.low);
  // It must end the statement: what follows is punctuation, a conjunction, a pronoun or an auxiliary
  // ("im thandi can you …", "im sam they them pronouns"), never a word it could qualify ("tryna learn").
  if (caseless) {
    const u = tokens[i];
    const next = tokens[i + 1];
    const ends = next === undefined || ['PUNCT', 'CCONJ', 'PRON', 'AUX', 'SYM'].includes(next.pos) || next.low === 'here' || next.low === 'btw';
    return u !== undefined && ends && (u.pos === 'NOUN' || u.pos === 'PROPN') && !NOT_NAMES.has(u.low) && u.low.length >= 2 ? [i + 1] : [];
  }
  let k = i;
  let joined = 0;
  while (k < tokens.length && k - i - joined < 3) {
    const u = tokens[k]!;
    // "Anne-Marie", "Jean-Luc": a hyphen inside a name joins its parts.
    const after = tokens[k + 1];
    if (u.text === '-' && k > i && !u.space && after !== undefined && !after.space && (capitalised(after) || after.pos === 'PROPN')) {
      k += 2;
      joined += 2;
      continue;
    }
    // ("a collie called Skipper", "call me Bing": a capital right after "called" or "named", or after "call me", is the
    // name, however the tagger reads it.)
    const named =
      k === i &&
      capitalised(u) &&
      (tokens[i - 1]?.low === 'called' || tokens[i - 1]?.low === 'named' || (tokens[i - 1]?.low === 'me' && CALLING.has(tokens[i - 2]?.low ?? '')));
    if (
      NOT_NAMES.has(u.low) ||
      u.pos === 'PUNCT' ||
      (u.pos === 'VERB' && !named) ||
      u.pos === 'AUX' ||
      u.pos === 'ADP' ||
      u.pos === 'PRON' ||
      u.pos === 'DET' ||
      u.pos === 'CCONJ'
    )
      break;
    if (!(capitalised(u) || u.pos === 'PROPN')) break;
    k++;
  }
  return k > i ? [k] : [];
}

/**
 * "X, not Y", "X not Y": a "not" after a value (past a comma or dash) and before a noun phrase sets the value against
 * another thing and negates only that; returns where the "not" is, or -1.
 */
export function contrasted(tokens: readonly Token[], from: number): number {
  // ("It's Ngaire by the way, not Nyree": past an aside.)
  const at = from + asideAt(tokens, from);
  const k = tokens[at]?.text === ',' || tokens[at]?.text === '—' || tokens[at]?.text === '-' ? at + 1 : at;
  const next = tokens[k + 1];
  return tokens[k]?.low === 'not' && next !== undefined && (['PROPN', 'NOUN', 'NUM'].includes(next.pos) || ['a', 'an', 'the', 'my'].includes(next.low))
    ? k
    : -1;
}

/** The length of an aside at `at` ("btw", "by the way"), or 0. */
export function asideAt(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.low === 'btw') return 1;
  return tokens[at]?.low === 'by' && tokens[at + 1]?.low === 'the' && tokens[at + 2]?.low === 'way' ? 3 : 0;
}

/** The text of a captured span, without leading determiners and trailing fillers. */
export function slotText(tokens: readonly Token[], span: { from: number; to: number }): string {
  let from = span.from;
  // (Not the "a" of "a levels", the British school qualification.)
  const aLevel = (k: number): boolean => tokens[k]!.low === 'a' && /^levels?$/.test(tokens[k + 1]?.low ?? '');
  while (from < span.to && DETERMINERS.has(tokens[from]!.low) && from + 1 < span.to && !aLevel(from)) from++;
  const to = trimEnd(tokens, from, span.to);
  return spanText(tokens.slice(from, to))
    .replace(/ ([,.])/g, '$1')
    .trim();
}
