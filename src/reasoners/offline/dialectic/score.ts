import { keyIsWord, type FactTerms, type Profile } from './facts.js';
import { CONCEPTS, conceptId, LEVEL } from './concepts/index.js';
import { KEY_WORD_RINGS, RELATION_MENTIONS, RELATIONS, SYNONYMS } from './lexicon.js';
import { camelParts, stem, wordsOf } from './words.js';
import { matchText } from './values.js';
import type { Aspect } from './question.js';

/**
 * How well a fact answers one aspect of a question: the stronger of its concept level and its word
 * overlap (a word in the key counts more than one in the value; a value word shared by many facts
 * counts less), with a small bonus when both agree. A fact's score sums its aspects' weights.
 */

const KEY_WORD = 1;
const VALUE_WORD = 0.8;
const RELATED_WORD = 0.7;
const AGREE_BONUS = 0.2;
/** A match in full: a field the fact bears on, or its concept and its words agreeing. */
export const MAX_MATCH = 1.2;
/** The synonym table on stems, like the words it is matched with. */
export const SYNONYM_STEMS: ReadonlyMap<string, readonly string[]> = new Map([...SYNONYMS].map(([k, v]) => [stem(k), v.map(stem)]));
const FAMILY = conceptId('family');
/** Whether a fact's value writes a word or one of its synonyms ("tassi" in "Tasmania 3–17 November"). */
export function valueSays(terms: FactTerms, w: string): boolean {
  return terms.value.has(w) || (SYNONYM_STEMS.get(w) ?? []).some((syn) => terms.value.has(syn));
}

/** Each key word's ring mates (see KEY_WORD_RINGS), on stems. */
export const KEY_MATES: ReadonlyMap<string, readonly string[]> = new Map(
  KEY_WORD_RINGS.flatMap((ring) => {
    const stems = [...new Set(ring.map(stem))];
    return stems.map((s) => [s, stems.filter((o) => o !== s)] as const);
  }),
);

/** Each key word's ring mates as written ("gadget" -> gear, kit, equipment, gadgets), for the key's own nouns. */
export const RING_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  KEY_WORD_RINGS.flatMap((ring) => ring.map((w) => [w, ring.filter((o) => o !== w)] as const)),
);

/** The concepts some fact of the profile answers by its key, read once per profile. */
const KEYED = new WeakMap<Profile, ReadonlySet<number>>();
function keyedConcepts(profile: Profile): ReadonlySet<number> {
  let keyed = KEYED.get(profile);
  if (!keyed) {
    const found = new Set<number>();
    for (const t of profile.facts) for (const id of t.byKey) if ((t.levels.get(id) ?? 0) >= LEVEL.key) found.add(id);
    KEYED.set(profile, (keyed = found));
  }
  return keyed;
}

function rarity(profile: Profile, stem: string): number {
  const df = profile.df.get(stem) ?? 1;
  return Math.min(1, 1.5 / Math.sqrt(df));
}

/** The strongest word match of one stem in a fact (in its value only, when `keys` is false). */
function wordMatch(profile: Profile, terms: FactTerms, w: string, keys: boolean, doer: boolean | 'only', plain: boolean): number {
  if (doer === 'only') return doerMatch(profile, terms, w);
  if (keys && terms.key.has(w)) return KEY_WORD;
  // Read plainly, a word the value writes only as the modifier of another noun is about that noun.
  if (plain && terms.modifierStems.has(w)) return LEVEL.related * rarity(profile, w);
  if (terms.value.has(w)) return VALUE_WORD * rarity(profile, w);
  for (const syn of SYNONYM_STEMS.get(w) ?? []) {
    if (keys && terms.key.has(syn)) return RELATED_WORD;
    if (terms.value.has(syn)) return RELATED_WORD * rarity(profile, syn);
  }
  if (keys) for (const mate of KEY_MATES.get(w) ?? []) if (terms.key.has(mate)) return RELATED_WORD;
  // "the big migration" -> "migrating": a noun made from a verb, and the verb.
  if (w.length >= 7 && w.endsWith('ion')) {
    const base = w.endsWith('ation') ? w.slice(0, -5) : w.slice(0, -3);
    for (const v of [base, `${base}at`]) if (v.length >= 4 && terms.value.has(v)) return RELATED_WORD * rarity(profile, v);
  }
  return doer ? doerMatch(profile, terms, w) : 0;
}

