import { COUNT_WORDS, DAY_NAMES, MONTH_NAMES, NEAR_TIMES } from '../time.js';
import { OCCUPATIONS, PERSON_NOUNS } from '../lexicon/people.js';
import { PLACES } from '../lexicon/places.js';
import { BEAUTY_TRADES, JOBS, PLATFORMS, TRADE_GERUNDS } from '../lexicon/work.js';
import { TRAINING_VERBS } from '../lexicon/education.js';
import { WORKPLACES } from '../families.js';
import { DIETS } from '../lexicon/food.js';
import { capitalised, spanText, type Token } from '../../nlp/wink.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import { FIRST_PERSON, endsWith, without } from '../values.js';
import { PERSONALITY, jobAfterAge } from './identity.js';
import { NATIONALITY_WORDS } from '../lexicon/identity.js';
import { PAY } from './pay.js';
import { PLATFORM_PATTERNS } from './platforms.js';
import { SERVICE_PATTERNS } from './service.js';

/** Work: role, employer, industry, how and where the work is done. */

/** "68 year old retired bus driver" -> "retired bus driver": an age said before the job is the age's, not the job's. */
function withoutAge(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const words = text.split(' ');
  let k = 0;
  if (/^\d{1,3}(?:-year-old|-yr-old)?$/.test(words[0] ?? '')) {
    k = 1;
    if (words[0]!.includes('-')) return words.slice(1).join(' ') || undefined;
    while (k < words.length && ['year', 'years', 'yr', 'yrs', 'old', 'y/o', 'yo', '-'].includes(words[k]!.toLowerCase())) k++;
    if (k === 1) return text;
  }
  return words.slice(k).join(' ') || undefined;
}
/** Words of thanks that are also abbreviations of a job, said alone in lower case ("ok ta"). */
const THANKS_WORDS: ReadonlySet<string> = new Set(['ta']);
const byOccupation = (v: ValueContext): string | undefined => withoutAge(endsWith(OCCUPATIONS)(v));
const byJob = (v: ValueContext): string | undefined => withoutAge(endsWith(JOBS)(v));
/** A job title: a noun phrase whose head is an occupation or a job head ("warehouse operative", "claims handler"). */
// A head that is a verb's -ing form is something being done ("heading off in Jan", "heading to Kampala").
const doing = (v: ValueContext): boolean => {
  const head = v.tokens[v.tokens.length - 1];
  return head !== undefined && head.pos === 'VERB' && head.low.endsWith('ing');
};
/** Words before a job that say the user holds it alone ("the only IT admin", "the sole accountant"). */
const SOLE: ReadonlySet<string> = new Set(['only', 'sole', 'lone']);
/** "I trained as a nurse at Barts": what one trained as is education, not the job held now. */
const trainedAs = (clause: readonly Token[]): boolean => clause.some((t, k) => TRAINING_VERBS.has(t.low) && clause[k + 1]?.low === 'as');

const SPANS_OF_YEARS: ReadonlySet<string> = new Set(['years', 'yrs', 'decades', 'decade', 'year']);

const role = (v: ValueContext): string | undefined => {
  if (amateur(v) || doing(v) || trainedAs(v.clause)) return undefined;
  // ("a nanny-turned-daymother": what the user turned into.)
  const turned = v.tokens.findIndex((t, k) => t.low === 'turned' && v.tokens[k - 1]?.text === '-' && v.tokens[k + 1]?.text === '-');
  if (turned > 0 && turned + 2 < v.tokens.length) {
    const now = v.tokens.slice(turned + 2);
    return role({ ...v, tokens: now, text: spanText(now) });
  }
  // ("…, my old supervisor at tesco never replies": a person of the user's, named by their job, is not the user.)
  // ("I've been our Jira admin for six years": what the user is for their own people is their role.)
  const before = v.clause[v.clause.indexOf(v.tokens[0]!) - 1];
  if (OWNERS.has(v.tokens[0]?.low ?? '') && !(before !== undefined && (before.lemma === 'be' || before.low === "'m"))) return undefined;
  // ("a band 2 healthcare support worker": the pay band is a fact of its own, pay.band.)
  const banded = v.tokens.findIndex((t, j) => t.low === 'band' && /^\d/.test(v.tokens[j + 1]?.text ?? ''));
  if (banded >= 0 && banded <= 1 && v.tokens.length > banded + 2) {
    const rest = v.tokens.slice(banded + 2);
    return role({ ...v, tokens: rest, text: spanText(rest) });
  }
  const found = byOccupation(v) ?? byJob(v);
  let k = 0;
  while (v.tokens[k]?.pos === 'DET') k++;
  return found === undefined || !SOLE.has(v.tokens[k]?.low ?? '') || k + 1 >= v.tokens.length ? found : spanText(v.tokens.slice(k + 1));
};

/**
 * A job that opens a longer word: "a nurse's aide" (whose aide), "a nanny-turned-daymother" (the job left behind; what the
 * user turned into is read from the whole phrase).
 */
function jobOpensWord(v: ValueContext): boolean {
  const at = v.clause.indexOf(v.tokens[v.tokens.length - 1]!);
  const next = v.clause[at + 1];
  return next?.low === "'s" || (next?.text === '-' && v.clause[at + 2]?.low === 'turned');
}

/** Nouns after a job that say when or how much it is done, not what it is ("a nurse nights", "a cleaner weekends"). */
const NOT_HEADS: ReadonlySet<string> = new Set(['today', 'tonight', 'tomorrow', 'weekends', 'nights', 'days', 'mornings', 'evenings', 'lol', 'btw', 'tbh']);

/**
 * "I'm the assistant curate", "a student paramedic": a job from the list that is the modifier of the noun after it
 * names the job with that noun (the list need not know "curate").
 */
function withHeadNoun(v: ValueContext): string {
  const at = v.clause.indexOf(v.tokens[v.tokens.length - 1]!);
  const next = v.clause[at + 1];
  const after = v.clause[at + 2];
  const head =
    next !== undefined &&
    next.pos === 'NOUN' &&
    next.text === next.low &&
    next.low === next.lemma &&
    !NOT_HEADS.has(next.low) &&
    after?.low !== "'s" &&
    (after === undefined || after.pos !== 'NOUN');
  return head ? `${v.text} ${next.text}` : v.text;
}

/** "14 agents", "3 nurses": a phrase that opens with a number and closes on a plural counts people. */
function countsPeople(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return /^\d+$/.test(tokens[0]?.text ?? '') && tokens.length >= 2 && last !== undefined && last.pos === 'NOUN' && last.low !== last.lemma;
}

/** Words for work itself, said of what it is like as often as of what it is ("my job is a nightmare"). */
const WORK_AS_SUCH: ReadonlySet<string> = new Set(['job', 'work']);

/** People one is at a place without working there ("a regular at the pub", "a patient at St Mary's"). */
const NOT_STAFF: ReadonlySet<string> = new Set([
  'tourist',
  'commuter',
  'backpacker',
  'holidaymaker',
  'customer',
  'client',
  'patient',
  'guest',
  'visitor',
  'regular',
  'subscriber',
  'passenger',
  'resident',
  'parishioner',
  'worshipper',
  'believer',
  'beginner',
  'newcomer',
  'outsider',
  'insider',
  'stranger',
  'foreigner',
  'loser',
  'winner',
  'sucker',
  'other',
  'number',
  'order',
  'letter',
  'corner',
  'quarter',
  'dinner',
  'matter',
]);

/** A noun for someone who does a thing ("projectionist", "luthier", "usher"), not a way of being somewhere. */
function agentNoun(t: Token | undefined): boolean {
  if (t === undefined || t.pos !== 'NOUN' || NOT_STAFF.has(t.low) || PERSON_NOUNS.has(t.low) || PERSONALITY.has(t.low)) return false;
  return /(?:ist|ian|[^e]er|or|eer|ier|man|woman)$/.test(t.low) && t.low.length > 4;
}

/** Words before "hand" in idioms of skill or experience ("a dab hand", "an old hand"), not a worker's name. */
const SKILLED_HANDS: ReadonlySet<string> = new Set(['dab', 'old', 'safe', 'steady', 'helping', 'free', 'upper', 'first', 'second']);
/** Words of when work is done ("mostly nights", "mainly weekends"), not what it is about. */
const WHEN_WORKED: ReadonlySet<string> = new Set(
  'nights days weekends evenings mornings afternoons earlies lates shifts overtime nightshift weekdays'.split(' '),
);

/** Nouns with a trade's ending that name a creed, a stance or a way of living, not work (see work.role.trade-noun). */
const NOT_TRADES: ReadonlySet<string> = new Set(
  'atheist agnostic humanist pacifist feminist socialist communist capitalist marxist leftist centrist royalist unionist nationalist loyalist libertarian minimalist maximalist idealist purist traditionalist conformist nonconformist individualist hedonist utilitarian egalitarian humanitarian christian vegetarian pescatarian fruitarian rastafarian contrarian guardian civilian tourist cyclist motorist finalist specialist generalist'.split(
    ' ',
  ),
);

/** Letters after "a" / "an" that name no post ("I'm a VIP at the club", "an MP at …" is someone else's seat). */
const NOT_POSTS: ReadonlySet<string> = new Set(['VIP', 'OK', 'UK', 'US', 'EU', 'TV', 'PC']);
/** A grade or post written as its letters ("SEO", "EO", "HEO"). */
const postLetters = (text: string): boolean => /^[A-Z]{2,5}$/.test(text) && !NOT_POSTS.has(text);

/** A noun of someone who does a thing, as the job ("a projectionist", "a braider"). */
const byAgentNoun = (v: ValueContext): string | undefined => (agentNoun(v.tokens[0]) ? v.text : undefined);

/** "I do nails", "she does hair": a beauty trade done for others (see BEAUTY_TRADES). */
const DOES_A_TRADE = new RegExp(`^(?:do|does) (?:${[...BEAUTY_TRADES].join('|')})\\b`, 'i');

