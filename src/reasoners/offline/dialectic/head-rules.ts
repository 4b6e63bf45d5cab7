import { CONCEPTS, conceptId, LEVEL } from './concepts/index.js';
import { aboutPlaces, KEY_TAILS, KEY_WRAPPER_STEMS, keyIsWord, namesTeam, type FactTerms, type Profile } from './facts.js';
import { findConcepts } from './triggers.js';
import type { Aspect, HeadInstance, Question } from './question.js';
import { aspectMatch, KEY_MATES, lexical, MAX_MATCH, RING_WORDS, valueSays } from './score.js';
import { matchText, valueItems } from './values.js';
import { stem, wordsOf, type Word } from './words.js';
import { hasLexicon, namesLexiconMember } from './classes.js';

/**
 * What the question asks for must be in the answer. A fact answers the head ("what star sign",
 * "which town") through its concept when the head names one, else by its words, and:
 *   - a head that names a class with members ("what car", "what sport") is answered less directly only
 *     by a fact whose value names such a member ("drives a ute", not "cycles to work");
 *   - a member named in the head ("which football team") must be in the fact (or its key be about it);
 *   - "favourite X" is answered by a stored favourite of X (or a key named X), not by X in general.
 * A question about one concept only ("where did he study engineering?") needs a fact about that concept.
 */

export const HEAD_MIN = LEVEL.near;
const FAVOURITE = new Set(['favorit', 'favourit']);

function hasMembers(concept: number): boolean {
  return (CONCEPTS[concept]!.instances ?? []).length > 0;
}

/**
 * The word as written, or its plural or singular, in the value ("podcasts" / "podcast"; not "care" for
 * "car"), as the thing itself: not only as the modifier of another noun ("car" in "long car journeys").
 */
function writtenIn(terms: FactTerms, low: string): boolean {
  const forms = low.endsWith('s') ? [low, low.slice(0, -1)] : [low, `${low}s`];
  return forms.some((f) => terms.lows.has(f) && !terms.modifiers.has(f));
}

/** The word (or its plural or singular) is in the value, only as the modifier of the next noun, and not in the key. */
function writtenAsModifier(terms: FactTerms, low: string): boolean {
  const forms = low.endsWith('s') ? [low, low.slice(0, -1)] : [low, `${low}s`];
  return forms.some((f) => terms.modifiers.has(f)) && !writtenIn(terms, low) && !forms.some((f) => terms.key.has(stem(f)));
}

/** Possessives that make the thing asked for the user's own ("her wedding", "his own van"). */
const USER_OWNED: ReadonlySet<string> = new Set(['her', 'his', 'their', 'own']);

/**
 * "when is her own wedding?" beside "on leave until Friday for a mate's wedding": the value writes the thing asked for only
 * as someone else's ("a mate's wedding", "her sister's graduation"), so it does not say when or what the user's own is.
 */
function ownedByAnother(terms: FactTerms, q: Question, low: string): boolean {
  if (!USER_OWNED.has(q.tokens[q.head!.start - 1]?.low ?? '') && !q.tokens.slice(q.head!.start, q.head!.noun).some((t) => t.low === 'own')) return false;
  const forms = low.endsWith('s') ? [low, low.slice(0, -1)] : [low, `${low}s`];
  const words = wordsOf(matchText(terms.fact.value), 60);
  const at = words.flatMap((w, i) => (forms.includes(w.low) ? [i] : []));
  return at.length > 0 && at.every((i) => words[i - 1]?.low.endsWith("'s") === true && !USER_OWNED.has(words[i - 2]?.low ?? ''));
}

/** Kinds of thing asked for that a bare name of a person or a band gives ("who's her favourite singer?"). */
const PERFORMERS: ReadonlySet<string> = new Set(['band', 'group', 'singer', 'vocalist', 'artist', 'author', 'writer', 'novelist']);

/**
 * Head nouns that ask for one named thing of a kind ("which K-pop group", "his favourite enka singer",
 * "which climbing gym"), with the words by which a key or a value speaks of that kind. A fact that
 * speaks of no such thing names at most the class ("K-pop", "enka", "bouldering"), which is no answer.
 */
