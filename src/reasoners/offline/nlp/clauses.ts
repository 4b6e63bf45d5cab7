import type { Token } from './wink.js';
import { capitalised, isEmoji, spanText } from './wink.js';
import { withinOneEdit } from './edits.js';

/**
 * Clauses of a sentence and what kind of statement each one is. A sentence is split where a new
 * clause starts (a subject, a verb, a question word) after a comma, a conjunction or a dash, so a
 * question or a negation in one clause does not veto the facts of another ("I'm a teacher in
 * Bristol, can you help me mark essays?"). Each clause records who it is about (the user, the
 * user's household, an attribute of the user, someone else, or nobody — a fragment), its mood and
 * the markers the extraction rules need (negation, past, hedging, hypothetical, reported speech).
 */

export type Subject = 'self' | 'we' | 'attr' | 'other' | 'none';

/** Verbs of the third person the tagger may read as plural nouns after a noun ("sister lives in Leeds"). */
const THIRD_PERSON_VERBS: ReadonlySet<string> = new Set(['lives', 'works', 'keeps', 'wants', 'thinks', 'reckons', 'says', 'moved', 'teaches']);

export interface Clause {
  readonly tokens: readonly Token[];
  /** Index of the first token after the opening fillers and the subject. */
  readonly start: number;
  readonly subject: Subject;
  /** For `attr` clauses ("my first language is Igbo"): the attribute words, lower case ("first language"). */
  readonly attr?: string;
  /** Index of the token after the attribute phrase (the copula, usually). */
  readonly attrEnd?: number;
  /** The conjunction that opened this clause ("but", "and", "so"…), if any. */
  readonly conj?: string;
  /** First clause of the user's message (a fragment there is about the user). */
  readonly first: boolean;
  readonly question: boolean;
  readonly request: boolean;
  readonly hypothetical: boolean;
  readonly reported: boolean;
  readonly negated: boolean;
  readonly past: boolean;
  /** "used to", "previously", "formerly", "in the past": what follows no longer holds, whatever the verb. */
  readonly formerly: boolean;
  readonly hedged: boolean;
  /** "now", "currently", "these days", "finally"…: a statement that replaces an earlier one. */
  readonly current: boolean;
  /** "anymore", "no longer", "these days" with a negation: a retraction. */
  readonly noLonger: boolean;
  readonly text: string;
}

const CONJUNCTIONS = new Set([
  'and',
  'but',
  'so',
  'because',
  'cause',
  'cos',
  'coz',
  'since',
  'while',
  'though',
  'although',
  'whereas',
  'plus',
  'then',
  'or',
  'when',
  'which',
  'who',
  'where',
  'if',
  'unless',
  'until',
  'til',
  'till',
  'after',
  'before',
  'once',
  'whilst',
  'yet',
  // Taglish: "kasi" (because), "pero" (but), "tapos" (then).
  'kasi',
  'pero',
  'tapos',
]);
const ALWAYS_SPLIT = new Set([';', '(', ')', '-', '...', '..', '[', ']', '|', '/']);
const SOFT_SPLIT = new Set([',', ':']);
/** Symbols that separate the parts of a bio line ("29 | London | nurse", "vegan • runner"). */
const BIO_SEPARATORS = new Set(['|', '•', '·', '||']);
const SUBJECT_PRONOUNS = new Set([
  'i',
  'we',
  'he',
  'she',
  'they',
  'you',
  'u',
  'it',
  'there',
  'this',
  'that',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  // ("anyone who drives for a living should have one": anyone at all, not the user.)
  'anyone',
  'anybody',
  'nobody',
  'people',
  'one',
]);
/** Words for some or all of a group ("half my clients", "most of our staff"). */
const SOME_OF: ReadonlySet<string> = new Set(['half', 'most', 'all', 'some', 'many', 'both', 'several', 'none', 'few']);
export const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'your', 'ur']);
const WH = new Set(['what', 'whats', "what's", 'how', 'hows', 'why', 'when', 'where', 'wheres', 'which', 'who', 'whom', 'whose', 'wat', 'wot']);
const QUESTION_AUX = new Set([
  'do',
  'does',
  'did',
  'can',
  'could',
  'would',
  'will',
  'should',
  'shall',
  'is',
  'are',
  'am',
  'was',
  'were',
  'may',
  'might',
  'have',
  'has',
  'must',
]);
/** Discourse words that open a clause and say nothing about who it is about. */
const DISCOURSE = new Set([
  'so',
  'well',
  'ok',
  'okay',
  'oh',
  'ah',
  'anyway',
  'anyways',
  'btw',
  'fyi',
  'honestly',
  'update',
  'lol',
  'haha',
  'lmao',
  'yeah',
  'yes',
  'yep',
  'yup',
  'hey',
  'hi',
  'hello',
  'hiya',
  'sorry',
  'um',
  'umm',
  'uh',
  'hmm',
  'right',
  'ps',
  'edit',
  'tbh',
  'fwiw',
  'imo',
  'ngl',
  'alright',
  'cool',
  'great',
  'thanks',
  'cheers',
  'morning',
  'evening',
  'kia',
  'ora',
  'namaste',
  'salaam',
  'howdy',
  "g'day",
  'gday',
  'abeg',
  'sha',
  'o',
  'mate',
  'guys',
  'folks',
  'wait',
  'oops',
  'whoops',
  'correction',
  'welp',
  'hiii',
  'hii',
  'yo',
  'sup',
]);
/** Adverbs not in "-ly" that comment on a whole clause put after them ("instead i want …", "otherwise we're …"). */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['instead', 'otherwise', 'meanwhile', 'besides', 'anyhow', 'nowadays', 'later', 'still']);
/** Adverbs and conjunctions that may open a clause without breaking it from the one before. */
const OPENERS = new Set([
  // "once our youngest goes off to uni …": the clause's subject comes after it.
  'once',
  'also',
  'actually',
  'basically',
  'just',
  'still',
  'now',
  'currently',
  'finally',
  'lately',
  'nowadays',
  'again',
  'plus',
  'and',
  'but',
  'then',
  'because',
  'cause',
  'cos',
  'since',
  'while',
  'whereas',
  'although',
  'yet',
  'or',
  'though',
  'really',
  'mostly',
  'obviously',
  'recently',
  'already',
  'personally',
  'otherwise',
  'anyhow',
  'besides',
  'meanwhile',
]);
/** Phrases that open a clause: time frames, framing and corrections ("this week", "for context", "wait no"). */
const LEAD_PHRASES: readonly (readonly string[])[] = [
  ['this', 'week'],
  ['this', 'weekend'],
  ['this', 'month'],
  ['this', 'year'],
  ['this', 'term'],
  ['this', 'morning'],
  ['this', 'afternoon'],
  ['this', 'evening'],
  ['next', 'week'],
  ['next', 'month'],
  ['today'],
  ['tomorrow'],
  ['tonight'],
  ['at', 'the', 'moment'],
  ['right', 'now'],
  ['for', 'now'],
  ['these', 'days'],
  ['in', 'general'],
  ['from', 'now', 'on'],
  ['going', 'forward'],
  ['for', 'context'],
  ['heads', 'up'],
  ['quick', 'thing'],
  ['fun', 'fact'],
  ['side', 'note'],
  ['day', 'to', 'day'],
  ['in', 'future'],
  ['by', 'the', 'way'],
  ['to', 'be', 'honest'],
  ['a', 'bit', 'about', 'me'],
  ['bit', 'of', 'context'],
  ['some', 'context'],
  ['for', 'the', 'record'],
  ['wait', 'no'],
  ['no', 'wait'],
  ['i', 'mean'],
  ['as', 'of', 'now'],
  ['on', 'weekdays'],
  ['most', 'days'],
  ['at', 'work'],
  ['at', 'home'],
  ['first', 'time', 'here'],
  ['long', 'story', 'short'],
  ['good', 'morning'],
  ['good', 'evening'],
  ['good', 'afternoon'],
  ['good', 'night'],
  ['good', 'day'],
  ['just', 'so', 'you', 'know'],
  ['for', 'reference'],
  ['a', 'bit', 'of', 'background'],
  ['background'],
];
/**
 * Times ahead or habits said before the subject ("one day I want to open my own café", "eventually we'd like to move
 * back", "every morning I walk the dog"): skipped only when the subject follows ("plus one day off to explore" is not).
 */
const TIME_LEADS: readonly (readonly string[])[] = [
  ['next', 'year'],
  ['one', 'day'],
  ['some', 'day'],
  ['someday'],
  ['one', 'of', 'these', 'days'],
  ['eventually'],
  ['ultimately'],
  ['long', 'term'],
  ['in', 'the', 'long', 'run'],
  ['in', 'the', 'future'],
  ['down', 'the', 'line'],
  ['every', 'day'],
  ['every', 'morning'],
  ['every', 'evening'],
  ['every', 'night'],
  ['most', 'nights'],
  ['most', 'mornings'],
  ['on', 'weekends'],
  ['at', 'weekends'],
];
/** Reminders before the user's own statement ("remember i'm allergic to peanuts", "bear in mind I work nights"). */
const REMINDER_LEADS: readonly (readonly string[])[] = [
  ['remember', 'that'],
  ['remember'],
  ['keep', 'in', 'mind'],
  ['bear', 'in', 'mind'],
  ['don', "'t", 'forget'],
  ['do', 'not', 'forget'],
  ['note', 'that'],
];
const HEDGE_VERBS = new Set(['guess', 'think', 'suppose', 'reckon', 'believe', 'feel', 'suspect', 'assume', 'mean', 'figure']);
/** Verbs of knowing or owning up, which frame the user's own plain statement ("I know I'm only 48"). */
const KNOWING_VERBS: ReadonlySet<string> = new Set(['know', 'admit', 'realise', 'realize', 'swear', 'promise', 'confess']);
const ASKING_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will']);
const LEAD_PREPOSITIONS = new Set([
  'as',
  'unlike',
  'like',
  'at',
  'in',
  'for',
  'after',
  'before',
  'since',
  'despite',
  'besides',
  'apart',
  'except',
  'during',
  'outside',
  'from',
  'on',
  'over',
  'these',
  'this',
  'every',
  'most',
  'some',
]);
const CORRECTION_WORDS = new Set(['wait', 'sorry', 'actually', 'correction', 'oops', 'whoops', 'mean', 'meant', 'scratch']);
const RELATIVES = new Set(['who', 'which', 'that', 'where', 'when', 'whose', 'whom']);
const NON_FINITE = new Set(['been', 'being', 'be', 'having']);
const IRREGULAR_PAST = new Set([
  'was',
  'were',
  'had',
  'did',
  'went',
  'got',
  'left',
  'grew',
  'came',
  'took',
  'made',
  'gave',
  'saw',
  'knew',
  'thought',
  'taught',
  'sold',
  'bought',
  'built',
  'spent',
  'lost',
  'won',
  'ran',
  'swam',
  'drove',
  'flew',
  'wrote',
  'became',
  'began',
  'quit',
  'studied',
  'lived',
  'worked',
  'played',
  'moved',
]);
/** The attribute word one edit (a letter left out, added, changed or two swapped) from a misspelt word of five letters or more. */
function misspeltAttribute(word: string): string {
  if (word.length < 5 || word.length > 20) return word;
  for (const a of ATTRIBUTE_HEADS) if (a.length >= 5 && a !== word && withinOneEdit(word, a)) return a;
  return word;
}

const ATTRIBUTE_HEADS = new Set([
  'hustle',
  'pet',
  'pets',
  'name',
  'names',
  'job',
  'role',
  'title',
  'occupation',
  'profession',
  'work',
  'pronouns',
  'pronoun',
  'birthday',
  'age',
  'language',
  'languages',
  'tongue',
  'goal',
  'goals',
  'aim',
  'plan',
  'plans',
  'dream',
  'ambition',
  'diet',
  'hobby',
  'hobbies',
  'interests',
  'passion',
  'background',
  'degree',
  'major',
  'field',
  'specialty',
  'speciality',
  'expertise',
  'hometown',
  'home',
  'city',
  'timezone',
  'zone',
  'hours',
  'nationality',
  'religion',
  'faith',
  'favourite',
  'favorite',
  'fave',
  'allergy',
  'allergies',
  'condition',
  'diagnosis',
  'base',
  'stack',
  'setup',
  'os',
  'editor',
  'ide',
  'company',
  'employer',
  'team',
  'department',
  'position',
  'salary',
  'budget',
  'style',
  'preference',
  'preferences',
  'focus',
  'priority',
  'shift',
  'shifts',
  'schedule',
  'commute',
  'star',
  'sign',
  'blood',
  'type',
  'height',
  'weight',
  'status',
  'flat',
  'house',
  'apartment',
  'place',
  'surname',
  'full',
  'bday',
  'birth',
  'fav',
  'colour',
  'color',
  'nickname',
  'phd',
  'masters',
  'thesis',
  'dissertation',
  'course',
  'mba',
  'undergrad',
]);
const SAY_VERBS = new Set([
  'say',
  'says',
  'said',
  'think',
  'thinks',
  'thought',
  'reckon',
  'reckons',
  'claim',
  'claims',
  'believe',
  'believes',
  'tell',
  'tells',
  'told',
  'call',
  'calls',
  'called',
  'insist',
  'insists',
  'joke',
  'jokes',
]);
const HYPOTHETICAL = new Set(['if', 'suppose', 'supposing', 'imagine', 'pretend', 'hypothetically', 'assuming', 'assume', 'unless', 'wish', 'roleplay']);
/**
 * Made-up data ("generate 10 fake user profiles (name, job, city, allergies)"): a supposition, except where the user
 * refuses it themselves ("I'll never write fake reviews, full stop" is a stance).
 */
