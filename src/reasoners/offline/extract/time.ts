import * as chrono from 'chrono-node';
import type { Token } from '../nlp/wink.js';

/**
 * When a statement stops holding: a dated statement ("driving test on Thursday", "in Goa 12–19 Dec")
 * holds until the day after the date; "this week" for 7 days; "today" for a day; "at the moment",
 * "currently", "these days" for 14 days. Dates come from chrono-node, read only on short clauses
 * that contain a time word at all (the common case costs one pass over the tokens).
 */

const DAY = 24 * 3600;
export const DEFAULT_DYNAMIC_TTL = 7 * DAY;
const CURRENT_TTL = 14 * DAY;
const MAX_TTL = 366 * DAY;
const MAX_CHRONO_CHARS = 300;

/** The days of the week and the months, spelled out in lower case: time words, and never a place or a name. */
export const DAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Short day names as written ("mon-fri", "thurs"). */
const PARTS_OF_DAYS: ReadonlySet<string> = new Set(['mornings', 'afternoons', 'evenings', 'nights', 'lunchtimes']);

/** Words that make a weekend one to come ("I'm off to Leeds at the weekend", "will ring at the weekend"). */
const COMING: ReadonlySet<string> = new Set(['will', "'ll", 'going', 'gonna', 'this', 'next', 'coming', 'tomorrow', 'off']);

/**
 * "I take macro photos of slime moulds at the weekend", "we walk the dog at weekends": what the user does (a verb in the
 * present, right after "I" or "we") at the weekend, and nothing says which one.
 */
function weekendHabit(tokens: readonly Token[]): boolean {
  const weekend = tokens.some((t, k) => tokens[k - 1]?.low === 'at' && (t.low === 'weekends' || (t.low === 'the' && tokens[k + 1]?.low === 'weekend')));
  if (!weekend || tokens.some((t) => COMING.has(t.low))) return false;
  // (An adverb may stand between: "I usually walk the dog at weekends".)
  const byUser = (k: number) =>
    ['i', 'we'].includes(tokens[k - 1]?.low ?? '') || (tokens[k - 1]?.pos === 'ADV' && ['i', 'we'].includes(tokens[k - 2]?.low ?? ''));
  return tokens.some((t, k) => t.pos === 'VERB' && t.low === t.lemma && byUser(k));
}

/** A routine said by its days: "yoga Thursday nights", "Monday to Thursday", "Mon-Fri". */
export function saysRoutine(tokens: readonly Token[]): boolean {
  if (weekendHabit(tokens)) return true;
  return tokens.some((t, k) => {
    const day = DAY_NAMES.includes(t.low) || DAY_SHORT.includes(t.low);
    if (!day) return false;
    const next = tokens[k + 1];
    if (next !== undefined && PARTS_OF_DAYS.has(next.low)) return true;
    const other = tokens[k + 2];
    // (Not "moved from tuesday to wednesday": a change of day.)
    const range = (next?.low === 'to' || next?.text === '-') && other !== undefined && (DAY_NAMES.includes(other.low) || DAY_SHORT.includes(other.low));
    return range && tokens[k - 1]?.low !== 'from';
  });
}

/** Words that open a time close by ("this weekend", "tonight", "till Monday"). */
export const NEAR_TIMES: ReadonlySet<string> = new Set(['this', 'tonight', 'today', 'tomorrow', 'till', 'til', 'until', 'all']);

export const DAY_SHORT: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];

/** Short month names as written ("in Jan", "Sept"): never a place or a name. */
export const MONTH_SHORT: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

