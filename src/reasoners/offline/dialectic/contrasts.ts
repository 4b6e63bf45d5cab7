import type { FactTerms } from './facts.js';
import type { Question } from './question.js';
import { stem } from './words.js';

/**
 * One of a set of kinds named in the question, another named in a fact: "which bank is her personal current account with?"
 * is not answered by "business bank: Starling business account", nor "who does she insure her car with?" by "landlord
 * insurance: Castell Cover". Each set holds kinds of the same thing, and applies only where the question and the fact both
 * speak of that thing (an anchor word, in the key or the value). A question that names two kinds of a set compares them
 * and is left alone. Set lookups on stems only.
 */

interface Contrast {
  readonly kinds: ReadonlySet<string>;
  readonly anchors: ReadonlySet<string>;
}

const stems = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(stem));

const CONTRASTS: readonly Contrast[] = [
  { kinds: stems('personal business'), anchors: stems('account bank phone email card loan mortgage number laptop') },
  { kinds: stems('car landlord pet travel contents buildings van life'), anchors: stems('insurance insure insurer policy cover') },
];

/** Whether the fact is about another kind of the thing the question asks about. */
export function aboutAnotherKind(q: Question, terms: FactTerms): boolean {
  const asked = q.stems;
  const says = (w: string) => terms.key.has(w) || terms.value.has(w);
  for (const c of CONTRASTS) {
    const named = [...c.kinds].filter((k) => asked.has(k));
    if (named.length !== 1) continue;
    if (![...c.anchors].some((a) => asked.has(a)) || ![...c.anchors].some(says)) continue;
    if (!says(named[0]!) && [...c.kinds].some((k) => k !== named[0] && says(k))) return true;
  }
  return false;
}
