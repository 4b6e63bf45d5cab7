import type { Token } from '../nlp/wink.js';
import type { Lexicon } from '../extract/lexicon/index.js';
import { ACTIVITIES } from '../extract/lexicon/activities.js';
import { QUALIFICATIONS } from '../extract/lexicon/education.js';
import { ALLERGENS, DIETS } from '../extract/lexicon/food.js';
import { CONDITIONS, MEDICATIONS } from '../extract/lexicon/health.js';
import { RELIGIONS } from '../extract/lexicon/identity.js';
import { LANGUAGES, PROGRAMMING, TOOLS } from '../extract/lexicon/languages.js';
import { OCCUPATIONS } from '../extract/lexicon/people.js';
import { conceptId } from './concepts/index.js';
import type { Word } from './words.js';

/**
 * What a value is, by the word classes extraction knows (the same lexicons: occupations, conditions,
 * medicines, languages, tools, pastimes...): "status: retired nurse" is about work, "notes: type 2
 * diabetes" about health. Used for keys the concept table does not know, so that a fact stored under
 * an unusual key still answers the question its value answers. One lexicon probe per word and class.
 */

const CLASSES: readonly (readonly [Lexicon, string])[] = [
  [OCCUPATIONS, 'work'],
  [CONDITIONS, 'health'],
  [MEDICATIONS, 'medication'],
  [LANGUAGES, 'language'],
  [PROGRAMMING, 'programming'],
  [TOOLS, 'tools'],
  [ACTIVITIES, 'interests'],
  [RELIGIONS, 'faith'],
  [DIETS, 'diet'],
  [ALLERGENS, 'allergy'],
  [QUALIFICATIONS, 'education'],
];

let ids: readonly (readonly [Lexicon, number])[] | undefined;
/** Every word an entry of the classes can start with: most words of a value start none, at one Set lookup each. */
let starts: ReadonlySet<string> | undefined;

/** "nurses" -> "nurse": the singular a lexicon lists. */
const singular = (low: string) => (low.length > 3 && low.endsWith('s') && !low.endsWith('ss') ? low.slice(0, -1) : low);

/** Concepts whose word class names something in the value (at most the first `max` words are read). */
export function valueClasses(words: readonly Word[], max = 40): Set<number> {
  ids ??= CLASSES.map(([lex, name]) => [lex, conceptId(name)] as const);
  starts ??= new Set(CLASSES.flatMap(([lex]) => [...lex.firstWords()]));
  const out = new Set<number>();
  const read = words.slice(0, max);
  if (!read.some((w) => starts!.has(w.low) || starts!.has(singular(w.low)))) return out;
  const tokens: Token[] = read.map((w) => ({
    text: w.cap ? w.low.charAt(0).toUpperCase() + w.low.slice(1) : w.low,
    low: w.low,
    lemma: singular(w.low),
    pos: 'X',
    neg: false,
    space: true,
    oov: false,
  }));
  for (let i = 0; i < tokens.length; i++) {
    if (!starts.has(tokens[i]!.low) && !starts.has(tokens[i]!.lemma)) continue;
    for (const [lex, id] of ids) if (!out.has(id) && lex.matchAt(tokens, i) > 0) out.add(id);
  }
  return out;
}

/** Concepts that are classes of things with a lexicon of members (medicines, languages). */
const MEMBER_LEXICONS: readonly (readonly [string, Lexicon])[] = [
  ['medication', MEDICATIONS],
  ['language', LANGUAGES],
  ['programming', PROGRAMMING],
];
let memberIds: ReadonlyMap<number, Lexicon> | undefined;

/** Whether `concept` has a lexicon of members. */
export function hasLexicon(concept: number): boolean {
  memberIds ??= new Map(MEMBER_LEXICONS.map(([name, lex]) => [conceptId(name), lex]));
  return memberIds.has(concept);
}

/** Whether one of the words (lower case) is a member of the concept's lexicon ("amlodipine" of medicines). */
export function namesLexiconMember(concept: number, lows: Iterable<string>): boolean {
  memberIds ??= new Map(MEMBER_LEXICONS.map(([name, lex]) => [conceptId(name), lex]));
  const lex = memberIds.get(concept);
  if (!lex) return false;
  for (const w of lows) if (lex.has(w)) return true;
  return false;
}
