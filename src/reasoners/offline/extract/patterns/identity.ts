import { CONDITIONS } from '../lexicon/health.js';
import { DIETS } from '../lexicon/food.js';
import { NATIONALITY_WORDS, RELIGIONS } from '../lexicon/identity.js';
import { LANGUAGES } from '../lexicon/languages.js';
import { OCCUPATIONS, PERSON_NOUNS, RELATIONS } from '../lexicon/people.js';
import { PLACES } from '../lexicon/places.js';
import { JOBS } from '../lexicon/work.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import { asideAt, contrasted } from '../engine.js';
import { DAY_NAMES, MONTH_NAMES, calendarDate } from '../time.js';
import { capitalised, spanText, type Token } from '../../nlp/wink.js';
import { POSSESSIVES } from '../../nlp/clauses.js';
import { inLexicon } from '../../dialectic/spelling.js';

/** Identity: name, pronouns, age, nationality, religion, how to be addressed. */

/** Words for what a person is like ("worrier", "night owl"): traits, never jobs. */
export const PERSONALITY: ReadonlySet<string> = new Set([
  'morning person',
  'night owl',
  'early bird',
  'early riser',
  'night person',
  'light sleeper',
  'heavy sleeper',
  'deep sleeper',
  'bad sleeper',
  'poor sleeper',
  'introvert',
  'extrovert',
  'ambivert',
  'perfectionist',
  'procrastinator',
  'overthinker',
  'worrier',
  'people person',
  'homebody',
  'optimist',
  'pessimist',
  'realist',
  'planner',
  'visual learner',
  'visual thinker',
  'hands-on learner',
  'big picture person',
  'detail person',
  'creature of habit',
  'night-owl',
  'morning-person',
  'workaholic',
  'neat freak',
  'control freak',
  'list person',
  'list maker',
  'list-maker',
]);

/** Papers a name is written on ("it's Oluwatobiloba on my passport", "… on my CSCS card"). */
const NAME_PAPERS: ReadonlySet<string> = new Set([
  'passport',
  'card',
  'licence',
  'license',
  'id',
  'certificate',
  'payslip',
  'contract',
  'papers',
  'documents',
  'visa',
  'badge',
]);

/** Marks a name is spelt with ("with the fada", "with an accent", "with a hyphen"). */
const SPELLING_MARKS: ReadonlySet<string> = new Set([
  'fada',
  'fadas',
  'accent',
  'accents',
  'acute',
  'umlaut',
  'cedilla',
  'tilde',
  'hyphen',
  'apostrophe',
  'capital',
]);
/** Words that make what comes before them a scheme or body the user is passed by ("NEBOSH trained", "BPCA certified"). */
const ACCREDITED: ReadonlySet<string> = new Set([
  'trained',
  'certified',
  'qualified',
  'accredited',
  'registered',
  'approved',
  'licensed',
  'licenced',
  'chartered',
]);
/** "I am NEBOSH trained": the word after the name says it names no person. */
const accredited = (v: ValueContext): boolean => ACCREDITED.has(v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1]?.low ?? '');
const NAMING = new Set(['name', 'names', 'call', 'calls', 'called', 'named']);
const NOT_A_NAME = [RELIGIONS, NATIONALITY_WORDS, CONDITIONS, DIETS, LANGUAGES, OCCUPATIONS, PERSON_NOUNS, PLACES];

/**
 * Whether a word of seven letters or more is the "-ed" or "-ing" form of a verb the NLP base's lexicon knows by a base of
 * five letters or more ("recognised", "qualified"); names so shaped are shorter or have no such base ("Jared", "Mohammed").
 */
function verbForm(low: string): boolean {
  if (low.length < 7) return false;
  const bases = low.endsWith('ied')
    ? [`${low.slice(0, -3)}y`]
    : low.endsWith('ed')
      ? [low.slice(0, -1), low.slice(0, -2)]
      : low.endsWith('ing')
        ? [low.slice(0, -3), `${low.slice(0, -3)}e`]
        : [];
  return bases.some((b) => b.length >= 5 && inLexicon(b));
}

/** A name, unless the word is really a religion, nationality, condition, diet, language, job or place ("I'm Muslim"). */
function personName(v: ValueContext): string | undefined {
  const parts = v.tokens.filter((t) => t.text !== '-');
  if (parts.length === 0 || parts.length > 3) return undefined;
  // ("it's Thursdays now": days, in the plural too, are no names.)
  if (parts.some((t) => DAY_NAMES.includes(t.low.replace(/s$/, '')))) return undefined;
  // Said as a name ("my name is Mary", "call me Jordan"), a word that is also a place is the name.
  const named = v.clause.some((t) => NAMING.has(t.low));
  const notNames = named ? NOT_A_NAME.filter((lex) => lex !== PLACES) : NOT_A_NAME;
  for (let k = 0; k < v.tokens.length; k++) if (notNames.some((lex) => lex.matchAt(v.tokens, k) > 0)) return undefined;
  // A job's initials are no name ("PCSO here", "HCA"); a word that is a job title may still be one ("Mason", "Baker").
  if (parts.length === 1 && parts[0]!.text.length > 1 && parts[0]!.text === parts[0]!.text.toUpperCase() && JOBS.matchAt(v.tokens, 0) === 1) return undefined;
  // A verb's past or "-ing" form written with a capital is a title's word, no name ("I'm only Recognised Practising").
  if (verbForm(parts[0]!.low)) return undefined;
  // A part joined by a hyphen is a name whatever its tag ("Siobhan-Rose").
  // Said as a name, a capitalised word the tagger reads as a verb is the name ("call me Bing").
  const verb = (t: Token) => t.pos === 'VERB' && !(named && t.text !== t.low);
  if (v.tokens.some((t, k) => v.tokens[k - 1]?.text !== '-' && (t.pos === 'ADJ' || t.pos === 'NUM' || verb(t) || /\d/.test(t.text)))) return undefined;
  // A name typed in lower case is written as a name; a hyphenated one keeps its hyphen ("Anne-Marie").
  return v.tokens.map((t, k) => `${k > 0 && t.space ? ' ' : ''}${t.text === t.low ? t.text.charAt(0).toUpperCase() + t.text.slice(1) : t.text}`).join('');
}

/** Words that only strengthen a trait said as a fragment ("total night owl", "proper early bird"). */
const INTENSIFIERS = new Set(['total', 'complete', 'real', 'proper', 'massive', 'huge', 'big', 'such', 'a', 'an', 'definitely', 'very']);

/**
 * The trait a fragment opens with, after any intensifier: "morning person 100%", "total night owl" -> the
 * trait; anything else after it (a number, "here") is left out. Only a listed trait counts.
 */
function traitOpening(tokens: readonly Token[]): string | undefined {
  let k = 0;
  while (k < tokens.length - 1 && INTENSIFIERS.has(tokens[k]!.low)) k++;
  for (const n of [2, 1]) {
    const words = tokens.slice(k, k + n);
    if (words.length === n && PERSONALITY.has(words.map((t) => t.low).join(' '))) return spanText(words);
  }
  return undefined;
}

/** "20 years in retail", "12 yrs as a nurse", "15 years of teaching": a length of time, not an age. */
function spanOfTime(v: ValueContext): boolean {
  const at = v.clause.indexOf(v.tokens[v.tokens.length - 1]!);
  const unit = v.clause[at + 1];
  const after = v.clause[at + 2];
  return (
    unit !== undefined &&
    ['years', 'yrs', 'year', 'yr'].includes(unit.low) &&
    after !== undefined &&
    [
      'in',
      'of',
      'as',
      'at',
      'with',
      'on',
      'experience',
      'ago',
      'since',
      'married',
      'together',
      'sober',
      'clean',
      'working',
      'teaching',
      'nursing',
      'coding',
      'later',
      'into',
      'doing',
      'running',
    ].includes(after.low)
  );
}

