import { editDistance, inLexicon, typingSlip } from '../dialectic/spelling.js';
import type { Token } from '../nlp/wink.js';
import { LEXICONS } from './families.js';
import { TABLES } from './patterns/index.js';

/**
 * Misspelt words of the extraction tables ("i drvie for bolt", "can you alwyas write dates as …", "an access to nursing
 * corse at my local colege"): a word written in lower case that the NLP base's lexicon does not know is read as the one
 * word of the tables' own vocabulary (the literal words their patterns match, with their inflections) one slip of typing
 * away (a letter left out, doubled, swapped or struck beside its key; two letters swapped for a word of four letters),
 * beginning with the same letter, when there is exactly one. Not a word of any of the tables' lexicons (places, jobs,
 * foods …: "leeds" is no "leads"), nor an inflected form of a word the lexicon knows ("bales" is no "bakes"). At most
 * MAX_LOOKUPS unknown words are looked up and MAX_FIXES read again per chunk, which is then tokenised once more: the cost
 * stays linear in the text.
 */

const MAX_FIXES = 4;
/** Unknown words looked up per chunk (found or not): a text full of made-up words costs no more than a few. */
const MAX_LOOKUPS = 16;
const MIN_LETTERS = 4;
const MAX_LETTERS = 24;

/** Words the tables rely on that they reach through lexicons or slots, not literally. */
const EXTRA = 'always never usually college course drive driving said says told';

let byShape: Map<string, string[]> | undefined;

/** The forms of a word a pattern matches with "~" (its plural and verb endings). */
function inflections(w: string): string[] {
  const stem = w.endsWith('e') ? w.slice(0, -1) : w;
  return [w, `${w}s`, `${stem}ing`, `${stem}ed`];
}

function add(out: Set<string>, raw: string): void {
  for (const marked of raw.split('_')) {
    const part = marked.replace(/~$/, '');
    if (part.length < MIN_LETTERS - 1 || !/^[a-z]+$/.test(part)) continue;
    for (const w of marked.endsWith('~') ? inflections(part) : [part]) if (w.length >= MIN_LETTERS) out.add(w);
  }
}

/** The tables' vocabulary, indexed by first letter and length (built once). */
function vocabulary(): Map<string, string[]> {
  if (byShape) return byShape;
  const words = new Set<string>();
  for (const [, entries] of TABLES) {
    for (const spec of entries) {
      for (const token of spec.match.split(' ')) {
        if (token.startsWith('{') || token.startsWith('$') || token.startsWith('.')) continue;
        for (const alt of token.replace(/\?$/, '').split('|')) add(words, alt);
      }
    }
  }
  for (const w of EXTRA.split(' ')) words.add(w);
  byShape = new Map();
  for (const w of words) {
    const key = `${w[0]}${w.length}`;
    const list = byShape.get(key);
    if (list) list.push(w);
    else byShape.set(key, [w]);
  }
  return byShape;
}

/** The one word of the tables' vocabulary a typed word is a slip of, or undefined. */
function nearest(typed: string): string | undefined {
  const vocab = vocabulary();
  let found: string | undefined;
  for (let len = typed.length - 1; len <= typed.length + 1; len++) {
    for (const w of vocab.get(`${typed[0]}${len}`) ?? []) {
      if (editDistance(typed, w, 1) !== 1 || !typingSlip(typed, w)) continue;
      // (four letters: only two letters swapped, or one struck beside its key that does not double its neighbour:
      // "hutt" is a name, no "hurt")
      if (typed.length === MIN_LETTERS && (w.length !== MIN_LETTERS || doublesNeighbour(typed, w))) continue;
      if (found !== undefined && found !== w) return undefined;
      found = w;
    }
  }
  return found;
}

/** Whether the one letter the typed word changes is the same as a letter beside it ("hutt" of "hurt"). */
function doublesNeighbour(typed: string, word: string): boolean {
  let i = 0;
  while (i < typed.length && typed[i] === word[i]) i++;
  return typed[i] === typed[i - 1] || typed[i] === typed[i + 1];
}

/** A word the lexicon knows with an ending added ("bales", "rewilding", "stirred"; "oaky", "peaty": no "okay"). */
function inflectedKnown(word: string): boolean {
  for (const end of ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'y']) {
    if (word.length > end.length + 2 && word.endsWith(end) && inLexicon(word.slice(0, -end.length))) return true;
  }
  return false;
}

/**
 * The chunk with its misspelt table words read right, or undefined when it has none (the sentences are the chunk's,
 * as the NLP base read them).
 */
export function respelt(chunk: string, sentences: readonly (readonly Token[])[]): string | undefined {
  const fixes = new Map<string, string>();
  const looked = new Set<string>();
  for (const sentence of sentences) {
    for (const t of sentence) {
      if (fixes.size >= MAX_FIXES || looked.size >= MAX_LOOKUPS) break;
      if (!t.oov || t.text !== t.low || t.low.length < MIN_LETTERS || t.low.length > MAX_LETTERS || !/^[a-z]+$/.test(t.low) || looked.has(t.low)) continue;
      // (A word of any lexicon is written as meant: "leeds", "trans".)
      if ([...LEXICONS.values()].some((lex) => lex.has(t.low))) continue;
      looked.add(t.low);
      const fix = nearest(t.low);
      if (fix === undefined || fix === t.low || inflectedKnown(t.low)) continue;
      fixes.set(t.low, fix);
    }
  }
  if (fixes.size === 0) return undefined;
  return chunk.replace(/\p{L}+/gu, (w) => fixes.get(w) ?? w);
}