const KIND_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['band', 'band bands group groups artist artists musician musicians'],
      ['group', 'band bands group groups'],
      ['singer', 'singer singers artist artists musician musicians band vocalist'],
      ['vocalist', 'singer singers artist artists vocalist'],
      ['artist', 'artist artists painter illustrator singer band musician'],
      ['author', 'author authors writer writers book books novelist'],
      ['writer', 'author authors writer writers book books novelist'],
      ['novelist', 'author authors writer writers book books novelist'],
      ['novel', 'book books novel novels author authors'],
      ['book', 'book books novel novels author authors'],
      ['team', 'team teams club clubs side'],
      ['club', 'team teams club clubs'],
      ['side', 'team teams club clubs side'],
      ['gym', 'gym gyms'],
      // ("what camera does he shoot with?" beside "street photography": the pastime names no camera.)
      ['camera', 'camera cameras gear kit body bodies canon nikon sony fujifilm fuji leica olympus pentax panasonic lumix hasselblad ricoh dslr mirrorless'],
      ['course', 'course courses class classes'],
      ['class', 'course courses class classes'],
      ['film', 'film films movie movies'],
      ['movie', 'film films movie movies'],
      ['series', 'show shows series tv'],
      ['podcast', 'podcast podcasts'],
      ['player', 'player players'],
      ['brand', 'brand brands'],
      ['restaurant', 'restaurant restaurants'],
      ['cafe', 'cafe cafes coffee shop'],
      ['church', 'church parish congregation'],
      ['parish', 'church parish congregation'],
      ['mosque', 'mosque'],
      ['temple', 'temple'],
      // Kit of which one is named ("which lens", "what laptop", "what bike"): a value that only names the kind of gear,
      // a condition or a way of getting about ("bike; no car") does not say which.
      ['laptop', 'laptop laptops macbook thinkpad chromebook notebook'],
      ['lens', 'lens lenses'],
      ['bike', 'bike bikes bicycle bicycles'],
      ['version', 'version versions'],
      // ... and a flight, an aid or a climbing wall of which one is asked ("which flight is he on", "which hearing aid").
      ['flight', 'flight flights'],
      ['aid', 'aid aids'],
      ['wall', 'wall walls gym centre'],
    ] as const
  ).map(([noun, words]) => [noun, words.split(' ').map(stem)]),
);

/**
 * Whether the value names the one thing where it speaks of its kind: a name beside the kind word ("Hillsong
 * Church", "St Mary's church", "the Church of England", "church: Grace Chapel"), or a kind of them in the plural
 * ("crime novels"), not one unnamed ("church every Sunday morning" does not say which church; "Pentecostal
 * Christian, church …" has a comma between).
 */
function namedThere(value: readonly Word[], kindWords: readonly string[]): boolean {
  const capital = (w: Word | undefined) => w !== undefined && (w.cap || w.inner === true);
  return value.some((w, i) => {
    if (!kindWords.includes(w.stem)) return false;
    // "crime novels", "true-crime podcasts": a kind of them, in the plural, is what the value says the user likes.
    if (w.low.endsWith('s') && !w.low.endsWith('ss')) return true;
    const before = value[i - 1];
    const after = value[i + 1];
    if (before && w.spaced === true && capital(before)) return true;
    // "a Phonak Audeo hearing aid": a name before the compound the kind word closes.
    const compound = value[i - 2];
    if (before && compound && w.spaced === true && before.spaced === true && !before.cap && capital(compound)) return true;
    if (after && after.spaced === true && (capital(after) || (after.low === 'of' && capital(value[i + 2])))) return true;
    // "Fennel & Rye, a 55-cover neighbourhood restaurant": the kind said of a name just before it, set off by a comma.
    let j = i;
    while (j > 0 && (value[j]!.spaced === true || value[j]!.joined)) j--;
    return j > 0 && j < i && (value[j]!.low === 'a' || value[j]!.low === 'an') && capital(value[j - 1]);
  });
}

/** Asked for a team or a club, the value names one as clubs are named ("Kaizer Chiefs"; "Manchester City", not as a home). */
function clubNamed(terms: FactTerms, noun: string): boolean {
  return (noun === 'team' || noun === 'club' || noun === 'side') && namesTeam(wordsOf(matchText(terms.fact.value)), aboutPlaces(terms.levels));
}

/**
 * Asked for a team of a sport ("which afl side?"), an item of the value that names a club as clubs are named and no
 * other sport ("Geelong Cats supporter" beside "fishing off Cunningham Pier"; not "football (Arsenal fan)" for cricket).
 */
