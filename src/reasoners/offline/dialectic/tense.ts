import { PAST_AUX, PAST_MARKERS, PAST_PHRASES, POSSESSIVE, WEAK_PAST_MARKERS } from './lexicon.js';
import type { QToken } from './qtokens.js';
import { isClockTime, isNumber } from './words.js';

/** Units of time after "last" that date an occasion ("last year", "last week's order", "last season"). */
const LAST_UNITS = new Set('year month week weekend season term semester summer winter spring autumn time night christmas easter'.split(' '));

/**
 * "last" in a past tense names an occasion that is over: the user's own ("when was his last fight?"), the one
 * before now ("his cholesterol on the last blood test"), or a unit of time ("at Staffordshire last year", "last
 * week's order"); not a place in a period ("the last week of July"), nor "last" alone ("who did he see last?").
 */
function lastOccasion(tokens: readonly QToken[], i: number): boolean {
  const before = tokens[i - 1]?.low ?? '';
  const next = tokens[i + 1];
  if (next === undefined || tokens[i + 2]?.low === 'of') return false;
  const unit = next.low.endsWith("'s") ? next.low.slice(0, -2) : next.low;
  if (LAST_UNITS.has(unit) && before !== 'the') return true;
  return (POSSESSIVE.has(before) || before === 'the') && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

/** Units of the calendar "the … before" counts back in ("the night before", "the week before"). */
const DAY_UNITS: ReadonlySet<string> = new Set(['night', 'day', 'evening', 'morning', 'week', 'weekend', 'afternoon']);

/** Words after "back" that make it a time gone by ("back in 2019", "back then", "back when he was at school"). */
const BACK_THEN: ReadonlySet<string> = new Set(['in', 'then', 'when']);

/** Verbs before "used to" that make it an adjective ("she is used to", "he got used to"), not the habitual past. */
const USED_AS_HABIT = new Set(['be', 'get', 'become', 'grow']);

/**
 * Whether a question is set in the user's past ("which company did he work for before Kinetic?",
 * "what was her first job?", "which team did he play for as a kid?"). The profile holds the present, so
 * such a question is answered only by a fact that keeps the past (see select.ts). "before 9am" is a time
 * of day, not the past; "before" and "first" count only with a past tense, or "before" closing the
 * question ("has she lived abroad before?").
 */
export function asksAboutThePast(tokens: readonly QToken[]): boolean {
  const pastTense = tokens.some((t) => PAST_AUX.has(t.low));
  const lows = tokens.map((t) => t.low);
  let lastWord = tokens.length - 1;
  while (lastWord >= 0 && tokens[lastWord]!.punct) lastWord--;
  if (PAST_PHRASES.some((p) => lows.some((_, i) => p.every((x, j) => lows[i + j] === x)))) return true;
  return tokens.some((t, i) => {
    const next = tokens[i + 1];
    if (PAST_MARKERS.has(t.low)) return true;
    // (Not "is he used to Kroll?", "getting used to nights": a habit had now.)
    if (t.low === 'used' && next?.low === 'to') return !USED_AS_HABIT.has(tokens[i - 1]?.lemma ?? '') && !USED_AS_HABIT.has(tokens[i - 2]?.lemma ?? '');
    // "has she lived anywhere outside Nigeria before?": a closing "before" sets any tense in the past.
    // (Not "the night before", "the day before": a time before another the question sets, said in any tense.)
    if (t.low === 'before' && i > 0 && i === lastWord) return !(tokens[i - 2]?.low === 'the' && DAY_UNITS.has(tokens[i - 1]!.low));
    // "what was the library budget back in 2019?": a time gone by, in a past tense.
    if (pastTense && t.low === 'back' && BACK_THEN.has(next?.low ?? '')) return true;
    if (!pastTense || !WEAK_PAST_MARKERS.has(t.low)) return false;
    if (t.low === 'before') return !(next && (isNumber(next.low) || isClockTime(next.low) || next.pos === 'NUM'));
    if (t.low === 'old') return i > 0 && POSSESSIVE.has(tokens[i - 1]!.low) && next?.pos === 'NOUN';
    // "when was his last fight?", "how did her last exam go?": the user's most recent one, in a past tense, is over;
    // not "the last week of July" nor "her last day is Friday" (no past tense).
    if (t.low === 'last') return lastOccasion(tokens, i);
    return true;
  });
}
