import { STATUS_WORDS } from '../families.js';
import { EVENT_NOUNS as EVENT_LEXICON } from '../lexicon/events.js';
import { OCCUPATIONS } from '../lexicon/people.js';
import { spanText } from '../../nlp/wink.js';
import { DAY_NAMES, MONTH_NAMES, NEAR_TIMES, ORDINAL, saysRoutine, timeFrameOf } from '../time.js';
import type { Token } from '../../nlp/wink.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import { CURRENCY_SIGN } from '../values.js';

/** "here's my list for the week": what the user hands over. */
/** "5 months of the year", "twice a year", "every year": said of each year, not of now. */
function yearly(clause: readonly Token[]): boolean {
  return clause.some(
    (t, k) =>
      (t.low === 'year' || t.low === 'yr') &&
      (['a', 'per', 'each', 'every'].includes(clause[k - 1]?.low ?? '') || (clause[k - 1]?.low === 'the' && clause[k - 2]?.low === 'of')),
  );
}

const HERE: ReadonlySet<string> = new Set(['here', "here's", 'heres', 'here’s']);

/** The value is the verb a request opens with ("Leave coriander out …", "Cover the early shift for me"). */
function opensRequest(v: ValueContext): boolean {
  const first = v.tokens[0];
  return first !== undefined && first === v.clause[0] && first.pos === 'VERB' && v.clause[1] !== undefined && v.clause[1].pos !== 'PUNCT';
}

/**
 * Near-term events and status: a statement about the user with a time that is now or soon ("driving
 * test on Thursday", "off sick today", "this week I'm covering for my manager"). These are dynamic
 * facts that expire after the time said (./time.ts). A catch-all: it fires only when no other entry
 * explained the clause.
 */

const HOW_IT_IS = new Set(['chaos', 'madness', 'mayhem', 'carnage', 'bedlam', 'nightmare', 'hell', 'insanity', 'nuts', 'manic', 'crazy', 'mad']);
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

/** A sentence that asks or requests something ("what do i need to bring …", "help me design …", "… pls"). */
const ASKING: ReadonlySet<string> = new Set([
  'what',
  'how',
  'which',
  'where',
  'when',
  'should',
  'can',
  'could',
  'would',
  'need',
  'help',
  'please',
  'pls',
  'plz',
  'any',
]);
const asks = (sentence: readonly Token[]): boolean => sentence[sentence.length - 1]?.text === '?' || sentence.some((t) => ASKING.has(t.low));

/** Verbs of someone coming to the user ("the plumber is coming on Thursday"). */
const VISITING: ReadonlySet<string> = new Set(['coming', 'visiting', 'popping', 'booked', 'due', 'arriving', 'calling']);
/** Heads of a worker's name that the occupations list lacks ("the boiler man", "the gas engineer", "the window fitter"). */
const WORKER_HEADS: ReadonlySet<string> = new Set(['man', 'woman', 'guy', 'lady', 'bloke', 'engineer', 'fitter', 'technician', 'tech', 'repairman']);

/** Words that tell a clause in the past ("the match was great on Saturday"). */
const PAST_TENSE = ['was', 'were', 'went', 'had', 'happened', 'yesterday', 'ago'];
/** What every event's text is checked for: a past, or a birth ("born on a tuesday"); not "last", which may be "final" ("my last shift on monday"). */
const TOLD_IN_PAST: ReadonlySet<string> = new Set([...PAST_TENSE, 'born']);
/** What the entries that name an event in the clause check first: "did" and "last" too ("the race last Sunday"). */
const PAST_WORDS: ReadonlySet<string> = new Set([...PAST_TENSE, 'did', 'last']);
const RESCHEDULED: ReadonlySet<string> = new Set([
  'moved',
  'changed',
  'rescheduled',
  'pushed',
  'postponed',
  'delayed',
  'brought',
  'bumped',
  'shifted',
  'booked',
  'scheduled',
  'set',
  'confirmed',
  'arranged',
  'planned',
]);

const PERCEIVED: ReadonlySet<string> = new Set(['heard', 'overheard', 'noticed', 'saw', 'spotted']);

/** Times said alone ("today", "tonight"), which name no occasion. */
const BARE_TIMES: ReadonlySet<string> = new Set(['today', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'week', 'weekend']);