function clubItemOf(terms: FactTerms, noun: string, instances: readonly HeadInstance[]): boolean {
  if (!(noun === 'team' || noun === 'club' || noun === 'side')) return false;
  const places = aboutPlaces(terms.levels);
  const texts = Array.isArray(terms.fact.value) ? valueItems(terms.fact.value) : [matchText(terms.fact.value)];
  const codes = new Set(instances.flatMap((i) => [i.stem, ...(CODES_OF.get(i.stem) ?? [])]));
  return texts.some((text, k) => {
    const words = wordsOf(matchText(text));
    if (!namesTeam(words, places)) return false;
    // ("which footy team?" beside "AFL — Western Bulldogs": the sport the item names is a code of the one asked.)
    return instances.every((i) => terms.items[k]?.named.has(i.concept) !== true) || words.some((w) => codes.has(w.stem));
  });
}

/** Codes of a sport its plain name covers: "footy" is Australian rules or rugby league in Australia, gridiron in the US. */
const CODES_OF: ReadonlyMap<string, readonly string[]> = new Map([[stem('football'), ['afl', 'aflw', 'nrl', 'nrlw', 'nfl', 'cfl', 'gaa', 'soccer'].map(stem)]]);

/** Positions played in a team sport (stems). */
const POSITIONS: ReadonlySet<string> = new Set(
  (
    'goalkeeper goalie keeper defender defence defense striker forward midfielder midfield winger wing fullback back centre center ' +
    'prop hooker lock flanker scrum-half halfback fly-half five-eighth pitcher catcher shortstop baseman outfielder quarterback ' +
    'receiver linebacker guard setter libero spiker wicketkeeper bowler batsman batter opener all-rounder sweeper ruckman rover ' +
    'shooter attack'
  )
    .split(' ')
    .map(stem),
);

/** A fact that names no thing of the kind the head noun asks for cannot answer it. */
function namesKind(terms: FactTerms, q: Question): boolean {
  if (!q.head) return true;
  const noun = q.tokens[q.head.noun]!;
  // ("what position does she play in camogie?" beside "plays camogie for the university club": no position is said.)
  if (noun.lemma === 'position' && q.tokens.some((t) => t.lemma === 'play'))
    // (A key of a role in a team or squad says it: "team_role: entry fragger".)
    return terms.key.has(stem('position')) || (terms.fact.key !== 'role' && terms.key.has(stem('role'))) || [...terms.value].some((w) => POSITIONS.has(w));
  const words = KIND_NOUNS.get(noun.lemma) ?? KIND_NOUNS.get(noun.low);
  if (!words) return true;
  if (words.some((w) => terms.key.has(w))) return true;
  // "who's her favourite singer?" beside favorite_music: "Nathan Carter": a key on what is asked about, whose value is a
  // name and nothing more, names a performer or a writer (a genre, "country music", does not).
  const keyedOnHead = q.aspects.some((a) => a.head && a.concept !== undefined && terms.byKey.has(a.concept));
  if (keyedOnHead && PERFORMERS.has(noun.lemma) && terms.items.some((item) => item.names.size > 0 && item.names.size === item.value.size)) return true;
  // "what's his café called?", "which café is his?": the user's own business is named by the key of an employer.
  const company = conceptId('company');
  if (q.aspects.some((a) => a.head && a.concept === company) && terms.byKey.has(company)) return true;
  // One thing asked for ("which church", singular): the value must name it where it speaks of its kind. Asked in
  // the plural ("what podcasts is she into?"), a kind of them answers ("true-crime podcasts").
  const plural = noun.low !== noun.lemma;
  if (words.some((w) => terms.value.has(w)) && (plural || namedThere(wordsOf(matchText(terms.fact.value)), words))) return true;
  // "which team does he support?" beside "interests: Kaizer Chiefs": a club named as clubs are.
  if (clubNamed(terms, noun.lemma)) return true;
  // "which cricket team?" beside "cricket (Adelaide Strikers)": an item that names the class and a name.
  const instances = q.head.instances.map((i) => i.stem);
  return terms.items.some((item) => instances.some((i) => item.value.has(i)) && [...item.names].some((n) => !instances.includes(n)));
}

/**
 * A key that names the head noun with a qualifier of its own ("gadget_budget", "grocery_budget"), asked
 * about a head the question narrows another way ("budget for the wedding", "her monthly budget"): the
 * qualifier is not in the question, and names no concept the question's qualifiers name.
 */
