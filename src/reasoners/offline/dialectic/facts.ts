import type { Fact } from '../../../profiles/model.js';
import { OCCUPATIONS } from '../extract/lexicon/people.js';
import { DAY_NAMES, DAY_SHORT } from '../extract/time.js';
import type { Token } from '../nlp/wink.js';
import type { Steps, WorkBudget } from '../nlp/budget.js';
import { CONCEPTS, conceptId, LEVEL } from './concepts/index.js';
import { normaliseText } from '../nlp/normalise.js';
import { GENERIC, PAST_KEY_WORDS, PEOPLE_KEYS, PHRASE_CLOSERS, PREFERENCE_KEYS, RELATIONS } from './lexicon.js';
import { exactForm, findConcepts, type Slot } from './triggers.js';
import { MATCH_CHARS, matchText, valueItems } from './values.js';
import { isDateWord, kindsOf, mixesDigits, type ValueKind } from './answer-kind.js';
import { valueWindows, type Window } from './clock.js';
import { valueClasses } from './classes.js';
import { isKnownPlace } from './places.js';
import { inLexicon } from './spelling.js';
import { fold, isBareHour, isClockTime, isNumber, splitOn, stem, wordsOf, type Word } from './words.js';

/**
 * What each fact is about, read once per call: the stems of its key and value, and how strongly it
 * answers each concept (its key named in the table, its category, the concepts its key words and its
 * value's words name). Linear in the number of facts; only the first MATCH_CHARS of a value are read.
 * Every lookup keyed by user data goes through a Map or Set.
 */

export interface FactTerms {
  readonly fact: Fact;
  readonly key: ReadonlySet<string>;
  readonly value: ReadonlySet<string>;
  /** The value's words as written (lower case), for exact matches. */
  readonly lows: ReadonlySet<string>;
  /** Words of the value written only as modifiers of the next noun ("phone" in "phone calls"), see PHRASE_CLOSERS. */
  readonly modifiers: ReadonlySet<string>;
  /** Stems of the value written only as modifiers of the next noun ("punjabi" in "Punjabi folk music"). */
  readonly modifierStems: ReadonlySet<string>;
  /**
   * Concepts only the value names, and only through words that modify the next noun ("language" of
   * "Punjabi folk music", "pets" of "dog grooming van"): the value speaks of that next thing.
   */
  readonly modifierConcepts: ReadonlySet<number>;
  /**
   * The key's own noun, as written and in the singular: its last part, and the last one that is not a wrapper, a unit or a word of
   * state (weekly_training_hours -> hours; day_rate_gbp -> rate, gbp; visa_status -> visa, status), not the parts
   * that only qualify it (business in business_hours). Only for a key the concept table does not know, and not one
   * of the past (previous_home).
   */
  readonly keyHeads: ReadonlySet<string>;
  /**
   * Every noun a key the concept table does not know writes, with its singular ("club" and "membership" of
   * club_memberships): a head noun asked for that the key writes anywhere is near what it is about.
   */
  readonly keyNouns: ReadonlySet<string>;
  /** concept id -> level (see LEVEL). */
  readonly levels: ReadonlyMap<number, number>;
  /** Concepts the key itself answers at LEVEL.near or better (its table entry or prefix), whatever the value says. */
  readonly byKey: ReadonlySet<number>;
  /** Concepts the value itself names ("drives a ute" names a car). */
  readonly named: ReadonlySet<number>;
  /** Concepts the value names a member of ("ute" of cars), not only the class ("photography"). */
  readonly members: ReadonlySet<number>;
  /** Concepts the fact answers only because its value names them (not by its key or category). */
  readonly valueOnly: ReadonlySet<number>;
  /** How many words of the value were read. */
  readonly size: number;
  /** What kinds of answer the value can give (see answer-kind.ts): a number, a clock time, a date, a name. */
  readonly kinds: ReadonlySet<ValueKind>;
  /** The items of a list value one by one (a single value is one item), for answers that rest on one item. */
  readonly items: readonly ItemTerms[];
  /** The windows of the day the value speaks of ("after 8pm", "10am-6pm"), see clock.ts. */
  readonly windows: readonly Window[];
}

