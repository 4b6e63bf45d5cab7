import type { ConceptDef } from '../nlp-tables/concepts/index.js';
import type { Fact } from './model.js';

/**
 * Offline relevance of a fact to a query (SPEC §7), for ranking a profile read within a token budget.
 *
 * Pure table lookups and a light tokenizer — no NLP model is loaded and nothing runs off the event loop:
 * 1. Words: the query's content words (lower-cased, light stems, stop words out) found in a fact's key
 *    (weight 1) or value (0.6), each divided by how common the word is among the facts (idf).
 * 2. Concepts: the query's words and phrases name concepts of the offline reasoner's vocabulary
 *    (src/nlp-tables/concepts: "dinner" names food, "meeting" names schedule). A concept points at the
 *    facts that answer it: its keys (weight 2), near keys (1.2), categories (1.6), related keys (0.6),
 *    and facts whose key or value names the concept too (1). A few links the vocabulary does not carry
 *    for reads are added below (ALSO: a meeting needs the person's role and company, a dinner their diet).
 * A score of 0 means "nothing in common"; the ranking then falls back to dynamic, confidence, recency.
 */

const STOP = new Set(
  (
    'a an the and or but if of to in on at by for with from about into over after before as is are was were be been being ' +
    'do does did doing have has had i me my we our us you your he him his she her they them their it its this that these those ' +
    'what which who whom whose when where why how can could would should will shall may might must not no yes so than then too ' +
    'very just also any some all each every more most other such only own same up down out off again further once here there ' +
    'user users person someone something thing things want wants need needs like get make let please help write draft plan tell ' +
    'know give find new good best one two today tomorrow next'
  ).split(' '),
);

/** Light stemming, the same for queries, facts and the vocabulary: plurals and common endings. */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  return w;
}

/** Words of a text, lower-cased (letters, digits, "+" and "#" as in c++ or c#). */
function rawWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((w) => w !== '');
}

/** Words of a text, lower-cased and stemmed. */
export function words(text: string): string[] {
  return rawWords(text).map(stem);
}

interface Hit {
  concept: number;
  weight: number;
  /** A trigger marked for one part of speech ("book:VERB" schedules, "book:NOUN" reads). */
  pos?: 'VERB' | 'NOUN';
}

/** Words after which a query word is taken for a verb ("to book", "please order", "can you plan"). */
const BEFORE_VERB = new Set(['to', 'please', 'you', 'i', 'we', 'and', 'can', 'could', 'should', 'must', 'will', 'would', 'let', 'lets', 'then']);

/** A light part-of-speech guess for tasks: the first word, or one after BEFORE_VERB, is a verb ("Book a table"). */
function verbAt(raw: readonly string[], i: number): boolean {
  return i === 0 || BEFORE_VERB.has(raw[i - 1]!);
}

/** In verb position a word that has a verb sense ("book:VERB") means only that; elsewhere never that. */
function posFits(hit: Hit, all: readonly Hit[], verb: boolean): boolean {
  if (!verb) return hit.pos !== 'VERB';
  return hit.pos === 'VERB' || !all.some((h) => h.pos === 'VERB');
}

/**
 * Words of tasks that name what a fact key holds but that the reasoner's vocabulary does not carry
 * (it is built for questions about a person, not for errands). Word (stemmed) -> keys.
 */
const KEY_HINTS: Readonly<Record<string, readonly string[]>> = {
  boss: ['manager', 'reports_to'],
  manager: ['manager', 'reports_to'],
  approval: ['manager'],
  colleague: ['team'],
  coworker: ['team', 'manager'],
  teammate: ['team'],
  flight: ['home_airport', 'seat_preference', 'upcoming_trip', 'passport_country'],
  fly: ['home_airport', 'seat_preference'],
  plane: ['seat_preference', 'home_airport'],
  hotel: ['hotel_preference'],
  email: ['communication_style'],
  intro: ['preferred_name', 'pronouns'],
  address: ['preferred_name', 'pronouns', 'location'],
  gift: ['gift_ideas', 'birthday'],
  present: ['gift_ideas', 'birthday'],
  size: ['clothing_size'],
  drink: ['coffee', 'tea'],
};

/** Extra links for reads (concept name -> keys that help with it), beyond what the vocabulary says. */
const ALSO: Readonly<Record<string, readonly string[]>> = {
  schedule: ['role', 'company', 'job_title', 'location', 'work_hours', 'communication_style'],
  timezone: ['location', 'work_hours'],
  food: ['diet', 'allergies', 'dietary_restrictions', 'food_allergies'],
  diet: ['allergies', 'food_allergies'],
  travel: ['location', 'home_airport', 'seat_preference', 'passport', 'travel_preferences'],
  work: ['company', 'industry', 'seniority', 'team'],
  communication: ['communication_style', 'response_style', 'tone', 'format'],
};

