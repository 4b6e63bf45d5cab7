import type { ExtractInput, ExtractedFact } from '../../../profiles/reasoning.js';
import type { Category } from '../../../profiles/model.js';
import { ANIMAL_KINDS } from '../dialectic/lexicon.js';

/**
 * Withdrawals that name a topic rather than restate a fact: "forget what I said about the gluten
 * thing", "scratch the Leeds bit", "turns out it wasn't gluten after all", "don't save that I'm
 * vegan", "the ADHD thing was wrong". The topic's words are matched against what the profile holds
 * (and what this call drew); every stored value or list item holding one is withdrawn (docs/spec.md §6:
 * a learned fact is removed, a manual one becomes a proposal). Statements of the same call that hold
 * the topic are dropped. Each sentence is read with a handful of anchored patterns and a word split, so
 * the cost is linear in the text. This is the one reader of named withdrawals (it took over the token
 * reader corrections.ts had: "ignore the spaniel stuff", "scrap the gluten thing", at the start of any
 * clause); "delete the python script" names no memory and withdraws nothing.
 */

const LEAD = '^(?:(?:ok|okay|oh|actually|also|and|but|sorry|please|pls|wait|no|nah|hmm|ah|so|oops|yeah|yes|just|ugh|lol|can you|could you)[\\s,]+){0,3}';
/**
 * A withdrawal of memory ("forget …", "scratch the … bit", "never mind …", "don't save …", "ignore what I said about …",
 * "ignore the spaniel stuff", "scrap the gluten thing"); "delete the last paragraph" or "drop the python script" name no memory.
 */
const IMPERATIVE = new RegExp(
  `${LEAD}(?:forget\\s(?:about\\s)?|disregard\\s|scratch\\s|strike\\s|never\\s?mind\\s(?:about\\s)?|(?:do not|don't|dont)\\s(?:remember|save|store|keep|record)\\s|(?:ignore|delete|remove|erase|drop|scrap)\\s(?=what i |(?:the|my|that) (?:[^\\s,.!?;:]+ ){0,3}(?:bit|part|thing|things|stuff|one|comment|info|detail)(?:$|[\\s,.!?;:])))(.{1,160})$`,
);
/** Where a withdrawal may start: a new clause, after a dash or an emoji. */
const PIECE_BREAK = /[;:.!?—–]|\s-\s|\p{Extended_Pictographic}/u;
/** "remove X from my profile", "delete X from your memory". */
const FROM_MEMORY = new RegExp(
  `${LEAD}(?:delete|remove|erase|drop|clear|take)\\s(?:out\\s)?(.{1,120}?)\\sfrom\\s(?:my |your |the )?(?:profile|memory|notes|records)(?:$|[\\s,.!])`,
);
/** Negators before "after all" ("it wasn't X after all", "turns out I'm not X after all"), once contractions are expanded. */
const NEGATORS: ReadonlySet<string> = new Set(['not', "wasn't", 'wasnt', "isn't", 'isnt', "aren't", "weren't"]);
/** "the X thing was wrong", "X was a misdiagnosis": what follows the topic. */
const WRONG: ReadonlySet<string> = new Set(['wrong', 'mistake', 'incorrect', 'misdiagnosis', 'misdiagnosed', 'untrue']);
const THING: ReadonlySet<string> = new Set(['thing', 'bit', 'part', 'stuff']);
const FILLERS: ReadonlySet<string> = new Set(['actually', 'sorry', 'oh', 'so', 'ok', 'okay', 'and', 'but', 'also']);

/** The words of a text in lower case (letters of any script, digits, apostrophes and hyphens). */
export const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w !== '');

/** The topic of "… not X after all" in one clause's words. */
function notAfterAll(words: readonly string[]): string[] | undefined {
  for (let k = 1; k + 1 < words.length; k++) {
    if (words[k] !== 'after' || words[k + 1] !== 'all') continue;
    for (let j = k - 1; j >= 0 && j >= k - 8; j--) if (NEGATORS.has(words[j]!)) return words.slice(j + 1, k);
  }
  return undefined;
}

