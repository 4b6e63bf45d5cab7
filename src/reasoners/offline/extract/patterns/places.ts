import { OCCUPATIONS, RELATIONS } from '../lexicon/people.js';
import { PLACES, isCountry } from '../lexicon/places.js';
import { SCHOOL_WORDS, SUBJECTS } from '../lexicon/education.js';
import { LANGUAGES } from '../lexicon/languages.js';
import { BENEFITS, WORKPLACES } from '../families.js';
import { INDUSTRIES, PLATFORMS } from '../lexicon/work.js';
import { NAME_OPENERS, placeEnd, slotText } from '../engine.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import type { Token } from '../../nlp/wink.js';
import { capitalised } from '../../nlp/wink.js';
import { DAY_NAMES, MONTH_NAMES, MONTH_SHORT } from '../time.js';
import { FIRST_PERSON, livesFiguratively } from '../values.js';

/** Family who move the user with them ("my mum moved us to milton keynes"). */
const MOVING_FAMILY: ReadonlySet<string> = new Set(['mum', 'mom', 'mam', 'dad', 'parents', 'family', 'folks', 'husband', 'wife', 'partner']);

/** Words that date a clause (a month, a day, "next", "tomorrow"). */
const DATED: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_SHORT, ...DAY_NAMES, 'next', 'tomorrow', 'tonight', 'today']);

/** "… for my parents", "… for her": a booking made for someone else, however the user words it. */
function forSomeoneElse(sentence: readonly Token[]): boolean {
  return sentence.some((t, k) => {
    if (t.low !== 'for') return false;
    const next = sentence[k + 1]?.low ?? '';
    if (next === 'him' || next === 'her' || next === 'them') return true;
    const owner = next === 'my' || next === 'our' || next === 'his' || next === 'their';
    return (
      owner &&
      sentence.slice(k + 2, k + 4).some((u) => RELATIONS.has(u.low) || RELATIONS.has(u.lemma) || u.low === 'boss' || u.low === 'friend' || u.low === 'friends')
    );
  });
}

const MOTION = new Set([
  'fly',
  'flying',
  'flew',
  'drive',
  'driving',
  'drove',
  'travel',
  'travelling',
  'traveling',
  'commute',
  'commuting',
  'return',
  'returning',
  'back',
  'trip',
  'away',
  'hour',
  'hours',
  'min',
  'mins',
  'minutes',
  'km',
  'miles',
  'far',
  'ferry',
  'train',
  'bus',
  'flight',
  'move',
  'moved',
  'moving',
  'visiting',
  'visit',
]);

/** Leave from work ("on mat leave till September"): a time after it is the leave's, not a stay's. */
const ON_LEAVE: ReadonlySet<string> = new Set(['leave', 'furlough', 'furloughed', 'sabbatical']);
/** How often, said right after a place ("in Aberdeen a lot"). */
const OFTEN: ReadonlySet<string> = new Set(['a lot', 'loads', 'often', 'regularly', 'most weeks', 'every week', 'twice', 'sometimes']);
/** Words that make a stay of a place ("till March", "on contract", "for the summer"). */
const FOR_A_WHILE = new Set([
  'till',
  'until',
  'til',
  'through',
  'contract',
  'assignment',
  'secondment',
  'placement',
  'visiting',
  'holiday',
  'vacation',
  'trip',
  'tour',
  'conference',
  'week',
  'weekend',
  'fortnight',
  'month',
  'summer',
]);

const SPANS = new Set([
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'weekend',
  'fortnight',
  'month',
  'months',
  'while',
  'bit',
  'summer',
  'winter',
  'term',
  'semester',
]);

/** "for two weeks", "for a few days", "for the summer": a span of time after "for". */
function forASpan(clause: readonly Token[], at: number): boolean {
  for (let k = at; k < Math.min(clause.length, at + 3); k++) if (SPANS.has(clause[k]!.low)) return true;
  return false;
}

const STUDY = new Set(['study', 'studied', 'studying', 'did', 'degree', 'graduated', 'major', 'majored', 'course', 'year', 'uni', 'university', 'college']);

/** Words that say "for now" ("rn", "atm", "today"). */
const NOW = new Set(['rn', 'atm', 'today', 'tonight', 'tomorrow', 'currently', 'temporarily', 'briefly']);

/** Words that make a stay a plan, a wish or a passing one ("I'll stay at", "might stay in", "when I stay at"). */
const NOT_YET_HOME = new Set([
  'will',
  "'ll",
  'going',
  'gonna',
  'might',
  'would',
  "'d",
  'could',
  'should',
  'when',
  'whenever',
  'if',
  'week',
  'weekend',
  'night',
  'nights',
  'until',
  'till',
]);

/** Verbs of working or studying somewhere ("I lecture at …, Ibadan"). */
const WORKING = new Set(['work', 'teach', 'lecture', 'study', 'nurse', 'practise', 'practice', 'train', 'research']);

/** Whether a clause has these words in a row. */
function hasWords(clause: readonly { low: string }[], words: readonly string[]): boolean {
  return clause.some((_, k) => words.every((w, j) => clause[k + j]?.low === w));
}

/** "I stay at East Legon": the plain present of "stay", with nothing that makes it a passing stay. */
function livesWhereStays(v: ValueContext): boolean {
  const at = v.clause.indexOf(v.tokens[0]!);
  const verb = v.clause[at - 2]?.low;
  if (verb !== 'stay' && verb !== 'stays') return false;
  return !v.clause.some((t) => FOR_A_WHILE.has(t.low) || NOW.has(t.low) || NOT_YET_HOME.has(t.low));
}

/** Words that make a clause about where the user lives or works ("I wfh from a tiny village outside Galway"). */
const HOME_WORDS = new Set([
  'live',
  'lives',
  'living',
  'lived',
  'based',
  'wfh',
  'home',
  'house',
  'flat',
  'farm',
  'moved',
  'settled',
  'reside',
  'grew',
  'raised',
  'work',
  'working',
  'commute',
]);

/**
 * "in Leeds" in a clause about the user's work or life ("I'm a GP in Abakaliki", "at uni in Cardiff"):
 * a known place, or a capitalised name right after the user's job or workplace.
 */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
/** ("a master's in public health from Edinburgh": a degree, and where it was taken is no home.) */
const DEGREES: ReadonlySet<string> = new Set(['master', 'masters', 'bachelor', 'bachelors']);

/**
 * "grew up in Spanish" names a language, not a place; "grew up bilingual in Cantonese and English in Vancouver": the
 * capitalised place after a later "in" of the clause.
 */