/** One item of a value: its stems, the concepts it names, the kinds of answer it gives, its names. */
export interface ItemTerms {
  readonly value: ReadonlySet<string>;
  readonly named: ReadonlySet<number>;
  readonly kinds: ReadonlySet<ValueKind>;
  /** Stems of its capitalised words of two letters or more ("Strikers" in "cricket (Adelaide Strikers)"). */
  readonly names: ReadonlySet<string>;
  /** Stems of the words that can name a thing: capitalised (places too, no day or month), "iPhone", "x5". */
  readonly caps: ReadonlySet<string>;
}

const MAX_ITEMS = 50;
const MAX_ITEM_WORDS = 40;

function itemTerms(words: readonly Word[]): ItemTerms {
  const named = new Set(findConcepts(slotsOf(words), 'value').flatMap((hit) => hit.concepts.map((c) => c.id)));
  // ("North Queensland Cowboys" among "barramundi fishing, op-shopping": the item that names a club is the team followed.)
  if (namesTeam(words)) named.add(FANDOM);
  const names = new Set<string>();
  const caps = new Set<string>();
  // A capitalised word after "in", "at", "from"... is a place ("a tournament in Guadalajara"), not the name of the thing.
  words.forEach((w, i) => {
    if (w.low.length >= 2 && !isDateWord(w.low) && (w.cap || w.inner === true || mixesDigits(w.low))) caps.add(w.stem);
    if (
      w.cap &&
      w.low.length >= 2 &&
      !isDateWord(w.low) &&
      !PLACE_BEFORE.has(words[i - 1]?.low ?? '') &&
      words[i - 1]?.low !== 'at' &&
      words[i - 1]?.low !== 'on'
    )
      names.add(w.stem);
  });
  return { value: new Set(words.map((w) => w.stem)), named, kinds: kindsOf(words), names, caps };
}

function itemsOf(value: unknown, whole: readonly Word[]): ItemTerms[] {
  if (!Array.isArray(value)) return [itemTerms(whole)];
  const out: ItemTerms[] = [];
  let chars = 0;
  for (const item of valueItems(value).slice(0, MAX_ITEMS)) {
    if (chars >= MATCH_CHARS) break;
    const text = item.slice(0, MATCH_CHARS - chars);
    chars += text.length + 2;
    out.push(itemTerms(wordsOf(normaliseText(text), MAX_ITEM_WORDS)));
  }
  return out;
}

export interface Profile {
  readonly facts: readonly FactTerms[];
  /** stem -> how many facts' values hold it. */
  readonly df: ReadonlyMap<string, number>;
  readonly userNames: ReadonlySet<string>;
  readonly otherNames: ReadonlySet<string>;
  /** Stems of the nouns that name the user's animals ("greyhound"). */
  readonly animals: ReadonlySet<string>;
  /**
   * Which of the user's people or animals a name is, from the fact that gives it: "pet: Biscuit, French bulldog" makes
   * "biscuit" a pet, "children: Zayd, born 2023" a child, "married to Imran" a spouse (the word and its group).
   */
  readonly nameRelations: ReadonlyMap<string, { readonly word: string; readonly group: string }>;
}

/** Facts read between two yields. */
export const FACTS_PER_STEP = 200;
const NAME_KEYS = new Set(['name', 'preferred_name', 'nickname', 'full_name', 'first_name', 'last_name', 'goes_by', 'nicknames']);
const PLACE_BEFORE = new Set(['in', 'to', 'from', 'near']);
const AGREE = 0.2;
const ANIMAL_KEYS = new Set(['pets', 'pet', 'dog', 'dogs', 'cat', 'cats', 'animals']);
/**
 * Words of a pets fact that are not animals ("an old tabby cat called Pudding", "a dog named Rex"), matched on the
 * spelling and on the stem ("named" and "naming" stem to "nam", "calls" to "call"). The whole string is split: a
 * split of its last part only made a Set of characters, and every word of a pets fact an animal.
 */
const NOT_ANIMALS = new Set(
  (
    'called named name nam naming call calls rescue rescued adopted old young little big small tiny large black white ' +
    'ginger grey gray brown golden tabby two three four five six seven eight nine ten one year years month months none no'
  ).split(' '),
);

