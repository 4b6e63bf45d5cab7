import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { CONCEPTS } from './concepts/index.js';
import { GENERIC, RELATIONS } from './lexicon.js';
import { splitOn, stem } from './words.js';

/**
 * Misspelt question words ("whos her flour suplier", "her hosptial", "their rhine crusie"): a word that no
 * vocabulary knows is read as the one nearest word of the profile's own vocabulary (its key parts and value
 * words) or of the concept tables' cue words, when there is exactly one within a small edit distance.
 *
 * A word is unknown when it is written in lower case (or opens the question), is made of 4 to 24 letters,
 * is neither a word of the profile nor a cue word of the concept tables, and is out of the vocabulary of the
 * NLP base's English lexicon (so "dessert" is never read as a "desert" the profile holds, and a name stays
 * a name). The distance is the restricted Damerau–Levenshtein one (an adjacent transposition costs 1): at
 * most 1 for a word of 5 to 7 letters, 2 for 8 letters or more; a word of 4 letters only has two letters
 * swapped ("fomr"), as one edit more finds too many words ("refs": reds, reps); shorter words are read only
 * through the table of chat spellings (qtokens.ts). The nearest word begins with the same letter (a letter
 * put before a word makes another word: "gdocs" is no typo of "docs"). Ties leave the word as written.
 *
 * Cost: the cue words are indexed once by first letter and length; the profile's words are gathered once per
 * call, and only when the question has a word that is neither a cue word nor a short one; each unknown word is
 * compared, under a bounded check, with the words of its first letter and its length ±2 (one pass over the
 * profile's words); at most MAX_LOOKUPS words are looked up and MAX_CORRECTIONS corrected per question.
 */

export const MAX_CORRECTIONS = 3;
/** Unknown words looked up per question (found or not). */
const MAX_LOOKUPS = 6;
const MIN_LETTERS = 4;
const MAX_LETTERS = 24;

/** Words a question is made of besides its topic: a misspelt word may be one of them ("wich", "usualy"). */
const QUESTION_WORDS =
  'which what where when whose while with without would could should shall does doing done their there they them these those ' +
  'this that then than about usually usual currently current right now today tonight tomorrow yesterday week weekend month year ' +
  'years ever never always often sometimes still again also please tell know remind remember favourite favorite favourites ' +
  'favorites exactly really actually before after since until during every each other another many much long often';

/** Three rows of the dynamic table, kept between calls (words are at most MAX_LETTERS letters; longer ones are cut). */
const ROWS = [new Int32Array(MAX_LETTERS + 3), new Int32Array(MAX_LETTERS + 3), new Int32Array(MAX_LETTERS + 3)];

/** The bounded restricted Damerau–Levenshtein distance: the distance if it is at most max, else max + 1. */
export function editDistance(a: string, b: string, max: number): number {
  const n = Math.min(a.length, MAX_LETTERS + 2);
  const m = Math.min(b.length, MAX_LETTERS + 2);
  if (Math.abs(n - m) > max) return max + 1;
  // The row before last is kept for transpositions.
  let [prev2, prev, cur] = ROWS as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[m]!, max + 1);
}

/** Keys next to each other on a QWERTY keyboard (along the row and diagonally). */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEAR_KEYS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  KEY_ROWS.flatMap((row, r) =>
    [...row].map((ch, c) => {
      const near = [row[c - 1], row[c + 1], KEY_ROWS[r - 1]?.[c], KEY_ROWS[r - 1]?.[c + 1], KEY_ROWS[r + 1]?.[c - 1], KEY_ROWS[r + 1]?.[c]];
      return [ch, new Set(near.filter((k): k is string => k !== undefined))] as const;
    }),
  ),
);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Two letters a hand or an ear confuses: neighbouring keys, or two vowels ("seperate"). */
function confusable(a: string, b: string): boolean {
  return NEAR_KEYS.get(a)?.has(b) === true || (VOWELS.has(a) && VOWELS.has(b));
}

/**
 * Whether one edit that turns the typed word into the candidate is a slip of typing rather than another word
 * ("marsala" is no "masala", "ceili" no "chili"): a letter left out, two letters swapped, a letter doubled or
 * struck beside its neighbour's key, or a letter replaced by a neighbouring key or another vowel.
 */