/** The topic of "I was wrong about X", "the X thing was wrong", "X was a misdiagnosis" in one clause's words. */
function saidWrong(words: readonly string[]): string[] | undefined {
  let k = 0;
  while (k < words.length && k < 3 && FILLERS.has(words[k]!)) k++;
  const rest = words.slice(k);
  if (rest[0] === 'i' && rest[1] === 'was' && rest[2] === 'wrong' && rest[3] === 'about') return rest.slice(4);
  const v = rest.findIndex((w, i) => (w === 'was' || w === 'is') && i > 0 && i <= 10);
  if (v < 0) return undefined;
  const after = rest.slice(v + 1, v + 3);
  const wrong = after.some((w) => WRONG.has(w)) || (after[0] === 'not' && (after[1] === 'right' || after[1] === 'true'));
  if (!wrong) return undefined;
  // A thing said ("the gluten thing", "what I said about gluten") or a diagnosis, never any "X is wrong" ("my code is wrong").
  const said = rest[0] === 'what' && rest[1] === 'i' && (rest[2] === 'said' || rest[2] === 'told');
  if (!said && !THING.has(rest[v - 1]!) && !after.some((w) => w.startsWith('misdiagnos'))) return undefined;
  return rest.slice(0, v);
}

/** Words that carry no topic: "what I said about the … thing", pronouns, fillers. */
const EMPTY: ReadonlySet<string> = new Set(
  (
    "a an the that this these those it its it's what i i'm im me my mine you your said told say mentioned wrote earlier before " +
    'about thing things bit bits part parts stuff one ones whole all everything anything something of on in at to for from ' +
    "with and or but so just really actually also please pls that's there here was were is am are be been being not no " +
    'after earlier previous previously last message note fact detail info information profile memory again like where when how which who ' +
    'that hard easy bad good big small fine true real necessary needed possible expensive cheap difficult simple serious much many very too so'
  ).split(' '),
);

/** Words before "not … anymore" / "no longer …" that make it someone else's change ("my son isn't vegan anymore"). */
const OTHERS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'his',
  'her',
  'their',
  'my',
  'our',
  'your',
  'you',
  'it',
  'its',
  "it's",
  'that',
  'this',
  'there',
]);
/** Light verbs and fillers between "not" and "anymore" that name no topic ("not into cycling anymore", "no longer doing keto"). */
const LIGHT: ReadonlySet<string> = new Set(
  (
    'into do does doing eat eating drink drinking play playing work working use using have having live living go going take taking ' +
    'get getting a an the any anything much really very as big fan of with doing btw tbh lol now'
  ).split(' '),
);
/** Says a plan is off: "the trip's off", "the wedding got cancelled", "our move fell through". */
const OFF: ReadonlySet<string> = new Set(['off', 'cancelled', 'canceled', 'scrapped', 'postponed', 'shelved']);
/** Verbs that call a plan off ("cancelled the trip", "pulling out of the ironman"), with the particles they take. */
const CALL_OFF: ReadonlySet<string> = new Set(['cancel', 'cancelled', 'canceled', 'cancelling', 'canceling', 'scrapped', 'scrapping']);
/** Verbs that call a plan off only with their particle ("pulled out of the race", "dropped out of the course", "withdrew from the trip"). */
const BACK_OUT: ReadonlySet<string> = new Set([
  'pull',
  'pulled',
  'pulling',
  'drop',
  'dropped',
  'dropping',
  'withdraw',
  'withdrew',
  'withdrawing',
  'withdrawn',
  'back',
  'backed',
  'backing',
]);
const PARTICLES: ReadonlySet<string> = new Set(['out', 'of', 'from']);
/** Conjunctions that open the next clause after a plan called off in words that mean nothing else ("postponed so …"). */
const RUN_ON: ReadonlySet<string> = new Set(['so', 'and', 'but', 'because', 'cos', 'which', 'till', 'until']);
/** What may follow "off" at the end of a clause ("the trip's off now"); anything else is another "off" ("off work", "off her food"). */
const AFTER_OFF: ReadonlySet<string> = new Set(['now', 'again', 'unfortunately', 'sadly', 'lol', 'btw', 'tho', 'though', 'completely', 'entirely']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'my', 'our', 'this', 'that']);

/** The words of a text that may name a topic (no function words, light verbs or fillers). */
export const contentWords = (words: readonly string[]): string[] => words.map(unquote).filter((w) => w.length >= 3 && !EMPTY.has(w) && !LIGHT.has(w));

/** A few content words, or none: the topic of an ending. */
function topicOf(words: readonly string[]): string[] | undefined {
  const topic = contentWords(words);
  return topic.length >= 1 && topic.length <= 3 ? topic : undefined;
}

/**
 * What the user says has ended, in one clause's words: "(I'm) not X anymore", "no longer X" (the
 * user's own, never someone else's: "my son isn't vegan anymore"), "the X is off / got cancelled / fell
 * through", "cancelled the X", "pulling out of the X". Every word of the topic must be in a stored item.
 */
