import type { Speller } from './spelling.js';
import type { Token } from '../nlp/wink.js';
import { OCCUPATIONS } from '../extract/lexicon/people.js';
import { ANY_CHILD, RELATIONS, USER_OBJECTS, USER_WORDS } from './lexicon.js';
import type { QToken } from './qtokens.js';
import { fold, isClockTime } from './words.js';
import { isDateWord } from './answer-kind.js';
import { DAY_SHORT } from '../extract/time.js';

/**
 * Whom a question is about. The profile holds facts about the user only, so a question about someone
 * else ("what's her husband's name?", "where does her sister live?", "is Jess in tech too?",
 * "how old is Milo?") cannot be answered from it, even when it shares words with stored keys. A
 * relation named as the user's own attribute ("does she have kids?", "what pets does he have?",
 * "should I address the card to her and her husband?") is about the user.
 *
 * Signals, from the tagged words: a possessor ("husband's name", "Pudding's food"), an "of" chain
 * ("the name of the user's dog"), the subject after the first auxiliary ("where does [her sister]
 * live?"), a bare noun phrase ("and her husband?"), or "about [her manager]".
 */

export type Other =
  | { readonly kind: 'relation'; readonly word: string; readonly group: string; readonly start: number; readonly end: number }
  | { readonly kind: 'name'; readonly word: string; readonly start: number; readonly end: number }
  /** "who's getting married in Tonga?": a person the question asks to identify, with no word for the user. */
  | { readonly kind: 'someone'; readonly word: string; readonly start: number; readonly end: number };

export interface Names {
  /** Lower-case words of the user's own names (name, preferred_name, nickname...). */
  readonly user: ReadonlySet<string>;
  /** Lower-case names of the user's people and animals, read from family and pets facts. */
  readonly others: ReadonlySet<string>;
  /** Stems of the words that name the user's animals ("greyhound", "tortoise"), read from pets facts. */
  readonly animals: ReadonlySet<string>;
  /** Stems of the words of the profile's keys: the things of the user's the profile keeps facts on ("car" of car_registration). */
  readonly keys?: ReadonlySet<string>;
  /** Reads a misspelt question word as a word of the profile or of the vocabulary (spelling.ts). */
  readonly speller?: Speller;
}

/** Days cut short ("mon", "thurs"), which a tagger may take for names. */
const SHORT_DAYS: ReadonlySet<string> = new Set(DAY_SHORT);

const LEADS = new Set(['team', 'tech', 'project', 'line', 'engineering', 'design', 'product', 'shift']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'their', 'my', 'your', 'our']);
const ASKER_POSSESSIVES = new Set(['my', 'our']);

function relationOf(t: QToken, names: Names): string | undefined {
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') return undefined;
  return RELATIONS.get(t.lemma) ?? RELATIONS.get(t.low) ?? (t.pos === 'NOUN' && names.animals.has(t.stem) ? 'pet' : undefined);
}

/** "what does her ex do for work?": "ex" alone (which the tagger may not read as a noun) after a possessive is a person. */
function exPartner(tokens: readonly QToken[], i: number): string | undefined {
  const next = tokens[i + 1];
  return tokens[i]!.low === 'ex' && USER_POSSESSIVES.has(tokens[i - 1]?.low ?? '') && !(next && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos))
    ? RELATIONS.get('ex')
    : undefined;
}

/** Nouns for one version of a thing ("her laptop model", "his car make"), not the occupation they may also name. */
export const VARIANT_NOUNS: ReadonlySet<string> = new Set(['model', 'make', 'brand', 'version', 'edition']);

/** Words of liking best before a noun ("her favourite singer"). */
const FAVOURITE: ReadonlySet<string> = new Set(['favourite', 'favorite', 'fave', 'fav', 'favourites', 'favorites']);

/** Possessives that point at the user: what follows is the user's. */
const USER_POSSESSIVES = new Set(['her', 'his', 'their']);

/**
 * "what languages do his groomers speak?", "and her accountant?": people of a trade the user has (an occupation
 * of extraction's lexicon as the head noun of a phrase the user's possessive opens, adjectives between) are
 * someone else. Not an occupation that modifies the next noun ("her tutor job"), nor one the user is said to be.
 */
