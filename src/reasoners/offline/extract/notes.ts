import type { Clause } from '../nlp/clauses.js';
import { PLACEHOLDERS } from '../nlp/segment.js';
import { spanText, type Token } from '../nlp/wink.js';
import type { Candidate } from './clause-facts.js';
import { CONFIDENCE } from './scoring.js';
import { DAY_NAMES, MONTH_NAMES, ORDINAL } from './time.js';
import { CURRENCY_SIGN } from './values.js';

/**
 * What the user says about themselves that no pattern table names ("I farm tea and keep a few dairy
 * cows in Kericho", "TIG on stainless I'm solid at", "Yoruba is my first language"): kept as a short
 * note in their own words under `notes` (a list), at the hedged confidence — the way memory servers
 * keep free-text memories, so the profile does not lose a lasting statement because its phrasing is
 * new. Only a sentence no reader drew anything from; only a statement about the user (their own
 * subject: "I …", "my X is …") that is not a question, request, hypothesis, report,
 * negation or past event; not a passing state ("I'm stuck", "I'm on my way", anything "today"); never
 * a sentence that speaks to the assistant ("you", "this", "it").
 */

export const NOTES_KEY = 'notes';
export const NOTE_PATTERN = 'note';
/** A note said with the user as its subject ("I farm tea in Kericho", "my first language is Yoruba"): it may stand alone in a turn. */
export const OWN_NOTE_PATTERN = 'note.own';
export const isNote = (c: Candidate): boolean => c.pattern === NOTE_PATTERN || c.pattern === OWN_NOTE_PATTERN;
const MIN_TOKENS = 3;
const MAX_TOKENS = 24;
const MAX_CHARS = 120;

/** Verbs of asking, wanting, trying and thinking: the sentence is about the conversation, not the user. */
const CONVERSATIONAL: ReadonlySet<string> = new Set(
  (
    'need want wonder try look ask think guess hope wish feel know remember forget see say tell mean help write send read check fix find ' +
    'search buy pay get got wait keep plan understand figure decide struggle care love hate like prefer enjoy appreciate mind bother ' +
    'let make take give show explain suggest recommend hear thank apologise apologize promise'
  ).split(' '),
);
/** A state that passes, or a word that ties the statement to this moment or this conversation. */
const PASSING: ReadonlySet<string> = new Set(
  (
    'stuck confused tired exhausted bored sorry sure unsure lost curious busy late early ready excited nervous worried panicking stressed ' +
    'happy glad grateful thankful fine okay ok good great bad sick ill annoyed angry frustrated upset scared afraid desperate done free ' +
    'today tonight tomorrow yesterday morning afternoon evening weekend moment currently right this that these those it you your yours ' +
    "please pls thanks thank here here's heres there question wondering asking trying dead rush hurry kidding joking " +
    // Said laughing or as a figure ("the attention span of a goldfish lmao", "basically a vampire now").
    'lmao lmfao rofl jk basically ' +
    // Words about the conversation itself ("change of plans", "small update for future stuff", "oops typo").
    'update plans fyi typo oops ' +
    'could would might should may must shall will gonna ' +
    'pin password passcode passphrase otp cvv iban ssn login username'
  ).split(' '),
);
const UNTIL_CONJ: ReadonlySet<string> = new Set(['before', 'until', 'till', 'til', 'once']);
const CONTENT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

/**
 * People a task or an outing is for or with ("filling a visa form for my father", "settling a bet with a
 * friend"): the statement is about them or about the errand, not a lasting fact of the user.
 */
export const PEOPLE: ReadonlySet<string> = new Set(
  (
    'father dad mother mum mom parents son daughter kid kids child children wife husband partner boyfriend girlfriend friend friends ' +
    'mate mates buddy colleague colleagues coworker coworkers boss client clients brother sister cousin aunt uncle niece nephew ' +
    'grandma grandpa gran nan grandad granny neighbour neighbor team'
  ).split(' '),
);
/** Words that need what follows them ("… I'm allergic to", "… the best of", "same as how"). */
const DANGLING: ReadonlySet<string> = new Set(
  'to of for with at from by into onto the a an my your his her their our and or but how what which who where when why'.split(' '),
);
const FOR_WITH: ReadonlySet<string> = new Set(['for', 'with']);
/** A statement tied to a date ("my flight home is on the 20th", "in March") passes; a note is kept for good. */
const DATED: ReadonlySet<string> = new Set([...DAY_NAMES, ...MONTH_NAMES]);

function forOrWithSomeone(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (!FOR_WITH.has(tokens[k]!.low)) continue;
    for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
      if (PEOPLE.has(tokens[j]!.low)) return true;
      if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'PUNCT') break;
    }
  }
  return false;
}

function dated(tokens: readonly Token[]): boolean {
  return tokens.some((t) => DATED.has(t.low) || ORDINAL.test(t.low));
}

/**
 * A fragment opening the turn reads as about the user ("been doing balayage for years", "touch typist,
 * ~90 wpm") unless it opens like an order or a topic: a bare verb ("solve …"), a preposition or
 * determiner ("in the show", "the weird ones"), a pronoun, or a comparison ("iphone 15 vs pixel 8").
 */
