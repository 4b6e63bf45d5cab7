import type { Fact } from '../../../profiles/model.js';
import type { Profile } from './facts.js';
import { CONCEPTS, LEVEL } from './concepts/index.js';
import type { QToken } from './qtokens.js';
import { WEIGHT, type Aspect, type Question } from './question.js';

/** One-word marks of the present time ("currently", "rn"). */
const NOW_WORDS: ReadonlySet<string> = new Set(['currently', 'rn', 'atm', 'nowadays', 'lately']);
/** Two-word marks of the present time ("right now", "this week", "coming up"). */
const NOW_PAIRS: readonly (readonly [string, string])[] = [
  ['right', 'now'],
  ['just', 'now'],
  ['these', 'days'],
  ['this', 'week'],
  ['coming', 'up'],
  ['the', 'moment'],
  ['at', 'present'],
];
const WH: ReadonlySet<string> = new Set(['what', "what's", 'whats', 'how', "how's", 'hows', 'which', 'anything']);
const MAX_NOW = 3;

/**
 * "what paperwork is he stuck into at the moment?", "hows she holding up at the moment", "what payment has she got coming
 * up?", "anything due for uni this week?": a question on what the user is doing or going through now, opened by "what",
 * "how", "which" or "anything" and with a mark of the present. When nothing in the profile names what it asks about, what
 * is known of the user's present — the short-lived facts — is what bears on it.
 */
export function asksNow(tokens: readonly QToken[]): boolean {
  const words = tokens.filter((t) => !t.punct);
  if (!WH.has(words[0]?.low ?? '')) return false;
  return words.some((t, i) => NOW_WORDS.has(t.low) || NOW_PAIRS.some(([a, b]) => t.low === a && words[i + 1]?.low === b));
}

/** Nouns of a measure read off the user ("heart rate", "credit score", "blood pressure reading"). */
const MEASURES: ReadonlySet<string> = new Set(['rate', 'score', 'reading', 'level', 'levels', 'percentage', 'pressure', 'count', 'weight', 'number']);

/** Whether the question asks for a measure of the user (its head noun one of MEASURES). */
function measureAsked(q: Question): boolean {
  return q.head !== undefined ? MEASURES.has(q.tokens[q.head.noun]!.low) : q.tokens.some((t) => MEASURES.has(t.low));
}

/**
 * The short-lived facts that answer a question on the user's present which nothing in the profile names (see asksNow), or
 * none. Not a measure ("her resting heart rate these days"), not a member of a class ("which football team"), nor a lasting
 * topic the profile keeps that does not name the thing ("which podcast is she into at the moment?" beside hobbies).
 */
export function presentFor(q: Question, profile: Profile): Fact[] {
  if (!q.now || q.kind !== undefined || measureAsked(q) || namesMember(q)) return [];
  const kept = (a: Aspect): boolean =>
    a.concept !== undefined &&
    a.weight >= WEIGHT.strong &&
    !CONCEPTS[a.concept]!.dynamic &&
    profile.facts.some((t) => (t.levels.get(a.concept!) ?? 0) >= LEVEL.key);
  if (q.aspects.some(kept)) return [];
  return profile.facts
    .map((t) => t.fact)
    .filter((f) => f.bucket === 'dynamic')
    .slice(0, MAX_NOW);
}

/** Whether the question names a member of a class ("a game of squash", "which football team"): then it asks about that. */
export function namesMember(q: Question): boolean {
  return q.aspects.some((a) => (a.instances?.length ?? 0) > 0);
}