function possessedTrade(tokens: readonly QToken[], i: number): boolean {
  const t = tokens[i]!;
  // ("her OT's name", "his GP": a trade written short in capitals may be tagged as a name.)
  const short = t.pos === 'PROPN' && t.text.length <= 4 && t.text === t.text.toUpperCase();
  if (t.pos !== 'NOUN' && !short) return false;
  const next = tokens[i + 1];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !next.punct) return false;
  let k = i - 1;
  // "her co-author", "his co-worker": the prefix of a shared role (the hyphen is gone) names someone who shares it
  // (not "her co-op").
  const shared = (tokens[k]?.low === 'co' && t.low !== 'op') || tokens[k]?.low === 'fellow';
  if (shared) k--;
  // "her piano teacher", "his iTalki tutor", "her old yoga instructor": adjectives, and up to two nouns or names, that say
  // which one (not "her laptop model": a model of the thing before it).
  let nouns = 0;
  const variant = VARIANT_NOUNS.has(t.low);
  while (k >= 0 && (tokens[k]!.pos === 'ADJ' || ((tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') && !shared && !variant && nouns++ < 2))) k--;
  if (k < 0 || !USER_POSSESSIVES.has(tokens[k]!.low)) return false;
  // ("who's her favourite singer?": a performer the user likes, a taste of hers, not someone she has.)
  if (tokens.slice(k + 1, i).some((x) => FAVOURITE.has(x.low))) return false;
  return shared || isTrade(t.low);
}

/** An occupation of extraction's lexicon, a plural ("groomers", "nurses") read as the trade in the singular. */
export function isTrade(low: string): boolean {
  const word = (w: string): Token[] => [{ text: w, low: w, lemma: w, pos: 'NOUN', neg: false, space: true, oov: false }];
  return OCCUPATIONS.matchAt(word(low), 0) === 1 || (low.endsWith('s') && OCCUPATIONS.matchAt(word(low.slice(0, -1)), 0) === 1);
}

/** Someone other than the user named by the token at `i`, or undefined. */
function otherAt(
  tokens: readonly QToken[],
  i: number,
  names: Names,
  userMentioned: boolean,
  inPhrase: ReadonlySet<number>,
  setting: ReadonlySet<number>,
): Other | undefined {
  const t = tokens[i]!;
  // "mother tongue", "dog person", "pet peeves": a phrase of the vocabulary, not a person.
  if (USER_WORDS.has(t.low) || names.user.has(t.low) || names.user.has(fold(t.low)) || inPhrase.has(i) || setting.has(i)) return undefined;
  if (namesOccasion(tokens, i)) return undefined;
  // "a cat-themed calendar", "dog-friendly pubs", "a kid-free weekend": the leading part of a compound names no one
  // (but "her sister-in-law" and "his ex-wife" do).
  if (t.part === true && t.low !== 'ex' && tokens[i + 1]?.low !== 'in') return undefined;
  // "her team lead", "his tech lead" (however tagged): a lead is a person only after the team they lead.
  const group =
    t.lemma === 'lead'
      ? LEADS.has(tokens[i - 1]?.low ?? '')
        ? 'work'
        : undefined
      : (relationOf(t, names) ?? (possessedTrade(tokens, i) ? 'work' : undefined) ?? exPartner(tokens, i));
  const start = npStart(tokens, i);
  if (group) return { kind: 'relation', word: t.low, group, start, end: i + 1 };
  if (names.others.has(t.low)) return { kind: 'name', word: t.text, start: i, end: i + 1 };
  // An unknown proper name as subject or possessor, in a question that names the user no other way
  // (not a day or a month: "is a Saturday workshop OK?", nor a day cut short: "mon-thu dinners"; nor a thing
  // named, see thingNamed: "the Lagos flight", "most recent a1c?").
  if (t.pos === 'PROPN' && names.user.size > 0 && !userMentioned && !isDateWord(t.low) && !SHORT_DAYS.has(t.low) && !thingNamed(tokens, i))
    return { kind: 'name', word: t.text, start: i, end: i + 1 };
  return undefined;
}

/** Determiners that open a phrase for a thing: no person's name takes one. */
const THING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/**
 * "aisle or window for the Lagos flight?", "when does the BT contract finish?", "the Hendersons' invoice", "most recent
 * a1c?": a capitalised word after a determiner names a place, a firm or a family as part of a thing ("the Porto trip"),
 * and a word with a digit is a code; neither is a person the question asks about.
 */
function thingNamed(tokens: readonly QToken[], i: number): boolean {
  if (/\d/.test(tokens[i]!.low)) return true;
  // (Before the noun it names a kind of, or as a possessor: not "when's the NCT due?", where it is the thing asked.)
  const next = tokens[i + 1];
  const modifies = next !== undefined && (next.pos === 'NOUN' || next.low === "'" || next.low === "'s");
  return modifies && THING_DETERMINERS.has(tokens[i - 1]?.low ?? '');
}

/** Nouns that, after a group of people named as a possessor, make the name of an occasion ("parents' evening"). */
const OCCASION_NOUNS: ReadonlySet<string> = new Set([
  'evening',
  'evenings',
  'night',
  'nights',
  'day',
  'eve',
  'morning',
  'afternoon',
  'weekend',
  'meeting',
  'meetings',
  'assembly',
  'association',
  'committee',
]);

/**
 * "tea or coffee during the parents' evening break?", "what's she doing for mother's day?", "is she free for the
 * parents evening?": a word for people, as the possessor or modifier of a noun of an occasion, names the occasion, not
 * the people; not when a possessive makes them someone's ("her parents' anniversary", "his mum's day off").
 */
function namesOccasion(tokens: readonly QToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  if (!RELATIONS.has(t.lemma) && !RELATIONS.has(t.low) && !isTrade(t.low)) return false;
  const next = tokens[i + 1];
  const owned = next !== undefined && (next.low === "'" || (next.low === "'s" && next.pos !== 'AUX'));
  const noun = tokens[owned ? i + 2 : i + 1];
  if (noun === undefined || !OCCASION_NOUNS.has(noun.low) || tokens[owned ? i + 3 : i + 2]?.low === 'off') return false;
  const before = tokens[i - 1];
  return before === undefined || !(POSSESSIVE_PRONOUNS.has(before.low) || before.low === "'s" || before.low === "'");
}

/** The words of the occasions a question names by a group of people ("the parents' evening"): a setting, not what is asked. */
export function occasionWords(tokens: readonly QToken[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!namesOccasion(tokens, i)) continue;
    const end = tokens[i + 1]?.low === "'" || tokens[i + 1]?.low === "'s" ? i + 3 : i + 2;
    for (let k = i; k < end; k++) out.add(k);
  }
  return out;
}

/** A possessive ("her", "his", "their", "my", "'s") among the words of a phrase from `start` to `end`. */
function possessed(tokens: readonly QToken[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (POSSESSIVE_PRONOUNS.has(tokens[k]!.low) || tokens[k]!.low === "'s") return true;
  return false;
}

function npStart(tokens: readonly QToken[], i: number): number {
  let s = i;
  while (s > 0) {
    const p = tokens[s - 1]!;
    if (NP_POS.has(p.pos) || POSSESSIVE_PRONOUNS.has(p.low) || isClockTime(p.low) || (p.low === "'s" && p.pos !== 'AUX')) s--;
    else break;
  }
  return s;
}

/** The nouns of the noun phrase that starts at `i` ("her eldest daughter", "the user's dog"). */
function npNouns(tokens: readonly QToken[], i: number): number[] {
  const out: number[] = [];
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.lemma === 'lead' && LEADS.has(tokens[k - 1]?.low ?? '')) || exPartner(tokens, k) !== undefined) out.push(k);
    // "the name of her youngest": a child by birth order, with no noun after it, is the phrase's noun.
    else if (ANY_CHILD.has(t.low) && t.pos === 'ADJ' && tokens[k + 1]?.pos !== 'NOUN' && tokens[k + 1]?.pos !== 'ADJ') out.push(k);
    // "is Ravi [a doctor]": a determiner after a noun starts the predicate, another phrase.
    else if (t.pos === 'DET' && out.length > 0) break;
    // "her ward manager": a noun that modifies the next one, tagged as a verb, after a possessive or a determiner.
    else if (t.pos === 'VERB' && k > i && tokens[k + 1]?.pos === 'NOUN' && (POSSESSIVE_PRONOUNS.has(tokens[k - 1]!.low) || tokens[k - 1]!.pos === 'DET'))
      continue;
    // "his 6am client", "her 2pm patient": a clock time says which one, like a number (however it was tagged).
    else if (!(
      t.pos === 'DET' ||
      POSSESSIVE_PRONOUNS.has(t.low) ||
      t.pos === 'ADJ' ||
      t.pos === 'NUM' ||
      isClockTime(t.low) ||
      t.low === "'s" ||
      t.low === "'"
    ))
      break;
  }
  return out;
}

