import { createRequire } from 'node:module';
import type { QToken } from './qtokens.js';
import { isBareHour, isClockTime, isNumber, type Word } from './words.js';

/**
 * Time-of-day and time-zone reasoning. A question that names a clock time ("is 2pm my time OK for a
 * call?", "a quick 8am video call", "ring him at half nine in the evening") is about the facts that
 * say something about times of day: working hours, "no calls after 8pm", "rarely up before 10am".
 * When the asker says where they are ("I'm in London") and the profile holds the user's IANA time
 * zone, the time is first moved into the user's day (2pm in London is 6:30pm in Kolkata). A fact whose
 * windows the time falls into ("after 6pm", "before 10am"), or whose hours it falls outside ("core
 * hours 10am-6pm"), is the one the answer rests on. Character scans and Set lookups only.
 */

const DAY = 24 * 60;
const APPROX = new Set(['about', 'around', 'roughly', 'approximately', 'approx', 'ca', 'circa']);
const PM_HINTS = new Set(['evening', 'evenings', 'night', 'tonight', 'afternoon', 'pm']);
const AM_HINTS = new Set(['morning', 'mornings', 'am', 'breakfast']);
const HOUR_WORDS: ReadonlyMap<string, number> = new Map(
  'one two three four five six seven eight nine ten eleven twelve'.split(' ').map((w, i) => [w, i + 1] as const),
);

/** "2pm" -> 840, "7:30am" -> 450, "18:00" -> 1080, "9" (with a hint) -> 540 or 1260. */
export function minutesOf(low: string, hint?: 'am' | 'pm'): number | undefined {
  let i = 0;
  let hour = 0;
  let minute = 0;
  let digits = 0;
  for (; i < low.length && low[i]! >= '0' && low[i]! <= '9'; i++, digits++) hour = hour * 10 + Number(low[i]);
  if (digits === 0 || digits > 2) return undefined;
  if (low[i] === ':' || low[i] === '.') {
    i++;
    let m = 0;
    for (; i < low.length && low[i]! >= '0' && low[i]! <= '9'; i++, m++) minute = minute * 10 + Number(low[i]);
    if (m !== 2) return undefined;
  }
  const rest = low.slice(i);
  const half = rest === 'am' || rest === 'pm' ? rest : rest === '' ? hint : undefined;
  if (rest !== '' && rest !== 'am' && rest !== 'pm') return undefined;
  if (hour > 24 || minute > 59) return undefined;
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  return (hour * 60 + minute) % DAY;
}

/** The clock times a question names, in minutes ("half nine in the evening" -> 1290). */
export function questionTimes(tokens: readonly QToken[]): number[] {
  const lows = tokens.map((t) => t.low);
  const hint = lows.some((l) => PM_HINTS.has(l)) ? 'pm' : lows.some((l) => AM_HINTS.has(l)) ? 'am' : undefined;
  const out: number[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1]?.low;
    if (isClockTime(t.low) || isBareHour(t.low, prev)) {
      const m = minutesOf(t.low, hint);
      if (m !== undefined) out.push(m);
    } else if (prev === 'half' && (HOUR_WORDS.has(t.low) || isNumber(t.low))) {
      // "half nine": half past nine (British).
      const h = HOUR_WORDS.get(t.low) ?? Number(t.low);
      const m = minutesOf(String(h), hint);
      if (m !== undefined) out.push((m + 30) % DAY);
    }
  });
  return out.slice(0, 4);
}

export interface Window {
  readonly from: number;
  readonly to: number;
  /** Hours the user keeps (a range): a time outside them is what matters. */
  readonly hours: boolean;
}

const inWindow = (t: number, w: Window) => (w.from <= w.to ? t >= w.from && t < w.to : t >= w.from || t < w.to);

