import type { ExtractInput, ExtractedFact } from '../../../profiles/reasoning.js';
import { contentWords, retractStored, wordsOf } from './withdrawals.js';

/**
 * A stored value the user denies outright: "I'm not coeliac, the test came negative" over "diet: coeliac", "I'm not a
 * teacher" over "role: teacher". The words after "I'm not" (an article aside, up to the end of the clause) must be, word for
 * word, a stored item of the user's; that item is withdrawn (what this call reads of the denial itself stays: "I'm not a
 * developer" may say what to avoid). "I'm not a fan of X" denies nothing stored; "not X anymore" is an ending (withdrawals.ts).
 */

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Words that end the denied span ("I'm not coeliac, the test…", "I'm not vegan but…"). */
const SPAN_ENDS: ReadonlySet<string> = new Set(['but', 'and', 'so', 'just', 'anymore', 'any', 'though', 'tho', 'actually', 'after', 'i', 'im']);

/** The content words a sentence denies of the user, per clause. */
function deniedSpans(sentence: string): string[][] {
  const out: string[][] = [];
  for (const clause of sentence
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[,;:.!?—–()]/)) {
    const words = wordsOf(clause.replace(/\bi'm\b/g, 'i am').replace(/\bim\b/g, 'i am'));
    for (let k = 0; k + 2 < words.length && out.length < 4; k++) {
      if (words[k] !== 'i' || words[k + 1] !== 'am' || words[k + 2] !== 'not') continue;
      let j = k + 3;
      if (ARTICLES.has(words[j] ?? '')) j++;
      const span: string[] = [];
      while (j < words.length && span.length < 4 && !SPAN_ENDS.has(words[j]!)) span.push(words[j++]!);
      if (span.length > 0 && span.length <= 3 && words[j] !== 'anymore') out.push(contentWords(span));
    }
  }
  return out.filter((s) => s.length > 0);
}

const sameWords = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((w) => b.includes(w));

export function withDenials(facts: ExtractedFact[], profile: ExtractInput['profile'], sentences: readonly string[]): ExtractedFact[] {
  const denied = sentences.flatMap(deniedSpans);
  if (denied.length === 0) return facts;
  const isDenied = (item: string): boolean => denied.some((d) => sameWords(contentWords(wordsOf(item.toLowerCase())), d));
  return [...facts, ...retractStored(profile, isDenied, sentences.join(' ').slice(0, 300))];
}