const MADE_UP: ReadonlySet<string> = new Set(['fake', 'dummy', 'fictional', 'fictitious']);
/** Who a supposition is about ("say someone …", "say a nurse …", "say I …"). */
const SUPPOSED = new Set(['someone', 'somebody', 'a', 'an', 'i', 'we', 'you', 'u', 'he', 'she', 'they', 'my', 'your', 'x', 'the', 'one']);
const HEDGES = new Set(['maybe', 'probably', 'perhaps', 'possibly', 'kinda', 'sorta', 'might', 'apparently', 'guess', 'suppose']);
/** A third person's need at the start of a fragment: its subject is a thing ("needs to work in JS"), not "I". */
const THING_NEEDS = new Set(['needs', 'has']);
/** Verbs after "is I" that make it a statement run on ("the problem is I am diabetic"); not "is I will" ("is ill" typed). */
const STATED_AFTER_IS: ReadonlySet<string> = new Set(['am', 'have', 'was', 'do', 'did', 'can', 'just', 'only', 'work', 'live', 'got', 'need']);
/** Words before the noun of an opener ("funny thing is", "the main problem is"), besides adjectives however tagged. */
const OPENER_WORDS: ReadonlySet<string> = new Set(['funny', 'weird', 'only', 'annoying', 'sad', 'crazy', 'good', 'real', 'main', 'big', 'other']);
/** Nouns of an opener that puts a statement after "is" ("the thing is, I work nights", "the problem is I'm diabetic"). */
const OPENER_NOUNS: ReadonlySet<string> = new Set(['thing', 'problem', 'issue', 'trouble', 'catch', 'truth', 'reason', 'kicker', 'point', 'worry']);
/** Words for what the user had before ("my old setup", "my previous job", "my ex-employer"). */
const FORMER = new Set(['old', 'previous', 'former', 'ex', 'last']);
const PAST_MARKERS = new Set(['previously', 'formerly', 'ago']);
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
/** A day of the week, whole or cut short ("Tues", "Thurs", "Weds", "fri"). */
const weekday = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.low.length >= 3 &&
  WEEKDAY_NAMES.some((d) => d.startsWith(t.low) || (t.low.endsWith('s') && d.startsWith(t.low.slice(0, -1))) || t.low === 'weds');
/** Words of a time to come ("got an interview tomorrow"). */
const SOON_WORDS = new Set(['tomorrow', 'tmrw', 'tmr', 'tonight', 'next', 'upcoming', 'soon', 'later', ...WEEKDAY_NAMES]);
const CURRENT_MARKERS = new Set(['now', 'currently', 'nowadays', 'finally', 'lately', 'rn', 'recently', 'today']);
const NEGATORS = new Set(['not', 'never', 'no', "n't", 'nt', 'nothing', 'nobody', 'neither', 'nor', 'hardly', 'barely']);

/** "answers with no hedging", "tea with no sugar": "no" after "with" says what a thing comes without; it denies nothing. */
export const withNo = (tokens: readonly Token[], k: number): boolean => tokens[k]?.low === 'no' && tokens[k - 1]?.low === 'with';

/** Split one sentence (tokens) into clauses and describe each; `firstOfTurn` marks the message's first sentence. */
export function clausesOf(sentence: readonly Token[], firstOfTurn: boolean): Clause[] {
  const pieces: { tokens: Token[]; conj?: string }[] = [];
  /** Pieces that open a statement of their own (after ";"). */
  const newStatement = new Set<number>();
  /** Pieces that open inside brackets. */
  const bracketed = new Set<number>();
  /** For each piece inside brackets, the piece the brackets follow ("my dad (68, retired plumber)"). */
  const asideOf = new Map<number, number>();
  let depth = 0;
  let before = -1;
  let current: Token[] = [];
  let conj: string | undefined;
  const flush = () => {
    if (current.some((t) => t.pos !== 'PUNCT')) {
      if (depth > 0 && before >= 0) asideOf.set(pieces.length, before);
      pieces.push({ tokens: current, conj });
    }
    current = [];
    conj = undefined;
  };
  for (let i = 0; i < sentence.length; i++) {
    const t = sentence[i]!;
    // ("climbing 🧗‍♀️ + surfing 🏄‍♀️ on days off": an emoji beside an item, before the list or the phrase goes on, is
    // only decoration.)
    if (decorates(sentence, i)) continue;
    // A hyphen inside a word ("pull-up", "second-hand") is not a dash; an emoji often ends a sentence.
    if (
      (t.pos === 'PUNCT' &&
        ALWAYS_SPLIT.has(t.text) &&
        (t.text !== '-' || (t.space && sentence[i + 1]?.space !== false)) &&
        // ("down in London Tues – Thurs": a span of days, not a dash between clauses.)
        !(DASHES.has(t.text) && weekday(sentence[i - 1]) && weekday(sentence[i + 1]))) ||
      (t.pos === 'SYM' && (/\p{Extended_Pictographic}/u.test(t.text) || BIO_SEPARATORS.has(t.text)))
    ) {
      flush();
      if (t.text === ';') newStatement.add(pieces.length);
      if (t.text === '(' || t.text === '[') {
        bracketed.add(pieces.length);
        if (depth === 0) before = pieces.length - 1;
        depth++;
      }
      if ((t.text === ')' || t.text === ']') && depth > 0) depth--;
      continue;
    }
    // "two things for any flights you find me: window seat always, …": a header that speaks to the assistant splits.
    // (Not "can you total up Q1 from these: 1,200 / 850": what follows is the material handed over.)
    if (
      t.pos === 'PUNCT' &&
      t.text === ':' &&
      current.some((u) => u.pos === 'VERB') &&
      current.some((u) => u.low === 'you') &&
      !HANDED_OVER.has(current[current.length - 1]!.low)
    ) {
      flush();
      continue;
    }
    if (t.pos === 'PUNCT' && t.text === ':') {
      // ("general rule for me: no military acronyms in anything you write": a label that only says a rule follows splits.)
      if (ruleLabel(current)) {
        flush();
        continue;
      }
      // "goal for this year: read 30 books" keeps its label; "bit of context: I'm a paramedic", "context first: me and my
      // fiancée are getting married …" split.
      if (!SUBJECT_PRONOUNS.has(sentence[i + 1]?.low ?? '') && !POSSESSIVES.has(sentence[i + 1]?.low ?? '') && !meAnd(sentence, i + 1)) {
        current.push(t);
        continue;
      }
    }
    if (t.pos === 'PUNCT' && SOFT_SPLIT.has(t.text) && startsClause(sentence, i + 1, current)) {
      flush();
      continue;
    }
    // "pass the board exams by next year, then open my own practice": a next step, its verb bare, is a clause joined by
    // "and" (the comma is dropped with it).
    if (
      t.low === 'then' &&
      sentence[i - 1]?.text === ',' &&
      ((sentence[i + 1]?.pos === 'VERB' && sentence[i + 1]!.low === sentence[i + 1]!.lemma) ||
        // ("then open my own practice": a word the tagger reads as an adjective, before its object.)
        (sentence[i + 1]?.pos === 'ADJ' && (sentence[i + 2]?.pos === 'DET' || POSSESSIVES.has(sentence[i + 2]?.low ?? '')))) &&
      current.some((u) => u.pos === 'VERB')
    ) {
      if (current[current.length - 1]?.text === ',') current.pop();
      flush();
      conj = 'and';
      continue;
    }
    // A question run into a statement without punctuation ("i work at shopify is it weird to ask …").
    if (current.length >= 3 && runOnQuestion(sentence, i, current)) {
      flush();
      current.push(t);
      continue;
    }
    const low = t.low;
    if (
      (t.pos === 'CCONJ' || t.pos === 'SCONJ' || CONJUNCTIONS.has(low)) &&
      CONJUNCTIONS.has(low) &&
      current.length > 0 &&
      (low === 'if' || startsClause(sentence, i + 1, current)) &&
      // "a recruiter once told me …": "once" before a verb in the past is an adverb, not "once I finish".
      !(low === 'once' && sentence[i + 1]?.pos === 'VERB' && sentence[i + 1]!.low !== sentence[i + 1]!.lemma) &&
      // "I look after my mum, she's got Parkinson's": "after" as the particle of its verb.
      !(low === 'after' && AFTER_VERBS.has(current[current.length - 1]!.lemma)) &&
      // "me and my husband live in cork": one subject, not two clauses.
      !(low === 'and' && ME_FIRST.has(current[current.length - 1]!.low) && current.every((u) => ME_FIRST.has(u.low) || u.pos === 'INTJ' || u.pos === 'ADV')) &&
      // "my wife and I are expecting": "I" with a plural verb closes a subject of two.
      !(low === 'and' && pairedSubject(sentence, i, current))
    ) {
      flush();
      conj = low;
      if (low === 'if') current.push(t);
      continue;
    }
    // "since Amara arrived I've been a stay-at-home mum", "When she was born I moved to Leeds": the main clause starts
    // at its own subject after a fronted time or reason clause that has its verb.
    if (mainAfterSubordinate(sentence, i, current, conj)) {
      flush();
      current.push(t);
      continue;
    }
    // "When you draft anything for me keep it plain English": after "when(ever) you …", a bare verb of how to write
    // opens the request itself (the clause before it asks nothing).
    if (askedOfAssistantFirst(current) && t.pos === 'VERB' && t.low === t.lemma && WRITING_ASKS.has(t.low) && current[current.length - 1]!.pos !== 'AUX') {
      flush();
      current.push(t);
      continue;
    }
    // "I don't take loans with interest as I'm Muslim": "as" with a subject and a verb gives a reason ("as a nurse",
    // "as well" and the second "as" of "as tall as I look" do not).
    if (
      low === 'as' &&
      current.length > 0 &&
      !current.some((u) => u.low === 'as') &&
      (sentence[i + 1]?.low === 'i' || sentence[i + 1]?.low === 'we') &&
      (sentence[i + 2]?.pos === 'AUX' || sentence[i + 2]?.pos === 'VERB')
    ) {
      flush();
      conj = 'because';
      continue;
    }
    current.push(t);
  }
  flush();
  const sentenceHasIf = sentence.some((t) => t.low === 'if' || t.low === 'unless');
  const sarcastic = sarcasm(sentence);
  const sentenceQuestion = sentence[sentence.length - 1]?.text === '?';
  const out: Clause[] = [];
  pieces.forEach((piece, index) => {
    const prev = out[out.length - 1];
    // A verbless fragment after a clause about the user is more about the user ("… - currently a QA lead").
    const appositive =
      prev !== undefined &&
      (prev.subject === 'self' || prev.subject === 'we' || (prev.subject === 'none' && prev.first)) &&
      !piece.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON');
    // "the only lady scaffolder in my gang, want to become a supervisor": a clause that opens with its verb after one
    // about the user has the same subject left out.
    const sameSubject =
      prev !== undefined &&
      (prev.subject === 'self' || (prev.subject === 'none' && prev.first)) &&
      !prev.question &&
      !prev.request &&
      piece.conj === undefined &&
      piece.tokens[0]?.pos === 'VERB';
    const clause = describe(
      piece.tokens,
      piece.conj,
      prev,
      (firstOfTurn && index === 0) || appositive || sameSubject || newStatement.has(index),
      sentenceHasIf,
      // ("are sugar-free chocolates OK to give him, or is that a bit rubbish?": what comes before "or" asks too.)
      sentenceQuestion && pieces.slice(index + 1).every((p) => p.conj === 'or'),
      sentenceQuestion && index === 0,
    );
    // "if i won the lottery id move to the algarve and learn portuguese": a clause joined by "and" /
    // "or" / "then" without a subject of its own continues the hypothetical it joins.
    // So does a verbless aside in brackets ("generate 10 fake profiles (name, job, city, allergies)").
    // "if we rewrote the parser and I moved to Zurich, …": a condition goes on after "and" / "or", subject and all.
    // (Not a polite "if you don't mind", which conditions nothing: "it's Siobhán if you don't mind and I moved to Drogheda".)
    const conditionGoesOn =
      prev?.hypothetical === true &&
      (piece.conj === 'and' || piece.conj === 'or') &&
      CONDITION_OPENERS.has(prev.tokens[0]?.low ?? '') &&
      !politeCondition(prev.tokens);
    const continues =
      conditionGoesOn ||
      (prev?.hypothetical === true &&
        (((piece.conj === 'and' || piece.conj === 'or' || piece.conj === 'then') &&
          !SUBJECT_PRONOUNS.has(piece.tokens[0]?.low ?? '') &&
          !POSSESSIVES.has(piece.tokens[0]?.low ?? '')) ||
          (bracketed.has(index) && !piece.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON'))));
    // "his occupation is farmer, born 1958 in Multan": a fragment led by an inflected verb, right after a
    // clause about someone else, is still about them (the mirror of the user's own subject carrying over).
    // "my horse, Dancer, is 23": a predicate right after someone else named in apposition is theirs.
    const prevVerb = prev?.tokens.slice(prev.start).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.low === "'s") === true;
    const carriesOther =
      prev?.subject === 'other' &&
      clause.subject === 'none' &&
      !clause.request &&
      !clause.question &&
      !newStatement.has(index) &&
      // A subject with its verb ("my knee surgery" after "after" is no subject), or a person named in apposition.
      (prevVerb
        ? continuesOther(
            piece.tokens,
            clause.start,
            // "is 23 and starting to drop weight": an "-ing" verb after "and" shares the subject of the "be" before it.
            piece.conj !== undefined && (progressive(prev.tokens.slice(prev.start)) || prev.tokens.some((t) => BE_FORMS.has(t.low))),
            (piece.conj === 'and' || piece.conj === 'or') && plural(prev.tokens.slice(prev.start)),
          )
        : piece.conj === undefined && predicateOpens(piece.tokens, clause.start));
    // "my dad (68, retired plumber, lives in Hull)": an aside in brackets after someone else is about them.
    const aside = asideOf.get(index);
    const asideOther = aside !== undefined && out[aside]?.subject === 'other' && (clause.subject === 'none' || clause.subject === 'other');
    // "any allergies (e.g. nuts, dairy)": examples illustrate the clause before; they say nothing of their own.
    const example = prev !== undefined && opensWithExample(piece.tokens);
    // "Trying to help my son save for his first car": what the helped one does is theirs.
    const helped = (clause.subject === 'none' || clause.subject === 'self') && helpsSomeone(piece.tokens);
    const read = example
      ? { ...clause, subject: prev!.subject, request: prev!.request, question: prev!.question, first: false }
      : carriesOther || asideOther || helped
        ? { ...clause, subject: 'other' as const, first: false }
        : clause;
    // "my mum keeps asking when I'm getting married": what is asked about is not said to be so.
    const askedAbout = prev !== undefined && EMBEDDED_ASK.has(piece.conj ?? '') && ASKING_VERBS.has(prev.tokens[prev.tokens.length - 1]?.low ?? '');
    const asked = askedAbout && !read.question ? { ...read, question: true } : read;
    // "tell me a joke about a plumber, a sparky and a brickie walking into a bar": a noun phrase joined to a request by
    // "and" / "or", with no finite verb of its own, is more of what is asked for — nothing said of the user (read as
    // a supposed case, not as a request of its own: "give me the ingredients and the steps" names no style).
    const listed =
      prev?.request === true &&
      (piece.conj === 'and' || piece.conj === 'or') &&
      asked.subject === 'none' &&
      // (an article or a number: "and no emojis please" asks something of its own)
      (['a', 'an', 'the'].includes(piece.tokens[0]?.low ?? '') || piece.tokens[0]?.pos === 'NUM') &&
      !piece.tokens.some(
        (t) => t.pos === 'AUX' || (t.pos === 'VERB' && !t.low.endsWith('ing') && t.low === t.lemma) || (t.pos === 'VERB' && t.low.endsWith('s')),
      );
    const told = listed && !asked.request ? { ...asked, hypothetical: true } : asked;
    out.push((continues || sarcastic) && !told.hypothetical ? { ...told, hypothetical: true } : told);
  });
  return out;
}

const DO_FORMS = new Set(['do', 'does', 'did']);

/** Verbs that ask, and the words that open what they ask ("asking when …", "wonders whether …"). */
const ASKING_VERBS = new Set(['ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering']);
const EMBEDDED_ASK = new Set(['when', 'whether', 'if', 'why', 'where', 'what', 'how']);

/** Verbs after "always" / "never" that tell a habit of the user's, not an instruction ("always say Sydney lol"). */
const HABIT_VERBS = new Set(['say', 'think', 'forget', 'guess', 'mix', 'confuse', 'get', 'end', 'seem', 'feel']);

/** Words that open a condition ("if …", "unless …", "suppose …"). */
// A role-play frame goes on the same way ("pretend you're a pirate and I'm your first mate from Jamaica").
/** "if you don't mind", "if possible", "if that's ok": a condition said for politeness, which conditions nothing after it. */
function politeCondition(tokens: readonly Token[]): boolean {
  const w = tokens.map((t) => t.low);
  if (w[0] !== 'if') return false;
  if (w[1] === 'possible' || w[1] === 'poss') return true;
  if (w[1] === 'you') return (w[2] === 'do' && w[3] === 'not' && w[4] === 'mind') || (w[2] === 'dont' && w[3] === 'mind') || w[2] === 'mind';
  return (w[1] === 'that' || w[1] === 'it') && (w[2] === 'is' || w[2] === "'s") && ['ok', 'okay', 'alright', 'fine'].includes(w[3] ?? '');
}

const CONDITION_OPENERS = new Set(['if', 'unless', 'suppose', 'supposing', 'assuming', 'pretend', 'imagine', 'roleplay']);

/** Answers of "no" that may open a reply before its subject ("no I'm in Glasgow"). */
const NO_ANSWERS = new Set(['no', 'nope', 'nah', 'naw']);
const SUBJECT_AFTER_ADVERB = new Set(['i', 'we', 'my', 'our']);
const IT_IS: ReadonlySet<string> = new Set(["'s", 'is', 'was']);
const STATIVE_PARTICIPLES = new Set(
  'based located stationed situated settled married engaged divorced separated widowed qualified employed registered certified licensed'.split(' '),
);
/** Auxiliaries that open a question typed without its mark ("does a vegan diet give you enough iron", "is 35 too old to …"). */
const ASKING_AUX = new Set(['does', 'is', 'are', 'can', 'could', 'should', 'will', 'would', 'do']);
const QUANTIFIERS = new Set(['most', 'many', 'all', 'any', 'some', 'people', 'kids', 'children']);

/**
 * A sentence opening with an auxiliary and its subject asks, with or without "?": "does a vegan diet …",
 * "is 35 too old …", "do most Germans …". Not "did a 10k on sunday" or "was a teacher for years" (the
 * user's own fragments), nor "do yoga every morning".
 */
function asksWithoutMark(aux: string, after: Token, rest: readonly Token[] = []): boolean {
  if (!ASKING_AUX.has(aux)) return false;
  // "do all my stats in Stata", "do most of my shopping online": "do" is the verb, and no verb follows its object.
  if (QUANTIFIERS.has(after.low) && aux === 'do' && ['all', 'most'].includes(after.low) && !rest.slice(0, 6).some((t) => t.pos === 'VERB')) return false;
  if (QUANTIFIERS.has(after.low)) return true;
  if (aux === 'do') return false;
  return after.pos === 'DET' || after.pos === 'NUM';
}
const SPAN_NOUNS = new Set(['year', 'month', 'week', 'term', 'semester', 'summer', 'winter', 'spring', 'autumn', 'fall', 'season', 'quarter']);

/** Past participles that tell what has (never) been, not what to do. */
const PARTICIPLES: ReadonlySet<string> = new Set([
  'done',
  'been',
  'had',
  'seen',
  'gone',
  'tried',
  'used',
  'met',
  'heard',
  'eaten',
  'worked',
  'lived',
  'made',
  'taken',
  'got',
  'gotten',
]);

/** The last word of a header before material handed over ("… from these:", "… the following:"). */
const HANDED_OVER: ReadonlySet<string> = new Set(['these', 'this', 'following', 'below', 'them', 'it', 'here', 'list', 'numbers', 'figures']);

const PLEASE: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'thanks']);