interface KeyLevels {
  readonly exact: ReadonlyMap<string, ReadonlyMap<number, number>>;
  readonly prefixes: readonly { prefix: string; concept: number; level: number }[];
  readonly byCategory: ReadonlyMap<string, readonly number[]>;
  readonly dynamic: readonly number[];
}

let keyLevels: KeyLevels | undefined;

function keyTable(): KeyLevels {
  if (keyLevels) return keyLevels;
  const exact = new Map<string, Map<number, number>>();
  const prefixes: { prefix: string; concept: number; level: number }[] = [];
  const byCategory = new Map<string, number[]>();
  const dynamic: number[] = [];
  CONCEPTS.forEach((c, id) => {
    for (const cat of c.categories ?? []) byCategory.set(cat, [...(byCategory.get(cat) ?? []), id]);
    if (c.dynamic) dynamic.push(id);
    for (const [keys, level] of [
      [c.keys, LEVEL.key],
      [c.near ?? [], LEVEL.near],
      [c.related ?? [], LEVEL.related],
    ] as const) {
      for (const k of keys) {
        if (k.endsWith('*')) {
          prefixes.push({ prefix: k.slice(0, -1), concept: id, level });
          continue;
        }
        const m = exact.get(k) ?? new Map<number, number>();
        m.set(id, Math.max(m.get(id) ?? 0, level));
        exact.set(k, m);
      }
    }
  });
  keyLevels = { exact, prefixes, byCategory, dynamic };
  return keyLevels;
}

/** Generic words a key may be wrapped in ("user_city", "home_city_name"): the rest says what it is. */
export const KEY_WRAPPERS: ReadonlySet<string> = new Set([
  'user',
  'my',
  'their',
  'his',
  'her',
  'personal',
  'primary',
  'main',
  'current',
  'preferred',
  'list',
  'notes',
  'info',
  'details',
]);

/** KEY_WRAPPERS as stems, as keys are read. */
export const KEY_WRAPPER_STEMS: ReadonlySet<string> = new Set([...KEY_WRAPPERS].map(stem));
/** Whether the key is the one word (a stem) and wrappers only: school, current_school, "my_school". */
export const keyIsWord = (terms: FactTerms, word: string): boolean => {
  let own = 0;
  for (const k of terms.key) if (!KEY_WRAPPER_STEMS.has(k)) own += k === word ? 1 : 2;
  return own === 1;
};

/**
 * The table's entry for a stored key, also when it is spelt another way: British spelling
 * ("favourite_team", "colour"), singular or plural ("hobby", "allergy"), namespaced ("work.role"),
 * or wrapped in a generic word ("user_city"). Tried in that order; the first the table knows wins.
 */
function knownKey(table: KeyLevels, key: string): ReadonlyMap<number, number> | undefined {
  const direct = table.exact.get(key);
  if (direct) return direct;
  const last = key.includes('.') ? key.slice(key.lastIndexOf('.') + 1) : key;
  const us = last.split('favourite').join('favorite').split('colour').join('color');
  const parts = us.split('_').filter((p) => p !== '');
  const bare = parts.filter((p) => !KEY_WRAPPERS.has(p)).join('_');
  for (const k of new Set([last, us, bare])) {
    if (k === '') continue;
    const plural = k.endsWith('y') ? `${k.slice(0, -1)}ies` : `${k}s`;
    const singular = k.endsWith('ies') ? `${k.slice(0, -3)}y` : k.endsWith('s') ? k.slice(0, -1) : k;
    for (const v of [k, plural, singular]) {
      const hit = table.exact.get(v);
      if (hit) return hit;
    }
  }
  return undefined;
}