/** A verb right after a phrase, with the user as its object ("give him", "just prescribe her"). */
function doneToUser(tokens: readonly QToken[], from: number): boolean {
  let k = from;
  while (tokens[k]?.pos === 'ADV') k++;
  return tokens[k]?.pos === 'VERB' && USER_OBJECTS.has(tokens[k + 1]?.low ?? '');
}

/** A plural possessive that classifies the noun after it ("the landlords' forum"), in a question that names the user. */
function classifying(tokens: readonly QToken[], i: number, userMentioned: boolean): boolean {
  const after = tokens[i + 2];
  return userMentioned && tokens[i + 1]!.low === "'" && tokens[i - 1]?.low === 'the' && after !== undefined && after.pos === 'NOUN';
}

/** Places and courses of learning a trade names ("vet school", "nursing college", "law degree"). */
const TRADE_SCHOOLS: ReadonlySet<string> = new Set(['school', 'college', 'university', 'uni', 'academy', 'course', 'programme', 'program', 'degree']);

/** Groups of relations that, before another noun, name a thing of the user's ("her GP appointment"), not a person (not pets: "her dog walker"). */
const MODIFYING_GROUPS: ReadonlySet<string> = new Set(['work']);

/** Someone other than the user among the nouns of a phrase: a relation anywhere, a name first. */
function otherIn(
  tokens: readonly QToken[],
  nouns: readonly number[],
  names: Names,
  userMentioned: boolean,
  inPhrase: ReadonlySet<number>,
  setting: ReadonlySet<number>,
): Other | undefined {
  for (const [n, k] of nouns.entries()) {
    const other = otherAt(tokens, k, names, userMentioned, inPhrase, setting);
    // "her GP appointment", "his therapist session": a professional or a colleague that modifies the next noun
    // says which of the user's things is meant.
    // (Not before a word in -ing, which may be the verb: "is her boss meeting them?")
    if (other?.kind === 'relation' && MODIFYING_GROUPS.has(other.group) && nouns[n + 1] === k + 1 && !tokens[k + 1]!.low.endsWith('ing')) continue;
    if (other && (other.kind === 'relation' || n === 0)) return other;
  }
  return undefined;
}

/** Words that set people apart from the user: "the other nurses", "the rest of the team", "the others". */
const EXCLUDING = new Set(['other', 'others', 'rest', 'remaining']);
/** Words that pick some of a group: "any of her flatmates", "one of his students". */
const QUANTIFIERS = new Set(['any', 'some', 'none', 'all', 'each', 'one', 'either', 'neither', 'both', 'most', 'many', 'few', 'several']);
/** Pronouns for people, and the prepositions that put them in a group ("everyone on her team"). */
const SOMEONE = new Set(['everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody', 'nobody']);
const GROUP_PLACES = new Set(['on', 'in', 'at', 'from']);
/** Nouns for a group of people. */
const GROUP_NOUNS = new Set(['team', 'staff', 'crew', 'people', 'folks', 'everyone', 'everybody', 'members', 'group', 'department', 'others', 'guys']);

/**
 * "what editor do [the other data scientists] use?", "is [any of her flatmates] allergic?", "does [the rest of the
 * ledger team] use Go?": a phrase that names people set apart from the user, or some of a group of them, by a
 * relation, a trade or a word for a group, is about those people, not the user.
 */
function othersOfGroup(tokens: readonly QToken[], from: number, setting: ReadonlySet<number>): Other | undefined {
  let apart = false;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (setting.has(k)) return undefined;
    if (EXCLUDING.has(t.low)) apart = true;
    if ((QUANTIFIERS.has(t.low) || EXCLUDING.has(t.low)) && tokens[k + 1]?.low === 'of') {
      apart = true;
      k++;
      continue;
    }
    // "does everyone on her team use Emacs?", "is anyone in his crew vegan?": the people of a group.
    if (k === from && SOMEONE.has(t.low) && GROUP_PLACES.has(tokens[k + 1]?.low ?? '')) {
      apart = true;
      k++;
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      const group = RELATIONS.get(t.lemma) ?? RELATIONS.get(t.low) ?? (GROUP_NOUNS.has(t.low) || isTrade(t.low) ? 'group' : undefined);
      if (apart && group) return { kind: 'relation', word: t.low, group, start: from, end: k + 1 };
      continue;
    }
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || POSSESSIVE_PRONOUNS.has(t.low) || t.low === "'s") continue;
    break;
  }
  return undefined;
}