/** A noun phrase of up to five words and then "please" closing the clause: "british spelling please", "metric pls". */
function politeNoun(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < tokens.length && k - at < 5 && ['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM'].includes(tokens[k]!.pos) && !PLEASE.has(tokens[k]!.low)) k++;
  const after = tokens[k + 1];
  return k > at && PLEASE.has(tokens[k]?.low ?? '') && (after === undefined || after.pos === 'PUNCT' || after.pos === 'SYM');
}

/** A clause that only names a thing and then "please" ("crash course please", "metric pls"). */
export const askedPolitely = (tokens: readonly Token[]): boolean => politeNoun(tokens, 0);

/** Words of a label that only announces a standing rule or request ("general rule for me:", "one request:"). */
const RULE_LABELS: ReadonlySet<string> = new Set(['rule', 'rules', 'request', 'requests', 'preference', 'preferences', 'reminder']);

/**
 * A label of no verb that only announces a standing rule or request ("general rule for me", "one request"); not one that
 * names whose rule it is ("House rule: no phones at the dinner table" is the household's, read with its label).
 */
const ruleLabel = (label: readonly Token[]): boolean =>
  label.some((u) => RULE_LABELS.has(u.low)) && !label.some((u) => u.pos === 'VERB' || RULE_HOLDERS.has(u.low));
const RULE_HOLDERS: ReadonlySet<string> = new Set(['house', 'home', 'household', 'family', 'school', 'club', 'golden']);

/** Bare verbs that ask how to be written to ("keep it short", "use bullet points", "write in British English"). */
const WRITING_ASKS: ReadonlySet<string> = new Set(['keep', 'use', 'write', 'make', 'give', 'avoid', 'stick', 'put', 'send']);

/**
 * "when you draft anything for me", "whenever you reply": every time the assistant does something opens the piece (not
 * "when you write to my landlord", one letter).
 */
function askedOfAssistantFirst(current: readonly Token[]): boolean {
  const w = current[0]?.low;
  if ((w !== 'when' && w !== 'whenever') || current[1]?.low !== 'you' || current.length < 3 || !current.slice(2).some((u) => u.pos === 'VERB')) return false;
  return w === 'whenever' || current.some((u) => u.low === 'anything' || u.low === 'everything');
}

const FRONTED_OPENERS: ReadonlySet<string> = new Set(['since', 'when', 'after', 'before', 'once', 'because', 'cause', 'cos', 'coz', 'while', 'whilst']);
/** Particles that close a phrasal verb ("came along", "moved in", "got back"). */
const PARTICLES: ReadonlySet<string> = new Set(['along', 'in', 'back', 'up', 'out', 'over', 'around', 'round', 'home', 'away', 'off', 'on', 'down']);
/** Verbs and words after which "I" opens what is said or thought, not a clause of its own ("she told me I …"). */
const SAYS_OR_THINKS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'think',
  'know',
  'realise',
  'realize',
  'hear',
  'find',
  'feel',
  'decide',
  'mean',
  'hope',
  'wish',
  'guess',
  'suppose',
  'notice',
  'learn',
  'discover',
  'remember',
  'forget',
  'show',
  'claim',
  'mention',
  'suggest',
  'admit',
  'believe',
  'assume',
  'understand',
  'see',
  'reckon',
  'ask',
  'wonder',
  'worry',
  'agree',
  'promise',
  'warn',
  'explain',
]);

/** A subject (a pronoun, a name or a noun phrase) at `j`, then its verb within four words ("Amara arrived"). */
function withSubjectAndVerb(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined || !(t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || POSSESSIVES.has(t.low))) return false;
  for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) {
    const u = tokens[k]!;
    if (u.pos === 'VERB' || u.pos === 'AUX') return true;
    if (u.pos === 'PUNCT' || u.pos === 'ADP' || u.pos === 'CCONJ' || u.pos === 'SCONJ') return false;
  }
  return false;
}

/**
 * Whether the subject "I" / "we" at `i` opens the main clause after a fronted clause of time or reason with a subject and
 * a verb of its own ("since the baby came I work part-time"); not what is said or thought ("since she told me I …"),
 * not a second subject ("when Amara and I moved"), not a comparison ("since before I …").
 */
function mainAfterSubordinate(sentence: readonly Token[], i: number, current: readonly Token[], conj: string | undefined): boolean {
  const t = sentence[i]!;
  if (t.low !== 'i' && t.low !== 'we') return false;
  // The opener was split off as the piece's conjunction, or opens the piece ("… but since Amara arrived I've been …").
  const split = conj !== undefined && FRONTED_OPENERS.has(conj);
  if (!split && !FRONTED_OPENERS.has(current[0]?.low ?? '')) return false;
  const body = split ? current : current.slice(1);
  const verb = body.findIndex((u) => u.pos === 'VERB' || u.pos === 'AUX');
  // The fronted clause has a subject before its verb ("the baby came", "Amara was born"), not "since moving".
  if (verb < 1 || !body.slice(0, verb).some((u) => u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'PRON')) return false;
  const prev = current[current.length - 1]!;
  // ("after the birth can I go back …": "I" after an auxiliary is a question's inverted subject.)
  // ("since the twins came along I …": a particle that closes its verb is no preposition.)
  const particle = prev.pos === 'ADP' && PARTICLES.has(prev.low) && current[current.length - 2]?.pos === 'VERB';
  if ((['ADP', 'CCONJ', 'SCONJ', 'DET', 'AUX', 'PART'].includes(prev.pos) && !particle) || prev.low === 'that') return false;
  if (prev.pos === 'PRON' || SAYS_OR_THINKS.has(prev.lemma) || body.some((u) => SAYS_OR_THINKS.has(u.lemma))) return false;
  // The next word is the main clause's verb.
  const next = sentence[i + 1];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || next.low === "'ve" || next.low === "'m");
}

