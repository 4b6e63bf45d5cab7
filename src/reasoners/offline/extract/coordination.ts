import { spanText, type Token } from '../nlp/wink.js';
import type { Candidate } from './clause-facts.js';

/**
 * Coordination: the items listed beside one the tables recognised are of the same kind. "my daily stack
 * is TypeScript, React and Postgres" — with TypeScript a tool, so is Postgres, though no lexicon knows
 * it; "birdwatching; terrible horror films; sea swimming" — with birdwatching an interest, so are the
 * others. A general rule of English, not a rule per sentence: it widens recall wherever a table found
 * one item of a list and stayed silent on the rest.
 *
 * An item counts only when it is a short noun-like phrase standing alone between list separators (a
 * comma, a semicolon, "and", "&"); a verb other than a gerund, a pronoun, a negation or "but" ends
 * the list; quantity words that open an item ("a bit of Rust") are left out of it. Only the keys whose
 * items are things (not statements: causes count, plans do not) are widened. One pass over the
 * sentence per recognised item, at most MAX_ITEMS siblings each: linear.
 */

const KEYS: ReadonlySet<string> = new Set([
  'pets',
  'interests',
  'expertise',
  'skills',
  'tools',
  'language',
  'allergies',
  'dislikes',
  'certifications',
  'values',
  // "short answers pls, bullet points", "Bullet points, no long grammar": ways of writing listed together.
  'communication_style',
]);
const SEPARATORS: ReadonlySet<string> = new Set([',', ';', 'and', '&']);
const ITEM_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X']);
/** Inside an item after its first word: "tidyverse", "mixed models with lme4", "making my own hot sauce". */
const INNER_WORDS: ReadonlySet<string> = new Set(['of', 'with', 'my', 'own', 'the', 'a', 'an', "'s", '-', '/', '+', '#', '.']);
/** Quantity and degree words that may open an item and are not part of it ("a bit of Rust", "some Go", "loads of jazz"). */
const LEAD_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some', 'bit', 'little', 'lot', 'lots', 'loads', 'few', 'of', 'plenty', 'tiny', 'touch']);
const MAX_LEAD = 4;
const MAX_ITEM_TOKENS = 5;
const MAX_ITEMS = 8;
/** Recognised candidates of one sentence looked at: the work per sentence stays linear in its length. */
const MAX_FOUND = 32;
/** A sibling is a little less certain than the item a table recognised. */
const SIBLING_PENALTY = 0.05;

function isItemWord(t: Token, first: boolean): boolean {
  if (t.neg) return false;
  if (ITEM_POS.has(t.pos)) return true;
  // A capitalised word the tagger read as a verb is a name in a list ("TypeScript, React and Postgres").
  if (t.pos === 'VERB' && t.text.length > 1 && t.text[0] !== t.low[0]) return true;
  if (t.pos === 'VERB' && t.low.endsWith('ing') && t.low.length > 4) return true; // "sea swimming", "making ..."
  return !first && INNER_WORDS.has(t.low);
}

/** The tokens of `item` (lower case, one word or several) in the sentence: where they start, or -1. */
function find(sentence: readonly Token[], words: readonly string[]): number {
  if (words.length === 0) return -1;
  outer: for (let i = 0; i + words.length <= sentence.length; i++) {
    for (let k = 0; k < words.length; k++) if (sentence[i + k]!.low !== words[k]) continue outer;
    return i;
  }
  return -1;
}

/** One item from `from` (inclusive) going in `step` direction: its span, or undefined when it is not a clean item. */
function itemAt(sentence: readonly Token[], from: number, step: 1 | -1): { start: number; end: number } | undefined {
  let i = from;
  // "and a bit of Rust": the quantity words before an item on the right are not part of it.
  if (step === 1) {
    let lead = 0;
    while (lead < MAX_LEAD && i + lead < sentence.length && LEAD_WORDS.has(sentence[i + lead]!.low)) lead++;
    if (lead > 0 && i + lead < sentence.length && !SEPARATORS.has(sentence[i + lead]!.low)) i += lead;
  }
  const taken: number[] = [];
  while (i >= 0 && i < sentence.length && !SEPARATORS.has(sentence[i]!.low) && taken.length <= MAX_ITEM_TOKENS) {
    taken.push(i);
    i += step;
  }
  // ("a C1 licence and a CPCS card for the 360 excavator": going right, a short item may end at a preposition, however
  // long what the preposition says.)
  if (step === 1 && taken.length > MAX_ITEM_TOKENS) {
    const stop = taken.findIndex((k, n) => n > 0 && !isItemWord(sentence[k]!, false));
    if (stop > 0 && sentence[taken[stop]!]!.pos === 'ADP') taken.splice(stop);
  }
  if (taken.length === 0 || taken.length > MAX_ITEM_TOKENS) return undefined;
  const start = Math.min(...taken);
  const end = Math.max(...taken) + 1;
  // Going left the item may begin after the list's head ("good with [Excel]"): trim to the words that can be an item.
  let s = start;
  if (step === -1) {
    let k = end - 1;
    while (k >= start && isItemWord(sentence[k]!, false)) k--;
    s = k + 1;
    if (s >= end) return undefined;
    // "Hindi and Marathi at home, english at work": the words after a preposition that follows a noun
    // are where or when the item before them holds, not an item ("home" is no language).
    if (s - 2 >= start && sentence[s - 1]!.pos === 'ADP' && ['NOUN', 'PROPN'].includes(sentence[s - 2]!.pos)) return undefined;
  }
  // Going right the item may end before the rest of the sentence ("Postgres [for work]"): up to the first word that is not.
  let e = end;
  if (step === 1) {
    let k = start;
    while (k < end && isItemWord(sentence[k]!, k === start)) k++;
    e = k;
    if (e === start) return undefined;
    // "leaving them alone": a verb with an object is something done, not a thing listed.
    if (sentence[e - 1]!.pos === 'VERB' && sentence[e]?.pos === 'PRON') return undefined;
  }
  while (s < e && INNER_WORDS.has(sentence[s]!.low)) s++; // "a bit of French" -> no leading article
  if (s >= e || !isItemWord(sentence[s]!, true)) return undefined;
  return { start: s, end: e };
}

