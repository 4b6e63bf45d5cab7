import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The NLP base of the offline reasoner: wink-nlp with its English light model (sentence boundaries,
 * tokens, universal part-of-speech tags, lemmas, negation scope). This module is imported only by the
 * offline reasoner, which is itself loaded on the first reasoning call, so start-up never pays for it.
 */

export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Lower case. */
  readonly low: string;
  /** Dictionary form, lower case ("moved" -> "move", "kids" -> "kid"). */
  readonly lemma: string;
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, DET, PRON, NUM, CCONJ, SCONJ, PART, PUNCT, SYM, INTJ, X, SPACE. */
  readonly pos: string;
  /** Inside the scope of a negation ("I do not eat [pork]"). */
  readonly neg: boolean;
  /** Preceded by white space (to rebuild the original spelling of a span). */
  readonly space: boolean;
  /** Not in the model's vocabulary (a rare name, a place, a brand or a typo: "canmore", "kilimani"). */
  readonly oov: boolean;
}

let engine: ReturnType<typeof winkNLP> | undefined;
/** The first id the model gives a word outside its vocabulary: ids from here on are out-of-vocabulary words. */
let firstOov = Number.POSITIVE_INFINITY;
/** The highest id the engine has given: every new word it meets stays in its lexicon for the life of the engine. */
let highest = 0;
/**
 * New words the engine may keep before it is made afresh (about 110 bytes each, so about 11 MB): a process fed words
 * no dictionary holds, call after call, would otherwise grow without bound. Making it afresh takes 60-100 ms.
 */
export const MAX_NEW_WORDS = 100_000;

/** How many new words the engine keeps now (for tests and diagnostics). */
export const newWordsKept = (): number => (engine === undefined ? 0 : Math.max(0, highest - firstOov + 1));

function nlp(): ReturnType<typeof winkNLP> {
  if (engine !== undefined && newWordsKept() > MAX_NEW_WORDS) engine = undefined;
  if (engine === undefined) {
    highest = 0;
    engine = winkNLP(model, ['sbd', 'pos', 'negation']);
    // The model numbers its own words first and every new word after them, in the order it meets them:
    // a word no dictionary holds, read first, marks where its vocabulary ends.
    firstOov = (engine.readDoc('qzxqjvkw').tokens().out(engine.its.uniqueId) as unknown as number[])[0] ?? firstOov;
  }
  return engine;
}

/**
 * The tokenizer of the light model splits words at letters outside ASCII ("Gdańsk" -> "Gda", "ń",
 * "sk"). It reads an ASCII shadow of the text instead — each such letter replaced by its base letter
 * (or "x"), one UTF-16 unit for one — so token offsets map back to the original spelling, which is
 * what `text` holds. `low` and `lemma` are of the shadow ("gdansk"), which is also how places are listed.
 *
 * It also keeps a possessive before some marks whole ("they're my husband's, not mine" gives one token
 * "husband's"), and the engine then remembers the whole as a word of its own: every later "my husband's a dentist",
 * in any call, read "husband's" as one unknown name. The shadow puts a space between an "'s" and any mark after it
 * (`from` maps each of its characters back to the text, -1 for one put in), so the same text is always read the same.
 */
function asciiShadow(text: string, plurals: boolean): { shadow: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ch = text[i]!;
    // ("parents' evening", "the farmers' market": the mark of a plural's possessive, which the model reads as a quote.)
    if (plurals && pluralPossessive(text, i)) out += ' ';
    else if (code < 128 || (code >= 0xd800 && code <= 0xdfff) || !/\p{L}/u.test(ch)) out += ch;
    else {
      const base = ch.normalize('NFD').charAt(0);
      out += base.length === 1 && base.charCodeAt(0) < 128 ? base : ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? 'X' : 'x';
    }
    from.push(i);
    if (
      (ch === 's' || ch === 'S') &&
      text[i - 1] === "'" &&
      /\p{L}/u.test(text[i - 2] ?? '') &&
      text[i + 1] !== undefined &&
      !/[\p{L}\p{N}\s]/u.test(text[i + 1]!)
    ) {
      out += ' ';
      from.push(-1);
    }
  }
  return { shadow: out, from };
}

/**
 * An apostrophe after a plural's "s", before a space and a lower-case word ("parents' evening"), with no quotation opened
 * before it on the same line (an apostrophe after a space or at the start), which it would close.
 */
function pluralPossessive(text: string, i: number): boolean {
  if (text[i] !== "'" || text[i - 1] !== 's' || !/\p{L}/u.test(text[i - 2] ?? '') || text[i + 1] !== ' ' || !/[a-z]/.test(text[i + 2] ?? '')) return false;
  for (let k = i - 1; k >= 0 && i - k < 400 && text[k] !== '\n'; k--) if (text[k] === "'" && (k === 0 || /\s/.test(text[k - 1]!))) return false;
  return true;
}

/**
 * Sentences of one normalised chunk of text, each as its tokens (white-space tokens dropped). With `plurals`, a plural's
 * possessive mark is read as a space ("parents' evening" -> "parents evening"), for statements; questions keep it, whose
 * reader takes it as the mark of an owner ("his employees' names").
 */
