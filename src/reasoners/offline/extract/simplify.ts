import { spanText, type Token } from '../nlp/wink.js';

/**
 * A statement read again without the words that pad its frame, so the pattern tables meet the plain
 * form they know (extract/index.ts re-reads it, like a statement without its copula):
 * - time phrases inside it: "my goal this year is …", "my plan for 2027 is …" → "my goal is …";
 * - a ranking adjective after "my": "my main goal", "my biggest passion" → "my goal", "my passion";
 * - a role put before the statement: "As a dental hygienist I see 14 patients a day" → "I am a
 *   dental hygienist. I see 14 patients a day".
 * Only the frame of an attribute ("my …" and its verb) is simplified, so few sentences are read twice.
 * Only words are removed or put in the frame "I am"; a fact of the simpler reading counts only when
 * the user's own words hold its value (index.ts). Undefined when nothing was simplified.
 */

const TIME_HEADS = new Set(['year', 'month', 'week', 'summer', 'winter', 'spring', 'autumn', 'fall', 'term', 'semester', 'season', 'quarter', 'decade']);
const TIME_DETS = new Set(['this', 'next', 'last', 'coming']);
const TIME_PREPS = new Set(['for', 'in']);
const RANKING = new Set(['main', 'biggest', 'big', 'ultimate', 'real', 'top', 'primary', 'greatest', 'major', 'chief', 'current', 'true']);
const POSSESSIVE = new Set(['my', 'our']);
const MAX_ROLE = 5;

export function simplified(sentence: readonly Token[]): string | undefined {
  const keep: Token[] = [];
  let changed = false;
  let prefix = '';
  let k = 0;
  // "As a dental hygienist(,) I …": the role becomes a statement of its own.
  if (sentence[0]?.low === 'as' && (sentence[1]?.low === 'a' || sentence[1]?.low === 'an')) {
    let end = 2;
    while (end < sentence.length && end < 2 + MAX_ROLE && sentence[end]!.low !== 'i' && sentence[end]!.text !== ',') end++;
    const role = sentence.slice(2, end);
    const next = sentence[end]?.text === ',' ? end + 1 : end;
    if (role.length > 0 && sentence[next]?.low === 'i' && role.every((t) => t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.text === '-')) {
      prefix = `I am a ${spanText(role)}. `;
      k = next;
      changed = true;
    }
  }
  for (; k < sentence.length; k++) {
    const t = sentence[k]!;
    const next = sentence[k + 1];
    // "[my goal] this year [is]", "[my plan] for 2027 [is]": a time phrase between an attribute and its verb.
    const timePhrase = (TIME_DETS.has(t.low) && next && TIME_HEADS.has(next.lemma)) || (TIME_PREPS.has(t.low) && next && /^(19|20)\d\d$/.test(next.text));
    if (timePhrase && inFrame(sentence, k) && isVerb(sentence[k + 2])) {
      k++;
      changed = true;
      continue;
    }
    // "my main goal is": a ranking adjective in an attribute before its verb.
    if (RANKING.has(t.low) && k > 0 && POSSESSIVE.has(sentence[k - 1]!.low) && next?.pos === 'NOUN' && (isVerb(sentence[k + 2]) || isTime(sentence, k + 2))) {
      changed = true;
      continue;
    }
    keep.push(t);
  }
  if (!changed) return undefined;
  return `${prefix}${spanText(keep)}`.trim();
}

const isVerb = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'AUX' || t.pos === 'VERB');
const isTime = (sentence: readonly Token[], k: number): boolean =>
  (TIME_DETS.has(sentence[k]?.low ?? '') && TIME_HEADS.has(sentence[k + 1]?.lemma ?? '')) ||
  (TIME_PREPS.has(sentence[k]?.low ?? '') && /^(19|20)\d\d$/.test(sentence[k + 1]?.text ?? ''));

/** "my goal", "my main goal", "our plan": an attribute of the user ends right before token k. */
function inFrame(sentence: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (POSSESSIVE.has(sentence[j]!.low)) return sentence[k - 1]!.pos === 'NOUN';
  return false;
}
