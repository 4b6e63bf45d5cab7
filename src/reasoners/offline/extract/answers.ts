import type { Category } from '../../../profiles/model.js';
import type { Token } from '../nlp/wink.js';
import { spanText } from '../nlp/wink.js';
import type { Candidate } from './clause-facts.js';
import { LIST_KEYS } from './families.js';
import type { Lexicon } from './lexicon/index.js';
import { ALLERGENS, DIETS } from './lexicon/food.js';
import { PRONOUN_SETS, TITLES } from './lexicon/identity.js';
import { LANGUAGES, TOOLS } from './lexicon/languages.js';
import { OCCUPATIONS, PETS, RELATIONS } from './lexicon/people.js';
import { PLACES, TIMEZONES } from './lexicon/places.js';
import { confidenceOf } from './scoring.js';
import { calendarDate, COUNT_WORDS } from './time.js';

/**
 * Short answers to the assistant's question: the previous assistant turn says what was asked
 * ("Where are you based?"), the user's reply gives the value ("Kelowna, BC"). Each row names the
 * question's cue words and what a reply must look like; only short replies count, and only when
 * the reply's own statements did not already give that key.
 */

interface AnswerRow {
  key: string;
  category: Category;
  /** Cue word sequences in the question (lower case). */
  cues: readonly string[];
  /** The value from the reply's tokens (fillers already stripped), or undefined. */
  accept: (tokens: readonly Token[]) => string | undefined;
  /** Short-lived answers ("where's the trek?" -> "Torres del Paine"): static unless said. */
  bucket?: 'dynamic';
}

/** Words that say what kind of place, not which ("home", "the city"). */
const GENERIC_PLACES = new Set([
  'home',
  'city',
  'town',
  'village',
  'country',
  'countryside',
  'suburbs',
  'suburb',
  'coast',
  'north',
  'south',
  'east',
  'west',
  'abroad',
  'area',
  'place',
  'flat',
  'house',
  'apartment',
  'centre',
  'center',
  'outskirts',
  'nowhere',
  'somewhere',
  'everywhere',
  'farm',
  'island',
  'mainland',
  'capital',
  'uni',
  'work',
  'school',
  'campus',
  'rural',
  'inland',
]);

/** Small words found inside a place's name between capitalised words ("Torres del Paine", "Isle of Skye"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'la',
  'le',
  'les',
  'los',
  'las',
  'of',
  'on',
  'upon',
  'the',
  'van',
  'von',
  'en',
  '-',
]);
const capitalisedOrKnown =
  (lex?: Lexicon) =>
  (tokens: readonly Token[]): string | undefined => {
    if (tokens.length === 0 || tokens.length > 5) return undefined;
    const text = spanText(tokens);
    if (lex && lex.matchAt(tokens, 0) > 0) return text;
    // ("Torres del Paine", "Stratford-upon-Avon", "Isle of Skye": small words inside a name, between capitals.)
    // (A possessive inside a name too: "St James's", "St John's".)
    const inside = (t: Token, k: number) => k > 0 && ((k < tokens.length - 1 && NAME_PARTICLES.has(t.low)) || t.low === "'s");
    if (tokens.every((t, k) => t.pos === 'PROPN' || t.text.charAt(0) !== t.text.charAt(0).toLowerCase() || t.text === ',' || inside(t, k))) return text;
    // A reply typed all in lower case ("brissie"): one or two nouns, the question asked for a place; the first may be
    // a word the tagger reads as an adjective ("lower hutt", "upper norwood"), never a place's kind ("a small town").
    const caseless = tokens.every((t) => t.text === t.low);
    const nameWord = (t: Token, k: number) =>
      (t.pos === 'NOUN' || t.pos === 'PROPN' || (k === 0 && t.pos === 'ADJ' && tokens.length === 2)) && !GENERIC_PLACES.has(t.low);
    return caseless && tokens.length <= 2 && tokens.every(nameWord) ? text : undefined;
  };

const phrase =
  (max: number) =>
  (tokens: readonly Token[]): string | undefined =>
    tokens.length > 0 && tokens.length <= max && tokens[0]!.pos !== 'PRON' ? spanText(tokens) : undefined;

/** A list of short items ("birding, sourdough, fixing up old film cameras, and very bad karaoke"): each at most `max` words. */
const shortItems =
  (max: number, items: number) =>
  (tokens: readonly Token[]): string | undefined => {
    if (tokens.length === 0 || tokens[0]!.pos === 'PRON') return undefined;
    let count = 0;
    let words = 0;
    for (const t of tokens) {
      if (t.text === ',' || t.low === 'and' || t.text === '&') {
        if (words > 0) count++;
        words = 0;
      } else if (++words > max) return undefined;
    }
    return count + (words > 0 ? 1 : 0) <= items ? spanText(tokens) : undefined;
  };

/** Units a length of time in work is said in. */
const SPANS: ReadonlySet<string> = new Set(['year', 'years', 'yr', 'yrs', 'month', 'months', 'decade', 'decades']);
/** Words of about-ness before a length of time ("about six years", "coming up on 20 years"). */
const ABOUT: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'over', 'just', 'coming', 'up', 'on', 'going', 'for']);
/** "11 years", "about six months", "nearly two decades": a length of time, alone. */
function lengthOfTime(tokens: readonly Token[]): string | undefined {
  let k = 0;
  while (k < tokens.length && ABOUT.has(tokens[k]!.low)) k++;
  const n = tokens[k];
  const unit = tokens[k + 1];
  if (n === undefined || unit === undefined || k + 2 !== tokens.length || !SPANS.has(unit.low)) return undefined;
  return /^\d{1,2}\+?$/.test(n.text) || COUNT_WORDS.has(n.low) || n.low === 'a' ? spanText(tokens.slice(k)) : undefined;
}

