import type { Category } from '../../../profiles/model.js';
import type { Clause } from '../nlp/clauses.js';
import type { Token } from '../nlp/wink.js';
import { spanText } from '../nlp/wink.js';
import { aspired, statesUnderWish } from './aspiration.js';
import type { Candidate } from './clause-facts.js';
import type { Family } from './pattern.js';
import type { Lexicon } from './lexicon/index.js';
import { ACTIVITIES } from './lexicon/activities.js';
import { NATIONALITY_WORDS } from './lexicon/identity.js';
import { ALLERGENS, DIETS } from './lexicon/food.js';
import { CONDITIONS, TITLE_LIKE } from './lexicon/health.js';
import { LANGUAGES, PROGRAMMING, TOOLS } from './lexicon/languages.js';
import { PETS } from './lexicon/people.js';
import { confidenceOf } from './scoring.js';
import { afterPrepositionAndThe, likened, objectAfter, saidWithOther, travelledInto, writtenAsName } from './values.js';
import { toldAsEpisode } from './time.js';

/**
 * Mentions: a word of a known class (a condition, a diet, a language, a hobby, a tool …) in a
 * statement about the user counts as a fact of that class when the statement also has the kind of
 * word that class needs (a diet needs nothing more; an allergen needs an allergy word; a language
 * needs speaking, reading, a first language …; a hobby needs liking or doing; a tool needs using).
 * This catches facts however the sentence is built ("wheel-thrown pottery has taken over my
 * weekends", "my stack: rust; postgres; terraform"). Mentions are implied facts (confidence 0.6),
 * and never cross another person, a negation or a topic ("a book about diabetes").
 */

interface MentionRule {
  id: string;
  lex: Lexicon;
  key: string;
  category: Category;
  family: Family;
  /** Words one of which the statement must contain (lower case or lemma); empty: none needed. */
  needs: ReadonlySet<string>;
  /** Words right after the mention that make it a description of something else ("vegan restaurant"). */
  notBefore?: ReadonlySet<string>;
}

/** Words before a place's name. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['off', 'in', 'near', 'from', 'to', 'around', 'outside']);

/** Verbs of eating, buying and getting: their object is a thing ("I eat fish sometimes"), not an activity ("fishing"). */
const CONSUMING = new Set(['eat', 'drink', 'buy', 'order', 'sell', 'serve', 'need', 'want', 'get', 'have', 'avoid']);

const set = (words: string) => new Set(words.split(/\s+/).filter((w) => w !== ''));

const RULES: readonly MentionRule[] = [
  {
    id: 'mention.condition',
    lex: CONDITIONS,
    key: 'health_conditions',
    category: 'other',
    family: 'health',
    needs: new Set(),
    notBefore: set(
      'research study article book awareness charity clinic ward patients patient kids children month day law lawyer lawyers claim claims case cases firm solicitor solicitors ' +
        // ("a blind tasting group", "a blind date", "my blind spot": the word as a figure before a noun.)
        'tasting tastings date dates spot spots test tests',
    ),
  },
  {
    id: 'mention.diet',
    lex: DIETS,
    key: 'diet',
    category: 'preferences',
    family: 'diet',
    needs: new Set(),
    notBefore: set(
      'restaurant restaurants place places cafe café bakery shop shops recipe recipes option options menu menus friend friends guest guests cookbook blog',
    ),
  },
  {
    id: 'mention.allergen',
    lex: ALLERGENS,
    key: 'allergies',
    category: 'other',
    family: 'diet',
    needs: set('allergic allergy allergies intolerant intolerance anaphylactic anaphylaxis epipen epi-pen hives swell swells reaction react reacts'),
  },
  {
    id: 'mention.language',
    lex: LANGUAGES,
    key: 'language',
    category: 'language',
    family: 'languages',
    needs: set(
      'speak speaks speaking speaker spoke fluent native language languages tongue bilingual trilingual multilingual read reading write writing understand grew raised conversational mother first second sabi know knows words comfortable home teach teaches teaching taught ' +
        // Work done in a language: "I stream in Tagalog and English", "I commentate in Swahili".
        'stream streams streaming streamed commentate commentates commentating commentated cast casts casting preach preaches preaching vlog vlogs blog blogs ' +
        // ("i can do PAs in hindi and punjabi": announcements made, words interpreted.)
        'pas announcements announce announcing interpret interprets interpreting',
    ),
  },
  {
    id: 'mention.pet',
    lex: PETS,
    key: 'pets',
    category: 'other',
    family: 'family',
    needs: set('have got own my our household pets pet called named adopted rescued one two three four five six walk walking vet'),
    // ("lab tech at the royal", "dog walker on the side", "cat sitter for the neighbours": a job or a place named by the animal.)
    notBefore: set(
      'tech techs technician technicians coat coats manager managers bench results report reports work walker walkers groomer groomers sitter sitters trainer trainers',
    ),
  },
  {
    id: 'mention.activity',
    lex: ACTIVITIES,
    key: 'interests',
    category: 'interests',
    family: 'interests',
    needs: set(
      'love loves loving like enjoy enjoys enjoying into obsessed obsession hooked passion passionate hobby hobbies therapy weekends weekend evenings every weekly week play plays playing practise practice practising practicing took started fan keen avid addicted addiction thing happy place favourite favorite club team league ' +
        // A habit said with when it happens: "i crochet when the baby naps", "I swim most mornings".
        'when whenever usually often always sometimes regularly daily nightly mornings',
    ),
  },
  {
    id: 'mention.programming',
    lex: PROGRAMMING,
    key: 'expertise',
    category: 'expertise',
    family: 'skills',
    needs: set(
      'use uses using used code coding codes program programming write writing work working build building know knows fluent comfortable familiar picked stack mostly mainly day daily job proficient experienced expert dev developer engineer',
    ),
  },
  {
    id: 'mention.tool',
    lex: TOOLS,
    key: 'tools',
    category: 'expertise',
    family: 'skills',
    needs: set(
      'use uses using run running runs work working program programming design designing edit editing draw drawing build building on setup stack mostly mainly daily swear switched moved live bought got have user do doing make making fly flying shoot shooting know',
    ),
  },
];