/** "Kaizer Chiefs fan, 30 years", "theatre nurse, 12 yrs": years said after a comma that closes a noun are how long it has been. */
function yearsAfterNoun(v: ValueContext): boolean {
  const at = v.clause.indexOf(v.tokens[0]!);
  const unit = v.clause[at + v.tokens.length]?.low ?? '';
  return (
    ['years', 'yrs', 'year', 'yr'].includes(unit) &&
    v.clause[at - 1]?.text === ',' &&
    v.clause[at - 2]?.pos === 'NOUN' &&
    v.clause[at + v.tokens.length + 1]?.low !== 'old'
  );
}

/** "Korean-American", "British Pakistani": two peoples said as one. */
function compound(v: ValueContext): string | undefined {
  const y = v.slot('y');
  // The first word is read as a plain word so the list is not grown from it ("Korean-American" is one item).
  if (!y || NATIONALITY_WORDS.matchAt(v.tokens, 0) !== 1) return undefined;
  const joined = v.clause.some((t) => t.text === '-');
  return `${v.text}${joined ? '-' : ' '}${y}`;
}

/** The number counts the noun after it ("40 years", "30 people"), not "years old". */
function countsSomething(v: ValueContext): boolean {
  const at = v.clause.indexOf(v.tokens[v.tokens.length - 1]!);
  const next = v.clause[at + 1];
  return next !== undefined && next.pos === 'NOUN' && v.clause[at + 2]?.low !== 'old';
}

/**
 * "34 hospital pharmacist …", "28 nurse from Cebu": an age (16 to 90) and then, within three words, one person's occupation
 * ("pharmacist", not "teachers"). The index of that occupation in `tokens`, or -1.
 */
export function jobAfterAge(tokens: readonly Token[]): number {
  const n = /^\d+$/.test(tokens[0]?.text ?? '') ? Number(tokens[0]!.text) : NaN;
  if (!(n >= 16 && n <= 90)) return -1;
  return tokens.findIndex((t, k) => k >= 1 && k <= 3 && t.pos === 'NOUN' && t.low === t.lemma && OCCUPATIONS.matchAt(tokens, k) > 0);
}

/** Words of a plan or a wish: what they lead to is not the case yet. */
const PLANNING: ReadonlySet<string> = new Set([
  'planning',
  'plan',
  'plans',
  'hoping',
  'hope',
  'want',
  'wants',
  'wanna',
  'thinking',
  'considering',
  'apply',
  'applying',
  'move',
  'moving',
]);

function age(v: ValueContext): string | undefined {
  const n = Number.parseInt(v.text, 10);
  // ("yeah US, 70 hour/8 day": a number with a unit after it is a measure, not an age.)
  const next = v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1];
  if (next !== undefined && UNITS_AFTER.has(next.low)) return undefined;
  return Number.isInteger(n) && n >= 13 && n <= 110 && /^\d{2,3}$/.test(v.text) ? String(n) : undefined;
}
const UNITS_AFTER: ReadonlySet<string> = new Set(
  'hour hours hr hrs day days week weeks min mins minutes km miles mile kg kgs lb lbs % percent quid pounds dollars euros cm ft mph'.split(' '),
);

/** Words that add nothing to a clause that is only a detail ("she/her pls", "29 f btw"). */
const FILLERS = new Set(['pls', 'please', 'plz', 'btw', 'thanks', 'thx', 'ty', 'fyi', 'ok', 'okay', 'hi', 'hey', 'hello', 'here', 'lol']);
const contentOf = (tokens: readonly Token[]) => tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'INTJ' && !FILLERS.has(t.low));

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them']);

/**
 * A set of pronouns said on its own, or set against the one used wrongly: "they/them please, not she", "it's she/her",
 * "Sam Okafor (they/them)?" inside a request. Not "not they/them", and not a clause that says more.
 */
function pronounsAlone(v: ValueContext): string | undefined {
  const rest = contentOf(v.clause).filter((t) => !v.tokens.includes(t) && t.pos !== 'CCONJ');
  const at = rest.findIndex((t) => t.low === 'not');
  const beforeValue = at >= 0 && v.clause.indexOf(rest[at]!) < v.clause.indexOf(v.tokens[0]!);
  const corrected = at >= 0 && !beforeValue && rest.length === at + 2 && SUBJECT_PRONOUNS.has(rest[at + 1]!.low);
  // ("it's they/them for me, please": who it is for and a please say nothing more.)
  const opening = rest
    .slice(0, corrected ? at : rest.length)
    .map((t) => t.lemma)
    .filter((l, k, all) => !(l === 'please' || l === 'pls' || (l === 'for' && all[k + 1] === 'me') || (l === 'me' && all[k - 1] === 'for')));
  // ("it's she/her" of someone of the user's named in the sentence — "my sister? it's she/her" — is not the user's; "it
  // does my head in" names nobody.)
  const someoneElse = v.sentence.some((t, k) => t.low === 'my' && v.sentence[k + 1] !== undefined && RELATIONS.matchAt(v.sentence, k + 1) > 0);
  // ("i'm she/they, the newsletter keeps printing 'he'": the user says it of themself.)
  const said = opening.length === 0 || opening.join(' ') === 'i be' || (opening.join(' ') === 'it be' && !someoneElse);
  return said && (at < 0 || corrected) ? v.text : undefined;
}

/** "29 f", "34M, London": an age and a sex marker, ending the clause or followed by punctuation. */
function ageBeforeSex(v: ValueContext): string | undefined {
  const last = v.clause.indexOf(v.tokens[v.tokens.length - 1]!);
  const after = v.clause[last + 2];
  return after === undefined || after.pos === 'PUNCT' ? age(v) : undefined;
}

/** Not the user's name: the assistant's, a day, a month, a season or a greeting ("thanks Claude", "it's Tuesday"). */
const NOT_THE_USER = new Set([
  'claude',
  'chatgpt',
  'gpt',
  'gemini',
  'siri',
  'alexa',
  'copilot',
  'bard',
  'assistant',
  'bot',
  'ai',
  'everyone',
  'all',
  'guys',
  'team',
  'mate',
  ...DAY_NAMES,
  ...MONTH_NAMES,
  'christmas',
  'easter',
  'xmas',
  'ramadan',
  'diwali',
  'eid',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
  'morning',
  'evening',
  'tonight',
  'today',
  'tomorrow',
  'me',
  'again',
  'ok',
  'okay',
  'fine',
  'true',
  'weird',
  'late',
  'early',
]);

/** Papers that carry the user's full name ("… on anything official", "… on the invoices"). */
const PAPERS: ReadonlySet<string> = new Set(['official', 'invoices', 'paperwork', 'forms', 'documents', 'letters']);
const userName = (v: ValueContext): string | undefined => (v.tokens.some((t) => NOT_THE_USER.has(t.low)) ? undefined : personName(v));
/** A name the user signs with, when it is theirs alone ("sign the card from Peggy and Joe" is signed by two). */
function signedAlone(v: ValueContext): string | undefined {
  const last = v.tokens[v.tokens.length - 1];
  const after = last === undefined ? undefined : v.clause[v.clause.indexOf(last) + 1];
  return after !== undefined && (after.low === 'and' || after.low === '&') ? undefined : userName(v);
}

/** Words that set the assistant right before a name ("no it's Mrs Khumalo"). */
const SETTING_RIGHT: ReadonlySet<string> = new Set(['no', 'nope', 'nah', 'sorry', 'actually']);

const GREETINGS = new Set([
  'hi',
  'hey',
  'hello',
  'hiya',
  'yo',
  'ok',
  'okay',
  'so',
  'oh',
  'and',
  'morning',
  'evening',
  'again',
  'heya',
  'howdy',
  'please',
  'pls',
  'btw',
]);

/** Words of a clause about speaking a language ("I'm fluent in Swahili and English"). */
const SPEAKING = new Set([
  'fluent',
  'speak',
  'speaks',
  'speaking',
  'language',
  'languages',
  'bilingual',
  'trilingual',
  'conversational',
  'native',
  'mother',
  'tongue',
]);