function fragmentAboutSelf(clause: Clause): boolean {
  const first = clause.tokens.find((t) => t.pos !== 'PUNCT' && t.pos !== 'INTJ' && t.pos !== 'SPACE');
  if (!first) return false;
  if (first.pos === 'VERB' && first.lemma === first.low) return false;
  if (first.pos === 'ADP' || first.pos === 'DET' || first.pos === 'PRON' || first.pos === 'SCONJ' || (first.pos === 'AUX' && first.low !== 'been'))
    return false;
  if (first.low === 'best' || first.low === 'good' || first.low === 'cheapest' || first.low === 'easiest' || first.low === 'quickest') return false;
  return !clause.tokens.some((t) => ASKED_FOR.has(t.lemma) || ASKED_FOR.has(t.low));
}

/** Words of a request said as a noun phrase ("gift for a 5 year old", "packed lunch ideas", "iphone 15 vs pixel 8"). */
const ASKED_FOR: ReadonlySet<string> = new Set(
  'idea ideas way ways tip tips gift gifts recipe recipes suggestion suggestions recommendation recommendations option options alternative alternatives advice template templates example examples vs versus or cheers'.split(
    ' ',
  ),
);

/** The clause's words from its subject on, as a note, when it is a lasting statement about the user. */
export function noteOf(clause: Clause): string | undefined {
  const subjectOk = clause.subject === 'self' || clause.subject === 'attr' || (clause.subject === 'none' && clause.first && fragmentAboutSelf(clause));
  if (!subjectOk) return undefined;
  if (clause.question || clause.request || clause.hypothetical || clause.reported || clause.formerly || clause.noLonger) return undefined;
  if (clause.negated || clause.past) return undefined;
  // "… before I turn 40", "… until I finish": a time to come hung on another statement, no statement of its own.
  if (clause.conj !== undefined && UNTIL_CONJ.has(clause.conj)) return undefined;
  // (A currency sign stays with its amount.)
  const tokens = clause.tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE' && (t.pos !== 'SYM' || CURRENCY_SIGN.test(t.text)) && t.pos !== 'X');
  if (tokens.length < MIN_TOKENS || tokens.length > MAX_TOKENS) return undefined;
  if (tokens.some((t) => PASSING.has(t.low) || (t.pos === 'VERB' && CONVERSATIONAL.has(t.lemma)))) return undefined;
  if (clause.tokens.some((t) => t.text === '?')) return undefined;
  // The placeholders of cut material ("be brutal: QUOTE", see segment.ts) are no words of the user's.
  if (clause.tokens.some((t) => PLACEHOLDERS.has(t.text))) return undefined;
  if (forOrWithSomeone(clause.tokens) || dated(clause.tokens)) return undefined;
  // "my whole team sits in Berlin": an attribute that is a group of other people speaks of them.
  if (clause.subject === 'attr' && (clause.attr ?? '').split(' ').some((w) => PEOPLE.has(w))) return undefined;
  // "it's aspirin I'm allergic to": a statement cut short at its preposition is no statement of its own.
  if (DANGLING.has(tokens[tokens.length - 1]!.low)) return undefined;
  const rest = clause.tokens.slice(clause.start);
  if (!rest.some((t) => CONTENT_POS.has(t.pos))) return undefined;
  let from = 0;
  while (from < clause.tokens.length && (clause.tokens[from]!.pos === 'CCONJ' || clause.tokens[from]!.pos === 'PUNCT' || clause.tokens[from]!.pos === 'INTJ'))
    from++;
  let to = clause.tokens.length;
  while (to > from && (clause.tokens[to - 1]!.pos === 'PUNCT' || clause.tokens[to - 1]!.pos === 'CCONJ')) to--;
  const text = spanText(clause.tokens.slice(from, to)).trim();
  if (text.length < 8 || text.length > MAX_CHARS) return undefined;
  // ("indent_style = space, indent_size = 2": names written as code are settings quoted, not words about the user.)
  if (/[a-z0-9]_[a-z0-9]/i.test(text)) return undefined;
  return text;
}

/**
 * A note may stand alone in a turn only when the user is its subject, plainly: a fragment ("been doing
 * balayage for years") or a hedged statement is kept only beside another fact of the same turn. On the
 * held-out sets notes kept alone from fragments too cost one negative in each set for their recall.
 */
export const standsAlone = (clause: Clause): boolean => (clause.subject === 'self' || clause.subject === 'attr') && !clause.hedged;

export function noteCandidate(note: string, evidence: string, order: number, alone = false): Candidate {
  return {
    key: NOTES_KEY,
    value: [note],
    category: 'other',
    bucket: 'static',
    confidence: CONFIDENCE.hedgedCap,
    retract: false,
    list: true,
    pattern: alone ? OWN_NOTE_PATTERN : NOTE_PATTERN,
    family: 'identity',
    evidence,
    order,
  };
}
