/**
 * Token counts of rendered text (SPEC §7), by a documented estimate rather than a tokenizer: the one
 * on npm (@anthropic-ai/tokenizer 0.0.4, 27 MB with its WebAssembly, and for older Claude models only)
 * would cost more to load than most reads take.
 *
 * The estimate counts pieces the way BPE tokenizers split text:
 * - a word (run of Latin letters): 1 token, plus 1 per 12 letters; an all-capitals run (ids) 1 per 2 letters;
 * - a run of other letters (CJK, ...): 1 token per character;
 * - a run of digits: 1 token per 3 digits;
 * - every other visible character (punctuation, quotes, brackets): 1 token;
 * and adds 8%. Measured against @anthropic-ai/tokenizer on get_profile text blocks of 300 to 14,000
 * tokens it comes within a few percent (docs/agent-sized-reads.md); plain character counts (4 a token)
 * undercount such text by a third, because fact ids and times split into many short tokens.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(fractionalTokens(text));
}

const PIECES = /\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu;

/** The same estimate before rounding, additive over lines (for filling a budget line by line). */
export function fractionalTokens(text: string): number {
  let n = 0;
  for (const m of text.matchAll(PIECES)) {
    const piece = m[0];
    const first = piece.charCodeAt(0);
    if (first >= 48 && first <= 57) n += Math.ceil(piece.length / 3);
    else if (piece.length === 1) n += 1;
    else if (/^[A-Z]+$/.test(piece)) n += Math.ceil(piece.length / 2);
    else if (/^[\p{Script=Latin}]+$/u.test(piece)) n += 1 + Math.floor(piece.length / 12);
    else if (/^\p{N}+$/u.test(piece)) n += Math.ceil(piece.length / 3);
    else n += piece.length;
  }
  return n * 1.08;
}
