import { describe, expect, it } from 'vitest';
import { MAX_NEW_WORDS, newWordsKept, sentencesOf } from '../../src/reasoners/offline/nlp/wink.js';

/**
 * The NLP engine keeps every new word it meets in its lexicon. Fed words no dictionary holds, call after call, it is
 * made afresh once it keeps MAX_NEW_WORDS of them, so a long-running server's memory stays bounded; what it reads after
 * that is read as before (out-of-vocabulary words still flagged, known ones not).
 */

/** A made-up word of letters only, different for every n (n written in base 26 with the letters a to z). */
function madeUp(n: number): string {
  let word = '';
  for (let k = n; ; k = Math.floor(k / 26)) {
    word = String.fromCharCode(97 + (k % 26)) + word;
    if (k < 26) break;
  }
  return `zq${word}x`;
}

describe('offline NLP: the words an engine keeps are bounded', () => {
  it('makes the engine afresh past MAX_NEW_WORDS new words, and reads as before after it', () => {
    const batch = 5_000;
    let highest = 0;
    for (let start = 0; start < MAX_NEW_WORDS + 3 * batch; start += batch) {
      const words = Array.from({ length: batch }, (_, i) => madeUp(start + i));
      sentencesOf(words.join(' '));
      const kept = newWordsKept();
      highest = Math.max(highest, kept);
      expect(kept).toBeLessThanOrEqual(MAX_NEW_WORDS + batch);
    }
    // It did keep many (the bound was reached), and then let them go.
    expect(highest).toBeGreaterThan(MAX_NEW_WORDS);
    expect(newWordsKept()).toBeLessThan(MAX_NEW_WORDS);
    const tokens = sentencesOf('we moved to canmore last year').flat();
    expect(tokens.find((t) => t.low === 'canmore')?.oov).toBe(true);
    expect(tokens.find((t) => t.low === 'moved')?.oov).toBe(false);
  }, 60_000);
});