/** "what does she teach?" -> "teacher", "what does she like to cook?" -> "cooking": the doer or the activity of the verb. */
function doerMatch(profile: Profile, terms: FactTerms, w: string): number {
  if (w.length >= 4) for (const d of [`${w}er`, `${w}or`, `${w}r`]) if (terms.value.has(d)) return RELATED_WORD * rarity(profile, d);
  // (A question's "organising" may reach here in the American spelling the question's speller knows: "organiz".)
  const british = w.endsWith('iz') ? `${w.slice(0, -2)}is` : w;
  for (const g of [`${w}ing`, `${w}${w[w.length - 1] ?? ''}ing`, `${british}ing`]) if (terms.lows.has(g)) return RELATED_WORD * rarity(profile, w);
  return 0;
}

/** The camel-case parts of each fact's value ("torch" of "PyTorch"), read once per fact when a choice asks for them. */
const PARTS = new WeakMap<FactTerms, ReadonlySet<string>>();
function partsOf(terms: FactTerms): ReadonlySet<string> {
  let parts = PARTS.get(terms);
  if (!parts) PARTS.set(terms, (parts = camelParts(matchText(terms.fact.value))));
  return parts;
}

/** "tensorflow or torch?": an alternative named inside a camel-case name of the value ("PyTorch"). */
function partMatch(terms: FactTerms, words: readonly string[]): number {
  const parts = partsOf(terms);
  return parts.size > 0 && words.some((w) => w.length >= 3 && parts.has(w)) ? RELATED_WORD : 0;
}

export function lexical(profile: Profile, terms: FactTerms, words: readonly string[], keys = true, doer: boolean | 'only' = false, plain = false): number {
  let best = 0;
  let count = 0;
  for (const w of words) {
    const m = wordMatch(profile, terms, w, keys, doer, plain);
    if (m > 0) count++;
    best = Math.max(best, m);
  }
  return count > 1 ? Math.min(MAX_MATCH, best + 0.1 * (count - 1)) : best;
}

const WORK = conceptId('work');
const COMPANY = conceptId('company');
/** Words before the name of a workplace in a value on work ("nurse at the Royal Melbourne Hospital"). */
const WORKPLACE_PREPS: ReadonlySet<string> = new Set(['at', 'for', 'with']);
const NAMES_WORKPLACE = new WeakMap<FactTerms, boolean>();

/**
 * "which hospital does she work at?", "where does she work?" beside "occupation: ICU nurse at the Royal Melbourne
 * Hospital": a fact on work whose value names a place of work (a capitalised name after at/for/with, "the" between)
 * answers the company it names.
 */
function namesWorkplace(terms: FactTerms): boolean {
  let named = NAMES_WORKPLACE.get(terms);
  if (named === undefined) {
    const words = wordsOf(matchText(terms.fact.value), 60);
    named = words.some((w, i) => {
      if (!WORKPLACE_PREPS.has(w.low)) return false;
      const next = words[i + 1]?.low === 'the' ? words[i + 2] : words[i + 1];
      return next?.cap === true;
    });
    NAMES_WORKPLACE.set(terms, named);
  }
  return named;
}

/** Asked about a kind of relative ("siblings"), a family fact answers only when it speaks of that kind. */
function speaksOf(terms: FactTerms, cues: readonly string[]): boolean {
  let asked = false;
  for (const cue of cues) {
    const group = RELATIONS.get(cue);
    if (!group) continue;
    asked = true;
    // "grandchildren: Kofi, Abena": the key may be what names the relatives.
    for (const w of RELATION_MENTIONS.get(group) ?? []) if (terms.value.has(stem(w)) || terms.key.has(stem(w))) return true;
  }
  return !asked;
}

/** Home concepts of each field, by id (see ConceptDef.home). */
const HOME_IDS: ReadonlyMap<number, readonly number[]> = new Map(CONCEPTS.flatMap((c, id) => (c.field ? [[id, (c.home ?? []).map(conceptId)] as const] : [])));
const FIELD_HOME = 1.2;
const FIELD_PASSING = 0.8;

/**
 * A field of world knowledge is answered by a value (or key) that names one of its members: best by a
 * fact about what the field bears on (diet for "pork", allergies for "balloons"), less by one that only
 * mentions a member in passing.
 */
