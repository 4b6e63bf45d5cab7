import type { Token } from '../nlp/wink.js';

/**
 * "it's me who's allergic to bee stings", "I'm the one who actually runs the chip shop": the user put first for contrast
 * ("my bunkmate has hay fever but …") is the subject of what follows; the sentence is read as "I am allergic to bee
 * stings", "I actually runs the chip shop" (the same array when it holds no such cleft). Read once, before the clauses,
 * so the sentence costs no second reading.
 */
export function withoutClefts(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const cleft = cleftAt(tokens, k);
    if (cleft === 0) {
      out?.push(tokens[k]!);
      continue;
    }
    out ??= tokens.slice(0, k);
    const t = tokens[k]!;
    out.push({ ...t, text: 'I', low: 'i', lemma: 'i', pos: 'PRON' });
    const be = tokens[k + cleft];
    if (be && (be.low === "'s" || be.low === 'is')) {
      out.push({ ...be, text: 'am', low: 'am', lemma: 'be', pos: 'AUX' });
      k++;
    }
    k += cleft - 1;
  }
  return out ?? tokens;
}

/** "it's me who", "it is me that", "I'm the one who": the number of words of a cleft that puts the user first, or 0. */
function cleftAt(tokens: readonly Token[], k: number): number {
  const w = (j: number): string => tokens[k + j]?.low ?? '';
  const rel = (j: number): boolean => w(j) === 'who' || w(j) === 'that';
  if (w(0) === 'it' && (w(1) === "'s" || w(1) === 'is' || w(1) === 'was') && w(2) === 'me' && rel(3)) return 4;
  if (w(0) === 'i' && (w(1) === "'m" || w(1) === 'am') && w(2) === 'the' && w(3) === 'one' && rel(4)) return 5;
  return 0;
}