/** Words that only hedge the opening of a reply ("mostly adults", "usually kids"). */
const HEDGED_OPENERS: ReadonlySet<string> = new Set(['mostly', 'mainly', 'usually', 'generally', 'largely', 'probably']);

const fromLexicon =
  (lex: Lexicon) =>
  (tokens: readonly Token[]): string | undefined => {
    const items: string[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const n = lex.matchAt(tokens, k);
      if (n > 0) {
        items.push(spanText(tokens.slice(k, k + n)));
        k += n - 1;
      }
    }
    return items.length > 0 ? items.join(', ') : undefined;
  };

const personName = (all: readonly Token[]): string | undefined => {
  // "siobhan and dev, we're signing them together": the user's own name comes first.
  // ("siobhan ni bhriain owner of little acorns childminding": what the user does, said after the name, is no part of it.)
  const end = all.findIndex((t, k) => k > 0 && (t.low === 'and' || t.text === '&' || (OCCUPATIONS.matchAt(all, k) > 0 && all[k + 1]?.low === 'of')));
  const tokens = end > 0 ? all.slice(0, end) : all;
  // "owusu-ansah": a hyphen joins two parts of one name.
  const joined = tokens.length > 2 && tokens[0]!.text !== '-' && tokens[tokens.length - 1]!.text !== '-';
  const parts = tokens.filter((t) => !(joined && t.text === '-'));
  // ("Dr Siobhán Ní Bhriain": a title before the name is no part of it to count.)
  const titled = parts.length > 1 && TITLES.matchAt(parts, 0) === 1 ? 1 : 0;
  if (parts.length === 0 || parts.length - titled > 3 || parts.some((t) => t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PUNCT'))
    return undefined;
  const cap = (t: Token): string => t.text.charAt(0).toUpperCase() + t.text.slice(1);
  return tokens.map((t, k) => (t.text === '-' ? '-' : (k > 0 && tokens[k - 1]!.text !== '-' ? ' ' : '') + cap(t))).join('');
};

/** How often, said alone ("socially", "only on weekends" is not one word and is left alone). */
const DRINKING = new Map([
  ['socially', 'social drinker'],
  ['occasionally', 'drinks occasionally'],
  ['rarely', 'drinks rarely'],
  ['sometimes', 'drinks occasionally'],
  ['moderately', 'drinks moderately'],
  ['lightly', 'light drinker'],
]);
const drinksHowOften = (tokens: readonly Token[]): string | undefined => {
  const words = tokens.map((t) => t.low).filter((w) => w !== 'only' && w !== 'just' && w !== 'yeah' && w !== 'yes');
  return words.length === 1 ? DRINKING.get(words[0]!) : undefined;
};

/** The pronoun a reply about one child opens with, and what it says of the child. */
const CHILD_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['she', 'daughter'],
  ["she's", 'daughter'],
  ['shes', 'daughter'],
  ['he', 'son'],
  ["he's", 'son'],
  ['hes', 'son'],
]);
const AGE_WORDS: ReadonlySet<string> = new Set(['months', 'month', 'years', 'year', 'yrs', 'weeks', 'week', 'mo', 'mos']);
/** "she's 18 months", "he is 4", "18 months old": one child's age as a reply. */
function childAge(tokens: readonly Token[]): string | undefined {
  let k = 0;
  const kind = CHILD_PRONOUNS.get(tokens[0]?.low ?? '');
  if (kind !== undefined) k++;
  if (['is', "'s"].includes(tokens[k]?.low ?? '')) k++;
  if (tokens[k]?.low === 'just') k++;
  const rest = tokens.slice(k).filter((t) => t.low !== 'old' && t.pos !== 'PUNCT');
  if (rest.length === 0 || rest.length > 2 || !/^\d{1,2}$/.test(rest[0]!.text)) return undefined;
  if (rest[1] !== undefined && !AGE_WORDS.has(rest[1].low)) return undefined;
  return `${kind ?? 'child'} aged ${rest[0]!.text} ${rest[1]?.low ?? 'years'}`;
}

/** Something coming up, asked where it is ("And where's the trek?" -> "Torres del Paine, we start on the 12th"). */
const COMING_EVENTS = [
  'trip',
  'trek',
  'hike',
  'holiday',
  'wedding',
  'conference',
  'race',
  'match',
  'tournament',
  'competition',
  'gig',
  'festival',
  'retreat',
  'expedition',
  'tour',
  'course',
];

/** The user's own place of business, asked where it is ("Where's the salon?"). */
const BUSINESS_PLACES = [
  'salon',
  'shop',
  'business',
  'studio',
  'clinic',
  'practice',
  'restaurant',
  'cafe',
  'café',
  'barbershop',
  'store',
  'workshop',
  'bakery',
  'stall',
  'farm',
];

/** Kinds of employer asked "which … are you with?" ("Which zoo are you with?" -> "Chester"). */
const EMPLOYERS = [
  'company',
  'firm',
  'agency',
  'hospital',
  'zoo',
  'aquarium',
  'practice',
  'trust',
  'council',
  'bank',
  'airline',
  'contractor',
  'outfit',
  'employer',
];