/** What the user does, from the verb after "I" to the slot's word ("I [make kente-inspired tote bags] as a side hustle"). */
function doneByUser(v: ValueContext): string | undefined {
  const at = v.clause.indexOf(v.tokens[0]!);
  const i = v.clause.findIndex((t) => t.low === 'i');
  const done = v.clause.slice(i + 1, at + 1);
  if (i < 0 || i >= at || done.length < 2 || done.length > 8 || !['VERB', 'AUX'].includes(done[0]!.pos)) return undefined;
  // A thing done, not a tense ("I've been playing professionally").
  if (done.some((t) => t.lemma === 'have' || t.low === 'been' || t.low === 'am' || t.low === "'m")) return undefined;
  return ['NOUN', 'PROPN'].includes(done[done.length - 1]!.pos) ? spanText(done) : undefined;
}

/** Nouns that name no kind of work ("I do freelance work sometimes"). */
const VAGUE_WORK: ReadonlySet<string> = new Set(['work', 'stuff', 'job', 'gig', 'bit', 'thing', 'project']);

const OWNERS: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'your']);

/** Verbs of getting to work. */
const COMMUTE_VERBS: ReadonlySet<string> = new Set(['cycle', 'bike', 'walk', 'drive', 'commute', 'run', 'scoot', 'ride']);

const SOON = new Set(['today', 'tonight', 'tomorrow', 'tmrw', 'tmr', 'tomoz', 'later', ...DAY_NAMES]);
/** What may follow a clock time ("at 3 then free", "at 4 tomorrow"). */
const AFTER_CLOCK = new Set(['am', 'pm', 'then', 'so', 'and', 'tomorrow', 'today', 'tonight', ...DAY_NAMES]);
/**
 * "Dentist on thursday at 4", "physio at 3 then free", "doctor tomorrow morning": a person seen at a
 * time is an appointment, not the user's job — a time follows the noun phrase.
 */
function booked(v: ValueContext): boolean {
  const at = v.clause.indexOf(v.tokens[v.tokens.length - 1]!);
  const next = v.clause[at + 1];
  const after = v.clause[at + 2];
  if (next === undefined) return false;
  if (SOON.has(next.low)) return true;
  if (!['on', 'at', 'this', 'next'].includes(next.low) || after === undefined) return false;
  if (SOON.has(after.low)) return true;
  // "at 4", "at 3 then free", "at 10:30am": a clock time, not a count ("at 3 schools").
  const then = v.clause[at + 3];
  return next.low === 'at' && /^\d{1,2}(?::\d\d)?(?:am|pm)?$/.test(after.low) && (then === undefined || then.pos === 'PUNCT' || AFTER_CLOCK.has(then.low));
}

/** "a keen baker", "a terrible cook", "an amateur photographer": a pastime or a self-judgement, not a job. */
const NOT_A_JOB = new Set([
  'keen',
  'avid',
  'amateur',
  'hobby',
  'hobbyist',
  'weekend',
  'terrible',
  'awful',
  'bad',
  'lousy',
  'rubbish',
  'enthusiastic',
  'passionate',
  'wannabe',
  'massive',
  'huge',
  'big',
  'obsessive',
  'casual',
  'occasional',
  'recreational',
  'backyard',
  'bedroom',
  'armchair',
]);
function amateur(v: ValueContext): boolean {
  const first = v.tokens.find((t) => !['a', 'an', 'the', 'my', 'bit', 'of', 'such', 'really', 'very', 'pretty', 'quite'].includes(t.low));
  return first !== undefined && NOT_A_JOB.has(first.low);
}

/** Words that say a span is a length of time, not an employer ("for 6 years", "for a while"). */
const DURATION = new Set([
  'year',
  'years',
  'yrs',
  'yr',
  'month',
  'months',
  'week',
  'weeks',
  'decade',
  'decades',
  'while',
  'ages',
  'ever',
  'life',
  'living',
  'now',
  'today',
  'day',
  'days',
  'hours',
  'hour',
]);

const SHORT_SPANS: ReadonlySet<string> = new Set(['week', 'weekend', 'fortnight']);
/** The clause bounds what it says to a few days ("this week", "next weekend", "tonight", "tomorrow"). */
function forAWhile(clause: readonly Token[]): boolean {
  return clause.some(
    (t, k) => ['tonight', 'today', 'tomorrow'].includes(t.low) || ((t.low === 'this' || t.low === 'next') && SHORT_SPANS.has(clause[k + 1]?.low ?? '')),
  );
}

/** The shifts the user works, not those of a few days only ("I'm on nights this week" is a status of the week). */
const lastingShift = (v: ValueContext): string | undefined => (forAWhile(v.clause) ? undefined : v.text);

/** An employer: a name ("Acme", "Prairie Span Engineering") or a described workplace ("a construction firm"). */
function employer(v: ValueContext): string | undefined {
  if (v.tokens.length === 0 || v.tokens.length > 6) return undefined;
  // (read past an article: "at the moment")
  const first = v.tokens.find((t) => t.pos !== 'DET') ?? v.tokens[0]!;
  if (first.pos === 'PRON' || ['home', 'night', 'nights', 'weekends', 'least', 'times', 'work', 'the moment', 'moment', 'school'].includes(first.low))
    return undefined;
  // ("an au pair with a family in lyon", "a carer for an older couple": people worked for in a home, not a business.)
  if (v.tokens.length <= 3 && HOUSEHOLDS.has(v.tokens[v.tokens.length - 1]!.low)) return undefined;
  // ("a funeral arranger at a firm in Gqeberha": a firm of no name is no employer named.)
  // ("at a wee place in Glasgow", "with a small agency": so with words that only describe it.)
  if (unnamedEmployer(v.tokens)) return undefined;
  // "for 6 years", "for a while", "for over a decade": a duration.
  if (first.pos === 'NUM' || v.tokens.some((t) => DURATION.has(t.low))) return undefined;
  // "at a hospital in Leeds": a place alone is not an employer.
  if (PLACES.matchAt(v.tokens, 0) === v.tokens.length && v.tokens.every((t) => t.pos === 'PROPN')) return undefined;
  return v.text;
}

/** The employer, when a name is among its words ("on the platform team at Monzo"; not "at a bakery"). */
const namedEmployer = (v: ValueContext): string | undefined => (named(v.tokens) ? employer(v) : undefined);
/** The employer after a job, unless the job is only what the user trained as ("trained as a nurse at Guy's"). */
const employerUnlessTrained = (v: ValueContext): string | undefined => (trainedAs(v.clause) ? undefined : employer(v));
const ARTICLES_AND_OURS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'our', 'my']);
/** A name among the words ("Rappler", "easyJet", "Sky" — which the tagger may read as a common noun). */
const named = (tokens: readonly Token[]): boolean => tokens.some((t) => t.pos === 'PROPN' || capitalised(t) || /[a-z][A-Z]/.test(t.text));

/** Words of the user's hours and shop-floor work, which make a chain named beside them their employer. */
const SHOP_FLOOR: ReadonlySet<string> = new Set(
  'work works working worked job contracted contract hours shift shifts nights lates earlies overnights days stacking stocking picking packing tills till checkout checkouts rota rotas staff colleague colleagues manager supervisor'.split(
    ' ',
  ),
);

/** Trades whose verb is work wherever it is done ("locuming at", "nannying for"), unlike "fishing at" or "baking for". */
const PLIED_AT: ReadonlySet<string> = new Set([
  'locuming',
  'nannying',
  'childminding',
  'bartending',
  'waitressing',
  'cheffing',
  'lecturing',
  'nursing',
  'teaching',
  'consulting',
  'contracting',
  'freelancing',
]);

/** Words for an employer that name none ("a firm", "a company"). */
const UNNAMED_EMPLOYERS: ReadonlySet<string> = new Set([
  'firm',
  'company',
  'business',
  'place',
  'agency',
  'practice',
  'store',
  'office',
  'employer',
  'site',
  'spot',
  'outfit',
]);
/** "a firm", "a wee place", "a small independent agency": an indefinite article, words that describe, a word for any employer. */
function unnamedEmployer(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (tokens.length < 2 || !['a', 'an'].includes(tokens[0]!.low) || !UNNAMED_EMPLOYERS.has(last!.low)) return false;
  return tokens.slice(1, -1).every((t) => (t.pos === 'ADJ' || t.pos === 'ADV') && !capitalised(t));
}

/** Verbs of seeking a job, which make a place named an employer hoped for. */
const SEEKING: ReadonlySet<string> = new Set(['apply', 'applying', 'interview', 'interviewing', 'want', 'hope', 'hoping']);

/** People a household worker works for, which name no employer ("a family", "an elderly couple"). */
const HOUSEHOLDS: ReadonlySet<string> = new Set(['family', 'families', 'couple', 'household', 'households', 'lady', 'gentleman', 'man', 'woman']);

/** Informal words for an employer ("a solar install mob", "a roofing outfit"). */
const EMPLOYER_HEADS = new Set([
  'mob',
  'outfit',
  'crew',
  'co',
  'ltd',
  'llc',
  'inc',
  'plc',
  'contractor',
  'contractors',
  'supplier',
  'provider',
  'manufacturer',
  'retailer',
  'chain',
  'franchise',
  'dealership',
  'distributor',
  'wholesaler',
]);

/** "a construction firm" -> "construction" (the industry is the firm's modifier). */
const CENTRES: ReadonlySet<string> = new Set(['centre', 'center']);

/** Verbs with which "with" names an employer ("I work with a law firm", "I'm contracting with an agency"). */
const WORK_VERBS: ReadonlySet<string> = new Set(['work', 'be', 'contract', 'consult', 'intern', 'train', 'volunteer', 'temp', 'freelance']);

/** Groups one goes to, not works for ("the support group", "a toddler group", "my book group"). */
const GATHERINGS: ReadonlySet<string> = new Set([
  'support',
  'peer',
  'prayer',
  'reading',
  'book',
  'bible',
  'study',
  'walking',
  'running',
  'toddler',
  'parent',
  'parents',
  'play',
  'chat',
  'whatsapp',
  'facebook',
]);

/**
 * Words before a workplace's head that say its size, standing, owner or reach, not its trade ("a small law firm", "a
 * regional gallery", "the city library"). (Nor "home" or "head": "at the home office" is an office at home, or the department.)
 */
