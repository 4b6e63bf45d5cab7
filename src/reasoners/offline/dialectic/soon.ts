import { USER_WORDS, WEEKDAYS } from './lexicon.js';
import type { QToken } from './qtokens.js';

/** A time close by said in one word ("tomorrow", "tonight"; "tmrw" is read as "tomorrow" before, see qtokens.ts). */
const SOON_WORDS: ReadonlySet<string> = new Set(['tomorrow', 'tonight', 'today', 'tomoz']);
/** Parts of the calendar that "this" makes close by ("this week", "this arvo", read as "this afternoon"). */
const AFTER_THIS: ReadonlySet<string> = new Set(['week', 'weekend', 'afternoon', 'evening', 'morning']);
/** Words that open a yes-or-no question without an auxiliary verb ("ok to …", "fancy a pint tonight — …"). */
const YES_NO_OPENERS: ReadonlySet<string> = new Set(['ok', 'okay', 'fancy']);

/** Words that close a plan put as a question ("thinking of ringing her tomorrow afternoon, bad idea?", "… — ok?"). */
const PLAN_TAGS: ReadonlySet<string> = new Set(['idea', 'ok', 'okay', 'alright', 'fine']);
const closesOnTag = (tokens: readonly QToken[]): boolean => {
  const words = tokens.filter((t) => !t.punct);
  return tokens[tokens.length - 1]?.text === '?' && PLAN_TAGS.has(words[words.length - 1]?.low ?? '');
};

/**
 * Whether the question names a time close by on the calendar: one word, "this" and a part of it, "the next few days". (Not
 * "right now", "at the moment": with those a question asks about the present itself, which the concept table reads.)
 */
function namesSoon(tokens: readonly QToken[]): boolean {
  return tokens.some((t, i) => {
    const prev = tokens[i - 1]?.low;
    if (SOON_WORDS.has(t.low)) return true;
    if (AFTER_THIS.has(t.low)) return prev === 'this';
    return t.low === 'days' && prev === 'few' && tokens[i - 2]?.low === 'next';
  });
}

/**
 * "can I ring him this week about the bbq?", "ok to program a hard tempo run for him tomorrow?", "fancy grabbing coffee
 * with her at the base tomorrow — is she even around?", "is she in delhi this week?": a yes-or-no question about the user
 * (a clause opened by an auxiliary verb, or by "ok" or "fancy") at a time close by. It asks whether the user is free, there
 * or fit then, which a fact on the present says ("offshore on rotation until the 20th", "calf strain"), whatever else
 * the question names.
 */
export function asksSoon(tokens: readonly QToken[]): boolean {
  return asksYesNo(tokens) && tokens.some((t) => USER_WORDS.has(t.low)) && namesSoon(tokens);
}

/** A clause opened by an auxiliary verb, or by "ok" or "fancy", or a plan closed by a tag ("…, bad idea?"). */
const asksYesNo = (tokens: readonly QToken[]): boolean =>
  tokens.some((t, i) => (i === 0 || tokens[i - 1]!.punct) && (t.pos === 'AUX' || YES_NO_OPENERS.has(t.low))) || closesOnTag(tokens);

/** Parts of the day in the plural, which after a day make a habit ("tuesday evenings"). */
const DAY_PARTS: ReadonlySet<string> = new Set(['mornings', 'afternoons', 'evenings', 'nights']);
/** Words of being free or at hand ("is he free", "around", "could she cover", "can I book him"). */
const AVAILABLE: ReadonlySet<string> = new Set(['free', 'around', 'available', 'busy', 'off', 'working', 'cover', 'book', 'help', 'pick']);
/** Words before a day that make it a habit or a day further off ("every monday", "most sundays", "next friday", "a saturday"). */
const NOT_CLOSE: ReadonlySet<string> = new Set(['every', 'most', 'next', 'last', 'a']);

/**
 * "is he around to pick up a referral on monday?", "is she free wednesday night?": a yes-or-no question about the user on a
 * day of the coming week (not "every monday", "a saturday"), which what the user is going through now (off sick, on leave,
 * on standby this week) may say, though less surely than of "this week" (see asksSoon).
 */
export function asksOnDay(tokens: readonly QToken[]): boolean {
  // (Not "tuesday evenings": a part of the day in the plural after it makes a habit.)
  const day = tokens.some((t, i) => WEEKDAYS.has(t.low) && !NOT_CLOSE.has(tokens[i - 1]?.low ?? '') && !DAY_PARTS.has(tokens[i + 1]?.low ?? ''));
  // ("can I book him for monday?", not "the salon books".)
  const free = tokens.some((t) => AVAILABLE.has(t.low) && (t.low !== 'book' || t.pos === 'VERB'));
  return asksYesNo(tokens) && day && free && tokens.some((t) => USER_WORDS.has(t.low)) && !namesSoon(tokens);
}