/** Prepositions that close a question on who provides a thing ("who's the house insured with?"). */
const PROVIDER_PREPS: ReadonlySet<string> = new Set(['with', 'through', 'thru', 'by', 'from']);

/**
 * "who's the house insured with?", "who is the mortgage with?", "who's the electricity from?": who asked of a thing
 * (a noun phrase that names no person, a verb after it at most) closed by a preposition asks for its provider, a
 * company the profile may hold, not a person to identify.
 */
function providerAsked(tokens: readonly QToken[], names: Names): boolean {
  if (tokens[1]?.pos !== 'AUX') return false;
  let k = 2;
  let nouns = 0;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (a noun may be tagged as an adjective: "the broadband").
    if (t.pos === 'NOUN' || t.pos === 'ADJ') {
      if (relationOf(t, names) !== undefined || isTrade(t.low) || names.others.has(t.low) || GROUP_NOUNS.has(t.low)) return false;
      nouns++;
    } else if (t.pos !== 'DET') break;
  }
  if (nouns === 0) return false;
  if (tokens[k]?.pos === 'VERB') k++;
  if (!PROVIDER_PREPS.has(tokens[k]?.low ?? '')) return false;
  const end = tokens[k + 1];
  return end === undefined || end.punct;
}

/** Words of minding children: the user's own arrangements, whoever does them. */
const CARE_WORDS: ReadonlySet<string> = new Set(['nursery', 'childcare', 'creche', 'daycare', 'childminder', 'dropoff', 'drop-off', 'pickup', 'pick-up']);

/**
 * "who does the nursery drop-off in the mornings?", "who does the pickup?": who minds the user's children is one of the
 * user's arrangements, which the profile may hold, not a person to identify.
 */
function careAsked(tokens: readonly QToken[]): boolean {
  return tokens.some((t, i) => CARE_WORDS.has(t.low) || (t.low === 'drop' && tokens[i + 1]?.low === 'off'));
}

/** Subject pronouns for the user before a verb ("she has a dog?"). */
const STATEMENT_SUBJECTS: ReadonlySet<string> = new Set(['she', 'he', 'they']);

/** Verbs of knowing or feeling, whose object is asked about for itself ("does she know her manager's name?"). */
const KNOWING_VERBS: ReadonlySet<string> = new Set(['know', 'remember', 'recall', 'recognise', 'recognize', 'like', 'love', 'mind', 'think', 'miss']);
/** Things of someone's that are occasions of theirs, which a question about going to them asks about ("her cousin's wedding"). */
const THEIR_OCCASIONS: ReadonlySet<string> = new Set(['wedding', 'party', 'birthday', 'funeral', 'graduation', 'christening', 'anniversary', 'do']);

/**
 * "can she read the Spanish customer's email herself?", "is she handling her appa's paperwork?", "could she read a
 * client's letter written in Tamil?": in a yes-no question whose subject is the user, a possessor in the object of the
 * user's own verb says whose thing the user deals with; the question is about the user (not "does she know her
 * manager's name?", nor a person of theirs: "will she see her sister's kids?").
 */
function handledByUser(tokens: readonly QToken[], i: number, names: Names): boolean {
  const subject = tokens[1];
  if (tokens[0]?.pos !== 'AUX' || subject === undefined || !(STATEMENT_SUBJECTS.has(subject.low) || names.user.has(subject.low))) return false;
  const verb = tokens.slice(2, i).find((t) => t.pos === 'VERB');
  if (verb === undefined || KNOWING_VERBS.has(verb.lemma)) return false;
  const thing = tokens[i + 2];
  return thing !== undefined && thing.pos === 'NOUN' && relationOf(thing, names) === undefined && !isTrade(thing.low) && !THEIR_OCCASIONS.has(thing.low);
}

/** Verbs (lemmas) of going to, using or dealing with a professional: "which broker is she using?", "what vet does he see?". */
const USING_VERBS: ReadonlySet<string> = new Set([
  'use',
  'see',
  'go',
  'visit',
  'book',
  'hire',
  'have',
  'get',
  'trust',
  'prefer',
  'recommend',
  'like',
  'consult',
  'call',
  'ring',
  'pay',
  'bank',
  'register',
  'deal',
  'rely',
  'choose',
  'pick',
  'work',
  'talk',
  'speak',
  'take',
]);
/** Adverbs allowed between the user and the verb ("what dentist does she usually go to?"). */
const USING_ADVERBS: ReadonlySet<string> = new Set(['usually', 'normally', 'currently', 'still', 'now', 'always', 'actually', 'generally']);

/**
 * "which mortgage broker is she using?", "what accountant does he use?", "which physio does she see?": a trade picked
 * out by which/what (nouns and adjectives before it say which), then the user as subject of a verb of using or seeing
 * it, asks who that professional is, someone else. Not the trade the user is ("what kind of nurse is she?": no verb of
 * using), nor a place ("which hospital does she work at?": no trade).
 */
