import type { Token } from '../nlp/wink.js';
import type { Candidate } from './clause-facts.js';
import { confidenceOf } from './scoring.js';

/**
 * The user's children named with their ages beside a word for them: "Three kids: Amani is 11, Zawadi 7 and Jabari
 * just turned 4", "I've got two of my own (Kofi 7 and Esi 4)", "the boys (Alfie 9, Sonny 5)", "my kids Amani (11) and
 * Zawadi (7)". Each name with the age said after it is one item of `children`. Not someone else's children ("her
 * kids", "my sister's boys"), and no name without an age (an age is what makes a name one of the children here).
 * One pass over the sentence, a few tokens of look-ahead per name.
 */

/** Words for the user's children as a group. */
const CHILD_GROUPS = new Set(['kids', 'children', 'twins', 'boys', 'girls', 'sons', 'daughters', 'kiddos', 'littles', 'own']);
/** Words before a group that make it someone else's. */
const THEIRS = new Set(['her', 'his', 'their', 'your', "'s", 'sister', 'brother', 'friend', 'neighbour', 'neighbor', 'colleague', 'coworker']);
/** Words between a name and its age ("Amani is 11", "Jabari just turned 4", "Diya (6)"). */
const BETWEEN = new Set(['is', "'s", 'just', 'turned', 'turning', 'aged', 'age', '(', ',', 'who', 'now']);
const MAX_CHILDREN = 8;

const capitalised = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.text);

/** The age said right after a name: its index, or -1. */
function ageAfter(sentence: readonly Token[], at: number): number {
  for (let k = at + 1; k < sentence.length && k <= at + 4; k++) {
    const t = sentence[k]!;
    if (/^\d{1,2}$/.test(t.text) && Number(t.text) <= 30) return k;
    if (!BETWEEN.has(t.low)) return -1;
  }
  return -1;
}

export function childrenRoll(sentence: readonly Token[], evidence: string, order: number): Candidate[] {
  const group = sentence.findIndex(
    (t) => CHILD_GROUPS.has(t.low) && (t.low !== 'own' || sentence.some((u, k) => u.low === 'of' && sentence[k + 1]?.low === 'my')),
  );
  if (group < 0) return [];
  // "my kids", "our twins", "three kids", "the boys", "two of my own": the user's; "her kids", "my sister's boys": not.
  const before = sentence.slice(Math.max(0, group - 3), group).map((t) => t.low);
  if (before.some((w) => THEIRS.has(w))) return [];
  const items: string[] = [];
  for (let i = group + 1; i < sentence.length && items.length < MAX_CHILDREN; i++) {
    const t = sentence[i]!;
    if (!capitalised(t) || t.pos === 'VERB' || t.pos === 'AUX') continue;
    const age = ageAfter(sentence, i);
    if (age < 0) continue;
    items.push(`${t.text}, ${sentence[age]!.text}`);
    i = age;
  }
  if (items.length === 0) return [];
  return [
    {
      key: 'children',
      value: items,
      category: 'other',
      bucket: 'static',
      confidence: confidenceOf('plain', { fragment: false, hedged: false }),
      retract: false,
      list: true,
      pattern: 'children.roll',
      family: 'family',
      evidence,
      order,
    },
  ];
}
