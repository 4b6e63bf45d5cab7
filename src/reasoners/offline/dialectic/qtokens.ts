import type { WorkBudget } from '../nlp/budget.js';
import { normaliseText } from '../nlp/normalise.js';
import { sentencesOf } from '../nlp/wink.js';
import type { Speller } from './spelling.js';
import type { Slot } from './triggers.js';
import { isBareHour, isClockTime, stem } from './words.js';

/**
 * The words of a question, tagged by the NLP base (lemma, part of speech). The question is normalised
 * first and bounded: at most MAX_QUESTION_CHARS characters reach the tagger, at most MAX_TOKENS tokens
 * are kept. Hyphen and slash joiners disappear ("health-tech" -> "health" + "tech", the first marked
 * as a part); other punctuation stays, so that phrases never run across it.
 */

export const MAX_QUESTION_CHARS = 600;
export const MAX_TOKENS = 80;
const SUFFIXES = new Set(['ing', 'ed', 'd', 'er', 'ers', 's', 'es', 'ish']);

export interface QToken extends Slot {
  readonly text: string;
  readonly low: string;
  readonly lemma: string;
  readonly pos: string;
  readonly stem: string;
  readonly punct: boolean;
}

/** "whats" -> "what's": question words typed without their apostrophe (a split on spaces, no regex). */
const CONTRACTED = new Map([
  ['whats', "what's"],
  ['wheres', "where's"],
  ['whos', "who's"],
  ['hows', "how's"],
  ['whens', "when's"],
  ['thats', "that's"],
  ['Whats', "What's"],
  ['Wheres', "Where's"],
  ['Whos', "Who's"],
  ['Hows', "How's"],
  ['Whens', "When's"],
  ['Thats', "That's"],
]);

/**
 * Informal and chat spellings a question may use, read as the words the vocabulary knows ("when's his
 * bday", "what langs does she speak", "whats his missus called").
 */