function slotsOf(words: readonly Word[]): Slot[] {
  return words.map((w, i) => {
    // ("a retired greyhound called Biscuit": a name given names nothing else — no biscuit to have with tea.)
    if (w.cap && i > 0 && NAMING.has(words[i - 1]!.low)) return { forms: ['<name>'], part: false };
    const forms = [w.stem];
    const exact = exactForm(w.low);
    if (exact) forms.push(exact);
    const prev = words[i - 1];
    if (isClockTime(w.low) || isBareHour(w.low, prev?.low)) forms.push('<time>');
    if (w.cap && prev && PLACE_BEFORE.has(prev.low)) forms.push('<place>');
    const day = shortDayIn(words, i);
    if (day !== undefined) forms.push(stem(day));
    return { forms, part: words[i + 1]?.joined === true };
  });
}

/** Weekdays cut short ("Mon", "Thurs"), each with the day it stands for: extraction's lists of day names. */
const SHORT_DAYS: ReadonlyMap<string, string> = new Map(DAY_SHORT.map((short) => [short, DAY_NAMES.find((d) => d.startsWith(short))!]));
/** Any weekday, short or whole, one or many ("Thu", "Thursday", "Thursdays"). */
const ANY_DAY: ReadonlySet<string> = new Set([...DAY_SHORT, ...DAY_NAMES, ...DAY_NAMES.map((d) => `${d}s`)]);

/**
 * The weekday a short form at `i` stands for ("in the office Mon, Wed and Thu"): written with a capital, beside another
 * weekday (short or whole) two words away at most, since "Wed", "Sat" and "Sun" are words and names of their own.
 */
function shortDayIn(words: readonly Word[], i: number): string | undefined {
  const w = words[i]!;
  const day = w.cap ? SHORT_DAYS.get(w.low) : undefined;
  if (day === undefined) return undefined;
  return [i - 2, i - 1, i + 1, i + 2].some((k) => ANY_DAY.has(words[k]?.low ?? '')) ? day : undefined;
}

/** Words before a name given ("called Biscuit", "named Pepper"). */
const NAMING: ReadonlySet<string> = new Set(['called', 'named']);

const DAY_PARTS = new Set(['morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'night', 'nights', 'lunchtime', 'lunchtimes']);

/** Posts that run the thing the word before them names ("department manager", "shift lead"). */
const LEADS: ReadonlySet<string> = new Set(['manager', 'supervisor', 'lead', 'leader', 'head', 'coordinator', 'director', 'chief']);

/** A noun its modifier still names itself before: a part of the day, or a trade ("engineer", "nurses"). */
function namesItself(low: string): boolean {
  if (DAY_PARTS.has(low)) return true;
  const word = (w: string): Token[] => [{ text: w, low: w, lemma: w, pos: 'NOUN', neg: false, space: true, oov: false }];
  return OCCUPATIONS.matchAt(word(low), 0) === 1 || (low.endsWith('s') && OCCUPATIONS.matchAt(word(low.slice(0, -1)), 0) === 1);
}

/** The last parts of a key that do not name what it is about ("gbp" of day_rate_gbp, "status" of visa_status). */
export const KEY_TAILS: ReadonlySet<string> = new Set([
  ...KEY_WRAPPERS,
  ...['status', 'spoken', 'used', 'level', 'type', 'kind', 'value', 'amount', 'count', 'number', 'num', 'total'],
  ...['gbp', 'usd', 'eur', 'aud', 'cad', 'nzd', 'inr', 'km', 'mi', 'miles', 'lb', 'lbs', 'kg', 'oz', 'bpm', 'g', 'ml', 'mins', 'min', 'cm', 'pct'],
  ...['pcm', 'pm', 'pw', 'pa', 'ph', 'pd'],
]);

/** Key parts that write a period short ("rent_pcm": per calendar month): the key speaks of that period. */
const KEY_PERIODS: ReadonlyMap<string, string> = new Map([
  ['pcm', 'month'],
  ['pm', 'month'],
  ['pw', 'week'],
  ['pa', 'year'],
  ['ph', 'hour'],
  ['pd', 'day'],
]);

/** A key part and its singular ("hours" -> "hour", "memberships" -> "membership", "activities" -> "activity"). */
function withSingular(out: Set<string>, part: string): void {
  out.add(part);
  if (part.endsWith('ies') && part.length > 4) out.add(`${part.slice(0, -3)}y`);
  else if (part.endsWith('s') && !part.endsWith('ss') && part.length > 3) out.add(part.slice(0, -1));
}

function keyNounsOf(parts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of parts) {
    const part = p.toLowerCase();
    if (part.length >= 3 && !KEY_TAILS.has(part)) withSingular(out, part);
  }
  return out;
}

function keyHeadsOf(parts: readonly string[]): Set<string> {
  const out = new Set<string>();
  const last = parts[parts.length - 1];
  if (last !== undefined) withSingular(out, last.toLowerCase());
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!.toLowerCase();
    if (KEY_TAILS.has(part)) continue;
    withSingular(out, part);
    break;
  }
  return out;
}