function qualifiedOtherwise(terms: FactTerms, q: Question): boolean {
  const head = q.head;
  if (!head || head.qualifiers.stems.length === 0) return false;
  const noun = q.tokens[head.noun]!.stem;
  if (!terms.key.has(noun)) return false;
  const own = [...terms.key].filter((k) => k !== noun && !KEY_WRAPPER_STEMS.has(k) && !FAVOURITE.has(k));
  if (own.length === 0) return false;
  const asked = new Set(q.tokens.map((t) => t.stem));
  // (Also when the question writes it short: "tri club" beside triathlon_club.)
  // (... or by a word of the same ring: "trading name" beside business_name.)
  const shared = (k: string) =>
    asked.has(k) || head.qualifiers.stems.some((a) => a.length >= 3 && k.startsWith(a)) || (KEY_MATES.get(k) ?? []).some((m) => asked.has(m));
  // A key that shares a qualifier with the question answers it, unless the question names another variety the fact
  // does not speak of while the key names one of its own ("resting heart rate" beside heart_rate_max_bpm, "half
  // marathon PB" beside running_pb_marathon).
  const keyParts = [...terms.key];
  const unspoken = head.qualifiers.stems.filter(
    (a) =>
      !terms.key.has(a) &&
      !terms.value.has(a) &&
      !keyParts.some((k) => (k.length >= 3 && (a.startsWith(k) || k.startsWith(a))) || (KEY_MATES.get(k) ?? []).includes(a)),
  );
  const others = own.filter((k) => !shared(k) && !KEY_TAILS.has(k));
  if (others.length === 0 || (own.some(shared) && unspoken.length === 0)) return false;
  // "whats her 10k PB" beside running_pb "10 km in 52:40": the value itself speaks of every variety the question names.
  if (head.qualifiers.stems.every((a) => valueSays(terms, a))) return false;
  const named = findConcepts(
    others.map((k) => ({ forms: [k] })),
    'value',
  );
  return !named.some((hit) => hit.concepts.some((c) => head.qualifiers.concepts.has(c.id)));
}

/** A qualifier written in figures ("10" of "her 10k PB"): it names no thing by itself. */
const startsWithDigit = (w: string): boolean => w[0]! >= '0' && w[0]! <= '9';

/** Words before a head that ask for the upper or the lower limit of the thing ("her max budget", "the lowest rating"). */
const UPPER = new Set(['max', 'maximum', 'top', 'highest', 'high', 'most', 'upper'].map(stem));
const LOWER = new Set(['min', 'minimum', 'lowest', 'low', 'least', 'bottom'].map(stem));
/** Words of a value that state a limit: "up to £235,000", "under $400", "EPC C or above", "at least 2 bedrooms". */
const UPPER_SAID = new Set(['max', 'maximum', 'under', 'below', 'most', 'cap', 'capped', 'ceiling', 'upto', 'tops', 'within']);
const LOWER_SAID = new Set(['min', 'minimum', 'least', 'above', 'better', 'over', 'plus', 'upwards']);

/** "her max budget" beside "up to £235,000": a limit asked for is said by a value that states one, in its own words. */
function limitSaid(terms: FactTerms, w: string): boolean {
  if (UPPER.has(w)) return [...UPPER_SAID].some((x) => terms.lows.has(x)) || (terms.lows.has('up') && terms.lows.has('to'));
  if (LOWER.has(w)) return [...LOWER_SAID].some((x) => terms.lows.has(x));
  return false;
}

/** Head nouns that ask for a measure of the thing named before them ("her French level", "his IELTS score"). */
const MEASURE_HEADS = new Set(['level', 'score', 'grade', 'band', 'rank', 'ranking', 'rating', 'pb', 'handicap', 'result', 'mark']);
/** Words that give a level without a number: "French (intermediate)", "Spanish, conversational". */
const LEVEL_WORDS: ReadonlySet<string> = new Set(
  'native fluent bilingual beginner beginners intermediate advanced conversational basic proficient elementary rusty'.split(' ').map(stem),
);

/**
 * "what's her French level?", "wat was his ielts score", "what licence level is she at?": a measure head is answered by
 * a fact on every thing the question names before it (by key or value) whose part on that thing gives a measure — a
 * number, a level code ("B1", "G1") or a level word ("conversational"). "What's his shogi rank?" beside interests that
 * only name shogi gets no such answer.
 */