function notALanguage(v: ValueContext): string | undefined {
  if (LANGUAGES.matchAt(v.tokens, 0) === 0) return v.text;
  const at = v.clause.indexOf(v.tokens[0]!);
  for (let k = at + 1; k + 1 < v.clause.length; k++) {
    const next = v.clause[k + 1]!;
    if (v.clause[k]!.low !== 'in' || next.text === next.low || LANGUAGES.matchAt(v.clause, k + 1) > 0) continue;
    const end = placeEnd(v.clause, k + 1)[0];
    if (end !== undefined) return slotText(v.clause, { from: k + 1, to: end });
  }
  return undefined;
}

/** Homes and small businesses one lives on or runs ("a croft on the Isle of Lewis", "a pharmacy in Madina"). */
const HOMES: ReadonlySet<string> = new Set([
  'croft',
  'smallholding',
  'acres',
  'bungalow',
  'cottage',
  'flat',
  'apartment',
  'houseboat',
  'narrowboat',
  'pharmacy',
  'chemist',
  'kiosk',
  'laundromat',
  'barbershop',
  'kennels',
  'cattery',
]);
/** Verbs under way that say where one lives or what one runs ("I'm living in", "we're running a B&B in"). */
const HOME_VERBS: ReadonlySet<string> = new Set(['live', 'stay', 'base', 'settle', 'run', 'own', 'farm', 'raise', 'grow', 'bring']);
/** Where one moves into ("moved into the close in Leith"). */
const HOME_NOUNS: ReadonlySet<string> = new Set([
  ...HOMES,
  'house',
  'home',
  'place',
  'close',
  'street',
  'road',
  'estate',
  'terrace',
  'village',
  'neighbourhood',
  'neighborhood',
  'area',
  'building',
  'block',
  'condo',
  'unit',
  // (homes that go with a post or a stage of life: "moved into the manse in Portree", "into halls in Glasgow")
  'manse',
  'vicarage',
  'rectory',
  'parsonage',
  'presbytery',
  'lodge',
  'quarters',
  'halls',
  'dorm',
  'digs',
  'bedsit',
  'maisonette',
  'townhouse',
  'caravan',
]);
/** A home or a business of the user's, said with where it is ("our farm's in the Karoo", "my shop is in Surulere"). */
const OWN_HOMES: ReadonlySet<string> = new Set(
  'farm croft smallholding station ranch shamba homestead house flat apartment home shop business salon restaurant cafe bakery store'.split(' '),
);
/** Verbs of having a home or running a business, before it ("I'm on a croft", "we've got 4 acres", "I run a pharmacy"). */
const SETTLED: ReadonlySet<string> = new Set(['have', 'get', 'got', 'own', 'run', 'rent', 'live', 'share']);

/** A word for a home between `from` and the place ("moved into the close in Leith", "I rent a no-pets flat in Bath"). */
function homeNamedBefore(v: ValueContext, from: number): boolean {
  return v.clause.slice(from, v.clause.indexOf(v.tokens[0]!)).some((t) => HOME_NOUNS.has(t.low));
}

/** The end of opening or working hours ("open from 6pm till late", "9 till 5"): "till" then a time of day, not a stay. */
const DAY_ENDS: ReadonlySet<string> = new Set(['late', 'close', 'closing', 'midnight', 'noon', 'lunch', 'lunchtime', 'dark']);
function hoursUntil(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.low ?? '';
  return ['till', 'until', 'til'].includes(tokens[k]!.low) && (DAY_ENDS.has(next) || /^\d{1,2}(?:[:.]\d{2})?(?:am|pm)?$/.test(next));
}

/** A place that only qualifies the noun after it ("the Holyhead-Dublin sailing", "the Leeds train"), not a district of it. */
const AREA_NOUNS: ReadonlySet<string> = new Set(['area', 'region', 'side', 'end', 'centre', 'center', 'suburbs', 'outskirts', 'valley', 'coast']);
function placeModifies(v: ValueContext): boolean {
  const at = v.clause.indexOf(v.tokens[0]!);
  if (v.clause[at]?.low !== 'the' && v.clause[at - 1]?.low !== 'the') return false;
  let k = v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1;
  // (a route: "Holyhead-Dublin", "Leeds to London")
  const route = v.clause[k]?.text === '-' || v.clause[k]?.low === 'to' ? PLACES.matchAt(v.clause, k + 1) : 0;
  if (route > 0) k += 1 + route;
  const next = v.clause[k];
  return next !== undefined && next.pos === 'NOUN' && !AREA_NOUNS.has(next.low);
}

/** A span of time that only qualifies the noun after it ("mostly weekend markets", "a month-long course" aside). */
const MODIFYING_SPANS: ReadonlySet<string> = new Set(['week', 'weekend', 'fortnight', 'month']);
const timeAsModifier = (tokens: readonly Token[], k: number): boolean => MODIFYING_SPANS.has(tokens[k]!.low) && tokens[k + 1]?.pos === 'NOUN';

/** Words of work done for many people in one area ("a round of clients", "parcels a day", "drops"). */
const WORK_ROUNDS: ReadonlySet<string> = new Set(['clients', 'customers', 'parcels', 'drops', 'deliveries', 'jobs', 'patch']);

/** "originally from X", "from X originally": the place the user comes from, said as such. */
function originally(v: ValueContext): boolean {
  const at = v.clause.indexOf(v.tokens[0]!);
  return v.clause[at - 2]?.low === 'originally' || v.clause[at + v.tokens.length]?.low === 'originally';
}