const ROWS: readonly AnswerRow[] = [
  {
    key: 'name',
    category: 'name',
    cues: [
      'your name',
      'call you',
      'who am i speaking',
      'who am i talking',
      'who is this',
      'your first name',
      'be called',
      'go by',
      'be addressed',
      'address you',
      // "What name should I sign it off with?", "Whose name should go at the bottom?"
      'sign it off',
      'sign off with',
      'sign it with',
      'sign it as',
      'sign off as',
      'whose name',
      'name at the bottom',
      'name should go',
      // "What name and title should go at the top?", "what name should I put on the cards?"
      'name and title',
      // "What name and pronouns should I use for you?"
      'name and pronouns',
      'what name should',
      'which name should',
      'name should i put',
      // "Who should I put as the sender at the bottom of the letter?"
      'as the sender',
      'who should it be from',
    ],
    accept: personName,
  },
  {
    // "priya raghunathan, Ms", "kwabena owusu-ansah, assembly member for asokwa": a title, or the office the user signs as.
    key: 'title',
    category: 'name',
    cues: ['and title', 'your title', 'what title', 'which title'],
    accept: (t) => fromLexicon(TITLES)(t) ?? (t.some((w) => w.pos === 'NOUN') ? phrase(5)(t) : undefined),
  },
  {
    // "What's your date of birth, exactly as it's printed in your passport?" -> "14 MAR 1991"
    key: 'birthday',
    category: 'other',
    cues: ['date of birth', 'your birthday', 'when were you born', 'your dob', 'birth date'],
    accept: (t) => {
      const date = calendarDate(spanText(t).slice(0, 40));
      return date !== undefined && date.index === 0 ? date.text : undefined;
    },
  },
  {
    key: 'hometown',
    category: 'other',
    cues: ['where are you from', 'where are you originally', 'where did you grow up', 'your hometown'],
    accept: capitalisedOrKnown(PLACES),
  },
  {
    key: 'location',
    category: 'other',
    cues: [
      'where are you based',
      'where are you located',
      'where do you live',
      'where are you',
      'which city',
      'what city',
      'where in',
      'whereabouts',
      'what part of',
      'which part of',
      'what area',
      'which area',
      // ("Which council are you under?" -> "Fife": the local authority, borough, county or state the user lives in.)
      ...['which', 'what'].flatMap((w) => ['council', 'local authority', 'borough', 'county', 'state', 'province', 'town', 'suburb'].map((p) => `${w} ${p}`)),
      'your location',
      'where abouts',
      // ("Where are you travelling from and to?" -> "Tonbridge to London Bridge": a commute starts at home.)
      'travelling from',
      'traveling from',
      'commuting from',
      'commute from',
      // ("Where's the salon, so I can suggest suppliers nearby?" -> "Kumasi": where the user's own business is.)
      ...['where is the', "where's the", 'where is your', "where's your"].flatMap((w) => BUSINESS_PLACES.map((b) => `${w} ${b}`)),
    ],
    accept: capitalisedOrKnown(PLACES),
  },
  {
    key: 'upcoming_events',
    category: 'other',
    bucket: 'dynamic',
    cues: ['where is the', "where's the", 'where is your', "where's your"].flatMap((w) => COMING_EVENTS.map((e) => `${w} ${e}`)),
    accept: capitalisedOrKnown(PLACES),
  },
  {
    key: 'role',
    category: 'role',
    cues: [
      'what do you do',
      'your job',
      'your role',
      'line of work',
      'what work',
      'do for a living',
      'your occupation',
      'your profession',
      'what kind of work',
      'what is your position',
    ],
    accept: phrase(6),
  },
  {
    // "Which zoo are you with?" -> "Chester", "who do you work for?" -> "Deloitte": the employer, by its name.
    key: 'company',
    category: 'role',
    cues: [
      'who do you work for',
      'who are you working for',
      'who employs you',
      'your employer',
      ...['which', 'what'].flatMap((w) =>
        EMPLOYERS.flatMap((e) => ['are you with', 'are you at', 'do you work for', 'do you work at', 'do you work in'].map((v) => `${w} ${e} ${v}`)),
      ),
    ],
    // ("St James's in Leeds": the name, not where it is.)
    accept: (t) => {
      const where = t.findIndex((w, k) => k > 0 && (w.low === 'in' || w.low === 'at' || w.low === 'near'));
      return capitalisedOrKnown()(where < 0 ? t : t.slice(0, where));
    },
  },
  {
    // "What do you teach?" -> "piano and theory": what the user teaches.
    key: 'teaching',
    category: 'role',
    cues: ['what do you teach', 'which subjects do you teach', 'what subjects do you teach', 'which subject do you teach', 'what instrument do you teach'],
    accept: phrase(6),
  },
  {
    // "Who are your students, mostly?" -> "mostly adults getting back into music, 40+": whom the user teaches or serves.
    key: 'students',
    category: 'role',
    cues: ['who are your students', 'who do you teach', 'who are your clients', 'who are your customers', 'who are your pupils'],
    accept: (t) => {
      const from = t.findIndex((w) => !HEDGED_OPENERS.has(w.low));
      const rest = from < 0 ? [] : t.slice(from);
      const cut = rest.findIndex((w) => w.text === ',' || w.text === '.');
      return phrase(8)(cut < 0 ? rest : rest.slice(0, cut));
    },
  },
  {
    key: 'timezone',
    category: 'timezone',
    cues: ['time zone', 'timezone'],
    accept: (t) => (/^[A-Z][A-Za-z_]+\/[A-Z][A-Za-z_]+$/.test(spanText(t).replace(/ /g, '')) ? spanText(t).replace(/ /g, '') : fromLexicon(TIMEZONES)(t)),
  },
  {
    key: 'language',
    category: 'language',
    cues: ['which language', 'what language', 'languages do you', 'language would you', 'language should'],
    accept: fromLexicon(LANGUAGES),
  },
  { key: 'pronouns', category: 'other', cues: ['pronouns'], accept: fromLexicon(PRONOUN_SETS) },
  {
    // "how old is your little one?" -> "she's 18 months": the user's child, by the age given (not the user's age).
    key: 'family',
    category: 'other',
    cues: [
      'how old is your little one',
      'how old are your little ones',
      'how old is your baby',
      'how old is your son',
      'how old is your daughter',
      'how old is your child',
      'how old is your kid',
      'how old are your kids',
      'how old are your children',
      'how old are the kids',
      'ages of your kids',
      'ages of your children',
    ],
    accept: childAge,
  },
  {
    key: 'age',
    category: 'other',
    cues: ['how old', 'your age'],
    accept: (t) => (t.length <= 3 && t[0] && /^\d{2,3}$/.test(t[0].text) && Number(t[0].text) >= 13 && Number(t[0].text) <= 110 ? t[0].text : undefined),
  },
  {
    key: 'interests',
    category: 'interests',
    cues: [
      'hobbies',
      'for fun',
      'free time',
      'spare time',
      'your interests',
      'enjoy doing',
      'like to do',
      'to unwind',
      'to relax',
      'downtime',
      'down time',
      'outside work',
      'outside of work',
      // ("What do you do when you're not working?": later than "what do you do", so it names what is asked.)
      "when you're not working",
      'when you are not working',
      'when not working',
      'away from work',
      'off the clock',
      'at the weekend',
      'on weekends',
      'on the weekend',
      'are you into',
    ],
    accept: shortItems(5, 6),
  },
  { key: 'allergies', category: 'other', cues: ['allerg'], accept: fromLexicon(ALLERGENS) },
  // "Do you drink?" — "socially", "only occasionally": how much the user drinks.
  { key: 'diet', category: 'preferences', cues: ['do you drink', 'drink alcohol', 'you a drinker', 'you drink at all'], accept: drinksHowOften },
  {
    key: 'diet',
    category: 'preferences',
    cues: ['dietary', 'diet', 'foods you avoid', "anything you don't eat", 'anything you do not eat', 'eat everything'],
    accept: fromLexicon(DIETS),
  },
  {
    key: 'pets',
    category: 'other',
    cues: ['any pets', 'your pet', 'pets'],
    accept: (t) => (fromLexicon(PETS)(t) !== undefined && t.length <= 8 ? spanText(t) : undefined),
  },
  {
    key: 'tools',
    category: 'expertise',
    cues: [
      'which os',
      'what os',
      'operating system',
      'your editor',
      'an editor',
      'which editor',
      'what editor',
      'which ide',
      'what ide',
      'which shell',
      'what shell',
      'your stack',
      'your setup',
      'what do you use',
      'which tool',
      'what tool',
    ],
    accept: fromLexicon(TOOLS),
  },
  {
    // "How long have you been doing it?" -> "11 years", "about six months": how long the user has done their work.
    key: 'experience',
    category: 'expertise',
    // (Not "how long have you been waiting?" or "… in Leeds?": what the user does for a living, said as such.)
    cues: [
      'how long have you been doing',
      'how long have you been a',
      'how long have you been working',
      'how long have you worked',
      'how long have you done',
      'how many years have you been doing',
      'how many years have you worked',
      'how many years have you been a',
    ],
    accept: lengthOfTime,
  },
  {
    // "Which licences do you hold?" -> "TESDA NC II and a Saudi Aramco crane operator card": the user's tickets and cards.
    key: 'certifications',
    category: 'expertise',
    cues: [
      ...['licence', 'licences', 'license', 'licenses', 'certificate', 'certificates', 'certification', 'certifications', 'tickets', 'cards'].flatMap((c) => [
        `which ${c}`,
        `what ${c}`,
        `any ${c}`,
        `${c} do you`,
      ]),
    ],
    accept: shortItems(8, 6),
  },
  {
    key: 'education',
    category: 'other',
    cues: [
      'what are you studying',
      'what do you study',
      'your degree',
      'what year are you',
      'which school',
      'which university',
      'where did you study',
      'qualification',
    ],
    accept: phrase(8),
  },
  {
    key: 'health_conditions',
    category: 'other',
    cues: ['injuries', 'health things', 'health conditions', 'medical conditions', 'health issues', 'anything medical', 'conditions i should'],
    accept: phrase(8),
  },
  { key: 'values', category: 'personality_traits', cues: ['causes you care', 'care about', 'causes', 'charities'], accept: phrase(10) },
  {
    // "What area do you mainly practise in?" -> "employment mostly": the field of a profession the user works in, no place.
    key: 'expertise',
    category: 'expertise',
    cues: ['practise in', 'practice in', 'specialise in', 'specialize in', 'area of practice', 'practice area', 'area of law', 'area of expertise'],
    accept: phrase(6),
  },
  {
    key: 'industry',
    category: 'industry',
    cues: ['which industry', 'what industry', 'industry are you', 'what sector', 'which sector', 'what field', 'which field'],
    accept: phrase(6),
  },
  {
    key: 'goals',
    category: 'goals',
    cues: [
      'your goal',
      'hoping to achieve',
      'want to achieve',
      'trying to achieve',
      'what are you working towards',
      'get out of',
      'hope to get',
      'want from',
      'like to achieve',
      'hoping for',
      'looking to get',
    ],
    accept: phrase(16),
  },
  {
    key: 'communication_style',
    category: 'communication_style',
    cues: [
      'do you want me to',
      'would you like me to',
      'should i explain',
      'how much detail',
      'how should i format',
      'prefer short',
      'prefer long',
      'prefer detailed',
    ],
    accept: phrase(6),
  },
  // "Any room preferences?" — "quiet room, king bed": what the user wants of the thing asked about.
  {
    key: 'preferences',
    category: 'preferences',
    cues: ['any preferences', 'room preference', 'seat preference', 'any particular preference', 'preferences for'],
    accept: phrase(8),
  },
];