function measuredThere(profile: Profile, terms: FactTerms, q: Question): boolean {
  const head = q.head;
  if (!head || head.favourite || head.predicate) return false;
  const noun = q.tokens[head.noun]!;
  if (!MEASURE_HEADS.has(noun.lemma) && !MEASURE_HEADS.has(noun.low)) return false;
  const qualifiers = head.qualifiers.stems;
  if (qualifiers.length === 0 && head.modifierAspects.length === 0) return false;
  // "her 5k PB": a number alone ("5" of "about 6.5 hours") names no thing; the fact must then name the measure itself.
  const numeric = qualifiers.every(startsWithDigit);
  if (numeric && head.modifierAspects.length === 0 && !terms.key.has(noun.stem) && !terms.value.has(noun.stem)) return false;
  // Each word before the head through one of the concepts it names ("licence": of driving or of a profession).
  const byWord = new Map<string, boolean>();
  for (const a of head.modifierAspects) {
    const word = (a.cues ?? a.words).join(' ');
    byWord.set(word, byWord.get(word) === true || aspectMatch(profile, terms, a) > 0);
  }
  if ([...byWord.values()].some((found) => !found)) return false;
  // Each thing named by its words, or by the concepts they name ("licence" beside licence_status).
  if (head.modifierAspects.length === 0 && !qualifiers.every((w) => lexical(profile, terms, [w]) > 0 || limitSaid(terms, w))) return false;
  // The items that name the thing measured; all of them when the key names it ("licence_status: Ontario G1").
  const naming = terms.items.filter((item) => qualifiers.some((w) => item.value.has(w)));
  const items = naming.length > 0 ? naming : terms.items;
  return items.some((item) => item.kinds.has('number') || [...LEVEL_WORDS].some((w) => item.value.has(w)));
}

/**
 * "when's his next eye check?" beside "diabetic eye screening, 3 June, 10:20am": a question that asks for a date or a time
 * about a thing it names by its qualifiers is answered by an item that writes every one of them and gives that kind of
 * answer, whatever word it uses for the thing ("screening" for "check").
 */
function kindOfQualified(terms: FactTerms, q: Question): boolean {
  const head = q.head;
  if (!head || (q.kind !== 'date' && q.kind !== 'clock') || head.favourite || head.predicate) return false;
  // (Words, not numbers: "5" of "her 5k PB" is in "about 6.5 hours".)
  const qualifiers = head.qualifiers.stems.filter((w) => !startsWithDigit(w));
  if (qualifiers.length === 0) return false;
  return terms.items.some((item) => qualifiers.every((w) => item.value.has(w)) && item.kinds.has(q.kind!));
}

const GOALS = conceptId('goals');
/** Verbs of a thing to be got ("earn the VTS", "get NAATI certified", "pass the CPA"). */
const OBTAINING: ReadonlySet<string> = new Set(['get', 'earn', 'gain', 'pass', 'achieve', 'complete', 'finish', 'obtain', 'sit', 'qualify']);
/** Cue words of a thing pursued, as written or stemmed ("working toward(s)", "aiming for", "hoping"), not a noun of plans. */
const PURSUING: ReadonlySet<string> = new Set(['toward', 'towards', 'aim', 'aiming', 'hope', 'hoping', 'after'].flatMap((w) => [w, stem(w)]));
/**
 * "what qualification is she working toward?" beside goals "earn the VTS in emergency and critical care": asked what the
 * user is after (the goals named beside the head, not as it), a goal of getting something says which one.
 */
function goalToGet(terms: FactTerms, q: Question): boolean {
  return (
    terms.byKey.has(GOALS) &&
    q.aspects.some((a) => a.concept === GOALS && !a.head && a.topic === true && a.weight >= 1 && (a.cues ?? []).some((c) => PURSUING.has(c))) &&
    [...terms.lows].some((w) => OBTAINING.has(w))
  );
}
const TENURE = conceptId('tenure');
/** Whether a modifier of the question's head is an adjective ("local" of "local languages"). */
function adjectiveBefore(q: Question, w: string): boolean {
  const head = q.head;
  return head !== undefined && q.tokens.slice(head.start, head.noun).some((t) => t.stem === w && t.pos === 'ADJ');
}
/** Classes whose members are known by their names (software, languages, employers). */
const NAMED_CLASSES: readonly number[] = ['tools', 'language', 'company'].map(conceptId);
/** The weight of a verb in a question (see WORD_WEIGHT in question.ts): the least a thing done is named with. */
const DONE_WEIGHT = 0.7;
const DURATION_WORDS: ReadonlySet<string> = new Set(['year', 'years', 'yrs', 'month', 'months', 'since', 'decade', 'decades'].map(stem));