function placeInClause(v: ValueContext): string | undefined {
  const at = v.clause.indexOf(v.tokens[0]!);
  // ("somewhere near temple meads": near a place written in lower case is a spot in town, not a home.)
  const prep = v.clause[at - 1]?.low === 'the' ? v.clause[at - 2] : v.clause[at - 1];
  if ((prep?.low === 'near' || prep?.low === 'outside') && v.tokens[0]!.text === v.tokens[0]!.low) return undefined;
  const from = Math.max(0, at - 4);
  // ("a retired bus driver from Bradford": a motion word inside the name of a job moves nothing.)
  const before = v.clause.slice(from, at - 1);
  // ("I drive for Uber in Bradford", "riding for Deliveroo in Leeds": driving for a platform is work there.)
  const inJob = (k: number): boolean =>
    OCCUPATIONS.matchAt(v.clause, k) >= 2 ||
    /^(driver|attendant|conductor|operator|dispatcher|mechanic)s?$/.test(v.clause[k + 1]?.low ?? '') ||
    (v.clause[k + 1]?.low === 'for' && PLATFORMS.matchAt(v.clause, k + 2) > 0);
  if (before.some((t, k) => MOTION.has(t.low) && !inJob(from + k))) return undefined;
  // "in Dubai on contract till March": a stay, not a home (places.location.in reads it as one).
  // (Not "a teacher in Leicester, on mat leave till September": the time is the leave's, and leave is taken at home.)
  if (placeModifies(v)) return undefined;
  const rest = v.clause.slice(at);
  const time = rest.findIndex((t, k) => FOR_A_WHILE.has(t.low) && !hoursUntil(rest, k) && !timeAsModifier(rest, k));
  if (time >= 0 && !rest.slice(0, time).some((t) => ON_LEAVE.has(t.low))) return undefined;
  // "I'm up at the tribunal in Aberdeen a lot", "in Leeds most weeks": somewhere the user often is, not a home.
  const after = rest.slice(v.tokens.length, v.tokens.length + 2).map((t) => t.low);
  if (OFTEN.has(after[0] ?? '') || OFTEN.has(after.join(' '))) return undefined;
  // "the client's in Halifax", "my mum's in Leeds": someone else's place.
  // (Not "a children's charity in Kisumu": after "a", a possessive names a kind of thing, not whose it is.)
  // (Nor a shop or charity named with its "'s" where the user works: "a support worker at Barnardo's in Cardiff".)
  const owned = (k: number, all: readonly Token[]): boolean =>
    k > 0 &&
    (all[k - 1]!.pos === 'NOUN' || all[k - 1]!.pos === 'PROPN') &&
    (!INDEFINITE.has(all[k - 2]?.low ?? '') || DEGREES.has(all[k - 1]!.low)) &&
    !(all[k - 2]?.low === 'at' && capitalised(all[k - 1]!));
  // (Not what the user has taken over: "taken over my aunt's café in Cape Coast".)
  const takenOver = v.clause.some((t, k) => t.low === 'over' && ['taken', 'took', 'taking'].includes(v.clause[k - 1]?.low ?? ''));
  if (!takenOver && v.clause.slice(0, at).some((t, k, all) => t.low === "'s" && owned(k, all))) return undefined;
  // "I pay rent for my mum in Kisumu", "sending money to my sister in Perth": the place of the person just named.
  // (Not "living with my parents in Mississauga": the user is there too.)
  const person = prep?.low === 'in' && at >= 3 && v.clause[at - 3]!.low === 'my' && v.clause[at - 4]?.low !== 'with' ? RELATIONS.matchAt(v.clause, at - 2) : 0;
  if (person === 1) return undefined;
  // "we're renting a car in Faro", "I'm meeting friends in Leeds": something being done there, not a home (but "I'm
  // teaching English in Busan", "renting a flat in Leeds").
  const doing = v.clause
    .slice(0, at)
    .some(
      (t, k) =>
        t.pos === 'VERB' &&
        t.low.endsWith('ing') &&
        (v.clause[k - 1]?.lemma === 'be' || (v.clause[k - 1]?.pos === 'ADV' && v.clause[k - 2]?.lemma === 'be')) &&
        !WORKING.has(t.lemma) &&
        !HOME_VERBS.has(t.lemma) &&
        !(t.lemma === 'rent' && v.clause.slice(k + 1, at).some((u) => HOME_NOUNS.has(u.low))),
    );
  if (doing) return undefined;
  // "I'll be at the ARA conference in Belfast Wed–Fri", "we'll be in Cork for the match": where the user will be is a
  // visit, not a home.
  const willBe = v.clause
    .slice(0, at)
    .some((t, k, all) => t.lemma === 'will' && all[k + 1]?.lemma === 'be' && !all.slice(k + 2).some((u) => HOME_VERBS.has(u.lemma)));
  if (willBe) return undefined;
  // "did engineering in Trinity": a place of study, not of living.
  if (SCHOOL_WORDS.matchAt(v.tokens, 0) === v.tokens.length && v.clause.some((t, k) => STUDY.has(t.low) || SUBJECTS.matchAt(v.clause, k) > 0)) return undefined;
  // "Perth in Scotland": a known place, then the wider one it is in.
  const town = prep?.low === 'in' && at >= 2 && v.clause[at - 2]!.pos === 'PROPN' ? PLACES.matchAt(v.clause, at - 2) : 0;
  if (town === 1 && PLACES.matchAt(v.tokens, 0) > 0) return `${v.clause[at - 2]!.text}, ${v.text}`;
  // ("a nurse in north leeds": a known place after a word that opens a town's name.)
  if (PLACES.matchAt(v.tokens, 0) > 0 || (NAME_OPENERS.has(v.tokens[0]!.low) && PLACES.matchAt(v.tokens, 1) === v.tokens.length - 1)) return v.text;
  // ("I'm on a croft on the Isle of Lewis", "I run a small pharmacy in Madina": the user's home or business.)
  const homeOrBusiness = (k: number): boolean => HOMES.has(v.clause[k]!.low) && v.clause.slice(0, k).every((u) => u.pos !== 'VERB' || SETTLED.has(u.lemma));
  const jobOrWork = v.clause.some(
    (t, k) =>
      k < at && (OCCUPATIONS.matchAt(v.clause, k) > 0 || WORKPLACES.matchAt(v.clause, k) > 0 || t.low === 'uni' || t.low === 'university' || homeOrBusiness(k)),
  );
  // ("I work from home in Parramatta": where the user works, named by a name no dictionary holds — not "I work in Marketing".)
  // ("I do nails from home in Parramatta": the home the work is done from.)
  const fromHome = prep?.low === 'in' && v.clause[at - 2]?.low === 'home' && v.clause[at - 3]?.low === 'from';
  const worksThere =
    (fromHome || v.clause.some((t, k) => k < at && t.pos === 'VERB' && t.lemma === 'work')) &&
    INDUSTRIES.matchAt(v.tokens, 0) === 0 &&
    // (Not letters in capitals, a body's initials more than a town: "working in UHG".)
    v.tokens.every((t) => (t.oov && t.text !== t.text.toUpperCase()) || t.text === ',');
  return (jobOrWork || worksThere) &&
    v.tokens.every((t, k) => t.text.charAt(0) !== t.text.charAt(0).toLowerCase() || t.text === ',' || (t.low === 'of' && k > 0))
    ? v.text
    : undefined;
}

