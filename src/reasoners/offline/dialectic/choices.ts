import type { QToken } from './qtokens.js';

/**
 * Choices between named alternatives ("R or python for the cleaning script?", "tensorflow or torch?",
 * "brand new pram or a good used one?"): the words on both sides of an "or" are what the question asks
 * about. A value that names one of them answers it, also inside a name written in camel case ("torch"
 * in "PyTorch"). One pass over the tokens; each alternative is at most MAX_WORDS words.
 */

const MAX_WORDS = 3;
const ALTERNATIVE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'X', 'NUM', 'VERB']);
const SKIP_AFTER_OR = new Set(['a', 'an', 'the', 'some', 'maybe', 'rather', 'just']);

const isAlternative = (t: QToken | undefined): boolean => t !== undefined && !t.punct && ALTERNATIVE_POS.has(t.pos);

/** The two sides of every "A or B" in the question (token indices, each side at most MAX_WORDS words). */
export function choicesOf(tokens: readonly QToken[]): { left: number[]; right: number[] }[] {
  const out: { left: number[]; right: number[] }[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.low !== 'or') continue;
    const left: number[] = [];
    for (let k = i - 1; k >= 0 && left.length < MAX_WORDS && isAlternative(tokens[k]); k--) left.push(k);
    let r = i + 1;
    while (r < tokens.length && SKIP_AFTER_OR.has(tokens[r]!.low)) r++;
    const right: number[] = [];
    for (let k = r; k < tokens.length && right.length < MAX_WORDS && isAlternative(tokens[k]); k++) right.push(k);
    if (left.length > 0 && right.length > 0) out.push({ left, right });
  }
  return out;
}