export function sentencesOf(text: string, plurals = false): Token[][] {
  const n = nlp();
  const its = n.its;
  const { shadow, from } = asciiShadow(text, plurals);
  const doc = n.readDoc(shadow);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[]; // the typings omit the lemma addon
  const negs = tokens.out(its.negationFlag) as unknown as boolean[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const ids = tokens.out(its.uniqueId) as unknown as number[];
  for (const id of ids) if (id > highest) highest = id;
  let offset = 0;
  const all: Token[] = values.map((v, i) => {
    const before = (spaces[i] ?? '').length;
    // (White space only the shadow put in is none.)
    let space = false;
    for (let k = offset; k < offset + before; k++) if (from[k] !== -1) space = true;
    offset += before;
    // The original spelling at the same offsets, when the shadow is really there (it always is, unless the model rewrote a token).
    const there = shadow.startsWith(v, offset) && v.length > 0;
    const original = there ? text.slice(from[offset], from[offset + v.length - 1]! + 1) : v;
    if (there) offset += v.length;
    return {
      text: original,
      low: v.toLowerCase(),
      lemma: (lemmas[i] ?? v).toLowerCase(),
      pos: pos[i] ?? 'X',
      neg: Boolean(negs[i]),
      space,
      oov: (ids[i] ?? 0) >= firstOov,
    };
  });
  // "a bus operator with GO Transit": a short word in capitals before a name is part of the name, whatever the tagger
  // made of it ("GO" as a verb, "ON" as a preposition); "I" and a word opening the text are left as they are.
  for (let i = 1; i + 1 < all.length; i++) {
    const t = all[i]!;
    const next = all[i + 1]!;
    if (
      t.pos !== 'PROPN' &&
      t.pos !== 'NOUN' &&
      /^[A-Z]{2,4}$/.test(t.text) &&
      next.pos === 'PROPN' &&
      /^[A-Z]/.test(next.text) &&
      t.text !== next.text.toUpperCase()
    )
      all[i] = { ...t, pos: 'PROPN' };
  }
  // "a .NET dev", "my .env file": a full stop after a space and right before a word starts that word (the model reads it as
  // the end of a sentence). The word takes the stop; its own place is left as white space, and the sentences are rejoined.
  const dotWords = new Set<number>();
  for (let i = 0; i + 1 < all.length; i++) {
    const t = all[i]!;
    const next = all[i + 1]!;
    if (t.text !== '.' || !(t.space || i === 0) || next.space || !/^[a-z]/i.test(next.text)) continue;
    all[i] = { ...next, text: `.${next.text}`, low: `.${next.low}`, lemma: `.${next.lemma}`, pos: next.pos === 'NOUN' ? 'NOUN' : 'PROPN', space: t.space };
    all[i + 1] = { ...next, text: '', low: '', lemma: '', pos: 'SPACE', space: false };
    dotWords.add(i);
  }
  // "C#", "F#", "C++", "Notepad++": a name the model splits at its marks is one word again.
  for (let i = 0; i + 1 < all.length; i++) {
    const t = all[i]!;
    if (!/^[a-z]+$/i.test(t.text)) continue;
    let j = i + 1;
    if (all[j]!.text === '#' && !all[j]!.space && t.text.length <= 2) j++;
    else while (j < i + 3 && all[j]?.text === '+' && !all[j]!.space) j++;
    if (j === i + 1 || (j === i + 2 && all[j - 1]!.text === '+')) continue;
    const marks = all
      .slice(i + 1, j)
      .map((u) => u.text)
      .join('');
    all[i] = { ...t, text: t.text + marks, low: t.low + marks, lemma: t.low + marks, pos: 'PROPN' };
    for (let k = i + 1; k < j; k++) all[k] = { ...all[k]!, text: '', low: '', lemma: '', pos: 'SPACE', space: false };
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const out: Token[][] = [];
  // The start of a sentence cut at a word that begins with a stop, carried into the next.
  let carried: Token[] = [];
  // Whether the last sentence kept was ended by the model (not by a line break).
  let byModel = false;
  for (const [start, end] of spans) {
    // A line break ends a sentence too (lines of a message are packed into one chunk).
    let sentence: Token[] = carried;
    carried = [];
    for (const t of all.slice(start, end + 1)) {
      if (t.pos === 'SPACE') {
        if (t.text.includes('\n') && sentence.length > 0) {
          out.push(sentence);
          sentence = [];
          byModel = false;
        }
        continue;
      }
      sentence.push(t);
    }
    if (sentence.length === 0) continue;
    if (dotWords.has(end)) {
      carried = sentence;
      continue;
    }
    // "sorry, Penrith!! not Parramatta": a lower-case "not" after an exclamation goes on with the same sentence.
    const last = out[out.length - 1];
    if (byModel && last !== undefined && last[last.length - 1]!.text.startsWith('!') && sentence[0]!.text === 'not') last.push(...sentence);
    else out.push(sentence);
    byModel = true;
  }
  if (carried.length > 0) out.push(carried);
  return out;
}

/** A token of emoji only (or the sign a gendered one ends with): "🧗", "♀". */
const EMOJI_ONLY = /^[\p{Extended_Pictographic}\u2640\u2642]+$/u;
export function isEmoji(t: Token): boolean {
  return EMOJI_ONLY.test(t.text);
}

/** Written with a capital first letter ("Leeds", "Uber"). */
export function capitalised(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

/** The original spelling of a run of tokens. */
export function spanText(tokens: readonly Token[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    out += i > 0 && t.space ? ` ${t.text}` : t.text;
  });
  return out;
}