export function endedTopic(words: readonly string[]): Ending | undefined {
  for (let k = 0; k < words.length && k < 40; k++) {
    const w = words[k]!;
    // "Biscuit passed away last week", "my dog died", "we lost Biscuit on Monday": a pet that died.
    const died = w === 'died' || (w === 'passed' && (words[k + 1] === 'away' || words[k + 1] === 'on'));
    if (died || (w === 'lost' && ['we', 'i', 've', 'just'].includes(words[k - 1] ?? ''))) {
      // ("my friend's dog died", "her cat passed away": someone else's.)
      if (words.slice(0, k).some((x) => THEIRS.has(x) || x.endsWith("'s"))) return undefined;
      const span = died
        ? words
            .slice(Math.max(0, k - 4), k)
            .filter((x) => !DEATH_FILLERS.has(x))
            .slice(-2)
        : words.slice(k + 1, k + 4);
      const stop = span.findIndex((x) => DEATH_FILLERS.has(x) || x === 'on' || x === 'last' || x === 'this' || x === 'yesterday');
      const topic = topicOf(died || stop < 0 ? span.filter((x) => !DEATH_FILLERS.has(x)) : span.slice(0, stop).filter((x) => !DEATH_FILLERS.has(x)));
      if (topic) return { topic, plan: false, animal: true };
    }
    // "not X anymore" / "not X any more"
    if (w === 'anymore' || (w === 'more' && words[k - 1] === 'any')) {
      const end = w === 'anymore' ? k : k - 1;
      for (let j = end - 1; j >= 0 && j >= end - 6; j--) {
        if (words[j] !== 'not' && words[j] !== 'never') continue;
        if (words.slice(0, j).some((x) => OTHERS.has(x))) return undefined;
        // ("ah scrap that, I'm not going anymore"): the plan last spoken of.
        if (words.slice(j + 1, end).join(' ') === 'going') return { topic: [], plan: true, last: true };
        const topic = topicOf(words.slice(j + 1, end));
        return topic ? { topic, plan: false } : undefined;
      }
    }
    // "no longer X"
    if (w === 'no' && words[k + 1] === 'longer') {
      if (words.slice(0, k).some((x) => OTHERS.has(x))) return undefined;
      const rest = words.slice(k + 2, k + 8);
      const stop = rest.findIndex((x) => x === 'and' || x === 'but' || x === 'so' || x === 'because');
      const topic = topicOf(stop < 0 ? rest : rest.slice(0, stop));
      return topic ? { topic, plan: false } : undefined;
    }
    // "the X ('s|is|got|has been) off", "the X fell through"
    // ("the wedding's been postponed so I've cancelled the train": a word that can only call a plan off may run on.)
    const last = k + 1 >= words.length || AFTER_OFF.has(words[k + 1]!) || (w !== 'off' && RUN_ON.has(words[k + 1]!));
    const fell = words[k - 1] === 'fell' || words[k - 1] === 'fallen';
    if (last && (OFF.has(w) || (w === 'through' && fell) || (w === 'happening' && words[k - 1] === 'not')) && k >= 2) {
      let j = k - 1;
      while (
        j >= 0 &&
        j >= k - 3 &&
        ['is', "'s", 's', 'was', 'got', 'been', 'has', 'fell', 'fallen', 'not', 'all', 'now', 'officially', 'called'].includes(words[j]!)
      )
        j--;
      // ("update: it's fallen through", "that's off now"): the plan last spoken of.
      if (j >= 0 && SAID_BEFORE.has(words[j]!)) return { topic: [], plan: true, last: true };
      let d = j;
      while (d >= 0 && d >= j - 3 && !DETERMINERS.has(words[d]!)) d--;
      // ("market's been cancelled": the thing may open the sentence without an article.)
      if (d === j || (d < 0 && j > 1)) continue;
      const topic = topicOf(words.slice(d + 1, j + 1));
      if (topic) return { topic, plan: true };
    }
    // "they cancelled and booked someone cheaper", "we've cancelled": a plan called off with nothing named is the last one.
    if (CALL_OFF.has(w) && CALLERS.has(words[k - 1] ?? '') && (k + 1 >= words.length || RUN_ON.has(words[k + 1]!) || words[k + 1] === 'on'))
      return { topic: [], plan: true, last: true };
    // "so no marathon for me": a plan the user will not do.
    if (w === 'no' && words[k + 1] !== 'longer') {
      const forMe = words.findIndex((x, i) => i > k + 1 && i <= k + 4 && x === 'for' && words[i + 1] === 'me');
      const topic = forMe < 0 ? undefined : topicOf(words.slice(k + 1, forMe));
      if (topic) return { topic, plan: true, plansOnly: true };
    }
    // "cancelled the X", "pulling out of the X"
    if (CALL_OFF.has(w) || (BACK_OUT.has(w) && PARTICLES.has(words[k + 1] ?? ''))) {
      let j = k + 1;
      while (j < words.length && j <= k + 3 && PARTICLES.has(words[j]!)) j++;
      if (!DETERMINERS.has(words[j] ?? '')) continue;
      const rest = words.slice(j + 1, j + 4);
      const stop = rest.findIndex((x) => x === 'and' || x === 'but' || x === 'so' || x === 'because' || x === 'for' || x === 'with');
      const topic = topicOf(stop < 0 ? rest : rest.slice(0, stop));
      // ("pulled out of the deputy interview": the step of a selection stands for what it selects for, the deputy job.)
      if (topic && topic.length > 1 && STAGES.has(topic[topic.length - 1]!)) return { topic: topic.slice(0, -1), plan: true };
      if (topic) return { topic, plan: true };
    }
  }
  return undefined;
}