/** Short time-zone abbreviations that are also words ("EAT", "WAT", "CAT", "EST") count only in capitals. */
function timezoneWord(v: ValueContext): string | undefined {
  const t = v.tokens;
  if (t.length === 1 && t[0]!.text.length <= 4 && t[0]!.text !== t[0]!.text.toUpperCase()) return undefined;
  if (t.length === 1 && ['eastern', 'central', 'mountain', 'pacific', 'atlantic'].includes(t[0]!.low)) return undefined;
  // ("did my AST 1 at Rogers Pass", "AST 2 last March"): letters with a level number after them name a course, not a zone.
  const after = v.clause[v.clause.indexOf(t.at(-1)!) + 1];
  if (after !== undefined && /^\d{1,2}$/.test(after.text)) return undefined;
  // ("please stop giving me AEST times", "don't use EST", "avoid CET"): a zone the user asks to be spared is not theirs.
  if (v.clause.slice(0, v.clause.indexOf(t[0]!)).some((w) => NOT_MY_ZONE.has(w.lemma) || w.low === "n't" || w.low === 'not')) return undefined;
  return v.text;
}
const NOT_MY_ZONE: ReadonlySet<string> = new Set(['stop', 'quit', 'avoid', 'instead', 'except']);

/**
 * Places: where the user lives (a correction such as "moved to" or "now in" replaces it), where they
 * come from, where they are for a while (dynamic), and their time zone. "I used to live in X"
 * withdraws X (the default for past statements).
 */

/** A move said as made ("moved", "relocated", "emigrated"): a plan to move in the same clause is not one. */
const MOVED = new Set(['moved', 'relocated', 'emigrated', 'shifted']);
const movedAlready = (v: ValueContext): boolean => v.clause.some((t) => MOVED.has(t.low));
/** Things moved that are arranged, not lived in ("moved the meeting to Leeds", "moved my appointment to Friday"). */
const ARRANGED: ReadonlySet<string> = new Set([
  'meeting',
  'appointment',
  'booking',
  'date',
  'party',
  'wedding',
  'call',
  'session',
  'class',
  'lesson',
  'money',
  'account',
  'stuff',
]);

/** Going somewhere, said of a time to come ("going to my sister's in margate next week"). */
const TRIP_VERBS: ReadonlySet<string> = new Set(['going', 'heading', 'flying', 'driving', 'travelling', 'traveling', 'popping', 'nipping']);

const JOB_START = new Set(['start', 'started', 'starting', 'join', 'joined', 'joining', 'hired', 'intern', 'interning', 'placement']);

/** Forms of "be" and verbs after "where we" that put a home in the past ("was home", "where we used to live"). */
const PAST_BE: ReadonlySet<string> = new Set(['was', 'were']);
const PAST_HOME: ReadonlySet<string> = new Set(['used', 'were', 'was', 'lived', 'grew', 'had', 'started']);

/** "home is Kochi", "my base is in Leeds", "our flat's near Ealing": a place said of an attribute of the user's. */
const ATTRIBUTE_PLACE = "be~|'s in|on|near? the? {x:place}";