/**
 * "how long has he been playing guitar?" beside "electric guitar (12 years)": how long the user has done a thing named in
 * the question is given by a fact on that thing that says a duration (a number and years or months, or "since").
 */
function howLongThere(profile: Profile, terms: FactTerms, head: Aspect, q: Question): boolean {
  if (head.concept !== TENURE || !terms.kinds.has('number')) return false;
  if (![...DURATION_WORDS].some((w) => terms.value.has(w))) return false;
  // ("how long has mari been tattooing?" beside "11 years tattooing": the thing done may be the verb itself.)
  return q.aspects.some((a) => !a.head && a.weight >= DONE_WEIGHT && aspectMatch(profile, terms, a) >= LEVEL.value);
}

/** Words that say which of a person's own names is asked ("her full name", "his middle name"). */
const PERSONAL_NAME_WORDS: ReadonlySet<string> = new Set(
  'full first last given family real legal middle maiden birth christian sur nick pet preferred proper official whole'.split(' ').map(stem),
);
const NAME = stem('name');

/**
 * "what trading name goes on the invoice?", "what's her boat's name?": a name qualified by a thing (trading, business,
 * band) or of a thing of hers is that thing's name; the user's own name (a key of the name alone, or of a personal name) does not answer it.
 */
function nameOfAnotherThing(terms: FactTerms, q: Question): boolean {
  const head = q.head;
  if (!head || q.tokens[head.noun]!.stem !== NAME) return false;
  // "what's her boat's name?": the name of a thing of hers.
  const owner = q.tokens[head.start - 1]?.low === "'s" ? q.tokens[head.start - 2] : undefined;
  const ofThing = owner !== undefined && owner.pos === 'NOUN';
  if (!ofThing && (head.qualifiers.stems.length === 0 || head.qualifiers.stems.every((w) => PERSONAL_NAME_WORDS.has(w)))) return false;
  const own = [...terms.key].filter((k) => k !== NAME && !KEY_WRAPPER_STEMS.has(k));
  return terms.key.has(NAME) && own.every((k) => PERSONAL_NAME_WORDS.has(k));
}

export function headMatch(profile: Profile, terms: FactTerms, head: Aspect, q: Question): number {
  const m = headLevel(profile, terms, head, q);
  return namesKind(terms, q) ? m : Math.min(m, LEVEL.related);
}