const OPENERS = new Set([
  'um',
  'umm',
  'uh',
  'well',
  'oh',
  'so',
  'yeah',
  'yes',
  'yep',
  'sure',
  'ok',
  'okay',
  'just',
  'mostly',
  'probably',
  'it',
  'is',
  "'s",
  'its',
  'i',
  'am',
  'in',
  'from',
  'at',
  'near',
  'outside',
  'a',
  'an',
  'the',
  'based',
  'live',
  'living',
  'currently',
  'hi',
  'hey',
  'hello',
  'call',
  'me',
  'my',
  'name',
  'work',
  'as',
  'that',
  'would',
  'be',
]);
// ("tower crane operator po": the Filipino word of respect.)
const CLOSERS = new Set(['pls', 'please', 'plz', 'thanks', 'thank', 'you', 'cheers', 'lol', 'haha', 'mate', 'though', 'tho', 'btw', 'thx', 'ty', 'po']);
/** Words that only hedge or date a short reply ("Lisbon mostly", "Leeds now"): dropped from its end. */
const TRAILING_HEDGES = new Set(['mostly', 'mainly', 'now', 'atm', 'currently', 'usually', 'nowadays', 'lately', 'mainly']);
/** A reply that accepts a form of address: "Sam is fine", "Sam works", "Sam's good". */
const ACCEPTS = new Set(['fine', 'ok', 'okay', 'good', 'great', 'works', 'perfect']);
/** An opening before a comma that says nothing ("oh sorry, it's Priya", "hmm, Leeds I guess"). */
const FILLERS = new Set([
  'mine',
  'oh',
  'ah',
  'sorry',
  'hmm',
  'um',
  'umm',
  'uh',
  'well',
  'honestly',
  'right',
  'so',
  'ok',
  'okay',
  'yeah',
  'yes',
  'yep',
  'haha',
  'lol',
  'hi',
  'hey',
  'hello',
]);

