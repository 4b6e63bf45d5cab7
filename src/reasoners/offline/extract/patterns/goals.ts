import { LANGUAGES } from '../lexicon/languages.js';
import { INDUSTRIES } from '../lexicon/work.js';
import { OCCUPATIONS } from '../lexicon/people.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import { capitalised, spanText, type Token } from '../../nlp/wink.js';
import { MONTH_NAMES } from '../time.js';

/** Goals and plans: what the user is working towards. */

/** Verbs after "want to" that ask for information rather than state a goal. */
const NOT_GOALS = new Set([
  'know',
  'ask',
  'see',
  'check',
  'understand',
  'confirm',
  'hear',
  'clarify',
  'make',
  'double',
  'talk',
  'discuss',
  'share',
  'find',
  'figure',
  'get',
  'say',
  'tell',
  'thank',
  'start',
  'mention',
  'add',
  'focus',
  'be',
  'have',
  'try',
  'look',
  'go',
  'do',
  'keep',
  'avoid',
  'sort',
  'work',
  'write',
  'draft',
  'send',
  'reply',
  'respond',
  'put',
  'use',
  'stay',
  'quickly',
  'vent',
  'rant',
  'note',
  'flag',
  'clear',
  'kick',
  'wrap',
  'sleep',
  'eat',
  'cook',
  'buy',
  'order',
  'book',
  'watch',
  'read',
  'fix',
  'change',
  'learn',
  'improve',
  'prep',
  'plan',
  'organise',
  'organize',
  'give',
  'surprise',
  'impress',
  'compare',
  'pick',
  'choose',
  'decide',
  'celebrate',
  'practice',
  'practise',
  'prepare',
  'cancel',
  'convert',
  'ship',
  'finish',
]);
/** Verbs of a goal after "going to" ("going to learn to use a computer"); not "go", "get", "be", which say any plan. */
const RESOLVED_VERBS: ReadonlySet<string> = new Set([
  'learn',
  'retrain',
  'become',
  'start',
  'save',
  'study',
  'train',
  'qualify',
  'quit',
  'stop',
  'retire',
  'emigrate',
  'launch',
  'open',
  'finish',
  'pass',
]);
/** Words of a mind made up about a plan ("decided", "finally", "determined"). */
const RESOLVE_WORDS: ReadonlySet<string> = new Set(['decided', 'finally', 'determined', 'resolution', 'promised']);
/** Verbs of leaving one line of work for another ("leaving teaching for instructional design"). */
const CHANGE_VERBS: ReadonlySet<string> = new Set(['leaving', 'quitting']);
/** Verbs that are goals even after "try to" or "plan to". */
const GOAL_VERBS = new Set([
  'retrain',
  'max',
  'reskill',
  'upskill',
  'stay',
  'live',
  'settle',
  'move',
  'emigrate',
  'relocate',
  'save',
  'run',
  'lose',
  'gain',
  'quit',
  'stop',
  'cut',
  'become',
  'open',
  'start',
  'launch',
  'build',
  'get',
  'learn',
  'finish',
  'complete',
  'pass',
  'read',
  'write',
  'retire',
  'buy',
  'pay',
  'travel',
  'visit',
  'climb',
  'swim',
  'walk',
  'cycle',
  'hike',
  'train',
  'qualify',
  'switch',
  'transition',
  'change',
  'land',
  'find',
  'go',
  'make',
  'be',
  'do',
  'reach',
  'hit',
  'improve',
  'study',
  'apply',
  'publish',
  'grow',
  'raise',
  'earn',
  'double',
  'sleep',
  'drink',
  'eat',
  'meditate',
  'practise',
  'practice',
  'master',
  'speak',
  'compete',
  'enter',
  'join',
  'own',
  'afford',
  'clear',
  'reduce',
  'increase',
  'spend',
  'give',
  'adopt',
  'have',
  'sit',
  'resit',
  'retake',
  'stand',
  'volunteer',
  'foster',
  'marry',
  'convert',
  'drop',
  'focus',
  'nail',
  'ace',
  'crack',
  'specialise',
  'specialize',
  // ("I want to swap the gas boiler for a heat pump", "want to sell up and downsize")
  'swap',
  'sell',
  'downsize',
  'renovate',
]);

/** Posts a person tries for ("going for the supervisor job", "going for promotion"). */
const POSTS: ReadonlySet<string> = new Set(['job', 'role', 'post', 'position', 'promotion', 'vacancy', 'opening']);

