import type { ExtractInput, ExtractedFact } from '../../../profiles/reasoning.js';
import { DAY_NAMES, MONTH_NAMES } from './time.js';
import { contentWords, holdsAll, wordsOf } from './withdrawals.js';

/**
 * A stored plan's date corrected or moved: "the bbc one got pushed to the 19th", "flight moved to the
 * 22nd", "sorry no it's the 22nd, I misread the ticket", "rescheduled to Friday". The date said takes
 * the place of the date in a stored short-lived item (an event, a plan, a note): the one the sentence
 * names ("bbc", "flight") or, when it names none, the most recent one holding a date. Only dates are
 * replaced (a day of the month, a weekday, a day and month), never places ("moved to Leeds").
 * Each sentence is read with anchored, bounded patterns.
 */

const MONTH = MONTH_NAMES.filter((m) => m.length >= 3).join('|');
const DAY = DAY_NAMES.join('|');
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)';
/** A date as said: "the 22nd", "22nd of June", "June 22", "4 June", "Friday", "next Friday", a month ("January"). */
const DATE = `(?:(?:the\\s)?${ORDINAL}(?:\\s(?:of\\s)?(?:${MONTH}))?|(?:${MONTH})\\s\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s(?:${MONTH})|(?:next\\s|this\\s)?(?:${DAY})|(?:${MONTH}))`;
const DATE_IN = new RegExp(`(?:^|[\\s(])(${DATE})(?=$|[\\s,.!?;:)])`, 'i');
/** "moved / pushed / changed / rescheduled / postponed / bumped / shifted (back) to <date>", "pushed the opening to January". */
const MOVED = new RegExp(
  `\\b(?:moved|pushed|changed|rescheduled|postponed|bumped|shifted|delayed|brought|switched)\\s(?:(?:back|forward|out|it|them)\\s|the\\s([a-z-]{2,20})\\s(?:back\\s)?)?(?:to|till|until|til)\\s(?:on\\s)?(${DATE})(?=$|[\\s,.!?;:)])`,
  'i',
);
/** "sorry no it's the 22nd", "actually it's on Friday", "oops, the 22nd not the 20th", "wait no, the flight's on the 16th". */
const CORRECTED = new RegExp(
  `^(?:(?:sorry|no|nope|actually|wait|oops|correction|typo|my bad|ah|oh|ugh)[\\s,]+){1,3}(?:(?:it's|its|it is|it was|it'll be|that's|thats|(?:the|my|our)\\s[a-z]{2,20}(?:'s|\\sis))\\s)?(?:on\\s)?(${DATE})(?=$|[\\s,.!?;:)])`,
  'i',
);
const TRIGGER_WORDS = new Set([
  'moved',
  'pushed',
  'changed',
  'rescheduled',
  'postponed',
  'bumped',
  'shifted',
  'delayed',
  'got',
  'sorry',
  'actually',
  'wait',
  'oops',
  'update',
  'misread',
  'ticket',
  'one',
  'now',
  'back',
  'forward',
]);

type Stored = ExtractInput['profile'][number];

const MONTH_SET: ReadonlySet<string> = new Set(MONTH_NAMES);
const DAY_SET: ReadonlySet<string> = new Set(DAY_NAMES);

/** A date said as a month alone ("June"), a weekday ("next Friday") or a day of a month ("the 22nd", "4 June"). */
function kindOfDate(date: string): 'month' | 'weekday' | 'day' {
  const words = date.toLowerCase().split(' ');
  if (words.length === 1 && MONTH_SET.has(words[0]!)) return 'month';
  return DAY_SET.has(words.at(-1)!) ? 'weekday' : 'day';
}

/** Every date an item holds, in order (at most four; items are short). */
function datesIn(item: string): RegExpExecArray[] {
  const all = new RegExp(DATE_IN.source, 'gi');
  const out: RegExpExecArray[] = [];
  for (let m = all.exec(item); m !== null && out.length < 4; m = all.exec(item)) out.push(m);
  return out;
}

export function withRedating(facts: ExtractedFact[], profile: ExtractInput['profile'], sentences: readonly string[]): ExtractedFact[] {
  const dated: { fact: Stored; item: string; dates: RegExpExecArray[] }[] = [];
  for (const fact of profile) {
    if (fact.bucket !== 'dynamic' && fact.key !== 'notes') continue;
    for (const item of (Array.isArray(fact.value) ? fact.value : [fact.value]).filter((v): v is string => typeof v === 'string')) {
      const dates = datesIn(item);
      if (dates.length > 0) dated.push({ fact, item, dates });
    }
  }
  if (dated.length === 0) return facts;
  const out = [...facts];
  for (const sentence of sentences) {
    const low = sentence.trim();
    const moved = MOVED.exec(low);
    const m = moved ?? CORRECTED.exec(low);
    if (!m) continue;
    const fresh = moved ? moved[2]! : m[1]!;
    // The item the sentence names ("the bbc one", "my flight", "pushed the opening to …"), else the most recent dated one.
    const named = contentWords(wordsOf(`${low.slice(0, m.index)} ${moved?.[1] ?? ''}`)).filter((w) => !TRIGGER_WORDS.has(w));
    const byName = named.length > 0 ? dated.filter((d) => named.some((w) => holdsAll(d.item, [w]))) : [];
    // ("argh scratch that, they moved it to the 21st": "it" is the plan last spoken of, whatever words come before.)
    const movedIt = moved !== null && /^\W*\w+\s(?:it|them)\s/i.test(moved[0]);
    const pool = byName.length > 0 ? byName : named.length > 0 && moved !== null && !movedIt ? [] : dated;
    const target = [...pool].sort((a, b) => (a.fact.updated_at < b.fact.updated_at ? -1 : a.fact.updated_at > b.fact.updated_at ? 1 : 0)).pop();
    if (!target) continue;
    // ("our 10th anniversary trip … in May" moved "to June": the date of the same kind as the one said.)
    const date = target.dates.find((d) => kindOfDate(d[1]!) === kindOfDate(fresh)) ?? target.dates[0]!;
    if (date[1]!.toLowerCase() === fresh.toLowerCase()) continue;
    const at = date.index + date[0].indexOf(date[1]!);
    const replaced = `${target.item.slice(0, at)}${fresh}${target.item.slice(at + date[1]!.length)}`;
    const list = Array.isArray(target.fact.value);
    const base = { key: target.fact.key, category: target.fact.category, bucket: target.fact.bucket, confidence: 0.85, evidence: sentence.slice(0, 300) };
    // The sentence's own reading as a new plan ("flight moved to the 22nd") is this same plan.
    for (let k = out.length - 1; k >= 0; k--) {
      const f = out[k]!;
      if (f.retract || f.key !== target.fact.key || !Array.isArray(f.value)) continue;
      const kept = f.value.filter((v) => !v.toLowerCase().includes(fresh.toLowerCase()));
      if (kept.length === 0) out.splice(k, 1);
      else out[k] = { ...f, value: kept };
    }
    out.push({ ...base, value: list ? [replaced] : replaced });
    if (list) out.push({ ...base, value: target.item, retract: true });
  }
  return out;
}