const NOT_A_TRADE: ReadonlySet<string> = new Set([
  ...'a an the my our same current new old series family home head'.split(' '),
  ...'big small large tiny huge medium mid-size mid-sized small-ish busy good great nice major leading top well-known famous'.split(' '),
  ...'local global regional national international city town village county municipal provincial district rural urban suburban branch main central'.split(' '),
  ...'primary secondary high middle elementary grammar sixth form junior senior infant nursery'.split(' '),
  ...'state private public independent boarding comprehensive catholic christian diocesan parish'.split(' '),
]);

function industryOfWorkplace(v: ValueContext): string | undefined {
  const tokens = v.tokens;
  const last = tokens.length - 1;
  if (last > 0 && tokens[last]!.low === 'group' && GATHERINGS.has(tokens[last - 1]!.low)) return undefined;
  for (let k = 1; k < tokens.length; k++) {
    if (WORKPLACES.matchAt(tokens, k) === tokens.length - k || (k === tokens.length - 1 && EMPLOYER_HEADS.has(tokens[k]!.low))) {
      // "a 60-person law firm", "a 120 room hotel": a size, with a hyphen or without, is no part of the industry.
      const sized = (j: number): boolean =>
        tokens[j]!.pos === 'NUM' || tokens[j]!.low === '-' || tokens[j - 1]?.pos === 'NUM' || (tokens[j - 1]?.low === '-' && tokens[j - 2]?.pos === 'NUM');
      const words = tokens
        .slice(0, k)
        .filter((_, j) => !sized(j))
        .filter((t) => !NOT_A_TRADE.has(t.low) && t.pos !== 'NUM')
        // ("an aussie bank", "a Nigerian fintech": whose country it is names no trade.)
        .filter((t) => NATIONALITY_WORDS.matchAt([t], 0) !== 1);
      // "a children's charity": whom it serves is no industry.
      if (words.length === 0 || words.some((t) => t.pos === 'PROPN' || t.low === "'s")) return undefined;
      // "a call centre", "the day centre": what a centre does is named only with the word "centre".
      const named = CENTRES.has(tokens[tokens.length - 1]!.low) ? [...words, tokens[tokens.length - 1]!] : words;
      return named.map((t) => t.text).join(' ');
    }
  }
  return undefined;
}

/** A sector and the nouns that narrow it: "IT support", "retail banking", "tech sales". */
function sector(v: ValueContext): string | undefined {
  const last = v.clause.indexOf(v.tokens[v.tokens.length - 1]!);
  const more: Token[] = [];
  for (let k = last + 1; k < v.clause.length && more.length < 2; k++) {
    const t = v.clause[k]!;
    const next = v.clause[k + 1];
    // "IT support" with "support" read as a verb: a base form with no object after it.
    const bareVerb = t.pos === 'VERB' && t.low === t.lemma && (next === undefined || ['ADP', 'PUNCT', 'CCONJ'].includes(next.pos));
    if ((t.pos !== 'NOUN' && !bareVerb) || ['industry', 'sector', 'field', 'side', 'world', 'space', 'now', 'atm', 'rn'].includes(t.low)) break;
    more.push(t);
  }
  return more.length > 0 ? spanText([...v.tokens, ...more]) : v.text;
}

/** Not a place, nor a place with more after it ("work in Leeds next week"). */
// ("I work in Parramatta": a name no dictionary holds, alone and capitalised, is a place the lists lack, not a trade.)
const notAPlace = (v: ValueContext): string | undefined =>
  PLACES.matchAt(v.tokens, 0) > 0 || (v.tokens.length === 1 && v.tokens[0]!.oov && v.tokens[0]!.pos === 'PROPN' && capitalised(v.tokens[0]!))
    ? undefined
    : v.text;

/** Heads of a small business people have or run ("a spaza shop", "the chippy", "a market stall"). */
const SMALL_BUSINESSES: ReadonlySet<string> = new Set(
  'shop store stall chippy florist florists deli kiosk newsagent newsagents takeaway boutique bakery cafe café salon barbers barbershop pub b&b guesthouse tearoom tearooms'.split(
    ' ',
  ),
);

/**
 * "a spaza shop", "a kirana store", "the paper shop on Bridge St": the business the user has (a noun phrase that ends
 * in the head of a small business, said of the user or of "we"), as "owner of …". Not "my local shop", "the shop
 * next door", nor a past one ("had the shop for years" still says so only with "now").
 */
function smallBusiness(v: ValueContext): string | undefined {
  const head = v.tokens[v.tokens.length - 1];
  if (head === undefined || !SMALL_BUSINESSES.has(head.low) || v.tokens.length < 2) return undefined;
  const at = v.clause.indexOf(v.tokens[0]!);
  const verb = v.clause[at - 2];
  // ("we're a cheese shop": said with "be", only of "we", the business speaking as itself.)
  if (verb !== undefined && verb.lemma === 'be' && !v.clause.some((t) => t.low === 'we' || t.low === "we're")) return undefined;
  if (verb !== undefined && verb.low === 'had' && !v.clause.some((t) => t.low === 'now')) return undefined;
  if (v.tokens.some((t) => LOCAL_WORDS.has(t.low))) return undefined;
  return `owner of a ${v.text}`;
}
/** Words that say which job, not what kind ("my old job", "my day job"). */
const WHICH_JOB: ReadonlySet<string> = new Set(
  'old last first previous current new day night full-time part-time second main summer weekend proper real'.split(' '),
);

/** Sites a driver's or a shift worker's work is based at ("the Doncaster depot", "the Daventry DC"). */
const BASES: ReadonlySet<string> = new Set(['depot', 'yard', 'hub', 'warehouse', 'dc', 'terminal', 'garage', 'station', 'base']);

/** Words of when one runs, no business ("I run most mornings", "run every day"). */
const RUN_TIMES: ReadonlySet<string> = new Set(
  (
    'most every each some a the daily weekly mornings morning evenings evening nights night days day weekends weekend week lunchtimes ' +
    'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays'
  ).split(' '),
);

/** Contracts that are no terms of work ("on a phone contract"). */
const NOT_WORK_CONTRACTS: ReadonlySet<string> = new Set(['phone', 'mobile', 'sim', 'broadband', 'gym', 'energy', 'data', 'airtime']);

/** A contract of work named with its terms ("a permanent contract", "a 12-month contract"), not a phone's. */
function termsOfWork(v: ValueContext): string | undefined {
  const words = v.tokens.map((t) => t.low);
  return words.at(-1) === 'contract' && words.length >= 2 && !words.some((w) => NOT_WORK_CONTRACTS.has(w)) ? v.text : undefined;
}

/** Vehicles driven for hire or at work. */
const HIRED_VEHICLES: ReadonlySet<string> = new Set(
  'bus minibus coach taxi cab matatu trotro danfo jeepney tuk-tuk rickshaw lorry hgv artic tanker tram forklift ambulance tractor digger dumper'.split(' '),
);

/** Trucks and lorries, and the work that names one driven for a living ("reach truck", "tow truck", "bin lorry"). */
const TRUCKS: ReadonlySet<string> = new Set(['truck', 'lorry', 'wagon']);
const WORK_TRUCKS: ReadonlySet<string> = new Set([
  'reach',
  'tow',
  'fire',
  'dump',
  'bin',
  'refuse',
  'tipper',
  'skip',
  'recovery',
  'cement',
  'pallet',
  'delivery',
]);

/** Heads of a business one runs ("my food truck", "a small cleaning business"). */
const BUSINESS_HEADS: ReadonlySet<string> = new Set([
  ...SMALL_BUSINESSES,
  ...'business company truck van firm agency studio restaurant bar spot joint kitchen farm practice nursery gym garage'.split(' '),
]);
const LOCAL_WORDS: ReadonlySet<string> = new Set(['local', 'nearest', 'corner', 'favourite', 'favorite', 'usual', 'same', 'other', 'new', 'next']);

/** The verb and its object, up to six words and before a later preposition: "teach year 6", "run a small bakery", "lecture in civil engineering". */
function verbAndObject(tokens: readonly Token[]): readonly Token[] {
  const cut = tokens.findIndex((t, k) => k >= 2 && t.pos === 'ADP');
  return tokens.slice(0, cut < 0 ? 6 : Math.min(cut, 6));
}

/** Words of a working-hours span: clock times and counts, ranges, days and "a week". */
const HOURS_WORDS: ReadonlySet<string> = new Set(
  'to - – till til until am pm a per week wk day days hours hrs h shifts shift mon tue tues wed thu thurs fri sat sun weekdays most'.split(' '),
);
const CLOCK = /^\d{1,2}(?:[:.]\d\d)?(?:am|pm)?(?:[-–]\d{1,2}(?:[:.]\d\d)?(?:am|pm)?)?$/i;

/** The hours said after "work": a range of times ("7 to 3:30", "9-5", "8am-4pm") or a count a week ("4 days a week"). */
function workingHours(v: ValueContext): string | undefined {
  let end = 0;
  while (end < v.tokens.length && end < 10) {
    const t = v.tokens[end]!;
    if (!(CLOCK.test(t.text) || t.pos === 'NUM' || HOURS_WORDS.has(t.low) || DAY_NAMES.includes(t.low))) break;
    end++;
  }
  const span = v.tokens.slice(0, end);
  while (span.length > 0 && ['to', '-', 'a', 'per', 'most', 'till', 'until'].includes(span.at(-1)!.low)) span.pop();
  const clocks = span.filter((t) => /\d/.test(t.text));
  if (clocks.length === 0 || !/\d/.test(span[0]?.text ?? '')) return undefined;
  const range =
    clocks.some((t) => /\d[-–]\d/.test(t.text) || /\d(?:am|pm)$/i.test(t.text)) ||
    (clocks.length >= 2 && span.some((t) => ['to', '-', '–', 'till', 'until'].includes(t.low)));
  const weekly = span.some((t) => t.low === 'week' || t.low === 'wk');
  return range || weekly ? spanText(span) : undefined;
}

/** Kinds of employer ("for a fintech", "for the council"). */
const EMPLOYER_KINDS = new Set(
  'fintech startup start-up company firm bank agency charity council hospital school university uni nonprofit ngo consultancy studio retailer supermarket airline insurer publisher newspaper magazine brand manufacturer practice clinic trust government ministry department'.split(
    ' ',
  ),
);