/** Things a person works towards ("I just want a stable job in policy"). */
const LIFE_GOALS = new Set([
  'smallholding',
  'allotment',
  'boat',
  'van',
  'motorhome',
  'campervan',
  'cottage',
  'garden',
  'kids',
  'child',
  'dog',
  'puppy',
  'job',
  'career',
  'promotion',
  'house',
  'home',
  'flat',
  'apartment',
  'degree',
  'masters',
  'phd',
  'visa',
  'residency',
  'citizenship',
  'baby',
  'family',
  'raise',
  'business',
  'startup',
  'change',
  'role',
  'position',
  'scholarship',
  'license',
  'licence',
  'qualification',
  'certification',
  'mortgage',
  'deposit',
  'farm',
  'salon',
  'shop',
  'restaurant',
  'cafe',
  'apprenticeship',
  'traineeship',
  'internship',
  'course',
  'pgce',
  'mba',
]);

/**
 * What is wanted by a time ("want my first solo show by …", "want 3 vans on the road by 2027"): the clause from the thing
 * wanted up to a mark (a hyphen joins), or undefined when the sentence speaks to the assistant ("I want my draft back from
 * you by 5").
 */
function wanted(v: ValueContext): Token[] | undefined {
  if (v.sentence.some((t) => t.low === 'you' || t.low === 'u')) return undefined;
  const at = v.clause.indexOf(v.tokens[0]!);
  const end = v.clause.findIndex((t, k) => k > at && t.pos === 'PUNCT' && t.text !== '-');
  return v.clause.slice(at, end < 0 ? undefined : end);
}

/** Schemes and programmes one applies to, as to a job. */
const SCHEMES: ReadonlySet<string> = new Set(['scheme', 'programme', 'program']);

/** Goals said in one verb ("we're planning to downsize", "hoping to retire"). */
const ALONE_GOALS: ReadonlySet<string> = new Set(['retire', 'downsize', 'emigrate', 'relocate', 'graduate', 'qualify', 'remarry', 'upsize']);

/** The base forms an -ing word may come from: "standing" -> stand, "moving" -> move, "getting" -> get. */
function ingBases(word: string): string[] {
  const stem = word.slice(0, -3);
  const out = [stem, `${stem}e`];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
  return out;
}

/**
 * A step named by a thing people work towards at `at` ("a level 3 electrical apprenticeship"), with the rest of the
 * statement that says what it is ("a career change into data analysis", "a career in nursing"), up to a break and without
 * a closing adverb ("… instead"); undefined when that runs past ten words.
 */