export function typingSlip(typed: string, word: string): boolean {
  let i = 0;
  while (i < typed.length && i < word.length && typed[i] === word[i]) i++;
  if (typed.length + 1 === word.length) return true;
  if (typed.length === word.length + 1) {
    const extra = typed[i]!;
    const around = [typed[i - 1], typed[i + 1]].filter((k): k is string => k !== undefined);
    return around.some((k) => k === extra || NEAR_KEYS.get(k)?.has(extra) === true);
  }
  if (typed[i + 1] === word[i] && typed[i] === word[i + 1] && typed.slice(i + 2) === word.slice(i + 2)) return true;
  return i < typed.length && confusable(typed[i]!, word[i]!);
}

/** Whether the typed word is the word with one of its letters doubled ("carreer" of "career", "untill" of "until"). */
function doubledIn(typed: string, word: string): boolean {
  if (typed.length !== word.length + 1) return false;
  for (let i = 1; i < typed.length; i++) if (typed[i] === typed[i - 1] && typed.slice(0, i) + typed.slice(i + 1) === word) return true;
  return false;
}

function isLetters(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w[i]! < 'a' || w[i]! > 'z') return false;
  return true;
}

/** A word and its plural (cue words are written in the singular: "cruise" answers "crusies" too). */
function addWithPlural(out: Set<string>, w: string): void {
  if (w.length < 3 || !isLetters(w)) return;
  out.add(w);
  if (w.endsWith('y') && w.length > 3) out.add(`${w.slice(0, -1)}ies`);
  else if (!w.endsWith('s')) out.add(`${w}s`);
}

let cueWords: ReadonlySet<string> | undefined;

/** The concept tables' cue words (triggers, instances, vague cues and key parts), relation nouns and question words. */
function cues(): ReadonlySet<string> {
  if (cueWords) return cueWords;
  const out = new Set<string>();
  const phrase = (p: string): void => {
    for (const raw of splitOn(p.toLowerCase(), ' _./')) {
      if (raw.includes('<')) continue;
      const colon = raw.indexOf(':');
      const w = (colon >= 0 ? raw.slice(0, colon) : raw).replace('=', '').replace('*', '');
      addWithPlural(out, w);
    }
  };
  for (const c of CONCEPTS) {
    for (const list of [c.triggers, c.instances ?? [], c.weak ?? [], c.keys, c.near ?? []]) for (const p of list) phrase(p);
  }
  for (const w of RELATIONS.keys()) addWithPlural(out, w);
  for (const w of GENERIC) addWithPlural(out, w);
  for (const w of splitOn(QUESTION_WORDS, ' ')) out.add(w);
  cueWords = out;
  return out;
}

let lexicon: { known: (word: string) => boolean } | undefined;
/**
 * Words read by the instance since it was made: each new word met adds a lexeme to it, so after MAX_READ words
 * it is made afresh (about 70 ms) and hostile questions full of made-up words cannot grow it without bound.
 */
let read = 0;
const MAX_READ = 20_000;

/**
 * Whether the NLP base's English lexicon knows the word. It reads the word with its own instance of the
 * model, with no pipeline (created once, on the first unknown word): a word is known when its lexeme comes
 * from the model's lexicon, whose entries are numbered below those of any word met since (the index of a
 * nonsense word read first).
 */
export function inLexicon(word: string): boolean {
  if (++read > MAX_READ) {
    lexicon = undefined;
    read = 1;
  }
  if (!lexicon) {
    const nlp = winkNLP(model, []);
    const id = (w: string): number[] => nlp.readDoc(w).tokens().out(nlp.its.uniqueId) as number[];
    const firstNew = id('qzxqzvqzx')[0] ?? 0;
    lexicon = {
      known: (w) => {
        const ids = id(w);
        return ids.length !== 1 || ids[0]! < firstNew;
      },
    };
  }
  return lexicon.known(word);
}

const ENDINGS = ['s', 'es', 'ing', 'ed', 'y', 'er', 'ers', 'ly'];