function pickedTrade(tokens: readonly QToken[], names: Names): Other | undefined {
  const first = tokens[0]?.low;
  if (first !== 'which' && first !== 'what') return undefined;
  let h = 1;
  while (h < 4 && (tokens[h]?.pos === 'ADJ' || tokens[h]?.pos === 'NOUN') && (tokens[h + 1]?.pos === 'NOUN' || tokens[h + 1]?.pos === 'ADJ')) h++;
  const head = tokens[h];
  if (!head || head.pos !== 'NOUN' || !isTrade(head.low) || tokens[h + 1]?.pos !== 'AUX') return undefined;
  const subject = tokens[h + 2];
  if (!subject || !(STATEMENT_SUBJECTS.has(subject.low) || names.user.has(subject.low) || names.user.has(fold(subject.low)))) return undefined;
  let v = h + 3;
  while (USING_ADVERBS.has(tokens[v]?.low ?? '')) v++;
  const verb = tokens[v];
  if (!verb || verb.pos !== 'VERB' || !USING_VERBS.has(verb.lemma)) return undefined;
  return { kind: 'relation', word: head.low, group: 'work', start: 1, end: h + 1 };
}

/** A trade picked out by which/what ("which broker is she using?"): the question asks who the professional is. */
export function picksTrade(tokens: readonly QToken[], other: Other | undefined): boolean {
  const first = tokens[0]?.low;
  return other?.kind === 'relation' && other.start <= 1 && (first === 'which' || first === 'what') && isTrade(other.word);
}

/** Words that open a question about what a possessor has ("what's the bride's name?", "is the client's budget …"). */
const ASKED_OPENING = new Set(['what', 'whats', 'wat', 'who', 'whos', 'which', 'how', 'where', 'when', "'s", 'is', 'are', 'was', 'does', 'do', 'did']);
/** Words before a possessor that make it no thing of the user's ("the bride's name", "that client's budget"). */
const NOT_THE_USERS = new Set(['the', 'a', 'an', 'this', 'that', 'each', 'every']);

/**
 * "what's the bride's name for the Hughes wedding?", "what's Biscuit's vet called?": a possessor that is not the user
 * (no name or word of theirs), not a thing of theirs ("her car's reg": the user's possessive before it) and not a
 * thing the profile keeps facts on (a word of a key: "the caravan's weight" beside caravan_model), is someone or
 * something else, and what it has is not the user's.
 */
function possessorElse(tokens: readonly QToken[], i: number, names: Names): Other | undefined {
  const t = tokens[i]!;
  if (names.keys === undefined || (t.pos !== 'NOUN' && t.pos !== 'PROPN') || t.low.length < 3) return undefined;
  if (USER_WORDS.has(t.low) || names.user.has(t.low) || names.user.has(fold(t.low)) || names.keys.has(t.stem)) return undefined;
  if (isDateWord(t.low) || SHORT_DAYS.has(t.low)) return undefined;
  // What the question asks about, right after its opening ("what's …", "who is …", "is the …"), not a setting
  // further on ("a cake for the shop's anniversary", "put it on the Hendersons' invoice").
  if (!ASKED_OPENING.has(tokens[0]?.low ?? '') || !tokens.slice(1, i).every((x) => ASKED_OPENING.has(x.low) || NOT_THE_USERS.has(x.low))) return undefined;
  const before = tokens[i - 1];
  const proper = t.pos === 'PROPN' && (before === undefined || !POSSESSIVE_PRONOUNS.has(before.low));
  if (!proper && !NOT_THE_USERS.has(before?.low ?? '')) return undefined;
  // Named as written ("Biscuit's vet"), a common noun with "the" ("the bride's name").
  return { kind: 'name', word: proper ? t.text : `the ${t.low}`, start: i, end: i + 1 };
}

/** Particles of a phrasal verb ("looks after", "picks up"). */
const PARTICLES: ReadonlySet<string> = new Set(['after', 'up', 'out', 'over', 'for', 'into', 'off', 'on', 'with']);

/**
 * "who teaches her italian class?", "who cuts his hair?", "who looks after her dog?", "who supervised her PhD?": "who", a
 * verb (a word there can only be one, however it was tagged) and perhaps its particle, then a possessive for the user
 * opening a noun phrase.
 */
function whoDoesTheUsers(tokens: readonly QToken[]): boolean {
  const verb = tokens[1];
  // ("who supervised her PhD?": in the past too, however the tagger reads the past form.)
  const past = verb !== undefined && verb.low.endsWith('ed') && (verb.pos === 'VERB' || verb.pos === 'ADJ');
  if (tokens[0]?.low !== 'who' || !verb || !(past || ((verb.pos === 'VERB' || verb.pos === 'NOUN') && verb.low.endsWith('s')))) return false;
  const k = PARTICLES.has(tokens[2]?.low ?? '') ? 3 : 2;
  return USER_POSSESSIVES.has(tokens[k]?.low ?? '') && NP_POS.has(tokens[k + 1]?.pos ?? '');
}

/** Verbs (lemmas) by which someone puts forward a plan for the user to weigh: "Darren suggested the steakhouse". */
const PROPOSING: ReadonlySet<string> = new Set([
  'suggest',
  'propose',
  'want',
  'pick',
  'choose',
  'ask',
  'invite',
  'recommend',
  'offer',
  'book',
  'plan',
  'fancy',
  'organise',
  'organize',
  'arrange',
  // "the doctor's about to prescribe an antibiotic — is there one she can't take?", "mum's cooking lamb — can he eat it?"
  'prescribe',
  'serve',
  'cook',
  'order',
  'bring',
]);
/** Marks that end a clause of context before the question ("… for Friday dinner - will that work for her?"). */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', '!', ';', '-', '–', '—']);
/** The user as a pronoun of the asked clause ("is she free?", "will that work for her?"), with its gender. */
const USER_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['she', 'f'],
  ['her', 'f'],
  ['he', 'm'],
  ['him', 'm'],
]);
/** Relatives of one gender: a pronoun of that gender after them may be theirs ("Her sister asked … Is she free?"). */
const GENDERED: ReadonlyMap<string, string> = new Map([
  ...'wife girlfriend fiancee fiancée daughter stepdaughter mother mum mom mama stepmother grandmother grandma granny nan nana sister aunt niece granddaughter'
    .split(' ')
    .map((w) => [w, 'f'] as const),
  ...'husband boyfriend fiance fiancé son stepson father dad papa stepfather grandfather grandpa brother uncle nephew grandson'
    .split(' ')
    .map((w) => [w, 'm'] as const),
]);

