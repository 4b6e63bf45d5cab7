import { ACTIVITIES, KITCHEN_KIT } from '../lexicon/activities.js';
import { PLACES } from '../lexicon/places.js';
import { OCCUPATIONS, PETS } from '../lexicon/people.js';
import { BEAUTY_TRADES } from '../lexicon/work.js';
import { DAY_NAMES, DAY_SHORT, saysRoutine } from '../time.js';
import { capitalised, spanText, type Token } from '../../nlp/wink.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import { dropHead, objectAfter, travelledInto, writtenAsName } from '../values.js';

/** Interests and hobbies: what the user loves doing, follows, collects or plays. */

const OCCUPATION_HEADS = new Set([
  'manager',
  'engineer',
  'developer',
  'teacher',
  'driver',
  'officer',
  'worker',
  'user',
  'customer',
  'member',
  'partner',
  'owner',
  'leader',
  'player',
]);
const FAN_HEADS = new Set([
  'tragic',
  'fan',
  'lover',
  'nerd',
  'geek',
  'enthusiast',
  'buff',
  'addict',
  'junkie',
  'fanatic',
  'collector',
  'hobbyist',
  'devotee',
  'obsessive',
  'aficionado',
  'diehard',
  'nut',
  'freak',
  'head',
]);
const INTENSIFIERS = [
  'massive',
  'huge',
  'big',
  'avid',
  'keen',
  'lifelong',
  'diehard',
  'die',
  'hard',
  'die-hard',
  'total',
  'absolute',
  'self-confessed',
  'proper',
  'mad',
  'serious',
  'hardcore',
  'casual',
  'amateur',
  'bit',
  'of',
  'a',
  'an',
  'the',
  'such',
  'real',
];
const WRITING_STYLE_HEADS: ReadonlySet<string> = new Set(['tone', 'answers', 'replies', 'responses', 'explanations', 'summaries', 'spelling', 'formatting']);

const NOT_INTERESTS = new Set([
  'it',
  'this',
  'that',
  'them',
  'you',
  'when',
  'how',
  'the idea',
  'idea',
  'job',
  'work',
  'life',
  'answers',
  'answer',
  'replies',
  'responses',
  'explanations',
  'list',
  'lists',
  'format',
  'help',
  'advice',
  'feedback',
  'suggestions',
  'tips',
  'ideas',
  'options',
  'option',
  'one',
  'things',
  'stuff',
  'everything',
  'anything',
  'something',
  'nothing',
  'lot',
  'bit',
  'way',
  'people',
  'person',
  'him',
  'her',
  'me',
  'us',
  'there',
  'here',
  'kids',
  'family',
  'wife',
  'husband',
  'partner',
]);
const HABIT = new Set([
  'every',
  'most',
  'weekends',
  'weekend',
  'regularly',
  'often',
  'daily',
  'weekly',
  'fun',
  'hobby',
  'religiously',
  'whenever',
  'sundays',
  'saturdays',
  'evenings',
  'mornings',
  'nights',
]);

/** "got hooked on", "got obsessed with": told in the past, still holds (interests.got-hooked). */
const gotHooked = (clause: ValueContext['clause']) =>
  clause.some((t, k) => (t.low === 'got' || t.low === 'gotten') && ['hooked', 'obsessed', 'addicted'].includes(clause[k + 1]?.low ?? ''));

/** An activity said as a bare verb takes its object along: "write fantasy short stories", "paint miniatures". */
function withObject(v: ValueContext): string {
  const last = v.tokens[v.tokens.length - 1]!;
  if (v.tokens.length !== 1 || last.pos !== 'VERB') return v.text;
  const at = v.clause.indexOf(last);
  const object: string[] = [];
  for (let k = at + 1; k < v.clause.length && object.length < 4; k++) {
    const t = v.clause[k]!;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') break;
    object.push(t.text);
  }
  if (object.length > 0 && ['NOUN', 'PROPN'].includes(v.clause[at + object.length]!.pos)) return `${last.text} ${object.join(' ')}`;
  // ("I swim in the sea all year round": where the activity is done, a thing of nature, goes with it.)
  const where = v.clause[at + 1]?.low === 'in' && v.clause[at + 2]?.low === 'the' ? v.clause[at + 3] : undefined;
  return where !== undefined && OUTDOORS.has(where.low) ? `${last.text} in the ${where.text}` : v.text;
}

/** Waters and wilds an activity is done in ("swim in the sea", "run in the hills"). */
const OUTDOORS: ReadonlySet<string> = new Set(['sea', 'ocean', 'lake', 'river', 'loch', 'lough', 'hills', 'mountains', 'woods', 'forest', 'snow']);

/** "I write mostly Go at work": a bare activity verb whose object (past any adverbs) is a name does something else. */
function namedObject(v: ValueContext): boolean {
  const last = v.tokens[v.tokens.length - 1]!;
  if (v.tokens.length !== 1 || last.pos !== 'VERB') return false;
  const object = objectAfter(v.clause, v.clause.indexOf(last) + 1, v.clause.length);
  return object !== undefined && writtenAsName(object);
}

const WEEKDAYS = /^(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weeknights)$/;