/** Words that narrow what is asked to now, left out when the question is read against the rows ("your current role"). */
const NOW_QUALIFIERS = /\b(?:current|present|main) /g;

/**
 * The row a question asks for. When several rows' cues occur, the one whose cue ends last names the
 * thing asked ("what do you do for fun?" asks for interests, not the job; "where are you from?" for
 * the home town, not the location); a tie goes to the longer cue.
 */
function rowFor(asked: string): AnswerRow | undefined {
  const question = asked.replace(NOW_QUALIFIERS, '');
  let best: AnswerRow | undefined;
  let bestEnd = -1;
  let bestLength = 0;
  for (const row of ROWS) {
    for (const cue of row.cues) {
      const at = question.indexOf(cue);
      if (at < 0) continue;
      const end = at + cue.length;
      if (end > bestEnd || (end === bestEnd && cue.length > bestLength)) {
        best = row;
        bestEnd = end;
        bestLength = cue.length;
      }
    }
  }
  return best;
}

/** The items of a list reply: "hiking and board games" -> hiking, board games; "cats, dogs & fish". */
const ITEM_HEDGES = new Set([
  'sometimes',
  'mostly',
  'mainly',
  'also',
  'occasionally',
  'some',
  'bit',
  'of',
  'a',
  'little',
  'lots',
  'lot',
  'too',
  'online',
  'now',
  'and',
]);

function itemsOfReply(value: string): string[] {
  return value
    .split(/,| and | & | plus /)
    .map((x) => {
      const words = x.trim().split(' ');
      let from = 0;
      let to = words.length;
      while (from < to - 1 && ITEM_HEDGES.has(words[from]!.toLowerCase())) from++;
      while (to > from + 1 && ITEM_HEDGES.has(words[to - 1]!.toLowerCase())) to--;
      return words.slice(from, to).join(' ');
    })
    .filter((x) => x !== '');
}

/** "Sam is fine" -> "Sam"; "Sam works" -> "Sam". */
function withoutAcceptance(tokens: Token[]): Token[] {
  const last = tokens[tokens.length - 1];
  if (!last || !ACCEPTS.has(last.low) || tokens.length < 2) return tokens;
  let to = tokens.length - 1;
  if (tokens[to - 1]!.low === 'is' || tokens[to - 1]!.low === "'s") to--;
  return to > 0 ? tokens.slice(0, to) : tokens;
}