/** What the user says has ended: its topic words, or (`last`) the plan last spoken of, named by a pronoun or by nothing. */
interface Ending {
  readonly topic: string[];
  readonly plan: boolean;
  readonly animal?: boolean;
  readonly last?: boolean;
  /** Only a stored short-lived plan ends ("no marathon for me"), not a diet or an allergy ("no nuts for me"). */
  readonly plansOnly?: boolean;
}
/** Words for a plan just spoken of ("it's off", "that fell through"). */
const SAID_BEFORE: ReadonlySet<string> = new Set(['it', 'that', 'this']);
/** Who may call a plan off with no object ("they cancelled", "we cancelled"). */
const CALLERS: ReadonlySet<string> = new Set(['they', 'we', 'i', 've', 'have', 'has', 'had', 'just']);

/** Steps of a selection ("the deputy interview", "the Aldi application"). */
const STAGES: ReadonlySet<string> = new Set(['interview', 'interviews', 'application', 'applications', 'audition', 'assessment', 'trial']);

const THEIRS = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'your', 'you']);
/** Words around a death that name nothing ("my old dog sadly passed away", "we lost our Biscuit"). */
const DEATH_FILLERS = new Set([
  'my',
  'our',
  'the',
  'old',
  'sadly',
  'finally',
  'just',
  'has',
  'have',
  'had',
  'was',
  's',
  'is',
  'we',
  'i',
  've',
  'beloved',
  'poor',
  'dear',
  'little',
]);

/** A kind of animal named as a topic stands for the stored pets of that kind ("forget the dog stuff" over "cockapoo"). */
const KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['dog', ['dog', 'dogs', 'puppy', 'pup', ...(ANIMAL_KINDS.get('dog') ?? [])]],
  ['cat', ['cat', 'cats', 'kitten', 'kitty', ...(ANIMAL_KINDS.get('cat') ?? [])]],
  ['pet', ['pets']],
]);
const ANIMAL_KEY = /pet|dog|cat|animal/;
const kindOf = (word: string): readonly string[] => KINDS.get(word) ?? KINDS.get(word.replace(/s$/, '')) ?? [];

/** Topic words of a withdrawal, or none when the sentence withdraws nothing. */
export function withdrawnTopics(sentence: string): string[] {
  const low = sentence.toLowerCase().trim();
  // The withdrawal may open any clause ("… he just REALLY wants one 🙄 ignore the spaniel stuff").
  let m: RegExpExecArray | null = null;
  for (const piece of low.split(PIECE_BREAK)) if ((m = IMPERATIVE.exec(piece.trim()) ?? FROM_MEMORY.exec(piece.trim())) !== null) break;
  let span: string[] | undefined;
  if (m) span = wordsOf((m[1] ?? '').split(/[,;:.!?—–]|\s-\s|\s(?:turns out|it was|it is|because|cause|cos|since|as)\s/)[0] ?? '');
  else
    for (const clause of low.split(/[,;:.!?—–]/)) {
      const words = wordsOf(clause);
      span = notAfterAll(words) ?? saidWrong(words);
      if (span) break;
    }
  return (span ?? []).map(unquote).filter((w) => w.length >= 3 && !EMPTY.has(w));
}