interface Vocabulary {
  /** Stemmed phrase -> concepts it names (weight 1 trigger, 0.8 instance, 0.3 weak). */
  phrases: Map<string, Hit[]>;
  /** Words that name a concept in one spelling only ("=called": not "call"), unstemmed. */
  exact: Map<string, Hit[]>;
  longest: number;
  defs: readonly ConceptDef[];
  /** Concept -> exact key weights and key prefixes ("favorite_*"). */
  keys: Array<{ exact: Map<string, number>; prefixes: Array<{ prefix: string; weight: number }> }>;
  homes: number[][];
}

let vocabulary: Vocabulary | undefined;
let concepts: readonly ConceptDef[] | undefined;
let loading: Promise<void> | undefined;

/**
 * Load the concept tables (about 65 KB of data modules) on first need rather than at start-up, so
 * that a server that never ranks by query pays nothing. Callers with a query await it before ranking;
 * until it has loaded, relevance uses words only.
 */
export function loadVocabulary(): Promise<void> {
  loading ??= import('../nlp-tables/concepts/index.js').then((m) => {
    concepts = m.CONCEPTS;
    vocabulary = undefined;
    factTerms = new WeakMap();
  });
  return loading;
}

/** How much a semantic field's home concepts count, against the field itself. */
const HOME_WEIGHT = 0.2;

function vocab(): Vocabulary {
  if (vocabulary) return vocabulary;
  const CONCEPTS = concepts ?? [];
  const phrases = new Map<string, Hit[]>();
  const exact = new Map<string, Hit[]>();
  let longest = 1;
  const add = (text: string, concept: number, weight: number): void => {
    if (text.startsWith('<')) return;
    const oneSpelling = text.startsWith('=');
    const pos = /:VERB$/.test(text) ? 'VERB' : /:NOUN$/.test(text) ? 'NOUN' : undefined;
    const clean = text
      .replace(/^=/, '')
      .replace(/:[A-Z]+$/, '')
      .replace(/-/g, ' ');
    const tokens = oneSpelling ? rawWords(clean) : words(clean);
    const phrase = tokens.join(' ');
    if (phrase === '') return;
    const table = oneSpelling && tokens.length === 1 ? exact : phrases;
    longest = Math.max(longest, tokens.length);
    const list = table.get(phrase) ?? [];
    const existing = list.find((h) => h.concept === concept && h.pos === pos);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else list.push(pos ? { concept, weight, pos } : { concept, weight });
    table.set(phrase, list);
  };
  const byName = new Map(CONCEPTS.map((c, i) => [c.name, i]));
  const keys: Vocabulary['keys'] = [];
  CONCEPTS.forEach((c, i) => {
    for (const t of c.triggers) add(t, i, 1);
    for (const t of c.instances ?? []) add(t, i, 0.8);
    for (const t of c.weak ?? []) add(t, i, 0.3);
    const exact = new Map<string, number>();
    const prefixes: Array<{ prefix: string; weight: number }> = [];
    const put = (list: readonly string[] | undefined, weight: number): void => {
      for (const k of list ?? []) {
        if (k.endsWith('*')) prefixes.push({ prefix: k.slice(0, -1), weight });
        else exact.set(k, Math.max(exact.get(k) ?? 0, weight));
      }
    };
    put(ALSO[c.name], 0.8);
    put(c.related, 0.8);
    put(c.near, 1.5);
    put(c.keys, 2.5);
    keys.push({ exact, prefixes });
  });
  const homes = CONCEPTS.map((c) => (c.home ?? []).map((h) => byName.get(h)).filter((h): h is number => h !== undefined));
  const built = { phrases, exact, longest, defs: CONCEPTS, keys, homes };
  if (concepts) vocabulary = built;
  return built;
}

/**
 * Concepts named in a text's words (raw, and stemmed for every phrase up to the longest one). In a
 * query (`question`), a trigger marked VERB or NOUN counts only where the word looks like one.
 */
function conceptsIn(raw: readonly string[], question: boolean): Map<number, number> {
  const includeQuestionOnly = question;
  const v = vocab();
  const tokens = raw.map(stem);
  const found = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    let phrase = '';
    for (let n = 0; n <= v.longest && i + n <= tokens.length; n++) {
      if (n > 0) phrase = n === 1 ? tokens[i]! : `${phrase} ${tokens[i + n - 1]!}`;
      const hits = n === 0 ? v.exact.get(raw[i]!) : v.phrases.get(phrase);
      if (!hits) continue;
      for (const h of hits) {
        if (!includeQuestionOnly && v.defs[h.concept]!.questionOnly) continue;
        if (n <= 1 && !posFits(h, hits, question && verbAt(raw, i))) continue;
        if (h.weight > (found.get(h.concept) ?? 0)) found.set(h.concept, h.weight);
      }
    }
  }
  return found;
}