/** "been knitting for years", "been ringing since 2009": kept up for years, which is a pastime's mark. */
function forYears(clause: ValueContext['clause']): boolean {
  if (!clause.some((t) => t.low === 'been')) return false;
  return clause.some(
    (t, k) =>
      (t.low === 'for' && clause.slice(k + 1, k + 4).some((u) => YEARS.has(u.low))) ||
      (t.low === 'since' &&
        (/^(?:19|20)\d\d$/.test(clause[k + 1]?.text ?? '') || ['i', 'uni', 'school', 'childhood', 'forever'].includes(clause[k + 1]?.low ?? ''))),
  );
}
const YEARS: ReadonlySet<string> = new Set(['years', 'yrs', 'decades', 'ages', 'donkeys']);
const SPARE_TIME: ReadonlySet<string> = new Set(['time', 'moment', 'moments', 'evenings', 'weekends', 'days', 'hours', 'afternoons', 'mornings']);

/** Where the day's work is done, after "outside" ("outside work", "outside the lab", "outside my day job"; any "outside of …"). */
const WORK_SETTINGS: ReadonlySet<string> = new Set([
  'work',
  'job',
  'lab',
  'office',
  'uni',
  'school',
  'college',
  'class',
  'classes',
  'shifts',
  'study',
  'studies',
  'hospital',
  'station',
  'practice',
]);
const outsideWork = (clause: ValueContext['clause'], k: number): boolean => {
  if (clause[k]?.low === 'of') return true;
  let i = k;
  if (['the', 'my', 'our'].includes(clause[i]?.low ?? '')) i++;
  if (clause[i]?.low === 'day' && clause[i + 1]?.low === 'job') i++;
  return WORK_SETTINGS.has(clause[i]?.low ?? '');
};

/** "all year round", "year-round", "all winter": kept up through the seasons. */
function yearRound(clause: ValueContext['clause']): boolean {
  return clause.some(
    (t, k) =>
      t.low === 'year-round' ||
      (t.low === 'round' && clause[k - 1]?.low === 'year') ||
      (t.low === 'all' && ['winter', 'summer', 'year'].includes(clause[k + 1]?.low ?? '')),
  );
}

/** Words that may follow a pastime said as what the user does ("I actually bake", "I knit too"). */
const AFTER_DONE: ReadonlySet<string> = new Set(['actually', 'too', 'also', 'really', 'mostly', 'myself', 'now', 'lol', 'haha']);

/**
 * "i actually bake — sourdough mostly", "I knit": a pastime said in the plain present with nothing after it is what the
 * user does as a rule (not "I've knitted 40 beanies", not "I swim to the island tomorrow").
 */
function doneAsSuch(v: ValueContext): boolean {
  if (v.tokens.length !== 1) return false;
  const done = v.tokens[0]!;
  const at = v.clause.indexOf(done);
  const before = v.clause[at - 1]?.low ?? '';
  const plain = done.low === done.lemma && done.pos === 'VERB';
  return plain && (before === 'i' || AFTER_DONE.has(before)) && v.clause.slice(at + 1).every((t) => t.pos === 'PUNCT' || AFTER_DONE.has(t.low));
}

/** The clause tells a habit: "every Sunday", "on tuesdays", "three times a week", "on the side", "outside the lab", "all year round". */
function habitual(clause: ValueContext['clause']): boolean {
  return (
    forYears(clause) ||
    yearRound(clause) ||
    saysRoutine(clause) ||
    clause.some(
      (t, k) =>
        HABIT.has(t.low) ||
        // "in my spare time", "free evenings": not "a spare key".
        ((t.low === 'spare' || t.low === 'free') && SPARE_TIME.has(clause[k + 1]?.low ?? '')) ||
        // "fishing on my rest days", "on my days off": the time off a shift pattern leaves.
        ((t.low === 'rest' || t.low === 'off') && (clause[k + 1]?.low === 'days' || clause[k + 1]?.low === 'day')) ||
        (t.low === 'days' && clause[k + 1]?.low === 'off') ||
        WEEKDAYS.test(t.low) ||
        ((t.low === 'times' || t.low === 'once' || t.low === 'twice') && ['a', 'per', 'each', 'every'].includes(clause[k + 1]?.low ?? '')) ||
        (t.low === 'on' && clause[k + 1]?.low === 'the' && clause[k + 2]?.low === 'side') ||
        (t.low === 'outside' && outsideWork(clause, k + 1)),
    )
  );
}

/**
 * "swimmer", "hillwalker", "runner": a word for one who does a pastime the activity table names ("swim", "hillwalking",
 * "running"), and no trade ("baker", "gardener", "driver").
 */
function pastimeDoer(head: string): boolean {
  if (!head.endsWith('er') || head.length < 5 || OCCUPATION_HEADS.has(head) || OCCUPATIONS.has(head)) return false;
  const base = head.slice(0, -2);
  const single = base.length >= 3 && base[base.length - 1] === base[base.length - 2] ? base.slice(0, -1) : base;
  return [single, `${single}ing`, `${base}ing`, `${single}e`].some((w) => w.length >= 3 && ACTIVITIES.has(w));
}