function stepNamed(tokens: readonly Token[], at: number): string | undefined {
  const stop = tokens.findIndex((t, k) => k > at && (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ'));
  const from = tokens.findIndex((t) => t.pos !== 'DET');
  let rest = tokens.slice(from, stop < 0 ? tokens.length : stop);
  while (rest.length > at + 1 - from && rest[rest.length - 1]!.pos === 'ADV') rest = rest.slice(0, -1);
  return rest.length <= 10 ? spanText(rest) : undefined;
}

function goal(strict: boolean) {
  return (v: ValueContext): string | undefined => {
    const verb = v.tokens[0];
    if (!verb || (v.tokens.length < 2 && !ALONE_GOALS.has(verb.lemma)) || v.tokens.some((t) => t.low === 'you' || t.low === 'u')) return undefined;
    if (verb.pos !== 'VERB' && verb.pos !== 'AUX' && !GOAL_VERBS.has(verb.low)) return undefined;
    if (verb.lemma === 'leave') return leavesWork(v.tokens) ? v.text : undefined;
    // "want to take on my first employee", "take on an apprentice": hiring is a step of a business (not "take the bus").
    if (verb.lemma === 'take' && v.tokens[1]?.low === 'on') return v.tokens.slice(2, 6).some((t) => TAKEN_ON.has(t.low)) ? v.text : undefined;
    // "set up my own practice", "set up a charity": a thing of one's own started.
    if (verb.lemma === 'set' && v.tokens[1]?.low === 'up' && v.tokens.length > 2) return v.text;
    if (strict ? !GOAL_VERBS.has(verb.lemma) && !GOAL_VERBS.has(verb.low) : NOT_GOALS.has(verb.lemma) && !GOAL_VERBS.has(verb.lemma) && !seesAPlace(v.tokens))
      return undefined;
    return v.text;
  };
}

/** Who a business takes on. */
const TAKEN_ON: ReadonlySet<string> = new Set(
  'employee employees apprentice apprentices staff worker workers trainee trainees hire hires clients assistant assistants helper junior'.split(' '),
);

/** "see the Rockies by train", "see Machu Picchu": a named sight to see is a goal ("see if it works" is not). */
function seesAPlace(tokens: readonly Token[]): boolean {
  const named = tokens[1]?.low === 'the' ? tokens[2] : tokens[1];
  return tokens[0]!.lemma === 'see' && named !== undefined && named.pos === 'PROPN' && capitalised(named);
}

/** What one leaves as a change of life ("leave the sea", "leave teaching", "leave my job"), not a room or a time. */
const LEFT_BEHIND: ReadonlySet<string> = new Set([
  'sea',
  'army',
  'navy',
  'forces',
  'military',
  'job',
  'industry',
  'profession',
  'career',
  'company',
  'country',
  'corporate',
  'sector',
  'firm',
  'practice',
  'field',
  'trade',
  'force',
  'service',
  'nhs',
]);
function leavesWork(tokens: readonly Token[]): boolean {
  let k = 1;
  while (tokens[k] !== undefined && (tokens[k]!.pos === 'DET' || tokens[k]!.low === 'my')) k++;
  const what = tokens[k];
  return what !== undefined && (LEFT_BEHIND.has(what.low) || INDUSTRIES.matchAt(tokens, k) > 0 || OCCUPATIONS.matchAt(tokens, k) > 0);
}

/** Steps a result is needed for ("ielts 6.5 for the skilled worker visa"). */
const STEPS: ReadonlySet<string> = new Set([
  'visa',
  'application',
  'masters',
  'degree',
  'course',
  'uni',
  'university',
  'citizenship',
  'residency',
  'promotion',
  'registration',
  'licence',
  'license',
  'job',
]);

/** Verbs of aiming before "to" ("want to", "hoping to", "plan to"). */
// ("Planning to …" opening a sentence is tagged as a name, its lemma left as written.)
const WISHES: ReadonlySet<string> = new Set(['want', 'wanna', 'hope', 'plan', 'aim', 'intend', 'goal', 'target', 'ambition', 'planning', 'hoping', 'aiming']);
/**
 * The nearest word of wishing before `from` in the sentence ("want", "plan", "hoping" …), not past punctuation other than
 * `passes`; its index, or -1.
 */
function nearestWish(sentence: readonly Token[], from: number, passes: ReadonlySet<string>): number {
  for (let k = from; k >= 0; k--) {
    const t = sentence[k]!;
    if (t.pos === 'PUNCT' && !passes.has(t.text)) return -1;
    if (WISHES.has(t.lemma) || WISHES.has(t.low)) return k;
  }
  return -1;
}
/** A wish that takes an aim after it ("want to", "wanna"). */
const wishesTo = (sentence: readonly Token[], k: number): boolean => sentence[k + 1]?.low === 'to' || sentence[k]!.low === 'wanna';

/** The clause opens right after "and", in a sentence whose words before it aim at something ("want to X and Y"). */
function wishedBefore(v: ValueContext): boolean {
  const at = v.sentence.indexOf(v.tokens[0]!);
  // ("…, then open my own practice", "… and then get out of academia": a next step is joined by "then".)
  const then = v.sentence[at - 1]?.low === 'then' && (v.sentence[at - 2]?.text === ',' || v.sentence[at - 2]?.low === 'and');
  if (at < 2 || (v.sentence[at - 1]!.low !== 'and' && !then)) return false;
  const k = nearestWish(v.sentence, at - 2, AND_PASSES);
  // ("my plan is to go part-time at 57 and retire properly at 60", "I want out of weddings and to be shooting …")
  return (
    k >= 0 &&
    (wishesTo(v.sentence, k) ||
      (v.sentence[k + 1]?.lemma === 'be' && v.sentence[k + 2]?.low === 'to') ||
      (v.sentence[k]!.lemma === 'want' && v.sentence[k + 1]?.low === 'out'))
  );
}
const AND_PASSES: ReadonlySet<string> = new Set([',', '-']);

/** Words that narrow an aim just said down to the one hoped for ("…, ideally FP&A", "…, probably into UX research"). */
const NARROWING = 'ideally|preferably|probably|hopefully|possibly|maybe';

/** An aim said earlier in the sentence, before a comma or dash and no full stop ("want to move in-house, …"). */
function aimBefore(v: ValueContext): boolean {
  const k = nearestWish(v.sentence, v.sentence.indexOf(v.tokens[0]!) - 2, NARROWING_PASSES);
  return k >= 0 && wishesTo(v.sentence, k);
}
const NARROWING_PASSES: ReadonlySet<string> = new Set([',', '-', '—']);

/** "this year", "next year": a goal's year. */
const YEAR_OF: ReadonlySet<string> = new Set(['this', 'next']);

export const GOALS: readonly PatternSpec[] = [
  {
    // "Want to move in-house, ideally FP&A at a tech company", "planning to leave the sector, probably into UX research":
    // the aim narrowed down after a comma is the user's aim too.
    id: 'goals.narrowed',
    match: `,|-|— ${NARROWING} into|in? {x:rest}`,
    key: 'goals',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    request: true,
    value: (v) => (aimBefore(v) && !v.tokens.some((t) => t.low === 'you' || t.low === 'u') ? v.text : undefined),
  },
  { id: 'goals.want-to', match: 'want~|wanna|wanting|wan to? {x:rest}', key: 'goals', bucket: 'event', value: goal(true) },
  // "I want out of the cab within two years", "want out of weddings completely and to be shooting commercial work": a
  // change of life wanted, said by what is left.
  // "want my own company up and running by next spring", "I want our own place": a thing of one's own wanted.
  { id: 'goals.want-own', match: 'want~|wanna|wanting my|our|me own {x:np}', key: 'goals', request: true, value: (v) => `own ${v.text}` },
  { id: 'goals.want-out', match: 'want~|wanna out of {x:rest}', key: 'goals', value: (v) => (v.tokens.length >= 1 ? `out of ${v.text}` : undefined) },
  {
    // "need ielts 6.5 for the skilled worker visa", "I need a 2:1 for my masters": a score or grade needed for a step the user
    // is taking (not "a CV template for the job").
    id: 'goals.need-for',
    match: 'need~|needing {x:np} for a|an|the|my {y:np}',
    key: 'goals',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // ("need ielts 6.5 for the skilled worker visa, …": opening as a request, it still says what the user is after.)
    request: true,
    value: (v) => {
      const step = v.slotTokens('y');
      const last = step[step.length - 1]?.low ?? '';
      return STEPS.has(last) && v.tokens.some((t) => /\d/.test(t.text)) ? `${v.text} for ${spanText(step)}` : undefined;
    },
  },
  {
    // "want to leave the sea by 40 and get a shore job": a second aim joined to the first by "and".
    id: 'goals.and-also',
    match: '{x:rest}',
    key: 'goals',
    subjects: ['self', 'none'],
    bucket: 'event',
    // ("… and then get out of academia into data science": a step that opens on its verb is no request after a wish.)
    request: true,
    value: (v) => (wishedBefore(v) && !v.tokens.some((t) => t.low === 'me' || t.low === 'please') ? goal(true)(v) : undefined),
  },
  {
    id: 'goals.aim-to',
    match: 'aim~|aiming|plan~|planning|hope~|hoping|intend~|intending|determined|decided|hoping|working|looking to|on {x:rest}',
    key: 'goals',
    where: 'anywhere',
    // "we're planning to downsize", "we're hoping to buy within two years": the household's plan is the user's.
    subjects: ['self', 'none', 'we'],
    bucket: 'event',
    value: goal(false),
  },
  {
    // "doing every bit of overtime so I can save a 10% deposit for a flat by next summer": what the user works towards,
    // said as the purpose of what they do.
    id: 'goals.so-i-can',
    match: 'can|could {x:rest}',
    key: 'goals',
    subjects: ['self', 'we'],
    bucket: 'event',
    value: (v) => {
      const at = v.sentence.indexOf(v.clause[0]!);
      const so = v.sentence[at - 1]?.low === 'so' || (v.sentence[at - 1]?.low === 'that' && v.sentence[at - 2]?.low === 'so');
      // (Not the purpose of something asked of the assistant: "can you play a duty officer so I can practise …?")
      const asked = v.sentence.slice(0, at).some((t) => t.low === 'you' || t.low === 'u');
      return so && !asked ? goal(true)(v) : undefined;
    },
  },
  {
    id: 'goals.trying-to',
    match: 'try~|trying to {x:rest}',
    key: 'goals',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    bucket: 'event',
    value: goal(true),
  },
  { id: 'goals.would-love-to', match: "would|'d love|like to {x:rest}", key: 'goals', where: 'anywhere', bucket: 'event', value: goal(true) },
  { id: 'goals.towards', match: 'work~|working towards|toward {x:rest}', key: 'goals', where: 'anywhere' },
  {
    id: 'goals.saving-to',
    match: 'save~|saving up? to {x:rest}',
    key: 'goals',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    bucket: 'event',
    value: goal(false),
  },
  {
    // "I want the credit card cleared by Christmas", "want my thesis finished before May": a thing to get done by a time.
    id: 'goals.want-done-by',
    match: 'want~|need~ the|my|our {x:rest}',
    key: 'goals',
    bucket: 'event',
    value: doneBy,
  },
  {
    // "want my first solo show by the end of 2026", "I want a second van before next summer": a thing wanted by a time.
    id: 'goals.want-thing-by',
    match: 'want~ my|a|an|our {x:np} by|before|within',
    key: 'goals',
    bucket: 'event',
    // (Read as a request, as "want my …" opens many; not one put to the assistant: "I want my draft back from you by 5".)
    request: true,
    value: (v) => {
      const by = v.clause.indexOf(v.tokens[0]!) + v.tokens.length;
      // (A time follows: a year, a month, a season or a feast, "the end of …", "next …".)
      if (!v.clause.slice(by + 1, by + 4).some((t) => t.pos === 'NUM' || MONTH_NAMES.includes(t.low) || BY_TIMES.has(t.low))) return undefined;
      const span = wanted(v);
      return span !== undefined && span.length <= 12 ? spanText(span) : undefined;
    },
  },
  {
    // "want 3 vans on the road by 2027": a count of things wanted by a year (not "I want 5 quotes by 5pm").
    id: 'goals.want-count-by',
    match: 'want~ {x:num}',
    key: 'goals',
    request: true,
    value: (v) => {
      const span = wanted(v) ?? [];
      const by = span.findIndex((t) => t.low === 'by' || t.low === 'before');
      const year = span[by + 1];
      return by >= 2 && by <= 10 && year !== undefined && /^(?:19|20)\d\d$/.test(year.text) ? spanText(span.slice(0, by + 2)) : undefined;
    },
  },
  {
    id: 'goals.aiming-for',
    match: 'aim~|aiming|gunning|shooting|pushing|going_all_out for {x:np}',
    key: 'goals',
    where: 'anywhere',
    value: (v) => (v.tokens.length <= 6 && v.tokens[0]?.pos !== 'PRON' && !['it', 'that', 'this'].includes(v.tokens[0]?.low ?? '') ? v.text : undefined),
  },
  {
    // "learning to drive at 45", "teaching myself to code": what the user is working at.
    id: 'goals.learning-to',
    match: 'learning|teaching_myself to {x:rest}',
    key: 'goals',
    subjects: ['self', 'none'],
    value: (v) => {
      const verb = v.tokens[0];
      if (!verb || (verb.pos !== 'VERB' && !GOAL_VERBS.has(verb.low))) return undefined;
      const words: string[] = [];
      for (const t of v.tokens) {
        if (t.pos === 'PUNCT' || t.low === 'at' || t.low === 'lol' || t.low === 'so' || t.low === 'but' || t.low === 'and' || words.length >= 5) break;
        words.push(t.text);
      }
      return `learn to ${words.join(' ')}`;
    },
  },
  {
    // "day 12 without a cigarette", "three weeks off the booze", "6 months sugar-free": a habit being quit.
    id: 'goals.days-without',
    match: 'without|off a|any|the? {x:np}',
    key: 'goals',
    where: 'anywhere',
    subjects: ['none', 'self', 'other'],
    value: (v) => {
      const lows = v.clause.slice(0, v.clause.indexOf(v.tokens[0]!)).map((t) => t.low);
      const counted =
        (/^(?:day|week|month)$/.test(lows[0] ?? '') && /^\d+$|^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/.test(lows[1] ?? '')) ||
        (/^\d+$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|a)$/.test(lows[0] ?? '') && /^(?:days?|weeks?|months?|years?)$/.test(lows[1] ?? ''));
      return counted && lows.length <= 4 && v.tokens.length <= 3 ? `quitting ${v.text}` : undefined;
    },
  },
  { id: 'goals.saving-for', match: 'save~|saving up? for|towards {x:rest}', key: 'goals', where: 'anywhere', subjects: ['self', 'none', 'we'] },
  { id: 'goals.training-for', match: 'train~|training|studying|study~|preparing|prepping|revising for {x:rest}', key: 'goals', where: 'anywhere' },
  {
    id: 'goals.attr',
    match: 'be~ to? {x:rest}',
    key: 'goals',
    subjects: ['attr'],
    attr: ['goal', 'goals', 'aim', 'dream', 'plan', 'plans', 'priority', 'focus', 'ambition'],
    strength: 'explicit',
  },
  {
    // "Target is a corpus of 3 crore and retire by 50", "my target is to finish by 2026": a target opening the user's
    // sentence (not a thing aimed at, "the target is the kitchen wall", nor someone's: "her target is …").
    id: 'goals.target-is',
    match: 'target be~ to? {x:rest}',
    key: 'goals',
    where: 'anywhere',
    subjects: ['none', 'attr', 'other'],
    strength: 'explicit',
    value: (v) => {
      const at = v.sentence.findIndex((t) => t.low === 'target');
      const before = v.sentence[at - 1]?.low;
      return at === 0 || (at === 1 && before === 'my') ? v.text : undefined;
    },
  },
  {
    // "Goal for next year is opening a second branch in Kilkenny": a goal for a time to come, said as its own subject.
    id: 'goals.for-a-time',
    match: 'goal|goals|aim|plan|plans|resolution for this|next|the_next year|month|term|summer|season be~ to? {x:rest}',
    key: 'goals',
    where: 'anywhere',
    subjects: ['none', 'attr', 'other'],
    strength: 'explicit',
    value: (v) => (v.tokens.length >= 2 && !v.sentence.some((t) => t.low === 'his' || t.low === 'her' || t.low === 'their') ? v.text : undefined),
  },
  {
    id: 'goals.label',
    match: 'goal|goals|aim|resolution|target|plan for? this|the|next? year|month|term? : {x:rest}',
    key: 'goals',
    subjects: ['none', 'attr'],
    strength: 'explicit',
    value: (v) => (v.tokens.length >= 2 ? v.text : undefined),
  },
  {
    id: 'goals.is-the-plan',
    match: "{x:np} be~|'s the|my whole|main|big|real|only|one? plan|goal|dream|aim|priority|point|focus|mission",
    key: 'goals',
    where: 'anywhere',
    subjects: ['other', 'none'],
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      if (at === 0) return v.text;
      // "Finishing my novel is the whole point", "Paying off my car loan is the main goal": keep the gerund (and its particle).
      const gerund = v.clause[0]!;
      const particle = at === 2 ? v.clause[1]! : undefined;
      if (
        at > 2 ||
        gerund.pos !== 'VERB' ||
        !/ing$/.test(gerund.low) ||
        (particle && particle.pos !== 'ADP' && particle.pos !== 'ADV' && particle.pos !== 'PART')
      )
        return undefined;
      return [gerund.text, particle?.text, v.text].filter(Boolean).join(' ');
    },
  },
  {
    id: 'goals.want-language',
    match: 'want~|need~ {x:np}',
    key: 'goals',
    value: (v) => (v.tokens.some((_, k) => LANGUAGES.matchAt(v.tokens, k) > 0) ? v.text : undefined),
  },
  {
    // "At 84 I've decided I'm finally going to learn to use a computer", "this year I'm gonna get my HGV": a plan made
    // up one's mind about (decided, finally, a year named), with a verb of a goal.
    id: 'goals.going-to',
    match: 'going|gonna to? {x:rest}',
    key: 'goals',
    where: 'anywhere',
    bucket: 'event',
    value: (v) => {
      const first = v.tokens[0];
      if (first === undefined || !RESOLVED_VERBS.has(first.lemma) || first.pos !== 'VERB') return undefined;
      const resolved = v.sentence.some((t, k) => RESOLVE_WORDS.has(t.low) || (YEAR_OF.has(t.low) && v.sentence[k + 1]?.low === 'year'));
      return resolved ? goal(true)(v) : undefined;
    },
  },
  {
    id: 'goals.need-to',
    match: 'need|have to {x:rest}',
    key: 'goals',
    subjects: ['none', 'self', 'we'],
    // ("I need to pass by June"; "Need to finally learn to drive this year": a long-awaited aim, or one for the year.)
    value: (v) => {
      const dated = v.clause.some((t, k) => ['by', 'before', 'within'].includes(t.low) || (YEAR_OF.has(t.low) && v.clause[k + 1]?.low === 'year'));
      if (!dated && !v.clause.some((t) => t.low === 'finally')) return undefined;
      const from = v.tokens.findIndex((t) => t.pos !== 'ADV');
      return from < 0 ? undefined : goal(true)({ ...v, tokens: v.tokens.slice(from), text: spanText(v.tokens.slice(from)) });
    },
  },
  {
    // "what I want now is to become a licensed lay minister": the goal a pseudo-cleft names.
    id: 'goals.what-i-want',
    match: "what i|we want|need|hope|plan|wanna to_do|to_be? be~|'s to? {x:rest}",
    key: 'goals',
    subjects: ['none'],
    strength: 'explicit',
    // ("what I want to do is a postgrad cert in MRI": what is named may be a thing, not a verb.)
    value: (v) => {
      const first = v.tokens[0];
      if (first === undefined || v.tokens.some((t) => t.low === 'you' || t.low === 'u')) return undefined;
      if (first.pos === 'VERB' || first.pos === 'AUX') return goal(false)(v);
      const stop = v.tokens.findIndex((t) => t.pos === 'PUNCT' || t.pos === 'SCONJ');
      const thing = v.tokens.slice(first.pos === 'DET' ? 1 : 0, stop < 0 ? v.tokens.length : stop);
      return thing.length >= 1 && thing.length <= 10 && (thing[0]!.pos === 'NOUN' || thing[0]!.pos === 'ADJ' || thing[0]!.pos === 'PROPN')
        ? spanText(thing)
        : undefined;
    },
  },
  {
    // "Keen on a carpentry apprenticeship", "really interested in a PGCE": a step the user wants, named by what it is.
    id: 'goals.keen-on',
    match: 'keen|interested on|in a|an {x:rest}',
    key: 'goals',
    where: 'anywhere',
    subjects: ['self', 'none'],
    strength: 'implied',
    value: (v) => {
      const life = v.tokens.findIndex((t, k) => k <= 4 && LIFE_GOALS.has(t.low));
      return life >= 0 && v.tokens.slice(0, life).every((t) => t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'NUM') ? stepNamed(v.tokens, life) : undefined;
    },
  },
  {
    // "seriously thinking about standing for the town council", "thinking a level 3 electrical apprenticeship instead":
    // a step the user is weighing, said as a goal's verb or a thing people work towards.
    id: 'goals.thinking-of',
    match: 'thinking|considering|contemplating about|of? {x:rest}',
    key: 'goals',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    strength: 'implied',
    value: (v) => {
      const first = v.tokens[0];
      if (!first || v.tokens.some((t) => t.low === 'you' || t.low === 'u')) return undefined;
      // ("standing for the town council" with "standing" read as a noun: the verb is in the word.)
      // ("leaving teaching for instructional design", "quitting retail for nursing": a change of work is weighed.)
      // ("thinking of leaving live events for good next year and retraining as an electrician": the step after "and".)
      const then = v.tokens.findIndex(
        (t, k) => k >= 2 && v.tokens[k - 1]!.low === 'and' && t.low.endsWith('ing') && ingBases(t.low).some((b) => GOAL_VERBS.has(b)),
      );
      if (CHANGE_VERBS.has(first.low) && then > 0 && then + 1 < v.tokens.length) return spanText(v.tokens.slice(then));
      if (CHANGE_VERBS.has(first.low))
        return v.tokens.some(
          (t, k) =>
            t.low === 'for' &&
            k >= 2 &&
            k <= 4 &&
            !['ADV', 'ADJ'].includes(v.tokens[k - 1]!.pos) &&
            ['NOUN', 'ADJ', 'PROPN'].includes(v.tokens[k + 1]?.pos ?? ''),
        )
          ? v.text
          : undefined;
      if (first.low.endsWith('ing')) return v.tokens.length >= 2 && ingBases(first.low).some((b) => GOAL_VERBS.has(b)) ? v.text : undefined;
      const end = v.tokens.findIndex((t, k) => k <= 5 && LIFE_GOALS.has(t.low));
      if (end < 0 || !v.tokens.slice(0, end + 1).every((t) => t.pos !== 'VERB' && t.pos !== 'PRON' && t.pos !== 'PUNCT' && t.pos !== 'ADP')) return undefined;
      return stepNamed(v.tokens, end);
    },
  },
  { id: 'goals.dream-of', match: 'dream~|dreaming of {x:rest}', key: 'goals', where: 'anywhere' },
  {
    // "I've just applied to Teach First", "applied for a PGCE": a place on a scheme, a course or a job applied for.
    id: 'goals.applied',
    match: 'applied|applying to|for {x:np}',
    key: 'goals',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => {
      const named = v.tokens.every((t) => capitalised(t) || t.pos === 'DET') && v.tokens.some((t) => capitalised(t));
      // ("applying for the Aldi area manager graduate scheme": schemes are applied to as jobs are.)
      const last = v.tokens[v.tokens.length - 1]!.low;
      const goal = LIFE_GOALS.has(last) || SCHEMES.has(last);
      if (!named && !goal) return undefined;
      const end = v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1;
      let from = v.clause.indexOf(v.tokens[0]!);
      while (from > 0 && !/^appl/.test(v.clause[from]!.low)) from--;
      return spanText(v.clause.slice(from, end));
    },
  },
  // "I'm going for the supervisor job at the Ibis", "going for promotion": a post the user is trying for.
  {
    id: 'goals.going-for',
    match: 'going|go~ for {x:np}',
    key: 'goals',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => {
      const last = v.tokens[v.tokens.length - 1]!.low;
      if (!POSTS.has(last) && !SCHEMES.has(last)) return undefined;
      // From "going" ("going for" stands just before the post) to the post's last word.
      const at = v.clause.indexOf(v.tokens[0]!);
      return spanText(v.clause.slice(at - 2, at + v.tokens.length));
    },
  },
  // ("applied to Teach First": a scheme's name read as a verb after "to".)
  {
    id: 'goals.applied-name',
    match: 'applied|applying to {x:rest}',
    key: 'goals',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => {
      let k = 0;
      while (k < v.tokens.length && k < 4 && capitalised(v.tokens[k]!) && v.tokens[k]!.pos !== 'PRON') k++;
      // (Not someone's: "applied to Tom's company".)
      if (k === 0 || v.tokens[k]?.low === "'s" || v.tokens[0]!.pos === 'PROPN') return undefined;
      return `applied to ${spanText(v.tokens.slice(0, k))}`;
    },
  },
  {
    id: 'goals.want-a',
    match: 'want~|need~|looking_for .. {x:np}',
    key: 'goals',
    value: (v) => (LIFE_GOALS.has(v.tokens[v.tokens.length - 1]!.low) && !v.clause.some((t) => t.low === 'you') ? v.text : undefined),
  },
  {
    id: 'goals.working-on',
    match: 'be~? working_on|writing|building|launching|starting|renovating|training_for|saving_for {x:np}',
    key: 'current_projects',
    where: 'anywhere',
    value: (v) =>
      v.tokens.some((t) => t.low === 'my' || t.low === 'our' || t.low === 'first' || t.low === 'own') && v.tokens.length <= 6 ? v.text : undefined,
  },
];