/**
 * A place reply without what only hedges it: "lisbon mostly, sometimes porto" -> "lisbon", "Leeds
 * now" -> "Leeds"; a comma stays when a place follows it ("Kelowna, BC").
 */
function placeOnly(tokens: Token[]): Token[] {
  let to = tokens.length;
  for (let k = 0; k < tokens.length; k++) {
    // "Tonbridge to London Bridge": where a journey starts.
    if (k > 0 && tokens[k]!.low === 'to') {
      to = k;
      break;
    }
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1];
    const place = next !== undefined && (PLACES.matchAt(tokens, k + 1) > 0 || (next.pos === 'PROPN' && next.text.charAt(0) !== next.low.charAt(0)));
    if (!place) {
      to = k;
      break;
    }
  }
  while (to > 1 && TRAILING_HEDGES.has(tokens[to - 1]!.low)) to--;
  return tokens.slice(0, to);
}

/** The assistant's last question, lower case, or undefined when the turn asks nothing. */
export function lastQuestion(assistant: string): string | undefined {
  const end = assistant.lastIndexOf('?');
  if (end < 0) return undefined;
  const start = Math.max(assistant.lastIndexOf('.', end) + 1, assistant.lastIndexOf('!', end) + 1, assistant.lastIndexOf('\n', end) + 1, end - 300);
  return assistant
    .slice(start, end + 1)
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

/** Facts from a short reply to the assistant's question (none when the reply's own statements gave the key). */
export function fromAnswer(question: string, reply0: readonly Token[], already: readonly Candidate[], evidence: string, order: number): Candidate[] {
  const row = rowFor(question);
  if (!row) return chosen(question, reply0, already, evidence, order);
  // A withdrawn value ("grew up in Leeds" withdraws a location) does not answer the question.
  // "abuja. from ibadan originally": where the user is from is a home town once the answer names where they are.
  // (A list of what is coming up takes the place beside the reply's own plan: "Torres del Paine, we start on the 12th".)
  if (row.bucket !== 'dynamic' && already.some((c) => c.key === row.key && !c.retract && c.via !== 'from')) return [];
  // "Honestly? Confidence speaking in meetings.": skip an opening that is only fillers.
  let reply = reply0;
  const firstStop = reply.findIndex((t) => t.text === '?' || t.text === '.' || t.text === '!');
  if (firstStop >= 0 && reply.slice(0, firstStop).every((t) => OPENERS.has(t.low) || t.pos === 'INTJ' || t.low === 'honestly' || t.low === 'hmm'))
    reply = reply.slice(firstStop + 1);
  const found = answerOf(row, reply, evidence, order);
  if (!asksTwo(question)) return found;
  // "What time do you start, and which city are you in?" — "8ish. Halifax": each part of the reply may
  // answer one of the things asked; every row the question names reads the part it accepts (a part once).
  const parts = partsOf(reply);
  const used = new Set<number>();
  // (The part the first answer came from answers nothing else: "kwabena owusu-ansah, assembly member for asokwa".)
  const said = new Set(found.flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value]).map((v) => String(v).toLowerCase())));
  parts.forEach((p, k) => {
    if (said.has(spanText(p).toLowerCase())) used.add(k);
  });
  const out: Candidate[] = [...found];
  for (const other of rowsIn(question)) {
    if (out.some((c) => c.key === other.key) || already.some((c) => c.key === other.key && !c.retract)) continue;
    for (let p = 0; p < parts.length; p++) {
      if (used.has(p)) continue;
      const got = answerOf(other, parts[p]!, evidence, order);
      if (got.length === 0) continue;
      used.add(p);
      out.push(...got);
      break;
    }
  }
  return out;
}

/** Words after a picked option that only qualify the choice ("formal but not grovelling", "paperback always"). */
const QUALIFYING: ReadonlySet<string> = new Set([
  'but',
  'always',
  'please',
  'pls',
  'plz',
  'definitely',
  'obviously',
  'ideally',
  'mostly',
  'thanks',
  'every',
  'for',
  'tbh',
  'honestly',
  'though',
  'tho',
]);

/** Articles and possessives before an option offered ("an ebook, a paperback or an audiobook"). */
const OPTION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some', 'your']);
/** Options that choose a time or say yes or no, not a lasting taste ("now or later?", "yes or no?"). */
const NOT_TASTES: ReadonlySet<string> = new Set(['now', 'later', 'today', 'tomorrow', 'yes', 'no', 'both', 'either', 'neither', 'it', 'that', 'this', 'them']);

/** Openings of a question about what is so ("are you in Leeds or Bradford?", "is it the 3rd or the 4th?"). */
const STATE_OPENINGS: readonly string[] = ['are you', 'were you', 'is it', 'was it', 'is he', 'is she', 'do you live', 'did you'];