function fieldMatch(terms: FactTerms, id: number): number {
  const byKey = Math.min(terms.levels.get(id) ?? 0, LEVEL.key);
  if (!terms.named.has(id)) return byKey;
  const home = byKey >= LEVEL.key || (HOME_IDS.get(id) ?? []).some((h) => (terms.levels.get(h) ?? 0) >= LEVEL.near && !terms.valueOnly.has(h));
  return home ? FIELD_HOME : FIELD_PASSING;
}

/**
 * How well a fact answers one aspect. `plain`: reading the value plainly, a word or a concept it names only
 * as the modifier of another noun ("Punjabi" in "Punjabi folk music", "dog" in "dog grooming van") is at
 * most related; fields of world knowledge keep what their members give ("peanut butter").
 */
export function aspectMatch(profile: Profile, terms: FactTerms, aspect: Aspect, plain = false): number {
  if (aspect.fields) return aspect.fields.reduce((m, id) => Math.max(m, fieldMatch(terms, id)), 0);
  let concept = aspect.concept === undefined ? 0 : (terms.levels.get(aspect.concept) ?? 0);
  // The noun asked for, written in the key itself ("which tri club" -> triathlon_club, "how many hours" -> weekly_training_hours).
  // (Or the key is that very noun, whatever concept the table gives it, when no key answers the concept itself: "which
  // school is he at?" beside school, not "which language would she want the CLI in?" beside languages and programming_languages.)
  const keyedWord =
    aspect.noun !== undefined &&
    aspect.concept !== undefined &&
    aspect.phrased !== true &&
    !keyedConcepts(profile).has(aspect.concept) &&
    keyIsWord(terms, stem(aspect.noun));
  if (aspect.noun !== undefined && (terms.keyHeads.has(aspect.noun) || keyedWord)) concept = Math.max(concept, LEVEL.key);
  // ... or anywhere in a key the table does not know ("which clubs is he a member of?" -> club_memberships), or by a
  // word of its ring ("what kitchen gadgets" -> kitchen_equipment; the head's own rules say whether it answers).
  else if (aspect.noun !== undefined && [aspect.noun, ...(RING_WORDS.get(aspect.noun) ?? [])].some((n) => terms.keyNouns.has(n)))
    concept = Math.max(concept, LEVEL.near);
  if (plain && aspect.concept !== undefined && terms.modifierConcepts.has(aspect.concept)) concept = Math.min(concept, LEVEL.related);
  if (concept > LEVEL.related && aspect.concept === FAMILY && !speaksOf(terms, aspect.cues ?? [])) concept = LEVEL.related;
  if (aspect.concept === COMPANY && concept < LEVEL.near && (terms.levels.get(WORK) ?? 0) >= LEVEL.key && namesWorkplace(terms)) concept = LEVEL.near;
  // "does she play any instruments?": interests answer it only if they name one.
  if (concept === LEVEL.near && aspect.concept !== undefined && CONCEPTS[aspect.concept]!.classOf && !terms.named.has(aspect.concept)) concept = LEVEL.related;
  // A concept's own words say which keys answer it through the concept table, not by spelling
  // ("line of work" is not about work_style); in values they still point at the very fact.
  let words = aspect.words.length > 0 ? lexical(profile, terms, aspect.words, aspect.concept === undefined, aspect.doer ?? false, plain) : 0;
  if (words === 0 && aspect.alternative) words = partMatch(terms, aspect.words);
  // Named only through members ("steak tartare", "pastry class"): a fact that does not name them either
  // answers it only through its key ("diet"), not because it is near the class ("allergies").
  if (
    aspect.concept !== undefined &&
    !aspect.topic &&
    words === 0 &&
    concept < LEVEL.key &&
    !CONCEPTS[aspect.concept]!.loose &&
    !terms.named.has(aspect.concept)
  ) {
    concept = Math.min(concept, LEVEL.related);
  }
  const m = Math.max(concept, words) + (concept > 0 && words > 0 ? AGREE_BONUS : 0);
  return Math.min(MAX_MATCH, m);
}

export function factScore(profile: Profile, terms: FactTerms, aspects: readonly Aspect[], plain = false): number {
  let score = 0;
  for (const a of aspects) {
    let m = aspectMatch(profile, terms, a, plain);
    // A phrase counts once: its fields add only what its concepts ("bread": food) did not already give.
    if (a.partners && a.partners.length > 0) m = Math.max(0, m - a.partners.reduce((p, x) => Math.max(p, aspectMatch(profile, terms, x, plain)), 0));
    score += a.weight * m;
  }
  return score;
}