/**
 * "Darren's parents want brunch this Saturday morning. Is she free?", "Darren suggested the new steakhouse for Friday
 * family dinner - will that work for her?": a closing question with the user as a pronoun, after a clause of context in
 * which someone puts a plan forward (a verb of proposing), asks about the user; the people of the context only say who
 * proposes it. Returns where the closing question starts, or -1. Not when a relative of the pronoun's gender is in the
 * context ("Her sister wants to come. Is she vegetarian?": the sister, it may be).
 */
function askedAfterContext(tokens: readonly QToken[], names?: Names): number {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.punct) end--;
  let start = -1;
  for (let k = end - 1; k > 0 && start < 0; k--) if (CLAUSE_ENDS.has(tokens[k]!.low) || tokens[k]!.low === '?') start = k + 1;
  if (start < 0 || end - start < 2) return -1;
  let gender: string | undefined;
  for (let k = start; k < end; k++) gender ??= USER_PRONOUNS.get(tokens[k]!.low);
  // ("the landlord at no. 7 wants a levy discount — will Tobi go for it?": the user named in the closing question.)
  const named = names !== undefined && tokens.slice(start, end).some((t) => names.user.has(t.low) || names.user.has(fold(t.low)));
  if (gender === undefined && !named) return -1;
  let proposed = false;
  for (let k = 0; k < start; k++) {
    const t = tokens[k]!;
    if (t.low === '?' || (gender !== undefined && (GENDERED.get(t.lemma) === gender || GENDERED.get(t.low) === gender))) return -1;
    if (t.pos === 'VERB' && PROPOSING.has(t.lemma)) proposed = true;
  }
  return proposed ? start : -1;
}

/** The people named in the context before a closing question about the user ("Lorraine has picked …"): no part of what is asked. */
export function contextPeople(tokens: readonly QToken[], names?: Names): Set<number> {
  const out = new Set<number>();
  const asked = askedAfterContext(tokens, names);
  // The subject of the verb of proposing: the words of its clause before it ("Darren's parents want …").
  let verb = -1;
  for (let k = 0; k < asked && verb < 0; k++) if (tokens[k]!.pos === 'VERB' && PROPOSING.has(tokens[k]!.lemma)) verb = k;
  let from = verb;
  while (from > 0 && !CLAUSE_ENDS.has(tokens[from - 1]!.low)) from--;
  for (let k = Math.max(from, 0); k < verb; k++) {
    const t = tokens[k]!;
    // (Or someone named by a trade: "the landlord at no. 7 wants …".)
    const trade = isTrade(t.low);
    const person = (t.pos === 'PROPN' && !isDateWord(t.low) && !SHORT_DAYS.has(t.low)) || RELATIONS.has(t.lemma) || RELATIONS.has(t.low) || trade;
    if (person && (k === 0 || trade || !THING_DETERMINERS.has(tokens[k - 1]!.low))) out.add(k);
  }
  return out;
}

/** Prepositions whose object is someone the user does something for or with. */
const OBJECT_PREPS: ReadonlySet<string> = new Set(['for', 'to', 'with']);

/**
 * "does he have the legal authority to make welfare decisions for Morag?", "when does she usually talk to Declan?": a
 * name as the object of for/to/with, after the user as the subject of its sentence, is whom the user acts for or with;
 * the question is about the user (not "does Tom have allergies? he's coming to dinner": the name is the subject).
 */
function objectOfUser(tokens: readonly QToken[], i: number): boolean {
  if (!OBJECT_PREPS.has(tokens[i - 1]?.low ?? '')) return false;
  for (let k = i - 2; k >= 0 && !SENTENCE_MARKS.has(tokens[k]!.low); k--) if (STATEMENT_SUBJECTS.has(tokens[k]!.low) && tokens[k]!.low !== 'they') return true;
  return false;
}
const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '?', '!', ';']);

/** Someone other than the user the question is about; `inPhrase` marks words of multi-word vocabulary phrases. */
/** Words for whoever employs the user: a firm, or a person or family who acts ("her employer speaks Cantonese"). */
const EMPLOYERS: ReadonlySet<string> = new Set(['employer', 'employers']);

export function whoIsAsked(tokens: readonly QToken[], names: Names, inPhrase: ReadonlySet<number> = new Set()): Other | undefined {
  const asked = askedAfterContext(tokens);
  if (asked > 0) {
    const shifted = new Set<number>();
    for (const i of inPhrase) if (i >= asked) shifted.add(i - asked);
    const other = whoIsAsked(tokens.slice(asked), names, shifted);
    return other && { ...other, start: other.start + asked, end: other.end + asked };
  }
  return whoIsAskedIn(tokens, names, inPhrase);
}

/** Words that mark a time by a person: "before Alfie", "since Millie" (not "after": "who looks after Sardinha?"). */
const PERSON_TIMES: ReadonlySet<string> = new Set(['before', 'since']);

const THE_OR_USERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their']);

/** "who's the dog?", "who is her cat?": which of the user's animals it is (its name), not someone else. */
const whoIsTheAnimal = (tokens: readonly QToken[]): boolean =>
  tokens[0]?.low === 'who' &&
  (tokens[1]?.low === "'s" || tokens[1]?.low === 'is') &&
  THE_OR_USERS.has(tokens[2]?.low ?? '') &&
  // (An animal by the word the relations table keeps for pets: "dog", "cat", "pup" …)
  RELATIONS.get(tokens[3]?.low ?? '') === 'pet' &&
  (tokens[4] === undefined || tokens[4].punct);