/** Words before a language that make it a register ("plain English"). */
const PLAIN: ReadonlySet<string> = new Set(['plain', 'simple', 'everyday']);

/** Verbs of making something (in the past): the tools and languages it was made with are in use. */
const MADE_WITH = set('wrote built made coded programmed developed designed created set installed configured automated scripted');

/** Words before a mention that make it someone else's, or a topic rather than the user's own. */
const NOT_AFTER = set(
  'about regarding his her their your whose friend friends son daughter sister brother mum mom mother dad father wife husband partner boyfriend girlfriend colleague colleagues boss kid kids child children parents client clients patient patients student students customer customers cousin nephew niece grandma grandad nan baby team people someone everyone no not never without hate hates dislike dislikes than unlike',
);
// ("Welsh is what we speak at home": the household the user speaks for.)
const FIRST_PERSON = set('i me my mine myself we us our');

/** Verbs whose object may be the user's animal ("walk the dog", "adopted a kitten"). */
const ANIMAL_VERBS = set('have get own adopt rescue foster walk feed love groom train keep');
/** Verbs of liking, which said of animals in the plural name a kind, not the user's own ("I love dogs"). */
const FONDNESS = set('love like adore prefer');

/** Languages spoken in several countries' ways ("Irish English", "Mexican Spanish", "Brazilian Portuguese"). */
const VARIED = set('english spanish portuguese french arabic chinese german');
/** Whether the words at k and k + 1 name a variety of a language: a people's word, then a language spoken by many. */
function variety(tokens: readonly Token[], k: number): boolean {
  const people = tokens[k];
  return people !== undefined && VARIED.has(tokens[k + 1]?.low ?? '') && (NATIONALITY_WORDS.matchAt(tokens, k) === 1 || /(?:an|ese)$/.test(people.low));
}

/** Nouns after a pastime that are its own group or its sessions ("bowls team", "pottery class"). */
const PASTIME_GROUPS = set('team club class lesson session league group night match game');

/** Words that make an animal's name mean the animal ("my python's vivarium"). */
const PET_WORDS = set('pet pets snake snakes reptile reptiles vivarium tank feed feeding fed shed shedding vet cage');

/** Prepositions that make a tool's name its maker, a workplace ("at Figma", "from Shopify", "for Atlassian"). */
const WORKPLACE_BEFORE = set('at from for');
const TAKE_UP = set('got took started picked began switched moved turned became');