function headLevel(profile: Profile, terms: FactTerms, head: Aspect, q: Question): number {
  const instances = q.head?.instances ?? [];
  // "which phone does she use?" beside "dislikes: phone calls": the head word written in the value only as the
  // modifier of another noun names that other thing; the value answers the head at most as related.
  const literal = q.head?.literal;
  // (Only when the question itself writes the word as a head noun: "is she a fashion model?" names the same compound.)
  const modifierOnly = literal !== undefined && q.head!.noun === q.head!.end - 1 && writtenAsModifier(terms, literal);
  // A field of world knowledge as the head ("which board game"): a value that names a member answers it.
  if (head.concept !== undefined && CONCEPTS[head.concept]!.field) return aspectMatch(profile, terms, head) > 0 && !modifierOnly ? LEVEL.near : 0;
  let m = head.concept === undefined ? aspectMatch(profile, terms, head) : (terms.levels.get(head.concept) ?? 0);
  // "what camera does she use?" is not answered by interests that say "photography": a member is needed.
  if (head.concept !== undefined && m < LEVEL.key && hasMembers(head.concept) && !terms.members.has(head.concept)) m = Math.min(m, LEVEL.related);
  // "which blood pressure tablets is she on?" is not answered by "high blood pressure": a medicine is needed.
  const noMember =
    head.concept !== undefined &&
    m < LEVEL.key &&
    hasLexicon(head.concept) &&
    !terms.members.has(head.concept) &&
    !namesLexiconMember(head.concept, terms.lows);
  if (noMember) m = Math.min(m, LEVEL.related);
  // "what's her signature dish?" is not answered by dislikes that mention food critics.
  if (head.concept !== undefined && terms.valueOnly.has(head.concept)) m = Math.min(m, LEVEL.value);
  // "what podcasts is she into?" and the value says "true-crime podcasts": the very word asked for.
  if (literal !== undefined && writtenIn(terms, literal)) m = Math.max(m, LEVEL.near);
  // ... or in the key ("which tri club" beside triathlon_club).
  if (head.noun !== undefined && head.concept !== undefined && terms.keyHeads.has(head.noun)) m = Math.max(m, LEVEL.near);
  // (Or by a word of its ring when the key also writes what the question says of it: "what kitchen gadgets" beside
  // kitchen_equipment; not "which side" beside rugby_team.)
  const mates = head.noun === undefined ? [] : (RING_WORDS.get(head.noun) ?? []);
  const qualified = (q.head?.qualifiers.stems ?? []).some((w) => terms.key.has(w));
  if (head.concept !== undefined && qualified && mates.some((n) => terms.keyHeads.has(n))) m = Math.max(m, LEVEL.near);
  // (Not when the key itself is on the head's concept: "carrier: Heartland Ridge Transport (company driver)" answers
  // "which company does he drive for?" by its key; "company" in the value only says which kind of driver.)
  const keyed = head.concept !== undefined && terms.byKey.has(head.concept);
  if (modifierOnly && m < LEVEL.key && !keyed) m = Math.min(m, LEVEL.related);
  if (literal !== undefined && ownedByAnother(terms, q, literal)) m = Math.min(m, LEVEL.related);
  // "which school is he at?" beside school: a key that is the very noun asked for, whatever concept the table gives it.
  // (Not when the question narrows the noun, in a phrase the table knows or in words the fact does not write: "his water
  // bill" beside bills: "council tax".)
  if (q.head?.literal !== undefined && keyIsWord(terms, q.tokens[q.head.noun]!.stem) && q.head.qualifiers.stems.every((w) => lexical(profile, terms, [w]) > 0))
    m = Math.max(m, LEVEL.near);
  // "whats her overall budget for the wedding?" is not answered by gadget_budget: a key qualified for another thing.
  if (qualifiedOtherwise(terms, q)) m = Math.min(m, LEVEL.related);
  if (nameOfAnotherThing(terms, q)) m = Math.min(m, LEVEL.related);
  // "what's her passport number?" is not answered by a phone number: the fact must be on the passport too.
  const modifierAspects = q.head?.modifierAspects ?? [];
  // (A member of a class the head names an instance of is judged with the instances below: "which rugby team" beside
  // sports_team.)
  const ofInstance = (a: Aspect) => instances.some((i) => i.concept === a.concept && (a.instances ?? []).includes(i.stem));
  if (modifierAspects.some((a) => !ofInstance(a) && aspectMatch(profile, terms, a) === 0)) m = Math.min(m, LEVEL.related);
  // "what's his middle name?": a name without a middle one does not answer it.
  const modifiers = q.head?.modifiers ?? [];
  // ("what local languages" beside languages: "Twi, Ga", "which federal agency" beside company: "TSA": before a class of
  // things known by their names, an adjective says which kind; a key that lists that class names them. Not a noun:
  // "which accounting software" beside tools: "Excel" names a kind the list may lack.)
  const namedKind = head.concept !== undefined && NAMED_CLASSES.includes(head.concept) && terms.byKey.has(head.concept);
  const said = (w: string): boolean => lexical(profile, terms, [w]) > 0 || limitSaid(terms, w) || (namedKind && adjectiveBefore(q, w));
  if (modifiers.length > 0 && !modifiers.every(said)) m = Math.min(m, LEVEL.related);
  if (measuredThere(profile, terms, q)) m = Math.max(m, LEVEL.near);
  if (m < LEVEL.near && howLongThere(profile, terms, head, q)) m = LEVEL.near;
  if (m < LEVEL.near && kindOfQualified(terms, q)) m = LEVEL.near;
  if (m < LEVEL.near && goalToGet(terms, q)) m = LEVEL.near;
  if (instances.length === 0) return m;
  const named = (i: HeadInstance) => terms.value.has(i.stem) || terms.key.has(i.stem);
  // The member of another class named in the head ("blood pressure" of "blood pressure tablets") is not
  // the thing asked for: a value that names it answers only if it is about the head at all, and names a
  // medicine when a medicine is asked for ("tablets" is no device either).
  if (instances.some(named)) return m > 0 && !noMember ? Math.max(m, LEVEL.near) : m;
  if (instances.some((i) => (terms.levels.get(i.concept) ?? 0) >= LEVEL.key)) return m;
  // "which footy team does he barrack for?" beside "favorite_team: Geelong Cats": a fact keyed by the very thing asked
  // that names no member of the instance's class at all (no sport) does not say another one; it answers.
  const ownKey = head.concept !== undefined && terms.byKey.has(head.concept) && (terms.levels.get(head.concept) ?? 0) >= LEVEL.key;
  if (ownKey && instances.every((i) => !terms.named.has(i.concept))) return m;
  // "whos his footy team?" beside "interests: Manchester City": a club named as clubs are, of no sport said.
  if (q.head && clubItemOf(terms, q.tokens[q.head.noun]!.lemma, instances)) return m;
  return Math.min(m, LEVEL.related);
}