/** Households and people the user works for in their homes ("the family she nannied for"). */
const SERVED: ReadonlySet<string> = new Set(['family', 'families', 'household', 'households', 'couple', 'kids', 'children']);
/** Work done in someone's home, as written ("nannied", "nanny" read as a noun, "babysat", "worked"). */
const SERVING: ReadonlySet<string> = new Set(
  'nanny nannied nannying babysit babysat babysitting work worked working clean cleaned cleaning cook cooked cooking housekeep housekept'.split(' '),
);

/**
 * "what was the name of the family she nannied for?", "which family did she nanny for in Hong Kong?": a household the
 * user worked for, named by a word of family, is someone else (not the user's own family).
 */
function servedByUser(tokens: readonly QToken[]): Other | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!SERVED.has(tokens[i]!.low)) continue;
    for (let k = i + 1; k < i + 5 && k + 2 < tokens.length; k++)
      if (STATEMENT_SUBJECTS.has(tokens[k]!.low) && SERVING.has(tokens[k + 1]!.low) && tokens[k + 2]!.low === 'for')
        return { kind: 'relation', word: tokens[i]!.low, group: 'work', start: i, end: i + 1 };
  }
  return undefined;
}

function whoIsAskedIn(tokens: readonly QToken[], names: Names, inPhrase: ReadonlySet<number>): Other | undefined {
  if (whoIsTheAnimal(tokens)) return undefined;
  const served = servedByUser(tokens);
  if (served) return served;
  const userMentioned = tokens.some((t) => USER_WORDS.has(t.low) || names.user.has(t.low) || names.user.has(fold(t.low)));
  // "any animals at her place? my daughter's allergic to fur": the asker's own people are the setting.
  const setting = askerPeople(tokens, names) ?? new Set<number>();
  if (tokens[0]?.low === 'who' && !userMentioned && tokens[1]?.low !== 'am' && tokens.length > 3 && !providerAsked(tokens, names) && !careAsked(tokens)) {
    return { kind: 'someone', word: 'who', start: 0, end: tokens.length };
  }
  // "who's the chief engineer on his vessel?", "who is the head of PE at his school?": who holds a post, someone else
  // (not "who's the user?").
  if (
    tokens[0]?.low === 'who' &&
    (tokens[1]?.low === "'s" || tokens[1]?.low === 'is' || tokens[1]?.low === 'was') &&
    tokens[2]?.low === 'the' &&
    tokens[3] !== undefined &&
    !USER_WORDS.has(tokens[3].low) &&
    !names.user.has(tokens[3].low) &&
    !providerAsked(tokens, names)
  )
    return { kind: 'someone', word: 'who', start: 0, end: tokens.length };
  // "who teaches her italian class?", "who cuts his hair?": "who" as the subject of a verb whose object is a thing of the
  // user's asks for the person who does it, someone else (not "who does she work for?", "who employs her?").
  if (whoDoesTheUsers(tokens)) return { kind: 'someone', word: 'who', start: 0, end: tokens.length };
  // "which agency recruited his cousin?", "what hospital treated her dad?": what did something to a relative of the user's,
  // the wh-phrase the subject of a verb in the past, asks about the relative. (Not people of the user's work: "which agency
  // placed her clients?" may be asked of the user's own business.)
  if ((tokens[0]?.low === 'which' || tokens[0]?.low === 'what') && tokens[1]?.pos === 'NOUN' && tokens[2]?.pos === 'VERB' && tokens[2].low.endsWith('ed')) {
    const k = PARTICLES.has(tokens[3]?.low ?? '') ? 4 : 3;
    const other = USER_POSSESSIVES.has(tokens[k]?.low ?? '') ? otherAt(tokens, k + 1, names, userMentioned, inPhrase, setting) : undefined;
    if (other?.kind === 'relation' && other.group !== 'work') return other;
  }
  // "which cousin is getting married?", "what sister does she mean?": a relative picked out by the question.
  if ((tokens[0]?.low === 'which' || tokens[0]?.low === 'whose') && tokens[1] && tokens[2]?.low !== 'of') {
    const other = otherAt(tokens, 1, names, userMentioned, inPhrase, setting);
    // ("which vet school did she go to?": a trade before a place of learning says which of the user's schools.)
    const modifies = other?.kind === 'relation' && MODIFYING_GROUPS.has(other.group) && TRADE_SCHOOLS.has(tokens[2]?.lemma ?? '');
    if (other?.kind === 'relation' && !modifies) return other;
  }
  const picked = pickedTrade(tokens, names);
  if (picked) return picked;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // Possessor: "her husband's name", "Pudding's favourite food", "daughters' names".
    if (next && (next.low === "'s" || next.low === "'") && next.pos !== 'AUX') {
      // "booking the steakhouse for the landlords' forum dinner, will that suit her?": a plural possessive after "the",
      // before a noun, in a question that names the user, says which occasion or thing ("the parents' evening").
      if (classifying(tokens, i, userMentioned)) continue;
      if (handledByUser(tokens, i, names)) continue;
      const other = otherAt(tokens, i, names, userMentioned, inPhrase, setting) ?? possessorElse(tokens, i, names);
      if (other) return other;
    }
    // "the name of the user's dog", "the age of her son", "which of her kids".
    if (t.low === 'of' && i > 0 && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.low === 'which')) {
      const other = otherIn(tokens, npNouns(tokens, i + 1), names, userMentioned, inPhrase, setting);
      if (other && other.kind === 'relation') return other;
    }
  }
  // "what are they naming the baby?", "what did he call the puppy?": the one being named is someone else, asked for their name.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // ("a guide for video-calling his grandkids": "call" names only in a question for the name, "what … call …?")
    if (t.pos !== 'VERB' || !(t.lemma === 'name' || (t.lemma === 'call' && tokens[0]?.low === 'what'))) continue;
    const other = otherIn(tokens, npNouns(tokens, i + 1), names, userMentioned, inPhrase, setting);
    if (other?.kind === 'relation') return other;
  }
  // The subject after the first auxiliary: "where does [her sister] live?", "is [Jess] in tech?".
  const aux = tokens.findIndex((t) => t.pos === 'AUX');
  // "she has a dog or a cat?", "he's got kids?": a statement asked as a question; the user is its subject, and the
  // phrase after the verb is what she has.
  const before = tokens[aux - 1];
  const userSubject = before !== undefined && (STATEMENT_SUBJECTS.has(before.low) || names.user.has(before.low) || names.user.has(fold(before.low)));
  if (aux >= 0 && !userSubject) {
    // "which language does her employer speak at home?", "what do her employers do for a living?": an employer who acts
    // is a person (the family a nanny works for), someone else; "how is her employer funded?" asks about the firm.
    const at = aux + 2;
    if (POSSESSIVE_PRONOUNS.has(tokens[aux + 1]?.low ?? '') && EMPLOYERS.has(tokens[at]?.low ?? '')) {
      const verb = tokens[at + 1];
      if (verb !== undefined && (verb.pos === 'VERB' || verb.low === 'do') && verb.low === verb.lemma)
        return { kind: 'relation', word: tokens[at]!.low, group: 'work', start: aux + 1, end: at + 1 };
    }
    const nouns = npNouns(tokens, aux + 1);
    // "where does her dog sleep?": after "do" the subject's verb must come; a last noun with no verb after it is that verb.
    const last = nouns[nouns.length - 1];
    if (tokens[aux]!.lemma === 'do' && last !== undefined && nouns.length > 1 && !tokens.slice(last + 1).some((t) => t.pos === 'VERB')) nouns.pop();
    const other = otherIn(tokens, nouns, names, userMentioned, inPhrase, setting) ?? othersOfGroup(tokens, aux + 1, setting);
    // "can the doctor just give him amoxicillin?", "will the vet see her dog on Saturday?": a professional who does
    // something to the user (an object pronoun after their verb) is the setting; the question is about the user.
    // (Not someone of the user's: "can his boss give him a raise?" asks about the boss.)
    if (other?.kind === 'relation' && other.group === 'work' && !POSSESSIVE_PRONOUNS.has(tokens[other.start]?.low ?? '') && doneToUser(tokens, other.end))
      return undefined;
    if (other) return other;
  }
  // A name of the user's people or animals anywhere, however it was tagged ("how old is bluey", "where
  // does tom live"), unless it only says which relative is meant ("a son called Tom", "daughter Jess").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!names.others.has(t.low) || inPhrase.has(i) || names.user.has(t.low) || t.low.length < 3) continue;
    const prev = tokens[i - 1];
    if (prev && (prev.low === 'called' || prev.low === 'named' || relationOf(prev, names) !== undefined)) continue;
    // "what did she do for work before Alfie?", "has she been back to work since Millie?": a time marked by one of hers.
    if (prev && PERSON_TIMES.has(prev.low) && tokens.some((u) => USER_WORDS.has(u.low))) continue;
    // "a window seat on the Toronto flight" (a son lives in Toronto): a name after a determiner is a thing's.
    if (thingNamed(tokens, i) || objectOfUser(tokens, i)) continue;
    return { kind: 'name', word: t.text, start: i, end: i + 1 };
  }
  // A bare noun phrase ("and her husband?"): its nouns; else "about her manager".
  const hasVerb = tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const other = !hasVerb && (t.pos === 'NOUN' || t.pos === 'PROPN') ? otherAt(tokens, i, names, userMentioned, inPhrase, setting) : undefined;
    // "kids?", "any pets?": a relation no possessive opens asks whether the user has them (like "does she have
    // kids?"), not about someone else ("and her husband?", "his kids?").
    if (other?.kind === 'relation' && !possessed(tokens, other.start, i)) continue;
    if (other) return other;
    if (hasVerb && t.low === 'about') {
      const about = otherIn(tokens, npNouns(tokens, i + 1), names, userMentioned, inPhrase, setting);
      if (about) return about;
    }
  }
  return undefined;
}