/** Places of work gone back to after leave ("back at work", "back to the office", "back in school"). */
const WORKPLACES_BACK: ReadonlySet<string> = new Set(['work', 'office', 'school', 'uni', 'ward', 'site', 'depot']);

/** "back at work", "back to the office on Monday": a return to work, which "back" alone ("back home") is not. */
function backToWork(tokens: readonly Token[]): boolean {
  if (tokens[0]!.low !== 'back' || !['at', 'to', 'in'].includes(tokens[1]?.low ?? '')) return false;
  const place = tokens[2]?.low === 'the' ? tokens[3] : tokens[2];
  return WORKPLACES_BACK.has(place?.low ?? '');
}

/** An event told of someone else's clause, with a time ("exams start Monday", "my parents land on Friday"). */
const OTHERS_EVENT = {
  match: '{x:rest}',
  key: 'upcoming_events',
  subjects: ['other'],
  where: 'anywhere',
  category: 'other',
  bucket: 'dynamic',
  requires: 'time',
} as const satisfies Partial<PatternSpec>;

/** The user's close family, said at the start of a sentence ("my parents", "our son", "hubby"). */
const COMING_FAMILY: ReadonlySet<string> = new Set([
  'son',
  'sons',
  'daughter',
  'daughters',
  'kids',
  'children',
  'parents',
  'mum',
  'mom',
  'dad',
  'husband',
  'wife',
  'hubby',
  'partner',
  'in-laws',
  'grandkids',
  'grandchildren',
  'family',
]);
/** Verbs of coming to the user ("arrive", "land", "fly in"), and words that make "get", "come" one ("gets home", "come over"). */
const ARRIVING: ReadonlySet<string> = new Set(['arrive', 'land', 'visit', 'fly', 'return']);
const TOWARDS_HOME: ReadonlySet<string> = new Set(['home', 'back', 'over', 'round', 'up', 'down']);

/** Whether the sentence opens on the user's close family and the clause says they are coming (home, over, to stay). */
function familyComing(sentence: readonly Token[], clause: readonly Token[]): boolean {
  const first = sentence[0]?.low === 'my' || sentence[0]?.low === 'our' ? 1 : 0;
  const who = sentence[first];
  if (who === undefined || !COMING_FAMILY.has(who.low) || (first === 0 && who.low !== 'hubby')) return false;
  // (In the present, of a time to come: "land", "arrives", "gets home"; not "arrived last Friday".)
  const present = (t: Token) => t.low === t.lemma || t.low === `${t.lemma}s` || t.low === `${t.lemma}es` || t.low.endsWith('ing');
  return clause.some(
    (t, k) => present(t) && (ARRIVING.has(t.lemma) || ((t.lemma === 'get' || t.lemma === 'come') && TOWARDS_HOME.has(clause[k + 1]?.low ?? ''))),
  );
}