/**
 * The words an unknown word may be made from with an ending ("supers" of "super", "prepping" of "prep",
 * "crunchy" of "crunch"): a word so made is a word, not a typo.
 */
function basesOf(low: string): string[] {
  const out: string[] = [];
  for (const end of ENDINGS) {
    if (!low.endsWith(end) || low.length - end.length < 3) continue;
    const base = low.slice(0, -end.length);
    out.push(base);
    if (base[base.length - 1] === base[base.length - 2]) out.push(base.slice(0, -1));
    if (end !== 's' && end !== 'ly') out.push(`${base}e`);
  }
  return out;
}

/** Words by first letter and length ("c6"), for the candidates of one unknown word. */
function byStart(words: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of words) {
    const slot = w[0]! + String(w.length);
    const list = out.get(slot);
    if (list) list.push(w);
    else out.set(slot, [w]);
  }
  return out;
}

let cueIndex: Map<string, string[]> | undefined;

/** What a speller needs of the profile: its words as written (lower case) and their stems. */
export interface ProfileWords {
  readonly words: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
}

/** The word to read instead of one of the question's, or undefined; `opening` when it opens a sentence (a capital there is no name). */
export type Speller = (word: string, opening: boolean) => string | undefined;

/**
 * A speller for one call: the profile's words are gathered (by the callback) the first time a word needs
 * them. It answers the word to read instead, or undefined to keep the word as written.
 */
export function spellerFor(profileWords: () => ProfileWords): Speller {
  let profile: ProfileWords | undefined;
  let corrected = 0;
  let looked = 0;
  return (word: string, opening: boolean): string | undefined => {
    if (corrected >= MAX_CORRECTIONS || looked >= MAX_LOOKUPS || word.length < MIN_LETTERS || word.length > MAX_LETTERS) return undefined;
    const low = word.toLowerCase();
    // Only a word written in lower case, or with a capital first letter where a sentence opens: a name stays a name.
    if (!isLetters(low) || (word !== low && !(opening && word.slice(1) === low.slice(1)))) return undefined;
    const table = cues();
    if (table.has(low)) return undefined;
    profile ??= profileWords();
    if (profile.words.has(low) || profile.stems.has(stem(low)) || inLexicon(low) || basesOf(low).some(inLexicon)) return undefined;
    looked++;
    cueIndex ??= byStart(table);
    const max = low.length >= 8 ? 2 : 1;
    // A word of four letters has too many neighbours ("refs": reds, reps, reefs): only two letters swapped ("fomr").
    const swapOnly = low.length < 5;
    const sorted = swapOnly ? [...low].sort().join('') : '';
    let best = max + 1;
    const nearest = new Set<string>();
    const consider = (w: string): void => {
      if (swapOnly && (w.length !== low.length || [...w].sort().join('') !== sorted)) return;
      const d = editDistance(low, w, Math.min(max, best));
      if (d < best) {
        best = d;
        nearest.clear();
      }
      if (d === best && d <= max) nearest.add(w);
    };
    for (let len = low.length - max; len <= low.length + max; len++) for (const w of cueIndex.get(low[0]! + String(len)) ?? []) consider(w);
    // The profile's words in one pass: only those of the same first letter and a near length are compared.
    for (const w of profile.words) if (w[0] === low[0] && Math.abs(w.length - low.length) <= max && w.length >= 3 && isLetters(w)) consider(w);
    // One word, or one word and its plural ("cruise", "cruises"): the shorter is read. Of words as near, the one a
    // doubled letter makes is read ("carreer" is "career", not "carrier"), or a double letter written once ("suport" is
    // "support", not "sport").
    let found = [...nearest].sort((x, y) => x.length - y.length);
    const undoubled = best === 1 ? found.filter((w) => doubledIn(low, w) || doubledIn(w, low)) : [];
    if (undoubled.length > 0 && new Set(undoubled.map(stem)).size === 1) found = undoubled;
    if (found.length === 0 || new Set(found.map(stem)).size !== 1 || (best === 1 && !typingSlip(low, found[0]!))) return undefined;
    corrected++;
    return found[0];
  };
}