function unquote(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && word[a] === "'") a++;
  while (b > a && word[b - 1] === "'") b--;
  return word.slice(a, b);
}

/** The words of a stored item, with each hyphenated word's parts too ("gluten-free" holds "gluten"). */
const itemWords = (value: string): string[] => wordsOf(value).flatMap((w) => (w.includes('-') ? [w, ...w.split('-').filter((p) => p !== '')] : [w]));

const holds = (value: string, topics: readonly string[]): boolean => {
  const words = itemWords(value);
  return topics.some((t) =>
    [t, ...(TOPIC_FORMS.get(t) ?? [])].some((f) => words.includes(f) || words.some((w) => w.length > f.length && w.startsWith(f) && w.length - f.length <= 3)),
  );
};

/** Other words a stored item may use for a plan named as a topic ("forget the wedding stuff" over "getting married next spring"). */
const TOPIC_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['wedding', ['married', 'marry', 'marrying', 'marriage']],
  ['move', ['moving', 'relocating', 'relocation', 'emigrating']],
  ['engagement', ['engaged', 'fiance', 'fiancé', 'fiancee', 'fiancée']],
]);

/**
 * Words that name a kind of fact rather than a value ("forget the meds bit", "scratch the health stuff", "don't save
 * my address"), with the key words of the facts of that kind.
 */
const MEDICATION_KEYS = ['medications', 'medication', 'meds', 'medicines', 'medicine', 'prescriptions', 'prescription'];
const HEALTH_KEYS = ['health', 'conditions', 'condition', 'medical', 'diagnoses', 'diagnosis', ...MEDICATION_KEYS];
const WORK_KEYS = ['role', 'occupation', 'job', 'employer', 'company', 'work'];
const kindsOfFact = (words: readonly string[], keys: readonly string[]): [string, readonly string[]][] => words.map((w) => [w, keys]);
const KINDS_OF_FACT: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...kindsOfFact(['meds', 'medication', 'medications', 'medicine', 'medicines', 'pills', 'tablets', 'prescription', 'prescriptions'], MEDICATION_KEYS),
  ...kindsOfFact(['health', 'medical', 'diagnosis', 'diagnoses', 'condition', 'conditions'], HEALTH_KEYS),
  ...kindsOfFact(['job', 'work', 'career'], WORK_KEYS),
  ...kindsOfFact(['address', 'postcode'], ['address', 'postcode']),
  ...kindsOfFact(['location'], ['location', 'address', 'city', 'home']),
  ...kindsOfFact(['kids', 'children'], ['children', 'kids', 'child']),
  ...kindsOfFact(['religion', 'faith'], ['religion', 'faith', 'beliefs']),
  ...kindsOfFact(['age', 'birthday'], ['age', 'birthday', 'birth']),
  ...kindsOfFact(['diet'], ['diet', 'dietary']),
  ...kindsOfFact(['allergy', 'allergies'], ['allergies', 'allergy']),
]);

/**
 * Words that say a withdrawal is about what is kept ("the meds bit", "don't save my address"), not a change of subject
 * ("never mind about work, how do I bake bread", "forget about my health for now"): only then does a kind of fact count.
 */
const ABOUT_MEMORY: ReadonlySet<string> = new Set([
  'bit',
  'part',
  'thing',
  'stuff',
  'info',
  'information',
  'detail',
  'details',
  'save',
  'saved',
  'store',
  'stored',
  'record',
  'remember',
  'profile',
  'memory',
]);

/** Whether a withdrawn topic names a stored key: one of its words, or (said of what is kept) a kind of fact the key is of. */
const namesKey = (keyWords: readonly string[], topics: readonly string[], kinds: readonly string[] = []): boolean =>
  topics.some((t) => keyWords.includes(t) || keyWords.includes(pluralOf(t))) ||
  kinds.some((t) => (KINDS_OF_FACT.get(t) ?? []).some((k) => keyWords.includes(k)));