export const PLACES_PATTERNS: readonly PatternSpec[] = [
  {
    id: 'places.location.live-in',
    // ("live over in Marple", "living out in the sticks near Hexham", "live down in Truro")
    match: 'live~|living|reside~|residing|settle~|settled|renting|rent~ over|out|down|up|round|just? in|on|near|outside|at {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    value: (v) => (livesFiguratively(v) ? undefined : v.text),
  },
  {
    // "i live in a 1BHK in andheri", "we live in a tiny flat on Gozo", "live above the shop in ballymena", "living at the
    // workers hostel in bundaberg": the home, then the place it is in.
    id: 'places.location.live-in-a',
    match: 'live~|living in|above|over|at|behind|beside a|an|the ... in|on {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    value: (v) => (livesFiguratively(v) ? undefined : v.text),
  },
  {
    // Nigerian Pidgin "I dey Port Harcourt", "I dey for Abuja": be in, live in.
    id: 'places.location.dey',
    match: 'dey for|inside|in? {x:place}',
    key: 'location',
    subjects: ['self', 'we'],
  },
  {
    // "we are staying Nairobi, Kilimani side", "staying tampines with my parents": in Indian, Singaporean
    // and East African English "staying" with no preposition is where one lives.
    id: 'places.location.staying-bare',
    match: 'stay~|staying {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    value: (v) => (v.clause.some((t) => FOR_A_WHILE.has(t.low)) ? undefined : v.text),
  },
  {
    // "Please I stay at East Legon, Accra": in West African and Indian English the plain present "stay" is
    // where one lives ("I'm staying at", "I'll stay at", "stay at … this week" are a stay: below).
    id: 'places.location.stay-present',
    match: 'stay|stays in|at {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    value: (v) => (livesWhereStays(v) ? v.text : undefined),
  },
  {
    // "staying put in croydon", "we're staying put in Kirkstall for now": the home kept, not a stay.
    id: 'places.location.staying-put',
    match: 'stay~|staying put in|at {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
  },
  {
    id: 'places.location.staying',
    match: 'stay~|staying in|at {x:place}',
    key: 'current_location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    bucket: 'dynamic',
    value: (v) => (livesWhereStays(v) ? undefined : v.text),
  },
  {
    id: 'places.location.in-clause',
    // ("I run a small guesthouse near Hazyview": where the user's work is, near a named place.)
    match: 'in|on|near|outside the? {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    strength: 'implied',
    value: placeInClause,
  },
  {
    // "multi-drop courier, 140ish parcels a day round swindon", "a round of about 22 regular clients round Harrogate": the
    // area a job is done round is where the user works.
    id: 'places.location.work-round',
    match: 'round|around {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    // ("got a round of clients round Harrogate": "got" is had, not a past.)
    past: 'ok',
    strength: 'implied',
    // (Not a place asked about: "any 24hr gyms round Bilston Road?")
    value: (v) =>
      !v.sentence.some((t) => t.text === '?') && v.sentence.some((t, k) => OCCUPATIONS.matchAt(v.sentence, k) > 0 || WORK_ROUNDS.has(t.low))
        ? placeInClause(v)
        : undefined,
  },
  {
    id: 'places.location.from-clause',
    match: 'from {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'none'],
    via: 'from',
    strength: 'implied',
    // ("originally from Kochi, now staying in Shamshabad": a place said to be where the user comes from is no home now.)
    value: (v) => (originally(v) ? undefined : placeInClause(v)),
  },
  {
    // "how do i find one near me in stoke?", "any good vets round here in Leith?": where the user is, said inside the ask.
    id: 'places.location.near-me-in',
    match: 'near|around|round me|here in {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    inQuestion: true,
    request: true,
    strength: 'implied',
  },
  { id: 'places.location.back-home', match: 'back home to|in {x:place}', key: 'location', where: 'anywhere', subjects: ['self', 'none', 'we'] },
  // "… and the rest of the year at home in Dundalk": where home is, said in passing.
  { id: 'places.location.at-home-in', match: 'at home in {x:place}', key: 'location', where: 'anywhere', subjects: ['self', 'none', 'we'] },
  {
    // "Mobile hairdresser covering the Sunshine Coast hinterland", "a locum covering North Wales": the area a job takes
    // the user round, said after the job.
    id: 'places.location.covering',
    match: 'covering|cover~|serving the? {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'none'],
    strength: 'implied',
    value: (v) => (v.clause.slice(0, v.clause.indexOf(v.tokens[0]!)).some((t, k, all) => OCCUPATIONS.matchAt(all, k) > 0) ? v.text : undefined),
  },
  {
    // "I run my food truck out of Brisbane", "we operate out of a unit in Bolton": where the user's work is based.
    // (Not "drove out of Leeds at 6" or "fly out of Dublin on Friday": a trip starts there.)
    id: 'places.location.works-out-of',
    match: 'run~|running|operate~|trade~|work~|working my|our|a|an|the? .. out of {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    strength: 'implied',
    // ("we ran out of Lagos rice": to run out of something is to have none left.)
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      return v.clause[at - 3]?.lemma === 'run' ? undefined : placeInClause(v);
    },
  },
  {
    id: 'places.location.based',
    match: 'be~? based|located in|out|near|at of|in? {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    strength: 'plain',
  },
  {
    id: 'places.location.in',
    // ("we're out in rural Mayo", "I'm back in Leeds", "we're out past masterton on a lifestyle block")
    match: 'be~ out|over|up|down|back? in|on {x:place}',
    // ("I'm on the Holyhead-Dublin sailing", "I'm on the London train": a place that names the thing one is on.)
    // ("I'm on ESA", "on PIP and Universal Credit": a benefit one is on is no place.)
    value: (v) => (placeModifies(v) || BENEFITS.matchAt(v.tokens, 0) === v.tokens.length ? undefined : v.text),
    key: 'location',
    // "I'm in Dubai on contract till March": where the user is for now, beside the home they named.
    keyOf: (v) =>
      v.clause.some((t, k) => FOR_A_WHILE.has(t.low) || NOW.has(t.low) || (t.low === 'for' && forASpan(v.clause, k + 1))) ? 'current_location' : 'location',
    subjects: ['self', 'we'],
    bucket: 'event',
  },
  { id: 'places.location.now-in', match: 'now in|on {x:place}', key: 'location', where: 'anywhere', subjects: ['self', 'we', 'none'] },
  {
    id: 'places.location.moved',
    // ("we shifted to Coimbatore last month": Indian English "shift" is move house.)
    match: 'moved|relocated|emigrated|shifted|move~|relocate~ down|up|over|back|out|across|home? to {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
    value: (v) =>
      v.clause.some((t) =>
        ['will', "'ll", 'going', 'gonna', 'planning', 'plan', 'want', 'hope', 'next', 'soon', 'moving', 'relocating', 'emigrating'].includes(t.low),
      )
        ? undefined
        : v.text,
  },
  {
    id: 'places.move.planned',
    // ("we're retiring to the Algarve in 2027": a move when the user retires.)
    match: 'moving|relocating|emigrating|retiring|move~|relocate~|emigrate~ to {x:place}',
    key: 'planned_move',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    bucket: 'event',
    value: (v) =>
      v.clause.some((t) => ['moving', 'relocating', 'emigrating', 'retiring', 'will', "'ll", 'going', 'gonna', 'planning', 'next', 'soon'].includes(t.low)) &&
      !movedAlready(v)
        ? v.text
        : undefined,
  },
  {
    // "moving from the north east to Bristol soon": the move planned, past where the user lives now.
    id: 'places.move.planned-from',
    match: 'moving|relocating|emigrating down|up|over|back|out|across? from ... to {x:place}',
    key: 'planned_move',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    bucket: 'event',
    value: (v) => (movedAlready(v) ? undefined : v.text),
  },
  {
    // "52, wheelchair user, leeds.", "34, nurse, Leeds": a known place as one item of a self-introduction that opens
    // with the user's age.
    id: 'places.location.intro-list',
    match: ', {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['none'],
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const after = v.clause[at + v.tokens.length];
      const opensWithAge = /^\d{2}$/.test(v.clause[0]?.text ?? '') && v.clause[1]?.text === ',';
      return opensWithAge && PLACES.matchAt(v.tokens, 0) > 0 && (after === undefined || after.pos === 'PUNCT') ? v.text : undefined;
    },
  },
  {
    // "we moved the whole string up to Malton", "moved our horses over to Perth": a move with what was moved said between
    // (not someone else moved: "moved my mum to Leeds", nor a thing rearranged: "moved the meeting to Leeds").
    id: 'places.location.moved-things',
    match: 'moved|relocated the|our|my ... up|down|over|back|across? to {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we'],
    past: 'ok',
    value: (v) => {
      const from = v.clause.findIndex((t) => MOVED.has(t.low));
      const moved = v.clause.slice(from + 1, v.clause.indexOf(v.tokens[0]!));
      // (A place by its name: "moved my savings over to monzo" names a bank.)
      const named = capitalised(v.tokens[0]!) || PLACES.matchAt(v.tokens, 0) > 0;
      return !named || moved.some((t) => RELATIONS.has(t.low) || RELATIONS.has(t.lemma) || ARRANGED.has(t.lemma) || capitalised(t)) ? undefined : v.text;
    },
  },
  {
    // "Fremantle local.", "leeds local here, …": a place the user opens by calling themselves local to.
    id: 'places.location.local',
    match: '{x:place} local',
    key: 'location',
    where: 'anywhere',
    subjects: ['none'],
    value: (v) => (v.clause[0] === v.tokens[0] && v.clause[v.clause.indexOf(v.tokens.at(-1)!) + 2]?.pos !== 'NOUN' ? v.text : undefined),
  },
  {
    // "been riding out in Newmarket since 2019", "been teaching in Dubai since the pandemic": a place where the user has
    // done something for a long while is where they are.
    id: 'places.location.been-since',
    match: 'been ... in {x:place} since',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    value: (v) => (v.clause.some((t, k) => t.low === 'been' && /ing$/.test(v.clause[k + 1]?.low ?? '')) ? v.text : undefined),
  },
  {
    // "moved into the close in Leith last month", "we moved into a flat on Gozo": the new home, then where it is.
    id: 'places.location.moved-into',
    match: 'moved into ... in|on {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
    value: (v) => (homeNamedBefore(v, v.clause.findIndex((t) => t.low === 'into') + 1) ? v.text : undefined),
  },
  {
    // "We moved out of Leeds to Hebden Bridge in April"
    id: 'places.location.moved-out-of-to',
    match: 'moved|relocated|move~ out of {y:place} to {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
  },
  {
    id: 'places.location.moved-from-to',
    match: 'moved|relocated|emigrated|came up|down|over|back|across? from {y:place} to {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
  },
  {
    // "moved down to be near our daughter in Exeter": the move was to where the person is.
    id: 'places.location.moved-near',
    match: 'moved|relocated up|down|over|back|across? to be near|nearer|closer to? my|our|the .. .. in {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
  },
  {
    // "I rent a no-pets flat in Bath", "we bought a terrace in Leith": a home rented or bought, then where it is (not "renting a
    // car in Faro").
    id: 'places.location.rent-a',
    match: 'rent~|renting|rented|bought|own~ a|an ... in|on {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
    value: (v) => (homeNamedBefore(v, 0) ? v.text : undefined),
  },
  {
    // "Moved up from Manchester to a croft on Lewis two winters ago": the home moved to, then where it is.
    id: 'places.location.moved-from-to-a',
    match: 'moved|relocated|emigrated up|down|over|back|across? from {y:place} to a|an|the ... in|on|near|outside {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
  },
  {
    // "our farm's in the Karoo", "My farm is at Sefwi Wiawso", "my shop is in Surulere": where the user's home or
    // business is.
    id: 'places.location.home-is-in',
    match: `my|our .. ${[...OWN_HOMES].join('|')} be~|'s in|at|on|near|outside the? {x:place}`,
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none', 'other'],
    // (Not "my mum's farm is in Devon": someone else's.)
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const home = v.clause.findIndex((t) => OWN_HOMES.has(t.low));
      return v.clause.slice(0, home >= 0 && home < at ? home : 0).some((t) => t.low === "'s") ? undefined : v.text;
    },
  },
  {
    // "we've a wee hill farm on Mull", "I've got a smallholding near Hexham": a home or a business had, then where it is.
    id: 'places.location.have-a-home',
    match: `have~|'ve|got a|an ... ${[...OWN_HOMES].join('|')} in|on|near|outside {x:place}`,
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
  },
  {
    // "We're on a cattle station out past Longreach": out past a named place.
    id: 'places.location.out-past',
    match: 'out past|beyond {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    strength: 'implied',
    value: placeInClause,
  },
  {
    id: 'places.location.swapped',
    match: 'swapped|traded|swap~|left {y:place} for {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
  },
  {
    id: 'places.location.posted',
    match: 'posted|stationed|deployed|seconded|sent|transferred to {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
    bucket: 'event',
    // ("I stay at Tema but I'm posted to Kotoka": where work sends the user gives way to where they say they live.)
    via: 'posted',
  },
  {
    // "my mum moved us to milton keynes in year 9 so thats home now": the user moved by their family. (Not a move of the
    // user's childhood said as such: "moved us to Leeds when I was 5".)
    id: 'places.location.moved-us',
    match: 'moved|relocated us|me over|down|up|back? to {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['other'],
    past: 'ok',
    // (Moved by family; "they've moved me to antrim" is where work sends the user, not where they live.)
    value: (v) => {
      const mover = v.clause.slice(
        0,
        v.clause.findIndex((t) => t.low === 'moved' || t.low === 'relocated'),
      );
      const family = mover.some((t) => MOVING_FAMILY.has(t.low));
      const childhood = v.sentence.some((t, k) => t.low === 'when' && ['i', 'we'].includes(v.sentence[k + 1]?.low ?? '') && v.sentence[k + 2]?.low === 'was');
      return family && !childhood ? v.text : undefined;
    },
  },
  {
    // "transferred from the Heathrow base to Edinburgh last month": where the user was sent, after where from.
    id: 'places.location.posted-from',
    match: 'posted|stationed|seconded|transferred from ... to {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
    bucket: 'event',
  },
  {
    id: 'places.location.live-near',
    match: 'live~|living|reside~|settled|settling|based ... near|outside|of|north|south|east|west {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
  },
  {
    id: 'places.location.my-place-in',
    match: 'my|our place|house|flat|home|apartment|farm|croft|cottage|unit|condo ,? in|on|near|outside the? {x:place}',
    key: 'location',
    where: 'anywhere',
    // "what's the cheapest way to get from my place in wollongong to sydney airport?"
    inQuestion: true,
    subjects: ['self', 'we', 'none', 'other', 'attr'],
  },
  {
    id: 'places.location.is-home',
    // ("Leeds is where I live now": the clause may end before "where"; not "Huelva is where my aunt lives", someone else's.)
    match: '{x:place} be~',
    key: 'location',
    subjects: ['other', 'none'],
    where: 'anywhere',
    value: (v) => {
      const at = v.sentence.indexOf(v.tokens[v.tokens.length - 1]!) + 2;
      const next = v.sentence[at]?.low;
      const home = next === 'home' || (next === 'where' && ['i', 'we', "i'm"].includes(v.sentence[at + 1]?.low ?? ''));
      // ("Bangor is where we used to be before the move", "Worthing was home"): a home in the past.
      const past = PAST_BE.has(v.sentence[at - 1]?.low ?? '') || PAST_HOME.has(v.sentence[at + 2]?.low ?? '');
      return v.clause.indexOf(v.tokens[0]!) === 0 && home && !past ? v.text : undefined;
    },
  },
  { id: 'places.location.call-home', match: 'call {x:place} home', key: 'location', where: 'anywhere', subjects: ['self', 'we'] },
  // ("what should i be planting in october up here in the north east": where the user is, asked from there.)
  // ("… so I can work as a nurse here in Cork", "I danced salsa back then, here in Oslo it's skiing": here is now.) A whole
  // country is read as any other place ("so I can work like doctor here in Poland" says less than the city said before).
  {
    id: 'places.location.here-in',
    match: 'here in {x:place}',
    key: 'location',
    where: 'anywhere',
    inQuestion: true,
    present: true,
    // ("Our oldest is in French immersion here in Ottawa": "here" is where the speaker is, whoever the clause is about.)
    subjects: ['self', 'we', 'none', 'other'],
    value: (v) => (isCountry(v.text) ? undefined : v.text),
  },
  {
    id: 'places.location.here-in-country',
    match: 'here in {x:place}',
    key: 'location',
    where: 'anywhere',
    inQuestion: true,
    subjects: ['self', 'we', 'none'],
    value: (v) => (isCountry(v.text) ? v.text : undefined),
  },
  { id: 'places.location.x-based', match: '{x:place} -? based', key: 'location', where: 'anywhere', subjects: ['self', 'none'] },
  {
    // "Alice Springs based, which means ACST": a place opening the clause, not a person ("Alice") as its subject.
    id: 'places.location.x-based-opening',
    match: '{x:place} -? based',
    key: 'location',
    where: 'anywhere',
    subjects: ['other'],
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const after = v.clause[v.clause.findIndex((t, k) => k > at && t.low === 'based') + 1];
      return at === 0 && (after === undefined || after.pos === 'PUNCT' || after.low === 'so' || after.low === 'and') ? v.text : undefined;
    },
  },
  {
    id: 'places.location.out-past',
    match: 'be~ out past|beyond {x:place}',
    key: 'location',
    subjects: ['self', 'we'],
  },
  { id: 'places.location.from', match: 'be~ from {x:place}', key: 'location', via: 'from' },
  {
    id: 'places.location.moved-from-gap',
    // ("moved the business from Limerick down to Cork": what was moved with the user is theirs.)
    match:
      'moved|relocated|emigrated|relocate~|move~ the|my|our? whole? business|company|firm|shop|family|practice|salon|operation|everything? down|up|over|back|out|across? from ... to {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
    value: (v) =>
      v.clause.some((t) => ['will', "'ll", 'going', 'gonna', 'planning', 'want', 'hope', 'next', 'soon', 'moving', 'relocating', 'emigrating'].includes(t.low))
        ? undefined
        : v.text,
  },
  {
    // "we're moving from Leeds to Glasgow in March": a move not yet made leaves the user where they are.
    id: 'places.location.moving-from',
    match: 'moving|relocating|emigrating down|up|over|back|out|across? from {x:place} to|down|up|over|back|out|across',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    value: (v) => (movedAlready(v) ? undefined : v.text),
  },
  {
    id: 'places.location.settlement',
    match:
      'village|town|suburb|hamlet|island|estate|valley|street|road|neighbourhood|neighborhood|corner|part|side|end|croft|farm|ranch|station|lake|coast|hours|miles|km north|south|east|west|northeast|northwest|southeast|southwest? outside|near|in|of|on|by|above|from the? {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    // "I wfh from a tiny village outside Galway", "we live on a farm just outside Dubbo".
    value: (v) => (v.clause.some((t) => HOME_WORDS.has(t.low)) && !v.clause.some((t) => FOR_A_WHILE.has(t.low)) ? v.text : undefined),
  },
  {
    // "we live in a 1-bed flat in Dublin 8", "we're in a tiny flat in Leith": the home, then its place.
    id: 'places.location.home-in',
    match:
      'live~|living|be~ in|on a|an|our|my|the .. house|home|flat|place|apartment|condo|cottage|bungalow|farm|unit|terrace|semi|studio|bedsit|houseboat|caravan|council_flat|flatshare|house_share in|near|outside {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
  },
  {
    // "came to Coventry for uni and never left": the place the user came to and stayed in.
    id: 'places.location.never-left',
    match: 'came|come|moved|went|emigrated|relocated to {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    negation: 'keep',
    past: 'ok',
    value: (v) =>
      hasWords(v.clause, ['never', 'left']) || hasWords(v.clause, ['never', 'went', 'back']) || hasWords(v.clause, ['stayed']) ? v.text : undefined,
  },
  {
    // "I lecture at The Polytechnic, Ibadan", "I work at the University of Ghana, Legon": the workplace's town.
    id: 'places.location.workplace-town',
    match: 'at .. , {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'none'],
    strength: 'implied',
    value: (v) => (v.clause.some((t) => WORKING.has(t.lemma)) && PLACES.matchAt(v.tokens, 0) > 0 ? v.text : undefined),
  },
  {
    id: 'places.location.bought',
    match:
      'bought|buy~|buying|rent~|renting|own~|built|build~ a|an|our|my .. house|home|flat|place|apartment|condo|cottage|bungalow|farm|unit in|near|outside {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
  },
  {
    // "just moved from Croydon down to a bungalow in Bexhill-on-Sea": the new home, named after the house; so is a home
    // one downsized or retired to ("we downsized to a flat in Frinton", "retired to a cottage near Whitby").
    id: 'places.location.moved-into-house',
    match:
      // ("just moved into halls in glasgow": student halls, a dorm, digs, with or without an article)
      'moved|relocated|downsized|downsizing|retired ... to|into a|an|our|my|the? .. house|home|flat|place|apartment|condo|cottage|bungalow|farm|unit|halls|dorm|dorms|digs|flatshare|houseshare in|near|outside {x:place}',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
  },
  {
    id: 'places.location.attr',
    match: ATTRIBUTE_PLACE,
    key: 'location',
    subjects: ['attr'],
    attr: ['city', 'base', 'flat', 'house', 'apartment', 'place'],
    strength: 'explicit',
  },
  // "my hometown is Pune": where the user comes from, whether or not they still live there.
  { id: 'places.hometown.attr', match: ATTRIBUTE_PLACE, key: 'hometown', subjects: ['attr'], attr: ['hometown'], strength: 'explicit' },
  {
    // "home is Kochi": where the user lives, unless the same message says where they are based or live, when it is the
    // home they come from ("based out of Rotterdam for work but home is Cebu").
    id: 'places.location.home-is',
    match: ATTRIBUTE_PLACE,
    key: 'location',
    subjects: ['attr'],
    attr: ['home'],
    via: 'from',
    strength: 'explicit',
  },

  {
    id: 'places.hometown.born',
    match: 'born|raised|grew|grow~ up? and? raised? up? in {x:place}',
    key: 'hometown',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: notALanguage,
  },
  {
    // "Grew up bilingual in Cantonese and English in Vancouver": where the user grew up, past the words between (not the
    // languages they grew up in).
    id: 'places.hometown.grew-up-gap',
    match: 'grew|grow~ up ... in {x:place}',
    key: 'hometown',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: notALanguage,
  },
  { id: 'places.hometown.originally', match: 'originally from|fae|frae {x:place}', key: 'hometown', where: 'anywhere', subjects: ['self', 'none'] },
  // Tagalog and Cebuano "taga Cebu ako", "taga-Davao ko": from there.
  { id: 'places.hometown.taga', match: 'taga -? {x:place}', key: 'hometown', where: 'anywhere', subjects: ['self', 'none'] },
  // "From Kottayam originally, been living in Tallaght …", "I'm from Tema originally": "originally" after the place.
  { id: 'places.hometown.from-originally', match: 'from|fae|frae {x:place} originally', key: 'hometown', where: 'anywhere', subjects: ['self', 'none'] },
  {
    // "Flying home to Accra on 3 Dec for Christmas", "heading home to Cork for the summer": the place gone home to.
    id: 'places.hometown.going-home',
    match: 'fly~|flying|flew|go~|going|head~|heading|travel~|travelling|traveling|drive~|driving|sail~|sailing home to {x:place}',
    key: 'hometown',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
  },
  {
    // "Durban boy, working out of Port Elizabeth now", "proper Glasgow lass": where the user is from, said as what they are.
    id: 'places.hometown.place-born',
    match: 'be~? a? proper|true|real? {x:place} boy|girl|lad|lass|born|native|gal|man|woman',
    key: 'hometown',
    subjects: ['none', 'self'],
    value: (v) => {
      const after = v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 2];
      // ("a Leeds man told me …", "Lagos boy band": a person or a thing of the place that the user is not; "a trans
      // woman": no place, in lower case.)
      if (!v.tokens.every((t) => capitalised(t))) return undefined;
      return after === undefined || after.pos === 'PUNCT' || after.pos === 'CCONJ' || after.low === 'here' ? v.text : undefined;
    },
  },
  {
    // "getting married back in my hometown, Ipoh, next April": the home town named beside the words for it.
    id: 'places.hometown.named',
    match: 'my hometown|home_town ,|of|-|( {x:place}',
    key: 'hometown',
    where: 'anywhere',
    subjects: ['self', 'we', 'none', 'other'],
    past: 'ok',
  },

  {
    id: 'places.current.visiting',
    // ("away on a hen in Kilkenny from Friday to Sunday")
    match: 'visiting|in|at {x:place} for|until|till|this|next|over|on|from',
    key: 'current_location',
    // "i'm going to my sister's in margate next week", "we're moving into the new place in Headingley on the 14th": a
    // trip or a move to come, not where the user is.
    keyOf: (v) => {
      const before = v.clause.slice(0, v.clause.indexOf(v.tokens[0]!));
      if (before.some((t) => t.lemma === 'move' && t.low.endsWith('ing'))) return 'planned_move';
      // ("Presenting a poster at IBMS Congress in Birmingham next month": a stay to come is a trip.)
      const after = v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1];
      return before.some((t) => TRIP_VERBS.has(t.low)) || after?.low === 'next' ? 'travel_plans' : 'current_location';
    },
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    bucket: 'dynamic',
    requires: 'time',
    // "started at Stripe this week", "joined at Monzo": a place of work begun, not a stay.
    // ("… back in ottawa on the 20th": where the user returns to is home, read by places.location.back-on.)
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      if (v.clause[at - 2]?.low === 'back') return undefined;
      // ("I'm in Mombasa for hearings at the Law Courts this week": the venue "at" in the town said before is no other stay.)
      if (
        v.clause[at - 1]?.low === 'at' &&
        v.clause.slice(0, at - 1).some((t, k) => t.low === 'in' && v.clause[k + 1] !== undefined && capitalised(v.clause[k + 1]!))
      )
        return undefined;
      return v.clause.some((t) => JOB_START.has(t.lemma) || JOB_START.has(t.low)) ? undefined : v.text;
    },
  },
  {
    // "currently in lagos for my cousin's wedding, back in ottawa on the 20th", "flying out to Accra on Thursday, back in
    // London on the 28th": the place the user goes back to, on a day said, after a stay elsewhere, is their home.
    id: 'places.location.back-on',
    match: 'back in|to {x:place} on|by|for|from|next|this',
    key: 'location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    strength: 'implied',
    requires: 'time',
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const away = v.clause.slice(0, Math.max(0, at - 2)).some((t, k, all) => (t.low === 'in' || t.low === 'to') && PLACES.matchAt(all, k + 1) > 0);
      return away ? v.text : undefined;
    },
  },
  {
    id: 'places.current.landed',
    match: 'landed|arrived|arriving|land~|arrive~ in|at {x:place}',
    key: 'current_location',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    bucket: 'dynamic',
    past: 'ok',
  },
  {
    id: 'places.current.parents',
    match: 'at my|our .. in {x:place}',
    key: 'current_location',
    where: 'anywhere',
    subjects: ['self', 'we'],
    bucket: 'dynamic',
    requires: 'time',
  },
  {
    id: 'places.travel.to',
    match: 'fly~|flying|flew|head~|heading|go~|going|travel~|travelling|traveling|off|trip|drive~|driving to {x:place}',
    key: 'travel_plans',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    bucket: 'dynamic',
    requires: 'time',
  },
  {
    // "Planning a trip to Kalymnos for the climbing", "we've booked a week in Crete": a trip planned or booked is to
    // come, with or without its dates (not one planned for someone else).
    id: 'places.travel.planned',
    // ("planning a gentle coastal walk in Pembrokeshire", "a hike up Snowdon": a walk, a hike or a tour is a trip too.)
    match:
      'plan~|planning|planned|booked|organising|organizing a|an|our|my .. trip|holiday|honeymoon|getaway|break|week|weekend|visit|walk|hike|trek|tour|cruise|staycation to|in|up|around {x:place}',
    key: 'travel_plans',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    bucket: 'dynamic',
    // (A trip with its dates is read whole by the patterns that require a time: "… trip to Lisbon and Porto in May".)
    value: (v) => (forSomeoneElse(v.sentence) || v.clause.some((t) => DATED.has(t.low)) ? undefined : v.text),
  },
  {
    id: 'places.travel.will-be',
    match: 'will be in|at {x:place}',
    key: 'travel_plans',
    where: 'anywhere',
    subjects: ['self', 'we'],
    bucket: 'dynamic',
    requires: 'time',
  },

  {
    // "need a hotel in Lisbon for 10-13 April", "can you find us a cottage in the Lake District for a week in October":
    // a stay or a journey the user asks for, with its dates, is a trip to come — unless it is booked for someone else.
    id: 'places.travel.booking',
    match:
      'hotel~|hotels|flight~|flights|cottage~|villa~|apartment~|airbnb|cabin~|hostel~|campsite~|room~|train~|ferry|ferries|holiday~|trip~ .. in|to|near|around {x:place}',
    key: 'travel_plans',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    request: true,
    inQuestion: true,
    bucket: 'dynamic',
    requires: 'time',
    // Asked as a question, the trip must be the user's ("can you find me …"), not the world's ("are trains to Vienna cheaper in May?").
    value: (v) =>
      forSomeoneElse(v.sentence) || (v.sentence.some((t) => t.text === '?') && !v.sentence.some((t) => FIRST_PERSON.has(t.low))) ? undefined : v.text,
  },

  {
    id: 'places.timezone.any',
    match: '{x:$timezone}',
    key: 'timezone',
    category: 'timezone',
    where: 'anywhere',
    subjects: ['self', 'we', 'none', 'attr'],
    request: true,
    value: timezoneWord,
  },
  {
    id: 'places.timezone.utc-offset',
    match: '{x:word} {y:num}',
    key: 'timezone',
    category: 'timezone',
    where: 'anywhere',
    subjects: ['self', 'none', 'attr'],
    request: true,
    value: (v) => (/^(?:utc|gmt)[+-]?$/i.test(v.text) ? `${v.text.toUpperCase()}${v.slot('y') ?? ''}` : undefined),
  },
];