/** The options a question offers, lower case, without articles: "an ebook, a paperback or an audiobook?" -> ebook, paperback, audiobook. */
function optionsOffered(question: string): string[] {
  let end = question.length;
  while (end > 0 && '?!.'.includes(question[end - 1]!)) end--;
  const words = question.slice(0, end).split(/\s+/);
  const or = words.lastIndexOf('or');
  if (or < 1 || or === words.length - 1) return [];
  const after = words.slice(or + 1).filter((w) => !OPTION_OPENERS.has(w));
  // ("formal, or go for something a bit friendlier?": a longer last option is named by its last word.)
  const last = after.length > 2 ? after.slice(-1) : after;
  if (last.length === 0) return [];
  const options = [last.join(' ')];
  // Back from "or": options separated by commas, each of one or two words after its article.
  let k = or - 1;
  while (k >= 0 && options.length < 5) {
    const item: string[] = [];
    while (k >= 0 && !words[k]!.endsWith(',') && item.length < 3) item.unshift(words[k--]!);
    if (k >= 0 && words[k]!.endsWith(',') && item.length === 0) {
      item.unshift(words[k--]!.slice(0, -1));
      while (k >= 0 && !words[k]!.endsWith(',') && item.length < 3) item.unshift(words[k--]!);
    }
    const bare = item.map((w) => w.replace(/,$/, '')).filter((w) => !OPTION_OPENERS.has(w));
    if (bare.length === 0) break;
    // The first option carries the question's words before it ("like the next pick as an ebook"): its last word only.
    options.push(k < 0 || !words[k]!.endsWith(',') ? bare[bare.length - 1]! : bare.join(' '));
    if (k < 0 || !words[k]!.endsWith(',')) break;
  }
  return options.filter((o) => /^[a-z][a-z' -]*$/.test(o) && !o.split(' ').some((w) => NOT_TASTES.has(w)));
}

/**
 * The option a reply picks, when the assistant offered a few ("Would you like it as an ebook, a paperback or an
 * audiobook?" -> "Paperback. I can't stand reading on a screen"): the reply opens with one of them, which the user
 * prefers. Nothing when the reply opens otherwise, or a statement of the reply already gave a preference.
 */
function chosen(question: string, reply: readonly Token[], already: readonly Candidate[], evidence: string, order: number): Candidate[] {
  // ("Are you in Leeds or Bradford?" asks what is so, not what the user likes; places are read as places.)
  if (STATE_OPENINGS.some((o) => question.startsWith(o))) return [];
  const options = optionsOffered(question);
  if (options.length < 2 || options.some((o) => o.split(' ').some((w) => PLACES.has(w))) || already.some((c) => c.key === 'preferences')) return [];
  const opening = reply.filter((t) => t.pos !== 'SYM' && t.pos !== 'INTJ');
  const cut = opening.findIndex((t) => t.pos === 'PUNCT');
  const said = (cut < 0 ? opening : opening.slice(0, cut)).filter((t) => !OPTION_OPENERS.has(t.low) && !CLOSERS.has(t.low));
  const text = said.map((t) => t.low).join(' ');
  // The whole opening, or ("formal but not grovelling", "°F always") the option, then a word that only qualifies the choice.
  const whole = options.some((o) => o === text || `${o}s` === text || o === `${text}s`);
  const opensWith = (o: string): number => {
    const n = o.split(' ').length;
    const lead = said.slice(0, n).map((t) => t.low);
    return said.length > n && lead.join(' ') === o && QUALIFYING.has(said[n]!.low) ? n : 0;
  };
  const chosenWords = whole ? said : said.slice(0, options.map(opensWith).find((n) => n > 0) ?? 0);
  if (chosenWords.length === 0 || chosenWords.some((t) => t.neg)) return [];
  // ("quick summary, bullets.": a word or two after a comma that say more of the same choice.)
  const next = cut >= 0 && opening[cut]!.text === ',' ? opening.slice(cut + 1) : [];
  const end = next.findIndex((t) => t.pos === 'PUNCT');
  const more = (end < 0 ? next : next.slice(0, end)).filter((t) => !CLOSERS.has(t.low));
  const also = more.length > 0 && more.length <= 2 && more.every((t) => t.pos === 'NOUN' || t.pos === 'ADJ') ? [spanText(more)] : [];
  return [
    {
      key: 'preferences',
      value: [spanText(chosenWords), ...also],
      category: 'preferences',
      bucket: 'static',
      confidence: confidenceOf('plain', { fragment: false, hedged: false }),
      retract: false,
      list: true,
      pattern: 'answer.choice',
      family: 'preferences',
      evidence,
      order,
    },
  ];
}

/** The parts of a reply, split at sentence and clause punctuation (at most MAX_PARTS). */
function partsOf(reply: readonly Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const [k, t] of reply.entries()) {
    // ("owusu-ansah": a hyphen inside a word joins it.)
    const inWord = t.text === '-' && !t.space && reply[k + 1] !== undefined && reply[k - 1]?.pos !== 'PUNCT';
    if (PART_BREAKS.has(t.text) && !inWord && out.length < MAX_PARTS) {
      if (out[out.length - 1]!.length > 0) out.push([]);
      continue;
    }
    out[out.length - 1]!.push(t);
  }
  return out.filter((p) => p.length > 0);
}

/** Every row a question names, the last named first. */
function rowsIn(asked: string): AnswerRow[] {
  const question = asked.replace(NOW_QUALIFIERS, '');
  const found: { row: AnswerRow; end: number }[] = [];
  for (const row of ROWS) {
    let end = -1;
    for (const cue of row.cues) {
      const at = question.indexOf(cue);
      if (at >= 0) end = Math.max(end, at + cue.length);
    }
    if (end >= 0) found.push({ row, end });
  }
  return found.sort((a, b) => b.end - a.end).map((f) => f.row);
}

/** A question that asks two things ("what time …, and which city …?", "how old are you and where do you live?"): words, no regex. */
const ASK_WORDS = new Set(['what', 'which', 'where', 'whereabouts', 'when', 'how', 'who']);
function asksTwo(question: string): boolean {
  const words = question.split(/[^a-z']+/);
  const and = words.indexOf('and');
  if (and < 0 || !words.slice(0, and).some((w) => ASK_WORDS.has(w))) return false;
  const after = words.slice(and + 1);
  // ("what name and title should go at the top?", "what name and pronouns should I use?": two things asked by one question word.)
  if (words[and - 1] === 'name' && (after[0] === 'title' || after[0] === 'pronouns')) return true;
  return after.some((w, k) => ASK_WORDS.has(w) || ((w === 'do' || w === 'are') && after[k + 1] === 'you'));
}
const PART_BREAKS = new Set(['.', ',', ';', '?', '!', '-', '—']);
/** Words that join a remark to a short answer ("cardiff so welsh rules i guess"). */
const REPLY_JOINS: ReadonlySet<string> = new Set(['so', 'but', 'because', 'cos', 'coz', 'cause', 'though', 'tho']);
const MAX_PARTS = 3;

const THIRD_PERSON: ReadonlySet<string> = new Set(['she', 'he', 'they', 'his', 'her', 'their', 'hes', 'shes', "she's", "he's", "they're"]);
const someoneElse = (first: string, second: string): boolean => THIRD_PERSON.has(first) || ((first === 'my' || first === 'our') && RELATIONS.has(second));
const aboutSomeoneElse = (tokens: readonly Token[]): boolean => someoneElse(tokens[0]?.low ?? '', tokens[1]?.low ?? '');

/** A reply that starts by speaking of someone else ("shes pescatarian", "my wife is vegan"): it answers for them. */
export function replyAboutSomeoneElse(reply: string): boolean {
  const words = reply
    .toLowerCase()
    .split(/[^a-z']+/, 3)
    .filter((w) => w !== '');
  return someoneElse(words[0] ?? '', words[1] ?? '');
}

function answerOf(row: AnswerRow, reply: readonly Token[], evidence: string, order: number): Candidate[] {
  // (A slash is kept: "Asia/Kolkata".)
  let tokens = reply.filter((t) => (t.pos !== 'SYM' || t.text === '/') && t.pos !== 'INTJ');
  // "oh sorry, it's Priya", "mine — Declan Fitzgerald": an opening that says nothing, then a break.
  const firstComma = tokens.findIndex((t) => t.text === ',' || t.text === '—' || t.text === '-' || t.text === ':');
  if (firstComma > 0 && tokens.slice(0, firstComma).every((t) => FILLERS.has(t.low))) tokens = tokens.slice(firstComma + 1);
  // The first clause of the reply only ("hausa pls, it's my first language" -> "hausa pls"); lists
  // ("gardening mostly, some photography") and places ("Kelowna, BC") keep their commas.
  const keepsCommas = row.key === 'location' || LIST_KEYS.has(row.key);
  const cut = tokens.findIndex((t) => t.pos === 'PUNCT' && t.text !== '-' && t.text !== '/' && !(t.text === ',' && keepsCommas));
  if (cut >= 0) tokens = tokens.slice(0, cut);
  // "tree nuts, and i don't like mushrooms": a new statement ends the answer.
  const statement = tokens.findIndex((t, k) => k > 0 && (t.low === 'i' || t.low === 'we') && (tokens[k - 1]!.low === 'and' || tokens[k - 1]!.text === ','));
  if (statement > 0) tokens = tokens.slice(0, tokens[statement - 1]!.low === 'and' && tokens[statement - 2]?.text === ',' ? statement - 2 : statement - 1);
  // "cardiff so welsh rules i guess", "nights but only till march": what follows a joining word is said of the answer.
  const joined = tokens.findIndex((t, k) => k > 0 && REPLY_JOINS.has(t.low));
  if (joined > 0) tokens = tokens.slice(0, joined);
  // "shes pescatarian, im not fussy", "my wife is vegan": a reply about someone else answers for them, not for the user.
  // (The row of the user's child asks about someone else: "she's 18 months" answers it.)
  if (aboutSomeoneElse(tokens) && row.accept !== childAge) return [];
  let from = 0;
  while (from < tokens.length && OPENERS.has(tokens[from]!.low)) from++;
  let to = tokens.length;
  while (to > from && (CLOSERS.has(tokens[to - 1]!.low) || (to - from > 1 && TRAILING_HEDGES.has(tokens[to - 1]!.low)))) to--;
  tokens = tokens.slice(from, to);
  if (row.key === 'name') tokens = withoutAcceptance(tokens);
  if (row.key === 'location' || row.key === 'hometown' || row.bucket === 'dynamic') tokens = placeOnly(tokens);
  if (tokens.length === 0 || tokens.some((t) => t.neg || t.low === 'not' || t.low === 'no')) return [];
  const value = row.accept(tokens);
  if (value === undefined) return [];
  return [
    {
      key: row.key,
      value: LIST_KEYS.has(row.key) ? itemsOfReply(value) : value,
      category: row.category,
      bucket: row.bucket ?? 'static',
      confidence: confidenceOf('plain', { fragment: false, hedged: false }),
      retract: false,
      list: LIST_KEYS.has(row.key),
      pattern: `answer.${row.key}`,
      family: 'identity',
      evidence,
      order,
    },
  ];
}