/** Whether the pastime at k (one word in "-ing") has a bare singular noun before it that says what kind ("kente weaving"). */
function kindBefore(tokens: readonly Token[], k: number, n: number): boolean {
  const kind = tokens[k - 1];
  const before = tokens[k - 2];
  if (n !== 1 || !tokens[k]!.low.endsWith('ing') || kind === undefined || kind.pos !== 'NOUN' || kind.low !== kind.lemma) return false;
  if (PASTIME_NOT_KIND.has(kind.low) || !/^[a-z]+$/.test(kind.low)) return false;
  // (Only a bare noun: not one with its own article or owner, "my dad fishing", nor a second noun of a compound.)
  return before === undefined || !['NOUN', 'PROPN', 'DET', 'NUM'].includes(before.pos) || before.low === 'of';
}
/** Nouns before a pastime that say when or how much, not what kind ("weekend cycling", "bit of weaving"). */
const PASTIME_NOT_KIND = set('weekend week night day morning evening summer winter bit lot hobby time year month');

/** A word written with a capital (not punctuation). */
const capitalised = (t: Token | undefined): boolean => t !== undefined && t.text.charAt(0) !== t.low.charAt(0) && t.pos !== 'PUNCT';

/** The mentions of a clause about the user (or about a thing the user says is theirs). */
export function mentionsOf(
  clause: Clause,
  evidence: string,
  order: number,
  taken: ReadonlySet<string>,
  sentence: readonly Token[] = clause.tokens,
): Candidate[] {
  const tokens = clause.tokens;
  if (clause.question || clause.request || clause.hypothetical || clause.reported) return [];
  const lows = tokens.map((t) => t.low);
  // About the user: their own statement, or a thing as subject with the user after it ("pottery has taken over my weekends").
  const own = clause.subject === 'self' || clause.subject === 'we' || clause.subject === 'attr' || (clause.subject === 'none' && clause.first);
  const anchored =
    clause.subject === 'other' &&
    lows.slice(clause.start).some((w) => FIRST_PERSON.has(w)) &&
    !lows.slice(0, clause.start).some((w) => NOT_AFTER.has(w) || w === "'s");
  if (!own && !anchored) return [];
  // A fragment borrows the words of its sentence ("Tree nuts and sesame for me — both allergies"), and so
  // does a bare "I + verb" cut off from the clause that says when ("i crochet | when the baby naps").
  const context = clause.subject === 'none' || tokens.length <= 3 ? sentence : tokens;
  const words = new Set([...context.map((t) => t.low), ...context.map((t) => t.lemma)]);
  // ("train into london bridge": an "into" of travelling says no liking.)
  if (travelledInto(context)) words.delete('into');
  // Past statements withdraw, except taking something up ("got into road cycling", "took up Warhammer").
  const retractAll = clause.formerly || (clause.past && !lows.some((w) => TAKE_UP.has(w)));
  // ("I wrote a little Python script on a Raspberry Pi": a thing made with a tool shows the tool in use, not given up.)
  const made = !clause.formerly && lows.some((w) => MADE_WITH.has(w));
  // One recent episode ("painted the garden gate at the weekend") says nothing lasting either way.
  if (retractAll && !clause.formerly && !made && toldAsEpisode(tokens)) return [];
  const out: Candidate[] = [];
  for (const rule of RULES) {
    if (rule.needs.size > 0 && ![...rule.needs].some((w) => words.has(w))) continue;
    const retract = retractAll && !(made && rule.family === 'skills');
    for (let k = anchored ? 0 : 0; k < tokens.length; k++) {
      if (anchored && k >= clause.start) break;
      const n = rule.lex.matchAt(tokens, k);
      if (n === 0) continue;
      // "bit of Python when I have to": a pet that is also a programming language is a pet only among pet words.
      if (rule.key === 'pets' && PROGRAMMING.matchAt(tokens, k) > 0 && ![...PET_WORDS].some((w) => words.has(w))) continue;
      // "started eating fish", "cooking chicken": the object of another verb is food or a thing, not an animal.
      if (rule.key === 'pets' && tokens[k - 1]?.pos === 'VERB' && !ANIMAL_VERBS.has(tokens[k - 1]!.lemma)) continue;
      // ("I love dogs, got two cats": animals liked in general, in the plural, are no pets; "I love my dog" has one.)
      if (rule.key === 'pets' && FONDNESS.has(tokens[k - 1]?.lemma ?? '') && tokens[k]!.low !== tokens[k]!.lemma) continue;
      if (rule.key === 'pets' && (afterPrepositionAndThe(tokens, k) || likened(tokens, k))) continue;
      // ("draggers off newfoundland": a breed's name after a word of place names the place.)
      if (rule.key === 'pets' && PLACE_PREPOSITIONS.has(tokens[k - 1]?.low ?? '')) continue;
      // ("plain English, no jargon": a register asked for, read by the preference tables.)
      if (rule.key === 'language' && PLAIN.has(tokens[k - 1]?.low ?? '')) continue;
      // ("Irish English please", "Brazilian Portuguese": a variety asked for, one name beside another, read by the preference tables.)
      if (rule.key === 'language' && (variety(tokens, k + n - 1) || variety(tokens, k - 1))) continue;
      // ("priya raghunathan, Ms": a title, written so, is not MS.)
      if (rule.key === 'health_conditions' && TITLE_LIKE.has(tokens[k]!.text)) continue;
      // ("I don't speak French at all, despite my manager putting me down as the French speaker": the word the user denies
      // in the same clause stays denied.)
      if (tokens.some((u, j) => j !== k && u.neg && u.low === tokens[k]!.low)) continue;
      // ("a new little one starting with a severe egg allergy": a child's allergy or condition, not the user's.)
      if ((rule.key === 'allergies' || rule.key === 'health_conditions') && saidWithOther(tokens, k)) continue;
      // ("moved over to claimant personal injury": a field of law, not a harm done to the user.)
      if (rule.key === 'health_conditions' && tokens[k - 1]?.low === 'personal' && tokens[k]!.low === 'injury') continue;
      const next = tokens[k + n];
      if (rule.notBefore && next && rule.notBefore.has(next.low)) continue;
      // "London Bridge", "Golf Club Road": a capitalised word inside a longer capitalised name is part of that name.
      if (rule.key === 'interests' && capitalised(tokens[k]) && k > 0 && capitalised(tokens[k - 1]) && tokens[k - 1]!.low !== 'i') continue;
      // ("nights on the blood sciences bench": a word inside a longer noun, with a noun on each side, names no pastime.)
      // (Not a pastime's own team or class: "the ladies' bowls team".)
      if (rule.key === 'interests' && tokens[k - 1]?.pos === 'NOUN' && next?.pos === 'NOUN' && !next.oov && !PASTIME_GROUPS.has(next.lemma)) continue;
      if (lows.slice(Math.max(0, k - 4), k).some((w) => NOT_AFTER.has(w))) continue;
      // "two cats called Pixel and Mochi", "a band named Yoga": a name given to something, not a mention of the thing.
      if (lows.slice(Math.max(0, k - 3), k).some((w) => w === 'called' || w === 'named')) continue;
      // "thinking of going vegan": a wish, not the user's present diet.
      if (!statesUnderWish(rule.family, rule.key) && aspired(tokens, 0, k)) continue;
      // "learn to swim", "how to code": a wish or a question, not a habit.
      if (lows.slice(Math.max(0, k - 3), k).some((w) => w === 'learn' || w === 'learning' || w === 'how')) continue;
      // "I run a Haas VF-2", "I write mostly Go": an activity verb with an object (past any adverbs) is doing something else.
      const obj = objectAfter(tokens, k + n, 3);
      const named = obj !== undefined && (obj.pos === 'DET' || obj.pos === 'PRON' || writtenAsName(obj));
      if (rule.key === 'interests' && tokens[k]!.pos === 'VERB' && named) continue;
      // "I eat fish sometimes": the object of another verb is that verb's thing, not the activity ("fishing").
      const verb = tokens[k - 1];
      // "laid off from Shopify", "a designer at Figma", "contracting for Atlassian": a tool's maker named as a workplace.
      if (rule.key === 'tools' && WORKPLACE_BEFORE.has(verb?.low ?? '')) continue;
      if (rule.key === 'interests' && n === 1 && tokens[k]!.pos === 'NOUN' && verb?.pos === 'VERB' && CONSUMING.has(verb.lemma)) continue;
      // "kente weaving", "pigeon racing", "sim racing": a pastime in "-ing" takes the bare noun before it, which says what kind.
      const from = rule.key === 'interests' && kindBefore(tokens, k, n) ? k - 1 : k;
      const value = spanText(tokens.slice(from, k + n));
      const id = `${rule.key}:${value.toLowerCase()}`;
      // Already said by an entry, or inside what an entry took ("colour-blind" holds "blind").
      if (taken.has(id) || [...taken].some((t) => t.startsWith(`${rule.key}:`) && t.includes(value.toLowerCase()))) continue;
      out.push({
        key: rule.key,
        value: [value],
        category: rule.category,
        bucket: 'static',
        confidence: confidenceOf('implied', { fragment: clause.subject === 'none', hedged: clause.hedged }),
        retract,
        list: true,
        pattern: rule.id,
        family: rule.family,
        evidence,
        order,
      });
      k += n - 1;
    }
  }
  return out;
}

export type { Token };
