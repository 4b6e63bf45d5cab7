import type { Token } from '../nlp/wink.js';
import { spanText } from '../nlp/wink.js';
import type { Candidate } from './clause-facts.js';
import { LIST_KEYS } from './families.js';
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
    // A list key keeps its list: the new item is added and the one it corrects withdrawn.
    const list = LIST_KEYS.has(target.key) || Array.isArray(target.value);
    const base = {
      key: target.key,
      category: target.category,
      bucket: 'static' as const,
      confidence: confidenceOf('explicit', { fragment: false, hedged: false }),
      list,
      pattern: 'correction.x-not-y',
      family: 'identity' as const,
      evidence,
      order,
    };
    out.push({ ...base, value: list ? [freshText] : freshText, retract: false });
    if (list) out.push({ ...base, value: [oldText], retract: true });
  }
  return out;
}

/** Verbs that withdraw what follows them ("forget", "scratch"): the sentences worth reading for a withdrawal. */
export const FORGET: ReadonlySet<string> = new Set(['forget', 'ignore', 'disregard', 'scrap', 'scratch', 'delete', 'remove', 'drop']);
const ABOUT = new Set(['what', 'i', 'said', 'told', 'you', 'wrote', 'mentioned', 'about', 'the', 'my', 'that', 'bit', 're', 'regarding']);
const THING = new Set(['thing', 'stuff', 'bit', 'part', 'one', 'comment', 'info', 'detail']);

/**
 * "forget what I said about the gluten thing", "ignore the peanut thing", "scratch the bit about
 * Leeds": the stored values that hold the named words are withdrawn (nothing is learned when no stored
 * value holds them). The words are looked up in what is known; they are never a value themselves.
 */
export function withdrawals(tokens: readonly Token[], knownLists: readonly (readonly Known[])[], evidence: string, order: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!FORGET.has(tokens[i]!.lemma) && !FORGET.has(tokens[i]!.low)) continue;
    let from = i + 1;
    while (from < tokens.length && from - i <= 6 && ABOUT.has(tokens[from]!.low)) from++;
    // "forget it", "ignore that": nothing named.
    if (from === i + 1 && !['about', 'the', 'my'].includes(tokens[from]?.low ?? '')) continue;
    let to = from;
    while (
      to < tokens.length &&
      to - from < 3 &&
      !THING.has(tokens[to]!.low) &&
      tokens[to]!.pos !== 'PUNCT' &&
      tokens[to]!.pos !== 'VERB' &&
      tokens[to]!.pos !== 'AUX' &&
      tokens[to]!.pos !== 'PRON'
    )
      to++;
    if (to === from) continue;
    const words = spanText(tokens.slice(from, to)).toLowerCase().replace(/s$/, '');
    if (words.length < 3) continue;
    for (const list of knownLists)
      for (const k of list)
        for (const item of Array.isArray(k.value) ? k.value : [k.value]) {
          if (typeof item !== 'string' || !item.toLowerCase().includes(words)) continue;
          if (out.some((c) => c.key === k.key && c.value.includes(item))) continue;
          const isList = LIST_KEYS.has(k.key) || Array.isArray(k.value);
          out.push({
            key: k.key,
            value: isList ? [item] : item,
            category: k.category,
            bucket: 'static',
            confidence: confidenceOf('explicit', { fragment: false, hedged: false }),
            retract: true,
            list: isList,
            pattern: 'correction.forget',
            family: 'identity',
            evidence,
            order,
          });
        }
  }
  return out;
}