const TIME_WORDS = new Set([
  ...DAY_NAMES,
  ...MONTH_NAMES,
  'today',
  'tonight',
  'tomorrow',
  'tmrw',
  'tmr',
  'week',
  'weekend',
  'month',
  'fortnight',
  ...DAY_SHORT,
  ...MONTH_SHORT,
  'christmas',
  'xmas',
  'easter',
  'halloween',
  'thanksgiving',
  'hols',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
  'term',
  'semester',
  'days',
  'weeks',
  'morning',
  'afternoon',
  'evening',
  'night',
  'noon',
  'midnight',
  'soon',
  'shortly',
  'currently',
  'moment',
  'rn',
  'atm',
  'lately',
  'nowadays',
  'till',
  'until',
  'til',
]);
const NOW_PHRASES: readonly (readonly string[])[] = [
  ['at', 'the', 'moment'],
  ['right', 'now'],
  ['for', 'now'],
  ['these', 'days'],
  ['this', 'week'],
  ['currently'],
  ['rn'],
  ['atm'],
  ['today'],
  ['tonight'],
];
const FUTURE = new Set(['will', "'ll", 'next', 'tomorrow', 'upcoming', 'soon', 'going', 'gonna', 'this', 'coming']);

/** The numbers one to ten as words ("three kids", "in two weeks"). */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
]);
/** Counts of time units: the numbers as words and the vague ones ("a few weeks"). */
const NUMBER_WORDS = new Map([['a', 1], ...COUNT_WORDS, ['few', 3], ['couple', 2], ['several', 4]]);
const UNIT_SECONDS = new Map([
  ['day', DAY],
  ['week', 7 * DAY],
  ['fortnight', 14 * DAY],
  ['month', 30 * DAY],
]);

export interface TimeFrame {
  /** Seconds the statement holds from now. */
  ttl: number;
}

const RECURRING_UNITS = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'morning',
  'mornings',
  'evening',
  'evenings',
  'night',
  'nights',
  'weekend',
  'weekday',
  'weekdays',
  'summer',
  'winter',
  'spring',
  'autumn',
  'christmas',
  'easter',
  ...DAY_NAMES,
]);
const SHORT_DAYS = new Set(DAY_SHORT);
const PLURAL_DAYS = new Set([...DAY_NAMES.map((d) => `${d}s`), 'weekdays', 'weeknights']);

/** Whether the words say how often ("most days", "every Monday", "twice a week", "on weekdays"), not when. */
function recurs(lows: readonly string[]): boolean {
  return lows.some((w, k) => {
    if (PLURAL_DAYS.has(w)) return true;
    const next = lows[k + 1] ?? '';
    // "mon-fri", "mon - thurs": a span of weekdays written short ("from Tuesday to Wednesday" may well be dated).
    // ("on nights mon – thu this week", "I'll be at the conference Wed – Fri": a span of this week's days is dated.)
    if (SHORT_DAYS.has(w) && next === '-' && SHORT_DAYS.has(lows[k + 2] ?? ''))
      return !lows.some((u, j) => FUTURE.has(u) || (u === 'week' && lows[j - 1] === 'this'));
    if ((w === 'every' || w === 'each' || w === 'most') && RECURRING_UNITS.has(next)) return true;
    return (
      (w === 'a' || w === 'per') &&
      (next === 'week' || next === 'day' || next === 'month') &&
      k > 0 &&
      // ("3 days a week", "twice a month", "eight shows a week": a count of things in each week.)
      (/\d|times|twice|once|days|hours|hrs|nights/.test(lows[k - 1]!) ||
        (lows[k - 1]!.endsWith('s') && lows.slice(Math.max(0, k - 3), k - 1).some((w) => /^\d+$/.test(w) || COUNT_WORDS.has(w))))
    );
  });
}

/** Parts of the day that "good" turns into a greeting ("good evening sir"). */
const GREETED = new Set(['morning', 'afternoon', 'evening', 'night', 'day']);
/** A day of the month or a count written as an ordinal ("3rd", "21st"); the group is its number. */
export const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/;

/** Words before "the <ordinal>" that make it a day of the month. */
const DAY_BEFORE: ReadonlySet<string> = new Set(['till', 'til', 'until', 'by', 'on', 'from', 'since', 'before', 'after']);

/** "good evening", "good morning": a greeting, no time. */
const greeting = (lows: readonly string[], k: number): boolean => lows[k - 1] === 'good' && GREETED.has(lows[k]!);

/**
 * An ordinal at `k` names a day of the month unless a noun it counts follows ("the 3rd floor", "swap the 2nd and
 * 3rd paragraphs", "my 2nd year"); "on the 3rd", "the 14th of May" are days.
 */