/** Last words of sports clubs' names ("Aston Villa", "Kaizer Chiefs", "Leicester Tigers", "Bristol Rovers"), written with a capital. */
const TEAM_HEADS: ReadonlySet<string> = new Set(
  'united rovers villa athletic albion wanderers rangers celtic hotspur fc afc chiefs pirates sundowns tigers harlequins saracens hornets argyle orient'.split(
    ' ',
  ),
);
/** Words before a club's name that say the user is its fan, and after it. */
const FOLLOWING: ReadonlySet<string> = new Set(['follows', 'following', 'supports', 'supporting']);
const SUPPORTERS: ReadonlySet<string> = new Set(['supporter', 'supporters']);
export const FANDOM = conceptId('fandom');
/** Concepts of where someone lives, stays or comes from. */
const PLACE_CONCEPTS: readonly number[] = ['location', 'origin'].map(conceptId);
/** Whether a fact's levels say it is about where someone lives or comes from. */
export const aboutPlaces = (levels: ReadonlyMap<number, number>): boolean => PLACE_CONCEPTS.some((c) => (levels.get(c) ?? 0) >= LEVEL.near);
/** Last words of clubs' names that are also last words of places' names ("Manchester City", "Mexico City"). */
const TOWN_TEAM_HEADS: ReadonlySet<string> = new Set(['city', 'county', 'town']);
/**
 * A club named as clubs are: a capitalised name closed by a word clubs end on ("Kaizer Chiefs", "Aston Villa"); with
 * `places` false (the value is not where anyone lives or comes from), by a town's word too ("Manchester City").
 */
export const namesTeam = (words: readonly Word[], places = true): boolean =>
  words.some(
    (w, i) =>
      // (The word closes the name: "Sheffield City Council" is no club.)
      (i > 0 && w.cap && words[i - 1]!.cap && words[i + 1]?.cap !== true && (TEAM_HEADS.has(w.low) || (!places && TOWN_TEAM_HEADS.has(w.low)))) ||
      // ("cricket (follows RCB)", "football (FC Goa supporter)": a name said to be followed or supported.)
      (w.cap && (FOLLOWING.has(words[i - 1]?.low ?? '') || SUPPORTERS.has(words[i + 1]?.low ?? ''))) ||
      (w.cap && ONE_WORD_CLUBS.has(w.low) && (i === 0 || w.spaced === false) && words[i + 1]?.spaced !== true) ||
      // ("AFL — Western Bulldogs", "NHL: Montreal Canadiens": a name after the league it plays in.)
      (w.cap && i > 0 && LEAGUES.has(words[i - 1]!.low) && !LEAGUES.has(w.low)) ||
      townAndPlural(words, i),
  );

/** Leagues, by the letters they go by (and "league" closing a league's name: "Premier League: Arsenal"). */
const LEAGUES: ReadonlySet<string> = new Set('afl aflw nrl nrlw nfl cfl nba wnba nhl ahl mlb mls epl efl spl wsl ipl bbl psl npfl gaa isl league'.split(' '));
/** Clubs known by one word that names no place, said alone ("interests: Arsenal, DJing"). */
const ONE_WORD_CLUBS: ReadonlySet<string> = new Set(['arsenal', 'spurs', 'chelsea', 'everton', 'juventus']);
/** Words before a name that make it a place, not a club ("walks in the Brecon Beacons"). */
const BEFORE_PLACE_NAMES: ReadonlySet<string> = new Set(['in', 'at', 'to', 'from', 'near', 'around', 'the', 'of', 'across', 'through', 'up', 'round']);
const MAX_TOWN_WORDS = 3;