/** Verbs whose particle is "after" ("look after", "take after", "go after"). */
const AFTER_VERBS: ReadonlySet<string> = new Set(['look', 'take', 'go', 'chase', 'run', 'ask', 'name', 'see']);

/** Adverbs that may stand between a subject and its verb ("a recruiter once told me", "my mum always says"). */
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set([
  'once',
  'always',
  'never',
  'often',
  'usually',
  'sometimes',
  'still',
  'also',
  'just',
  'really',
  'apparently',
]);

/** Gerunds that weigh a plan, opening a clause of their own after a comma. */
const WEIGHING: ReadonlySet<string> = new Set(['thinking', 'considering', 'planning', 'hoping']);

const stripS = (w: string): string => (w.endsWith('s') ? w.slice(0, -1) : w);

/** How many words "at the moment", "at the minute", "at present" or "for now" take at `at`, or 0. */
function nowPhrase(tokens: readonly Token[], at: number): number {
  const a = tokens[at]?.low;
  const b = tokens[at + 1]?.low;
  if (a === 'at' && b === 'the' && (tokens[at + 2]?.low === 'moment' || tokens[at + 2]?.low === 'minute')) return 3;
  return (a === 'at' && b === 'present') || (a === 'for' && b === 'now') ? 2 : 0;
}

/** How many words a time takes at `at` ("this year", "for 2027", "right now"), or 0. */
function timeBetween(tokens: readonly Token[], at: number): number {
  const a = tokens[at]?.low;
  const b = tokens[at + 1];
  if ((a === 'this' || a === 'next') && b !== undefined && SPAN_NOUNS.has(b.low)) return 2;
  if (a === 'right' && b?.low === 'now') return 2;
  if (a === 'for' && b !== undefined && /^20\d\d$/.test(b.low)) return 2;
  // "my goal for the next 3 years is …", "aim over the coming year is …"
  if ((a === 'for' || a === 'over' || a === 'in') && b?.low === 'the' && (tokens[at + 2]?.low === 'next' || tokens[at + 2]?.low === 'coming')) {
    const n = tokens[at + 3]?.pos === 'NUM' || tokens[at + 3]?.low === 'few' || tokens[at + 3]?.low === 'couple' ? 4 : 3;
    return SPAN_NOUNS.has(tokens[at + n]?.low ?? '') || SPAN_NOUNS.has(stripS(tokens[at + n]?.low ?? '')) ? n + 1 : 0;
  }
  return 0;
}

/** How a sarcastic sentence opens ("yeah I'm SUCH a morning person", "oh sure because I'm definitely …"). */
const SARCASTIC_OPENERS = new Set(['yeah', 'yea', 'ya', 'oh', 'sure']);
/** Two-word openers that are sarcastic with any overstatement ("oh sure", "yeah right"); a bare "yeah, definitely" agrees. */
const SARCASTIC_PAIRS = new Set(['oh sure', 'oh yeah', 'oh yes', 'yeah right', 'ya right', 'sure because', 'oh right']);
/** What it overstates with. */
const OVERSTATED = new Set(['such', 'definitely', 'totally', 'absolutely', 'clearly', 'obviously', 'soooo', 'sooo']);
const SHOUTED_POS = new Set(['ADJ', 'ADV', 'DET', 'VERB']);

/**
 * A sentence said with its opposite meant: it opens with "oh sure" / "yeah right" and overstates
 * ("definitely", "totally"), or opens with "yeah" / "oh" and shouts an ordinary word in capitals ("SUCH",
 * "LOVE"; not a name or an abbreviation). Its clauses state nothing about the user.
 */
function sarcasm(sentence: readonly Token[]): boolean {
  const words = sentence.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE');
  if (!SARCASTIC_OPENERS.has(words[0]?.low ?? '')) return false;
  const rest = words.slice(1, 10);
  const shouted = rest.some(
    (t) => (SHOUTED_POS.has(t.pos) || OVERSTATED.has(t.low)) && t.text.length >= 3 && t.text === t.text.toUpperCase() && t.text !== t.low,
  );
  return shouted || (SARCASTIC_PAIRS.has(`${words[0]!.low} ${words[1]?.low ?? ''}`) && rest.some((t) => OVERSTATED.has(t.low)));
}

/** A fragment that opens with an inflected verb ("born 1958 in Multan", "lives in Leeds", "works nights"). */
function continuesOther(tokens: readonly Token[], start: number, afterProgressive: boolean, afterPlural: boolean): boolean {
  const head = tokens[start];
  // "a friend's son is 14, has dyslexia": a verb of the third person singular is never the user's own fragment.
  if (head !== undefined && head.pos === 'AUX' && THIRD_SINGULAR_AUX.has(head.low) && tokens[start + 1] !== undefined && tokens[start + 1]!.pos !== 'PRON')
    return true;
  if (head === undefined || head.pos !== 'VERB') return false;
  // "employees who are over 40 and speak Swahili": a plain verb joined to a plural subject's clause shares it.
  if (head.low === head.lemma) return afterPlural;
  // "he's moving to Singapore and taking up kitesurfing": an "-ing" verb joined to a progressive shares its subject.
  return !head.low.endsWith('ing') || afterProgressive;
}

const THIRD_SINGULAR_AUX: ReadonlySet<string> = new Set(['has', 'is', 'was', 'does']);

/** A clause that opens with a finite verb of its own ("is 23", "lives in Hull", "has asthma"), not an "-ing" form. */
function predicateOpens(tokens: readonly Token[], start: number): boolean {
  const head = tokens[start];
  if (head === undefined || start !== 0) return false;
  if (head.pos === 'AUX') return BE_FORMS.has(head.low) || head.low === 'has';
  return head.pos === 'VERB' && head.low !== head.lemma && !head.low.endsWith('ing');
}

/** "me and my fiancée …", "me and Tom …": a subject of the user and someone else, opened by "me". */
function meAnd(tokens: readonly Token[], k: number): boolean {
  return ME_FIRST.has(tokens[k]?.low ?? '') && tokens[k + 1]?.low === 'and';
}
/** The user named first in a subject of two ("me and my husband", Irish English "myself and my brother"). */
const ME_FIRST: ReadonlySet<string> = new Set(['me', 'myself']);

/** "are trains …", "were flights …": after a plural "be", a word in "-s" the tagger took for a verb is a plural noun. */
function pluralNoun(be: Token, word: Token): boolean {
  return (be.low === 'are' || be.low === 'were') && word.low.length > 3 && word.low.endsWith('s') && !word.low.endsWith('ss') && word.low !== word.lemma;
}

/** A clause whose verb agrees with a plural subject ("they are", "who have", "the kids were"). */
function plural(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.pos === 'AUX' && PLURAL_AUX.has(t.low));
}
const PLURAL_AUX = new Set(['are', "'re", 'were', 'have', "'ve"]);

/** A clause in the progressive ("he's moving", "she is training"). */
function progressive(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => t.pos === 'VERB' && t.low.endsWith('ing') && k > 0 && BE_FORMS.has(tokens[k - 1]!.low));
}
const BE_FORMS = new Set(['is', "'s", 'are', "'re", 'am', "'m", 'was', 'were']);

/** A question word or an inverted auxiliary ("is it", "how do i") starting a new clause mid-sentence. */
function runOnQuestion(tokens: readonly Token[], i: number, before: readonly Token[]): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const prev = before[before.length - 1]!;
  // "help me fill in the pension form my name is margaret": an introduction run on after a request.
  if (
    t.low === 'my' &&
    next?.low === 'name' &&
    (tokens[i + 2]?.low === 'is' || tokens[i + 2]?.low === "'s") &&
    (CONTENT_TAGS.has(prev.pos) || prev.pos === 'VERB')
  )
    return !WH.has(prev.low) && !EMBEDDING.has(prev.low);
  if (prev.pos === 'ADP' || prev.pos === 'DET' || prev.pos === 'AUX' || prev.pos === 'VERB' || prev.pos === 'PART' || prev.pos === 'CCONJ') return false;
  if (
    (t.low === 'how' || t.low === 'what' || t.low === 'why' || t.low === 'whats' || t.low === 'wat') &&
    next !== undefined &&
    (next.pos === 'AUX' || next.pos === 'VERB' || next.low === "'s" || next.pos === 'ADJ' || next.pos === 'ADV')
  )
    return true;
  // "im at uni in cardiff whats the cheapest way to …": "whats" holds its "is", so a noun phrase may follow it.
  if (t.low === 'whats' && next !== undefined && next.pos === 'DET') return true;
  // (Not "the real problem is I'm type 1 diabetic": "is I" asks nothing.)
  if (
    QUESTION_AUX.has(t.low) &&
    t.pos === 'AUX' &&
    next !== undefined &&
    SUBJECT_PRONOUNS.has(next.low) &&
    next.low !== 'that' &&
    next.low !== 'this' &&
    !(['is', 'was'].includes(t.low) && next.low === 'i' && STATED_AFTER_IS.has(tokens[i + 2]?.low ?? ''))
  )
    return true;
  // "want to get into maintenance my site does an apprenticeship": a subject of the user's own, with its verb, run on after
  // a noun that cannot govern it.
  if (
    (t.low === 'my' || t.low === 'our') &&
    next?.pos === 'NOUN' &&
    (tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX') &&
    tokens[i + 2]!.low !== tokens[i + 2]!.lemma &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN')
  )
    return true;
  // "but im 34 is that too old", "we get paid weekly is that normal": "that" or "this" judged, asked of what was just said.
  if (t.low === 'is' && (next?.low === 'that' || next?.low === 'this') && JUDGED.has(tokens[i + 2]?.low ?? '')) return true;
  // "keep it short i read these on my phone", "once our youngest goes to uni next year we're planning to downsize":
  // a new subject after a word that cannot govern it.
  if ((t.low === 'i' || t.low === 'we') && next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && CONTENT_TAGS.has(prev.pos)) return true;
  return false;
}
/** Words that judge what "that" or "this" stands for, after "is that" ("too old", "normal", "ok"). */
const JUDGED: ReadonlySet<string> = new Set([
  'too',
  'ok',
  'okay',
  'normal',
  'fine',
  'realistic',
  'weird',
  'bad',
  'possible',
  'enough',
  'legal',
  'allowed',
  'unusual',
]);
/** Words for a share of a group, which may open a subject ("most of my friends", "half of the team"). */
const SHARES: ReadonlySet<string> = new Set(['most', 'some', 'all', 'many', 'half', 'none', 'lots', 'few', 'loads', 'both', 'each', 'one', 'two', 'three']);
/** Verbs of saying in the past, after which a bare noun before them is the one who said it. */
const SAID: ReadonlySet<string> = new Set(['said', 'told', 'suggested', 'recommended', 'advised', 'reckoned', 'thought', 'warned']);
/** Words that end a phrase and cannot govern a subject that follows them. */
const CONTENT_TAGS = new Set(['ADJ', 'NOUN', 'ADV', 'PROPN', 'NUM']);
/** Words that embed a clause, beside the question words ("tell me if my name is on the list"). */
const EMBEDDING = new Set(['whether', 'if']);

/** Whether a new clause starts at token `j` (after a comma or a conjunction). */
/** "my wife and I are", "my partner and I have": a noun phrase, "and I", then a plural verb — one subject. */
function pairedSubject(tokens: readonly Token[], i: number, before: readonly Token[]): boolean {
  if (tokens[i + 1]?.low !== 'i' || !PLURAL_VERBS.has(tokens[i + 2]?.low ?? '')) return false;
  const last = before[before.length - 1];
  // Not after a clause with its own verb ("my wife is Polish and I've been learning it").
  return last !== undefined && (last.pos === 'NOUN' || last.pos === 'PROPN') && before.length <= 4 && !before.some((u) => u.pos === 'AUX' || u.pos === 'VERB');
}
const PLURAL_VERBS = new Set(['are', "'re", 'have', "'ve", 'were', 'live', 'both', 'just', 'got', 'will', "'ll", 'would', "'d", 'met', 'moved', 'run', 'own']);

/** "I am a nurse", "I'm someone": a clause that says what the user is (a copula, not "am playing"). */
function namesTheUser(tokens: readonly Token[]): boolean {
  const am = tokens.findIndex((t) => t.low === 'am' || t.low === "'m");
  if (am < 0 || tokens[am + 1] === undefined || tokens[am + 1]!.pos === 'VERB' || tokens[am + 1]!.pos === 'AUX' || tokens[am + 1]!.low.endsWith('ing'))
    return false;
  // "I'm a carer for my mum who has dementia": the relative follows someone else named after a preposition.
  return !tokens.slice(am + 1).some((t) => t.pos === 'ADP' || POSSESSIVES.has(t.low));
}

const EXAMPLE_OPENERS: readonly (readonly string[])[] = [['e.g.'], ['eg'], ['e.g'], ['i.e.'], ['ie'], ['for', 'example'], ['for', 'instance'], ['such', 'as']];