/** Desks that are furniture or a place to go, not a market ("the front desk", "a standing desk"). */
const NOT_MARKETS: ReadonlySet<string> = new Set([
  'front',
  'help',
  'standing',
  'reception',
  'service',
  'information',
  'hot',
  'sit',
  'writing',
  'office',
  'computer',
]);
/** Words before a place that make it the whole of an area ("the whole Free State", "all of Kent"). */
const AREA_WORDS: ReadonlySet<string> = new Set(['whole', 'entire', 'all', 'across', 'most']);
/** Whether the place follows the verb directly: "my patch is Kent", not "my area is in Kent" (which says where it is). */
const isArea = (v: ValueContext): boolean => {
  const before = v.clause[v.clause.indexOf(v.tokens[0]!) - 1];
  return before !== undefined && (before.lemma === 'be' || before.low === "'s" || before.low === 'covers' || before.lemma === 'cover' || before.low === 'the');
};

/** Openers of a phrase of the user's own ("our standby rota", "my on-call"), and words that make a clause the user's. */
const OWN_OPENERS: ReadonlySet<string> = new Set(['our', 'my']);
const OWN_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'we', 'us', 'our']);
const OTHER_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'his', 'her', 'their']);

/** A count of days or turns, in figures or words ("4", "four"). */
const smallCount = (w: string | undefined): boolean => w !== undefined && (/^\d{1,2}$/.test(w) || COUNT_WORDS.has(w.toLowerCase()));

/** Duties that come round in turn ("a 1 in 4 standby rota", "one weekend in three"). */
const DUTIES: ReadonlySet<string> = new Set('rota rotas standby call on-call oncall weekend weekends night nights shift shifts rotation duty'.split(' '));

