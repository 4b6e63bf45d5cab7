import type { Fact } from '../../../profiles/model.js';
import type { Profile } from './facts.js';
import type { QToken } from './qtokens.js';
import type { Question } from './question.js';

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
 * up?": a question on what the user is doing or going through now, put as a "what" or "how" question with a mark of the
 * present. When nothing in the profile names what it asks about, what is known of the user's present — the short-lived
 * facts — is what bears on it.
 */
export function asksNow(tokens: readonly QToken[]): boolean {
  const words = tokens.filter((t) => !t.punct);
  if (!WH.has(words[0]?.low ?? '')) return false;
  return words.some((t, i) => NOW_WORDS.has(t.low) || NOW_PAIRS.some(([a, b]) => t.low === a && words[i + 1]?.low === b));
}

/** Nouns of a measure read off the user ("heart rate", "credit score", "blood pressure reading"). */
const MEASURES: ReadonlySet<string> = new Set(['rate', 'score', 'reading', 'level', 'levels', 'percentage', 'pressure', 'count', 'weight', 'number']);

/** Whether the question asks for a measure of the user (its head noun one of MEASURES). */
export function measureAsked(q: Question): boolean {
  return q.head !== undefined ? MEASURES.has(q.tokens[q.head.noun]!.low) : q.tokens.some((t) => MEASURES.has(t.low));
}

/** The user's short-lived facts, as stored. */
export function presentOf(profile: Profile): Fact[] {
  return profile.facts
    .map((t) => t.fact)
    .filter((f) => f.bucket === 'dynamic')
    .slice(0, MAX_NOW);
}