function dayOrdinal(tokens: readonly Token[], k: number): boolean {
  // ("away till the 12th visiting family": after "till the", "on the", "by the" an ordinal is a day, whatever follows.)
  if (tokens[k - 1]?.low === 'the' && DAY_BEFORE.has(tokens[k - 2]?.low ?? '')) return true;
  let j = k + 1;
  while (j < tokens.length && (tokens[j]!.low === 'and' || tokens[j]!.low === ',' || ORDINAL.test(tokens[j]!.low))) j++;
  const next = tokens[j];
  return !(next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') && !TIME_WORDS.has(next.low));
}

/** Easter Sunday of a year (the anonymous Gregorian computus), as [month 0-11, day]. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((8 * b + 13) / 25)) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return [month - 1, ((h + l - 7 * m + 114) % 31) + 1];
}

/** Thanksgiving (US): the fourth Thursday of November. */
function thanksgiving(year: number): [number, number] {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  return [10, 1 + ((4 - first + 7) % 7) + 21];
}

/**
 * Holidays and seasons that chrono-node does not read, as the last day they cover in a given year ("for Christmas",
 * "over Easter", "at half-term", "in the spring"): a season is taken as the northern one, half-term as the English
 * school breaks of February, May and October.
 */
type Dates = (year: number) => readonly (readonly [number, number])[];
const NAMED_TIMES: ReadonlyMap<string, Dates> = new Map<string, Dates>([
  ['christmas', () => [[11, 26]]],
  ['xmas', () => [[11, 26]]],
  // To Easter Monday.
  [
    'easter',
    (y) => {
      const [month, day] = easter(y);
      return [[month, day + 1]];
    },
  ],
  ['halloween', () => [[9, 31]]],
  ['thanksgiving', (y) => [thanksgiving(y)]],
  ['spring', () => [[4, 31]]],
  ['summer', () => [[7, 31]]],
  ['autumn', () => [[10, 30]]],
  ['fall', () => [[10, 30]]],
  ['winter', () => [[1, 28]]],
  [
    'term',
    () => [
      [1, 23],
      [5, 2],
      [9, 31],
    ],
  ],
]);

/** Past forms of common irregular verbs that tell a clause in the past whatever its subject. */
const TOLD_PAST = new Set(['was', 'were', 'went', 'had', 'did', 'got', 'came', 'left', 'took', 'made', 'spent']);
/** The clause's first verb is in the past ("my dad moved in …"; not "I want the card cleared by Christmas"). */
function toldInPast(tokens: readonly Token[]): boolean {
  const verb = tokens.find((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb !== undefined && (TOLD_PAST.has(verb.low) || (verb.low.endsWith('ed') && verb.low !== verb.lemma));
}

/**
 * The end of the next named holiday or season in the words, in seconds from now; "half term" is the half-term break.
 * A name without a year is read as to come only in a clause that is not told in the past (unless it says what is to
 * come), not after "last" ("last spring"), and not as the modifier of a noun ("winter jackets", "a Christmas tree").
 */
function namedTime(tokens: readonly Token[], lows: readonly string[], now: number): number | undefined {
  const today = new Date(now);
  if (toldInPast(tokens) && !lows.some((w) => FUTURE.has(w))) return undefined;
  for (let k = 0; k < lows.length; k++) {
    const w = lows[k]!;
    if (lows[k - 1] === 'last' || lows[k - 1] === 'past') continue;
    const next = tokens[k + 1];
    // "Christmas jumper" is no time; "Christmas dinner", "the Easter party" are occasions at that time.
    if (next !== undefined && next.pos === 'NOUN' && !TIME_WORDS.has(next.low) && !OCCASIONS.has(next.low)) continue;
    if (w === 'term' && !(lows[k - 1] === 'half' || (lows[k - 1] === '-' && lows[k - 2] === 'half'))) continue;
    // "fall" is a season only after "the"/"this"/"next"/"in" ("fall asleep", "I fall behind" are not).
    if (w === 'fall' && !['the', 'this', 'next', 'in'].includes(lows[k - 1] ?? '')) continue;
    const dates = NAMED_TIMES.get(w);
    if (!dates) continue;
    let best: number | undefined;
    for (const year of [today.getUTCFullYear(), today.getUTCFullYear() + 1]) {
      for (const [month, day] of dates(year)) {
        const end = Date.UTC(year, month, day) + 2 * DAY * 1000;
        if (end > now && (best === undefined || end < best)) best = end;
      }
    }
    if (best !== undefined) return Math.round((best - now) / 1000);
  }
  return undefined;
}

/** Nouns of an occasion a named time may modify ("Christmas dinner", "Easter break", "Halloween party"). */
const OCCASIONS: ReadonlySet<string> = new Set(
  'break holidays holiday dinner lunch meal feast party parties do drinks service concert fair market parade play show trip gathering celebration celebrations'.split(
    ' ',
  ),
);

/** The time frame of a clause, or undefined when it names no present or near-future time. */
export function timeFrameOf(tokens: readonly Token[], text: string, now: number, past = false): TimeFrame | undefined {
  const lows = tokens.map((t) => t.low);
  const hasTimeWord =
    lows.some((w, k) => (TIME_WORDS.has(w) && !greeting(lows, k)) || (ORDINAL.test(w) && dayOrdinal(tokens, k))) ||
    tokens.some((t) => t.pos === 'NUM' && /\d/.test(t.text) && lows.some((w) => TIME_WORDS.has(w)));
  if (!hasTimeWord) return undefined;
  // "I work 7 to 3:30 most days", "gym every Monday", "3 days a week": a schedule that recurs, not a date to come.
  if (recurs(lows)) return undefined;
  // A statement in the past tense names no time that is still to come ("left Infosys in June").
  if (past && !lows.some((w) => FUTURE.has(w))) return undefined;
  if (text.length <= MAX_CHRONO_CHARS) {
    const ref = new Date(now);
    for (const r of chrono.en.parse(text, ref, { forwardDate: true })) {
      if (/^(?:since|in|from)\s+\d{4}$/i.test(r.text) || /^\d{4}$/.test(r.text)) continue;
      if (GREETED.has(r.text.toLowerCase()) && /\bgood\s+$/i.test(text.slice(Math.max(0, r.index - 6), r.index))) continue;
      const end = (r.end ?? r.start).date().getTime();
      const endOfDay = Math.ceil(end / (DAY * 1000)) * DAY * 1000 + DAY * 1000;
      const ttl = Math.round((endOfDay - now) / 1000);
      if (ttl <= 0 || ttl > MAX_TTL) continue;
      // "this week" and "the week" mean the coming days, not the date chrono picks inside them.
      if (/\bweek\b/i.test(r.text) && !/\bnext\b/i.test(r.text)) return { ttl: DEFAULT_DYNAMIC_TTL };
      return { ttl: Math.max(DAY, ttl) };
    }
  }
  const named = namedTime(tokens, lows, now);
  if (named !== undefined) return { ttl: Math.min(MAX_TTL, Math.max(DAY, named)) };
  // "for the next six months", "the coming two weeks": a span from now ("the next fortnight": one of them).
  for (let k = 0; k + 1 < lows.length; k++) {
    if (lows[k] !== 'next' && lows[k] !== 'coming') continue;
    if (lows[k + 1] === 'fortnight') return { ttl: 14 * DAY };
    if (k + 2 >= lows.length) continue;
    const n = NUMBER_WORDS.get(lows[k + 1]!) ?? Number.parseInt(lows[k + 1]!, 10);
    const unit = UNIT_SECONDS.get(lows[k + 2]!.replace(/s$/, ''));
    if (Number.isFinite(n) && n > 0 && unit !== undefined) return { ttl: Math.min(MAX_TTL, n * unit) };
  }
  // "on the 3rd", "the 14th": the next day of the month with that number (chrono reads only full dates).
  const ordinal = lows.map((w, k) => (dayOrdinal(tokens, k) ? ORDINAL.exec(w) : null)).find((m) => m !== null);
  if (ordinal) {
    const day = Number(ordinal[1]);
    const today = new Date(now);
    if (day >= 1 && day <= 31) {
      let date = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), day);
      if (date < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))
        date = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, day);
      return { ttl: Math.max(DAY, Math.round((date + 2 * DAY * 1000 - now) / 1000)) };
    }
  }
  for (const phrase of NOW_PHRASES) {
    for (let i = 0; i + phrase.length <= lows.length; i++) {
      if (phrase.every((w, j) => lows[i + j] === w))
        return { ttl: phrase[0] === 'today' || phrase[0] === 'tonight' ? DAY : phrase[1] === 'week' ? DEFAULT_DYNAMIC_TTL : CURRENT_TTL };
    }
  }
  return undefined;
}

