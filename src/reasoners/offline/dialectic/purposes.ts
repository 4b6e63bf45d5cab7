import type { FactTerms } from './facts.js';
import { GENERIC } from './lexicon.js';
import type { QToken } from './qtokens.js';
import { MATCH_CHARS, matchText } from './values.js';
import { wordsOf } from './words.js';

/**
 * "what does she charge for conference work?" beside rates "£32 an hour for court; £0.10 per word for written
 * translation": a price asked for one thing is not answered by prices said for other things. The question asks a price
 * (charge, rate, fee, price, cost, quote) for a purpose ("for conference work"); a value that names what its prices are
 * for ("for court", "for written translation", or a price put before its thing: "£16 solo walk") and names nothing of that
 * purpose does not answer it. A value that names no purpose ("GHS 1,500 per session day") is left to the other rules.
 */

/** Words that ask a price. */
const PRICE_WORDS: ReadonlySet<string> = new Set(['charge', 'charges', 'rate', 'rates', 'fee', 'fees', 'price', 'prices', 'cost', 'costs', 'quote']);
/** Words of a purpose that say nothing of which work ("for a job", "for work"). */
const VAGUE: ReadonlySet<string> = new Set(['work', 'job', 'jobs', 'gig', 'gigs', 'thing', 'things', 'stuff', 'hour', 'day', 'week', 'client', 'clients']);
const MAX_PURPOSE = 4;
/** Words after a price word before its "for" ("charge us for", "her rate for"). */
const MAX_GAP = 2;

/** The stems of what a price is asked for ("conference" of "what does she charge for conference work?"), or undefined. */
export function askedPurpose(tokens: readonly QToken[]): Set<string> | undefined {
  const at = tokens.findIndex((t) => PRICE_WORDS.has(t.low));
  if (at < 0) return undefined;
  let k = at + 1;
  while (k < tokens.length && k <= at + MAX_GAP && tokens[k]!.low !== 'for') k++;
  if (tokens[k]?.low !== 'for') return undefined;
  const out = new Set<string>();
  for (let j = k + 1; j < tokens.length && j <= k + MAX_PURPOSE && !tokens[j]!.punct; j++) {
    const t = tokens[j]!;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') && !GENERIC.has(t.low) && !VAGUE.has(t.low)) out.add(t.stem);
  }
  return out.size > 0 ? out : undefined;
}

/** Whether the value names what its prices are for, and none of it is the purpose asked. */
export function pricedForOther(purpose: ReadonlySet<string>, terms: FactTerms): boolean {
  if ([...purpose].some((w) => terms.value.has(w))) return false;
  const words = wordsOf(matchText(terms.fact.value).slice(0, MATCH_CHARS));
  // A "for" followed by a word that is no number or amount names what a price is for ("for court", not "for £30").
  const forWhat = words.some(
    (w, i) => w.low === 'for' && i > 0 && words[i + 1] !== undefined && /^\p{L}/u.test(words[i + 1]!.low) && !GENERIC.has(words[i + 1]!.low),
  );
  // So does a price put before its thing ("£16 solo walk", "£45 overnight sit"; not "£40 an hour", "$28 a kilo").
  const priced = words.some((w, i) => /^[0-9]/.test(w.low) && i + 1 < words.length && /^\p{L}/u.test(words[i + 1]!.low) && !PRICE_UNITS.has(words[i + 1]!.low));
  return forWhat || priced;
}

/** Words after a price that say what it is counted in, not what it buys ("£40 an hour", "R350 per session", "50k"). */
const PRICE_UNITS: ReadonlySet<string> = new Set(
  'a an per each every hour hours hr hrs day days week weeks month months year years session sessions night nights kilo kg word words head k m pounds dollars euros quid or and to plus off gbp usd eur aud cad nzd inr zar ngn kes ghs php sgd'.split(
    ' ',
  ),
);
