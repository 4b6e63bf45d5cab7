import { conceptId } from './concepts/index.js';
import { isDateWord, serviceRank } from './answer-kind.js';
import { CODING_VERBS, USER_OBJECTS, USER_SUBJECTS } from './lexicon.js';
import type { QToken } from './qtokens.js';

/**
 * Question shapes that name a concept through their structure rather than a word:
 *   "what does she do?" (work), "where does she work?" (employer), "where is he from?" (hometown),
 *   "what sport is he into?" (interests), "what does he track tickets in?" (tools),
 *   "what would he write it in?" (programming languages).
 * Each entry is a name and a test over the tagged words; the first words of the question are read once.
 */

interface Shape {
  readonly concept: string;
  readonly test: (tokens: readonly QToken[]) => boolean;
  /** Concepts the shape's words would otherwise name, wrongly here ("what should I call her": not a phone call). */
  readonly replaces?: readonly string[];
  /** The word the shape's concept stands for ("surgery" in "which surgery is he at?"): the concept answers it. */
  readonly takes?: (tokens: readonly QToken[]) => number;
}

const WORK_VERBS = new Set(['work', 'cook', 'teach', 'practise', 'practice', 'lecture', 'nurse', 'consult']);
const FAN_VERBS = new Set(['support', 'follow', 'cheer', 'root']);
const WISH_VERBS = new Set(['want', 'hope', 'plan', 'wish', 'dream', 'aim', 'intend', 'like', 'love', 'aspire', 'try']);
/** "would he want to hear about...", "would she like to come?": an offer to the user, not a wish of theirs. */
const OFFERED = new Set([
  'hear',
  'know',
  'see',
  'try',
  'come',
  'join',
  'go',
  'attend',
  'meet',
  'have',
  'get',
  'eat',
  'drink',
  'watch',
  'read',
  'listen',
  'talk',
  'chat',
  'help',
  'be',
]);
/** Words for the user's children. */
const CHILD_WORDS: ReadonlySet<string> = new Set(['kid', 'kids', 'child', 'children', 'son', 'sons', 'daughter', 'daughters', 'grandkids', 'grandchildren']);
const NAMED_AS = new Set(['called', 'named', 'addressed', 'known', 'referred']);
/** "wants to", "would like to", "is hoping to", "'d love to" after the user as subject. */
const wishAfter = (tokens: readonly QToken[], i: number) => {
  let k = i;
  while (tokens[k] && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k++;
  if (tokens[k] === undefined || !WISH_VERBS.has(tokens[k]!.lemma) || tokens[k + 1]?.low !== 'to') return false;
  // "she likes to be called Cel", "he'd like to be addressed as Dr": how she is named, not a wish.
  if (tokens[k + 2]?.lemma === 'be' && NAMED_AS.has(tokens[k + 3]?.low ?? '')) return false;
  return !(tokens[0]?.low === 'would' && OFFERED.has(tokens[k + 2]?.lemma ?? ''));
};
/** Verbs of doing something for someone: "could she advise us?", "can he explain...?" ask what the user can do. */
const ABILITY_VERBS = new Set([
  'do',
  'explain',
  'advise',
  'help',
  'teach',
  'design',
  'build',
  'fix',
  'make',
  'bake',
  'cook',
  'write',
  'translate',
  'draw',
  'paint',
  'illustrate',
  'review',
  'tune',
  'repair',
  'mentor',
  'coach',
  'present',
  'lead',
  'handle',
  'sing',
  'play',
  'debug',
  'optimise',
  'optimize',
  'train',
  'recommend',
]);
/** "could she ...", "can he ...": the user as the subject of a request, with a verb of doing. */
const ability = (tokens: readonly QToken[]) => {
  const first = tokens[0]?.low;
  if (first !== 'could' && first !== 'can' && first !== 'would') return false;
  const subject = tokens[1];
  if (!subject || !(USER_SUBJECTS.has(subject.low) || (subject.pos === 'PROPN' && subject.low !== 'i'))) return false;
  const verb = tokens[2];
  return verb !== undefined && verb.pos === 'VERB' && ABILITY_VERBS.has(verb.lemma);
};
const WORKPLACE = new Set(['work', 'job', 'office', 'living', 'workplace']);
/** Bodies one works for ("what does she actually do for the council?", "… at the hospital?"). */
const WORK_BODIES = new Set([
  'council',
  'company',
  'firm',
  'agency',
  'charity',
  'government',
  'ministry',
  'nhs',
  'trust',
  'airline',
  'hospital',
  'bank',
  'army',
  'navy',
  'police',
  'university',
  'startup',
  'business',
]);
/** Places of study one is "with" as a student, not an employer. */
const STUDY_PLACES = new Set(['uni', 'university', 'college', 'school', 'course', 'academy']);
const WORK_TIMES = new Set(['work', 'start', 'finish', 'available', 'free', 'online', 'office', 'shift']);
/** Adverbs of habit: "what time does she usually …" asks for the time she keeps. */
const USUALLY = new Set(['usually', 'normally', 'typically', 'generally']);
/** Verbs of setting off for the day or knocking off ("get going", "leave", "head off", "clock on"). */
const SETTING_OFF = new Set(['get', 'leave', 'head', 'set', 'clock', 'knock']);
const ACTIVITY_TIME = new Set(['on', 'at', 'in', 'during', 'after', 'before', 'over', 'most', 'every']);
/** Words of free time besides the calendar's ("on his days off", "in her spare time", "at lunch"). */
const FREE_TIME = new Set(['day', 'days', 'off', 'free', 'spare', 'time', 'break', 'breaks', 'lunch', 'lunchtime', 'leave']);
/** "do" as the main verb after its subject ("what does she (actually) do"), not "hate doing". */
const mainDo = (tokens: readonly QToken[], i: number) => {
  if (tokens[i]!.lemma !== 'do' || tokens[i]!.low.endsWith('ing')) return false;
  let k = i - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  const subject = tokens[k];
  // ("whats lee actually do at the garage": a name in lower case may be tagged as an adjective, right after "does".)
  const named = subject?.pos === 'ADJ' && tokens[k - 1]?.lemma === 'do' && tokens[k - 1]?.pos === 'AUX';
  return (
    subject !== undefined && (['PRON', 'PROPN', 'NOUN'].includes(subject.pos) || named) && tokens.slice(0, k).some((t) => t.lemma === 'do' && t.pos === 'AUX')
  );
};
const end = (tokens: readonly QToken[], i: number) => i >= tokens.length || tokens[i]!.punct;
/** "what does she do …" with what follows "do" passing `after` (given the index of "do"). */
const whatDoes = (tokens: readonly QToken[], after: (i: number) => boolean) => whatAlone(tokens) && tokens.some((_, i) => mainDo(tokens, i) && after(i));
/** "in esports", "on the farm", "at the mosque": where a job or a role is held, said after "do" — not a time ("on Saturdays"). */
const FIELD_PREPOSITIONS = new Set(['in', 'on', 'at']);
const fieldAfter = (tokens: readonly QToken[], at: number): boolean => {
  // ("what does Caoimhe actually do out at the airport?": a particle before the place.)
  const from = PLACE_PARTICLES.has(tokens[at]?.low ?? '') ? at + 1 : at;
  return FIELD_PREPOSITIONS.has(tokens[from]?.low ?? '') && !timeAfter(tokens, from + 1) && !tokens.slice(from).some((t) => LEISURE_ADVERBS.has(t.low));
};
/** The rest of the clause names a time ("on Saturdays", "at weekends", "on his days off"), not a place or a field ("on the farm"). */
const timeAfter = (tokens: readonly QToken[], from: number) => {
  for (let i = from; !end(tokens, i); i++) if (isDateWord(tokens[i]!.low) || FREE_TIME.has(tokens[i]!.low)) return true;
  return false;
};
/** Verbs of earning ("does he earn / make anything on the side?"). */
const EARNING = new Set(['earn', 'make']);
/** What is paid or earned by a job: "for money", "to pay the bills". */
const PAY_NOUNS = new Set(['money', 'cash', 'income', 'pay', 'wage', 'wages', 'salary', 'bill', 'bills', 'rent', 'paycheck', 'paycheque']);
/** Words that only say how long or how often ("all day", "every day", "day to day"). */
const SPAN_WORDS = new Set(['all', 'whole', 'every', 'day', 'days', 'to']);
/** "for money", "at work", "in her job" — not "after work", "outside work", "besides work". */
const JOB_PREPOSITIONS = new Set(['for', 'at', 'in']);
const LEISURE_ADVERBS = new Set(['outside', 'besides', 'after', 'before', 'off']);
/** Where or when a job is held, said after "do" ("what does he do out there / over in Dubai / these days / now?"). */
const WHERE_NOW = new Set(['there', 'abroad', 'overseas', 'now', 'nowadays', 'currently']);
/** Particles before a place ("out there", "over in Dubai", "up in Leeds"). */
const PLACE_PARTICLES = new Set(['out', 'over', 'up', 'down', 'back']);
/**
 * The rest of the clause after "do" names only the setting of a job — its place or its pay, with words of
 * span between ("for money", "all day at work", "at the office") — and at least one of them: "what does she do
 * on Saturdays?", "… after work?" (a time of leisure) and "… with her money?" (a thing) are not about the job.
 */
const jobSetting = (tokens: readonly QToken[], from: number) => {
  let named = false;
  for (let i = from; !end(tokens, i); i++) {
    const t = tokens[i]!;
    if (
      WORKPLACE.has(t.lemma) ||
      (WORK_BODIES.has(t.low) && JOB_PREPOSITIONS.has(tokens[i - 1]?.low === 'the' ? (tokens[i - 2]?.low ?? '') : (tokens[i - 1]?.low ?? ''))) ||
      PAY_NOUNS.has(t.low) ||
      WHERE_NOW.has(t.low) ||
      (t.pos === 'PROPN' && tokens[i - 1]?.low === 'in') ||
      (t.low === 'days' && tokens[i - 1]?.low === 'these')
    )
      named = true;
    else if (!(
      SPAN_WORDS.has(t.low) ||
      PLACE_PARTICLES.has(t.low) ||
      JOB_PREPOSITIONS.has(t.low) ||
      (t.pos === 'ADV' && !LEISURE_ADVERBS.has(t.low)) ||
      t.pos === 'DET'
    ))
      return false;
  }
  return named;
};
const has = (tokens: readonly QToken[], low: string) => tokens.some((t) => t.low === low);
/** "what time does / do …": when the user does something, as a habit (not "what time is it there?", nor "did"). */
const whatTimeDoes = (tokens: readonly QToken[]) =>
  tokens.some(
    (t, i) =>
      t.low === 'what' &&
      tokens[i + 1]?.low === 'time' &&
      (tokens[i + 2]?.low === 'does' ||
        tokens[i + 2]?.low === 'do' ||
        // ("till what time is he usually at work": the user's own hours, said with "is".)
        ((tokens[i + 2]?.low === 'is' || tokens[i + 2]?.low === 'are') && USER_SUBJECTS.has(tokens[i + 3]?.low ?? ''))),
  );
/** Words after "from" that are no home town ("is she from work?", "… from home today"). */
const NOT_ORIGINS = new Set(['work', 'home', 'school', 'uni', 'college', 'church', 'office', 'here', 'there', 'abroad', 'overseas']);
/** "she's from seoul", "is he from the Philippines": the user (not "the parcel") said to be from a named place. */
const fromPlace = (tokens: readonly QToken[], i: number) => {
  const before = tokens[i - 1]?.lemma === 'be' ? tokens[i - 2] : tokens[i - 1];
  if (!before || !(USER_SUBJECTS.has(before.low) || before.low === 'originally') || !tokens.some((t) => t.pos === 'AUX' && t.lemma === 'be')) return false;
  const next = tokens[i + 1]?.low === 'the' ? tokens[i + 2] : tokens[i + 1];
  return next !== undefined && (next.pos === 'PROPN' || (next.pos === 'NOUN' && tokens[i + 1] === next)) && !NOT_ORIGINS.has(next.low);
};
/** "what" standing for the thing asked ("what does she do?"), not "what dance form". */
const whatAlone = (tokens: readonly QToken[]) => tokens.some((t) => t.low === 'what' && t.pos === 'PRON');
const lastWord = (tokens: readonly QToken[]) => {
  for (let i = tokens.length - 1; i >= 0; i--) if (!tokens[i]!.punct) return i;
  return -1;
};

/** Phrases that close a question with when it holds ("which school is she at these days?"). */
const NOW_TAILS: readonly (readonly string[])[] = [
  ['these', 'days'],
  ['right', 'now'],
  ['now'],
  ['nowadays'],
  ['currently'],
  ['at', 'the', 'moment'],
  ['at', 'present'],
];

/** The last word before a closing "these days", "now", "at the moment": "at" of "which school is she at these days?". */
const lastBeforeNow = (tokens: readonly QToken[]) => {
  const last = lastWord(tokens);
  for (const tail of NOW_TAILS) {
    const from = last - tail.length + 1;
    if (from > 0 && tail.every((w, k) => tokens[from + k]?.low === w)) return from - 1;
  }
  return last;
};

const SHAPES: readonly Shape[] = [
  {
    concept: 'location',
    // "where is he (right now / these days)?": where the user is
    test: (ts) =>
      ts[0]?.low === 'where' &&
      ts[1]?.lemma === 'be' &&
      ['PRON', 'PROPN'].includes(ts[2]?.pos ?? '') &&
      ts.slice(3).every((t) => t.punct || t.pos === 'ADV' || t.pos === 'ADJ' || t.low === 'now'),
  },
  {
    concept: 'personality',
    // "what's Tomás like?", "what is the user like?": the user's character
    test: (ts) => {
      const last = lastWord(ts);
      return ts[0]?.low === 'what' && last > 2 && ts[last]!.low === 'like' && ts[1]!.lemma === 'be' && ts[last - 1]!.pos !== 'VERB';
    },
  },
  {
    concept: 'expertise',
    // "could she advise our clinic on...?", "could they do the art for our mascot?": what the user can do
    test: ability,
  },
  {
    concept: 'nickname',
    // "what should I call her?", "how do I address him (when I write)?"
    // ("what should I call her in the card?": the question opens "what should I call")
    test: (ts) =>
      (has(ts, 'what') || has(ts, 'how')) &&
      ts.some(
        (t, i) =>
          ((t.lemma === 'call' && (end(ts, i + 2) || (ts[0]!.low === 'what' && ts[2]?.low === 'i' && i === 3))) || t.lemma === 'address') &&
          USER_OBJECTS.has(ts[i + 1]?.low ?? ''),
      ),
    replaces: ['schedule', 'location', 'voice', 'field:hearing'],
  },
  {
    concept: 'schedule',
    // "when does he finish work?", "when is she at work?", "when does she start?" (not "when did she start at X")
    test: (ts) => has(ts, 'when') && ts.some((t) => WORK_TIMES.has(t.lemma)) && !has(ts, 'did'),
  },
  {
    concept: 'schedule',
    // "what time does he normally knock off work?", "what time does she start?": the hours she keeps, not the time where she is
    // ("what time does he usually get going in the morning?": a time said as a habit is the hours kept too.)
    test: (ts) =>
      whatTimeDoes(ts) && (ts.some((t) => WORK_TIMES.has(t.lemma)) || (ts.some((t) => USUALLY.has(t.low)) && ts.some((t) => SETTING_OFF.has(t.lemma)))),
    replaces: ['timezone'],
  },
  {
    concept: 'tenure',
    // "when did she start at Rutas Verdes?", "when did he join?": how long in the job
    test: (ts) => has(ts, 'when') && has(ts, 'did') && ts.some((t) => t.lemma === 'start' || t.lemma === 'join' || t.lemma === 'begin'),
  },
  {
    concept: 'age',
    test: (ts) => has(ts, 'when') && has(ts, 'born'),
  },
  {
    concept: 'origin',
    test: (ts) => has(ts, 'where') && has(ts, 'born'),
    replaces: ['age'],
  },
  {
    concept: 'family',
    // "buying presents for her kids, what ages are they?": ages in the plural beside children are theirs, which the
    // household says, not the user's own age.
    test: (ts) => ts.some((t) => t.low === 'ages') && ts.some((t) => CHILD_WORDS.has(t.lemma) || CHILD_WORDS.has(t.low)),
    replaces: ['age'],
  },
  {
    concept: 'work',
    // "what does she do?", "what does Rohan do for a living" (the phrase table has the rest), and "do" with only
    // the setting of a job after it: "what do they do for money?", "what does Mira actually do all day at work?"
    test: (ts) => whatDoes(ts, (i) => end(ts, i + 1) || jobSetting(ts, i + 1) || fieldAfter(ts, i + 1)),
    replaces: ['money'],
  },
  {
    concept: 'education',
    // "where did she do her paramedic training?", "what nursing training did she do back home?": a training for a trade, done,
    // is an education (not a train to ride, nor training for a race still to come).
    test: (ts) =>
      has(ts, 'did') &&
      // (A word before it that names the trade: "her training" has a pronoun there.)
      ts.some((t, i) => t.low === 'training' && i > 0 && ['NOUN', 'ADJ', 'PROPN'].includes(ts[i - 1]!.pos)),
    replaces: ['commute', 'learning'],
  },
  {
    concept: 'location',
    // "which part of the world does she call home these days?", "where does he call home?": where the user lives (not a
    // phone call).
    test: (ts) => ts.some((t, i) => t.lemma === 'call' && ts[i + 1]?.low === 'home' && end(ts, i + 2 + (ts[i + 2]?.low === 'these' ? 2 : 0))),
    replaces: ['field:hearing', 'contact'],
  },
  {
    concept: 'sideline',
    // "does he earn anything on the side?", "is she making a bit of money on the side?": work for money beside the job
    // (not "studying anything on the side").
    test: (ts) =>
      ts.some((t, i) => t.low === 'on' && ts[i + 1]?.low === 'the' && ts[i + 2]?.low === 'side') &&
      ts.some((t) => EARNING.has(t.lemma) || PAY_NOUNS.has(t.low)),
    replaces: ['money', 'goals', 'current'],
  },
  {
    concept: 'tools',
    // "what does he use for data pipelines?", "what does she use to model structures?"
    test: (ts) => has(ts, 'what') && ts.some((t) => t.lemma === 'use' && t.pos === 'VERB'),
  },
  {
    concept: 'work',
    // "what did he do before he went back to training?", "what did she do before teaching?", "what was she doing before
    // she started the truck?": the job held before.
    test: (ts) =>
      whatAlone(ts) &&
      ts.some(
        (t, i) =>
          ts[i + 1]?.low === 'before' &&
          ((has(ts, 'did') && mainDo(ts, i)) || (t.low === 'doing' && (ts[i - 2]?.low === 'was' || ts[i - 2]?.low === 'were') && ts[i - 1]?.pos !== 'NOUN')),
      ),
  },
  {
    concept: 'interests',
    // "what does she do on Saturday mornings?", "what does he do at weekends?": a pastime, not a job
    // ("what does she do on the farm?" is left to the words)
    test: (ts) =>
      whatDoes(
        ts,
        (i) =>
          ACTIVITY_TIME.has(ts[i + 1]?.low ?? '') &&
          timeAfter(ts, i + 2) &&
          !(ts[i + 1]!.low === 'before' && has(ts, 'did')) &&
          !ts.slice(i + 1).some((n) => WORKPLACE.has(n.lemma)),
      ),
  },
  {
    concept: 'company',
    // "where does she work?", "where does she cook / teach / practise?": her workplace
    // ("where does the user work?": the tagger may read "user work" as a compound noun)
    test: (ts) => has(ts, 'where') && ts.some((t, i) => WORK_VERBS.has(t.lemma) && (t.pos === 'VERB' || (i === lastWord(ts) && has(ts, 'does')))),
    replaces: ['food', 'learning'],
  },
  {
    concept: 'company',
    // "which surgery is he at?", "what school does she teach at?", "which paper is she with these days?": the place the user
    // is at, by its kind (not where something was done: "which hospital did she have the c-section at?", "which gym did he
    // give the talk at?")
    test: (ts) => {
      const last = lastBeforeNow(ts);
      const subject = ts.findIndex((t) => USER_SUBJECTS.has(t.low));
      return (
        last > 2 &&
        (ts[0]?.low === 'which' || ts[0]?.low === 'what') &&
        ts[1]?.pos === 'NOUN' &&
        // ("with" right after her: "which paper is she with?", not "which club does she train with?", "which uni is he with?")
        (ts[last]!.low === 'at' || (ts[last]!.low === 'with' && last === subject + 1 && !STUDY_PLACES.has(ts[1]!.low))) &&
        subject >= 0 &&
        !ts.slice(subject + 1, last).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
      );
    },
    takes: () => 1,
  },
  {
    concept: 'diet',
    // "does he eat eggs?", "would she eat a steak tartare?": what the user eats
    test: (ts) => ['does', 'do', 'would', 'will', 'can', 'could', 'is'].includes(ts[0]?.low ?? '') && ts.some((t) => t.lemma === 'eat' && t.pos === 'VERB'),
  },
  {
    concept: 'fandom',
    test: (ts) => has(ts, 'who') && ts.some((t) => FAN_VERBS.has(t.lemma) && t.pos === 'VERB'),
  },
  {
    concept: 'origin',
    // "where is she from?", "where's he from originally?", "which town is she from back in Nigeria?", "… from upcountry?";
    // "where's home for her back in mexico?" (where the user's home is, in the country left); "is she from seoul?", "he's
    // from leeds right?" (a home town guessed, which the stored one confirms or corrects).
    test: (ts) =>
      (ts.some((t, i) => t.low === 'from' && (end(ts, i + 1) || ['originally', 'back', 'upcountry'].includes(ts[i + 1]!.low))) &&
        ts.some((t) => t.pos === 'AUX' && t.lemma === 'be')) ||
      ts.some((t, i) => t.low === 'from' && fromPlace(ts, i)) ||
      (has(ts, 'where') &&
        has(ts, 'home') &&
        ts.some((t, i) => t.low === 'back' && ts[i + 1]?.low === 'in' && (ts[i + 2]?.pos === 'PROPN' || ts[i + 2]?.pos === 'NOUN'))),
  },
  {
    concept: 'interests',
    test: (ts) => ts.some((t, i) => t.low === 'into' && end(ts, i + 1)),
  },
  {
    concept: 'current',
    // "what's he making at the moment?", "what is she organising?": what they are in the middle of
    test: (ts) =>
      ts[0]?.low === 'what' &&
      ts[1]?.lemma === 'be' &&
      ts[2]?.pos === 'PRON' &&
      ((ts[3]?.pos === 'VERB' &&
        ts[3]!.low.endsWith('ing') &&
        !WISH_VERBS.has(ts[3]!.lemma) &&
        // "what's she working towards?": an aim, not what she is in the middle of.
        !TOWARDS.has(ts[4]?.low ?? '')) ||
        // "what is he up to these days?": the same, said with "up to".
        (ts[3]?.low === 'up' && ts[4]?.low === 'to')),
  },
  {
    concept: 'current',
    // "what's got her so busy at the mo?", "what has him stressed at work?": what keeps the user occupied now.
    test: (ts) =>
      ts[0]?.low === 'what' &&
      ts.some(
        (t, i) =>
          (t.lemma === 'get' || t.lemma === 'have') &&
          USER_OBJECTS.has(ts[i + 1]?.low ?? '') &&
          OCCUPIED.has((INTENSIFIERS.has(ts[i + 2]?.low ?? '') ? ts[i + 3] : ts[i + 2])?.low ?? ''),
      ),
    replaces: ['schedule', 'company'],
  },
  {
    concept: 'goals',
    // "she wants to ...", "would he like to ...", "what is he hoping to achieve": the user's wishes, not the asker's
    test: (ts) => ts.some((t, i) => USER_SUBJECTS.has(t.low) && wishAfter(ts, i + 1)),
  },
  {
    concept: 'work',
    // "what's hemi's rank?", "what's jojo's rank on the ship?": the title held in a service (not "what rank is he in apex?").
    test: (ts) => ts[0]?.low === 'what' && ts.some((_, i) => titleRankAt(ts, i)),
    takes: (ts) => ts.findIndex((_, i) => titleRankAt(ts, i)),
  },
  {
    concept: 'money',
    // "how much is he on an hour?", "how much is she on now?": what the user is paid.
    test: (ts) => ts[0]?.low === 'how' && ts[1]?.low === 'much' && ts[2]?.lemma === 'be' && USER_SUBJECTS.has(ts[3]?.low ?? '') && ts[4]?.low === 'on',
    replaces: ['schedule'],
  },
  {
    concept: 'goals',
    // "what's he after once the doctorate's done?", "what is she after career-wise?": what the user wants.
    test: (ts) =>
      ts[0]?.low === 'what' &&
      ts[1]?.lemma === 'be' &&
      USER_SUBJECTS.has(ts[2]?.low ?? '') &&
      ts[3]?.low === 'after' &&
      (end(ts, 4) || AFTER_THEN.has(ts[4]!.low) || ts[4]!.pos === 'ADV'),
    replaces: ['work'],
  },
  {
    concept: 'goals',
    // "what job is he aiming for next?", "is she gunning for the left seat?": what the user is after.
    test: (ts) => ts.some((t, i) => USER_SUBJECTS.has(t.low) && ts.slice(i + 1).some((u, k) => AIMING.has(u.low) && AIM_AT.has(ts[i + 2 + k]?.low ?? ''))),
    replaces: ['work'],
  },
  {
    concept: 'interests',
    // "what does she like doing when she gets a minute?", "what does he enjoy doing?": a pastime.
    test: (ts) => whatAlone(ts) && ts.some((t, i) => FONDNESS.has(t.lemma) && t.pos === 'VERB' && ts[i + 1]?.low === 'doing'),
    replaces: ['goals'],
  },
  {
    concept: 'interests',
    // "what does she do for fun when she's not flying?", "what does he do to unwind?": a pastime.
    test: (ts) =>
      whatDoes(
        ts,
        (i) => (ts[i + 1]?.low === 'for' && FOR_PLEASURE.has(ts[i + 2]?.low ?? '')) || (ts[i + 1]?.low === 'to' && UNWINDING.has(ts[i + 2]?.low ?? '')),
      ),
    replaces: ['goals', 'work'],
  },
  {
    concept: 'communication',
    // "how should I run a meeting with her?", "how do I explain this to him?": how to deal with the user
    test: (ts) =>
      ts[0]?.low === 'how' &&
      ['should', 'do', 'can', 'could', 'would'].includes(ts[1]?.low ?? '') &&
      ts[2]?.low === 'i' &&
      ts.slice(3).some((t) => USER_OBJECTS.has(t.low)),
  },
  {
    concept: 'tools',
    test: (ts) => {
      const last = lastWord(ts);
      return (
        last > 0 &&
        has(ts, 'what') &&
        ts[last]!.pos === 'ADP' &&
        ['in', 'with', 'on', 'using'].includes(ts[last]!.low) &&
        ts.some((t) => t.pos === 'VERB' && t.lemma !== 'be') &&
        !ts.some((t) => t.pos === 'VERB' && CODING_VERBS.has(t.lemma))
      );
    },
  },
  {
    concept: 'programming',
    test: (ts) => {
      const last = lastWord(ts);
      return last > 0 && has(ts, 'what') && ts[last]!.pos === 'ADP' && ts.some((t, i) => t.pos === 'VERB' && CODING_VERBS.has(t.lemma) && !addressed(ts, i));
    },
  },
];

const TOWARDS = new Set(['towards', 'toward']);
/** A rank held in a service, no modifier before it ("his shogi rank" is a measure). */
const titleRankAt = (ts: readonly QToken[], i: number) => serviceRank(ts, i) && ts[i - 1]?.pos !== 'NOUN' && ts[i - 1]?.pos !== 'ADJ';
const AIMING = new Set(['aiming', 'gunning', 'angling', 'pushing']);
/** What may follow "what's he after": a time ("once", "when") or a field ("career-wise"). */
const AFTER_THEN = new Set(['once', 'when', 'after', 'next', 'long', 'career-wise', 'career', 'workwise', 'work-wise']);
const AIM_AT = new Set(['for', 'at']);
const FOR_PLEASURE = new Set(['fun', 'kicks', 'pleasure', 'enjoyment', 'relaxation']);
const UNWINDING = new Set(['unwind', 'relax', 'chill']);
const FONDNESS = new Set(['like', 'love', 'enjoy']);
const OCCUPIED = new Set(['busy', 'stressed', 'worried', 'occupied', 'swamped', 'snowed', 'tied', 'run']);
const INTENSIFIERS = new Set(['so', 'really', 'that', 'properly', 'very']);
/** "write to him", "write her": a verb addressed to the user is a message, not code ("what language should I write to him in?"). */
const addressed = (ts: readonly QToken[], i: number) =>
  USER_OBJECTS.has(ts[i + 1]?.low ?? '') || (ts[i + 1]?.low === 'to' && USER_OBJECTS.has(ts[i + 2]?.low ?? ''));

/** The concepts the question's shape names, and those it rules out. */
export function shapeConcepts(tokens: readonly QToken[]): { add: number[]; remove: number[]; takes: Map<number, number> } {
  const shapes = SHAPES.filter((s) => s.test(tokens));
  const takes = new Map<number, number>();
  for (const s of shapes) if (s.takes) takes.set(s.takes(tokens), conceptId(s.concept));
  return { add: shapes.map((s) => conceptId(s.concept)), remove: shapes.flatMap((s) => (s.replaces ?? []).map(conceptId)), takes };
}