/**
 * "North Queensland Cowboys", "Leeds Rhinos": a capitalised name that holds a known town, province or country and closes,
 * with nothing capitalised after, on a capitalised plural of an English noun is a club (its people). The noun is looked up
 * in the NLP base's lexicon, plural or singular, and only once a town is found: "David Hollis" and "Jordan Williams" end on
 * a surname, no noun.
 */
function townAndPlural(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (!w.cap || w.low.length < 4 || !w.low.endsWith('s') || w.low.endsWith('ss') || words[i + 1]?.cap === true) return false;
  let start = i;
  // (A word is joined to the one before it when it is not spaced from it: the link is read from the later word.)
  while (start > 0 && words[start - 1]!.cap && words[start]!.spaced !== false && i - start < MAX_TOWN_WORDS + 1) start--;
  if (start === i || BEFORE_PLACE_NAMES.has(words[start - 1]?.low ?? '')) return false;
  for (let a = start; a < i; a++)
    for (let b = a + 1; b <= Math.min(i, a + MAX_TOWN_WORDS); b++)
      if (
        isKnownPlace(
          words
            .slice(a, b)
            .map((x) => x.low)
            .join(' '),
        )
      )
        return inLexicon(w.low) || inLexicon(w.low.slice(0, -1));
  return false;
}

function raise(levels: Map<number, number>, id: number, level: number): void {
  if ((levels.get(id) ?? 0) < level) levels.set(id, level);
}

