import { STATUS_WORDS } from '../families.js';
import { spanText } from '../../nlp/wink.js';
import type { PatternSpec, ValueContext } from '../pattern.js';

/**
 * Near-term events and status: a statement about the user with a time that is now or soon ("driving
 * test on Thursday", "off sick today", "this week I'm covering for my manager"). These are dynamic
 * facts that expire after the time said (./time.ts). A catch-all: it fires only when no other entry
 * explained the clause.
 */

const NOT_EVENTS = new Set([
  'done',
  'good',
  'fine',
  'ok',
  'okay',
  'sure',
  'ready',
  'finished',
  'happy',
  'glad',
  'sorry',
  'back',
  'here',
  'around',
  'free',
  'available',
  'tired',
  'excited',
  'nervous',
  'worried',
  'stressed',
  'scared',
  'bored',
  'hungry',
  'weirdly',
  'so',
  'really',
  'very',
  'quite',
  'pretty',
  'it',
  'that',
  'this',
  'not',
  'still',
  'also',
]);
const TRAVEL = new Set([
  'fly',
  'flying',
  'flight',
  'trip',
  'travel',
  'travelling',
  'traveling',
  'visiting',
  'visit',
  'holiday',
  'vacation',
  'heading',
  'abroad',
  'overseas',
]);
const PROGRESSIVE_NOW = new Set([
  'covering',
  'preparing',
  'prepping',
  'working',
  'writing',
  'finishing',
  'studying',
  'revising',
  'training',
  'building',
  'organising',
  'organizing',
  'planning',
  'moving',
  'packing',
  'handling',
  'running',
  'leading',
  'fasting',
  'recovering',
  'looking',
]);

function kindOf(v: ValueContext): string {
  const lows = v.tokens.map((t) => t.low);
  for (let k = 0; k < v.tokens.length; k++) if (STATUS_WORDS.matchAt(v.tokens, k) > 0) return 'current_status';
  if (lows.some((w) => TRAVEL.has(w))) return 'travel_plans';
  if (lows.some((w) => PROGRESSIVE_NOW.has(w)) && v.clause.some((t) => t.low === 'this' || t.low === 'moment' || t.low === 'currently' || t.low === 'now'))
    return 'current_focus';
  return 'upcoming_events';
}

function eventText(v: ValueContext): string | undefined {
  const tokens = v.tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'INTJ');
  if (tokens.length < 1 || tokens.length > 14) return undefined;
  if (tokens[0]!.pos === 'PRON' && tokens[0]!.low !== 'my') return undefined;
  // States and courtesies are not events ("done for today", "good to go", "thanks for the help").
  if (NOT_EVENTS.has(tokens[0]!.low) || tokens.some((t) => t.low === 'thanks' || t.low === 'thank')) return undefined;
  // Something must happen: a verb, or a noun that names the event.
  if (!tokens.some((t) => ((t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ') && /^[a-z]{3,}/i.test(t.text)) || STATUS_WORDS.has(t.low)))
    return undefined;
  return spanText(tokens);
}

/** Things that happen to the user when they are a clause's subject ("exams start Monday", "placement starts next month"). */
const EVENT_NOUNS = new Set([
  'exam',
  'exams',
  'test',
  'tests',
  'interview',
  'interviews',
  'surgery',
  'operation',
  'appointment',
  'wedding',
  'placement',
  'shift',
  'shifts',
  'flight',
  'gig',
  'finals',
  'deadline',
  'presentation',
  'viva',
  'defence',
  'defense',
  'hearing',
  'court',
  'trial',
  'induction',
  'course',
  'term',
  'semester',
  'internship',
  'contract',
  'leave',
  'holiday',
  'vacation',
  'trip',
  'move',
  'race',
  'marathon',
  'match',
  'tournament',
  'audition',
  'recital',
  'exhibition',
  'launch',
  'review',
  'appraisal',
  'scan',
  'due',
  'date',
  'baby',
  'birthday',
]);

export const EVENTS: readonly PatternSpec[] = [
  {
    id: 'events.status',
    match: "will|'ll? be~ {x:$status}",
    key: 'current_status',
    subjects: ['self', 'we', 'none'],
    category: 'other',
    bucket: 'dynamic',
    value: (v) => (v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1]?.low === 'of' ? undefined : v.text),
  },
  {
    id: 'events.status-fragment',
    match: '{x:$status}',
    key: 'current_status',
    subjects: ['none'],
    category: 'other',
    bucket: 'dynamic',
    value: (v) => (v.clause.length <= 8 ? eventText({ ...v, tokens: v.clause }) : undefined),
  },
  {
    id: 'events.dated',
    match: 'be~|have~|got? {x:rest}',
    key: 'upcoming_events',
    keyOf: kindOf,
    subjects: ['self', 'we', 'none'],
    category: 'other',
    bucket: 'dynamic',
    requires: 'time',
    fallback: true,
    value: eventText,
  },
  {
    id: 'events.subject',
    match: '{x:rest}',
    key: 'upcoming_events',
    subjects: ['other'],
    where: 'anywhere',
    category: 'other',
    bucket: 'dynamic',
    requires: 'time',
    fallback: true,
    value: (v) =>
      (v.tokens === v.clause || v.clause.indexOf(v.tokens[0]!) === 0) &&
      v.clause.slice(0, 5).some((t) => EVENT_NOUNS.has(t.low) || EVENT_NOUNS.has(t.lemma)) &&
      !v.clause.slice(0, 3).some((t) => ['their', 'his', 'her', 'its'].includes(t.low))
        ? eventText(v)
        : undefined,
  },
];