/** The first date in `text` that names at least a day and a month, with where it starts (chrono-node). */
/**
 * Whether a clause bounds what it says to a span ahead ("for the next 4 weeks", "for a fortnight", "until my op",
 * "this month") rather than starting it ("from next week", "starting Monday"): a diet kept that long is short-lived.
 */
export function boundedSpan(tokens: readonly Token[]): boolean {
  const lows = tokens.map((t) => t.low);
  // Only a span that bounds the clause's first statement ("vegetarian and off to Rome for 3 days" bounds the trip).
  const joined = lows.findIndex((w, k) => (w === 'and' || w === 'but' || w === 'or' || w === ',' || w === 'while') && k > 0);
  return lows.some((w, k) => {
    if (joined >= 0 && k > joined) return false;
    if (w === 'until' || w === 'till' || w === 'til') return true;
    if (w === 'this' && (lows[k + 1] === 'week' || lows[k + 1] === 'month' || lows[k + 1] === 'fortnight')) return true;
    if (w !== 'for') return false;
    let j = k + 1;
    if (lows[j] === 'the') j++;
    if (lows[j] === 'next' || lows[j] === 'coming') j++;
    if (lows[j] === 'fortnight') return true;
    const n = NUMBER_WORDS.get(lows[j] ?? '') ?? Number.parseInt(lows[j] ?? '', 10);
    return Number.isFinite(n) && n > 0 && UNIT_SECONDS.has((lows[j + 1] ?? '').replace(/s$/, '')) && lows[k - 1] !== 'been';
  });
}

