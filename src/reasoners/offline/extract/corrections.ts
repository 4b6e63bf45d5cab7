import type { Token } from '../nlp/wink.js';
import { spanText } from '../nlp/wink.js';
import type { Candidate } from './clause-facts.js';
import { confidenceOf } from './scoring.js';

/**
 * Corrections that name what they replace: "Dunedin, not Dundee", "I meant Leeds not Leicester",
 * "not Dundee — Dunedin". When the replaced words are a value the profile (or this call) already
 * holds, the new words take that key. Without such a value nothing is learned (too vague to guess).
 */

export interface Known {
  key: string;
  value: unknown;
  category: Candidate['category'];
}

function nameSpan(tokens: readonly Token[], from: number, dir: 1 | -1): [number, number] | undefined {
  let k = from;
  const ok = (t: Token | undefined) =>
    t !== undefined &&
    t.pos !== 'PUNCT' &&
    t.pos !== 'VERB' &&
    t.pos !== 'AUX' &&
    t.pos !== 'PRON' &&
    !['not', 'no', 'meant', 'sorry', 'i', 'it', 'is', 'was', 'and', 'but', 'oops', 'autocorrect'].includes(t.low);
  while (ok(tokens[k]) && Math.abs(k - from) < 3) k += dir;
  if (k === from) return undefined;
  return dir === 1 ? [from, k] : [k + 1, from + 1];
}

function valueHas(value: unknown, words: string): boolean {
  const w = words.toLowerCase();
  if (typeof value === 'string') return value.toLowerCase().includes(w);
  if (Array.isArray(value)) return value.some((v) => valueHas(v, words));
  return false;
}

export function corrections(tokens: readonly Token[], knownLists: readonly (readonly Known[])[], evidence: string, order: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.low !== 'not') continue;
    const old = nameSpan(tokens, i + 1, 1);
    if (!old) continue;
    // "X, not Y" / "X not Y" — or "not Y, X".
    let before = i - 1;
    if (tokens[before]?.text === ',') before--;
    let fresh = nameSpan(tokens, before, -1);
    if (!fresh) {
      let after = old[1];
      if (tokens[after]?.text === ',' || tokens[after]?.text === '-') after++;
      fresh = nameSpan(tokens, after, 1);
    }
    if (!fresh) continue;
    const oldText = spanText(tokens.slice(old[0], old[1]));
    const freshText = spanText(tokens.slice(fresh[0], fresh[1]));
    let target: Known | undefined;
    for (const list of knownLists) for (const k of list) if (valueHas(k.value, oldText)) target = k;
    if (!target || valueHas(target.value, freshText)) continue;
    out.push({
      key: target.key,
      value: freshText,
      category: target.category,
      bucket: 'static',
      confidence: confidenceOf('explicit', { fragment: false, hedged: false }),
      retract: false,
      list: false,
      pattern: 'correction.x-not-y',
      family: 'identity',
      evidence,
      order,
    });
  }
  return out;
}