function opensWithExample(tokens: readonly Token[]): boolean {
  let k = 0;
  while (tokens[k]?.pos === 'PUNCT') k++;
  return EXAMPLE_OPENERS.some((e) => e.every((w, j) => tokens[k + j]?.low === w));
}

/** "help my son save for his first car", "helping Mum move to Leeds": the one helped, then their verb. */
function helpsSomeone(tokens: readonly Token[]): boolean {
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]!.lemma !== 'help') continue;
    let j = k + 1;
    if (POSSESSIVES.has(tokens[j]!.low) && tokens[j]!.low !== 'my' && tokens[j]!.low !== 'our') return false;
    if (tokens[j]!.low === 'my' || tokens[j]!.low === 'our') j++;
    const who = tokens[j];
    if (who === undefined || !(who.pos === 'NOUN' || who.pos === 'PROPN') || who.low === 'me' || who.low === 'us') continue;
    j++;
    if (tokens[j]?.low === 'to') j++;
    const verb = tokens[j];
    // The model may tag the bare verb a noun ("help Mum move to Leeds"): a preposition or article after it says verb.
    const bare =
      verb !== undefined && verb.low === verb.lemma && (verb.pos === 'VERB' || (verb.pos === 'NOUN' && ['ADP', 'DET'].includes(tokens[j + 1]?.pos ?? '')));
    if (bare) return true;
  }
  return false;
}

/** Times a thing may belong to ("tomorrow's interview", "next week's trip"): the user's own days. */
const TIME_POSSESSORS = new Set(['today', 'tomorrow', 'tonight', 'yesterday', 'week', 'weekend', 'month', 'year', ...WEEKDAY_NAMES]);

const TIME_OPENERS = new Set(['last', 'next', 'this']);
const TIME_UNITS = new Set(['week', 'weekend', 'month', 'year', 'summer', 'winter', 'spring', 'autumn', 'fall', 'term', 'night', 'time']);
const ALONE_TIMES = new Set(['yesterday', 'today', 'tonight', 'recently', 'lately', 'since', 'then']);

function startsClause(tokens: readonly Token[], j0: number, before: readonly Token[]): boolean {
  // Adverbs may open a clause ("but realistically my goal is …").
  let j = j0;
  while (tokens[j] !== undefined && tokens[j]!.pos === 'ADV' && !SUBJECT_PRONOUNS.has(tokens[j]!.low) && j - j0 < 2) j++;
  if (j > j0 && tokens[j] !== undefined && (SUBJECT_PRONOUNS.has(tokens[j]!.low) || POSSESSIVES.has(tokens[j]!.low))) return startsClause(tokens, j, before);
  // So may a time ("…by the end of next year, at the moment I'm only Recognised Practising": the present is the next
  // clause's, not the goal's).
  const time = nowPhrase(tokens, j0) || timeBetween(tokens, j0);
  if (time > 0) {
    const k = tokens[j0 + time]?.text === ',' ? j0 + time + 1 : j0 + time;
    if (SUBJECT_PRONOUNS.has(tokens[k]?.low ?? '') && tokens[k]!.low !== 'you') return startsClause(tokens, k, before);
  }
  // "I hate long answers, always give me the short version": a standing instruction starts a clause of its own.
  // ("…, and never Ryanair": a thing never wanted, named at the end of the sentence.)
  if (tokens[j0]?.low === 'never' && (tokens[j0 + 1]?.pos === 'PROPN' || tokens[j0 + 1]?.pos === 'NOUN') && before.length > 0) {
    let k = j0 + 1;
    while (k < tokens.length && (tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NOUN') && k - j0 <= 3) k++;
    if (tokens[k] === undefined || tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'SCONJ') return true;
  }
  if (
    (tokens[j0]?.low === 'always' || tokens[j0]?.low === 'never') &&
    tokens[j0 + 1]?.pos === 'VERB' &&
    tokens[j0 + 1]!.low === tokens[j0 + 1]!.lemma &&
    !HABIT_VERBS.has(tokens[j0 + 1]!.low)
  )
    return true;
  if (tokens[j0]?.low === 'these' && tokens[j0 + 1]?.low === 'days') return true;
  // "My boss wants long formal paragraphs, but for me personally just give me bullet points": the user's own rule, set
  // against someone else's.
  if (tokens[j0 - 1]?.low === 'but' && tokens[j0]?.low === 'for' && tokens[j0 + 1]?.low === 'me' && before.length > 1) return true;
  // "… and a baby due in may so not much help from this house", "I like a warm tone but no churchy jargon": what follows,
  // said without a verb, is a clause of its own (its negation is not the baby's, nor the tone's).
  // ("so no replies from me" stays whole: what the user will not do, not a way to be written to.)
  const joiner = tokens[j0 - 1]?.low;
  // ("know a bit of AutoCAD but nothing fancy": how much, not a negation of what is known.)
  // ("I run a home euthanasia service, so no emojis ever in anything you draft for me": "so no …" said to the assistant asks.)
  const upTo = tokens.findIndex((u, k) => k > j0 && u.pos === 'PUNCT');
  const askedOfYou =
    joiner === 'so' && tokens[j0]?.low === 'no' && tokens.slice(j0, upTo < 0 ? tokens.length : upTo).some((u) => u.low === 'you' || u.low === 'u');
  if (
    ((joiner === 'so' && (tokens[j0]?.low === 'not' || askedOfYou)) ||
      (joiner === 'but' && (tokens[j0]?.low === 'not' || tokens[j0]?.low === 'no' || tokens[j0]?.low === 'nothing'))) &&
    before.length > 1
  )
    return true;
  // "… because most of my viewers are in the US", "… and half of our team is remote": a share of a group as the subject.
  if (
    SHARES.has(tokens[j0]?.low ?? '') &&
    tokens[j0 + 1]?.low === 'of' &&
    (POSSESSIVES.has(tokens[j0 + 2]?.low ?? '') || tokens[j0 + 2]?.low === 'the' || tokens[j0 + 2]?.low === 'them' || tokens[j0 + 2]?.low === 'us')
  )
    return true;
  // "… but since Amara arrived I've been …": a fronted clause of time or reason, with its subject and verb, opens one.
  if (FRONTED_OPENERS.has(tokens[j0]?.low ?? '') && withSubjectAndVerb(tokens, j0 + 1)) return true;
  // "whatever you write for me from now on, british spelling please": what is asked for, named and then "please".
  if (politeNoun(tokens, j0)) return true;
  // "my medical is on the 14th, any tips to get my blood pressure down?": an ask of its own after a statement.
  if (tokens[j0]?.low === 'any' && ASKED_FOR.has(tokens[j0 + 1]?.low ?? '') && before.some((u) => u.pos === 'VERB' || u.pos === 'AUX')) return true;
  // "i don't want to go to uni, thinking a level 3 apprenticeship instead": a plan weighed after a full clause.
  if (WEIGHING.has(tokens[j0]?.low ?? '') && before.some((u) => u.pos === 'VERB' || u.pos === 'AUX')) return true;
  if (meAnd(tokens, j0)) return true;
  // "…, and last month we adopted a kitten": a time said first, then a subject of its own.
  const timed = TIME_OPENERS.has(tokens[j0]?.low ?? '')
    ? TIME_UNITS.has(tokens[j0 + 1]?.low ?? '')
      ? j0 + 2
      : -1
    : ALONE_TIMES.has(tokens[j0]?.low ?? '')
      ? j0 + 1
      : -1;
  if (timed > 0 && SUBJECT_PRONOUNS.has(tokens[timed]?.low ?? '') && tokens[timed]!.pos !== 'DET') return true;
  j = j0;
  const t = tokens[j];
  if (!t) return false;
  const next = tokens[j + 1];
  if (SUBJECT_PRONOUNS.has(t.low) && t.pos !== 'DET') return true;
  if (
    (POSSESSIVES.has(t.low) || t.low === 'the' || t.low === 'a' || t.low === 'an') &&
    next !== undefined &&
    (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN')
  ) {
    // "... and my wife is a nurse" starts a clause; "I love hiking and my garden" does not (no verb follows soon).
    for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++)
      if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.low === "'s") return true;
    return false;
  }
  if (WH.has(t.low)) return true;
  // "a sister who lives in Perth": after "who", a verb the tagger may read as a plural noun.
  if (tokens[j - 1]?.low === 'who' && THIRD_PERSON_VERBS.has(t.low)) return true;
  // "… and roundabouts are still my nemesis": a bare noun subject with its verb; "…, GP's calling it burnout", "…, husband's
  // working nights": its "'s" read as a possessive, before a verb in "-ing".
  if (
    (t.pos === 'NOUN' || t.pos === 'PROPN') &&
    next !== undefined &&
    before.length > 2 &&
    ((next.pos === 'AUX' && !NON_FINITE.has(next.low)) ||
      (next.low === "'s" && tokens[j + 2]?.pos === 'VERB' && tokens[j + 2]!.low.endsWith('ing')) ||
      // ("…, home's in Stockport": no possessive before a preposition.)
      (next.low === "'s" && tokens[j + 2]?.pos === 'ADP'))
  )
    return true;
  // "…, side hustle is flipping vintage clothes": a bare noun phrase of two or three words with "is" ("I'm chief officer
  // now, second mate was 3 years ago": or "was", whose past is its own clause's).
  if (
    (t.pos === 'NOUN' || t.pos === 'ADJ') &&
    before.length > 2 &&
    [1, 2].some(
      (n) => tokens.slice(j + 1, j + 1 + n).every((u) => u.pos === 'NOUN') && ['is', "'s", 'are', 'was', 'were'].includes(tokens[j + 1 + n]?.low ?? ''),
    )
  )
    return true;
  // "2 kids, both under 5, husband works nights": a bare noun with a verb in the third person ("… and Ramadan starts next week").
  if (
    (t.pos === 'NOUN' || t.pos === 'PROPN') &&
    next !== undefined &&
    next.pos === 'VERB' &&
    next.low.endsWith('s') &&
    next.low !== next.lemma &&
    before.length > 1 &&
    // (Not a name of two capitalised words: "Deliveroo and Uber Eats".)
    !(capitalised(t) && capitalised(next))
  )
    // "…, doc wants me on lower-carb meals" stays the user's.
    return tokens[j + 2]?.low !== 'me' && tokens[j + 2]?.low !== 'us';
  // "…, vintage starts monday", "…, term begins next week": after a comma, a bare noun with a verb of starting or ending
  // that the tagger read as a plural noun, then when.
  if (
    (t.pos === 'NOUN' || t.pos === 'ADJ') &&
    tokens[j - 1]?.text === ',' &&
    next !== undefined &&
    BOUNDS.has(next.low) &&
    WHEN_NEXT.has(tokens[j + 2]?.low ?? '')
  )
    return true;
  // "…, midwife said to start at 34 weeks", "…, GP told me to rest": a bare noun with a verb of saying in the past.
  if ((t.pos === 'NOUN' || t.pos === 'PROPN') && next !== undefined && SAID.has(next.low) && before.length > 2) return true;
  if (t.low === 'please' || t.low === 'pls' || t.low === 'plz' || t.low === 'abeg' || t.low === 'kindly') return true;
  // "… and do basic carpentry": "do" as a main verb continues the clause; "… and do you …" starts one, and so does
  // "no degree, did a coding bootcamp": "did" with its object after a fragment with no verb.
  if (t.pos === 'AUX') {
    if (!['do', 'does', 'did'].includes(t.low) || SUBJECT_PRONOUNS.has(tokens[j + 1]?.low ?? '')) return true;
    return tokens[j - 1]?.low === ',' && tokens[j + 1]?.pos === 'DET' && !before.some((u) => u.pos === 'VERB' || u.pos === 'AUX');
  }
  if (t.pos === 'VERB') {
    // A list of activities ("hiking, cooking and reading") is not a run of clauses.
    const prev = before[before.length - 1];
    if (t.low.endsWith('ing') && prev !== undefined && (prev.low.endsWith('ing') || prev.pos === 'NOUN')) return false;
    return true;
  }
  if (t.low === 'now' || t.low === 'currently' || t.low === 'also' || t.low === 'still' || t.low === 'been') return true;
  return false;
}

/** Verbs of a thing starting or ending in the third person ("starts", "finishes"), which the tagger may read as plural nouns. */
const BOUNDS: ReadonlySet<string> = new Set(['starts', 'begins', 'ends', 'finishes', 'opens', 'closes', 'kicks']);
/** Words that say when after such a verb ("starts monday", "ends next week", "kicks off on the 3rd"). */
const WHEN_NEXT: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun next this tomorrow today tonight on in at off soon'.split(
    ' ',
  ),
);

/** What a user asks for after "any" ("any tips?", "any ideas where to look?"). */
const ASKED_FOR: ReadonlySet<string> = new Set(['tips', 'ideas', 'advice', 'suggestions', 'recommendations', 'recs', 'thoughts', 'pointers']);