const fanOf = (v: ValueContext): string | undefined => {
  const last = v.tokens.length - 1;
  // ("I'm deputy head", "assistant head of year": a rank of a job before "head" makes it the job, not a fan.)
  if (v.tokens[last]?.low === 'head' && last > 0 && OCCUPATIONS.matchAt(v.tokens, last - 1) > 0) return undefined;
  if (FAN_HEADS.has(v.tokens[last]?.low ?? '')) return dropHead(INTENSIFIERS)(v);
  // ("huge swiftie fr", "ARMY since 2017", "lifelong Gooner": a fandom's own name says whose fan, whatever filler follows;
  // a name that is also a word ("army", "once") only alone and in capitals.)
  const at = v.tokens.findIndex((t, k) => FANDOMS.has(t.low) || (CAPS_FANDOMS.has(t.text) && v.tokens.length === 1 && k === 0));
  // (An emoji or a mark ends the fragment: "huge swiftie fr 🫶 help me …".)
  const after = v.tokens.slice(at + 1);
  const end = after.findIndex((t) => t.pos === 'X' || t.pos === 'PUNCT');
  if (at < 0 || after.slice(0, end < 0 ? after.length : end).some((t) => !FILLERS.has(t.low))) return undefined;
  const words = v.tokens.slice(0, at + 1).filter((t) => !INTENSIFIERS.includes(t.low));
  return words.length === 1 ? words[0]!.text : undefined;
};

/** Words that may close a fragment without adding to it ("huge swiftie fr"). */
const FILLERS: ReadonlySet<string> = new Set(['fr', 'tbh', 'ngl', 'lol', 'here', 'honestly', 'obviously', 'forever']);

/** Fans named by their fandom ("swiftie", "potterhead", "gooner"). */
const FANDOMS: ReadonlySet<string> = new Set(
  'swiftie swifties belieber beliebers directioner directioners arianator arianators beyhive barb barbz potterhead potterheads trekkie trekkies whovian whovians brony deadhead deadheads parrothead juggalo gooner gooners kopite kopites'.split(
    ' ',
  ),
);
/** Fandoms whose names are also words, read only as written in capitals ("ARMY since 2017"). */
const CAPS_FANDOMS: ReadonlySet<string> = new Set(['ARMY', 'BLINK', 'ONCE', 'CARAT', 'MOA', 'STAY']);

/** Groups the user sings or plays in. */
const MUSIC_GROUPS: ReadonlySet<string> = new Set('choir choirs chorus band orchestra ensemble quartet quintet trio group society consort schola'.split(' '));
/** What one does for years that is no pastime ("been working at Tesco", "been renting this flat", "been trying for a baby"). */
const NOT_PASTIMES: ReadonlySet<string> = new Set(
  'work live wait try use learn study teach take feel suffer deal struggle go do get look think save pay rent run manage own have be stay sleep eat drink smoke date see care look raise pray attend claim receive drive commute ask apply fight battle'.split(
    ' ',
  ),
);

/** Verbs whose object alone does not say the pastime ("restore old Minis", "breed ducks", "train dogs", "build guitars"). */
const DONE_TO: ReadonlySet<string> = new Set(['restore', 'breed', 'train', 'build']);