function termsOf(fact: Fact): FactTerms {
  const table = keyTable();
  const keyParts = splitOn(fact.key.slice(0, 128), '_.');
  const key = new Set(keyParts.map(stem));
  for (const part of keyParts) {
    const period = KEY_PERIODS.get(part.toLowerCase());
    if (period !== undefined) key.add(stem(period));
  }
  const levels = new Map<number, number>();
  const explicit = knownKey(table, fact.key);
  for (const [id, level] of explicit ?? []) raise(levels, id, level);
  const favourite = keyParts[0] === 'favorite' || keyParts[0] === 'favourite';
  for (const p of table.prefixes) if (fact.key.startsWith(p.prefix) || (favourite && p.prefix === 'favorite_')) raise(levels, p.concept, p.level);
  const byKey = new Set([...levels].filter(([, level]) => level >= LEVEL.near).map(([id]) => id));
  for (const id of table.byCategory.get(fact.category) ?? []) raise(levels, id, LEVEL.category);
  if (fact.bucket === 'dynamic') for (const id of table.dynamic) raise(levels, id, LEVEL.near);
  if (!explicit) {
    // A key the table does not know: what its words name ("favorite_author" -> reading).
    const words = (favourite ? keyParts.slice(1) : keyParts).map((p) => ({ forms: [stem(p)] }));
    for (const hit of findConcepts(words, 'value')) for (const { id } of hit.concepts) raise(levels, id, favourite ? LEVEL.key : LEVEL.derived);
  }
  if (explicit) {
    // "alcohol": "doesn't drink": a key that names a field of world knowledge answers it by its key.
    for (const hit of findConcepts(
      keyParts.map((p) => ({ forms: [stem(p)] })),
      'value',
    ))
      for (const { id } of hit.concepts) if (CONCEPTS[id]!.field) raise(levels, id, LEVEL.key);
  }
  const words = wordsOf(matchText(fact.value));
  // A key the table does not know ("status": "retired nurse"): the class of what its value names.
  if (!explicit) for (const id of valueClasses(words)) raise(levels, id, LEVEL.near);
  // "interests: Kaizer Chiefs, maskandi music": a club named by the last word of its name is a team the user follows.
  if (!NAME_KEYS.has(fact.key) && namesTeam(words, aboutPlaces(levels))) raise(levels, FANDOM, LEVEL.near);
  const valueLevel = PREFERENCE_KEYS.has(fact.key) ? LEVEL.derived : LEVEL.value;
  const hits = findConcepts(slotsOf(words), 'value');
  const named = new Set(hits.flatMap((hit) => hit.concepts.map((c) => c.id)));
  const members = new Set(hits.flatMap((hit) => hit.concepts.filter((c) => c.instance).map((c) => c.id)));
  const valueOnly = new Set<number>();
  for (const id of named) {
    const keyLevel = levels.get(id) ?? 0;
    if (keyLevel === 0) valueOnly.add(id);
    // A key that answers a concept less directly, with a value that names it too, answers it better.
    // ("communication style: voice notes are fine": a key related to what its value names answers it as a preference does.)
    raise(levels, id, keyLevel >= LEVEL.near && keyLevel < LEVEL.key ? keyLevel + AGREE : keyLevel >= LEVEL.related ? LEVEL.derived : valueLevel);
  }
  const value = new Set<string>();
  const lows = new Set<string>();
  const heads = new Set<string>();
  const headStems = new Set<string>();
  const isHead = (i: number): boolean => {
    const next = words[i + 1];
    return !next?.spaced || PHRASE_CLOSERS.has(next.low) || isNumber(next.low);
  };
  // Read plainly, a modifier still names its own thing before a part of the day ("Sunday mornings"), as a
  // date word, or before a trade, which it gives the field of ("backend engineer", "Spanish teacher").
  const plainHead = (i: number): boolean => isHead(i) || isDateWord(words[i]!.low) || namesItself(words[i + 1]!.low);
  words.forEach((w, i) => {
    value.add(w.stem);
    lows.add(w.low);
    // ("fresh produce department manager": what a manager or a lead is of is itself named, the department they run.)
    if (isHead(i) || (words[i + 1]?.spaced === true && LEADS.has(words[i + 1]!.low))) heads.add(w.low);
    if (plainHead(i)) headStems.add(w.stem);
  });
  // A concept the value names only where a phrase modifies the next noun, never as the noun itself.
  const headConcepts = new Set(hits.filter((hit) => plainHead(hit.end - 1)).flatMap((hit) => hit.concepts.map((c) => c.id)));
  // The nouns of a key the table does not know, and not of the past, speak for it (keyHeads, keyNouns).
  const ownNouns = !explicit && !keyParts.some((p) => PAST_KEY_WORDS.has(p.toLowerCase()));
  return {
    fact,
    key,
    value,
    lows,
    modifiers: new Set([...lows].filter((w) => !heads.has(w))),
    modifierStems: new Set([...value].filter((w) => !headStems.has(w))),
    modifierConcepts: new Set([...valueOnly].filter((id) => !headConcepts.has(id))),
    keyHeads: ownNouns ? keyHeadsOf(keyParts) : new Set(),
    keyNouns: ownNouns ? keyNounsOf(keyParts) : new Set(),
    levels,
    byKey,
    named,
    members,
    valueOnly,
    size: words.length,
    kinds: kindsOf(words),
    items: itemsOf(fact.value, words),
    windows: valueWindows(words),
  };
}

/** Words that, with a number after them, say where a child is at school ("Class 6", "Year 3", "Grade 2"). */
const SCHOOL_RANKS: ReadonlySet<string> = new Set(['class', 'year', 'grade', 'form', 'standard', 'primary', 'std', 'room', 'level', 'stage', 'group']);

/** "Biscuit, French bulldog (fawn, male)", "Bluey (kelpie)": an item that opens with a capitalised word set apart by a comma or a bracket. */
function openedByName(text: string, words: readonly Word[]): boolean {
  const first = words[0];
  if (!first?.cap) return false;
  const after = text.trimStart().slice(first.low.length).trimStart().charAt(0);
  return after === ',' || after === '(';
}

/** "Jess, 27", "Bluey (kelpie)", "Karen": a short item that opens with a name, the rest (if any) set apart. */
function nameFirstItem(text: string, words: readonly Word[]): boolean {
  const first = words[0];
  if (!first?.cap || words.length > 4) return false;
  if (words.length === 1) return true;
  return openedByName(text, words) || isNumber(words[1]!.low);
}