/** The windows of the day a value speaks of: "before 10am", "after 8pm", "10am-6pm", "from 10pm to 2am". */
export function valueWindows(words: readonly Word[]): Window[] {
  const out: Window[] = [];
  const clock = (k: number) => {
    const w = words[k];
    return w && (isClockTime(w.low) || isBareHour(w.low, words[k - 1]?.low) || opensRange(words, k)) ? minutesOf(w.low) : undefined;
  };
  for (let i = 0; i < words.length && out.length < 8; i++) {
    const t = clock(i);
    if (t === undefined) continue;
    let p = i - 1;
    while (p >= 0 && APPROX.has(words[p]!.low)) p--;
    const prev = words[p]?.low;
    const nextIndex = words[i + 1]?.low === 'to' || words[i + 1]?.low === 'and' ? i + 2 : i + 1;
    const next = clock(nextIndex);
    // Two clock times side by side are a range, whatever dash stood between them ("10am–6pm").
    if (next !== undefined) {
      // "between 7 and 9pm", "6-8pm": a bare first hour takes the half of the day of the second.
      const from = t < 720 && next >= 720 && t + 720 <= next && !hasHalf(words[i]!.low) ? t + 720 : t;
      out.push({ from, to: next, hours: true });
      i = nextIndex;
    } else if (prev === 'before' || prev === 'until' || prev === 'till') out.push({ from: 0, to: t, hours: false });
    // "asleep by 8:30pm", "flagging by 9pm": what the value says holds from that time on.
    else if (prev === 'after' || prev === 'past' || prev === 'by') out.push({ from: t, to: DAY, hours: false });
  }
  return out;
}

/** "Wednesdays 2–4pm": a bare hour that a dash joins to a clock time with am or pm opens a range. */
function opensRange(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  const next = words[k + 1];
  if (!next || next.spaced || !isNumber(w.low) || w.low.length > 2 || !isClockTime(next.low) || !hasHalf(next.low)) return false;
  const n = Number(w.low);
  return n >= 1 && n <= 12;
}

const hasHalf = (low: string) => low.endsWith('am') || low.endsWith('pm');

/** A range shorter than a working day is a slot the user is taken by ("school run 8:15-8:45", "sleeps 8:30am-3:30pm"). */
const WORKING_DAY = 8 * 60;
const lengthOf = (w: Window) => (w.to - w.from + DAY) % DAY;

/**
 * How a fact's windows bear on the times asked: 2 when a time falls into one of its windows ("after 6pm"),
 * into a slot shorter than a working day ("school run 8:15-8:45", "Wednesdays 2-4pm"), or outside all of its
 * hours ("10am-6pm", "7am-7pm or 7pm-7am"); 1 when it has windows (a time inside the hours it keeps), else 0.
 */
export function bearing(windows: readonly Window[], times: readonly number[]): number {
  if (windows.length === 0) return 0;
  const hours = windows.filter((w) => w.hours);
  const hit = times.some(
    (t) => windows.some((w) => (!w.hours || lengthOf(w) < WORKING_DAY) && inWindow(t, w)) || (hours.length > 0 && !hours.some((w) => inWindow(t, w))),
  );
  return hit ? 2 : 1;
}

interface CityRow {
  city: string;
  city_ascii: string;
  timezone: string;
}

let zones: ReadonlyMap<string, string> | undefined;

/** The IANA time zone of a known city, by its name in lower case. */
export function zoneOfCity(name: string): string | undefined {
  if (!zones) {
    const require = createRequire(import.meta.url);
    const rows = (require('city-timezones') as { cityMapping: CityRow[] }).cityMapping;
    const m = new Map<string, string>();
    for (const r of rows) for (const n of [r.city, r.city_ascii]) if (n && !m.has(n.toLowerCase())) m.set(n.toLowerCase(), r.timezone);
    zones = m;
  }
  return zones.get(name);
}

/** Minutes east of UTC of an IANA zone now ("Asia/Kolkata" -> 330), or undefined when it is not one. */
export function offsetOf(zone: string, at: Date = new Date()): number | undefined {
  if (zone.length > 64 || !zone.includes('/')) return undefined;
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
  if (!name || !name.startsWith('GMT')) return undefined;
  const rest = name.slice(3);
  if (rest === '') return 0;
  const sign = rest[0] === '-' ? -1 : 1;
  let hours = 0;
  let minutes = 0;
  let i = 1;
  for (; i < rest.length && rest[i] !== ':'; i++) hours = hours * 10 + Number(rest[i]);
  for (i++; i < rest.length; i++) minutes = minutes * 10 + Number(rest[i]);
  return Number.isFinite(hours + minutes) ? sign * (hours * 60 + minutes) : undefined;
}

/** A time asked in the asker's zone, moved into the user's day. */
export function shift(times: readonly number[], askerZone: string | undefined, userZone: string | undefined): number[] {
  const from = askerZone === undefined ? undefined : offsetOf(askerZone);
  const to = userZone === undefined ? undefined : offsetOf(userZone);
  if (from === undefined || to === undefined) return [...times];
  return times.map((t) => (((t - from + to) % DAY) + DAY) % DAY);
}