const FICTION: ReadonlySet<string> = new Set([
  'story',
  'stories',
  'novel',
  'novella',
  'screenplay',
  'script',
  'poem',
  'fanfic',
  'fanfiction',
  'sitcom',
  'sketch',
]);
/** "for a short story", "for my novel", "for the screenplay": the clause builds a piece of fiction. */
function forFiction(lows: readonly string[]): boolean {
  return lows.some(
    (w, k) => w === 'for' && ['a', 'an', 'my', 'the', 'our'].includes(lows[k + 1] ?? '') && lows.slice(k + 2, k + 5).some((x) => FICTION.has(x)),
  );
}

function describe(
  tokens: readonly Token[],
  conj: string | undefined,
  prev: Clause | undefined,
  firstOfSentence: boolean,
  sentenceHasIf: boolean,
  endsWithQuestionMark: boolean,
  /** The clause opens a sentence that ends with "?" (its other clauses may be the rest of the question). */
  opensQuestion: boolean,
): Clause {
  const lows = tokens.map((t) => t.low);
  // Opening fillers: interjections, punctuation, discourse words, framing and time phrases.
  let i = 0;
  let sawDiscourse = false;
  let correction = false;
  for (;;) {
    const t = tokens[i];
    if (!t) break;
    const timeLead = [...TIME_LEADS, ...REMINDER_LEADS].find((p) => p.every((w, k) => lows[i + k] === w));
    if (timeLead) {
      const after = lows[i + timeLead.length] === ',' ? i + timeLead.length + 1 : i + timeLead.length;
      if (SUBJECT_AFTER_ADVERB.has(lows[after] ?? '')) {
        i = after;
        continue;
      }
    }
    const phrase = LEAD_PHRASES.find((p) => p.every((w, k) => lows[i + k] === w));
    if (phrase) {
      if (phrase.some((w) => CORRECTION_WORDS.has(w))) correction = true;
      i += phrase.length;
      continue;
    }
    if (t.pos === 'PUNCT' || t.pos === 'INTJ' || t.pos === 'SYM' || DISCOURSE.has(t.low)) {
      if (CORRECTION_WORDS.has(t.low)) correction = true;
      if (t.pos !== 'PUNCT') sawDiscourse = true;
      i++;
      continue;
    }
    if (OPENERS.has(t.low) && !(t.low === 'now' && tokens[i + 1]?.pos === 'NOUN')) {
      i++;
      continue;
    }
    // "no I'm in Glasgow", "nope we moved": an answer to the assistant before the user's own statement, no negation of it.
    // ("no it's Mrs Khumalo now": the same before "it's" and what it is.)
    if (
      NO_ANSWERS.has(t.low) &&
      (SUBJECT_AFTER_ADVERB.has(lows[i + 1] ?? '') || lows[i + 1] === 'its' || (lows[i + 1] === 'it' && IT_IS.has(lows[i + 2] ?? '')))
    ) {
      sawDiscourse = true;
      i++;
      continue;
    }
    // "me I am a tailor", "me, I dey Lagos": the user named twice, as West African English often does.
    if (t.low === 'me' && (lows[i + 1] === 'i' || (lows[i + 1] === ',' && lows[i + 2] === 'i'))) {
      i++;
      continue;
    }
    // A sentence adverb right before the subject ("realistically I'm saving …", "personally we …", "instead i want …").
    if (
      t.pos === 'ADV' &&
      t.low.length > 4 &&
      (t.low.endsWith('ly') || SENTENCE_ADVERBS.has(t.low)) &&
      t.low !== 'only' &&
      SUBJECT_AFTER_ADVERB.has(lows[i + 1] ?? '')
    ) {
      i++;
      continue;
    }
    break;
  }
  // A leading phrase before the subject ("unlike my brother I …", "at work I …", "as a kid I …").
  if (tokens[i] !== undefined && LEAD_PREPOSITIONS.has(tokens[i]!.low)) {
    for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
      const t = tokens[k]!;
      if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== ',')) break;
      if (t.low === 'i' && k > i + 1) {
        i = k;
        break;
      }
    }
  }
  // "half my farm clients prefer afrikaans", "most of our customers are farmers": some of a group of the user's.
  if (SOME_OF.has(tokens[i]?.low ?? '')) {
    const k = tokens[i + 1]?.low === 'of' ? i + 2 : i + 1;
    const end = POSSESSIVES.has(tokens[k]?.low ?? '') ? nounPhraseEnd(tokens, k + 1) : k;
    const last = tokens[end - 1];
    if (end > k + 1 && last !== undefined && last.pos === 'NOUN' && last.low !== last.lemma) i = k;
  }
  let subject: Subject = 'none';
  let start = i;
  let attr: string | undefined;
  let attrEnd: number | undefined;
  const head = tokens[i];
  const after = tokens[i + 1];
  const attrPhrase = (from: number): { words: string[]; end: number } | undefined => {
    const end = nounPhraseEnd(tokens, from);
    const words = tokens.slice(from, end).map((t) => t.low);
    // "goal this year is …", "focus right now is …": a time said between the attribute and its verb.
    const time = timeBetween(tokens, end);
    const next = tokens[end + time];
    const isBe = next !== undefined && (next.lemma === 'be' || next.low === "'s" || next.text === ':');
    return words.some((w) => ATTRIBUTE_HEADS.has(w)) && isBe ? { words, end: end + time } : undefined;
  };
  // "I guess technically I'm a freelance translator", "I think I'm lactose intolerant": read the inner statement.
  let hedgedFrame = false;
  if (head !== undefined && ['thinking', 'considering', 'wondering', 'reckon', 'maybe', 'honestly'].includes(head.low)) {
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
      if (tokens[k]!.low === 'i') {
        i = k;
        hedgedFrame = head.low !== 'honestly';
        break;
      }
    }
  }
  // "funny thing is I'm in the same boat", "the thing is, I work nights", "the real problem is I'm type 1 diabetic": an
  // opener before the statement.
  {
    let k = i;
    if (tokens[k]?.low === 'the') k++;
    for (let m = 0; m < 2 && (OPENER_WORDS.has(tokens[k]?.low ?? '') || tokens[k]?.pos === 'ADJ'); m++) k++;
    if (OPENER_NOUNS.has(tokens[k]?.low ?? '') && tokens[k + 1]?.low === 'is') {
      k += tokens[k + 2]?.text === ',' ? 3 : 2;
      if (tokens[k]?.low === 'i' || tokens[k]?.low === 'we') i = k;
    }
  }
  // "yes I know I'm only 48", "I admit I'm a bit of a snob": a verb of knowing or owning up frames a plain statement.
  if (
    head?.low === 'i' &&
    KNOWING_VERBS.has(tokens[i + 1]?.low ?? '') &&
    (tokens[i + 2]?.low === 'i' || (tokens[i + 2]?.low === 'that' && tokens[i + 3]?.low === 'i'))
  )
    i += tokens[i + 2]!.low === 'i' ? 2 : 3;
  if (head?.low === 'i' && HEDGE_VERBS.has(tokens[i + 1]?.low ?? '')) {
    for (let k = i + 2; k < Math.min(tokens.length, i + 5); k++) {
      if (tokens[k]!.low === 'i' || tokens[k]!.low === 'we' || tokens[k]!.low === 'my') {
        i = k;
        hedgedFrame = true;
        break;
      }
      if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PUNCT') break;
    }
  }
  if (head) {
    if (tokens[i]!.low === 'i') {
      subject = 'self';
      start = i + 1;
    } else if (tokens[i]!.low === 'we') {
      subject = 'we';
      start = i + 1;
    } else if (ME_FIRST.has(head.low) && after?.low === 'and') {
      subject = 'we';
      start = skipTo(tokens, i, (t) => t.pos === 'VERB' || t.pos === 'AUX');
    } else if ((tokens[i]!.low === 'my' || tokens[i]!.low === 'our') && tokens[i + 1]) {
      // ("my only pet is a budgie": "only" before the attribute, read as an adverb.)
      const from = tokens[i + 1]!.low === 'only' && tokens[i + 2] ? i + 2 : i + 1;
      const phraseEnd = nounPhraseEnd(tokens, from);
      // ("my first languge is tigrinya": a word out of the model's vocabulary one edit from an attribute is that attribute.)
      const words = tokens.slice(from, phraseEnd).map((t) => (t.oov ? misspeltAttribute(t.low) : t.low));
      const andI = tokens[phraseEnd]?.low === 'and' && (tokens[phraseEnd + 1]?.low === 'i' || tokens[phraseEnd + 1]?.low === 'me');
      if (andI) {
        subject = 'we';
        start = phraseEnd + 2;
      } else if (words.some((w) => ATTRIBUTE_HEADS.has(w))) {
        // ("my goal for the next 3 years is …": a time said between the attribute and its verb.)
        const time = timeBetween(tokens, phraseEnd);
        const skip = time > 0 && (tokens[phraseEnd + time]?.lemma === 'be' || tokens[phraseEnd + time]?.low === "'s") ? time : 0;
        subject = 'attr';
        attr = words.join(' ');
        attrEnd = phraseEnd + skip;
        start = phraseEnd + skip;
      } else {
        subject = 'other';
        start = phraseEnd;
      }
    } else if (attrPhrase(head.low === 'the' ? i + 1 : i) && (head.pos === 'NOUN' || head.pos === 'PROPN' || head.pos === 'ADJ' || head.low === 'the')) {
      // "Name's Bronwyn", "The name's Tomasz", "favourite colour is teal", "mother tongue's Tamil".
      const p = attrPhrase(head.low === 'the' ? i + 1 : i)!;
      subject = 'attr';
      attr = p.words.join(' ');
      attrEnd = p.end;
      start = p.end;
    } else if (DEFINITES.has(head.low) && definiteSubjectEnd(tokens, i) > 0) {
      // "the patient in bed 4 is 82, diabetic": a thing or person named with "the" before its verb is someone else.
      subject = 'other';
      start = definiteSubjectEnd(tokens, i);
    } else if (
      conj !== undefined &&
      RELATIVES.has(conj) &&
      prev !== undefined &&
      /\bas (?:someone|somebody|a person|one|a guy|a girl|a woman|a man|a mum|a dad|a parent)$/i.test(prev.text.replace(/[,.]/g, '').trim())
    ) {
      // "As someone who boulders three times a week, …" speaks of the user.
      subject = 'self';
    } else if (conj !== undefined && RELATIVES.has(conj) && prev !== undefined && prev.subject === 'self' && namesTheUser(prev.tokens)) {
      // "I'm a nurse who's vegan": the relative describes what the user is ("I'm playing a paladin who's…" does not).
      subject = 'self';
    } else if (conj !== undefined && RELATIVES.has(conj)) {
      subject = 'other';
    } else if (SUBJECT_PRONOUNS.has(head.low) && after?.text === '/') {
      // "he/him, 29, from kerala originally": a set of pronouns the user goes by opens a fragment, no one else's subject.
      subject = 'none';
    } else if (
      (SUBJECT_PRONOUNS.has(head.low) || POSSESSIVES.has(head.low)) &&
      // ("one-man workshop in Hebden Bridge": "one" joined to a word is a number in a compound, no one.)
      !(head.low === 'one' && after !== undefined && (after.pos === 'ADJ' || after.pos === 'NOUN' || after.text === '-'))
    ) {
      subject = 'other';
      start = i + 1;
    } else if (THING_NEEDS.has(head.low) && after?.low === 'to') {
      // "needs to work in JS", "has to be gluten free": what a thing must do, its subject ("it") left out.
      subject = 'other';
      start = i;
    } else if (WEIGHING.has(head.low) && conj === undefined && (prev?.subject === 'self' || prev?.subject === 'we')) {
      // "i'm 61, planning to drop to part-time": the plan weighed is the user's.
      subject = prev.subject;
    } else if (
      (head.pos === 'VERB' || head.pos === 'AUX') &&
      prev &&
      // ("swap the paragraphs and drop the last sentence": a request goes on, no subject carries over.)
      (prev.subject === 'self' || prev.subject === 'we' || (prev.subject === 'none' && prev.first && !prev.request)) &&
      !sawDiscourse &&
      (carriesSubject(head, conj, after) ||
        // "I'm from Coorg — speak Kodava at home, Kannada outside": a verb of the user's own habits, with no one asked.
        (conj === undefined && (prev.subject === 'self' || prev.subject === 'we') && HABITS.has(head.low) && !tokens.some((t) => ASKING_WORDS.has(t.low))))
    ) {
      // "I used to live in Rotterdam but [I] moved to Porto": the subject carries over.
      subject = prev.subject === 'we' ? 'we' : 'self';
    } else if (head.pos === 'NOUN' || head.pos === 'PROPN' || head.pos === 'DET' || head.pos === 'ADJ' || head.pos === 'NUM') {
      // A noun phrase followed by a finite verb is someone or something else ("Eggs make me ill", "my twins start school").
      let end = nounPhraseEnd(tokens, head.pos === 'DET' ? i + 1 : i, 5);
      // "a mate of mine is running …", "the head of my department says …"
      if (tokens[end]?.low === 'of')
        end = nounPhraseEnd(tokens, tokens[end + 1]?.pos === 'DET' || POSSESSIVES.has(tokens[end + 1]?.low ?? '') ? end + 2 : end + 1, 4);
      // "Client in Toronto wants a 9am call", "the client in Halifax says …": a place said between someone and their verb (in
      // the third person) says where they are. After "the", a verb in the past tells it too ("the usher at Bow told me …",
      // the place capitalised whatever the tagger made of it).
      if (PLACED_BY.has(tokens[end]?.low ?? '') && placeWord(tokens[end + 1])) {
        let k = end + 1;
        while (placeWord(tokens[k]) && k - end <= 3) k++;
        const verb = tokens[k];
        if (thirdPersonVerb(verb) || (head.pos === 'DET' && pastTense(verb))) end = k;
      }
      // "Priya on switchboard is vegan", "Dave from accounts is coeliac": a name, then the part of the work they are on (a bare
      // noun, as departments are named; not "Canteen at the depot has …", a thing and its place), before their verb.
      if (head.pos === 'PROPN' && end === i + 1 && (PLACED_BY.has(tokens[end]?.low ?? '') || tokens[end]?.low === 'on')) {
        let k = end + 1;
        const from = k;
        while (k - from < 3 && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN')) k++;
        const verb = tokens[k];
        if (k > from && (verb?.pos === 'AUX' || thirdPersonVerb(verb))) end = k;
      }
      // "client's product launch is next tuesday": someone's thing ("tomorrow's interview" is the user's day).
      // ("Zara's dairy-free": a noun joined to an adjective by a hyphen is that adjective, and "'s" is "is".)
      const hyphenAdjective = (k: number): boolean => tokens[k + 1]?.text === '-' && tokens[k + 1]?.space === false && tokens[k + 2]?.pos === 'ADJ';
      if (
        tokens[end]?.low === "'s" &&
        (tokens[end + 1]?.pos === 'NOUN' || tokens[end + 1]?.pos === 'PROPN') &&
        !hyphenAdjective(end + 1) &&
        !tokens.slice(i, end).some((t) => TIME_POSSESSORS.has(t.low))
      )
        end = nounPhraseEnd(tokens, end + 1, 4);
      // "a recruiter once told me …", "my sister always says …", "the foreman always has to …": an adverb between the subject
      // and its verb.
      // (With "has" only after "the …": "34 yo woman never had health insurance" is the user, said as a fragment.)
      const verbNext = tokens[end + 1]?.pos === 'VERB' || (tokens[end + 1]?.pos === 'AUX' && head.pos === 'DET');
      if (tokens[end]?.pos === 'ADV' && verbNext && SUBJECT_ADVERBS.has(tokens[end]!.low)) end++;
      // "sister lives in leeds", "ex-boyfriend keeps texting me": a verb of the third person the tagger read as the noun phrase's
      // last noun ("lives" as the plural of "life"), with the predicate going on after it.
      const misread = end - 1 > i && tokens[end - 1]!.pos === 'NOUN' && THIRD_PERSON_VERBS.has(tokens[end - 1]!.low);
      if (misread && ['ADP', 'DET', 'PRON', 'ADV', 'VERB', 'PART'].includes(tokens[end]?.pos ?? '')) end--;
      const verb = tokens[end];
      // "a bearded dragon called Kevin": a participle naming it, not a verb.
      // "lisbon based", "London-born": a participle describing the user, not a verb of the noun.
      // "self employed electrician", "self taught dev": "self" and its participle are one adjective.
      // ("the council called me in August": a verb with a person after it, not a name.)
      const naming =
        verb !== undefined &&
        (['called', 'named', 'based', 'born', 'raised', 'bred'].includes(verb.low) || tokens[end - 1]?.low === 'self') &&
        !((verb.low === 'called' || verb.low === 'named') && tokens[end + 1]?.pos === 'PRON');
      // "the client's in Halifax": "'s" read as a possessive is "is" when no noun follows it.
      const isContracted =
        verb !== undefined &&
        verb.low === "'s" &&
        (['ADP', 'ADJ', 'ADV', 'DET', 'VERB', 'NUM'].includes(tokens[end + 1]?.pos ?? '') || hyphenAdjective(end + 1)) &&
        tokens[end + 1]?.low !== 'own';
      const thirdPerson = verb !== undefined && verb.pos === 'NOUN' && THIRD_PERSON_VERBS.has(verb.low);
      // ("currently a QA lead", "a team lead": after "a" one thing's verb takes its "-s"; a bare form is the phrase's last noun.)
      const bareAfterA = (tokens[i]!.low === 'a' || tokens[i]!.low === 'an') && verb !== undefined && verb.pos === 'VERB' && verb.low === verb.lemma;
      if (
        !bareAfterA &&
        verb &&
        !naming &&
        (isContracted || thirdPerson || (verb.pos === 'AUX' && !NON_FINITE.has(verb.low)) || (verb.pos === 'VERB' && !verb.low.endsWith('ing')))
      ) {
        subject = 'other';
        start = end;
      }
    }
  }
  // "I have been a radiographer for 9 years": read the predicate from "been".
  if (
    (subject === 'self' || subject === 'we') &&
    (tokens[start]?.low === 'have' || tokens[start]?.low === 'has' || tokens[start]?.low === "'ve") &&
    tokens[start + 1]?.low === 'been'
  )
    start++;
  const firstContent = tokens[start];
  // "what I want now is to become a lay minister": a statement that names what it then says (not a question).
  const cleft =
    !endsWithQuestionMark &&
    head?.low === 'what' &&
    (after?.low === 'i' || after?.low === 'we') &&
    tokens.slice(i + 2, i + 6).some((t) => t.low === 'is' || t.low === "'s" || t.low === 'was');
  const wh =
    head !== undefined &&
    !cleft &&
    (WH.has(head.low) || (['may', 'can', 'could', 'would', 'shall', 'should'].includes(head.low) && ['i', 'we', 'you'].includes(after?.low ?? '')));
  const inverted =
    head !== undefined &&
    QUESTION_AUX.has(head.low) &&
    head.pos === 'AUX' &&
    after !== undefined &&
    (SUBJECT_PRONOUNS.has(after.low) ||
      (endsWithQuestionMark && (after.pos === 'PROPN' || after.pos === 'DET' || after.pos === 'NOUN')) ||
      // ("do vet nurses in Sydney earn much more?": "do" opening a clause that ends with "?" asks, whatever the tagger made of the next word.)
      (endsWithQuestionMark && DO_FORMS.has(head.low)) ||
      (firstOfSentence && asksWithoutMark(head.low, after, tokens.slice(i + 2))) ||
      // "what does 'making tides' mean, and are spring tides always bigger …": a second question joined to one.
      (prev?.question === true &&
        (conj === 'and' || conj === 'or') &&
        ASKING_AUX.has(head.low) &&
        // ("spring tides": a noun the tagger read as a verb before the noun it describes)
        (['NOUN', 'DET', 'PROPN', 'ADJ', 'NUM'].includes(after.pos) || (after.pos === 'VERB' && tokens[i + 2]?.pos === 'NOUN'))) ||
      // "is true that shops close on Sunday?", "is long covid counted as a disability … or does it depend?":
      // a sentence that opens on an auxiliary and ends with "?" asks, whatever follows the auxiliary; not a verb
      // ("can speak Mandarin lah but … can?" leaves out its subject, "I").
      (opensQuestion && ASKING_AUX.has(head.low) && head.low !== 'do' && (after.pos !== 'VERB' || pluralNoun(head, after)) && after.pos !== 'AUX'));
  const first = firstOfSentence || correction;
  const question =
    wh ||
    inverted ||
    (endsWithQuestionMark && subject === 'none' && HEDGE_VERBS.has(head?.low ?? '') && (after?.low === 'you' || after?.low === 'u')) ||
    (endsWithQuestionMark && subject !== 'self' && subject !== 'attr' && subject !== 'we' && !(first && subject === 'none' && tokens.length - i >= 5));
  // ("…, british spelling please": a thing asked for after the sentence's first clause; "hausa pls" opening a reply answers.)
  const request = isRequest(tokens, i, subject) || (!firstOfSentence && subject === 'none' && politeNoun(tokens, i));
  const refused = (subject === 'self' || subject === 'we') && tokens.some((t, k) => k >= i && (t.low === 'never' || t.low === 'not' || t.low === "n't"));
  const hypothetical =
    lows.some((w) => HYPOTHETICAL.has(w) || (MADE_UP.has(w) && !refused)) ||
    hasSequence(lows, ['what', 'if']) ||
    hasSequence(lows, ['let', "'s", 'say']) ||
    hasSequence(lows, ['lets', 'say']) ||
    hasSequence(lows, ['act', 'as']) ||
    hasSequence(lows, ['role', '-', 'play']) ||
    hasSequence(lows, ['you', 'are', 'a']) ||
    hasSequence(lows, ['you', 'will', 'be']) ||
    hasSequence(lows, ['a', 'story']) ||
    // "for a short story: the main character is …", "for my novel": what a piece of fiction is made of.
    (subject !== 'self' && subject !== 'we' && forFiction(lows)) ||
    // "say someone is 30 and earning 40k": a supposed case, not the user.
    (lows[i] === 'say' && SUPPOSED.has(lows[i + 1] ?? '')) ||
    (subject === 'self' && (hasSequence(lows, ['would', 'be']) || hasSequence(lows, ["'d", 'be']) || hasSequence(lows, ['could', 'be']))) ||
    // "the kind you'd hear on a Twitch stream": what anyone would do, in a clause that is not the user's.
    (subject !== 'self' && subject !== 'we' && (hasSequence(lows, ['you', "'d"]) || hasSequence(lows, ['you', 'would']))) ||
    (sentenceHasIf && lows.some((w) => w === 'would' || w === "'d" || w === 'could' || w === 'might'));
  const reported =
    subject === 'other' && tokens.some((t, k) => SAY_VERBS.has(t.low) && k >= start && tokens.slice(k + 1, k + 4).some((u) => u.low === 'i' || u.low === 'me'));
  const negated = tokens.some((t, k) => k >= i && ((NEGATORS.has(t.low) && !withNo(tokens, k)) || (t.low === 'no' && tokens[k + 1]?.low === 'longer')));
  const noLonger =
    lows.includes('anymore') ||
    hasSequence(lows, ['any', 'more']) ||
    hasSequence(lows, ['no', 'longer']) ||
    (negated && (hasSequence(lows, ['these', 'days']) || hasSequence(lows, ['after', 'all'])));
  const formerly =
    hasSequence(lows, ['used', 'to']) ||
    hasSequence(lows, ['in', 'the', 'past']) ||
    hasSequence(lows, ['back', 'then']) ||
    lows.includes('previously') ||
    lows.includes('formerly') ||
    // "VS Code was my old setup", "Leeds was our previous home": what was the user's before.
    lows.some((w, k) => (w === 'was' || w === 'were') && POSSESSIVES.has(lows[k + 1] ?? '') && FORMER.has(lows[k + 2] ?? ''));
  const past =
    hasSequence(lows, ['used', 'to']) ||
    hasSequence(lows, ['in', 'the', 'past']) ||
    hasSequence(lows, ['back', 'then']) ||
    hasSequence(lows, ['until', 'recently']) ||
    lows.some((w) => PAST_MARKERS.has(w)) ||
    ((subject === 'self' || subject === 'we') && pastVerb(tokens, start, false)) ||
    (subject === 'none' && pastVerb(tokens, start, true));
  const hedged =
    hedgedFrame ||
    lows.some((w) => HEDGES.has(w)) ||
    hasSequence(lows, ['i', 'think']) ||
    hasSequence(lows, ['kind', 'of']) ||
    hasSequence(lows, ['sort', 'of']) ||
    hasSequence(lows, ['not', 'sure']);
  const current =
    lows.some((w) => CURRENT_MARKERS.has(w)) ||
    hasSequence(lows, ['these', 'days']) ||
    hasSequence(lows, ['at', 'the', 'moment']) ||
    hasSequence(lows, ['right', 'now']);
  void firstContent;
  return {
    tokens,
    start: Math.min(start, tokens.length),
    subject,
    attr,
    attrEnd,
    conj,
    first,
    question,
    request,
    hypothetical,
    reported,
    negated,
    past,
    formerly,
    hedged,
    current,
    noLonger,
    text: spanText(tokens),
  };
}