/** "allergy" -> "allergies", "pet" -> "pets": a topic named in the singular names a key in the plural. */
const pluralOf = (word: string): string => (/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`);

/** Retractions of the stored items (strings) that `gone` picks: the item of a list, or the whole of a single value. */
export function retractStored(profile: ExtractInput['profile'], gone: (item: string) => boolean, evidence: string): ExtractedFact[] {
  return profile
    .flatMap(itemsOf)
    .filter(({ item }) => gone(item))
    .map(({ fact, item }) => ({
      key: fact.key,
      value: Array.isArray(fact.value) ? item : null,
      category: fact.category,
      bucket: 'static' as const,
      confidence: 0.85,
      retract: true,
      evidence,
    }));
}

/** A stored fact's items that hold a topic, as the retractions the learner applies. */
function retractionsOf(
  key: string,
  value: unknown,
  category: Category,
  topics: readonly string[],
  kinds: readonly string[],
  evidence: string,
): ExtractedFact[] {
  const keyWords = key.toLowerCase().split(/[_\s]+/);
  const base = { key, category, bucket: 'static' as const, confidence: 0.9, retract: true, evidence };
  if (namesKey(keyWords, topics, kinds)) return [{ ...base, value: null }];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && holds(v, topics)).map((v) => ({ ...base, value: v }));
  if (typeof value === 'string' && holds(value, topics)) return [{ ...base, value: null }];
  return [];
}

/**
 * Values that stand or fall together: a diet said in other words ("veggie", "vegetarian"), and what an
 * intolerance or condition brings with it (no gluten means no wheat). Withdrawing one withdraws a
 * stored item that is wholly another of its group.
 */
export const RELATED: readonly (readonly string[])[] = [
  ['vegetarian', 'veggie', 'meat-free', 'meat free', 'no meat', 'lacto-ovo', 'ovo-lacto'],
  ['vegan', 'plant-based', 'plant based', 'no animal products'],
  ['pescatarian', 'pescetarian'],
  ['keto', 'ketogenic', 'strict keto', 'low carb', 'low-carb', 'lchf', 'no carbs'],
  ['gluten', 'gluten-free', 'gluten free', 'gluten intolerant', 'gluten intolerance', 'no gluten', 'wheat', 'barley', 'rye', 'coeliac', 'celiac'],
  ['lactose', 'lactose-free', 'lactose free', 'lactose intolerant', 'lactose intolerance', 'dairy', 'dairy-free', 'dairy free', 'no dairy'],
];
const RELATED_OF = new Map<string, readonly string[]>(RELATED.flatMap((g) => g.map((w) => [w, g] as [string, readonly string[]])));

/** The group of a stored item or a withdrawn topic, when it is wholly one of RELATED (after "strict", "a", "now"). */
export function relatedOf(text: string): readonly string[] | undefined {
  const low = text.toLowerCase().trim();
  return RELATED_OF.get(low) ?? RELATED_OF.get(low.replace(/^(?:a|an|strict|strictly|now|fully|mostly|mild|mildly|severe|severely)\s/, ''));
}

/** Whether an item holds every word of a topic (a word, or a word with a short ending: "trip" holds "trips"). */
export const holdsAll = (value: string, topic: readonly string[]): boolean => {
  const words = itemWords(value);
  return topic.every((t) => words.includes(t) || words.some((w) => w.length > t.length && w.startsWith(t) && w.length - t.length <= 3));
};

/** Whether an item, read with the words of its key, holds a plan's topic ("the Perth move fell through" over `planned_move`: "Perth"). */
const planHeld = (key: string, item: string, topic: readonly string[]): boolean => holdsAll(`${item} ${key.replace(/_/g, ' ')}`, topic);

/** Words for a course of study, any of which names one ("the BIE course", "the BIE diploma"). */
const COURSE_NOUNS: ReadonlySet<string> = new Set([
  'course',
  'diploma',
  'degree',
  'certificate',
  'programme',
  'program',
  'qualification',
  'class',
  'classes',
  'module',
  'modules',
]);

type Stored = ExtractInput['profile'][number];
/** One item of a stored fact (a list's item, or a single value). */
type StoredItem = { fact: Stored; item: string };

/** Keys of plans and events ("upcoming_events", "travel_plans", "planned_move"). */
const PLAN_KEY = /event|plan|trip|travel|move|booking|appointment/;

const isPlan = (f: Stored): boolean => f.bucket === 'dynamic' && PLAN_KEY.test(f.key);

/** The item of the short-lived plan stored last ("it's fallen through"): the last item of the plan fact updated last. */
function lastPlan(profile: ExtractInput['profile']): StoredItem[] {
  const fact = profile.filter(isPlan).reduce<Stored | undefined>((a, f) => (a === undefined || f.updated_at > a.updated_at ? f : a), undefined);
  return fact === undefined ? [] : itemsOf(fact).slice(-1);
}

/** Plans a trip may be stored as, when "the trip's off" names no stored item. */
const TRAVEL_NOUNS: ReadonlySet<string> = new Set(['trip', 'holiday', 'vacation', 'travel', 'travels', 'journey', 'getaway', 'visit', 'flight', 'tour']);
const TRAVEL_WORDS: ReadonlySet<string> = new Set([...TRAVEL_NOUNS, 'going', 'flying', 'fly', 'heading', 'travelling', 'traveling', 'visiting', 'off']);
const TRAVEL_KEY = /travel|trip|holiday|vacation|flight/;

/** Stored items an ended topic withdraws: those holding all its words (or, its related values); "the trip's off" with no such item, the only stored trip. */
function endedItems(profile: ExtractInput['profile'], ended: Ending): StoredItem[] {
  if (ended.last) return withSiblings(profile, lastPlan(profile));
  if (ended.plansOnly) return endedItems(profile.filter(isPlan), { topic: ended.topic, plan: true });
  const group = ended.topic.length === 1 ? relatedOf(ended.topic[0]!) : undefined;
  const items = profile.flatMap(itemsOf);
  // ("I've withdrawn from the BIE course" over "BIE diploma this year": a course is named by any word for one.)
  const core = ended.topic.filter((t) => !COURSE_NOUNS.has(t));
  const asCourse = (item: string): boolean =>
    core.length > 0 && core.length < ended.topic.length && holdsAll(item, core) && itemWords(item).some((w) => COURSE_NOUNS.has(w));
  const named = items.filter(
    ({ fact, item }) =>
      holdsAll(item, ended.topic) ||
      (ended.plan && planHeld(fact.key, item, ended.topic)) ||
      (group !== undefined && relatedOf(item) === group) ||
      asCourse(item),
  );
  if (named.length > 0 || !ended.plan) return withSiblings(profile, named);
  const trips = ended.topic.some((t) => TRAVEL_NOUNS.has(t))
    ? items.filter(
        ({ fact, item }) =>
          TRAVEL_KEY.test(fact.key) || ((fact.key === 'notes' || fact.bucket === 'dynamic') && wordsOf(item).some((w) => TRAVEL_WORDS.has(w))),
      )
    : [];
  if (trips.length === 1) return withSiblings(profile, trips);
  // ("doing a guest spot in Dublin next week" … "they've cancelled the show"): an event called off by its kind, when the
  // profile holds one plan only (what one message stored), is that plan; a stay alone is no plan ("I'm in Lagos this week").
  if (!ended.topic.some((t) => EVENT_NOUNS.has(t))) return [];
  const stays = profile.filter(isStay);
  const one = stays.length > 0 && stays.every((f) => f.updated_at === stays[0]!.updated_at) && stays.some(isPlan);
  return one ? withSiblings(profile, itemsOf(stays.find(isPlan)!)) : [];
}

/** Kinds of event a plan called off may be named by ("the show's off", "they cancelled the gig"). */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'show',
  'gig',
  'concert',
  'match',
  'game',
  'party',
  'wedding',
  'conference',
  'festival',
  'event',
  'booking',
  'appointment',
  'class',
  'race',
  'spot',
  'shoot',
  'meeting',
]);

/** Short-lived plans and stays ("upcoming_events", "travel_plans", "current_location"). */
const isStay = (f: Stored): boolean => f.bucket === 'dynamic' && (PLAN_KEY.test(f.key) || f.key === 'current_location');
/** A stored fact's items that are strings, each with its fact. */
const itemsOf = (f: Stored): StoredItem[] =>
  (Array.isArray(f.value) ? f.value : [f.value]).filter((v): v is string => typeof v === 'string').map((item) => ({ fact: f, item }));

/**
 * The items withdrawn, with the short-lived plans and stays stored with them by the same message ("doing a guest spot in
 * Dublin next week" stored the event and "travel_plans: Dublin"; "guest spot's off" ends both).
 */
function withSiblings(profile: ExtractInput['profile'], found: StoredItem[]): StoredItem[] {
  const times = new Set(found.filter(({ fact }) => isStay(fact)).map(({ fact }) => fact.updated_at));
  if (times.size === 0) return found;
  const more = profile
    .filter((f) => isStay(f) && times.has(f.updated_at))
    .flatMap(itemsOf)
    .filter((s) => !found.some((f) => f.fact === s.fact && f.item === s.item));
  return [...found, ...more];
}

/**
 * The facts of a call with its topic withdrawals applied: stored values holding a withdrawn topic are
 * retracted, and this call's own statements holding one are dropped. What the user says has ended
 * ("not vegetarian anymore", "the trip's off") withdraws the stored items holding every word of it.
 */
export function withWithdrawals(facts: ExtractedFact[], profile: ExtractInput['profile'], sentences: readonly string[]): ExtractedFact[] {
  const withdrawals = sentences.map((s) => ({ s, topics: withdrawnTopics(s) })).filter((w) => w.topics.length > 0);
  const endings = sentences.flatMap((s) =>
    s
      .toLowerCase()
      .split(/[,;:.!?—–]|\s-\s|\p{Extended_Pictographic}/u)
      .map((clause) => endedTopic(wordsOf(clause.replace(/(\p{L})'s(?=\s|$)/gu, "$1 's"))))
      .filter((e) => e !== undefined)
      .map((e) => ({ s, ...e })),
  );
  if (withdrawals.length === 0 && endings.length === 0) return facts;
  const topics = withdrawals.flatMap((w) => w.topics);
  const kindsNamed = withdrawals.filter((w) => wordsOf(w.s).some((x) => ABOUT_MEMORY.has(x))).flatMap((w) => w.topics);
  const evidence = [...withdrawals, ...endings]
    .map((w) => w.s)
    .join(' ')
    .slice(0, 300);
  const kept = facts.filter((f) => {
    if (f.retract) return true;
    const items = Array.isArray(f.value) ? f.value : [f.value];
    // ("the Melbourne thing fell through": the mention of the plan that ended restates nothing.)
    const ended = (v: string) => endings.some((e) => e.plan && !e.last && !e.plansOnly && planHeld(f.key, v, e.topic));
    return !items.some((v) => typeof v === 'string' && (holds(v, topics) || ended(v))) && !namesKey(f.key.toLowerCase().split(/[_\s]+/), topics, kindsNamed);
  });
  const out = [...kept];
  if (topics.length > 0) for (const stored of profile) out.push(...retractionsOf(stored.key, stored.value, stored.category, topics, kindsNamed, evidence));
  // "forget the dog stuff": the stored pets of that kind ("puppy", "cockapoo"), in a key that lists animals.
  const kinds = topics.flatMap(kindOf);
  if (kinds.length > 0)
    for (const stored of profile.filter((f) => ANIMAL_KEY.test(f.key)))
      for (const item of (Array.isArray(stored.value) ? stored.value : [stored.value]).filter((v): v is string => typeof v === 'string' && holds(v, kinds)))
        if (!out.some((f) => f.retract && f.key === stored.key && (f.value === null || f.value === item)))
          out.push({
            key: stored.key,
            value: Array.isArray(stored.value) ? item : null,
            category: stored.category,
            bucket: 'static',
            confidence: 0.9,
            retract: true,
            evidence,
          });
  // A pet that died is not restated by this call's mention of its name ("Miso died yesterday").
  for (const ended of endings.filter((e) => e.animal))
    for (let i = out.length - 1; i >= 0; i--) {
      const f = out[i]!;
      if (f.retract || !ANIMAL_KEY.test(f.key) || f.key.startsWith('past') || !Array.isArray(f.value)) continue;
      const left = f.value.filter((v) => typeof v !== 'string' || !holdsAll(v, ended.topic));
      if (left.length === f.value.length) continue;
      if (left.length === 0) out.splice(i, 1);
      else out[i] = { ...f, value: left };
    }
  for (const ended of endings)
    for (const { fact, item } of endedItems(profile, ended)) {
      // A pet that died leaves the pets only, and stays as a past pet.
      if (ended.animal) {
        if (!ANIMAL_KEY.test(fact.key) || fact.key.startsWith('past')) continue;
        if (!out.some((f) => !f.retract && f.key === 'past_pets' && (Array.isArray(f.value) ? f.value : [f.value]).includes(item)))
          out.push({ key: 'past_pets', value: [item], category: fact.category, bucket: 'static', confidence: 0.85, evidence });
      }
      const value = Array.isArray(fact.value) ? item : null;
      const done = (f: ExtractedFact) => value === null || f.value === null || (typeof f.value === 'string' && f.value.toLowerCase() === item.toLowerCase());
      if (out.some((f) => f.retract && f.key === fact.key && done(f))) continue;
      out.push({ key: fact.key, value, category: fact.category, bucket: 'static', confidence: 0.85, retract: true, evidence });
    }
  return out;
}