const DONE_WORDS: ReadonlySet<string> = new Set([
  'done',
  'paid',
  'gone',
  'sold',
  'finished',
  'cleared',
  'sorted',
  'fixed',
  'built',
  'written',
  'published',
  'submitted',
  'renovated',
  'repaid',
]);
const BY_WORDS: ReadonlySet<string> = new Set(['by', 'before', 'within', 'in', 'for']);

/**
 * "realistically I just want our service charge brought down", "want the playground on Mill Lane resurfaced before the
 * winter": a thing of the user's (a noun phrase, with where it is) and what should be done to it, in the words of a past
 * participle and its particle, by a time or said as what is realistically wanted. Not "want the car washed" said of
 * today, nor "I want the report done" (tasks, not goals).
 */
function gotDone(v: ValueContext): string | undefined {
  if (v.clause.some((t) => TODAY.has(t.low))) return undefined;
  let k = 0;
  while (k < v.tokens.length && k < 7 && (NOUN_RUN.has(v.tokens[k]!.pos) || (k > 0 && PLACE_PREPS.has(v.tokens[k]!.low)))) k++;
  const verb = v.tokens[k];
  if (k < 1 || !verb || verb.pos !== 'VERB' || !/(?:ed|en|wn|ght|ne)$/.test(verb.low) || verb.low === verb.lemma) return undefined;
  let end = k + 1;
  if (PARTICLES.has(v.tokens[end]?.low ?? '')) end++;
  while (end < v.tokens.length && end < k + 6 && v.tokens[end]!.pos !== 'PUNCT' && v.tokens[end]!.pos !== 'CCONJ') end++;
  const span = v.tokens.slice(0, end);
  // (A thing wanted done with no time is a task — "I want the report done" — unless said as what is realistically wanted.)
  const timed = span.slice(k + 1).some((t) => BY_WORDS.has(t.low));
  if (!timed && !v.sentence.some((t) => t.low === 'realistically')) return undefined;
  return span.map((t) => t.text).join(' ');
}
const NOUN_RUN: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const PLACE_PREPS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'of']);
const PARTICLES: ReadonlySet<string> = new Set(['down', 'up', 'off', 'out', 'back', 'over']);
const TODAY: ReadonlySet<string> = new Set(['today', 'tonight', 'now', 'asap']);

/** Words of a time a goal is set for, after "by" / "before" / "within" ("by the end of 2026", "before next summer"). */
const BY_TIMES: ReadonlySet<string> = new Set([
  'end',
  'next',
  'christmas',
  'easter',
  'summer',
  'spring',
  'autumn',
  'fall',
  'winter',
  'year',
  'years',
  'birthday',
]);

/** "the credit card cleared by Christmas": a short noun phrase, a word for done, and when ("by", "before" …). */
function doneBy(v: ValueContext): string | undefined {
  const done = v.tokens.findIndex((t) => DONE_WORDS.has(t.low));
  if (done < 1 || done > 4 || !BY_WORDS.has(v.tokens[done + 1]?.low ?? '')) return gotDone(v);
  if (v.tokens.slice(0, done).some((t) => t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ' && t.pos !== 'NUM')) return undefined;
  const end = v.tokens.findIndex((t, k) => k > done + 1 && (t.pos === 'PUNCT' || t.pos === 'CCONJ'));
  const span = v.tokens.slice(0, end < 0 ? Math.min(v.tokens.length, done + 5) : Math.min(end, done + 5));
  return span.map((t) => t.text).join(' ');
}