export const WORK: readonly PatternSpec[] = [
  { id: 'work.role.be', match: 'be~ {x:np}', key: 'role', value: role },
  {
    id: 'work.role.freelance-as',
    match: 'freelanc~|freelancing|contract~|contracting|consult~|consulting as a|an? {x:np}',
    key: 'role',
    where: 'anywhere',
    value: role,
  },
  {
    id: 'work.role.work-as',
    match: 'work~ .. as {x:np}',
    key: 'role',
    where: 'anywhere',
    strength: 'explicit',
    // ("working as head of security": the post goes on after "of", read whole by work.role.head-of.)
    value: (v) => (v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1]?.low === 'of' ? undefined : without(['for', 'at'])(v)),
  },
  // "since I went part time as a bookkeeper", "going freelance as a photographer": a change of terms, the job kept.
  {
    id: 'work.role.went-terms-as',
    match: 'went|gone|going|go part|full|freelance|self-employed|back .. as a|an {x:np}',
    key: 'role',
    where: 'anywhere',
    // (Said in the past, the change still holds: "I went part time" is how the user works now.)
    past: 'ok',
    value: role,
  },
  {
    id: 'work.role.training-to-be',
    match: 'training|studying|retraining|apprenticed|learning to be|become a|an {x:np}',
    key: 'role',
    where: 'anywhere',
    value: (v) => (role(v) ? `training to be ${/^[aeiou]/i.test(v.text) ? 'an' : 'a'} ${v.text}` : undefined),
  },
  {
    id: 'work.role.been-a',
    match: 'be~ been a|an {x:np}',
    key: 'role',
    past: 'ok',
    value: role,
  },
  {
    id: 'work.role.be-job',
    match: 'be~ been? a|an|the {x:$job}',
    key: 'role',
    value: (v) => (jobOpensWord(v) ? undefined : v.text),
  },
  {
    id: 'work.role.head-of',
    // ("I am now working as head of security at a hotel": said after "as" too.)
    match: 'be~|as been? the? head|director|vp|chief|lead|manager|coordinator|leader|editor of {x:np}',
    key: 'role',
    where: 'anywhere',
    value: (v) => {
      const head = v.clause.find(
        (t, k) => v.clause[k + 1]?.low === 'of' && ['head', 'director', 'vp', 'chief', 'lead', 'manager', 'coordinator', 'leader', 'editor'].includes(t.low),
      );
      return head && v.tokens.length <= 4 && v.tokens[0]?.pos !== 'PRON' ? `${head.text} of ${v.text}` : undefined;
    },
  },
  {
    id: 'work.role.trade-for',
    match: 'be~|been been? {x:word} for|since',
    key: 'role',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => TRADE_GERUNDS.get(v.tokens[0]?.low ?? ''),
  },
  {
    // "I've been driving for Edinburgh Trams since last spring", "I drive for Uber": whom a trade is plied for.
    id: 'work.company.trade-for',
    match: 'be~|been|drive~|driving been? {g:word}? for {x:np}',
    key: 'company',
    subjects: ['self', 'none', 'other'],
    // ("it's mandatory for my job driving for OC Transpo": the user's job, inside a clause about something else.)
    where: 'anywhere',
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!) - 1;
      let k = at;
      while (k > 0 && v.clause[k]!.low !== 'for') k--;
      const before = v.clause.slice(0, Math.max(0, k - 1));
      const myJob = before.length >= 2 && before[before.length - 2]!.low === 'my' && WORK_AS_SUCH.has(before[before.length - 1]!.low);
      const someoneElse = before.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'PRON' && !FIRST_PERSON.has(t.low)));
      if (someoneElse && !myJob) return undefined;
      const verb = v.slot('g')?.toLowerCase();
      const plied = verb === undefined ? v.clause.some((t) => t.lemma === 'drive') : TRADE_GERUNDS.has(verb);
      // (An app driven for is a gig platform, read as one: "I drive for Uber".)
      const app = PLATFORMS.matchAt(v.tokens, 0) > 0;
      return plied && !app && v.tokens.some((t) => t.pos === 'PROPN') && !v.tokens.some((t) => t.pos === 'NUM') ? employer(v) : undefined;
    },
  },
  {
    id: 'work.role.trade-for-a-living',
    match: '{x:word} for a living',
    key: 'role',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => TRADE_GERUNDS.get(v.tokens[0]?.low ?? ''),
  },
  { id: 'work.industry.be-in', match: 'be~ been? in {x:$industry} industry|sector|field?', key: 'industry', subjects: ['self', 'none', 'we'], value: sector },
  {
    id: 'work.industry.attr',
    match: "be~|'s in? {x:$industry}",
    key: 'industry',
    subjects: ['attr'],
    attr: ['job', 'work', 'career', 'background', 'field', 'industry', 'sector', 'line'],
    strength: 'explicit',
    value: sector,
  },
  {
    id: 'work.industry.in',
    match: 'work~|working|worked|career|job|jobs|background|experience|years|yrs ... in {x:$industry} industry|sector|field?',
    key: 'industry',
    where: 'anywhere',
    subjects: ['self', 'none', 'attr'],
    value: sector,
  },
  { id: 'work.industry.work-x', match: 'work~ {x:$industry}', key: 'industry', where: 'anywhere', value: sector },
  {
    id: 'work.company.job-at',
    match: '$job at|for|with {x:np}',
    key: 'company',
    where: 'anywhere',
    subjects: ['self', 'none', 'attr'],
    value: (v) => (v.tokens.some((t) => t.pos === 'PROPN') || WORKPLACES.matchAt(v.tokens, v.tokens.length - 1) > 0 ? employer(v) : undefined),
  },
  {
    id: 'work.role.be-lexicon',
    match: 'be~ a|an|the only|sole|lone? {x:$occupation}',
    key: 'role',
    value: (v) => (jobOpensWord(v) ? undefined : withHeadNoun(v)),
  },
  {
    id: 'work.role.employed-as',
    match: 'employed|hired|contracted|taken_on|working|work~ by|for .. as a|an {x:np}',
    key: 'role',
    where: 'anywhere',
    strength: 'explicit',
    value: role,
  },
  {
    id: 'work.role.someone-who',
    match: "as someone who|that be~|'s|has|have been? a|an {x:np}",
    key: 'role',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: role,
  },
  { id: 'work.style.be-a', match: 'be~ a|an {x:$workstyle}', key: 'work_style' },
  {
    id: 'work.status.retired',
    match: 'retired|retire~|semi-retired',
    key: 'work_status',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    // ("my plan is to … retire properly at 60", "I retire in March": "retire" itself is a plan, not the status.)
    value: (v) => {
      const at = v.clause.findIndex((t) => /^(?:semi-)?retire[ds]?$/.test(t.low));
      const word = v.clause[at]?.low;
      // ("a retired search dog", "our retired greyhound", "two retired greyhounds": said of something else; "a retired nurse"
      // is the user.)
      const next = v.clause[at + 1];
      const ofAnother =
        at > 0 &&
        (ARTICLES_AND_OURS.has(v.clause[at - 1]!.low) || v.clause[at - 1]!.pos === 'NUM') &&
        next?.pos === 'NOUN' &&
        OCCUPATIONS.matchAt(v.clause, at + 1) === 0 &&
        JOBS.matchAt(v.clause, at + 1) === 0;
      if (ofAnother) return undefined;
      return word === undefined || word.endsWith('retired') ? (word ?? 'retired') : undefined;
    },
  },
  {
    // "side hustle is flipping vintage clothes on Vinted", "my side hustle is candles": work done beside the job.
    id: 'work.side-hustle.attr',
    match: "be~|'s {x:rest}",
    key: 'side_hustle',
    subjects: ['attr'],
    attr: ['hustle'],
    strength: 'explicit',
    value: (v) => {
      const end = v.tokens.findIndex((t, k) => k > 0 && (t.pos === 'PUNCT' || t.low === 'but' || t.low === 'so'));
      const what = end < 0 ? v.tokens : v.tokens.slice(0, end);
      return what.length > 0 && what.length <= 10 && what[0]!.pos !== 'PRON' ? spanText(what) : undefined;
    },
  },
  {
    // "these days I make kente-inspired tote bags as a side hustle", "I do wedding cakes as a side gig": what the user
    // does, from the verb after "I" (the tagger often calls the nouns of such a phrase verbs).
    id: 'work.side-hustle.as',
    match: '{x:word} as a|my side hustle|gig|business|earner|line|job',
    key: 'side_hustle',
    where: 'anywhere',
    subjects: ['self'],
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      return v.clause[at + 3]?.low === 'side' || v.clause[at + 2]?.low === 'side' ? doneByUser(v) : undefined;
    },
  },
  {
    // "These days I do freelance proofreading from home": work done freelance is the user's job.
    id: 'work.role.do-freelance',
    match: 'do~|doing freelance {x:np}',
    key: 'role',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // (Not "freelance work" or "stuff": the work must be named.)
    value: (v) =>
      v.tokens.some((t) => (t.pos === 'NOUN' || (t.pos === 'VERB' && t.low.endsWith('ing'))) && !VAGUE_WORK.has(t.lemma)) ? `freelance ${v.text}` : undefined,
  },
  {
    // "I shoot weddings professionally in Pune": what the user does for pay.
    id: 'work.role.professionally',
    match: '{x:word} professionally',
    key: 'role',
    where: 'anywhere',
    subjects: ['self'],
    value: doneByUser,
  },
  {
    id: 'work.role.job-is',
    match: "be~|'s {x:np}",
    key: 'role',
    subjects: ['attr'],
    attr: ['job', 'role', 'title', 'occupation', 'profession', 'position', 'work'],
    strength: 'explicit',
    // ("day work is a nice change", "my job is a nightmare": what work is like; after "job" or "work" only a job is the
    // role — a title is any title, "my title is VP Engineering".)
    value: (v) =>
      v.tokens[0]?.pos === 'DET' && WORK_AS_SUCH.has(v.clause.slice(0, v.clause.indexOf(v.tokens[0])).findLast((t) => t.pos === 'NOUN')?.low ?? '')
        ? role(v)
        : v.text,
  },
  // ("28 nurse from Cebu": an age opens the phrase, no title does; see after-age.)
  {
    id: 'work.role.fragment',
    match: '{x:np}',
    key: 'role',
    subjects: ['none'],
    // ("14 agents under me": a number of people is no title; "911 dispatcher" is one.)
    // ("ok ta thats perfect": "ta" alone in lower case is thanks, not a teaching assistant.)
    value: (v) => (booked(v) || jobAfterAge(v.tokens) >= 0 || countsPeople(v.tokens) || THANKS_WORDS.has(v.text) ? undefined : role(v)),
    strength: 'plain',
  },
  // "I'm in Kumasi, teller at the Adum branch": a bare job title after a comma, where the user is placed, is theirs.
  {
    id: 'work.role.after-comma',
    match: ', {x:np} at|for|with|in|on|.|!',
    key: 'role',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // (Not after someone of the user's: "I live with my sister, nurse at the Royal".)
    value: (v) => {
      const before = v.clause.slice(0, v.clause.indexOf(v.tokens[0]!));
      const theirs = before.some((t) => ['my', 'our', 'his', 'her', 'their'].includes(t.low) || PERSON_NOUNS.matchAt([t], 0) > 0);
      return v.tokens[0]?.pos === 'NOUN' && !theirs ? role(v) : undefined;
    },
  },
  {
    // "I'm 29 and deputy news editor at the Coventry Telegraph": the job joined to the age the user is.
    id: 'work.role.age-and',
    match: 'be~ {n:num} and a|an? {x:np}',
    key: 'role',
    value: role,
  },
  // "34 hospital pharmacist two kids …": the occupation after the age a fragment opens with.
  {
    id: 'work.role.after-age',
    match: '{n:num} {x:np}',
    key: 'role',
    subjects: ['none'],
    // (The phrase runs on into the rest of the fragment: it is cut after its first occupation.)
    value: (v) => {
      if (v.clause.indexOf(v.tokens[0]!) !== 1 || booked(v)) return undefined;
      const job = jobAfterAge([v.clause[0]!, ...v.tokens]);
      return job < 0 ? undefined : spanText(v.tokens.slice(0, job));
    },
  },
  { id: 'work.role.here', match: '{x:np} here|by', key: 'role', where: 'anywhere', subjects: ['none', 'self'], value: role },
  // "I'm an aquarist, mostly jellyfish culture", "I'm a luthier.": a trade's noun the list does not know, said on its own.
  // (Only the endings of trades and professions, "-ist", "-ian", "-eer", "-ier", "-smith"; not a creed, a diet or a temperament.)
  {
    id: 'work.role.trade-noun',
    match: 'be~ a|an {x:word} ,|.|!|-|and|so|but|by|mostly|mainly|myself|too',
    key: 'role',
    value: (v) => {
      const t = v.tokens[0];
      return t !== undefined && agentNoun(t) && /(?:ist|ian|eer|ier|smith)$/.test(t.low) && !NOT_TRADES.has(t.low) && DIETS.matchAt(v.tokens, 0) === 0
        ? v.text
        : undefined;
    },
  },
  // "I'm a cellar hand at a winery", "im a yard hand": a worker named by the place or thing worked and "hand", whatever the
  // lists know of them.
  {
    id: 'work.role.hand',
    match: 'be~ a|an {x:word} hand',
    key: 'role',
    // (Not the idioms of skill and experience: "a dab hand at DIY", "an old hand".)
    value: (v) => (v.tokens[0]?.pos === 'NOUN' && !PERSON_NOUNS.has(v.tokens[0].low) && !SKILLED_HANDS.has(v.tokens[0].low) ? `${v.text} hand` : undefined),
  },
  // "I'm an aquarist, mostly jellyfish culture", "a sparky, mainly domestic rewires": what the work is mostly about.
  {
    id: 'work.expertise.mostly',
    match: 'be~ a|an {r:word} , mostly|mainly {x:np}',
    key: 'expertise',
    category: 'expertise',
    list: true,
    value: (v) => {
      const r = v.slotTokens('r');
      // (Not when the work is done: "a nurse, mostly nights".)
      if (v.tokens.some((t) => WHEN_WORKED.has(t.low))) return undefined;
      return agentNoun(r[0]) || OCCUPATIONS.matchAt(r, 0) > 0 ? v.text : undefined;
    },
  },
  {
    // "I'm a projectionist at an indie cinema": a noun of someone who does a thing, held at a place of work.
    id: 'work.role.agent-at',
    match: 'be~ a|an {x:word} at|for a|an|the|our',
    key: 'role',
    value: byAgentNoun,
  },
  // "I'm a freelance retoucher", "a locum sonographer": the same, said with the terms it is done on.
  {
    id: 'work.role.agent-on-terms',
    match: 'be~ a|an freelance|locum|seasonal|agency|contract|sessional|relief {x:word}',
    key: 'role',
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      return agentNoun(v.tokens[0]) ? spanText(v.clause.slice(at - 1, at + 1)) : undefined;
    },
  },
  // "I'm currently an SEO at HMRC", "I'm an EO at DWP": a grade or post known by its letters, held at a named employer.
  {
    id: 'work.role.letters-at',
    match: 'be~ a|an {x:word} at|with|for @PROPN',
    key: 'role',
    value: (v) => (postLetters(v.text) ? v.text : undefined),
  },
  // "i'm a braider in Lekki", "I'm a shopfitter from Leeds": the same, then the place where it is done.
  { id: 'work.role.agent-in', match: 'be~ a|an {x:word} in|at|from|out_of @PROPN', key: 'role', value: byAgentNoun },
  {
    // "I'm Marguerite, 71, retired librarian out in Galway": a job said after the user's name and age.
    id: 'work.role.appositive',
    match: '@NUM , a|an? {x:np} out|in|from|at|and|,|.|-',
    key: 'role',
    where: 'anywhere',
    subjects: ['self'],
    value: (v) => {
      if (!v.clause.slice(0, 2).some((t) => t.lemma === 'be')) return undefined;
      // ("retired librarian": the job held before, said as what the user is.)
      const held = v.tokens[0]?.low === 'retired' ? v.tokens.slice(1) : v.tokens;
      return held.length > 0 && role({ ...v, tokens: held, text: spanText(held) }) !== undefined ? v.text : undefined;
    },
  },
  {
    id: 'work.role.as-a',
    match: 'as a|an {x:np} ,|.|!|i|my|we|-|at|in|for|with|on|near|outside|around|and|but|so|since|because',
    key: 'role',
    where: 'anywhere',
    subjects: ['none', 'self'],
    value: role,
  },
  // ("I'm on earlies as a housekeeper so we barely see each other": the same, closing its clause.)
  {
    id: 'work.role.as-a-end',
    match: 'as a|an {x:np}',
    key: 'role',
    where: 'anywhere',
    subjects: ['none', 'self'],
    value: (v) => (v.clause[v.clause.length - 1] === v.tokens[v.tokens.length - 1] ? role(v) : undefined),
  },
  // "staying as customer service supervisor", "I'll remain as deputy head": the post kept, article or none.
  {
    id: 'work.role.staying-as',
    match: 'stay~|staying|stayed|remain~|remaining|carry~|carrying on|put? as a|an? {x:np}',
    key: 'role',
    where: 'anywhere',
    subjects: ['none', 'self'],
    value: role,
  },
  { id: 'work.role.promoted', match: 'get~|be~ promoted to {x:np}', key: 'role', where: 'anywhere', past: 'ok', strength: 'explicit' },
  // "I'm locuming at an equine practice", "she's nannying for a family in Lyon": a trade plied now where it is plied.
  // (Only trades whose verb is work: "I'm fishing at the lake" or "baking for the party" are pastimes.)
  {
    id: 'work.role.plying-at',
    match: 'be~ {x:word} at|for',
    key: 'role',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => (PLIED_AT.has(v.text.toLowerCase()) ? TRADE_GERUNDS.get(v.text.toLowerCase()) : undefined),
  },
  {
    id: 'work.company.plying-at',
    match: 'be~ {g:word} at|for {x:np}',
    key: 'company',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => (PLIED_AT.has(v.slot('g')?.toLowerCase() ?? '') ? namedEmployer(v) : undefined),
  },
  // "I got made up to district officer in March", "been bumped up to senior": promoted, in the words of the shop floor.
  {
    id: 'work.role.made-up',
    match: 'get~|got|be~|been made|bumped up to {x:np}',
    key: 'role',
    where: 'anywhere',
    past: 'ok',
    strength: 'explicit',
    value: role,
  },
  // "moved up to porter supervisor in January", "stepped up to team leader": promoted, said as a step up.
  {
    id: 'work.role.moved-up',
    match: 'move~|moved|moving|step~|stepped|stepping up to {x:np}',
    key: 'role',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    strength: 'explicit',
    value: role,
  },
  // "they've just moved me over to assistant sommelier", "they promoted me to shift lead": a new job, said as what the
  // employer did to the user.
  {
    id: 'work.role.moved-me',
    match: 'move~|moved|moving|promote~|promoted|bump~|bumped|switch~|switched me over|across|up? to {x:np}',
    key: 'role',
    where: 'anywhere',
    subjects: ['other', 'self', 'none'],
    past: 'ok',
    strength: 'explicit',
    value: role,
  },
  {
    id: 'work.role.became',
    match: 'become~|became|start~|starting|going|go~ freelance? as|a|an {x:np}',
    key: 'role',
    where: 'anywhere',
    past: 'ok',
    value: role,
  },
  // "now i do ux research for a fintech", "I do payroll for a charity": the work done for an employer of a kind.
  {
    id: 'work.role.do-for',
    match: 'do~|doing {x:np} for a|an|the {o:word}',
    key: 'role',
    where: 'anywhere',
    value: (v) => (EMPLOYER_KINDS.has(v.slot('o')?.toLowerCase() ?? '') ? v.text : undefined),
  },
  // "I work box office at the National", "I do front of house for the fringe shows": a post named bare after "work" or
  // "do" (of two words or more after "do": "I do PT twice a week" is a workout).
  {
    id: 'work.role.work-a-post',
    match: 'work~|do~ {x:np}',
    key: 'role',
    value: (v) => (v.tokens[0]?.pos === 'DET' || (v.tokens.length < 2 && v.clause[v.clause.indexOf(v.tokens[0]!) - 1]?.lemma === 'do') ? undefined : byJob(v)),
  },
  { id: 'work.role.for-a-living', match: '{x:rest} for a living', key: 'role', where: 'anywhere', subjects: ['self', 'none'], strength: 'explicit' },
  {
    id: 'work.role.verb',
    match: '{x:rest}',
    key: 'role',
    value: (v) => {
      if (
        !/^(?:lecture|teach|nurse|tutor|coach|manage|run|own|freelance|consult|practise|practice|farm|bartend|babysit|nanny|cater|waitress|childmind)s?\b/i.test(
          v.text,
        ) &&
        // ("I do nails from home", "she does hair": a beauty trade is done for others, as work.)
        !DOES_A_TRADE.test(v.text)
      )
        return undefined;
      const words = verbAndObject(v.tokens);
      // ("I coach the under 10s on Saturdays": an object cut short after its article names nothing.)
      if (words.length > 1 && words[words.length - 1]!.pos === 'DET') return undefined;
      // ("both run out in 2025": what runs out expires, and is no business run; "I run most mornings" is a habit.)
      if (/^runs?$/i.test(words[0]!.text) && (words[1]?.low === 'out' || words.slice(1).every((t) => RUN_TIMES.has(t.low)))) return undefined;
      // "I run when I can", "I manage": without an object these verbs name no job ("I teach", "I farm" do).
      if (words.length === 1 && /^(?:run|own|manage|practise|practice|coach)s?$/i.test(words[0]!.text)) return undefined;
      // "I run Kaneshie to Madina": a route run, from one place to another, is no business.
      const end = v.clause.indexOf(words[words.length - 1]!);
      if (/^runs?$/i.test(words[0]!.text) && words[1]?.pos === 'PROPN' && v.clause[end + 1]?.low === 'to') return undefined;
      return spanText(words);
    },
  },
  // "I've got a spaza shop in Soweto", "I am running a kirana store in Pune", "we're a cheese shop, not a deli", "had the
  // paper shop on Bridge St 22 years now": a small business the user has or runs is their work.
  {
    id: 'work.role.small-business',
    match: "have~|had|got|'ve_got|running|owning|be~ a|an|the|my|our {x:np}",
    key: 'role',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
    value: smallBusiness,
  },
  // "I drive a matatu on the Nakuru-Nairobi route", "drives a black cab": a vehicle driven for hire is the user's job
  // (not "I drive a Corolla": a car one owns).
  {
    id: 'work.role.drive-a',
    match: 'drive~|driving a|an|the {x:word}',
    key: 'role',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => (HIRED_VEHICLES.has(v.text.toLowerCase()) ? `${v.text} driver` : undefined),
  },
  // "i drive a reach truck in the chill warehouse", "I drive a tow truck": a truck named by the work it does.
  {
    id: 'work.role.drive-work-truck',
    match: 'drive~|driving a|an|the {m:word} {x:word}',
    key: 'role',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => {
      const kind = v.slot('m') ?? '';
      return WORK_TRUCKS.has(kind.toLowerCase()) && kind === kind.toLowerCase() && TRUCKS.has(v.text.toLowerCase()) ? `${kind} ${v.text} driver` : undefined;
    },
  },
  // "i drive out of the Doncaster depot", "working out of the Daventry DC": the site the user's work is based at.
  {
    id: 'work.company.base',
    match: 'drive|drives|driving|work|works|working|run|runs|running|based out|from of? the|a {x:np}',
    key: 'company',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => (BASES.has(v.tokens[v.tokens.length - 1]?.low ?? '') && v.tokens.length >= 2 ? v.text : undefined),
  },
  // "a barista on a zero hour contract", "on zero hours at the hotel bar", "on an 18-month contract that ends in December": the
  // terms the user works on (not a phone's or a gym's contract).
  {
    id: 'work.contract.on',
    match: 'on a|an? {x:np}',
    key: 'contract',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => {
      const words = v.tokens.map((t) => t.low);
      if (/^zero[- ]?hours?$/.test(words.join(' '))) return v.text;
      return termsOfWork(v);
    },
  },
  // "they've given me a permanent contract from 1 September", "just signed a 12-month contract": the terms the user was given.
  {
    id: 'work.contract.given',
    match: 'given|gave|offered|offer~ me a|an {x:np}',
    key: 'contract',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    past: 'ok',
    value: termsOfWork,
  },
  {
    id: 'work.contract.signed',
    match: 'signed|got|landed a|an {x:np}',
    key: 'contract',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: termsOfWork,
  },
  // "they've made me permanent as of today!!": the terms the user now works on.
  {
    id: 'work.contract.made',
    match: 'made|making me permanent|perm|full-time|salaried',
    key: 'contract',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    past: 'ok',
    value: (v) => v.clause.at(v.clause.findIndex((t) => t.low === 'me') + 1)?.low.replace(/^perm$/, 'permanent'),
  },
  // "put me down as an auto electrician now", "list me as a sole trader": what the user asks to be recorded as.
  {
    id: 'work.role.put-down-as',
    match: 'put|list|mark me down? as a|an {x:np}',
    key: 'role',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    request: true,
    value: byOccupation,
  },
  // "I've just taken over my aunt's café in Cape Coast", "took over the family bakery": a business the user now runs.
  {
    id: 'work.role.took-over',
    match: 'taken|took|taking|take over a|an|the|my|our {x:np}',
    key: 'role',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    past: 'ok',
    value: (v) => {
      if (!BUSINESS_HEADS.has(v.tokens[v.tokens.length - 1]?.low ?? '')) return undefined;
      // (Whose it was is not part of it: "my aunt's café" -> "café".)
      const owner = v.tokens.findIndex((t) => t.low === "'s" || t.low === '’s');
      return `runs the ${spanText(owner >= 0 ? v.tokens.slice(owner + 1) : v.tokens)}`;
    },
  },
  // "Running my food truck out of Brisbane", "running a small cleaning business these days": a fragment opening on the
  // business the user runs (not "running late", "running the Leeds half").
  {
    id: 'work.role.running-fragment',
    match: 'running|owning a|an|my|our {x:np}',
    key: 'role',
    subjects: ['none'],
    value: (v) => (v.clause.indexOf(v.tokens[0]!) === 2 && BUSINESS_HEADS.has(v.tokens[v.tokens.length - 1]?.low ?? '') ? v.text : undefined),
  },
  // "we run a B&B in Oban", "my wife and I own a bakery": a business run with someone else is still the user's work.
  {
    id: 'work.role.we-run',
    match: '{x:rest}',
    key: 'role',
    subjects: ['we'],
    value: (v) => {
      if (!/^(?:run|own|co-own|co-run)s?\b/i.test(v.text)) return undefined;
      const words = verbAndObject(v.tokens);
      // (An object cut short after its article names no business.)
      if (words.length > 1 && words[words.length - 1]!.pos === 'DET') return undefined;
      return words.some((_, k) => k > 0 && WORKPLACES.matchAt(words, k) > 0) ? spanText(words) : undefined;
    },
  },
  // "I work 7 to 3:30 most days", "work 9-5 mon-fri", "I work 4 days a week", "my hours are 8am-4pm": the hours worked.
  { id: 'work.hours.work', match: 'work~|working {x:rest}', key: 'working_hours', where: 'anywhere', value: workingHours },
  // "contracted 16 hours at asda", "I'm contracted for 37.5 hrs": the hours the user's contract gives them.
  {
    id: 'work.hours.contracted',
    match: 'contracted for|to? {x:num} hours|hrs|hour|hr',
    key: 'contracted_hours',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => `${v.text} hours`,
  },
  ...PAY,
  ...PLATFORM_PATTERNS,
  ...SERVICE_PATTERNS,
  { id: 'work.hours.attr', match: "be~|'s|: {x:rest}", key: 'working_hours', subjects: ['attr'], attr: ['hours'], value: workingHours },
  { id: 'work.status.be', match: 'be~ {x:$workstatus}', key: 'work_status', past: 'ok' },
  { id: 'work.status.fragment', match: '{x:$workstatus}', key: 'work_status', subjects: ['none'] },
  // "I'm a maths teacher in Leicester, on mat leave till September": the status said after the user's own clause.
  { id: 'work.status.appositive', match: ', {x:$workstatus}', key: 'work_status', where: 'anywhere', subjects: ['self', 'none'] },
  { id: 'work.status.semi', match: 'semi - retired', key: 'work_status', subjects: ['none', 'self'], where: 'anywhere', value: () => 'semi-retired' },

  { id: 'work.company.work-at', match: 'work~ .. at|for {x:np}', key: 'company', where: 'anywhere', value: employer },
  {
    // "I run a teen book club at the library where I work", "the school where I teach": the place of work named before.
    id: 'work.company.where-i-work',
    match: 'i {x:word}',
    key: 'company',
    where: 'anywhere',
    subjects: ['self', 'none', 'other'],
    value: (v) => {
      // (The clause reader leaves "where" out of both clauses: it is read from the sentence.)
      const verb = v.tokens[0]!;
      const at = v.sentence.indexOf(verb) - 2;
      if ((verb.low !== 'work' && verb.low !== 'teach') || v.sentence[at]?.low !== 'where') return undefined;
      let k = at;
      while (k > 0 && at - k < 4 && ['NOUN', 'PROPN', 'ADJ'].includes(v.sentence[k - 1]!.pos)) k--;
      const words = v.sentence.slice(k, at);
      return words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? spanText(words) : undefined;
    },
  },
  {
    // "my day job is accounting at Safaricom", "my job's nights on a ward at St James's": where the job said is done.
    id: 'work.company.job-is-at',
    match: "be~|'s ... at|for|with {x:np}",
    key: 'company',
    subjects: ['attr'],
    attr: ['job', 'role', 'work'],
    value: (v) => (v.tokens.some((t) => t.pos === 'PROPN') && !trainedAs(v.clause) ? employer(v) : undefined),
  },
  {
    id: 'work.company.role-at',
    match: '$occupation at|for|with {x:np}',
    key: 'company',
    where: 'anywhere',
    subjects: ['self', 'none', 'attr'],
    value: employerUnlessTrained,
  },
  // "I'm currently an SEO at HMRC": the employer of a post known by its letters (work.role.letters-at).
  {
    id: 'work.company.letters-at',
    match: 'be~ a|an {r:word} at|with|for {x:np}',
    key: 'company',
    value: (v) => (postLetters(v.slot('r') ?? '') && v.tokens.some((t) => t.pos === 'PROPN') ? employer(v) : undefined),
  },
  // "now I'm an aquarist at the National Marine Aquarium": the named employer of a job known by its agent noun
  // (work.role.agent-at), which the occupation list need not know.
  {
    id: 'work.company.agent-at',
    match: 'be~ a|an {r:word} at|with|for {x:np}',
    key: 'company',
    value: (v) => {
      const [r] = v.slotTokens('r');
      return agentNoun(r) && named(v.tokens) ? employerUnlessTrained(v) : undefined;
    },
  },
  // "working as DST INSPIRE faculty fellow at IISER Pune": the job said with "as" names the employer after it, whatever the
  // job's words (the occupation list need not know "fellow").
  {
    id: 'work.company.work-as-at',
    match: 'work~ as a|an? {r:np} at|for|with {x:np}',
    key: 'company',
    where: 'anywhere',
    subjects: ['self', 'none', 'attr'],
    value: employerUnlessTrained,
  },
  {
    id: 'work.company.joined',
    match: 'join~|joined|start~ at? {x:np}',
    key: 'company',
    where: 'anywhere',
    past: 'ok',
    // ("phased return starts monday": a day is no employer.)
    value: (v) =>
      v.tokens.every((t) => t.pos === 'PROPN') && !v.tokens.some((t) => DAY_NAMES.includes(t.low) || MONTH_NAMES.includes(t.low)) ? v.text : undefined,
  },
  {
    id: 'work.company.be-at',
    match: 'be~ now? at|with {x:np}',
    key: 'company',
    // ("I'm an optometrist, been with Specsavers in Dunedin 4 years now": a job said in the sentence, a name after "with".)
    value: (v) =>
      v.clause.some((t) => ['work', 'job', 'doing', 'startup', 'company', 'firm'].includes(t.low)) ||
      v.tokens.some((t) => WORKPLACES.has(t.low)) ||
      (v.tokens[0]!.pos === 'PROPN' && capitalised(v.tokens[0]!) && v.sentence.some((_, k) => OCCUPATIONS.matchAt(v.sentence, k) > 0))
        ? employer(v)
        : undefined,
    requires: 'current',
  },
  {
    id: 'work.company.quit',
    match: 'quit|left|leave|leaving|resign~ from? {x:name}',
    key: 'company',
    where: 'anywhere',
    retracts: true,
    past: 'ok',
    // ("deaf in my left ear": "left" after "my" or "the" is a side.)
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const verb = v.clause[at - 1]?.low === 'from' ? at - 2 : at - 1;
      return ['my', 'your', 'his', 'her', 'their', 'our', 'the'].includes(v.clause[verb - 1]?.low ?? '') ? undefined : v.text;
    },
  },
  // "I left the matatu work last month", "quit my bar job", "packed in the cleaning work": the kind of work left.
  {
    id: 'work.role.quit',
    match: 'quit|left|leave|leaving|packed_in|gave_up|stopped the|my {x:word} work|job|jobs|gig',
    key: 'role',
    where: 'anywhere',
    retracts: true,
    past: 'ok',
    // (Not which job it was: "left my old job", "quit my day job".)
    value: (v) => (WHICH_JOB.has(v.text.toLowerCase()) ? undefined : v.text),
  },
  {
    // "got laid off from Shopify in march", "made redundant by Aviva", "let go from Deliveroo": a former employer.
    id: 'work.company.laid-off',
    match: 'laid|let|made off|go|redundant from|by {x:name}',
    key: 'company',
    where: 'anywhere',
    retracts: true,
    past: 'ok',
  },

  { id: 'work.industry.work-in', match: 'work~ .. in {x:np}', key: 'industry', where: 'anywhere', value: notAPlace },
  { id: 'work.industry.the-industry', match: 'in the {x:np} industry|sector|trade|field|business', key: 'industry', where: 'anywhere' },
  {
    // "my patch is the whole Free State", "my territory covers Queensland", "Got given DACH as my region": the area a rep covers.
    id: 'work.territory.my-patch',
    match: "my|our patch|territory|region|area be~|'s|cover~|covers .. {x:place}",
    key: 'territory',
    where: 'anywhere',
    subjects: ['attr', 'other', 'self', 'none'],
    value: (v) => (AREA_WORDS.has(v.clause[v.clause.indexOf(v.tokens[0]!) - 1]?.low ?? '') || isArea(v) ? v.text : undefined),
  },
  { id: 'work.territory.as-my', match: '{x:np} as my|our patch|territory|region', key: 'territory', where: 'anywhere', subjects: ['self', 'none'] },
  {
    // "I cover theatres right across Queensland", "covering all over Yorkshire": the area the user's work takes in.
    id: 'work.territory.cover-across',
    match: 'cover~|covering ... across|throughout|all_over {x:place}',
    key: 'territory',
    where: 'anywhere',
    subjects: ['self', 'none'],
  },
  {
    id: 'work.industry.workplace',
    match: 'at|for|with|in a|an|the {x:np}',
    key: 'industry',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // (Not "marching with the climate mob": with whom the user does something is no employer.)
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const prep = v.clause[at - 2];
      const verb = v.clause[at - 3];
      if (prep?.low === 'with' && verb !== undefined && verb.pos === 'VERB' && !WORK_VERBS.has(verb.lemma)) return undefined;
      return industryOfWorkplace(v);
    },
  },
  { id: 'work.industry.been-in', match: 'be~ in {x:np} for|since', key: 'industry', value: notAPlace },
  {
    id: 'work.team',
    match: 'on|in|to|joined|join~|onto|into the {x:np} team|squad|desk|department|dept|unit|crew|section|ward|wing',
    key: 'team',
    category: 'role',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    // Not a team the user supports ("on the Arsenal team") or leaves. The kind of group is kept ("digital desk", "night crew").
    value: (v) => {
      if (v.clause.some((t) => ['left', 'leaving', 'quit', 'support', 'supports', 'watch', 'watching'].includes(t.low))) return undefined;
      const head = v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1];
      return head ? `${v.text} ${head.low}` : v.text;
    },
  },
  {
    // "a perm recruiter on a construction & engineering desk", "on a tech and fintech desk": the market a recruiter or a
    // trader works, said with "a" (the entry above reads "the").
    id: 'work.team.a-desk',
    match: 'on|run~|running a|an|our|my {x:np} desk',
    key: 'team',
    category: 'role',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // (Not where one sits: "a standing desk", "my office desk".)
    value: (v) => (NOT_MARKETS.has(v.tokens[v.tokens.length - 1]?.low ?? '') ? undefined : `${v.text} desk`),
  },
  {
    // "on the digital desk at Rappler", "I'm on the platform team at Monzo": the group named, then where it is.
    id: 'work.company.team-at',
    match: 'on|in the|our|my .. team|squad|desk|department|dept|unit|crew at|for|with {x:np}',
    key: 'company',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: namedEmployer,
  },
  {
    // "contracted 16 hours at asda", "stacking shelves on nights at countdown": a chain named where the clause speaks of
    // the user's hours, shifts or shop-floor work (not "I shop at asda").
    id: 'work.company.chain-at',
    match: 'at|for a|the? {x:$chain}',
    key: 'company',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // (Not one applied to: "applying for the Aldi area manager graduate scheme".)
    value: (v) => (v.clause.some((t) => SHOP_FLOOR.has(t.low)) && !v.clause.some((t) => SEEKING.has(t.lemma)) ? v.text : undefined),
  },
  {
    // "doing overnight stocking at a Costco in Calgary": shop-floor work, then the employer by its name.
    id: 'work.company.shop-floor-at',
    match: 'stocking|stacking|picking|packing|cleaning|serving|cashiering|merchandising .. at|for a|the? {x:np}',
    key: 'company',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: namedEmployer,
  },
  {
    // "my wife works at the same Morrisons as me": the place is the user's too.
    id: 'work.company.same-as-me',
    match: 'at|for the same {x:np} as me|i',
    key: 'company',
    where: 'anywhere',
    subjects: ['self', 'none', 'other', 'we'],
    value: employer,
  },
  {
    // "I just supervise the fumigation crew for Safi Pest Control": the group the user runs, then whose it is.
    id: 'work.company.lead-team-at',
    match: 'supervise~|supervising|manage~|managing|run~|running|lead~|leading the|a|our .. team|crew|squad|shift|department|dept|unit at|for|with {x:np}',
    key: 'company',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: namedEmployer,
  },
  {
    // "I'm a captain on the A320 with easyJet", "a nurse on a cardiac ward at Royal Derby": the job, what or where in it,
    // then the employer by its name.
    id: 'work.company.role-on-at',
    match: '$occupation on|in the|a|an .. at|for|with {x:np}',
    key: 'company',
    where: 'anywhere',
    subjects: ['self', 'none', 'attr'],
    value: (v) => (named(v.tokens) ? employerUnlessTrained(v) : undefined),
  },
  {
    id: 'work.went-into',
    match: 'went|go~|going|gone|moved|switched|got|get~|getting|transitioned|pivoted over|across? into|to {x:$industry}',
    key: 'industry',
    where: 'anywhere',
    past: 'ok',
    value: sector,
  },
  {
    id: 'work.role.taught',
    match: 'taught|lectured {x:np} at|in|for',
    key: 'former_role',
    where: 'anywhere',
    past: 'ok',
    value: (v) =>
      v.tokens.length <= 3 && v.tokens[0]?.pos !== 'PRON' && !['me', 'them', 'myself', 'it'].includes(v.tokens[0]?.low ?? '') ? `taught ${v.text}` : undefined,
  },
  {
    // "I was a school secretary for thirty years", "worked as a nurse for 20 years": a job held for a span, now past.
    id: 'work.role.was-for',
    match: 'was|worked as? a|an {x:np} for',
    key: 'former_role',
    where: 'anywhere',
    subjects: ['self'],
    past: 'ok',
    value: (v) => (v.clause.some((t) => SPANS_OF_YEARS.has(t.low)) ? role(v) : undefined),
  },
  {
    id: 'work.role.been-trade',
    match: 'been {x:word}',
    key: 'role',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // "Been welding on the ship repair yards in Gdańsk for twelve years".
    value: (v) => (v.clause.some((t) => ['for', 'since', 'years', 'yrs', 'decades'].includes(t.low)) ? TRADE_GERUNDS.get(v.tokens[0]?.low ?? '') : undefined),
  },
  {
    id: 'work.role.patois',
    match: 'mi|me a|an {x:np}',
    key: 'role',
    where: 'anywhere',
    subjects: ['none', 'other', 'self'],
    // Jamaican and other Caribbean Englishes: "Mi a fisherman from Port Antonio".
    value: (v) => (v.clause[0]?.low === 'mi' || v.clause[0]?.low === 'me' ? role(v) : undefined),
  },

  {
    id: 'work.style.work',
    match: 'work~ .. {x:$workstyle}',
    key: 'work_style',
    where: 'anywhere',
    // "I work from home": the arrangement, not its last words.
    value: (v) => (v.text.toLowerCase() === 'from home' ? 'works from home' : v.text),
  },
  { id: 'work.style.be', match: 'be~ {x:$workstyle}', key: 'work_style' },
  // "went freelance in march", "I've gone part-time": terms of work taken up (a plan to go is a goal: "thinking of going full time").
  { id: 'work.style.went', match: 'went|gone {x:$workstyle}', key: 'work_style', where: 'anywhere', subjects: ['self', 'none'], past: 'ok' },
  // "I'm on days now", "they've just moved me onto days", "I've been switched to earlies": the shifts the user works.
  // (not for a few days only: "I'm on nights this week" is a status of the week)
  { id: 'work.shift.on', match: 'be~ on {x:$shift}', key: 'work_style', value: lastingShift },
  // "four nights on four off", "4 on 4 off", "3 on 3 off now": a rota of shifts on and days off.
  {
    id: 'work.shift.rota',
    match: '{x:word} nights|days|shifts|earlies|lates? on {m:word} nights|days|off? off',
    key: 'shift_pattern',
    where: 'anywhere',
    subjects: ['self', 'none', 'other'],
    value: (v) => {
      if (!smallCount(v.text) || !smallCount(v.slot('m'))) return undefined;
      const from = v.clause.indexOf(v.tokens[0]!);
      const off = v.clause.findIndex((t, k) => k > from && t.low === 'off');
      return off > from && off - from <= 6 ? spanText(v.clause.slice(from, off + 1)) : undefined;
    },
  },
  // "a 1 in 4 standby rota", "one weekend in three", "1 in 5 on call": how often a duty comes round.
  {
    id: 'work.shift.one-in',
    match: '{x:num} {w:word}? in {m:word}',
    key: 'shift_pattern',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    value: (v) => {
      const duty = (w: string | undefined) => w !== undefined && DUTIES.has(w.toLowerCase());
      if (!smallCount(v.text) || !smallCount(v.slot('m'))) return undefined;
      const end = v.clause.indexOf(v.slotTokens('m')[0]!) + 1;
      const start = v.clause.indexOf(v.tokens[0]!);
      // ("our standby rota's 1 in 5": the duty said before, of the user's own rota; not someone else's.)
      const ours = OWN_OPENERS.has(v.clause[0]?.low ?? '') && v.clause.slice(0, start).some((t) => duty(t.low) || duty(t.lemma));
      const within = v.clause.slice(end, end + 3);
      const named = v.slot('w');
      if (!ours && (named !== undefined ? !duty(named) : !within.some((t) => duty(t.low)))) return undefined;
      if (!ours && v.clause.some((t) => OTHER_SUBJECTS.has(t.low)) && !v.clause.some((t) => OWN_WORDS.has(t.low))) return undefined;
      return spanText(v.clause.slice(start, end));
    },
  },
  // "they moved us to a 2-2-3 roster", "we're on a 2-2-2 rota": a rota named by its run of days.
  {
    id: 'work.shift.numbered-roster',
    match: '{x:num} roster|rota|rotation|pattern',
    key: 'shift_pattern',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    value: (v) => (/^\d(?:-\d){1,5}$/.test(v.text) && v.clause.some((t) => OWN_WORDS.has(t.low)) ? v.text : undefined),
  },
  // "i drive out of the Doncaster depot on nights", "I work on earlies": the shifts a verb of work is done on.
  {
    id: 'work.shift.verb-on',
    match: 'work~|working|drive~|driving|nurse|nursing .. ... on {x:$shift}',
    key: 'work_style',
    where: 'anywhere',
    value: lastingShift,
  },
  // "i do nights on the blood sciences bench", "I work nights at the Lidl depot": the shifts the user does, as a habit.
  // (Not "doing nights this week", a status; nor "they work nights", someone else's.)
  { id: 'work.shift.do', match: 'do|work {x:$shift}', key: 'work_style', subjects: ['self', 'none'], value: lastingShift },
  {
    id: 'work.shift.moved',
    match: 'move~|moved|put|switch~|switched|change~|changed me? on|onto|to {x:$shift}',
    key: 'work_style',
    where: 'anywhere',
    subjects: ['self', 'other', 'none'],
    past: 'ok',
    // (someone else's shifts: "they moved Dave onto nights" has no "me")
    value: (v) => (v.clause.some((t) => t.low === 'me' || t.low === 'i') ? v.text : undefined),
  },
  // "I cycle to work year round", "walk to the office", "get the train to work": how the user gets to work.
  {
    id: 'work.commute',
    match: '{x:word} to work|school|uni|campus|the_office|the_hospital|the_site',
    key: 'commute',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    value: (v) => {
      if (!COMMUTE_VERBS.has(v.tokens[0]!.lemma) || v.clause.some((t) => t.low === 'want' || t.low === 'should' || t.low === 'could' || t.low === 'would'))
        return undefined;
      const at = v.clause.indexOf(v.tokens[0]!);
      // In the user's own words ("cycle to work", "walking to the office").
      return `${v.tokens[0]!.low} to ${v.clause[at + 2]?.low === 'the' ? `the ${v.clause[at + 3]?.low ?? 'work'}` : (v.clause[at + 2]?.low ?? 'work')}`;
    },
  },
  {
    // "my commute's by bike, 8 miles each way": how the user gets to work, said of the commute.
    id: 'work.commute.attr',
    match: "be~|'s by|on {x:np}",
    key: 'commute',
    category: 'other',
    subjects: ['attr'],
    attr: ['commute'],
    value: (v) => (v.tokens.length <= 3 && v.tokens.some((t) => t.pos === 'NOUN') ? `by ${v.text.replace(/^(?:the|a)\s/i, '')}` : undefined),
  },
  // "self employed electrician here": an arrangement before the job, in a fragment.
  { id: 'work.role.after-style', match: '$workstyle {x:$occupation}', key: 'role', subjects: ['none'] },
  { id: 'work.style.before-role', match: '{x:$workstyle} $occupation', key: 'work_style', subjects: ['none'] },
  // "I'm a plumber, self employed", "I'm a nurse on nights": the arrangement after the job.
  // ("im a nurse on permanent nights", "ICU nurse on nights (3x 12.5 hr shifts)": said with what kind of nights, or in a fragment.)
  { id: 'work.style.after-role', match: 'be~ a|an .. $occupation ,|on? permanent|regular|fixed|mostly|mainly|straight? {x:$workstyle}', key: 'work_style' },
  {
    id: 'work.style.role-fragment',
    match: '$occupation on permanent|regular|fixed|mostly|mainly|straight? {x:$workstyle}',
    key: 'work_style',
    where: 'anywhere',
    subjects: ['none'],
  },
  {
    id: 'work.style.fragment',
    match: '{x:$workstyle} since|for|now|,|here|-|these|at|in|and?',
    key: 'work_style',
    subjects: ['none'],
    // ("hybrid tech at the Lexus dealer": the word describes the noun after it, here a trade; "on call this weekend" is a
    // state of the days named, read by events.status-fragment.)
    value: (v) => {
      const next = v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1];
      return next?.pos === 'NOUN' || NEAR_TIMES.has(next?.low ?? '') ? undefined : v.text;
    },
  },
];