/** An emoji (or a sign it ends with) after a word, where the list or the phrase goes on after it in lower case. */
const GOES_ON: ReadonlySet<string> = new Set(['+', '&', 'and', 'or', '/', 'on', 'at', 'in']);
function decorates(sentence: readonly Token[], i: number): boolean {
  if (!isEmoji(sentence[i]!)) return false;
  let k = i;
  while (k > 0 && isEmoji(sentence[k - 1]!)) k--;
  let j = i + 1;
  while (j < sentence.length && isEmoji(sentence[j]!)) j++;
  const word = sentence[k - 1];
  const next = sentence[j];
  if (word !== undefined && /^\p{L}/u.test(word.text) && next !== undefined && GOES_ON.has(next.text)) return true;
  // ("hobbies: 🧶 knitting, 🎭 am-dram, 🍷 wine tasting": an emoji before each item of a list, after its comma or colon.)
  return next !== undefined && /^\p{L}/u.test(next.text) && (word === undefined || ITEM_OPENERS.has(word.text));
}
const ITEM_OPENERS: ReadonlySet<string> = new Set([',', ':', ';', '-', '*', '•']);

/** Whether a clause that opens with this verb takes the subject of the clause before ("… but moved to Porto"). */
function carriesSubject(verb: Token, conj: string | undefined, next?: Token): boolean {
  // "…, can get by in Polish" continues the statement; "can you …" asks.
  if (verb.pos === 'AUX')
    return !['would', 'should', 'may', 'might', 'shall', 'must'].includes(verb.low) && !(next !== undefined && ['you', 'u', 'i', 'we'].includes(next.low));
  if (verb.low !== verb.lemma) return true; // inflected: moved, lives, working
  if (!(conj === 'and' || conj === 'but' || conj === 'or' || conj === 'then')) return false;
  // "… and keep kosher" continues; "… and keep it short please" is a request.
  return !REQUEST_VERBS.has(verb.low) || !(next !== undefined && ['it', 'this', 'that', 'them', 'me', 'us', 'please', 'pls'].includes(next.low));
}