const ASIDES = new Set(['actually', 'too', 'now', 'currently']);
/** Words that close a firm statement, not items of its list ("never write fake reviews, full stop"). */
const CLOSERS: ReadonlySet<string> = new Set(['full stop', 'period', 'end of story', 'no exceptions', 'non-negotiable', 'non negotiable']);

function siblingsOf(sentence: readonly Token[], start: number, end: number): string[] {
  const out: string[] = [];
  // Rightwards: ", X", "and X", ", and X"; a list ends after its "and" item or at anything else.
  // ("two cats actually, Mochi and Dango": an aside word before the comma is stepped over.)
  let i = end;
  const verbBefore = sentence.slice(0, start).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // ("two staffies of my own, Bella and Tyson": whose they are, said after the item, is stepped over too.)
  if (sentence[i]?.low === 'of' && (sentence[i + 1]?.low === 'my' || sentence[i + 1]?.low === 'our') && sentence[i + 2]?.low === 'own') i += 3;
  if (ASIDES.has(sentence[i]?.low ?? '') && SEPARATORS.has(sentence[i + 1]?.low ?? '')) i++;
  while (out.length < MAX_ITEMS && i < sentence.length && SEPARATORS.has(sentence[i]!.low)) {
    let lastItem = sentence[i]!.low === 'and' || sentence[i]!.low === '&';
    i++;
    if (sentence[i]?.low === 'and') {
      lastItem = true;
      i++;
    }
    const item = itemAt(sentence, i, 1);
    if (!item) break;
    const text = spanText(sentence.slice(item.start, item.end));
    if (CLOSERS.has(text.toLowerCase().replace(/\.$/, ''))) break;
    // ("i'm allergic to peanuts and Gareth is vegan": after a verb, an item with a verb of its own opens another clause.)
    if (verbBefore && (sentence[item.end]?.pos === 'VERB' || sentence[item.end]?.pos === 'AUX')) break;
    out.push(text);
    const cut = item.end < sentence.length && !SEPARATORS.has(sentence[item.end]!.low);
    i = item.end;
    if (lastItem || cut) break;
  }
  // Leftwards: "X, Y and [found]".
  i = start - 1;
  while (out.length < MAX_ITEMS && i >= 0 && SEPARATORS.has(sentence[i]!.low)) {
    i--;
    const item = itemAt(sentence, i, -1);
    if (!item) break;
    out.push(spanText(sentence.slice(item.start, item.end)));
    const cut = item.start > 0 && !SEPARATORS.has(sentence[item.start - 1]!.low);
    i = item.start - 1;
    if (cut) break;
  }
  return out;
}

/** The siblings of the list items recognised in one sentence, as candidates of the same key. */
export function coordinated(sentence: readonly Token[], all: readonly Candidate[], sentenceText: string, order: number): Candidate[] {
  const out: Candidate[] = [];
  const found = all.slice(0, MAX_FOUND);
  const seen = new Map<string, Set<string>>();
  for (const c of found) {
    if (c.retract || !KEYS.has(c.key)) continue;
    const have = seen.get(c.key) ?? new Set<string>();
    seen.set(c.key, have);
    for (const v of Array.isArray(c.value) ? c.value : [c.value]) have.add(v.toLowerCase());
  }
  for (const c of found) {
    if (c.retract || !KEYS.has(c.key)) continue;
    const have = seen.get(c.key)!;
    for (const v of Array.isArray(c.value) ? c.value : [c.value]) {
      const words = spanWords(v);
      const at = find(sentence, words);
      if (at < 0) continue;
      for (const sibling of siblingsOf(sentence, at, at + words.length)) {
        const low = sibling.toLowerCase();
        if ([...have].some((h) => h.includes(low) || low.includes(h))) continue;
        // A language is a name, written with a capital ("Twi, Ga and English"; not "first language", "Maths first").
        if (c.key === 'language' && !sibling.split(' ').every((w) => /^\p{Lu}/u.test(w))) continue;
        have.add(low);
        out.push({
          ...c,
          value: c.list ? [sibling] : sibling,
          confidence: Math.max(0.5, c.confidence - SIBLING_PENALTY),
          pattern: `${c.pattern}+coordinated`,
          evidence: sentenceText,
          order,
        });
      }
    }
  }
  return out;
}

/** The words of a value as the tokenizer splits them, lower case ("Power BI" -> power, bi). */
function spanWords(value: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of value.toLowerCase()) {
    if (ch === ' ') {
      if (cur !== '') out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur !== '') out.push(cur);
  return out;
}