const INFORMAL = new Map([
  ['bday', 'birthday'],
  ['b-day', 'birthday'],
  ['bdays', 'birthdays'],
  ['langs', 'languages'],
  ['lang', 'language'],
  // A plural that is spelt otherwise ("wives", "children"): "whats his wifes name" lacks only the apostrophe.
  ['wifes', "wife's"],
  ['childs', "child's"],
  ['missus', 'wife'],
  ['missis', 'wife'],
  ['mrs', 'wife'],
  ['wifey', 'wife'],
  ['hubby', 'husband'],
  ['hubs', 'husband'],
  ['kiddos', 'kids'],
  ['kiddo', 'kid'],
  ['kiddies', 'kids'],
  ['fave', 'favourite'],
  ['fav', 'favourite'],
  ['faves', 'favourites'],
  ['favs', 'favourites'],
  ['gf', 'girlfriend'],
  ['bf', 'boyfriend'],
  ['bro', 'brother'],
  ['sis', 'sister'],
  ['hols', 'holidays'],
  ['brekkie', 'breakfast'],
  ['brekky', 'breakfast'],
  ['arvo', 'afternoon'],
  ['footy', 'football'],
  ['telly', 'TV'],
  ['ppl', 'people'],
  ['tmrw', 'tomorrow'],
  ['tmr', 'tomorrow'],
  ['tmw', 'tomorrow'],
  ['wknd', 'weekend'],
  ['wkend', 'weekend'],
  ['ur', 'your'],
  ['u', 'you'],
  ['pic', 'photo'],
  ['pics', 'photos'],
  ['meds', 'medication'],
  ['docs', 'documents'],
  ['vacay', 'vacation'],
  ['convo', 'conversation'],
  ['uni', 'university'],
  ['quals', 'qualifications'],
  // Texting short forms of words the vocabulary knows ("whats his tz", "how many hrs does she work").
  ['tz', 'time zone'],
  ['atm', 'at the moment'],
  ['wfh', 'working from home'],
  ['ooo', 'out of office'],
  ['pto', 'time off'],
  ['mins', 'minutes'],
  ['hrs', 'hours'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['appt', 'appointment'],
  ['appts', 'appointments'],
  ['mtg', 'meeting'],
  ['mtgs', 'meetings'],
  ['sched', 'schedule'],
  ['addy', 'address'],
  ['addr', 'address'],
  ['dept', 'department'],
  ['mgr', 'manager'],
  ['govt', 'government'],
  ['msg', 'message'],
  ['msgs', 'messages'],
  ['txt', 'text'],
  ['abt', 'about'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['b4', 'before'],
  ['w/', 'with'],
  ['w/o', 'without'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['thx', 'thanks'],
  ['probs', 'probably'],
  ['smth', 'something'],
  ['sth', 'something'],
  ['rly', 'really'],
  ['wanna', 'want to'],
  ['gotta', 'got to'],
  ['kinda', 'kind of'],
  // Question words typed by ear or in a hurry ("wen is his next checkup", "wat does she drink").
  ['wen', 'when'],
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
  ['wot', 'what'],
  ['whn', 'when'],
  ['wer', 'where'],
  ['wich', 'which'],
  ['whch', 'which'],
  ['wher', 'where'],
  ['nite', 'night'],
  ['nites', 'nights'],
  ['tonite', 'tonight'],
  ['thru', 'through'],
  ['shuld', 'should'],
  ['shud', 'should'],
  ['cud', 'could'],
  ['wud', 'would'],
  // Short forms of days and everyday things ("tues 6pm", "is BP something to watch", "her wip").
  ['tues', 'Tuesday'],
  ['weds', 'Wednesday'],
  ['thurs', 'Thursday'],
  ['bp', 'blood pressure'],
  // "what's her go-to karaoke song?": the one she always picks, her favourite.
  ['go-to', 'favourite'],
  ['wip', 'work in progress'],
  ['wips', 'works in progress'],
  // "when's her AHPRA rego due?": a registration, said the Australian way.
  ['rego', 'registration'],
]);

/**
 * Short forms that are other words in capitals ("is she an RN?" asks about a registered nurse; "what's he
 * on rn" is "right now"): read only as typed in lower case.
 */
const LOWER_ONLY = new Map([
  ['rn', 'right now'],
  // ("what's got her so busy at the mo?", "what's he on atm": the present; "ATM", "Mo" stay as typed.)
  ['atm', 'at the moment'],
  ['mo', 'moment'],
  ['rq', 'real quick'],
  ['idk', "I don't know"],
  // "budget pp" is per person; "PP" may be a name.
  ['pp', 'per person'],
]);

/** Closing punctuation a word may carry ("bday?"): kept after the word it follows. */
const CLOSERS = new Set(['?', '!', '.', ',', ';', ':']);

/**
 * "7.30am", "10.15pm": a clock time written the British way, with a point, read as "7:30am" (the tagger
 * would split it at the point). Only with am or pm after it: "7.30" alone may be a number. A scan, no regex.
 */
function clockWithPoint(bare: string): string | undefined {
  const dot = bare.indexOf('.');
  if (dot < 1 || dot > 2 || bare.length !== dot + 5) return undefined;
  const low = bare.toLowerCase();
  const half = low.slice(dot + 3);
  if (half !== 'am' && half !== 'pm') return undefined;
  for (let i = 0; i < dot + 3; i++) if (i !== dot && (low[i]! < '0' || low[i]! > '9')) return undefined;
  return `${low.slice(0, dot)}:${low.slice(dot + 1)}`;
}

function spellWord(w: string): string {
  const contracted = CONTRACTED.get(w);
  if (contracted) return contracted;
  let end = w.length;
  while (end > 0 && CLOSERS.has(w[end - 1]!)) end--;
  const bare = w.slice(0, end);
  const clock = clockWithPoint(bare);
  if (clock !== undefined) return clock + w.slice(end);
  const informal = INFORMAL.get(bare.toLowerCase()) ?? LOWER_ONLY.get(bare);
  return informal === undefined ? w : informal + w.slice(end);
}

/**
 * Weekdays cut to three letters ("wed 3pm", "next thu", "on sat"): read as the day only beside a time, a date
 * or a word that announces a day, since "wed", "sat" and "sun" are also words of their own.
 */
const SHORT_DAYS = new Map([
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
]);
const BEFORE_DAYS = new Set(['on', 'next', 'this', 'last', 'every', 'by', 'until', 'till', 'from', 'or', 'and']);

function shortDay(words: readonly string[], i: number): string | undefined {
  const w = words[i]!;
  let end = w.length;
  while (end > 0 && CLOSERS.has(w[end - 1]!)) end--;
  const day = SHORT_DAYS.get(w.slice(0, end).toLowerCase());
  if (day === undefined) return undefined;
  const next = end === w.length ? words[i + 1] : undefined;
  const prev = i > 0 && !CLOSERS.has(words[i - 1]!.slice(-1)) ? words[i - 1]!.toLowerCase() : undefined;
  const timed = next !== undefined && next[0]! >= '0' && next[0]! <= '9';
  return timed || (prev !== undefined && BEFORE_DAYS.has(prev)) ? day + w.slice(end) : undefined;
}

const QUOTES = new Set(['"', '`']);
const SENTENCE_ENDS = new Set(['.', '?', '!', '\n']);

/** How many double quotes and backticks a word holds. */
function quoteMarks(w: string): number {
  let n = 0;
  for (const ch of w) if (QUOTES.has(ch)) n++;
  return n;
}

/**
 * The question's words with chat spellings read (see INFORMAL) and, through the speller, misspelt words read
 * as the profile's or the vocabulary's (see spelling.ts). Words in quotes or code are left as written.
 */
function spellOut(text: string, speller?: Speller): string {
  const words = text.split(' ');
  let quoted = false;
  let single = false;
  let opening = true;
  return words
    .map((w, i) => {
      const read = shortDay(words, i) ?? spellWord(w);
      const marks = quoteMarks(w);
      const opensSingle = !single && w.startsWith("'");
      const inQuote = quoted || single || marks > 0 || opensSingle;
      if (marks % 2 === 1) quoted = !quoted;
      if (opensSingle && !(w.length > 1 && w.endsWith("'"))) single = true;
      else if (single && w.endsWith("'")) single = false;
      const first = opening;
      opening = w === '' ? opening : SENTENCE_ENDS.has(w[w.length - 1]!);
      if (read !== w || inQuote || speller === undefined) return read;
      let end = w.length;
      while (end > 0 && CLOSERS.has(w[end - 1]!)) end--;
      const better = speller(w.slice(0, end), first);
      return better === undefined ? w : better + w.slice(end);
    })
    .join(' ');
}

/** "does she have little ones?", "how are the wee ones?": the everyday words for children, read as "kids". */
const LITTLE_ONES = /\b(?:little|wee|young) (ones?)\b(?!-)/gi;

export function questionTokens(question: string, budget: WorkBudget, speller?: Speller): QToken[] {
  const plain = normaliseText(question.slice(0, MAX_QUESTION_CHARS * 2)).slice(0, MAX_QUESTION_CHARS);
  const text = spellOut(
    plain.replace(LITTLE_ONES, (_, ones: string) => (ones.toLowerCase() === 'ones' ? 'kids' : 'kid')),
    speller,
  );
  budget.spend(text.length);
  const raw = sentencesOf(text)
    .flat()
    .slice(0, MAX_TOKENS * 2);
  const out: QToken[] = [];
  for (let i = 0; i < raw.length && out.length < MAX_TOKENS; i++) {
    const t = raw[i]!;
    const next = raw[i + 1];
    const joiner = (t.text === '-' || t.text === '/') && !t.space && next !== undefined && !next.space && out.length > 0 && !out[out.length - 1]!.punct;
    if (joiner && SUFFIXES.has(next.low)) {
      i++; // "MC-ing", "Zoom-ed": the word itself, not a compound
      continue;
    }
    if (joiner) {
      const prev = out.pop()!;
      out.push({ ...prev, part: true });
      continue;
    }
    const punct = t.pos === 'PUNCT' || (t.pos === 'SYM' && !isClockTime(t.low));
    const parts = punct ? [] : compoundParts(t.text);
    // "her ambitions career-wise", "anything health-wise": "as for" the word, a topic set apart
    // from the noun phrase before it (no head "ambitions career wise").
    if (parts.length === 2 && parts[1]!.toLowerCase() === 'wise' && parts[0]!.length > 1) {
      const low = parts[0]!.toLowerCase();
      out.push(COMMA);
      out.push({ text: parts[0]!, low, lemma: low, pos: 'NOUN', stem: stem(low), punct: false, forms: formsOf(low, low, 'NOUN') });
      continue;
    }
    // ("what's her big plan career wise": "wise" written apart after a noun, closing the clause, the same.)
    const before = out[out.length - 1];
    if (t.low === 'wise' && out.length > 1 && before!.pos === 'NOUN' && (next === undefined || next.pos === 'PUNCT')) {
      out.splice(out.length - 1, 0, COMMA);
      continue;
    }
    if (parts.length > 1) {
      // "mid-August" as one token: its parts, the last one carrying the tag.
      parts.forEach((p, k) => {
        const low = p.toLowerCase();
        const lemma = low;
        out.push({ text: p, low, lemma, pos: t.pos, stem: stem(lemma), punct: false, forms: formsOf(low, lemma, t.pos), part: k < parts.length - 1 });
      });
      continue;
    }
    const lemma = britishLemma(t.low, t.lemma);
    const forms = punct ? [] : formsOf(t.low, lemma, t.pos);
    if (!punct && isBareHour(t.low, out[out.length - 1]?.low)) forms.push('<time>');
    out.push({ text: t.text, low: t.low, lemma, pos: t.pos, stem: stem(lemma), punct, forms });
  }
  budget.spend(out.length * 4);
  casualDoes(out);
  isBeforeGerund(out);
  return out;
}

/** Words for the user as the object of a verb. */
const USER_OBJECTS: ReadonlySet<string> = new Set(['her', 'him', 'them']);

/**
 * "if the GP's giving her antibiotics": "'s" before a verb's "-ing" form done to the user is "is", not a possessive.
 * (Not "his girlfriend's coming over, is she vegan too?": whoever is said to be coming stays someone else.)
 */
function isBeforeGerund(out: QToken[]): void {
  for (let i = 1; i + 2 < out.length; i++) {
    const t = out[i]!;
    const next = out[i + 1]!;
    if (t.low !== "'s" || t.pos === 'AUX' || next.pos !== 'VERB' || !next.low.endsWith('ing') || !USER_OBJECTS.has(out[i + 2]!.low)) continue;
    out[i] = { ...t, lemma: 'be', pos: 'AUX', stem: stem('be'), forms: formsOf(t.low, 'be', 'AUX') };
  }
}

/** A comma put between a topic said with "-wise" and the noun phrase before it. */
const COMMA: QToken = { text: ',', low: ',', lemma: ',', pos: 'PUNCT', stem: ',', punct: true, forms: [] };

/**
 * "whats mick actually do at the club", "what's she do for a living": said casually, "'s" before a bare "do" stands for
 * "does" ("what does Mick do …"), not "is".
 */
function casualDoes(out: QToken[]): void {
  for (let i = 0; i + 2 < out.length; i++) {
    if (out[i]!.low !== 'what' || out[i + 1]!.lemma !== 'be' || (out[i + 1]!.low !== "'s" && out[i + 1]!.low !== 's')) continue;
    for (let j = i + 2; j < out.length && j <= i + 5; j++) {
      const t = out[j]!;
      if (t.low === 'do') {
        out[i + 1] = { ...out[i + 1]!, text: 'does', low: 'does', lemma: 'do', pos: 'AUX', stem: stem('do'), forms: formsOf('does', 'do', 'AUX') };
        return;
      }
      if (t.punct || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') break;
    }
  }
}

/** "mid-August" -> ["mid", "August"]; a token without an inner hyphen or slash -> [] (a scan, no regex). */
function compoundParts(text: string): string[] {
  if (!text.includes('-') && !text.includes('/')) return [];
  const parts: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (ch === '-' || ch === '/') {
      if (cur !== '') parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur !== '') parts.push(cur);
  return parts.length > 1 && !SUFFIXES.has(parts[parts.length - 1]!.toLowerCase()) ? parts.slice(0, 6) : [];
}

/**
 * The lemma as written where the NLP base gives only a spelling of another country's ("programme" -> "program",
 * "parlour" -> "parlor"): "programme" is a course, "program" software, and the profile writes its words as the user did.
 */
function britishLemma(low: string, lemma: string): string {
  const spelt =
    low === `${lemma}me` || (low.endsWith('our') && lemma === `${low.slice(0, -3)}or`) || (low.endsWith('tre') && lemma === `${low.slice(0, -3)}ter`);
  return spelt ? low : lemma;
}

function formsOf(low: string, lemma: string, pos: string): string[] {
  const forms = new Set([stem(lemma), stem(low), `=${low}`]);
  if (lemma === 'be') {
    forms.add('is');
    forms.add('are');
  }
  if (lemma === 'not') forms.add('not');
  if (isClockTime(low)) forms.add('<time>');
  if (pos === 'PRON' && low === "'s") forms.add('is');
  return [...forms];
}

/** The question's words as one plain line, for the wording of answers (bounded). */
export function spanOf(tokens: readonly QToken[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end && i < tokens.length; i++) {
    const t = tokens[i]!;
    out += out === '' || t.low === "'s" || t.low === "'" ? t.text : ` ${t.text}`;
  }
  return out;
}
