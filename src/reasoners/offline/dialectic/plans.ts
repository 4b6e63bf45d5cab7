import type { Fact } from '../../../profiles/model.js';
import type { FactTerms, Profile } from './facts.js';
import { namesMember } from './now.js';
import type { QToken } from './qtokens.js';
import type { Question } from './question.js';
import { USER_OBJECTS, USER_SUBJECTS } from './lexicon.js';
import { stem } from './words.js';

/** Verbs of taking to an offer: what "would she …" asks of a plan put to the user ("would he mind …", "would they be up for it"). */
const TAKING: ReadonlySet<string> = new Set(
  [
    'like',
    'love',
    'enjoy',
    'mind',
    'want',
    'fancy',
    'go',
    'accept',
    'take',
    'agree',
    'appreciate',
    'object',
    'care',
    'hate',
    'do',
    'consider',
    'sign',
    'let',
    'touch',
    'say',
    'back',
    'support',
    'approve',
    'allow',
  ].map(stem),
);
/** What "would she be …" takes to an offer with ("would he be up for it", "would they be ok doing …"). */
const TAKING_STATES: ReadonlySet<string> = new Set([
  'up',
  'ok',
  'okay',
  'alright',
  'fine',
  'happy',
  'keen',
  'comfortable',
  'interested',
  'into',
  'cool',
  'willing',
  'open',
]);
/** Question words: a question that asks which or what is no plan put to the user ("what should I put on the radio?"). */
const WH: ReadonlySet<string> = new Set(['what', 'which', 'who', 'whom', 'whose', 'where', 'when', 'how', 'why']);
/** Words that close a plan put as a question ("glitter mugs for christmas, good idea?", "… — go for it?"). */
const PLAN_CLOSERS: ReadonlySet<string> = new Set(['idea', 'it']);
/** "appeal to her", "ok with him", "work for them": a plan weighed against the user. */
const WEIGHED: ReadonlySet<string> = new Set(['appeal', 'ok', 'okay', 'alright', 'fine', 'work', 'suit', 'sit']);
const ASKERS: ReadonlySet<string> = new Set(['i', 'we']);
const ASKERS_MODALS: ReadonlySet<string> = new Set(['should', 'shall']);
const USERS_MODALS: ReadonlySet<string> = new Set(['would', 'will', "'d", 'wd']);

/**
 * "would she enjoy a Tarantino double feature?", "we've got spare tickets for Les Mis, would he be up for it?", "should I
 * route him up the M5 overnight?", "glitter mugs for christmas, good idea?", "would a flat in a new development appeal to
 * her?", "i'll sign the form — will aroha do it?": a plan put to the user or made for them, whose fit the user's stances
 * (what they dislike, what they hold to) bear on when nothing else in the profile speaks of it.
 */
export function asksPlan(tokens: readonly QToken[], userNames: ReadonlySet<string>): boolean {
  const words = tokens.filter((t) => !t.punct);
  if (words.some((t) => WH.has(t.low))) return false;
  const last = words[words.length - 1];
  if (tokens[tokens.length - 1]?.text === '?' && last !== undefined && PLAN_CLOSERS.has(last.low)) {
    const before = words[words.length - 2]?.low ?? '';
    if (last.low === 'idea' || before === 'for' || before === 'up') return true;
  }
  return words.some((t, i) => {
    const next = words[i + 1];
    const after = words[i + 2];
    if (next === undefined) return false;
    // "would he mind …", "will they be up for …", "will aroha do it?" (the user by name)
    if (USERS_MODALS.has(t.low) && (USER_SUBJECTS.has(next.low) || userNames.has(next.low)) && after !== undefined)
      if (TAKING.has(after.stem) || (after.low === 'be' && TAKING_STATES.has(words[i + 3]?.low ?? ''))) return true;
    // "should I set him …", "shall we organise …" (not "should we be worried about him?", which asks what to be careful of)
    if (ASKERS_MODALS.has(t.low) && ASKERS.has(next.low) && after?.low !== 'be') return true;
    // "appeal to her", "ok with him", "work for them"
    return WEIGHED.has(t.low) && (next.low === 'to' || next.low === 'with' || next.low === 'for') && after !== undefined && USER_OBJECTS.has(after.low);
  });
}

/** Modals of what someone would do, and how it is said informally ("is he gonna push back?"). */
const WOULD: ReadonlySet<string> = new Set(['would', 'will', "'d", 'wd', 'gonna']);

/**
 * "if we're behind, would she skip the permit?", "would he burn his stubble after harvest?", "is he gonna push back?": asked
 * what the user would do, yes or no. Not a question word's ("what would she like?").
 */
export function asksUsersDoing(tokens: readonly QToken[], userNames: ReadonlySet<string>): boolean {
  const words = tokens.filter((t) => !t.punct);
  if (words.some((t) => WH.has(t.low))) return false;
  return words.some((t, i) => {
    const who = WOULD.has(t.low) ? words[i + 1] : t.low === 'gonna' ? words[i - 1] : undefined;
    if (who === undefined || !(USER_SUBJECTS.has(who.low) || userNames.has(who.low))) return false;
    let k = t.low === 'gonna' ? i + 1 : i + 2;
    if (words[k]?.pos === 'ADV') k++;
    return words[k]?.pos === 'VERB';
  });
}

/** Key words of what the user turns down, and of what they hold to. */
const NEGATIVE_KEY_WORDS: ReadonlySet<string> = new Set(['dislikes', 'hates', 'peeves', 'avoid', 'avoids', 'dealbreakers'].map(stem));
const HELD_KEY_WORDS: readonly string[] = ['values', 'beliefs', 'ethics', 'stance', 'principles', 'boundaries'].map(stem);
const STANCE_KEY_WORDS: ReadonlySet<string> = new Set([...NEGATIVE_KEY_WORDS, ...HELD_KEY_WORDS]);
const MAX_STANCES = 3;

/** Whether a fact is one of the user's lasting stances (its key, read as stems, of what they dislike or hold to). */
export function isStance(terms: FactTerms): boolean {
  return terms.fact.bucket !== 'dynamic' && [...terms.key].some((k) => STANCE_KEY_WORDS.has(k));
}

/** The user's stances (dislikes first, then what they hold to). */
function stancesOf(profile: Profile): Fact[] {
  const negative = (t: FactTerms): number => ([...t.key].some((k) => NEGATIVE_KEY_WORDS.has(k)) ? 0 : 1);
  return profile.facts
    .filter(isStance)
    .sort((a, b) => negative(a) - negative(b) || (a.fact.key < b.fact.key ? -1 : a.fact.key > b.fact.key ? 1 : 0))
    .slice(0, MAX_STANCES)
    .map((t) => t.fact);
}

/**
 * The stances that answer a plan put to the user which nothing in the profile speaks of, or none. Not a plan that names a
 * member of a class ("would he be up for a game of squash?"): what the profile holds of that class answers it, and a profile
 * that does not name it has nothing about it.
 */
export function stancesFor(q: Question, profile: Profile): Fact[] {
  return q.plan && !namesMember(q) ? stancesOf(profile) : [];
}