/**
 * "any animals at her place? my daughter's allergic to fur": in a question that names the user, the
 * asker's own people ("my daughter", "our kids") and what the rest of their clause says of them are
 * the setting, not what is asked. Returns the tokens from such a phrase to the end of its clause.
 */
export function askerPeople(tokens: readonly QToken[], names: Names): Set<number> | undefined {
  let out: Set<number> | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ASKER_POSSESSIVES.has(tokens[i]!.low)) continue;
    let k = i + 1;
    while (k < tokens.length && tokens[k]!.pos === 'ADJ') k++;
    if (!tokens[k] || relationOf(tokens[k]!, names) === undefined) continue;
    const span = new Set<number>();
    // ("could she have a natter with my nan in vietnamese?": after a preposition the asker's person is only its object; what
    // follows says how, and is asked.)
    const end = tokens[i - 1]?.pos === 'ADP' && tokens[k + 1]?.low !== "'s" ? k + 1 : tokens.length;
    for (let j = i; j < end && !tokens[j]!.punct; j++) span.add(j);
    const userElsewhere = tokens.some((t, j) => !span.has(j) && (USER_WORDS.has(t.low) || names.user.has(t.low) || names.user.has(fold(t.low))));
    if (!userElsewhere) continue;
    out ??= new Set<number>();
    for (const j of span) out.add(j);
    i = Math.max(i, ...span);
  }
  return out;
}