/** The clause's first verb is in the past tense (and not a present perfect: "I have lived here for years"). */
const INCEPTIVE = new Set(['start', 'begin', 'join', 'enrol', 'enroll']);
function pastVerb(tokens: readonly Token[], from: number, fragment: boolean): boolean {
  // "I have been summoned …" is a present perfect.
  if (['have', 'has', "'ve", "'s"].includes(tokens[from - 1]?.low ?? '')) return false;
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (t.low === 'have' || t.low === 'has' || t.low === "'ve" || t.low === 'am' || t.low === 'is' || t.low === 'are' || t.low === "'m") return false;
    // "I was (just) diagnosed with a peanut allergy": a diagnosis begins a state that holds.
    if ((t.low === 'was' || t.low === 'were') && tokens.slice(k + 1, k + 4).some((u) => u.low === 'diagnosed')) return false;
    if (t.low === 'was' || t.low === 'were' || t.low === 'did') return true;
    // "been self employed since '19": "I've been" without its "have", a state that still holds.
    if (t.low === 'been') return false;
    // "based in Cardiff", "married with two kids": a participle that says what the user is.
    if (STATIVE_PARTICIPLES.has(t.low)) return false;
    if (t.pos === 'AUX') continue;
    // "I started learning piano", "took up running", "got into climbing": a beginning that still holds.
    if (INCEPTIVE.has(t.lemma) || (['take', 'pick', 'get'].includes(t.lemma) && ['up', 'into'].includes(tokens[k + 1]?.low ?? ''))) return false;
    // "got two kids", "got an interview on friday": in a fragment, opening a clause whose subject is carried over
    // ("nurse in leeds, got two kids"), or with a time to come, "got" is "have got".
    // "got married on Saturday", "got promoted last week": "got" with a participle is an event that happened.
    if (t.low === 'got' && tokens[k + 1] !== undefined && tokens[k + 1]!.low.length > 4 && tokens[k + 1]!.low.endsWith('ed')) return true;
    if (t.low === 'got' && (fragment || k === 0 || tokens.slice(k + 1).some((u) => SOON_WORDS.has(u.low)))) return false;
    // In a fragment, "-ed" words are mostly adjectives ("newly engaged", "widowed since 2020").
    return IRREGULAR_PAST.has(t.low) || (!fragment && t.low.endsWith('ed') && t.low !== t.lemma);
  }
  return false;
}

/** Verbs of what the user does as a habit, which an assistant is rarely told to do ("— work nights mostly", "— speak Twi at home"). */
const HABITS = new Set(['speak', 'live', 'work', 'teach', 'study', 'commute', 'volunteer', 'swim', 'cycle', 'climb', 'coach', 'foster']);
/** Words that turn a bare verb into something asked of the assistant ("speak English please", "work it out for me"). */
const ASKING_WORDS = new Set(['please', 'pls', 'plz', 'me', 'us', 'you', 'it', 'this', 'that', 'out']);

const REQUEST_VERBS = new Set([
  'cancel',
  'reschedule',
  'rename',
  'forward',
  'help',
  'tell',
  'give',
  'show',
  'send',
  'get',
  'find',
  'make',
  'let',
  'remind',
  'write',
  'draft',
  'create',
  'generate',
  'explain',
  'summarise',
  'summarize',
  'translate',
  'suggest',
  'recommend',
  'list',
  'compare',
  'rewrite',
  'fix',
  'check',
  'review',
  'edit',
  'plan',
  'book',
  'compose',
  'outline',
  'brainstorm',
  'describe',
  'calculate',
  'convert',
  'debug',
  'proofread',
  'improve',
  'shorten',
  'expand',
  'analyse',
  'analyze',
  'organise',
  'organize',
  'schedule',
  'add',
  'update',
  'delete',
  'remove',
  'search',
  'look',
  'go',
  'continue',
  'try',
  'pick',
  'choose',
  'turn',
  'set',
  'build',
  'design',
  'refactor',
  'implement',
  'code',
  'answer',
  'reply',
  'respond',
  'keep',
  'use',
  'be',
  'stop',
  'avoid',
  'drop',
  'put',
  'skip',
  'assume',
  'quiz',
  'teach',
  'walk',
  'break',
  'word',
  'sort',
  'work',
  'talk',
  'call',
  'address',
  'format',
  'include',
  'mention',
  'flag',
  'note',
  'save',
  'store',
  'remember',
  'forget',
  'ignore',
  'hold',
  'push',
  'read',
  'draw',
  'map',
  'count',
  'estimate',
  'rank',
  'rate',
  'name',
  'pull',
  'prep',
  'prepare',
  'sketch',
  'double',
  'say',
  // Edits of a text at hand ("swap the 2nd and 3rd paragraphs", "trim the intro").
  'swap',
  'move',
  'replace',
  'trim',
  'tighten',
  'merge',
  'reorder',
  'rephrase',
  // "stick to British spelling", "stick with metric".
  'stick',
]);

function isRequest(tokens: readonly Token[], i: number, subject: Subject): boolean {
  const t = tokens[i];
  if (!t) return false;
  const n = tokens[i + 1];
  if (t.low === 'please' || t.low === 'pls' || t.low === 'plz' || t.low === 'kindly')
    return !(n !== undefined && (n.low === 'my' || n.low === 'i' || n.low === 'we' || n.low === 'our'));
  if ((t.low === 'can' || t.low === 'could' || t.low === 'would' || t.low === 'will') && (n?.low === 'you' || n?.low === 'u')) return true;
  // "any tips for the days it hits -30", "any ideas where to look?"
  if (subject === 'none' && t.low === 'any' && ASKED_FOR.has(n?.low ?? '')) return true;
  // "reckon you could draft a thank-you?", "think you can check this?": asked with a hedge in front.
  if (subject === 'none' && HEDGE_VERBS.has(t.low) && (n?.low === 'you' || n?.low === 'u') && ASKING_MODALS.has(tokens[i + 2]?.low ?? '')) return true;
  // "for anything about bills just give me bullet points": what the request is for, said first, then the request itself
  // (its verb in the bare form after "just", or after a comma where the clause still holds one, within eight words).
  if (subject === 'none' && t.low === 'for') {
    for (let k = i + 2; k < tokens.length && k <= i + 9; k++) {
      const v = tokens[k]!;
      if (v.pos === 'VERB' && REQUEST_VERBS.has(v.low) && v.low === v.lemma && (tokens[k - 1]!.low === 'just' || tokens[k - 1]!.text === ','))
        return isRequest(tokens, k, subject);
      if (v.pos === 'AUX' || (v.pos === 'PRON' && v.low !== 'anything' && v.low !== 'everything')) break;
    }
  }
  if (
    subject === 'none' &&
    REQUEST_VERBS.has(t.low) &&
    t.low === t.lemma &&
    (t.pos === 'VERB' ||
      (n !== undefined && (n.pos === 'DET' || n.pos === 'PRON' || n.pos === 'NUM' || n.pos === 'ADJ' || n.pos === 'NOUN') && n.low !== "'s") ||
      // "Use British spelling …", "Keep Slack messages short": a capitalised name used as the modifier of a noun.
      (n !== undefined && n.pos === 'PROPN' && tokens[i + 2]?.pos === 'NOUN'))
  )
    return true;
  // "be blunt with me", "be more direct": "be" in its bare form with what to be, said to the assistant.
  if (subject === 'none' && t.low === 'be' && n !== undefined && (n.pos === 'ADJ' || n.pos === 'VERB' || n.pos === 'ADV')) return true;
  // "need a prep list for …", "want some ideas": a request; "need to clear my card by December" is not.
  if (subject === 'none' && (t.low === 'need' || t.low === 'want') && n !== undefined && n.low !== 'to') return true;
  if (t.low === 'do' && n?.low === 'not') return subject === 'none';
  // ("never done anything political before": a participle tells what has been, it asks nothing.)
  if (t.low === 'never' || t.low === 'always' || t.low === "don't") return subject === 'none' && !(n !== undefined && PARTICIPLES.has(n.low));
  const lows = tokens.map((x) => x.low);
  // "… help me a lot" is a statement; "help me with …" opening a clause is caught above.
  return (
    hasSequence(lows, ['i', 'need', 'you']) ||
    hasSequence(lows, ['i', 'want', 'you']) ||
    hasSequence(lows, ['i', "'d", 'like', 'you']) ||
    hasSequence(lows, ['i', 'would', 'like', 'you']) ||
    hasSequence(lows, ['can', 'you']) ||
    hasSequence(lows, ['could', 'you'])
  );
}

function skipTo(tokens: readonly Token[], from: number, stop: (t: Token) => boolean): number {
  for (let k = from; k < tokens.length; k++) if (stop(tokens[k]!)) return k;
  return tokens.length;
}

/** End (exclusive) of a short noun phrase starting at `from`: adjectives, nouns, proper nouns, numbers. */
const DEFINITES = new Set(['the', 'this', 'that', 'these', 'those']);
const BE_HAVE = new Set(['is', 'are', 'was', 'were', "'s", 'has', 'have', 'had']);
/** People a definite noun phrase may name ("the patient", "the new hire", "the kids"); a thing ("the cold in Winnipeg") stays as it was read. */
const PERSON_NOUNS = new Set(
  (
    'patient patients client clients customer customers kid kids child children baby guy guys girl girls woman women man men lady ' +
    'boss manager hire candidate candidates student students pupil pupils neighbour neighbor neighbours teacher doctor nurse guest guests ' +
    'couple owner landlord tenant tenants user users person people family team colleague colleagues friend friends twins boy boys ' +
    // People an occasion or a service is organised around ("the bride's gluten-free", "the host is vegan").
    'bride groom bridesmaids host hostess visitor visitors resident residents attendee attendees participant participants ' +
    'member members player players driver applicant employee employees staff caller buyer seller tutor coach vet dentist therapist'
  ).split(' '),
);

/**
 * Where the verb after "the + noun phrase" (and at most one short prepositional phrase) starts, when a
 * form of be or have follows: "the patient in bed 4 is …", "the kids are 5 and 7". 0 when it does not.
 */
function definiteSubjectEnd(tokens: readonly Token[], at: number): number {
  let k = nounPhraseEnd(tokens, at + 1);
  if (!PERSON_NOUNS.has(tokens[k - 1]?.low ?? '')) return 0;
  if (tokens[k]?.pos === 'ADP' && tokens[k]!.low !== 'of') k = nounPhraseEnd(tokens, tokens[k + 1]?.pos === 'DET' ? k + 2 : k + 1);
  return BE_HAVE.has(tokens[k]?.low ?? '') ? k : 0;
}

/** Prepositions that place someone named before their verb ("Client in Toronto wants …"). */
const PLACED_BY: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near']);
/** A verb in the third person singular ("wants", "says"), not its bare form. */
const thirdPersonVerb = (t: Token | undefined): boolean => t !== undefined && t.pos === 'VERB' && t.low.endsWith('s') && t.low !== t.lemma;
/** A word of a place's name: a proper noun, or any capitalised word but "I", whatever the tagger made of it ("Bow"). */
const placeWord = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'PROPN' || (t.pos !== 'PRON' && capitalised(t)));
/** A verb in the past tense ("told", "said"): not its bare form, not an "-ing" form. */
const pastTense = (t: Token | undefined): boolean => t !== undefined && t.pos === 'VERB' && t.low !== t.lemma && !t.low.endsWith('ing') && !t.low.endsWith('s');

/** Parts of speech a noun phrase is made of. */
const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

export function nounPhraseEnd(tokens: readonly Token[], from: number, max = 4): number {
  let k = from;
  while (k < tokens.length && k - from < max) {
    const t = tokens[k]!;
    if (NOMINAL_TAGS.has(t.pos) || (t.pos === 'VERB' && t.low.endsWith('ing') && k === from)) k++;
    // ("long-term plan": a hyphen joining two words of the phrase, written without spaces.)
    else if (t.text === '-' && k > from && !t.space && tokens[k + 1]?.space === false && NOMINAL_TAGS.has(tokens[k + 1]!.pos)) k++;
    else break;
  }
  return k === from ? Math.min(from + 1, tokens.length) : k;
}

export function hasSequence(words: readonly string[], seq: readonly string[]): boolean {
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let j = 0; j < seq.length; j++) if (words[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}