/** Words that make a noun phrase a vehicle one owns; a maker's or model's name does too ("an old Corolla"). */
const VEHICLE_NOUNS: ReadonlySet<string> = new Set(
  'car cars van ute suv hatchback hatch estate pickup pick-up motorbike motorcycle scooter moped campervan camper minivan jeep convertible ev hybrid wagon sedan saloon coupe 4x4'.split(
    ' ',
  ),
);
/** "my car is …", "our van's …". */
const VEHICLE_HEADS: ReadonlySet<string> = new Set(['car', 'vehicle', 'motorbike', 'van', 'ride', 'bike']);
/** Driven for a living, or not one's own: "I drive a bus", "I drive Uber". */
const WORK_VEHICLES: ReadonlySet<string> = new Set('bus buses taxi cab lorry truck trucks forklift tram train tractor ambulance uber lyft bolt rig'.split(' '));

function vehicle(v: ValueContext): string | undefined {
  const words = v.tokens.filter((t) => t.pos !== 'PUNCT');
  if (words.length === 0 || words.length > 5 || words.some((t) => WORK_VEHICLES.has(t.low))) return undefined;
  const named = words.some((t) => VEHICLE_NOUNS.has(t.low) || (t.pos === 'PROPN' && /^[A-Z]/.test(t.text)));
  return named ? spanText(words) : undefined;
}

/** Who calls the user so: "everyone calls me Shiv" is a nickname, "call me Dee" the name to use. */
/**
 * Words before "name" that make it the user's own given one ("my name", "real name is …"); a full or legal name is kept
 * apart (full_name), beside the name to use ("Call me Joy, full name Maria Joy Dizon").
 */
const OWN_NAME: ReadonlySet<string> = new Set(['my', 'real', 'actual', 'proper']);

function calledBy(v: ValueContext): string | undefined {
  const at = v.clause.findIndex((t) => t.lemma === 'call' || t.low === 'calls' || t.low === 'call');
  const before = v.clause.slice(Math.max(0, at - 3), at).map((t) => t.low);
  // "nobody calls me aleksandra except my gran": the name not used.
  if (before.some((w) => w === 'nobody' || w === 'noone' || w === 'no-one')) return undefined;
  if (before.some((w) => ['everyone', 'everybody', 'people', 'friends', 'mates', 'folks', 'family', 'most', 'all', 'they', 'colleagues', 'kids'].includes(w)))
    return 'nickname';
  // "my name's Chidinma but pls call me Chi", "call me Bing, real name is Maria Victoria": the name is said beside it;
  // this is the one to use.
  const named = v.sentence.some((t, k) => (t.low === 'name' || t.low === "name's") && OWN_NAME.has(v.sentence[k - 1]?.low ?? ''));
  return named ? 'preferred_name' : 'name';
}

/** Common words that follow "call me" or "my name is" without being a name. */
const NOT_A_NAME_WORD = new Set([
  'back',
  'later',
  'anytime',
  'tomorrow',
  'crazy',
  'old',
  'lazy',
  'silly',
  'mad',
  'paranoid',
  'sceptical',
  'skeptical',
  'cynical',
  'picky',
  'weird',
  'biased',
  'out',
  'up',
  'when',
  'if',
  'at',
  'on',
  'in',
  'a',
  'the',
  'not',
  'maybe',
  'pls',
  'please',
  'btw',
  'lol',
  'whatever',
  'anything',
  'something',
  'mud',
  'down',
  'tho',
  'though',
]);

