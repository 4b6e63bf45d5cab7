import type { ExtractInput, ExtractedFact } from '../../../profiles/reasoning.js';
import { contentWords, holdsAll, retractStored, wordsOf } from './withdrawals.js';

/**
 * A fact handed to someone else: "sorry — it's my son who's allergic to sesame, not me", "wait no, that's my partner who's
 * allergic to guinea pigs". The stored items of the user's that the sentence gives to the other person (every content word
 * of the item said after "who's") are withdrawn, and so are this call's own. Only in a sentence that says it corrects
 * something (sorry, wrong, not me, actually, wait…): "it's my son who's allergic to nuts too" adds, it corrects nothing.
 */

/** "it's my son who's …", "that's my partner who is …": the person, then what is said of them (bounded, no nesting). */
const HANDED =
  /(?:^|\s)(?:that's|thats|that is|it's|its|it is)\s(?:actually\s)?my\s([a-z]+)(?:\s[a-z]+)?\s(?:who's|whos|who is|who has|who)\s([^.;!?—–]{1,80})/;
/** Words for the people a fact may be handed to. */
const PEOPLE: ReadonlySet<string> = new Set(
  'son daughter kid child husband wife partner boyfriend girlfriend fiance fiancee mum mom mam dad mother father sister brother friend flatmate housemate colleague boss manager gran nan grandad grandma grandpa aunt uncle cousin nephew niece'.split(
    ' ',
  ),
);
/** Words that mark a sentence as a correction. */
const CORRECTING: ReadonlySet<string> = new Set(['sorry', 'wrong', 'actually', 'wait', 'oops', 'mixed', 'muddled', 'confused', 'meant', 'typo', 'correction']);

/** What a sentence hands to someone else: the words said of them, or none. */
function handedWords(sentence: string): string[] | undefined {
  const low = sentence.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const m = HANDED.exec(low);
  if (!m || !PEOPLE.has(m[1]!)) return undefined;
  const words = wordsOf(low);
  const correcting = words.some((w) => CORRECTING.has(w)) || /\bnot me\b|\bnot mine\b/.test(low);
  return correcting ? wordsOf(m[2]!) : undefined;
}

export function withReassigned(facts: ExtractedFact[], profile: ExtractInput['profile'], sentences: readonly string[]): ExtractedFact[] {
  const handed = sentences.map(handedWords).filter((w): w is string[] => w !== undefined);
  if (handed.length === 0) return facts;
  const given = (item: string): boolean => {
    const words = contentWords(wordsOf(item));
    return words.length > 0 && handed.some((h) => holdsAll(h.join(' '), words));
  };
  const out: ExtractedFact[] = [];
  for (const f of facts) {
    if (f.retract || !Array.isArray(f.value)) {
      if (f.retract || typeof f.value !== 'string' || !given(f.value)) out.push(f);
      continue;
    }
    const kept = f.value.filter((v) => typeof v !== 'string' || !given(v));
    if (kept.length > 0) out.push({ ...f, value: kept });
  }
  return [...out, ...retractStored(profile, given, sentences.join(' ').slice(0, 300))];
}