/** The words that name a concept as a whole ("food" of food preferences): its name and the words of its noun. */
function conceptWords(id: number): Set<string> {
  const c = CONCEPTS[id]!;
  return new Set([c.name, ...c.noun.split(' ')].map(stem));
}

/**
 * "her favourite dessert" is not answered by favorite_cuisines: when the head names one member of the concept's
 * class ("dessert" of food, not "meal" or "food", which name the topic), a stored favourite of another kind of thing
 * ("cuisine") answers it only when its value names that member, unless its key names the concept as a whole
 * (favorite_foods).
 */
function favouriteOfAnotherKind(t: FactTerms, q: Question, concept: number): boolean {
  const parts = t.fact.key.toLowerCase().split('_');
  const last = parts[parts.length - 1];
  const head = q.head ? q.tokens[q.head.noun] : undefined;
  if (parts.length < 2 || last === undefined || !head || !q.head) return false;
  const keyNoun = stem(last);
  const headNoun = head.stem;
  if (!q.head.instances.some((i) => i.stem === headNoun && i.concept === concept)) return false;
  if (FAVOURITE.has(keyNoun) || keyNoun === headNoun || t.value.has(headNoun)) return false;
  return !conceptWords(concept).has(keyNoun);
}

export function answersFavourite(t: FactTerms, q: Question): boolean {
  const heads = q.aspects.filter((a) => a.head);
  if (heads.some((a) => a.words.some((w) => t.key.has(w)))) return true;
  const favouriteKey = [...t.key].some((k) => FAVOURITE.has(k));
  return (
    favouriteKey && heads.some((a) => a.concept !== undefined && (t.levels.get(a.concept) ?? 0) >= LEVEL.derived && !favouriteOfAnotherKind(t, q, a.concept))
  );
}

const TIMEZONE = conceptId('timezone');

/** The question names one concept of the profile and no fact answers it. */
export function unansweredTopic(q: Question, best: ReadonlyMap<Aspect, number>): boolean {
  if (q.head) return false; // the head says more precisely what is asked
  // "is a pork roast OK for the dinner party?": world knowledge found the fact it bears on.
  // (Not a field only words said for a purpose name: "is she on any medication for the arthritis?" beside "rheumatoid
  // arthritis" says nothing of medication.)
  const purposeOnly = (a: Aspect) => (a.partners?.length ?? 0) > 0 && a.partners!.every((p) => p.weight < 1);
  if (q.aspects.some((a) => a.fields && a.weight >= 1 && !purposeOnly(a) && (best.get(a) ?? 0) >= LEVEL.key)) return false;
  // "the leaflet needs a check in Malayalam - can he do it?": a member named ("Malayalam") found in a fact on its concept.
  if (q.aspects.some((a) => !a.fields && a.weight >= 1 && (best.get(a) ?? 0) >= MAX_MATCH)) return false;
  // "would he rather pay by card or cash?" beside "pays cash where he can": one of the choices offered found in a fact
  // answers the preference it is asked as.
  if (q.aspects.some((a) => a.alternative === true && (best.get(a) ?? 0) >= LEVEL.value)) return false;
  // "what does Sam teach?" -> "teacher": the question's own verb found its doer.
  if (q.aspects.some((a) => a.doer !== undefined && a.doer !== false && (best.get(a) ?? 0) >= LEVEL.near)) return false;
  // ("what time does she knock off most days?": a clock time asked of the user's day is not a question about their time zone.)
  const topics = q.aspects.filter(
    (a) =>
      a.topic &&
      a.concept !== undefined &&
      a.weight >= 1 &&
      CONCEPTS[a.concept]!.keys.length > 0 &&
      !CONCEPTS[a.concept]!.framing &&
      !(q.kind === 'clock' && a.concept === TIMEZONE),
  );
  return topics.length === 1 && (best.get(topics[0]!) ?? 0) < LEVEL.value;
}