function eventText(v: ValueContext): string | undefined {
  // (A currency sign stays with its amount: "save £4,000 by September", not "save4,000".)
  // (A hyphen inside a word stays too: "the Holyhead-Dublin sailing", not "HolyheadDublin".)
  const joins = (t: Token, k: number): boolean => t.text === '-' && !t.space && k > 0 && v.tokens[k + 1] !== undefined && !v.tokens[k + 1]!.space;
  // (A time the tagger takes for a sign stays too: "on 6am starts all this month".)
  const sign = (t: Token) => t.pos === 'SYM' && !CURRENCY_SIGN.test(t.text) && !/\d/.test(t.text);
  const tokens = v.tokens.filter((t, k) => (t.pos !== 'PUNCT' || joins(t, k)) && !sign(t) && t.pos !== 'INTJ');
  if (tokens.length < 1 || tokens.length > 14) return undefined;
  // ("day off today cos of the heatwave": a time word left alone names nothing.)
  if (tokens.length === 1 && (BARE_TIMES.has(tokens[0]!.low) || tokens[0]!.low === 'day' || tokens[0]!.low === 'night')) return undefined;
  // ("bit grim out there today", "a bit quiet today": how things are, said with "a bit", is no event.)
  const bit = tokens[0]!.low === 'a' ? 1 : 0;
  if (
    tokens[bit]?.low === 'bit' &&
    tokens[bit + 1]?.pos === 'ADJ' &&
    !tokens.slice(bit + 2).some((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !BARE_TIMES.has(t.low))
  )
    return undefined;
  // ("our 10th wedding anniversary is on the 14th": the user's own, with someone.)
  if (tokens[0]!.pos === 'PRON' && tokens[0]!.low !== 'my' && tokens[0]!.low !== 'our') return undefined;
  // What the user could or would do is no plan ("a Quaker meeting I could get to on a Sunday").
  if (CONDITIONAL.has(tokens[0]!.low)) return undefined;
  // What was done earlier today is past ("picked up my first bonsai at a garden centre sale today", "repotted the juniper
  // this morning"): a verb in the past tense, and only today or this morning as its time.
  if (doneToday(v.clause)) return undefined;
  // A shift the user does by its weekday is a routine ("I do the Tuesday shift at the food bank").
  if (
    v.clause.some(
      (t, k) => ['do', 'does', 'work', 'works'].includes(t.low) && DAY_NAMES.includes(v.clause[k + 2]?.low ?? '') && v.clause[k + 3]?.lemma === 'shift',
    )
  )
    return undefined;
  // What holds these days is no event ("these days I make tote bags").
  if (v.clause.some((t, k) => (t.low === 'days' && v.clause[k - 1]?.low === 'these') || t.low === 'nowadays')) return undefined;
  // A habit is no event ("I go climbing every sunday", "on tuesdays").
  if ((v.clause.some((t) => HABITUAL.has(t.low)) || saysRoutine(v.clause)) && !v.clause.some((t) => DEICTIC.has(t.low))) return undefined;
  // Hours of work are a routine ("I work 8 till 4 at the council").
  if (v.clause.some((t, k) => t.lemma === 'work' && v.clause[k + 1]?.pos === 'NUM' && ['till', 'until', 'to', '-'].includes(v.clause[k + 2]?.low ?? '')))
    return undefined;
  // A pastime begun is no event ("started keeping bees this spring", "began learning the fiddle this year").
  if (v.clause.some((t, k) => (t.low === 'started' || t.low === 'began') && v.clause[k + 1]?.pos === 'VERB' && v.clause[k + 1]!.low.endsWith('ing')))
    return undefined;
  // What the user heard or saw is past ("heard it in a meeting today and nodded").
  if (v.clause.some((t) => PERCEIVED.has(t.low))) return undefined;
  // An event told in the past ("the meeting on monday was a disaster", "born on a tuesday"), unless it was moved
  // ("my flight was moved to Friday").
  if (v.clause.some((t) => TOLD_IN_PAST.has(t.low)) && !v.clause.some((t) => RESCHEDULED.has(t.low))) return undefined;
  // An age is no date ("got 3yo twins and a 6 week old").
  if (
    !namesEvent(v.clause, v.clause.length) &&
    v.clause.some((t, k) => t.low === 'old' && ['day', 'week', 'month', 'days', 'weeks', 'months'].includes(v.clause[k - 1]?.low ?? ''))
  )
    return undefined;
  // A goodbye to the assistant is no event ("have a lovely evening and I'll speak to you tomorrow").
  if (saysGoodbye(v.clause)) return undefined;
  // States and courtesies are not events ("done for today", "good to go", "thanks for the help").
  // (Going back to work after leave is one: "back at work next Monday after 9 months of mat leave".)
  if ((NOT_EVENTS.has(tokens[0]!.low) && !backToWork(tokens)) || tokens.some((t) => t.low === 'thanks' || t.low === 'thank')) return undefined;
  // Something must happen: a verb, or a noun that names the event (an exam by its name too: "IELTS on Saturday").
  if (
    !tokens.some((t) => ((t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ') && /^[a-z]{3,}/i.test(t.text)) || STATUS_WORDS.has(t.low)) &&
    !namesEvent(tokens, tokens.length)
  )
    return undefined;
  // One word that says how the time is ("this week is chaos", "tomorrow's mad") is not what happens.
  const only = tokens.length === 1 ? tokens[0]! : undefined;
  if (only && !STATUS_WORDS.has(only.low) && !namesEvent(tokens, 1) && (only.pos === 'ADJ' || HOW_IT_IS.has(only.low))) return undefined;
  return spanText(tokens);
}

/** Times of the day that has begun: with a verb in the past tense, what was said is done. */
const EARLIER_TODAY: ReadonlySet<string> = new Set(['today', 'morning', 'earlier', 'tonight']);
/** Words that point past the moment of speaking ("booked a table for tonight", "moved it to 3pm"). */
const LATER: ReadonlySet<string> = new Set(['tomorrow', 'next', 'for', 'until', 'till', 'by', 'later', 'to']);

function doneToday(clause: readonly Token[]): boolean {
  const verb = clause.find((t) => t.pos === 'VERB');
  const past = verb !== undefined && verb.low !== verb.lemma && (verb.low.endsWith('ed') || ['got', 'went', 'made', 'bought', 'did'].includes(verb.low));
  if (!past || clause.indexOf(verb) > 2) return false;
  const clock = clause.some((t, k) => (t.low === 'at' || t.low === 'on') && clause[k + 1]?.pos === 'NUM');
  return clause.some((t) => EARLIER_TODAY.has(t.low)) && !clock && !clause.some((t) => LATER.has(t.low) || DAY_NAMES.includes(t.low));
}

/** An entry for a trip asked about: by the place gone to or stayed in, or by its route (`route`). */
function tripInAsk(id: string, match: string, route: boolean): PatternSpec {
  return {
    id,
    match,
    key: 'travel_plans',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    category: 'other',
    bucket: 'dynamic',
    inQuestion: true,
    request: true,
    value: (v) => tripAsked(v, route),
  };
}

/** A trip in a request or question, with a time said in the sentence and no past tense ("last week of May" is no past). */
function tripAsked(v: ValueContext, route: boolean): string | undefined {
  const at = v.clause.indexOf(v.tokens[0]!);
  const by = v.clause[at - 2];
  if (by === undefined || !asks(v.sentence) || v.sentence.some((t) => TOLD_IN_PAST.has(t.low))) return undefined;
  // (Not someone else's: "my sister is flying to Rome next week".)
  const before = v.clause.slice(0, at);
  if (before.some((t, k) => ['he', 'she', 'they'].includes(t.low) || ((t.low === 'my' || t.low === 'our') && before[k + 1]?.pos === 'NOUN'))) return undefined;
  if (timeFrameOf(v.sentence, spanText(v.sentence), Date.now()) === undefined) return undefined;
  return route ? `${by.text} to ${v.text}` : `${by.low} ${v.clause[at - 1]!.low} ${v.text}`;
}

const CONDITIONAL: ReadonlySet<string> = new Set(['could', 'would', "'d", 'should', 'cud', 'wud']);

/** Words that wish the listener well ("have a lovely evening") or part from them ("speak to you tomorrow"). */
const WISHES = new Set(['nice', 'lovely', 'good', 'great', 'wonderful', 'fab', 'fabulous', 'brilliant', 'safe', 'happy', 'restful', 'relaxing']);
const PARTING_VERBS = new Set(['speak', 'talk', 'chat', 'see', 'catch']);

function saysGoodbye(clause: readonly Token[]): boolean {
  const lows = clause.filter((t) => t.pos !== 'PUNCT').map((t) => t.low);
  if (lows[0] === 'have' && (lows[1] === 'a' || lows[1] === 'an') && WISHES.has(lows[2] ?? '')) return true;
  return lows.some(
    (w, k) =>
      PARTING_VERBS.has(w) &&
      (lows[k + 1] === 'you' || lows[k + 1] === 'u' || (['to', 'with'].includes(lows[k + 1] ?? '') && ['you', 'u'].includes(lows[k + 2] ?? ''))),
  );
}

const HABITUAL = new Set([
  'every',
  'each',
  'usually',
  'always',
  'mostly',
  'normally',
  'generally',
  'typically',
  'regularly',
  'often',
  'weekly',
  'mondays',
  'tuesdays',
  'wednesdays',
  'thursdays',
  'fridays',
  'saturdays',
  'sundays',
  'weekends',
  'weeknights',
  'daily',
  'nightly',
]);

const DEICTIC = new Set(['this', 'next', 'today', 'tonight', 'tomorrow', 'coming']);

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

/** Whether an event noun ("funeral", "root canal", "citizenship ceremony") starts within the first `within` tokens. */
function namesEvent(tokens: readonly Token[], within: number): boolean {
  for (let k = 0; k < Math.min(within, tokens.length); k++) {
    const t = tokens[k]!;
    if (EVENT_NOUNS.has(t.low) || EVENT_NOUNS.has(t.lemma) || EVENT_LEXICON.matchAt(tokens, k) > 0 || EVENT_LEXICON.fuzzyAt(tokens, k) > 0) return true;
  }
  return false;
}

/** A clause told in the past ("the match was great on Saturday") names no event to come. */
const toldInPast = (tokens: readonly Token[]) =>
  // ("my last day at the firm is Friday": a last day or shift is still to come.)
  tokens.some(
    (t, k) =>
      PAST_WORDS.has(t.low) &&
      !(t.low === 'last' && (tokens[k - 1]?.low === 'my' || tokens[k - 1]?.low === 'our') && (tokens[k + 1]?.low === 'day' || tokens[k + 1]?.low === 'shift')),
  );

/** Verbs of taking part ("speaking at PyCon next Friday", "competing in the regional finals on Saturday"). */
const TAKING_PART =
  'speak~|speaking|present~|presenting|perform~|performing|compete~|competing|exhibit~|exhibiting|race~|racing|play~|playing|sing~|singing|dance~|dancing|run~|running|walk~|walking|attend~|attending|teach~|teaching|host~|hosting|judge~|judging|volunteer~|volunteering';

/** What a selection process has stages of ("got through to the final round", "made it to the second interview"). */
const STAGES: ReadonlySet<string> = new Set([
  'round',
  'stage',
  'interview',
  'interviews',
  'shortlist',
  'final',
  'finals',
  'assessment',
  'panel',
  'semis',
  'semi-final',
  'semi-finals',
]);

/** What the user's own event at a place and a time is, however the taking part is said. */
const TAKING_PART_EVENT = {
  key: 'upcoming_events',
  where: 'anywhere',
  subjects: ['self', 'we', 'none'],
  category: 'other',
  bucket: 'dynamic',
  requires: 'time',
} as const satisfies Partial<PatternSpec>;

const TAKING_PART_WORDS: ReadonlySet<string> = new Set(TAKING_PART.split('|').filter((w) => !w.endsWith('~')));

const NOT_DOINGS: ReadonlySet<string> = new Set(
  'flying travelling traveling going heading driving moving visiting thinking hoping wondering feeling looking struggling trying planning considering'.split(
    ' ',
  ),
);

const INCIDENT_WORDS: ReadonlySet<string> = new Set(['broken', 'burgled', 'robbed', 'mugged', 'scammed', 'hacked', 'flooded']);
const RECENT: ReadonlySet<string> = new Set(['yesterday', 'tonight', 'today', 'just', 'overnight']);

/** Verbs that move an occasion to another date ("it's been moved to the 21st", "pushed it back to Friday"). */
const MOVED_WORDS = 'moved|pushed|rescheduled|postponed|bumped|shifted|changed';
const isDateWord = (t: Token): boolean => ORDINAL.test(t.low) || DAY_NAMES.includes(t.low) || MONTH_NAMES.includes(t.low);

/**
 * "parents' evening was meant to be this Thursday but it's been moved to the 21st": an occasion the sentence opens with,
 * moved to the date after "to" (a few words, a date among them); the occasion named, not the pronoun.
 */
function movedEvent(v: ValueContext): string | undefined {
  const end = v.tokens.findIndex((t) => t.pos === 'PUNCT');
  const date = end < 0 ? v.tokens : v.tokens.slice(0, end);
  if (date.length === 0 || date.length > 4 || !date.some(isDateWord)) return undefined;
  let k = 0;
  while (
    k < v.sentence.length &&
    k < 5 &&
    (v.sentence[k]!.pos === 'NOUN' || v.sentence[k]!.pos === 'PROPN' || v.sentence[k]!.pos === 'DET' || v.sentence[k]!.low === 'my')
  )
    k++;
  const occasion = v.sentence.slice(0, k).filter((t) => t.pos !== 'DET' && t.low !== 'my');
  if (occasion.length === 0 || !namesEvent(occasion, occasion.length)) return undefined;
  return `${spanText(occasion)} moved to ${spanText(date)}`;
}

/**
 * "NDEB AFK is next Tuesday", "the ORE is on the 14th": a thing known by its letters (an exam, a body's visit) that is
 * on at a time — an event, though no word of the event lists names it.
 */
function namedByLetters(clause: readonly Token[]): boolean {
  let k = clause[0]?.low === 'the' ? 1 : 0;
  const from = k;
  while (k < clause.length && k - from < 3 && /^[A-Z][A-Z0-9]{1,7}$/.test(clause[k]!.text)) k++;
  const when = clause[k + 1];
  return k > from && clause[k]?.lemma === 'be' && when !== undefined && (WHEN_OPENERS.has(when.low) || DAY_NAMES.includes(when.low) || when.pos === 'NUM');
}
/** Verbs of a term running out ("my CPD cycle ends 31 July", "our lease expires in March"). */
const ENDING: ReadonlySet<string> = new Set(['end', 'expire', 'lapse', 'finish', 'renew', 'close']);
/** "my CPD cycle ends 31 July", "our lease expires in March": a term of the user's own that runs out at a time. */
const ownEnds = (clause: readonly Token[]): boolean =>
  (clause[0]?.low === 'my' || clause[0]?.low === 'our') &&
  // (Not someone else's: "my sister's lease ends in March".)
  !clause.slice(1, 4).some((t) => t.low === "'s") &&
  clause.slice(1, 5).some((t) => t.pos === 'VERB' && ENDING.has(t.lemma));
/** Words a time said right after "is" opens with ("is next Tuesday", "is on the 14th", "is tomorrow"). */
const WHEN_OPENERS: ReadonlySet<string> = new Set(['next', 'on', 'this', 'tomorrow', 'tonight', 'today', 'in']);

export const EVENTS: readonly PatternSpec[] = [
  {
    id: 'events.moved-to',
    match: `${MOVED_WORDS} it|back|forward? to|till {x:rest}`,
    key: 'upcoming_events',
    where: 'anywhere',
    subjects: ['other', 'none', 'self', 'we'],
    category: 'other',
    bucket: 'dynamic',
    past: 'ok',
    value: movedEvent,
  },
  {
    // "Marching with the climate mob in Melbourne on Saturday", "Protesting outside the town hall on Friday": a fragment
    // that opens on what the user will be doing, with its time, is the user's event (whatever place or group it also names).
    id: 'events.doing-on',
    match: '{x:rest}',
    key: 'upcoming_events',
    keyOf: kindOf,
    subjects: ['none'],
    category: 'other',
    bucket: 'event',
    requires: 'time',
    value: (v) => {
      const first = v.clause[0];
      if (!first || first !== v.tokens[0] || first.pos !== 'VERB' || !first.low.endsWith('ing') || !v.clause.some((t) => t.pos === 'ADP')) return undefined;
      // (Not a trip, which the travel entries read, nor a state of mind or of running late: "thinking about you on Saturday".)
      // (Nor a verb of taking part, which events.taking-part reads: "Speaking at the parish meeting on Monday".)
      if (NOT_DOINGS.has(first.low) || TAKING_PART_WORDS.has(first.low) || v.clause.some((t) => t.low === 'you' || t.low === 'late')) return undefined;
      return eventText(v);
    },
  },
  {
    // "Got through to the final round", "made it to the second interview at Octopus": where the user is in a selection.
    id: 'events.through-to',
    match: 'got|get~|getting|made|make~ through|it to the|a {x:np}',
    key: 'upcoming_events',
    subjects: ['self', 'none', 'we'],
    category: 'other',
    bucket: 'dynamic',
    past: 'ok',
    value: (v) => (STAGES.has(v.tokens[v.tokens.length - 1]?.low ?? '') ? v.text : undefined),
  },
  {
    // "Need help to prepare for managerial round tomorrow itself": what the user is preparing for, said in the request.
    id: 'events.prepare-for',
    match: 'prepare|prepping|preparing|prep|ready for {x:rest}',
    key: 'upcoming_events',
    keyOf: kindOf,
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    category: 'other',
    bucket: 'event',
    requires: 'time',
    request: true,
    value: (v) => (namesEvent(v.tokens, 4) || v.tokens.slice(0, 4).some((t) => STAGES.has(t.low)) ? eventText(v) : undefined),
  },
  {
    id: 'events.status',
    match: "will|'ll? be~ {x:$status}",
    key: 'current_status',
    subjects: ['self', 'we', 'none'],
    category: 'other',
    bucket: 'dynamic',
    // ("I'm away touring about 5 months of the year": a share of every year is how the user lives, not where they are now.)
    value: (v) => (v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1]?.low === 'of' || yearly(v.clause) ? undefined : v.text),
  },
  {
    // "we got broken into last night", "I got scammed yesterday", "just been burgled": what has just happened to the user
    // or the household, short-lived.
    id: 'events.incident',
    match: 'get~|got|be~|been broken_into|burgled|robbed|mugged|scammed|hacked|flooded {x:rest}?',
    key: 'current_status',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    category: 'other',
    bucket: 'dynamic',
    past: 'ok',
    // (Only just now: "last night", "yesterday", "this morning", "just been"; not "I was burgled years ago".)
    value: (v) => {
      const at = v.clause.findIndex((t) => INCIDENT_WORDS.has(t.low));
      const lows = v.clause.map((t) => t.low);
      const recent = lows.some(
        (w, k) => RECENT.has(w) || (w === 'last' && ['night', 'week', 'weekend'].includes(lows[k + 1] ?? '')) || (w === 'this' && lows[k + 1] === 'morning'),
      );
      return at < 0 || !recent ? undefined : spanText(v.clause.slice(at, Math.min(v.clause.length, at + 6)));
    },
  },
  {
    id: 'events.status-fragment',
    match: '{x:$status}',
    key: 'current_status',
    subjects: ['none'],
    category: 'other',
    bucket: 'dynamic',
    // Not a verb that opens a request ("Leave coriander out of everything").
    value: (v) => {
      if (opensRequest(v)) return undefined;
      if (v.clause.length <= 8) return eventText({ ...v, tokens: v.clause });
      // ("on call this weekend fri 6pm to mon 8am 😩 give me …": in a longer clause, the state alone, opening it with the
      // time close by that it holds for.)
      return v.clause.indexOf(v.tokens[0]!) === 0 && NEAR_TIMES.has(v.clause[v.tokens.length]?.low ?? '') ? v.text : undefined;
    },
  },
  {
    // "rained off today so doing the paperwork", "day off today cos of the heatwave, …": a longer fragment that opens with a
    // status and the day it holds for (said in the past form, "rained off" still holds today).
    id: 'events.status-today',
    match: '{x:$status} today|tonight',
    key: 'current_status',
    subjects: ['none'],
    category: 'other',
    bucket: 'dynamic',
    past: 'ok',
    value: (v) => (v.clause.indexOf(v.tokens[0]!) === 0 ? spanText(v.clause.slice(0, v.tokens.length + 1)) : undefined),
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
    // Not what the user hands over ("here's my list for the week", "here are this week's shifts").
    value: (v) => (HERE.has(v.clause[0]?.low ?? '') ? undefined : eventText(v)),
  },
  {
    id: 'events.subject',
    ...OTHERS_EVENT,
    fallback: true,
    value: (v) =>
      (v.tokens === v.clause || v.clause.indexOf(v.tokens[0]!) === 0) &&
      // The event is the clause's own subject ("exams start Monday"); a predicate carried over from a person named
      // before ("my sister, Priya, is 31 and training for a marathon") is theirs.
      v.clause[0]?.pos !== 'AUX' &&
      v.clause[0]?.pos !== 'VERB' &&
      (namesEvent(v.clause, 5) || namedByLetters(v.clause) || ownEnds(v.clause)) &&
      !toldInPast(v.clause) &&
      // (nor someone else's: "my daughter has her gcses next week")
      !v.clause.slice(0, 5).some((t) => ['their', 'his', 'her', 'its'].includes(t.low))
        ? eventText(v)
        : undefined,
  },
  {
    // "my parents land from Lagos on Friday for omugwo", "hubby gets home from deployment on the 14th", "our son and his lot
    // arrive on Friday for the bank holiday weekend": the user's close family coming home or to stay is the user's event too.
    id: 'events.family-arrives',
    ...OTHERS_EVENT,
    // (Told from the start of the sentence, where the family is named: "Our son and his lot arrive on Friday …".)
    value: (v) => {
      if (v.clause.indexOf(v.tokens[0]!) !== 0 || !familyComing(v.sentence, v.clause)) return undefined;
      const end = v.sentence.indexOf(v.clause[v.clause.length - 1]!) + 1;
      return end > 0 ? eventText({ ...v, tokens: v.sentence.slice(0, end) }) : undefined;
    },
  },
  {
    // "I've got a job interview at Monzo on Wednesday": an event noun after have/got, beside whatever else the clause says.
    id: 'events.have-event',
    match: 'have~|got|having {x:rest}',
    key: 'upcoming_events',
    keyOf: kindOf,
    subjects: ['self', 'we'],
    category: 'other',
    bucket: 'dynamic',
    requires: 'time',
    past: 'ok',
    value: (v) => (namesEvent(v.tokens, 4) && !toldInPast(v.clause) ? eventText(v) : undefined),
  },
  {
    // "dentist on thursday for a root canal", "Gran's funeral Tuesday", "anatomy exam friday eek"
    id: 'events.noun-fragment',
    match: '{x:rest}',
    key: 'upcoming_events',
    keyOf: kindOf,
    subjects: ['none'],
    category: 'other',
    bucket: 'dynamic',
    requires: 'time',
    past: 'ok',
    // The time must be said in this very clause ("my first ultra, eek" after "Comrades in June" is not dated).
    value: (v) =>
      v.clause.indexOf(v.tokens[0]!) === 0 &&
      namesEvent(v.tokens, 4) &&
      !toldInPast(v.clause) &&
      timeFrameOf(v.clause, spanText(v.clause), Date.now()) !== undefined
        ? eventText(v)
        : undefined,
  },
  {
    // A visit to the user's home ("the boiler man is coming on thursday", "the plumber's booked for Monday"): someone
    // who comes to do a job, and when.
    id: 'events.visit',
    ...OTHERS_EVENT,
    fallback: true,
    value: (v) => {
      if (v.clause.indexOf(v.tokens[0]!) !== 0 || !['the', 'a', 'an', 'my', 'our'].includes(v.clause[0]!.low) || toldInPast(v.clause)) return undefined;
      const verb = v.clause.findIndex((t) => VISITING.has(t.low));
      if (verb < 2 || verb > 5) return undefined;
      const who = v.clause.slice(1, verb).filter((t) => t.pos !== 'AUX' && t.low !== "'s");
      // ("the boiler man", not just "the man".)
      const worker = who.some((t, k) => OCCUPATIONS.matchAt(who, k) > 0 || (WORKER_HEADS.has(t.low) && k > 0));
      return worker ? eventText(v) : undefined;
    },
  },
  {
    // An event of the user's named inside a request or question ("what do i need to bring to the mortgage
    // appointment on wednesday", "a caterer for my daughter's mehndi on the 21st"): the event and its time.
    id: 'events.named-in-ask',
    match: 'the|my|our {x:rest}',
    key: 'upcoming_events',
    keyOf: kindOf,
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    category: 'other',
    bucket: 'dynamic',
    requires: 'time',
    inQuestion: true,
    request: true,
    value: (v) => {
      const end = v.tokens.findIndex((t) => t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ');
      const span = end < 0 ? v.tokens : v.tokens.slice(0, end);
      // (A plain statement, "got my interview friday", is read by the entries above.)
      if (span.length > 8 || !asks(v.sentence) || !namesEvent(span, 4) || toldInPast(v.clause)) return undefined;
      const text = spanText(span);
      return timeFrameOf(span, text, Date.now()) !== undefined ? eventText({ ...v, tokens: span, text }) : undefined;
    },
  },
  // A trip the user asks help with, and when ("which airlines will let me fly to Malaga at the end of next month?", "can you
  // find a hotel in Lisbon for 10-13 April?"), or by its route ("can you look for Manchester to Malaga, last week of May?").
  tripInAsk('events.trip-in-ask', 'hotel|hotels|flight|flights|airbnb|accommodation|fly|flying|travel|travelling|traveling|overland to|in {x:place}', false),
  tripInAsk('events.route-in-ask', '@PROPN to {x:place}', true),
  {
    id: 'events.taking-part',
    match: `${TAKING_PART} at|in {x:rest}`,
    ...TAKING_PART_EVENT,
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      return at >= 2 ? eventText({ ...v, tokens: v.clause.slice(at - 2) }) : undefined;
    },
  },
  {
    // "Presenting a poster at IBMS Congress in Birmingham next month", "giving a talk at PyCon next week": the same, with
    // what is presented or given said between.
    id: 'events.taking-part-with',
    // (Not "I run a bakery in Fremantle": a thing run is a business.)
    match: 'present~|presenting|give~|giving|exhibit~|exhibiting|perform~|performing|host~|hosting|teach~|teaching a|an|my|our {o:word} at|in {x:rest}',
    ...TAKING_PART_EVENT,
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      return at >= 4 && v.slotTokens('o')[0]?.pos === 'NOUN' ? eventText({ ...v, tokens: v.clause.slice(at - 4) }) : undefined;
    },
  },
];