/** A name typed in lower case ("my name is siobhan", "everyone calls me bev"): one noun-like word, written as a name. */
function lowerName(v: ValueContext): string | undefined {
  const t = v.tokens[0];
  if (!t || v.tokens.length !== 1 || t.text !== t.low || NOT_A_NAME_WORD.has(t.low) || !/^[a-z][a-z'-]{1,20}$/.test(t.low)) return undefined;
  if (!['NOUN', 'PROPN', 'X', 'ADJ'].includes(t.pos) || (t.pos === 'ADJ' && t.low.endsWith('y'))) return undefined;
  if (NOT_A_NAME.some((lex) => lex.matchAt(v.tokens, 0) > 0) || NOT_THE_USER.has(t.low)) return undefined;
  // "name is rajesh venkataraman, ATCO …": a surname no dictionary holds, right after it and closing the phrase, goes with it.
  const at = v.clause.indexOf(t);
  const next = v.clause[at + 1];
  const after = v.clause[at + 2];
  const surname = next !== undefined && next.oov && /^[a-z][a-z'-]{2,24}$/.test(next.text) && (after === undefined || after.pos === 'PUNCT');
  return [t, ...(surname ? [next] : [])].map((u) => u.text.charAt(0).toUpperCase() + u.text.slice(1)).join(' ');
}

/** Words of a sign-off ("thanks", "love", "regards") and what may come before them ("many thanks", "lots of love"). */
const SIGN_OFF_WORDS: readonly string[] = ['thanks', 'thank', 'cheers', 'regards', 'best', 'thx', 'ta', 'love', 'sincerely', 'warmly', 'yours', 'wishes'];
const SIGN_OFFS: ReadonlySet<string> = new Set(SIGN_OFF_WORDS);
const BEFORE_SIGN_OFF: ReadonlySet<string> = new Set([
  'many',
  'kind',
  'kindest',
  'warm',
  'warmest',
  'best',
  'with',
  'lots',
  'of',
  'all',
  'my',
  'big',
  'much',
  'again',
  'and',
]);

/** A sign-off opens its sentence: "my two boys love football" is no "love, Sam". */
function signsOff(v: ValueContext): boolean {
  const at = v.sentence.indexOf(v.tokens[0]!);
  let k = at - 1;
  while (k >= 0 && !SIGN_OFFS.has(v.sentence[k]!.low)) k--;
  return k >= 0 && v.sentence.slice(0, k).every((t) => t.pos === 'PUNCT' || t.pos === 'INTJ' || BEFORE_SIGN_OFF.has(t.low) || SIGN_OFFS.has(t.low));
}

/** The name closes the sentence: only punctuation, kisses or an emoji after it ("Cheers, Mike", "thanks! - Ana x"). */
function closesSentence(v: ValueContext): boolean {
  const last = v.sentence.indexOf(v.tokens[v.tokens.length - 1]!);
  return last >= 0 && v.sentence.slice(last + 1).every((t) => t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'EMOJI' || /^x+$/i.test(t.text));
}

/** An age said as a decade: "50s", "late twenties", "mid-30s" (with early/mid/late when said). */
const DECADE = /^(?:(?:early|mid|late)-?)?(?:'?[1-9]0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/i;
function decade(v: ValueContext): string | undefined {
  if (!DECADE.test(v.text)) return undefined;
  const before = v.clause[v.clause.indexOf(v.tokens[0]!) - 1];
  return before && ['early', 'mid', 'late'].includes(before.low) ? `${before.text} ${v.text}` : v.text;
}

/** The words a heritage is said with: "of Chinese descent", "Nigerian heritage", "Punjabi roots". */
const HERITAGE_WORDS = 'descent|heritage|origin|origins|background|extraction|ancestry|parentage|roots|blood';

const UNTIL_WORDS = new Set(['before', 'by', 'until', 'till', 'til', 'when', 'once']);

/** Words of naming or of a change of name, before "it's X" ("nobody calls me that, it's Bron", "took his surname, so it's Priya Raghunathan"). */
const NAMING_WORDS: ReadonlySet<string> = new Set([
  'name',
  'call',
  'calls',
  'called',
  'named',
  'surname',
  'nickname',
  'maiden',
  'go',
  'goes',
  'marry',
  'married',
  'wed',
  'divorce',
  'divorced',
]);

/** Where "it" / "its" opens the clause, after greetings and punctuation only ("hi, it's Tom again"), or -1. */
function openingIt(clause: readonly Token[]): number {
  const it = clause.findIndex((t) => t.low === 'it' || t.low === 'its');
  // ("no it's Mrs Khumalo now", "sorry, it's Aoife": an answer or a correction before it.)
  return it >= 0 && clause.slice(0, it).every((t) => t.pos === 'PUNCT' || GREETINGS.has(t.low) || SETTING_RIGHT.has(t.low)) ? it : -1;
}

/** Words for a person an age may be said before ("40s mum", "late 20s guy"). */
const PERSON_WORDS: ReadonlySet<string> = new Set(['f', 'm', 'male', 'female', 'mum', 'mom', 'dad', 'woman', 'man', 'guy', 'gal', 'lady', 'bloke', 'here']);

/** The words of a status to stay (first, then the rest). */
const IMMIGRATION_FIRST: ReadonlySet<string> = new Set([
  'settled',
  'pre-settled',
  'presettled',
  'pre',
  'ilr',
  'indefinite',
  'permanent',
  'pr',
  'green',
  'citizenship',
]);
const IMMIGRATION_REST: ReadonlySet<string> = new Set(['status', '-', 'settled', 'leave', 'to', 'remain', 'residency', 'residence', 'card']);

/** Words that close the name of a right to stay ("a Tier 2 visa", "a work permit"). */
const PERMITS: ReadonlySet<string> = new Set(['visa', 'permit']);

export const IDENTITY: readonly PatternSpec[] = [
  {
    // "I'm on a Tier 2 visa sponsored by the family", "here on a working holiday visa": the user's right to stay.
    id: 'identity.visa.on',
    match: 'on|under a|an|the|my {x:np}',
    key: 'immigration_status',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // ("planning to move to Portugal on a D7 visa": a visa a move is planned on is not held yet.)
    value: (v) => {
      const last = v.tokens[v.tokens.length - 1]!.low;
      const planned = v.clause.some((t) => PLANNING.has(t.low));
      return PERMITS.has(last) && v.tokens.length >= 2 && v.tokens.length <= 5 && !planned ? v.text : undefined;
    },
  },
  {
    // "I've actually got settled status", "we have PR now", "got my green card": a status to stay held.
    id: 'identity.visa.status',
    match:
      "have~|got|'ve_got|holding|hold~|granted|getting|get~ my|a|the? settled_status|pre-settled_status|presettled_status|ilr|indefinite_leave_to_remain|permanent_residency|permanent_residence|pr|green_card|citizenship",
    key: 'immigration_status',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    past: 'ok',
    value: (v) => {
      const at = v.clause.findIndex((t) => IMMIGRATION_FIRST.has(t.low));
      let end = at + 1;
      while (end < v.clause.length && end - at < 4 && IMMIGRATION_REST.has(v.clause[end]!.low)) end++;
      // ("I've got PR experience": public relations, a noun's modifier.)
      if (at < 0 || v.clause[end]?.pos === 'NOUN') return undefined;
      return spanText(v.clause.slice(at, end));
    },
  },
  {
    id: 'identity.name.its',
    match: "it|its 's|is? {x:name}",
    key: 'name',
    // "Name's Bronwyn but nobody calls me that, it's Bron": after a name, the one used.
    keyOf: (v) => {
      // ("no it's Mrs Khumalo now": a title and a surname are how the user is addressed.)
      if (v.tokens.length === 2 && ['mrs', 'ms', 'miss', 'mr', 'mx', 'dr'].includes(v.tokens[0]!.low.replace('.', ''))) return 'preferred_address';
      const it = v.sentence.findIndex((t) => t.low === 'it' || t.low === 'its');
      return v.sentence.slice(0, Math.max(0, it)).some((t) => ['name', 'call', 'calls', 'called', 'named'].includes(t.low)) ? 'nickname' : 'name';
    },
    category: 'name',
    where: 'anywhere',
    subjects: ['other', 'none'],
    strength: 'implied',
    // "It's Priya btw", "hi, it's Tom again": the clause says nothing else.
    value: (v) => {
      const it = openingIt(v.clause);
      if (it < 0) return undefined;
      // ("it's all farms and holiday lets": the name comes right after "it's".)
      if (!["'s", 'is', 'its'].includes(v.clause[v.clause.indexOf(v.tokens[0]!) - 1]?.low ?? '')) return undefined;
      // ("the wedding got moved so it's Lombok now": "it" is the thing a clause before it spoke of, unless that clause
      // was about names: "took my husband's surname, so it's Priya Raghunathan now".)
      const before = v.sentence.slice(0, Math.max(0, v.sentence.indexOf(v.clause[it]!)));
      // (Or the clause itself says why the name changed: "… — it's Nkechi Obi-Daniels since the wedding".)
      const naming = (t: Token): boolean => NAMING_WORDS.has(t.lemma) || NAMING_WORDS.has(t.low);
      const since = v.clause.findIndex((t, k) => k > it && t.low === 'since' && v.clause.slice(k + 1, k + 4).some((u) => naming(u) || u.low === 'wedding'));
      const thing = before.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && !before.some(naming) && since < 0;
      // ("change of plans, it's Lombok now": a plan changed, not a name.)
      const plans = before.some((t) => t.low === 'plans' || t.low === 'plan' || t.low === 'instead');
      if (thing || plans) return undefined;
      // ("it's Ama, not Amma": the name set against a misspelling says nothing else either; nor against the old one:
      // "it's Priya Raghunathan now rather than Priya Iyer".)
      const after = v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1;
      const not = contrasted(v.clause, after);
      const old = v.clause.findIndex(
        (t, k) => k >= after && ((t.low === 'rather' && v.clause[k + 1]?.low === 'than') || (t.low === 'instead' && v.clause[k + 1]?.low === 'of')),
      );
      // ("it's Siobhán with the fada": how it is spelt, said after it.)
      const spelt = v.clause[after]?.low === 'with' && v.clause.slice(after + 1, after + 4).some((t) => SPELLING_MARKS.has(t.low)) ? after : -1;
      // ("it's Oluwatobiloba on my CSCS card": where the name is written, said after it.)
      const papers =
        v.clause[after]?.low === 'on' &&
        ['my', 'the'].includes(v.clause[after + 1]?.low ?? '') &&
        v.clause.slice(after + 2, after + 5).some((t) => NAME_PAPERS.has(t.low))
          ? after
          : -1;
      // ("It's Ngaire by the way, not Nyree": an aside said after it.)
      const aside = asideAt(v.clause, after) > 0 ? after : -1;
      const end = [not, old, since, spelt, papers, aside].filter((k) => k >= 0);
      const own = v.clause.slice(it, end.length > 0 ? Math.min(...end) : undefined);
      const words = own.filter((t) => t.pos !== 'PUNCT').length;
      return contentOf(own).length - contentOf(v.tokens).length <= 3 && words <= 7 ? userName(v) : undefined;
    },
  },
  {
    // "hiya its chantelle again", "hey its jaylen btw not jason": a name typed in lower case, a word the tagger does not
    // know, back "again" or set right.
    id: 'identity.name.its-lower',
    match: "it|its 's|is? {x:word} again|btw|not",
    key: 'name',
    category: 'name',
    where: 'anywhere',
    subjects: ['other', 'none'],
    strength: 'implied',
    value: (v) => (openingIt(v.clause) >= 0 && v.tokens[0]!.oov === true && v.tokens[0]!.text === v.tokens[0]!.low ? personName(v) : undefined),
  },
  {
    id: 'identity.name.sign-off',
    match: `${SIGN_OFF_WORDS.join('|')} ... ,|-|!? {x:name}`,
    key: 'name',
    category: 'name',
    where: 'anywhere',
    subjects: ['none', 'other', 'self'],
    strength: 'implied',
    value: (v) => (closesSentence(v) && v.sentence.length <= 8 && signsOff(v) ? userName(v) : undefined),
  },
  {
    id: 'identity.name.dash-sign-off',
    match: '{x:name}',
    key: 'name',
    category: 'name',
    subjects: ['none'],
    strength: 'implied',
    // A sentence that is only "- Jonas" (how a message is signed), written with a capital ("- hummus" is an item of a list).
    value: (v) =>
      v.sentence[0]?.text === '-' &&
      /^\p{Lu}/u.test(v.tokens[0]?.text ?? '') &&
      contentOf(v.sentence).length === contentOf(v.tokens).length &&
      closesSentence(v)
        ? userName(v)
        : undefined,
  },
  { id: 'identity.age.decade', match: 'be~ in my {x:word}', key: 'age', value: decade },
  { id: 'identity.age.decade-adj', match: 'be~ in? my? early|mid|late {x:word}', key: 'age', value: decade },
  { id: 'identity.age.decade-be', match: 'be~ {x:word}', key: 'age', value: decade },
  {
    id: 'identity.age.decade-fragment',
    match: 'early|mid|late? {x:word} here|,|and|-|now|so|with|f|m|male|female|mum|mom|dad|woman|man|guy|gal|lady|bloke|.?',
    key: 'age',
    subjects: ['none'],
    // ("mostly 70s Afrobeat", "80s synth-pop": a decade before a noun it describes is an era, not an age.)
    value: (v) => {
      const next = v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1];
      return next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN') && !PERSON_WORDS.has(next.low) ? undefined : decade(v);
    },
  },
  {
    id: 'identity.heritage.compound',
    match: 'be~ a|an|proud? {x:word} -? {y:$nationality}',
    key: 'nationality',
    list: true,
    value: (v) => compound(v),
  },
  {
    id: 'identity.heritage.compound-anywhere',
    match: '{x:word} - {y:$nationality}',
    key: 'nationality',
    where: 'anywhere',
    subjects: ['none', 'self'],
    list: true,
    value: (v) => (v.clause.some((t) => ['i', 'me', 'my', 'myself'].includes(t.low)) || v.clause.indexOf(v.tokens[0]!) === 0 ? compound(v) : undefined),
  },
  {
    id: 'identity.heritage.half',
    match: 'be~ half {x:$nationality} ,|and|/|-? half {y:$nationality}',
    key: 'heritage',
    value: (v) => `half ${v.text}, half ${v.slot('y') ?? ''}`,
  },
  {
    id: 'identity.heritage.of-descent',
    match: `of {x:$nationality} ${HERITAGE_WORDS}`,
    key: 'heritage',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => `${v.text} ${v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1]?.low ?? 'descent'}`,
  },
  {
    id: 'identity.heritage.roots',
    match: `my|have~ {x:$nationality} ${HERITAGE_WORDS}|side|family|parents|mum|mom|dad|grandparents`,
    key: 'heritage',
    where: 'anywhere',
    subjects: ['self', 'none', 'other', 'attr'],
    value: (v) =>
      v.clause.some((t) => t.low === 'my' || t.low === 'i')
        ? `${v.text} ${v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1]?.low ?? ''}`.trim()
        : undefined,
  },
  {
    id: 'identity.heritage.generation',
    match: 'first|second|third|1st|2nd|3rd -? gen|generation {x:$nationality}',
    key: 'heritage',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => `${v.clause.find((t) => ['first', 'second', 'third', '1st', '2nd', '3rd'].includes(t.low))?.text ?? ''} generation ${v.text}`.trim(),
  },
  {
    id: 'identity.heritage.family-is',
    match: 'my family|parents|folks be~ {x:$nationality}',
    key: 'heritage',
    where: 'anywhere',
    subjects: ['self', 'none', 'other', 'attr', 'we'],
    value: (v) => `${v.text} family`,
  },
  {
    id: 'identity.name.my-name-is',
    match: "be~|'s {x:name}",
    key: 'name',
    category: 'name',
    subjects: ['attr'],
    attr: ['name', 'first'],
    strength: 'explicit',
    value: (v) => (v.clause.some((t) => ['surname', 'last', 'nickname', 'full', 'middle', 'maiden'].includes(t.low)) ? undefined : personName(v)),
  },
  {
    id: 'identity.age.no-copula',
    match: 'i|me already|nearly|almost|now|just|only? {x:num} this|years|yrs|yo|y|already|now|lah|leh|lor|liao|and|,|?|.',
    key: 'age',
    where: 'anywhere',
    subjects: ['none', 'self'],
    // "wah i already 34 this year leh": an age said without "am".
    value: (v) => (v.clause.findIndex((t) => t.low === 'i' || t.low === 'me') <= 2 ? age(v) : undefined),
  },
  {
    id: 'identity.name.call-me',
    match: 'call me {x:name}',
    key: 'name',
    keyOf: calledBy,
    category: 'name',
    where: 'anywhere',
    request: true,
    inReport: true,
    strength: 'explicit',
    value: userName,
    subjects: ['self', 'none', 'other'],
  },
  {
    id: 'identity.name.call-me-lower',
    match: 'call~ me {x:word}',
    key: 'name',
    keyOf: calledBy,
    category: 'name',
    where: 'anywhere',
    request: true,
    inReport: true,
    strength: 'explicit',
    value: lowerName,
    subjects: ['self', 'none', 'other'],
  },
  {
    id: 'identity.name.calls-me',
    match: 'calls me {x:name}',
    key: 'nickname',
    category: 'name',
    where: 'anywhere',
    strength: 'explicit',
    inReport: true,
    value: userName,
    subjects: ['self', 'none', 'other'],
  },
  {
    id: 'identity.name.my-name-lower',
    match: "my name|names be~|'s? {x:word}",
    key: 'name',
    category: 'name',
    where: 'anywhere',
    subjects: ['self', 'none', 'other', 'attr'],
    strength: 'explicit',
    value: (v) => {
      if (v.clause.some((t) => ['surname', 'last', 'nickname', 'middle', 'full'].includes(t.low))) return undefined;
      // ("the rota spells my name wrong": "my name" as the object of a verb, with no "is", names nothing.)
      const at = v.clause.indexOf(v.tokens[0]!);
      const name = v.clause.slice(0, at).findLastIndex((t) => t.low === 'name' || t.low === 'names');
      const said = v.clause.slice(name + 1, at).some((t) => t.lemma === 'be' || t.low === "'s");
      return !said && v.clause.slice(0, name).some((t) => t.pos === 'VERB') ? undefined : lowerName(v);
    },
  },
  {
    id: 'identity.name.attr-lower',
    match: "be~|'s {x:word}",
    key: 'name',
    category: 'name',
    subjects: ['attr'],
    attr: ['name', 'first'],
    strength: 'explicit',
    value: (v) => (v.clause.some((t) => ['surname', 'last', 'nickname', 'middle', 'full'].includes(t.low)) ? undefined : lowerName(v)),
  },
  {
    id: 'identity.name.sign-as',
    match: 'sign~|signing .. it|them|this|that|everything|all? off? as|with {x:name}',
    key: 'name',
    category: 'name',
    where: 'anywhere',
    request: true,
    inQuestion: true,
    subjects: ['self', 'none', 'other'],
    strength: 'plain',
    value: userName,
  },
  {
    // "can you sign off the cover letter as Sam Okafor?", "sign the card from Peggy": what the user signs with.
    id: 'identity.name.sign-thing-as',
    match:
      'sign~|signing off? the|my|this|that? .. letter|letters|email|emails|card|cards|message|messages|text|texts|note|reply|application off? as|with|from {x:name}',
    key: 'name',
    category: 'name',
    where: 'anywhere',
    request: true,
    inQuestion: true,
    subjects: ['self', 'none', 'other'],
    strength: 'plain',
    value: signedAlone,
  },
  {
    // "Sign it Peggy", "sign off 'Cheers, Liam'": the name the user signs with, after the object or a closing word.
    id: 'identity.name.sign-it',
    match: 'sign~ it|them|this|that|off \'|"? thanks|cheers|regards|best|love|warmly|x? ,? {x:name}',
    key: 'name',
    category: 'name',
    where: 'anywhere',
    request: true,
    inQuestion: true,
    subjects: ['self', 'none', 'other'],
    strength: 'plain',
    value: signedAlone,
  },
  {
    id: 'identity.name.before-pronouns',
    match: 'be~ {x:word} ,|-|(? $pronouns',
    key: 'name',
    category: 'name',
    value: (v) => (v.tokens[0]?.text === v.tokens[0]?.low ? lowerName(v) : userName(v)),
  },
  {
    id: 'identity.pronouns.after-label',
    match: 'be~ {x:$pronouns}',
    key: 'pronouns',
    // ("pronouns are she/they": "she" leaves the clause the user's own.)
    subjects: ['none', 'self'],
    inQuestion: true,
    strength: 'explicit',
    // "my pronouns are they/them" cut after "pronouns" (read as a question "are they …?").
    value: (v) => {
      const at = v.sentence.indexOf(v.clause[0]!);
      // Not another's ("my sister's pronouns are she/they", "his pronouns are …").
      const whose = v.sentence[at - 2]?.low;
      if (whose === "'s" || (whose !== undefined && whose !== 'my' && whose !== 'our' && POSSESSIVES.has(whose))) return undefined;
      return at > 0 && v.sentence[at - 1]!.low.startsWith('pronoun') ? v.text : undefined;
    },
  },
  {
    // "Babatunde Ogunleye on anything official pls", "it's Sipho Ndlovu on the invoices": the full name the user's papers carry.
    id: 'identity.name.on-papers',
    match: '{x:name} on|for anything|the|all|my? official|invoices|paperwork|forms|documents|letters',
    key: 'name',
    category: 'name',
    where: 'anywhere',
    subjects: ['self', 'none', 'other'],
    strength: 'explicit',
    // (A full name, two words or more, each with its capital: "Tunde on the rota" names no papers.)
    // (Nor someone met "on the invoices team": the papers word ends the phrase.)
    value: (v) => {
      const papers = v.clause.findIndex((t, k) => k > v.clause.indexOf(v.tokens[v.tokens.length - 1]!) && PAPERS.has(t.low));
      const after = v.clause[papers + 1];
      if (papers < 0 || (after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN'))) return undefined;
      return v.tokens.length >= 2 && v.tokens.every((t) => capitalised(t)) ? userName(v) : undefined;
    },
  },
  { id: 'identity.name.go-by', match: 'go~ by {x:name}', key: 'name', category: 'name', strength: 'explicit', value: personName },
  {
    id: 'identity.name.i-am',
    match: 'be~ {x:name} ,|here|from|and|-|!|.?',
    key: 'name',
    category: 'name',
    subjects: ['self'],
    // (not the first part of a hyphenated word: "I'm Seventh-day Adventist")
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[v.tokens.length - 1]!);
      const dash = v.clause[at + 1];
      return (dash?.text === '-' && dash.space === false && v.clause[at + 2]?.space === false) || accredited(v) ? undefined : personName(v);
    },
  },
  {
    id: 'identity.name.i-am-end',
    match: 'be~ {x:name}',
    key: 'name',
    category: 'name',
    subjects: ['self'],
    value: (v) => (v.clause.length <= 4 && !accredited(v) ? personName(v) : undefined),
  },
  { id: 'identity.name.here', match: '{x:name} here', key: 'name', category: 'name', subjects: ['none', 'other'], strength: 'plain', value: personName },
  {
    id: 'identity.name.lower-here',
    match: '{x:word} here',
    key: 'name',
    category: 'name',
    subjects: ['none', 'other'],
    strength: 'implied',
    value: (v) => (v.clause.length <= 3 && (v.tokens[0]!.pos === 'PROPN' || v.tokens[0]!.pos === 'NOUN') ? personName(v) : undefined),
  },
  { id: 'identity.name.myself', match: 'myself {x:name}', key: 'name', category: 'name', subjects: ['none'], strength: 'explicit', value: personName },
  {
    id: 'identity.name.this-is',
    match: 'this be~ {x:name} ,|here|from|-|!|.',
    key: 'name',
    category: 'name',
    subjects: ['other'],
    value: (v) => (v.clause[0]?.low === 'this' ? personName(v) : undefined),
  },
  {
    id: 'identity.name.named',
    match: "name~ be~|'s {x:name}",
    key: 'name',
    category: 'name',
    subjects: ['attr', 'none'],
    strength: 'explicit',
    value: (v) => (v.clause.some((t) => ['full', 'first', 'last', 'surname', 'nick', 'middle', 'maiden'].includes(t.low)) ? undefined : personName(v)),
  },
  {
    id: 'identity.name.to-friends',
    match: '{x:name} to|for friends|mates|everyone|family|most|short',
    key: 'nickname',
    category: 'name',
    where: 'anywhere',
    subjects: ['none', 'self', 'attr', 'other'],
    value: personName,
  },
  {
    // "got married in March. first name Zanele", "Kowalski, first name Ania": the first name said as a label.
    id: 'identity.name.first-name',
    match: 'first|given name :? {x:name}',
    key: 'name',
    category: 'name',
    where: 'anywhere',
    subjects: ['none', 'self'],
    strength: 'explicit',
    value: personName,
  },
  {
    id: 'identity.name.surname',
    match: "be~|'s {x:name}",
    key: 'surname',
    category: 'name',
    subjects: ['attr'],
    attr: ['surname', 'last'],
    strength: 'explicit',
    value: personName,
  },
  {
    // "Call me Joy, full name Maria Joy Dizon", "Jomar here, full name Jose Mari Villanueva": the full name said as a fragment.
    id: 'identity.name.full-name-fragment',
    match: 'full|legal name :|-|is? {x:name}',
    key: 'full_name',
    category: 'name',
    where: 'anywhere',
    subjects: ['none', 'self'],
    request: true,
    strength: 'explicit',
    // (At the start of the clause, after a comma or after "my": not "my son's full name …".)
    value: (v) => {
      const before = v.clause[v.clause.findIndex((t) => t.low === 'full' || t.low === 'legal') - 1];
      return v.tokens.length >= 2 && (before === undefined || before.text === ',' || before.low === 'my') ? personName(v) : undefined;
    },
  },
  {
    id: 'identity.name.short-for',
    match: 'short for {x:name}',
    key: 'full_name',
    category: 'name',
    where: 'anywhere',
    subjects: ['none', 'self', 'other'],
    value: personName,
  },
  {
    id: 'identity.name.address-as',
    match: 'address|call me as? $title {x:name}',
    key: 'preferred_address',
    category: 'name',
    where: 'anywhere',
    subjects: ['none', 'self', 'other'],
    request: true,
    strength: 'explicit',
    value: (v) =>
      `${v.clause.find((t) => ['mx', 'ms', 'mrs', 'miss', 'mr', 'dr', 'prof'].includes(t.low))?.text ?? ''} ${personName(v) ?? ''}`.trim() || undefined,
  },

  { id: 'identity.pronouns.my-pronouns', match: 'be~ {x:$pronouns}', key: 'pronouns', subjects: ['attr'], attr: ['pronouns', 'pronoun'], strength: 'explicit' },
  {
    id: 'identity.pronouns.use',
    match: 'use~|go~ by? {x:$pronouns} pronouns?',
    key: 'pronouns',
    strength: 'explicit',
    request: true,
    subjects: ['self', 'none', 'other'],
    where: 'anywhere',
    // The user's own set: "I use", "use … please", "my pronouns" — not "my sister uses she/her".
    value: (v) =>
      v.clause.some((t, k) => ['me', 'i', 'please', 'pls'].includes(t.low) || (t.low === 'my' && v.clause[k + 1]?.low.startsWith('pronoun')))
        ? v.text
        : undefined,
  },
  {
    id: 'identity.gender.be',
    match: 'be~ a|an? {x:$gender} person|man|woman|guy|girl|human?',
    key: 'gender',
    strength: 'explicit',
    value: (v) =>
      [
        v.text,
        ...v.clause
          .slice(v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1, v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 2)
          .filter((t) => ['man', 'woman'].includes(t.low))
          .map((t) => t.text),
      ].join(' '),
  },
  { id: 'identity.gender.as', match: 'as a|an {x:$gender}', key: 'gender', where: 'anywhere', subjects: ['self', 'none'] },
  {
    id: 'identity.name.my-name-x',
    match: 'my name {x:name}',
    key: 'name',
    category: 'name',
    where: 'anywhere',
    subjects: ['self', 'none', 'other', 'attr'],
    request: true,
    strength: 'explicit',
    value: personName,
  },
  {
    id: 'identity.name.full-name',
    match: "be~|'s {x:name}",
    key: 'full_name',
    category: 'name',
    subjects: ['attr'],
    attr: ['full'],
    strength: 'explicit',
    value: personName,
  },
  {
    id: 'identity.birthday',
    match: "be~|'s on? the? {x:rest}",
    key: 'birthday',
    subjects: ['attr'],
    attr: ['birthday', 'bday', 'birth'],
    strength: 'explicit',
    value: (v) => (v.tokens.some((t) => t.pos === 'NUM' || /^\d/.test(t.text)) && v.tokens.length <= 6 ? v.text : undefined),
  },
  {
    id: 'identity.born-in-year',
    match: "born in|on? '? {x:num}",
    key: 'birth_year',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    // "born in '87" -> 1987.
    value: (v) =>
      /^'\d{2}$|^(?:19|20)\d{2}$/.test(v.text)
        ? v.text
        : /^\d{2}$/.test(v.text) && v.clause[v.clause.indexOf(v.tokens[0]!) - 1]?.text === "'"
          ? `${Number(v.text) > 30 ? '19' : '20'}${v.text}`
          : undefined,
  },
  {
    // "i was born on the fourth of march 1951": the date itself, as chrono-node reads it (a day and a month at least).
    id: 'identity.born-on',
    match: 'born on {x:rest}',
    key: 'birthday',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => birthDate(v.text),
  },
  { id: 'identity.age.appositive', match: ', {x:num} ,|-|from|and|.', key: 'age', where: 'anywhere', subjects: ['self', 'none'], value: age },
  {
    // "I'm a widow, 81 this May": the age the user turns in a month named.
    id: 'identity.age.this-month',
    match: ', {x:num} this|next|in {m:word}',
    key: 'age',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => {
      const month = v.slot('m')?.toLowerCase() ?? '';
      const n = age(v);
      return n !== undefined && MONTH_NAMES.includes(month) ? `turning ${n} in ${month.charAt(0).toUpperCase()}${month.slice(1)}` : undefined;
    },
  },
  {
    // "I'm Tendai, 33, grew up in Harare": the age closes its clause (the next one starts at the comma).
    id: 'identity.age.appositive-end',
    match: ', {x:num}',
    key: 'age',
    where: 'anywhere',
    subjects: ['self'],
    value: (v) => {
      const rest = v.clause.slice(v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1);
      return rest.every((t) => t.pos === 'PUNCT') ? age(v) : undefined;
    },
  },
  {
    id: 'identity.pronouns.alone',
    match: '{x:$pronouns}',
    key: 'pronouns',
    where: 'anywhere',
    subjects: ['self', 'none', 'other'],
    negation: 'keep',
    inQuestion: true,
    value: pronounsAlone,
  },
  {
    // "Darren here, 47, …", "Priya, 29 - …": the age right after the name the user opens with.
    id: 'identity.age.after-name',
    match: '{n:name} here? , {x:num} ,|-|.|and?',
    key: 'age',
    subjects: ['none', 'other'],
    value: (v) => (v.clause.indexOf(v.tokens[0]!) <= 4 ? age(v) : undefined),
  },
  { id: 'identity.age.sex', match: '{x:num} m|f|male|female|nb', key: 'age', where: 'anywhere', subjects: ['self', 'none'], value: ageBeforeSex },
  {
    id: 'identity.name.is-my-name',
    match: '{x:name} be~ my name',
    key: 'name',
    category: 'name',
    subjects: ['other'],
    where: 'anywhere',
    strength: 'explicit',
    value: (v) => (v.clause[0] === v.tokens[0] ? personName(v) : undefined),
  },
  { id: 'identity.pronouns.any', match: '{x:$pronouns} pronouns', key: 'pronouns', where: 'anywhere', subjects: ['self', 'none', 'attr'] },
  // "he/him, 29, from kerala originally": a fragment of the user's particulars that opens with the set.
  { id: 'identity.pronouns.fragment-list', match: '{x:$pronouns} ,', key: 'pronouns', subjects: ['none'] },
  { id: 'identity.pronouns.label', match: 'pronouns :? {x:$pronouns}', key: 'pronouns', where: 'anywhere', subjects: ['none', 'self', 'attr', 'other'] },

  {
    id: 'identity.age.i-am-n',
    match: 'be~ {x:num} years|yrs|yo|y|,|and|-|now|this|next|today|as|in|on|at|so|but|lol|she|he|they|since',
    key: 'age',
    value: age,
  },
  // "im 34 she/her and …": pronouns said right after the age.
  { id: 'identity.pronouns.after-age', match: 'be~? {n:num} ,? {x:$pronouns}', key: 'pronouns', where: 'anywhere', subjects: ['self', 'none'] },
  {
    id: 'identity.age.i-am-end',
    match: 'be~ {x:num}',
    key: 'age',
    value: (v) =>
      v.clause[v.clause.length - 1] === v.tokens[v.tokens.length - 1] || v.clause[v.clause.length - 2] === v.tokens[v.tokens.length - 1] ? age(v) : undefined,
  },
  { id: 'identity.age.at-n', match: 'at {x:num} ,|)|-|i', key: 'age', where: 'anywhere', subjects: ['self', 'none'], value: age },
  {
    id: 'identity.age.turned',
    match: 'turn~|turning {x:num}',
    key: 'age',
    // "a marathon before I turn 40", "by the time I turn 30": an age to come, not the user's.
    value: (v) => {
      const at = v.sentence.indexOf(v.tokens[0]!);
      return v.sentence.slice(Math.max(0, at - 6), at).some((t) => UNTIL_WORDS.has(t.low)) ? undefined : age(v);
    },
    past: 'ok',
  },
  {
    id: 'identity.age.fragment',
    match: '{x:num} ,|years|yrs|yo|y|as|this|next|now|today|last|in|on|and|-',
    key: 'age',
    subjects: ['none'],
    value: (v) => (spanOfTime(v) || yearsAfterNoun(v) ? undefined : age(v)),
  },
  {
    // "34 hospital pharmacist two kids …": a fragment that opens with a number and an occupation gives the age.
    id: 'identity.age.before-job',
    match: '{x:num} {y:word} {z:word}?',
    key: 'age',
    subjects: ['none'],
    // (One person's occupation: "20 teachers in my school" counts people.)
    value: (v) => (v.clause.indexOf(v.tokens[0]!) === 0 && jobAfterAge(v.clause) >= 0 ? age(v) : undefined),
  },
  {
    id: 'identity.age.alone',
    match: '{x:num}',
    key: 'age',
    subjects: ['none'],
    value: (v) => (v.clause.filter((t) => t.pos !== 'PUNCT').length === 1 ? age(v) : undefined),
  },
  { id: 'identity.age.n-year-old', match: 'a {x:num} year old', key: 'age', where: 'anywhere', subjects: ['self', 'none'], value: age },
  { id: 'identity.age.years-old', match: '{x:num} years|yrs|year old|of_age', key: 'age', where: 'anywhere', subjects: ['self', 'none'], value: age },
  {
    id: 'identity.age.bare',
    match: 'already|nearly|almost|now|just|only? {x:num} this|years|already|now|lah|leh|lor|liao|and|,|?',
    key: 'age',
    subjects: ['self'],
    value: age,
  },
  {
    id: 'identity.age.approx',
    match: 'pushing|nearly|almost|turning|over|just_turned|recently_turned|coming_up_on {x:num}',
    key: 'age',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // "for the first time in over 40 years", "nearly 30 people": a number of things, not the user's age.
    value: (v) => (countsSomething(v) ? undefined : age(v)),
  },
  { id: 'identity.age.attr', match: 'be~ {x:num}', key: 'age', subjects: ['attr'], attr: ['age'], strength: 'explicit', value: age },

  {
    id: 'identity.nationality.i-am',
    match: 'be~ a|an? {x:$nationality} citizen|national?',
    key: 'nationality',
    list: true,
    // "I'm fluent in Swahili and English": a language, not a people.
    value: (v) => (v.clause.some((t) => SPEAKING.has(t.low)) ? undefined : v.text),
  },
  { id: 'identity.nationality.as-a', match: 'as a|an {x:$nationality}', key: 'nationality', where: 'anywhere', subjects: ['self', 'none'], list: true },
  // "naturalised British last year", "I became a Canadian citizen in 2019": a nationality taken on.
  {
    id: 'identity.nationality.naturalised',
    match: 'naturalised|naturalized {x:$nationality}',
    key: 'nationality',
    where: 'anywhere',
    subjects: ['self', 'none'],
    list: true,
    past: 'ok',
  },
  {
    id: 'identity.nationality.became',
    match: 'become~|became a|an {x:$nationality} citizen|national',
    key: 'nationality',
    subjects: ['self'],
    list: true,
    past: 'ok',
  },
  {
    id: 'identity.nationality.fragment',
    match: '{x:$nationality} here|living|born|based|expat|raised|citizen|national|,',
    key: 'nationality',
    subjects: ['none', 'other'],
    list: true,
    // Not the second half of "Korean-American" (identity.heritage.compound-anywhere has it whole).
    value: (v) => (v.clause[v.clause.indexOf(v.tokens[0]!) - 1]?.text === '-' ? undefined : v.text),
  },
  // "Ghanaian by birth, British citizen since 2019": the nationality born to.
  {
    id: 'identity.nationality.by-birth',
    match: '{x:$nationality} by birth',
    key: 'nationality',
    where: 'anywhere',
    subjects: ['self', 'none'],
    list: true,
  },
  {
    id: 'identity.nationality.passport',
    match: 'have~|hold~ a|an? {x:$nationality} passport|citizenship',
    key: 'nationality',
    list: true,
    strength: 'explicit',
  },

  // "no car and no licence so it's gotta be on a bus route": how the user does not get about ("I don't drive" is values.do-not).
  {
    id: 'identity.transport.no-car',
    match: 'no car',
    key: 'transport',
    list: true,
    where: 'anywhere',
    subjects: ['none', 'self'],
    negation: 'keep',
    value: () => 'no car',
  },
  {
    id: 'identity.transport.no-licence',
    match: 'no licence|license|driving_licence',
    key: 'transport',
    list: true,
    where: 'anywhere',
    subjects: ['none', 'self'],
    negation: 'keep',
    value: () => 'no driving licence',
  },
  // "is 38 too old to be an apprentice builder?", "am I too old at 45 to retrain?": the user's own age, asked about.
  {
    id: 'identity.age.too-old',
    match: 'be~ {x:num} too old|young|late',
    key: 'age',
    where: 'anywhere',
    subjects: ['none', 'self', 'other'],
    inQuestion: true,
    // (After something the user said of their plan in the same sentence; "is 35 too old to start learning piano" alone asks in general.)
    value: (v) =>
      /^(?:1[5-9]|[2-9]\d)$/.test(v.text) && v.clause.some((t) => t.low === 'to' || t.low === 'for') && v.sentence[0] !== v.clause[0] ? v.text : undefined,
  },
  // What the user drives or rides: "I drive an old Corolla", "I ride a Vespa", "my car's a 2012 Civic".
  { id: 'identity.vehicle.drive', match: 'drive~|driving a|an|my|the|our {x:np}', key: 'vehicle', subjects: ['self', 'none'], value: vehicle },
  { id: 'identity.vehicle.ride', match: 'ride~|riding a|an|my {x:np}', key: 'vehicle', subjects: ['self', 'none'], value: vehicle },
  {
    id: 'identity.vehicle.my-car',
    match: "be~|'s a|an? {x:np}",
    key: 'vehicle',
    subjects: ['other'],
    value: (v) => (['my', 'our'].includes(v.clause[0]?.low ?? '') && VEHICLE_HEADS.has(v.clause[1]?.low ?? '') ? vehicle(v) : undefined),
  },

  // "we are Catholic": a household's faith is the user's too.
  { id: 'identity.religion.i-am', match: 'be~ a|an? {x:$religion}', key: 'religion', subjects: ['self', 'we', 'none'], value: (v) => v.text },
  { id: 'identity.religion.as-a', match: 'as a|an .. {x:$religion}', key: 'religion', where: 'anywhere', subjects: ['self', 'none'] },
  { id: 'identity.religion.fragment', match: '{x:$religion} here|,|-|and|so|since|who|myself?', key: 'religion', subjects: ['none'] },
  {
    id: 'identity.religion.being',
    match: 'being|practising|practicing|devout|observant|cradle|lapsed|born-again|proud a|an? {x:$religion}',
    key: 'religion',
    where: 'anywhere',
    subjects: ['self', 'none'],
  },
  {
    id: 'identity.religion.short-fragment',
    match: '{x:$religion}',
    key: 'religion',
    subjects: ['none', 'self'],
    where: 'anywhere',
    value: (v) =>
      v.clause.filter((t) => t.pos !== 'PUNCT').length <= 5 && v.clause.indexOf(v.tokens[0]!) <= 1
        ? [
            v.text,
            v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1]?.pos === 'PROPN'
              ? v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1]!.text
              : '',
          ]
            .join(' ')
            .trim()
        : undefined,
  },
  {
    id: 'identity.religion.turned',
    match: 'turned|became|become~|converted|convert~ to? {x:$religion}',
    key: 'religion',
    where: 'anywhere',
    subjects: ['self', 'none', 'other'],
    past: 'ok',
    value: (v) =>
      v.clause.some((t) => t.low === 'i' || t.low === 'my') || v.clause[0] === v.tokens[0] || v.clause.indexOf(v.tokens[0]!) <= 6 ? v.text : undefined,
  },
  // "I'm not really religious (anymore)", "we're not religious at all": no faith is an answer too, a household's as well
  // (what follows may name one: "more agnostic").
  {
    id: 'identity.religion.not-religious',
    match: 'be~ not a? religious|spiritual|believer',
    key: 'religion',
    negation: 'keep',
    past: 'ok',
    subjects: ['self', 'we', 'none'],
    value: (v) => {
      const word = v.clause.find((t) => ['religious', 'spiritual', 'believer'].includes(t.low))?.low ?? 'religious';
      return word === 'believer' ? 'not a believer' : `not ${word}`;
    },
  },
  {
    // "Neither of us is religious", "none of us are religious": the user among those said to have no faith.
    id: 'identity.religion.neither-of-us',
    match: 'neither|none of us be~ religious|spiritual',
    key: 'religion',
    where: 'anywhere',
    subjects: ['self', 'we', 'none', 'other'],
    negation: 'keep',
    value: (v) => `not ${v.clause.find((t) => t.low === 'religious' || t.low === 'spiritual')?.low ?? 'religious'}`,
  },
  {
    id: 'identity.politics.voter',
    match: 'be~ a|an .. {x:np}',
    key: 'politics',
    value: (v) => (/\b(?:voter|supporter|member|activist|campaigner)$/i.test(v.text) && v.tokens.some((t) => t.pos === 'PROPN') ? v.text : undefined),
  },
  {
    id: 'identity.personality',
    match: 'be~ a|an|such|bit|of|total|real|massive|huge? {x:np}',
    key: 'personality_traits',
    category: 'personality_traits',
    value: (v) => (PERSONALITY.has(v.text.toLowerCase()) || PERSONALITY.has(v.tokens[v.tokens.length - 1]!.low) ? v.text : undefined),
  },
  {
    id: 'identity.personality-fragment',
    match: '{x:np}',
    key: 'personality_traits',
    category: 'personality_traits',
    subjects: ['none'],
    // "morning person 100%": the clause may start after a time word ("morning"), so the word before counts too.
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      return traitOpening(v.tokens) ?? (at > 0 ? traitOpening(v.clause.slice(at - 1, at + v.tokens.length)) : undefined);
    },
  },
  {
    // "not a morning person at all, don't put anything before 10": the trait denied is itself worth keeping.
    id: 'identity.personality-not',
    match: 'not a|an? {x:np}',
    key: 'personality_traits',
    category: 'personality_traits',
    where: 'anywhere',
    subjects: ['none', 'self'],
    negation: 'keep',
    value: (v) => {
      const trait = traitOpening(v.tokens);
      return trait === undefined ? undefined : `not a ${trait}`;
    },
  },

  {
    id: 'identity.title.use',
    match: 'use|call|address me? as? {x:$title} rather|instead|not|for|when|,|please|pls',
    key: 'title',
    where: 'anywhere',
    request: true,
    subjects: ['none', 'self', 'other'],
    strength: 'explicit',
  },
];

/** The date a span starts with, when it names a day and a month ("the fourth of march 1951 and …" -> "fourth of march 1951"). */
function birthDate(text: string): string | undefined {
  const date = calendarDate(text.slice(0, 40));
  return date !== undefined && date.index <= 4 ? date.text : undefined;
}