/** Read every fact (yielding every FACTS_PER_STEP facts) and gather the document frequencies and names. */
export function* readProfile(facts: readonly Fact[], budget: WorkBudget): Steps<Profile> {
  const out: FactTerms[] = [];
  const df = new Map<string, number>();
  const userNames = new Set<string>();
  const people: Fact[] = [];
  for (let i = 0; i < facts.length; i++) {
    if (i > 0 && i % FACTS_PER_STEP === 0) yield;
    const terms = termsOf(facts[i]!);
    budget.spend(2 + Math.ceil(terms.size / 4));
    out.push(terms);
    for (const s of terms.value) df.set(s, (df.get(s) ?? 0) + 1);
    // The user's names, also without accents: the tagger may give "Tomás" as "tomas".
    if (NAME_KEYS.has(terms.fact.key)) for (const w of terms.lows) userNames.add(w).add(fold(w));
    if (PEOPLE_KEYS.has(terms.fact.key)) people.push(terms.fact);
  }
  const otherNames = new Set<string>();
  const animals = new Set<string>();
  const nameRelations = new Map<string, { word: string; group: string }>();
  for (const fact of people) {
    const pets = ANIMAL_KEYS.has(fact.key);
    const byKey = pets ? { word: 'pet', group: 'pet' } : CHILD_KEYS.has(fact.key) ? { word: 'child', group: 'child' } : undefined;
    for (const item of valueItems(fact.value).slice(0, 50)) {
      const text = normaliseText(item.slice(0, MATCH_CHARS));
      const words = wordsOf(text, 40);
      const nameFirst = nameFirstItem(text, words);
      const opened = byKey !== undefined && openedByName(text, words);
      words.forEach((w, i) => {
        if (w.low.length < 2 || GENERIC.has(w.low) || userNames.has(w.low)) return;
        // A capitalised word inside an item ("partner Jess", "called Milo"), not the user's own name;
        // or first, when the item is a name with its details after it ("Jess, 27", "Bluey (kelpie)", "Karen").
        // ("daughter Ira, 11, Class 6", "son Sam, Year 3": a class or a year at school, no name.)
        const ranked = SCHOOL_RANKS.has(w.low) && isNumber(words[i + 1]?.low ?? '');
        // (Of a pets or children fact, a name put first before its details however long: "Biscuit, French bulldog
        // (fawn, male)"; the name is the first word, or one after a word for the relative or "called".)
        const said = relationBefore(words, i);
        const first = i === 0 && byKey !== undefined && (nameFirst || opened);
        if (w.cap && !RELATIONS.has(w.low) && !ranked && (first || said !== undefined || (byKey !== undefined && NAMING_WORDS.has(words[i - 1]?.low ?? '')))) {
          const relation = said === undefined ? byKey : { word: said, group: RELATIONS.get(said)! };
          if (relation && !nameRelations.has(w.low)) nameRelations.set(w.low, relation);
        }
        if (w.cap && (i > 0 || nameFirst) && !RELATIONS.has(w.low) && !ranked) otherNames.add(w.low);
        else if (pets && !w.cap && !NOT_ANIMALS.has(w.low) && !NOT_ANIMALS.has(w.stem) && !isNumber(w.low)) animals.add(w.stem);
      });
    }
    budget.spend(10);
  }
  return { facts: out, df, userNames, otherNames, animals, nameRelations };
}

const CHILD_KEYS = new Set(['children', 'kids', 'children_names', 'kids_names']);
/** Phrases between a word for a relative and a name ("a son called Sam", "married to Jun"). */
const NAMING_WORDS = new Set(['called', 'named']);

/** The word for a relative just before the word at `i`, past "called" or "named" ("son Paolo", "a daughter called Ira"). */
export function relativeBefore(words: readonly Word[], i: number): string | undefined {
  const before = NAMING_WORDS.has(words[i - 1]?.low ?? '') ? words[i - 2] : words[i - 1];
  return before && RELATIONS.has(before.low) ? before.low : undefined;
}

/** The relation a name is given just before it: a word for a relative, or "married to" for a spouse. */
function relationBefore(words: readonly Word[], i: number): string | undefined {
  return relativeBefore(words, i) ?? (words[i - 1]?.low === 'to' && words[i - 2]?.low === 'married' ? 'spouse' : undefined);
}