/** What fills time without being a pastime ("weekends are for sleeping", "evenings are all chores"). */
const UNFREE: ReadonlySet<string> = new Set([
  'sleep',
  'sleeping',
  'rest',
  'resting',
  'chore',
  'work',
  'working',
  'admin',
  'homework',
  'overtime',
  'nothing',
  'chaos',
  'mayhem',
  'madness',
  'carnage',
  'bedlam',
  'hell',
]);
/** Parts of the day that close what fills a slot of the week ("parkrun saturday morning"). */
const PARTS_OF_DAY: ReadonlySet<string> = new Set(['morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'night', 'nights']);

function interest(v: ValueContext): string | undefined {
  const first = v.tokens[0];
  if (!first || first.pos === 'PRON' || NOT_INTERESTS.has(first.low) || v.tokens.every((t) => NOT_INTERESTS.has(t.low))) return undefined;
  if (travelledInto(v.clause.slice(0, v.clause.indexOf(first)))) return undefined;
  if (v.tokens.length > 6) return undefined;
  // "I like a warm tone", "I like short answers": how the user likes to be written to, not a pastime.
  if (WRITING_STYLE_HEADS.has(v.tokens[v.tokens.length - 1]!.low)) return undefined;
  // "the hotter the better", "way better": a comparison, not a pastime.
  if (v.tokens.length === 1 && (first.pos === 'ADJ' || first.pos === 'ADV')) return undefined;
  if (
    v.tokens.some((t) => {
      const k = v.clause.indexOf(t);
      return k > 0 && v.clause[k - 1]!.low === 'the' && v.clause[k + 1]?.low === 'the';
    })
  )
    return undefined;
  return v.text;
}

/** "book club", "running club": a club named by what its members do. */
function clubName(v: ValueContext): string | undefined {
  const t = v.tokens[0]!;
  return t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB' ? `${v.text} club` : undefined;
}

/** "crochet keeps me sane", "the allotment keeps me going": a pastime named as what keeps the user well. */
const KEEPS_WELL = 'keep~|keeps|kept me sane|going|busy|grounded|calm|balanced|happy|fit|human|ticking';

const NOT_HAD: ReadonlySet<string> = new Set(['no', 'not', 'without', 'never']);

/** Every appliance the clause names, but those said not to be there ("No oven …, just a two-ring hob and an air fryer"). */
function kitchenKit(v: ValueContext): string | undefined {
  const out: string[] = [];
  let first = -1;
  for (let k = 0; k < v.clause.length; k++) {
    const n = KITCHEN_KIT.matchAt(v.clause, k);
    if (n === 0) continue;
    const before = v.clause.slice(Math.max(0, k - 3), k);
    if (!before.some((t) => NOT_HAD.has(t.low) || t.neg)) {
      if (first < 0) first = k;
      out.push(spanText(v.clause.slice(k, k + n)));
    }
    k += n - 1;
  }
  // (read once, from the first appliance the clause has)
  return out.length > 0 && first === v.clause.indexOf(v.tokens[0]!) ? out.join(', ') : undefined;
}

/** Animals kept that are no pets ("started keeping bees"). */
const KEPT: ReadonlySet<string> = new Set(['bees', 'hives', 'beehives', 'poultry', 'quail', 'pigs', 'sheep', 'goats', 'alpacas']);

/**
 * Whether the words name one who does a pastime ("plane spotter", "birdwatcher", "quilter"): the last word in -er, made the
 * pastime's "-ing" ("spotter" -> "spotting", "birder" -> "birding"), is an activity with the words before it or alone.
 */
export function pastimeAgent(words: readonly Token[]): boolean {
  const last = words[words.length - 1];
  if (!last || words.length > 3 || !/[a-z]{3}ers?$/.test(last.low)) return false;
  const base = last.low.replace(/ers?$/, '');
  return [`${base}ing`, `${base}${base.slice(-1)}ing`].some((ing) => {
    const made = { ...last, low: ing, lemma: ing, text: ing };
    return ACTIVITIES.matchAt([...words.slice(0, -1), made], 0) === words.length || ACTIVITIES.matchAt([made], 0) === 1;
  });
}

export const INTERESTS: readonly PatternSpec[] = [
  {
    // "I've got an air fryer and a slow cooker", "No oven in my studio, just a two-ring hob and an air fryer": the
    // kitchen the user cooks in (not someone else's: "my mum has a Thermomix").
    id: 'interests.kitchen-kit',
    match: 'have~|got|own~|use~|using|just a|an|my|our|the? .. {x:$kitchen_kit}',
    key: 'kitchen_equipment',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    negation: 'keep',
    list: true,
    value: kitchenKit,
  },
  {
    // "bought a 12V slow cooker for the cab", "just got an air fryer": kit bought is kit had (not a gift: "for my mum").
    id: 'interests.kitchen-kit-bought',
    match: 'bought|buy~|got|picked_up|treated_myself_to a|an|myself_a|myself_an .. {x:$kitchen_kit}',
    key: 'kitchen_equipment',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
    list: true,
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[v.tokens.length - 1]!);
      const rest = v.clause.slice(at + 1, at + 4).map((t) => t.low);
      return rest[0] === 'for' && ['my', 'our', 'his', 'her', 'their', 'a'].includes(rest[1] ?? '') && rest[2] !== 'cab' && rest[2] !== 'van'
        ? undefined
        : kitchenKit(v);
    },
  },
  {
    // "I've got an allotment and I'm drowning in courgettes", "we have a polytunnel": a pastime kept by having its place or kit.
    id: 'interests.have-kit',
    match: 'have~|got|own~|rent~|renting|taken|take~|took an|a|my|our|the {x:$pastime_kit}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    list: true,
  },
  {
    // "the stuff in my allotment shed", "my greenhouse": a pastime's place the user calls their own, asked about or not.
    id: 'interests.my-kit',
    match: 'my|our {x:$pastime_kit}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'we', 'none', 'other'],
    inQuestion: true,
    list: true,
  },
  {
    id: 'interests.keeps-me',
    match: `{x:$activity} ${KEEPS_WELL}`,
    key: 'interests',
    where: 'anywhere',
    subjects: ['other', 'none'],
    list: true,
    value: (v) => (v.clause.indexOf(v.tokens[0]!) <= 1 ? v.text : undefined),
  },
  {
    id: 'interests.mention',
    match:
      'love~|loving|like~|enjoy~|enjoying|adore~|into|obsessed|hooked|addicted|play~|playing|go~|going|practise~|practice~|practising|practicing|passionate ... {x:$activity}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    list: true,
    // "got hooked on X" is taken up, not given up: interests.took-up has it.
    value: (v) =>
      v.clause.some((t) => t.low === 'you' || t.low === 'used') || gotHooked(v.clause) || travelledInto(v.clause.slice(0, v.clause.indexOf(v.tokens[0]!)))
        ? undefined
        : v.text,
  },
  {
    // Taking something up is told in the past and still holds ("got into road cycling", "got hooked on Warhammer").
    id: 'interests.took-up',
    match: 'took_up|taken_up|started|picked_up|got|gotten|getting|get back? into ... {x:$activity}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    list: true,
    past: 'ok',
    value: (v) => (v.clause.some((t) => t.low === 'you' || t.low === 'used') ? undefined : v.text),
  },
  {
    // "I've taken up lawn bowls", "picked up crochet in lockdown": an activity taken up still holds.
    id: 'interests.taken-up',
    match: 'took_up|taken_up|taking_up|take_up|picked_up|picking_up {x:$activity}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    list: true,
    past: 'ok',
    value: (v) => (v.clause.some((t) => t.low === 'you' || t.low === 'used') ? undefined : v.text),
  },
  {
    // "started keeping bees this spring", "began keeping chickens": keeping animals for their own sake, taken up.
    id: 'interests.started-keeping',
    match: 'started|start~|began|begun keeping {x:np}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    list: true,
    past: 'ok',
    // (Animals, not "keeping a diary".)
    value: (v) => {
      const animal = v.tokens.findIndex((t, k) => PETS.matchAt(v.tokens, k) > 0 || KEPT.has(t.low));
      return v.tokens.length <= 3 && animal >= 0 && !v.clause.some((t) => t.low === 'you' || t.low === 'used')
        ? `keeping ${spanText(v.tokens.slice(0, animal + 1))}`
        : undefined;
    },
  },
  {
    // "As someone who boulders three times a week, …": the user describing themself.
    id: 'interests.as-someone-who',
    match: 'as_someone_who|as_a_person_who|as_one_who {x:$activity}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    value: (v) => (v.clause.some((t) => t.low === 'used') ? undefined : v.text),
  },
  {
    // "ive got really into growing chillies", "getting into bouldering": a pastime taken up.
    id: 'interests.got-into',
    match: 'got|gotten|getting|get .. into {x:list}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    list: true,
    past: 'ok',
    // (A pastime, said as one or as a thing done: not "got into uni", "got into town".)
    value: (v) => {
      const first = v.tokens[0];
      const pastime = first !== undefined && ((first.pos === 'VERB' && first.low.endsWith('ing')) || ACTIVITIES.matchAt(v.tokens, 0) > 0);
      return pastime && !v.clause.some((t) => t.low === 'you' || t.low === 'used') ? interest(v) : undefined;
    },
  },
  {
    id: 'interests.got-hooked',
    match: 'got|gotten|getting hooked|obsessed|addicted on|with|to {x:list}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    list: true,
    past: 'ok',
    value: interest,
  },
  {
    // "used to play guitar, these days its pottery", "now its mostly fishing off the pier"
    id: 'interests.its-now',
    match: 'its mostly|all|just|only? {x:$activity}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['other', 'none', 'self'],
    requires: 'current',
  },
  {
    // "used to do loads of home brewing but … so its mostly sourdough these days": what fills the time now, said after what
    // used to (any pastime, not only one the lexicon holds).
    id: 'interests.its-now-after-used-to',
    match: "it|its 's|is? mostly|all|just|only? {x:np} these_days|now|nowadays|instead",
    key: 'interests',
    where: 'anywhere',
    subjects: ['other', 'none', 'self'],
    list: true,
    past: 'ok',
    negation: 'keep',
    value: (v) => {
      const lows = v.sentence.map((t) => t.low);
      const usedTo = lows.some((w, k) => w === 'used' && lows[k + 1] === 'to');
      const at = v.clause.indexOf(v.tokens[0]!);
      const negated = v.clause.slice(Math.max(0, at - 3), at).some((t) => t.low === 'not' || t.low === "n't");
      return usedTo && !negated && v.tokens.length <= 3 ? v.text : undefined;
    },
  },
  {
    // "Weekends are for birding in the Kruger", "Saturday mornings are for parkrun", "these days my Saturdays are all parkrun", "weekends are parkrun then footy":
    // the free time of the week said by what fills it.
    id: 'interests.time-for',
    match: 'weekend|weekends|evening|evenings|mornings|saturday|saturdays|sunday|sundays|weeknights|nights be~ for|all|mostly|just? {x:list}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['other', 'none', 'self'],
    list: true,
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const slot = v.clause.slice(0, at).findLastIndex((t) => t.lemma === 'be') - 1;
      const before = v.clause[slot - 1];
      // (Not "the evenings are getting darker": the week's own free time, its activity named by a noun.)
      if (before?.low === 'the' || (v.tokens[0]!.pos === 'VERB' && v.clause[at - 1]?.low !== 'for')) return undefined;
      // (Nor "parkrun every saturday is the only thing keeping me sane": a thing, said of what came before.)
      if (UNFREE.has(v.tokens[0]!.lemma) || v.tokens.some((t) => t.lemma === 'thing')) return undefined;
      // (Mornings are free time only at the weekend: "mornings are for coffee and emails" is a workday.)
      if (v.clause[slot]?.low === 'mornings' && !['saturday', 'sunday', 'weekend'].includes(v.clause[slot - 1]?.low ?? '')) return undefined;
      const end = v.tokens.findIndex((t, k) => k > 0 && (DAY_NAMES.includes(t.low) || PARTS_OF_DAY.has(t.low)));
      const what = end > 0 ? v.tokens.slice(0, end) : v.tokens;
      return what.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB') ? interest({ ...v, tokens: what, text: spanText(what) }) : undefined;
    },
  },
  {
    // "climbing + surfing on days off", "running and swimming at weekends": pastimes said with the free time they fill.
    id: 'interests.in-free-time',
    match: '{x:list} on|at|in my|the? days|day|weekends|weekend|spare|free off|time?',
    key: 'interests',
    subjects: ['none'],
    list: true,
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1;
      const rest = v.clause.slice(at, at + 5).map((t) => t.low);
      const free = rest.includes('weekends') || rest.includes('weekend') || rest.includes('off') || rest.includes('time');
      const words = v.tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'CCONJ' && t.pos !== 'SYM' && t.text !== '+');
      const pastimes =
        words.length > 0 && words.every((t) => !UNFREE.has(t.lemma) && (ACTIVITIES.matchAt([t], 0) > 0 || (t.low.endsWith('ing') && t.low.length > 5)));
      // ("ground staff by day, plane spotter at weekends": one who does a pastime.)
      return free && (pastimes || pastimeAgent(words)) ? v.text : undefined;
    },
  },
  {
    // "I'm only halfway through Demon Copperhead", "currently reading The Overstory": a book under way, by its title.
    id: 'interests.reading-now',
    match: 'reading|through the? {x:name}',
    key: 'current_reading',
    where: 'anywhere',
    subjects: ['self', 'none'],
    bucket: 'dynamic',
    value: (v) => {
      // ("The Overstory": a title's own article, written with a capital, stays with it; "the Guardian" is no title.)
      const article = v.clause[v.clause.indexOf(v.tokens[0]!) - 1]!;
      const titled = article.text === 'The';
      if (article.low === 'the' && !titled) return undefined;
      const verb = titled ? v.clause[v.clause.indexOf(article) - 1]! : article;
      const lead = v.clause[v.clause.indexOf(verb) - 1]?.low ?? '';
      const reading =
        verb.low === 'reading' ? ['currently', 'now', 'am', "'m", 'been', 'still', 'started'].includes(lead) : ['halfway', 'midway', 'partway'].includes(lead);
      const title = v.tokens.every((t) => /^[A-Z]/.test(t.text)) && !v.tokens.some((t, k) => PLACES.matchAt(v.tokens, k) > 0);
      return reading && title ? (titled ? `The ${v.text}` : v.text) : undefined;
    },
  },
  { id: 'interests.love', match: 'love~|loving|enjoy~|adore~|like~|dig {x:list}', key: 'interests', list: true, value: interest },
  { id: 'interests.into', match: 'be~ .. into {x:list}', key: 'interests', list: true, value: interest },
  { id: 'interests.into-fragment', match: '.. into {x:list}', key: 'interests', list: true, subjects: ['none'], value: interest },
  {
    id: 'interests.things-into',
    match: 'things|stuff i be~ into :? {x:list}',
    key: 'interests',
    where: 'anywhere',
    list: true,
    subjects: ['none', 'self', 'other'],
    value: interest,
  },
  {
    id: 'interests.these-days',
    match: 'it be~ .. {x:$activity}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['other'],
    requires: 'current',
    // ("these days it's mostly choral singing": the kind said before the activity is part of it.)
    value: (v) => {
      let k = v.clause.indexOf(v.tokens[0]!);
      const first = k;
      while (k > 0 && first - k < 2 && (v.clause[k - 1]!.pos === 'ADJ' || v.clause[k - 1]!.pos === 'NOUN')) k--;
      return spanText(v.clause.slice(k, v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1));
    },
  },
  {
    id: 'interests.obsessed',
    match: 'obsessed|hooked|passionate|mad|crazy|nuts with|on|about {x:list}',
    key: 'interests',
    where: 'anywhere',
    list: true,
    value: (v) => (gotHooked(v.clause) ? undefined : interest(v)),
  },
  // "now I'm all about running", "Karaoke is life": what the user gives themselves to.
  { id: 'interests.all-about', match: 'be~ all about {x:list}', key: 'interests', list: true, value: interest },
  {
    id: 'interests.is-life',
    match: '{x:$activity} be~ life|my_life|everything',
    key: 'interests',
    where: 'anywhere',
    subjects: ['none', 'other', 'attr'],
    // (Not "work is life", nor someone else's: "his football is his life" has no "my".)
    value: (v) => (v.clause.indexOf(v.tokens[0]!) === 0 ? v.text : undefined),
  },
  { id: 'interests.fan', match: 'be~ a|an|such? {x:np}', key: 'interests', value: fanOf },
  // "I'm a wild swimmer", "I'm a hillwalker": the doer of a pastime (not of a trade: "I'm a baker").
  {
    id: 'interests.doer',
    match: 'be~ a|an {x:np}',
    key: 'interests',
    // (Not a trade: "I'm a meter reader".)
    value: (v) =>
      v.tokens.length <= 3 && pastimeDoer(v.tokens[v.tokens.length - 1]!.low) && !v.tokens.some((_, k) => OCCUPATIONS.matchAt(v.tokens, k) > 1)
        ? v.text
        : undefined,
  },
  { id: 'interests.fan-fragment', match: '{x:np}', key: 'interests', subjects: ['none'], value: fanOf },
  { id: 'interests.fan-of', match: 'fan of {x:list}', key: 'interests', where: 'anywhere', list: true, value: interest },
  // "RCB till I die", "Broncos till I die": a team followed for life, named as a fragment.
  {
    id: 'interests.till-i-die',
    // (The model makes "till I die" a clause of its own; the name is the last words before it.)
    match: '{x:np}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['none', 'self'],
    value: (v) => {
      const at = v.sentence.indexOf(v.tokens[v.tokens.length - 1]!);
      const rest = v.sentence.slice(at + 1, at + 4).map((t) => t.low);
      const forLife = ['till', 'until', 'til'].includes(rest[0] ?? '') && rest[1] === 'i' && rest[2] === 'die';
      return forLife && v.tokens.length <= 3 && v.tokens.every((t) => t.pos === 'PROPN' || capitalised(t)) ? v.text : undefined;
    },
  },
  {
    // "Birdwatcher for 40 years, just now getting into photography": one who does a pastime, said as a fragment with how long.
    id: 'interests.agent-for',
    match: '{x:np} for|since',
    key: 'interests',
    subjects: ['none'],
    value: (v) => {
      const after = v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 2];
      return v.clause.indexOf(v.tokens[0]!) === 0 && after?.pos === 'NUM' && pastimeAgent(v.tokens) ? v.text : undefined;
    },
  },
  {
    id: 'interests.keen-er',
    match: 'keen|avid|big|huge|massive|passionate|enthusiastic|obsessive|lifelong|dedicated|amateur|hobby|weekend {x:np}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => {
      const head = v.tokens[v.tokens.length - 1]!.low;
      // ("a big believer in couriers organising": someone who holds a view, not a pastime.)
      if (/^(?:believer|supporter|advocate|proponent|critic|opponent|sceptic|skeptic)s?$/.test(head)) return undefined;
      return /(?:er|ist|ian|or)s?$/.test(head) && v.tokens.length <= 3 && !OCCUPATION_HEADS.has(head) ? v.text : undefined;
    },
  },
  { id: 'interests.not-into', match: 'be~ not .. into {x:list}', key: 'dislikes', category: 'preferences', negation: 'negative', list: true, value: interest },
  {
    id: 'interests.play',
    match: 'play~|playing {x:np}',
    key: 'interests',
    where: 'anywhere',
    value: (v) => {
      if (['a', 'role', 'part', 'it', 'games with', 'with', 'around'].includes(v.tokens[0]?.low ?? '')) return undefined;
      // ("i play lawn bowls tues nights": the days it is played on are no part of it.)
      const when = v.tokens.findIndex((t, k) => k > 0 && (DAY_NAMES.includes(t.low.replace(/s$/, '')) || DAY_SHORT.includes(t.low) || PARTS_OF_DAY.has(t.low)));
      const what = when > 0 ? v.tokens.slice(0, when) : v.tokens;
      return interest({ ...v, tokens: what, text: spanText(what) });
    },
  },
  {
    id: 'interests.do',
    match: 'do~|doing|go~|going|went|took_up|take_up|takes_up|taking_up|started junior|weekly|local? {x:$activity}',
    key: 'interests',
    where: 'anywhere',
    // ("me and the kids do junior parkrun on sundays": what the household does together, the user with them.)
    subjects: ['self', 'none', 'we'],
    past: 'ok',
    // ("I do hair from home": a beauty trade done, not a pastime; work.role.verb reads it.)
    value: (v) => (BEAUTY_TRADES.has(v.text.toLowerCase()) && v.clause[v.clause.indexOf(v.tokens[0]!) - 1]?.lemma === 'do' ? undefined : v.text),
  },
  {
    // "I've got yoga Thursday nights", "I have choir on Tuesdays": a pastime the week holds.
    id: 'interests.have-habit',
    match: 'have~|got got? {x:$activity}',
    key: 'interests',
    value: (v) => (habitual(v.clause) ? v.text : undefined),
  },
  {
    id: 'interests.activity-habit',
    match: 'been? {x:$activity}',
    key: 'interests',
    value: (v) => ((habitual(v.clause) || doneAsSuch(v)) && !namedObject(v) ? withObject(v) : undefined),
  },
  {
    id: 'interests.collect',
    match: 'collect~|restore~|build~|make~|brew~|grow~|keep~|breed~|train~ {x:np}',
    key: 'interests',
    value: (v) => {
      const said =
        habitual(v.clause) ||
        v.clause.some((t) => t.low === 'shed' || t.low === 'garage') ||
        /^(?:collect|restore)/.test(v.clause.find((t) => t.pos === 'VERB')?.low ?? '');
      const thing = said ? interest(v) : undefined;
      // "I restore old Minis as a hobby": what is done to the thing is the pastime ("old Minis" alone is a car).
      const verb = v.clause[v.clause.indexOf(v.tokens[0]!) - 1];
      return thing !== undefined && verb !== undefined && DONE_TO.has(verb.lemma) ? `${verb.text.toLowerCase()} ${thing}` : thing;
    },
  },
  {
    // "brew my own beer", "making my own hot sauce", "grow our own veg": a maker's hobby.
    id: 'interests.make-own',
    match:
      'make~|making|brew~|brewing|bake~|baking|grow~|growing|sew~|sewing|knit~|knitting|build~|building|roast~|roasting|ferment~|fermenting|bind~|binding|cure~|curing|smoke~|smoking my|our own {x:np}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    value: (v) => {
      const verb = v.clause[v.clause.indexOf(v.tokens[0]!) - 3];
      const x = interest(v);
      return verb && x ? `${verb.lemma} own ${x}` : undefined;
    },
  },
  {
    id: 'interests.trained-in',
    match: 'trained|training|practise~|practice~|practising|practicing in? {x:np}',
    key: 'interests',
    where: 'anywhere',
    past: 'ok',
    value: (v) => {
      // (Not "practice" the noun: "set up my own practice next April".)
      const at = v.clause.indexOf(v.tokens[0]!);
      const trigger = v.clause[at - 1]?.low === 'in' ? v.clause[at - 2] : v.clause[at - 1];
      if (trigger?.pos === 'NOUN') return undefined;
      return ACTIVITIES.matchAt(v.tokens, 0) > 0 || v.tokens.some((t) => t.pos === 'PROPN') ? interest(v) : undefined;
    },
  },
  { id: 'interests.sing-in', match: 'sing~|play~|dance~ in|with a|an|the? {x:np}', key: 'interests', where: 'anywhere' },
  {
    // "i sing alto in the youth choir", "I play second violin in the county orchestra": the group the user makes music in.
    id: 'interests.part-in-group',
    match: 'sing~|singing|play~|playing .. in|with a|an|the|my|our|a? {x:np}',
    key: 'interests',
    where: 'anywhere',
    value: (v) => (MUSIC_GROUPS.has(v.tokens[v.tokens.length - 1]?.low ?? '') ? interest(v) : undefined),
  },
  {
    // "Been ringing church bells for about 15 years", "been keeping bees since 2019": what the user has done for years.
    id: 'interests.for-years',
    match: 'been {v:word} {x:np}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => {
      const verb = v.slotTokens('v')[0];
      if (!verb || verb.pos !== 'VERB' || !verb.low.endsWith('ing') || NOT_PASTIMES.has(verb.lemma) || !forYears(v.clause)) return undefined;
      const thing = interest(v);
      return thing === undefined || YEARS.has(v.tokens[v.tokens.length - 1]!.low) ? undefined : `${verb.low} ${thing}`;
    },
  },
  {
    // "our book club is reading …", "I host a book club", "I'm in a running club": a club the user belongs to.
    id: 'interests.club',
    match: 'my|our|in|host~|hosting|run~|running|join~|joined|organise~|organize~|lead~|leading a|an|the|our|my? {x:word} club',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    list: true,
    past: 'ok',
    value: clubName,
  },
  {
    // "Our book club is reading The Overstory": the club is the subject, the user one of its members.
    id: 'interests.our-club',
    match: 'my|our {x:word} club',
    key: 'interests',
    where: 'anywhere',
    subjects: ['other'],
    list: true,
    value: clubName,
  },
  {
    // "watch Arsenal religiously", "never miss the Bokke": a team followed as a habit.
    id: 'interests.watch-team',
    match: 'watch~|watching {x:np}',
    key: 'interests',
    where: 'anywhere',
    value: (v) => (habitual(v.clause) && v.tokens.some((t) => t.pos === 'PROPN') && v.tokens.length <= 4 ? v.text : undefined),
  },
  {
    id: 'interests.follow',
    match: 'follow~|support~ the? {x:np}',
    key: 'interests',
    where: 'anywhere',
    value: (v) => (v.tokens.some((t) => t.pos === 'PROPN') ? v.text : undefined),
  },
  {
    // "I barrack for the Dockers": Australian English for supporting a team.
    id: 'interests.barrack-for',
    match: 'barrack~|barracking for the? {x:np}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    value: (v) => (v.tokens.some((t) => t.pos === 'PROPN' || /^[A-Z]/.test(t.text)) ? v.text : undefined),
  },
  {
    id: 'interests.hobby-attr',
    match: 'be~|include~ {x:list}',
    key: 'interests',
    subjects: ['attr'],
    attr: ['hobby', 'hobbies', 'interests', 'passion'],
    list: true,
    strength: 'explicit',
  },
  {
    id: 'interests.favourite',
    match: 'be~ {x:rest}',
    key: 'favorite',
    subjects: ['attr'],
    attr: ['favourite', 'favorite', 'fave', 'fav'],
    strength: 'explicit',
    keyOf: (v) => {
      const words = v.clause
        .slice(1)
        .map((t) => t.low)
        .filter((w) => !['favourite', 'favorite', 'fave', 'all', 'time', 'all-time'].includes(w));
      const thing = words
        .slice(
          0,
          words.findIndex((w) => w === 'is' || w === 'are' || w === 'be' || w === "'s"),
        )
        .join('_');
      return /^[a-z][a-z_]{1,30}$/.test(thing) ? `favorite_${thing}` : undefined;
    },
  },
  {
    id: 'interests.spare-time',
    match: 'in my spare|free time|downtime .. {x:rest}',
    key: 'interests',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => (v.tokens.length <= 8 ? v.text : undefined),
  },
];