/** What a fact is about, computed once per (immutable) fact. */
interface FactTerms {
  keyWords: Set<string>;
  valueWords: Set<string>;
  concepts: Map<number, number>;
}

/** Per fact; replaced when the concept tables load (terms computed without them lack concepts). */
let factTerms = new WeakMap<Fact, FactTerms>();

const MAX_VALUE_CHARS = 2000;

function valueText(value: unknown, out: string[], budget: { left: number }): void {
  if (budget.left <= 0 || value === null || value === undefined) return;
  if (typeof value === 'string') {
    const text = value.slice(0, budget.left);
    budget.left -= text.length;
    out.push(text);
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    out.push(String(value));
  } else if (Array.isArray(value)) {
    for (const item of value) valueText(item, out, budget);
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out.push(k);
      valueText(v, out, budget);
    }
  }
}

function termsOf(fact: Fact): FactTerms {
  let terms = factTerms.get(fact);
  if (terms) return terms;
  const keyRaw = rawWords(fact.key.replace(/[_.]/g, ' '));
  const parts: string[] = [];
  valueText(fact.value, parts, { left: MAX_VALUE_CHARS });
  const valueRaw = rawWords(parts.join(' '));
  const concepts = conceptsIn(keyRaw, false);
  for (const [c, w] of conceptsIn(valueRaw, false)) if (w > (concepts.get(c) ?? 0)) concepts.set(c, w);
  terms = { keyWords: new Set(keyRaw.map(stem)), valueWords: new Set(valueRaw.map(stem)), concepts };
  factTerms.set(fact, terms);
  return terms;
}

/** A query prepared for scoring many facts. */
export interface Query {
  words: string[];
  concepts: Map<number, number>;
  /** Keys that KEY_HINTS point at. */
  hinted: Set<string>;
}

export function parseQuery(text: string): Query {
  const raw = rawWords(text.slice(0, 1000));
  const tokens = raw.map(stem);
  const concepts = conceptsIn(raw, true);
  const v = vocab();
  // A semantic field ("gluten", "board games") also asks, a little, about the concepts it bears on.
  for (const [c, w] of [...concepts]) {
    for (const home of v.homes[c] ?? []) if (w * HOME_WEIGHT > (concepts.get(home) ?? 0)) concepts.set(home, w * HOME_WEIGHT);
  }
  const hinted = new Set<string>();
  for (const t of tokens) for (const k of KEY_HINTS[t] ?? []) hinted.add(k);
  // A verb of the task ("Book a table", "to order") says what to do, not what the facts are about.
  const content = tokens.filter((t, i) => !STOP.has(t) && t.length > 1 && !verbAt(raw, i));
  return { words: [...new Set(content)], concepts, hinted };
}

/**
 * Relevance scores of facts to a query (same order as `facts`); 0 = nothing in common.
 * Linear in the number of facts; each fact's words and concepts are computed once and cached.
 */
export function relevanceScores(facts: readonly Fact[], query: Query): Float64Array {
  const scores = new Float64Array(facts.length);
  if (query.words.length === 0 && query.concepts.size === 0 && query.hinted.size === 0) return scores;
  const v = vocab();
  const terms = facts.map(termsOf);
  const idf = new Map<string, number>();
  for (const w of query.words) {
    let df = 0;
    for (const t of terms) if (t.keyWords.has(w) || t.valueWords.has(w)) df++;
    // a word found in most facts says nothing about which to keep
    idf.set(w, df === 0 || (df > 20 && df > facts.length / 2) ? 0 : 1 / (1 + Math.log(df)));
  }
  for (let i = 0; i < facts.length; i++) {
    const fact = facts[i]!;
    const t = terms[i]!;
    let s = query.hinted.has(fact.key) ? 2 : 0;
    for (const w of query.words) {
      const weight = idf.get(w)!;
      if (weight === 0) continue;
      if (t.keyWords.has(w)) s += weight;
      else if (t.valueWords.has(w)) s += 0.6 * weight;
    }
    // Keys and categories that answer a concept add up; facts that merely name a concept in their key
    // or value count once, for the best of them (a note that mentions lunch, Friday and the team is
    // still a note, not the user's diet).
    let mention = 0;
    for (const [c, w] of query.concepts) {
      const def = v.defs[c]!;
      const keys = v.keys[c]!;
      let best = keys.exact.get(fact.key) ?? 0;
      for (const p of keys.prefixes) if (fact.key.startsWith(p.prefix)) best = Math.max(best, p.weight);
      if (def.categories?.includes(fact.category)) best = Math.max(best, 2);
      s += w * best;
      const named = t.concepts.get(c);
      if (named !== undefined && best === 0) mention = Math.max(mention, w * named);
    }
    s += mention;
    scores[i] = s;
  }
  return scores;
}