/** Times that place a past statement on a recent day ("yesterday", "last night", "at the weekend", "on Saturday"). */
const EPISODE_AFTER_LAST = new Set(['night', 'week', 'weekend', 'month', 'time', ...DAY_NAMES]);
const EPISODE_AFTER_THIS = new Set(['morning', 'afternoon', 'evening', 'week', 'weekend']);

/**
 * Whether a past clause tells one recent episode ("I played football yesterday", "painted the garden gate at the
 * weekend") rather than a state that has ended ("I was a nurse", "I lived in Leeds"): an episode withdraws nothing.
 */
export function toldAsEpisode(tokens: readonly Token[]): boolean {
  const lows = tokens.map((t) => t.low);
  return lows.some(
    (w, k) =>
      w === 'yesterday' ||
      w === 'earlier' ||
      w === 'today' ||
      w === 'tonight' ||
      (w === 'last' && EPISODE_AFTER_LAST.has(lows[k + 1] ?? '')) ||
      (w === 'this' && EPISODE_AFTER_THIS.has(lows[k + 1] ?? '')) ||
      ((w === 'on' || w === 'over') && (DAY_NAMES.includes(lows[k + 1] ?? '') || (lows[k + 1] === 'the' && lows[k + 2] === 'weekend'))) ||
      (w === 'at' && lows[k + 1] === 'the' && lows[k + 2] === 'weekend') ||
      (w === 'the' && lows[k + 1] === 'other' && lows[k + 2] === 'day'),
  );
}

export function calendarDate(text: string): { index: number; text: string } | undefined {
  const found = chrono.en.parse(text, new Date(0)).find((r) => r.start.isCertain('day') && r.start.isCertain('month'));
  return found && { index: found.index, text: found.text };
}
