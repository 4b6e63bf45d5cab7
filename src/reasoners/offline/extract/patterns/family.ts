import { spanText, type Token } from '../../nlp/wink.js';
import { BIRTH_ORDER, CLOSE_FAMILY, PETS, RELATIONS } from '../lexicon/people.js';
import { PLACES } from '../lexicon/places.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import { afterPrepositionAndThe, likened } from '../values.js';
import { COUNT_WORDS } from '../time.js';

/** Family and pets: the user's household (not the details of the people in it). */

const FAMILY_ROLES = new Set([
  'nana',
  'nanna',
  'gran',
  'mama',
  'papa',
  'mummy',
  'daddy',
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'parent',
  'grandad',
  'granddad',
  'grandpa',
  'grandma',
  'grandmother',
  'grandfather',
  'grandparent',
  'nan',
  'granny',
  'eldest',
  'youngest',
  'oldest',
  'twin',
  'stepmum',
  'stepmom',
  'stepdad',
  'carer',
  'guardian',
  'widow',
  'widower',
  'aunt',
  'uncle',
  'godparent',
  'only',
  'middle',
]);

/** Parents, brothers and sisters, and the wider family (the partner and children are CLOSE_FAMILY). */
const KIN: ReadonlySet<string> = new Set(
  'mum mom mother dad father parent parents mam brother brothers sister sisters sibling siblings grandma grandpa grandmother grandfather gran granny nan nana grandad granddad grandparents aunt auntie aunty uncle cousin cousins niece nephew nieces nephews in-laws'.split(
    ' ',
  ),
);

/** Verbs of keeping someone ("send money … to my parents", "paying fees for my brother"). */
const SUPPORTING = 'send~|sending|sent|pay~|paying|paid|save~|saving|provide~|providing|remit~|remitting|support~|supporting|buy~|buying';

/** A child of the user's, named by what they are to them ("my daughter is 15", "my eldest Kwame is 12"). */
const CHILD_WORDS: ReadonlySet<string> = new Set(['son', 'daughter', 'eldest', 'youngest', 'oldest', 'stepson', 'stepdaughter', 'boy', 'girl', 'kid', 'baby']);
/** Words that may follow a child's age ("is 15 and wants …", "turns 3 in May", "is 7 now"). */
const AFTER_AGE: ReadonlySet<string> = new Set([
  'years',
  'yrs',
  'yo',
  'now',
  'this',
  'next',
  'in',
  'on',
  'soon',
  'already',
  'so',
  'tomorrow',
  'today',
  'going',
  'but',
  'and',
]);

/** "daughter Leila (6)": a child of the user's with the age said, or undefined ("my daughter is 15 minutes late"). */
function kidAged(v: ValueContext): string | undefined {
  const kin = v.slot('k')!.toLowerCase();
  const age = v.slot('a')!;
  if (!CHILD_WORDS.has(kin) || !/^\d{1,2}$/.test(age)) return undefined;
  // ("my daughter is 15 minutes late": an amount of something else.)
  const after = v.clause[v.clause.indexOf(v.slotTokens('a')[0]!) + 1];
  if (after !== undefined && after.pos !== 'PUNCT' && after.pos !== 'CCONJ' && !AFTER_AGE.has(after.low)) return undefined;
  const name = v.slot('n');
  return `${kin}${name ? ` ${name}` : ''} (${age})`;
}
/** A name and a child's age, "Tayo is 8" ("Tayo (8)"), when another such pair stands in the sentence ("… and Funmi is 5"). */
function namedChildAge(v: ValueContext): string | undefined {
  const childAge = (t: Token | undefined) => t !== undefined && /^\d{1,2}$/.test(t.low) && Number(t.low) < 18;
  const age = v.slotTokens('a')[0];
  const name = v.slotTokens('n')[0];
  if (!childAge(age) || name === undefined || v.clause.indexOf(name) !== 0) return undefined;
  const after = v.clause[v.clause.indexOf(age!) + 1];
  if (after !== undefined && after.pos !== 'PUNCT' && after.pos !== 'CCONJ' && !AFTER_AGE.has(after.low)) return undefined;
  const pairs = v.sentence.filter((t, k) => t.pos === 'PROPN' && ['is', "'s"].includes(v.sentence[k + 1]?.low ?? '') && childAge(v.sentence[k + 2]));
  return pairs.length >= 2 ? `${v.slot('n')} (${age!.low})` : undefined;
}

const KIDS = new Set([
  'kid',
  'kids',
  'children',
  'child',
  'sons',
  'son',
  'daughters',
  'daughter',
  'boys',
  'girls',
  'grandkids',
  'grandchildren',
  'grandsons',
  'granddaughters',
  'stepkids',
  'teenagers',
  'teens',
  'twins',
  'triplets',
]);
/** Children that come as twins ("twin boys", "twin daughters"; not "my twin brother", who is a sibling). */
const TWIN_KIDS: ReadonlySet<string> = new Set(['boys', 'girls', 'sons', 'daughters']);
/** Words for children's age said between their number and them ("two teenage boys", "3 little ones"). */
const CHILD_AGES: ReadonlySet<string> = new Set(['teenage', 'teen', 'little', 'young', 'small', 'grown', 'adult', 'older', 'younger', 'baby', 'toddler']);

const CLOSE_FAMILY_WORDS = new Set([
  'wife',
  'husband',
  'partner',
  'kids',
  'children',
  'son',
  'sons',
  'daughter',
  'daughters',
  'boys',
  'girls',
  'twins',
  'baby',
  'toddler',
  'hubby',
  'boyfriend',
  'girlfriend',
]);

/** The animal and the name given to it, when one is ("budgie Pip"). */
/** Spouses a clause opens with "the" for ("the wife", "the missus"): the user's own ("the husband" is as often a customer's). */
const SPOUSE_IDIOMS: ReadonlySet<string> = new Set(['wife', 'missus', 'missis', 'hubby']);
const withName = (v: ValueContext): string => (v.slot('n') ? `${v.text} ${v.slot('n')}` : v.text);

/** What makes "my pet …" no animal ("my pet hate is …", "my pet peeve"). */
const PET_HATES: ReadonlySet<string> = new Set(['hate', 'hates', 'peeve', 'peeves', 'project', 'subject', 'topic', 'theory']);

/** Partners said in a roll call of the household after its children. */
const ROLL_CALL_PARTNERS: ReadonlySet<string> = new Set([
  'husband',
  'wife',
  'partner',
  'hubby',
  'boyfriend',
  'girlfriend',
  'fiance',
  'fiancé',
  'fiancee',
  'fiancée',
]);

const WISHING = new Set([
  'want',
  'wants',
  'getting',
  'get',
  'buy',
  'buying',
  'adopt',
  'adopting',
  'thinking',
  'considering',
  'if',
  'would',
  'should',
  'could',
  'maybe',
  'toy',
  'toys',
  'food',
  'bed',
]);

/** A pet and its name: the name slot, or a lower-case name right after "called"/"named" ("a staffy called biscuit"). */
/** "our old lab Bruno died last year", "we lost our cat in May", "RIP Biscuit": a pet that has died is a past pet. */
const DEATH_WORDS = new Set(['died', 'dead', 'passed', 'rip', 'r.i.p', 'lost', 'put', 'rainbow', 'late', 'buried', 'departed']);
function diedIn(clause: readonly Token[]): boolean {
  return clause.some(
    (t, k) =>
      DEATH_WORDS.has(t.low) &&
      (t.low !== 'passed' || clause[k + 1]?.low === 'away' || clause[k + 1]?.low === 'on') &&
      (t.low !== 'put' || clause[k + 1]?.low === 'down' || clause[k + 2]?.low === 'down' || clause[k + 3]?.low === 'down') &&
      (t.low !== 'rainbow' || clause[k + 1]?.low === 'bridge') &&
      (t.low !== 'lost' || clause[k - 1]?.low === 'we' || clause[k - 1]?.low === 'i' || clause[k - 1]?.low === "'ve" || clause[k - 1]?.low === 'just'),
  );
}

const SPOUSES: ReadonlySet<string> = new Set(['wife', 'husband', 'hubby', 'missus', 'partner']);
/** What may follow "passed" when it means died ("my wife passed", "… passed away", "… passed in January", "… passed 2 years ago"). */
const AFTER_PASSED: ReadonlySet<string> = new Set(['away', 'on', 'in', 'last', 'ago', 'when', 'recently', 'suddenly', 'since', 'and', 'so', 'but']);

/** The relative just matched (and any name after it) is said to have died: "died", or "passed" with no object. */
function diedAfter(v: ValueContext): boolean {
  const at = v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1 + (v.slot('n') ? v.slot('n')!.split(' ').length : 0);
  const verb = v.clause[at];
  if (verb?.low === 'died') return true;
  // ("lost my wife in 2019", "I lost my dad to cancer"; not "lost my wife's ring").
  const owner = v.clause.slice(0, v.clause.indexOf(v.tokens[0]!)).findLastIndex((t) => t.low === 'my' || t.low === 'our');
  if (owner > 0 && v.clause[owner - 1]!.low === 'lost' && verb?.low !== "'s") return true;
  if (verb?.low !== 'passed') return false;
  const next = v.clause[at + 1];
  return next === undefined || next.pos === 'PUNCT' || next.pos === 'NUM' || AFTER_PASSED.has(next.low);
}

/** Between the nearest "my" / "our" before the animal and the animal, someone else owns it ("my sister's cat"). */
function ownedByAnother(v: ValueContext): boolean {
  const at = v.clause.indexOf(v.tokens[0]!);
  // "my sisters hen do", "a dog walker": the animal word names something else.
  if (PET_COMPOUNDS.has(v.clause[at + v.tokens.length]?.low ?? '')) return true;
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const low = v.clause[k]!.low;
    if (low === 'my' || low === 'our') return false;
    // "my sisters cat", texted without the apostrophe.
    if (low === "'s" || low === "'" || (k === at - 1 && low.endsWith('s') && RELATIONS.has(low.slice(0, -1)))) return true;
  }
  return false;
}
const PET_COMPOUNDS: ReadonlySet<string> = new Set([
  'do',
  'party',
  'night',
  'weekend',
  'sitter',
  'sitting',
  'walker',
  'walking',
  'food',
  'flap',
  'toy',
  'toys',
  'treats',
  'show',
  'cafe',
  'café',
]);

const BIRTH_VERBS: ReadonlySet<string> = new Set(['had', 'welcomed', 'born', 'arrived', 'birth', 'delivered']);

const petKey = (v: ValueContext): string => (diedIn(v.clause) ? 'past_pets' : 'pets');

/** What makes "boys" or "girls" children: a count, or a word of age or birth order ("our two boys", "my little girl"). */
const CHILD_MARKS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'little', 'eldest', 'youngest', 'oldest', 'middle', 'baby', 'twin']);

/** Words that may stand between children and their names ("three kids under 8 (Leo 7, Maya 5 …)"). */
const BEFORE_NAMES = new Set(['under', 'over', 'aged', 'ages', 'both', 'all', ',', '(', ':', '-', '—', 'called', 'named']);
const NAME_JOINERS = new Set([',', 'and', '&']);
const MAX_NAMES = 6;

/**
 * "my kids Sam and Ava", "two kids, Sam and Ava", "three kids under 8 (Leo 7, Maya 5 and baby Ruth)":
 * the names that follow children said as a group, each with its age when one is given.
 */
/** Past an age said after a name ("Leo 7", "Aarav (9)"). */
function afterAge(sentence: readonly Token[], k: number): number {
  if (sentence[k]?.text === '(' && sentence[k + 1]?.pos === 'NUM' && sentence[k + 2]?.text === ')') return k + 3;
  return sentence[k]?.pos === 'NUM' ? k + 1 : k;
}

/** Verbs after which children counted are the user's own ("I have two kids", "we're raising three boys"). */
const HAVING_VERBS: ReadonlySet<string> = new Set(['have', 'get', 'raise', 'adopt', 'foster', 'bring', 'expect']);

/** "I teach two boys from the estate", "I coach 12 kids": children counted as the object of another verb are not the user's. */
function othersCounted(v: ValueContext): boolean {
  const n = v.slotTokens('n')[0];
  const at = n === undefined ? -1 : v.clause.indexOf(n);
  // ("I look after 4 kids", "I work with 30 kids": the verb's particle between.)
  const k = at - 1 >= 0 && (v.clause[at - 1]!.pos === 'ADP' || v.clause[at - 1]!.pos === 'PART') ? at - 2 : at - 1;
  const before = k >= 0 ? v.clause[k] : undefined;
  return before !== undefined && before.pos === 'VERB' && !HAVING_VERBS.has(before.lemma) && before.low !== 'got';
}

const COUNTS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', '2', '3', '4', '5']);

/** "my two kids", "our 3 boys": children with how many they are. */
function counted(v: ValueContext): string {
  const before = v.sentence[v.sentence.indexOf(v.tokens[0]!) - 1];
  return before !== undefined && COUNTS.has(before.low) ? `${before.text} ${v.text}` : v.text;
}

function childrenNamed(v: ValueContext, base: string, first?: string): string {
  const last = first !== undefined ? v.slotTokens('n') : v.tokens;
  let k = v.sentence.indexOf(last[last.length - 1]!) + 1;
  if (k <= 0) return first ? `${base} ${first}` : base;
  const names: string[] = first ? [first] : [];
  if (first) k = afterAge(v.sentence, k);
  if (!first) for (let skip = 0; skip < 4 && k < v.sentence.length && (BEFORE_NAMES.has(v.sentence[k]!.low) || v.sentence[k]!.pos === 'NUM'); skip++) k++;
  while (k < v.sentence.length && names.length < MAX_NAMES) {
    if (names.length > 0) {
      if (!NAME_JOINERS.has(v.sentence[k]!.low)) break;
      k++;
      if (v.sentence[k]?.low === 'and') k++;
    }
    if (v.sentence[k]?.low === 'baby' || v.sentence[k]?.low === 'little') k++;
    const t = v.sentence[k];
    if (t === undefined || t.pos !== 'PROPN' || t.text.charAt(0) === t.low.charAt(0)) break;
    names.push(t.text);
    k = afterAge(v.sentence, k + 1);
  }
  return names.length > 0 ? `${base} ${names.join(', ')}` : base;
}

/** Verbs that say an animal is the user's ("have", "got", "adopted"): the scan back from the animal stops at them. */
const PET_VERBS = new Set([
  'have',
  'has',
  'had',
  "'ve",
  'got',
  'gotten',
  'own',
  'owns',
  'adopted',
  'adopt',
  'rescued',
  'rescue',
  'fostering',
  'fostered',
  'bought',
  'brought',
  'one',
  'two',
  'three',
]);

/** Animals' short names that are also places of work ("lab": a labrador, or a laboratory). */
const WORKPLACE_PETS: ReadonlySet<string> = new Set(['lab', 'labs']);

function petWithName(v: ValueContext): string | undefined {
  const first = v.clause.indexOf(v.tokens[0]!);
  if (afterPrepositionAndThe(v.clause, first) || likened(v.clause, first)) return undefined;
  // ("I'm a lab manager", "which of my lab skills …": a short name that is also a place of work, opening a longer noun.)
  // (Not "my dog bruno": a name after the animal may be written in lower case.)
  const last = v.tokens[v.tokens.length - 1]!;
  const after = v.clause[v.clause.indexOf(last) + 1];
  if (WORKPLACE_PETS.has(last.low) && v.slot('n') === undefined && after?.pos === 'NOUN') return undefined;
  // "I've started eating fish", "I have always wanted a dog": another verb between "have" and the animal.
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const t = v.clause[k]!;
    if (PET_VERBS.has(t.low) || t.low === 'my' || t.low === 'our') break;
    if (t.pos === 'VERB') return undefined;
  }
  const name = v.slot('n');
  if (name) {
    // "two cats called Pixel and Mochi": more names for animals said in the plural.
    const named = v.slotTokens('n');
    // (in the sentence: "and Echo" may be read as a clause of its own)
    const more = /s$/i.test(v.text) ? namesJoined(v.sentence, v.sentence.indexOf(named[named.length - 1]!) + 1) : [];
    return `${v.text} ${[name, ...more].join(', ')}`;
  }
  const at = v.clause.indexOf(v.tokens[v.tokens.length - 1]!);
  const verb = v.clause[at + 1]?.low;
  const next = v.clause[at + 2];
  if (
    (verb === 'called' || verb === 'named') &&
    next &&
    /^[a-z][a-z'-]{1,19}$/i.test(next.text) &&
    (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')
  )
    return `${v.text} ${next.text}`;
  const named = namesAfterPet(v, at) ?? nameBeforeOwner(v.sentence, v.sentence.indexOf(v.tokens[0]!));
  return named === undefined ? v.text : `${v.text} ${named}`;
}

/** "Biscuit, my 2-year-old cockapoo": the name said before "my" and a comma. */
function nameBeforeOwner(clause: readonly Token[], first: number): string | undefined {
  if (first < 0) return undefined;
  let my = first - 1;
  while (my > 0 && clause[my]!.low !== 'my' && clause[my]!.low !== 'our' && first - my <= 6) my--;
  const comma = clause[my - 1];
  const name = clause[my - 2];
  if (!comma || comma.text !== ',' || !name || name.pos !== 'PROPN' || !/^\p{Lu}[\p{L}'-]{1,19}$/u.test(name.text)) return undefined;
  return PLACES.matchAt(clause, my - 2) > 0 ? undefined : name.text;
}

/** A word that reads as a pet's name: capitalised, or (in lower case) a word no dictionary holds ("my cat mochi keeps …"). */
const petNameWord = (t: Token | undefined): boolean =>
  t !== undefined && /^[a-z][a-z'-]{1,19}$/i.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN') && (t.text !== t.low || t.oov);

/** Names joined on after a first one ("Pixel and Mochi", "Rex, Bella & Tom"), each written with a capital. */
function namesJoined(clause: readonly Token[], from: number): string[] {
  const out: string[] = [];
  let k = from;
  while (out.length < MAX_NAMES && (clause[k]?.low === 'and' || clause[k]?.text === ',' || clause[k]?.text === '&')) {
    const t = clause[k + 1];
    // (Written with a capital, however the tagger reads it: "Pixel and Echo".)
    if (t === undefined || t.text.charAt(0) === t.low.charAt(0) || !/^\p{L}[\p{L}'-]*$/u.test(t.text)) break;
    out.push(t.text);
    k += 2;
  }
  return out;
}

/**
 * The name said after the animal: "my cat mochi keeps …" (a rare word right after it), "a retired greyhound — his
 * name's Dusty" (its name told later in the sentence). Names listed after it ("two cats, Miso and Tofu") are its
 * siblings in a list (coordination.ts).
 */
function namesAfterPet(v: ValueContext, at: number): string | undefined {
  const clause = v.clause;
  const next = clause[at + 1];
  if (petNameWord(next) && next!.text === next!.low && (clause[at + 2] === undefined || ['VERB', 'AUX', 'PUNCT', 'CCONJ'].includes(clause[at + 2]!.pos)))
    return next!.text;
  // "his name's Dusty", "her name is Pip": in the rest of the sentence, with nobody else named in between.
  const sentence = v.sentence;
  const from = sentence.indexOf(clause[at]!);
  for (let i = from + 1; i < sentence.length - 2 && i <= from + 12; i++) {
    if (KIDS.has(sentence[i]!.low) || CLOSE_FAMILY_WORDS.has(sentence[i]!.low)) return undefined;
    if (!['his', 'her', 'its'].includes(sentence[i]!.low) || sentence[i + 1]!.low !== 'name') continue;
    const verb = sentence[i + 2]!.low;
    const name = sentence[i + 3];
    if ((verb === "'s" || verb === 'is') && petNameWord(name)) return name!.text;
  }
  return undefined;
}

/** The birth-order phrase a span starts with ("first born for family of six" -> "first born"), with "of N" kept. */
function birthOrder(v: ValueContext): string | undefined {
  // "as an only child": "only" is a soft adverb the matcher steps over; take it back.
  const at = v.clause.indexOf(v.tokens[0]!);
  if (at > 0 && v.clause[at - 1]!.low === 'only') return birthOrder({ ...v, tokens: v.clause.slice(at - 1) });
  const n = BIRTH_ORDER.matchAt(v.tokens, 0);
  if (n === 0) return undefined;
  const words = v.tokens.slice(0, n).map((t) => t.text);
  const next = v.tokens[n];
  if (next && (next.low === 'of' || next.low === 'for') && v.tokens[n + 1]) {
    const count = v.tokens.slice(n + 1, n + 5).findIndex((t) => t.pos === 'NUM' || /^(?:two|three|four|five|six|seven|eight|nine|ten)$/.test(t.low));
    if (count >= 0) words.push('of', v.tokens[n + 1 + count]!.text);
  }
  return words.join(' ');
}

/** Family who are not the user's children: "my mum lives with us", "I look after my dad". */
const NOT_CARED_FOR = new Set([
  'kid',
  'kids',
  'child',
  'children',
  'son',
  'daughter',
  'baby',
  'boys',
  'girls',
  'team',
  'client',
  'customer',
  'student',
  'students',
  'staff',
  'employee',
  'dog',
  'cat',
  'pet',
  'puppy',
  'kitten',
  'boss',
  'manager',
  'doctor',
  'gp',
  'therapist',
  'teacher',
  'coach',
  'mentor',
  'mentee',
  'intern',
  'pupils',
  'colleague',
  'coworker',
  'co-worker',
  'teammate',
  'landlord',
]);
/** Kin the user names without "my" ("Mum", "Dad", "Nan"). */
const BARE_KIN = new Set(['mum', 'mom', 'mam', 'mummy', 'mommy', 'ma', 'dad', 'daddy', 'pa', 'nan', 'nana', 'gran', 'granny', 'grandma', 'grandpa', 'grandad']);
/** How many words the relative opening `tokens` takes ("mum", "older brother"), or 0 (none, or one not cared for: "boss"). */
const relativeLength = (tokens: readonly Token[]): number => {
  const n = RELATIONS.matchAt(tokens, 0);
  return n > 0 && !NOT_CARED_FOR.has(tokens[n - 1]!.low) ? n : 0;
};
const relationOf = (v: ValueContext) => {
  const n = relativeLength(v.tokens);
  if (n === 0 || v.clause[v.clause.indexOf(v.tokens[n - 1]!) + 1]?.low === "'s") return undefined;
  return spanText(v.tokens.slice(0, n));
};

/** Roles of caring for someone ("her main carer"); kinship said this way ("I'm his wife") is left to other readings. */
const CARING_ROLES: ReadonlySet<string> = new Set(['carer', 'caregiver', 'caretaker', 'guardian']);

/** Children said by what they are ("twins", "a toddler"), and the units of a baby's age ("a 6 week old"). */
const CHILDREN_AS_SAID: ReadonlySet<string> = new Set(['twins', 'triplets', 'toddler', 'toddlers', 'newborn', 'baby', 'babies']);
const AGE_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'days', 'weeks', 'months', 'years', 'wk', 'wks', 'mth', 'mths', 'yr', 'yrs']);

/** A child said by what it is ("3yo twins", "a toddler", "our 2-year-old", "a 6 week old"), not a baby on the way. */
function childAsSaid(v: ValueContext): string | undefined {
  // ("we've got twins starting reception in september": what the children are about to do is not what they are.)
  const doing = v.tokens.findIndex((t, k) => k > 0 && t.pos === 'VERB' && t.low.endsWith('ing'));
  const tokens = doing > 0 ? v.tokens.slice(0, doing) : v.tokens;
  const lows = tokens.map((t) => t.low);
  const last = lows[lows.length - 1] ?? '';
  const young = last === 'old' && lows.some((w) => AGE_UNITS.has(w)) && lows.some((w, k) => /^\d+$/.test(w) || (k === 0 && w === 'few'));
  // ("a baby on the way", "a baby due in May": a pregnancy, told elsewhere.)
  const coming = v.clause.some((t, k) => t.low === 'due' || (t.low === 'on' && v.clause[k + 1]?.low === 'the' && v.clause[k + 2]?.low === 'way'));
  if (!(CHILDREN_AS_SAID.has(last) || young) || coming) return undefined;
  // ("I have twins, Wanjiru and Kamau": with their names said after them.)
  return doing > 0 ? spanText(tokens) : childrenNamed(v, spanText(tokens));
}

/** Children the user says they have, by what they are to them ("a son", "two daughters"). */
const HAD_CHILDREN: ReadonlySet<string> = new Set(['son', 'sons', 'daughter', 'daughters', 'stepson', 'stepdaughter', 'stepsons', 'stepdaughters']);

/** Brothers and sisters. */
const SIBLINGS: ReadonlySet<string> = new Set([
  'sister',
  'sisters',
  'brother',
  'brothers',
  'siblings',
  'sibling',
  'half-sister',
  'half-brother',
  'stepsister',
  'stepbrother',
]);

/** Words for a parent after a status ("single dad", "divorced mum of two"). */
const PARENT_WORDS: ReadonlySet<string> = new Set(['dad', 'mum', 'mom', 'mam', 'father', 'mother', 'parent', 'mama', 'papa']);

/** Relations said with "the" beside "me" ("me and the wife"), and multiples ("the twins"). */
const THE_RELATIONS: ReadonlySet<string> = new Set(['wife', 'missus', 'missis', 'hubby', 'husband', 'partner', 'twins', 'triplets']);

/** Relatives outside the close family a user may live with ("my mum", "my nan", "my in-laws"). */
const ELDERS: ReadonlySet<string> = new Set(
  'mum mom mother dad father parents nan nana gran granny grandma grandmother grandad granddad grandpa grandfather grandparents sister brother siblings aunt auntie aunty uncle cousin in-laws mother-in-law father-in-law'.split(
    ' ',
  ),
);
/** Words that may open a clause before a relation said without "my" ("and hubby's away", "plus wife works nights"). */
const DROPPED_MY_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'plus', 'also', 'oh', 'well']);

export const FAMILY: readonly PatternSpec[] = [
  { id: 'family.birth-order.be', match: 'be~ the|an|a? {x:rest}', key: 'family', value: birthOrder },
  {
    id: 'family.birth-order.as',
    match: 'as the|an|a {x:rest}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'other'],
    negation: 'keep',
    value: birthOrder,
  },
  {
    id: 'family.lives-with-us',
    match: 'my|our {x:$relation} be~|has|have? live~|lives|living|lived|stay~|stays|staying|moved|move~|moving in? with us|me',
    key: 'living_situation',
    category: 'other',
    where: 'anywhere',
    subjects: ['other', 'self', 'none', 'we'],
    value: (v) => {
      const who = relationOf(v);
      return who ? `with ${who}` : undefined;
    },
  },
  {
    // "mum moved in with us after dad passed": a parent named as "Mum", with no one's before it, is the user's.
    id: 'family.lives-with-us-bare',
    match: '{x:$relation} be~|has|have? live~|lives|living|lived|stay~|stays|staying|moved|move~|moving in? with us|me',
    key: 'living_situation',
    category: 'other',
    where: 'anywhere',
    subjects: ['other', 'none'],
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const before = v.clause[at - 1];
      if (!BARE_KIN.has(v.tokens[0]!.low) || before?.pos === 'DET' || before?.pos === 'PRON' || before?.pos === 'PART' || before?.pos === 'ADJ')
        return undefined;
      const who = relationOf(v);
      return who ? `with ${who}` : undefined;
    },
  },
  {
    // "my mum's got dementia and moved in with us": the move said in the next clause, its subject carried over.
    id: 'family.lives-with-us-carried',
    match: '{x:word} in? with us|me',
    key: 'living_situation',
    category: 'other',
    where: 'anywhere',
    subjects: ['other'],
    past: 'ok',
    value: (v) => {
      if (v.clause.indexOf(v.tokens[0]!) !== 0 || !['move', 'live', 'stay'].includes(v.tokens[0]!.lemma)) return undefined;
      const at = v.sentence.indexOf(v.clause[0]!);
      for (let k = 0; k + 1 < at && k < 4; k++) {
        if (v.sentence[k]!.low !== 'my' && v.sentence[k]!.low !== 'our') continue;
        const rest = v.sentence.slice(k + 1, at);
        const n = relativeLength(rest);
        if (n > 0) return `with ${spanText(rest.slice(0, n))}`;
      }
      return undefined;
    },
  },
  {
    id: 'family.carer-for',
    match: 'look_after|looks_after|looking_after|looked_after|care_for|cares_for|caring_for|cared_for|take_care_of|takes_care_of|taking_care_of my|our {x:np}',
    key: 'family',
    where: 'anywhere',
    value: (v) => {
      const who = relationOf(v);
      return who ? `carer for ${who}` : undefined;
    },
  },
  {
    // "co-parenting with my ex", "We share the kids 50/50", "I have them every other weekend": how the
    // user's children are shared since a separation.
    id: 'family.custody',
    match: '{x:$custody}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    list: true,
    value: (v) => {
      // (Not someone else's: "my sister is co-parenting with her ex".)
      const before = v.clause.slice(0, v.clause.indexOf(v.tokens[0]!));
      return before.some((t) => ['his', 'her', 'their', 'sister', 'brother', 'friend', 'mate', 'colleague'].includes(t.low)) ? undefined : v.text;
    },
  },
  {
    id: 'family.expecting',
    match: 'be~ expecting {x:rest}',
    key: 'upcoming_events',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'we', 'other'],
    bucket: 'event',
    requires: 'time',
    value: (v) =>
      v.clause.slice(0, 3).some((t) => ['i', 'we', 'wife', 'partner', 'girlfriend', 'missus', 'fiancee', 'fiancée', 'my'].includes(t.low)) &&
      v.tokens.length <= 8
        ? `expecting ${v.text}`
        : undefined,
  },

  {
    id: 'family.status.be',
    match: 'be~ .. {x:word}',
    key: 'family',
    value: (v) =>
      /^(?:married|engaged|divorced|widowed|separated|single|partnered|remarried|pregnant|expecting)$/.test(v.text.toLowerCase()) ? v.text : undefined,
  },
  {
    // "we're engaged!", "we're married", "me and Tom are engaged": a status a couple shares is the user's too.
    id: 'family.status.we',
    match: 'be~ .. {x:word}',
    key: 'family',
    subjects: ['we'],
    value: (v) => (/^(?:married|engaged|separated|newlyweds)$/.test(v.text.toLowerCase()) ? v.text.toLowerCase() : undefined),
  },
  {
    id: 'family.status.fragment',
    match: '.. {x:word}',
    key: 'family',
    subjects: ['none', 'self'],
    // ("54, widowed, had the paper shop 22 years": a status between commas in a roll call of fragments.)
    where: 'anywhere',
    value: (v) => {
      if (!/^(?:married|engaged|divorced|widowed|separated|single|newlywed|newlyweds|pregnant|expecting)$/.test(v.text.toLowerCase())) return undefined;
      const before = v.clause[v.clause.indexOf(v.tokens[0]!) - 1];
      if (before !== undefined && !['PUNCT', 'NUM', 'ADV', 'ADJ'].includes(before.pos)) return undefined;
      // "Single dad, two boys": the status and the parent it makes the user.
      const next = v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1];
      // ("zero single-use plastic": the first half of a hyphened word.)
      if (next?.low === '-') return undefined;
      return next !== undefined && PARENT_WORDS.has(next.low) ? `${v.text} ${next.text}` : v.text;
    },
  },
  {
    id: 'family.status.got',
    match: 'got|get~|getting married|engaged|divorced',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    past: 'ok',
    // "got married" is a status; "getting married in June" is a wedding to come (an event), no status yet.
    value: (v) =>
      v.clause.some((t) => t.low === 'got' || t.low === 'gotten')
        ? v.clause.map((t) => t.low).find((w) => /^(?:married|engaged|divorced)$/.test(w))
        : undefined,
  },
  { id: 'family.role.be', match: 'be~ a|an|the {x:np}', key: 'family', value: (v) => (v.tokens.some((t) => FAMILY_ROLES.has(t.low)) ? v.text : undefined) },
  {
    // "I'm her main carer now", "I'm his full-time carer": a role to someone named before, kept with whose it is.
    id: 'family.role.theirs',
    match: 'be~ her|his|their {x:np}',
    key: 'family',
    value: (v) => {
      const last = v.tokens[v.tokens.length - 1]!.low;
      return CARING_ROLES.has(last) ? `${v.clause[v.clause.indexOf(v.tokens[0]!) - 1]!.low} ${v.text}` : undefined;
    },
  },
  {
    id: 'family.role.of',
    match: 'be~? a|an|the? {x:np} of|to a|an? {n:np}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // "single dad to a 7yo girl", "mum of two": the role and whom it is to.
    value: (v) => (FAMILY_ROLES.has(v.tokens[v.tokens.length - 1]!.low) && v.slot('n') ? `${v.text} of ${v.slot('n')}` : undefined),
  },
  {
    id: 'family.role.of-count',
    match: 'be~? a|an|the? {x:np} of|to {n:word}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // ("single dad to twins, Wanjiru and Kamau": with the children's names said after them.)
    value: (v) => {
      const n = v.slotTokens('n');
      if (!FAMILY_ROLES.has(v.tokens[v.tokens.length - 1]!.low) || !v.slot('n')) return undefined;
      const said = `${v.text} of ${v.slot('n')}`;
      return KIDS.has(n[0]!.low) ? childrenNamed({ ...v, tokens: n }, said) : said;
    },
  },
  {
    id: 'family.role.as',
    match: 'as a|an|the {x:np}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => (FAMILY_ROLES.has(v.tokens[v.tokens.length - 1]!.low) || /^only child$/i.test(v.text) ? v.text : undefined),
  },
  {
    id: 'family.kids-are',
    match: "kids|children|boys|girls|twins|triplets be~|'re {n:num}",
    key: 'family',
    subjects: ['other', 'none'],
    where: 'anywhere',
    value: (v) => {
      // "kids are 6 and 9", "my kids are 6 and 9 so bedtime matters": the children, with the ages said.
      const at = v.clause.findIndex((t) => ['kids', 'children', 'twins', 'triplets'].includes(t.low));
      if (at < 0 || at > 1 || (at === 1 && v.clause[0]!.low !== 'my' && v.clause[0]!.low !== 'our')) return undefined;
      const from = v.clause.findIndex((t, k) => k > at && /^\d{1,2}$/.test(t.text));
      let to = from;
      while (to + 2 < v.clause.length && ['and', ',', '&'].includes(v.clause[to + 1]!.low) && /^\d{1,2}$/.test(v.clause[to + 2]!.text)) to += 2;
      const ages =
        from < 0
          ? ''
          : v.clause
              .slice(from, to + 1)
              .map((t) => t.text)
              .join(' ')
              .replace(/ ,/g, ',');
      return ages === '' ? v.clause[at]!.text : `${v.clause[at]!.low} aged ${ages}`;
    },
  },
  {
    // "my daughter is 15", "my eldest Kwame is 12", "our youngest turns 3 in May": a child of the user's with the age said.
    id: 'family.kid-aged',
    match: "my|our {k:word} {n:name}? ,? be~|'s|turn~|turned|turning {a:num}",
    key: 'family',
    where: 'anywhere',
    subjects: ['other', 'none', 'self', 'attr'],
    value: kidAged,
  },
  {
    // "single dad, daughter Leila is 6, so …": a child named first in a clause or after a comma, with no "my", is the user's.
    id: 'family.kid-aged-bare',
    match: "{k:word} {n:name}? ,? be~|'s|turn~|turned|turning {a:num}",
    key: 'family',
    where: 'anywhere',
    subjects: ['other', 'none'],
    value: (v) => {
      const at = v.clause.indexOf(v.slotTokens('k')[0]!);
      return at === 0 || v.clause[at - 1]?.pos === 'PUNCT' ? kidAged(v) : undefined;
    },
  },
  // "… get the kids from school. Tayo is 8 and Funmi is 5": children named with their ages, two of them side by side.
  {
    id: 'family.named-ages',
    match: "{n:name} be~|'s {a:num}",
    key: 'family',
    where: 'anywhere',
    subjects: ['other'],
    value: namedChildAge,
  },
  {
    id: 'family.multiples',
    match: '{x:word}',
    key: 'family',
    subjects: ['none'],
    value: (v) => (/^(?:twins|triplets|quadruplets|quads)$/i.test(v.text) && v.clause.filter((t) => t.pos !== 'PUNCT').length <= 2 ? v.text : undefined),
  },
  {
    id: 'family.kids.count',
    match: '{n:num} {x:word}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    value: (v) => (KIDS.has(v.text.toLowerCase()) && !othersCounted(v) ? childrenNamed(v, `${v.slot('n')} ${v.text}`) : undefined),
  },
  {
    // "married with twin boys, 4", "I have twin girls": twins said by what they are.
    id: 'family.kids.twins',
    match: 'twin {x:word}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    value: (v) => (TWIN_KIDS.has(v.text.toLowerCase()) && !othersCounted(v) ? childrenNamed(v, `twin ${v.text}`) : undefined),
  },
  {
    // "42, divorced, two teenage boys", "2 little girls": children counted with a word for their age.
    id: 'family.kids.count-aged',
    match: '{n:num} {a:word} {x:word}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    value: (v) =>
      KIDS.has(v.text.toLowerCase()) && CHILD_AGES.has(v.slot('a')!.toLowerCase()) && !othersCounted(v)
        ? childrenNamed(v, `${v.slot('n')} ${v.slot('a')} ${v.text}`)
        : undefined,
  },
  {
    // "I've got 3yo twins and a 6 week old", "we have a toddler": children the user has, said by what they are.
    id: 'family.kids.have',
    match: 'have~|got|having a|an? {x:np}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    value: childAsSaid,
  },
  {
    // "I have a son", "we've got a little one, Maisie, she's 18 months", "I've got two daughters": the user's children,
    // with the names said after them.
    id: 'family.kids.have-child',
    match: 'have~|got a|an|one|two|three|four|{n:num} little|baby|grown|teenage|young? {x:word}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const before = v.clause[at - 1]?.low ?? '';
      const word = v.text.toLowerCase();
      const child =
        HAD_CHILDREN.has(word) || (word === 'one' && before === 'little') || (['girl', 'boy'].includes(word) && ['little', 'baby'].includes(before));
      // (Not one on the way, nor something of the child's: "I have a son's birthday to plan".)
      const coming = v.clause.some((t) => t.low === 'due' || t.low === 'expecting' || t.low === 'having');
      if (!child || coming || v.clause[at + 1]?.low === "'s") return undefined;
      const from = ['little', 'baby', 'grown', 'teenage', 'young'].includes(before) ? at - 1 : at;
      const count = v.clause[from - 1]!;
      const said = spanText(v.clause.slice(['a', 'an'].includes(count.low) ? from : from - 1, at + 1));
      return childrenNamed(v, said);
    },
  },
  {
    // "I have a sister", "I've got two older brothers", "got 3 siblings": brothers and sisters the user says they have
    // ("my sister says …" alone is someone else speaking, not a fact the user gave).
    id: 'family.siblings.have',
    match: 'have~|got|having {x:np}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => {
      const first = v.clause[v.clause.indexOf(v.tokens[0]!) - 1];
      const counted = first !== undefined && (['a', 'an'].includes(first.low) || first.pos === 'NUM' || COUNT_WORDS.has(first.low));
      const lead = v.tokens[0]!;
      const counts = counted || COUNT_WORDS.has(lead.low) || lead.pos === 'NUM' || lead.low === 'a' || lead.low === 'an';
      return counts && v.tokens.length <= 4 && SIBLINGS.has(v.tokens[v.tokens.length - 1]!.low)
        ? spanText(counted ? [first!, ...v.tokens] : v.tokens)
        : undefined;
    },
  },
  {
    // "who has our 2-year-old before nursery opens?", "my 6yo won't eat veg": the user's child, said by what it is.
    id: 'family.kids.my',
    match: 'my|our {x:np}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    inQuestion: true,
    // (not a relative's child: "my sister's 2-year-old")
    value: (v) => (v.tokens.some((t) => t.low === "'s" || t.low === '’s') ? undefined : childAsSaid(v)),
  },
  {
    // "we had our second baby on the 4th, a little girl called Maeve", "just welcomed a baby boy named Finn".
    id: 'family.new-baby',
    match: 'baby? girl|boy|baby|son|daughter called|named {n:name}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    past: 'ok',
    value: (v) => {
      const lows = v.sentence.map((t) => t.low);
      if (!lows.some((w) => BIRTH_VERBS.has(w)) || !lows.some((w) => w === 'we' || w === 'i' || w === 'our' || w === 'my')) return undefined;
      const kind = v.clause.find((t) => t.low === 'girl' || t.low === 'boy' || t.low === 'son' || t.low === 'daughter')?.low;
      return `${kind === 'girl' || kind === 'daughter' ? 'daughter' : kind === undefined ? 'baby' : 'son'} ${v.slot('n')}`;
    },
  },
  {
    // "just me and the wife", "me + wife + 3 kids", "me, my husband and the twins (they're 7)", "the twins have just turned 4":
    // the user's own people, said with "the" (or nothing) beside "me", and twins said so.
    id: 'family.the-relation',
    match: 'the? wife|missus|missis|hubby|husband|partner|twins|triplets',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    past: 'ok',
    value: (v) => {
      const at = v.clause.findIndex((t) => THE_RELATIONS.has(t.low));
      const word = v.clause[at]!;
      const the = v.clause[at - 1]?.low === 'the';
      const beside = v.clause.slice(Math.max(0, at - 4), at).some((t) => t.low === 'me');
      // ("my sister's twins", "her husband": someone else's; "the twins" alone is the user's own.)
      if (v.clause.slice(Math.max(0, at - 3), at).some((t) => t.low === "'s" || ['his', 'her', 'their', 'your'].includes(t.low))) return undefined;
      if (beside && (the || v.clause[at - 1]?.text === '+' || v.clause[at - 1]?.low === 'and')) return word.low;
      // "wife's a nurse on nights", "hubby works away", "2 kids, husband works nights": "my" left out before the subject.
      const next = v.clause[at + 1];
      const opens = v.clause.slice(0, at).every((t) => t.pos === 'PUNCT' || t.pos === 'INTJ' || DROPPED_MY_OPENERS.has(t.low));
      if (
        opens &&
        !the &&
        word.low !== 'twins' &&
        word.low !== 'triplets' &&
        next !== undefined &&
        (next.pos === 'VERB' || next.pos === 'AUX' || next.low === "'s")
      )
        return word.low;
      return the && (word.low === 'twins' || word.low === 'triplets') ? word.low : undefined;
    },
  },
  { id: 'family.kids.no-kids', match: 'no kids|children', key: 'family', where: 'anywhere', subjects: ['self', 'none', 'we'], value: () => 'no kids' },
  // "the grandkids come over Sundays": grandchildren said with "the" are the user's own (the kids might be a class's).
  {
    id: 'family.the-grandkids',
    match: 'the {x:word}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    value: (v) =>
      /^grand(?:kids|children|sons|daughters)$/.test(v.text.toLowerCase()) && v.clause[v.clause.indexOf(v.tokens[0]!) + 1]?.low !== "'s" ? v.text : undefined,
  },
  // "the wife does all my books", "the missus is on nights": a spouse said with "the" to open a clause is the user's own.
  {
    id: 'family.the-spouse',
    match: 'the {x:word}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      return SPOUSE_IDIOMS.has(v.text.toLowerCase()) && at === 1 && v.clause[at + 1]?.low !== 'of' ? v.text : undefined;
    },
  },
  {
    id: 'family.my-relation',
    match: 'my|our own|one|two|three|four|five|little|eldest|youngest|oldest? {x:$close_family} {n:name}?',
    negation: 'keep',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other', 'attr'],
    inQuestion: true,
    past: 'ok',
    // ("planning my son's 7th birthday": a plan around one's own relative still says they exist.)
    present: true,
    value: (v) => {
      if (KIDS.has(v.text.toLowerCase())) return childrenNamed(v, counted(v), v.slot('n'));
      // ("since my wife passed", "my husband passed two years ago": a spouse who has died makes the user widowed; another
      // relative said to have died is a late one.)
      if (diedAfter(v)) return SPOUSES.has(v.text.toLowerCase()) ? 'widowed' : `late ${v.text}`;
      return [v.text, v.slot('n')].filter(Boolean).join(' ');
    },
  },
  {
    // "I send money home every month to my parents", "paying school fees for my younger brother": someone of the user's
    // family they keep.
    id: 'family.supports',
    match: `${SUPPORTING} ... to|for my|our younger|older|little|big|elderly|disabled? {x:$relation}`,
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    // ("I bought a slow cooker for my mum": kin had, whenever it was.)
    past: 'ok',
    value: (v) => {
      // (Kin only: "a gift for my boss" says nothing of the family.)
      if (!KIN.has(v.text.toLowerCase()) && CLOSE_FAMILY.matchAt(v.tokens, 0) === 0) return undefined;
      const at = v.clause.indexOf(v.tokens[0]!);
      const side = v.clause[at - 1]!;
      return ['younger', 'older', 'little', 'big', 'elderly', 'disabled'].includes(side.low) ? `${side.low} ${v.text}` : v.text;
    },
  },
  {
    // "my husband and our two boys are still in Cebu", "my little girl starts school": boys and girls the user counts or
    // calls little or eldest are their children ("my boys" alone may be friends: "out with my boys tonight").
    id: 'family.my-boys',
    match: 'my|our {x:np}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other', 'attr'],
    inQuestion: true,
    present: true,
    value: (v) =>
      v.tokens.length === 2 && CHILD_MARKS.has(v.tokens[0]!.low) && /^(?:boys?|girls?)$/.test(v.tokens[1]!.low)
        ? childrenNamed(v, spanText(v.tokens))
        : undefined,
  },
  {
    id: 'family.living-with',
    match: 'live~|living with my|our? {x:np}',
    key: 'living_situation',
    category: 'other',
    where: 'anywhere',
    value: (v) => {
      // "with my nan and my two younger sisters": everyone the user lives with, each named with "my".
      const end = v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1;
      const next = v.clause[end + 1]?.low;
      if (v.clause[end]?.low !== 'and' || (next !== 'my' && next !== 'our')) return `with ${v.text}`;
      let k = end + 2;
      while (k < v.clause.length && k < end + 6 && ['NOUN', 'ADJ', 'NUM'].includes(v.clause[k]!.pos)) k++;
      // (only a phrase that ends there: "and my kids love it" says something of the kids)
      const closes = v.clause[k] === undefined || v.clause[k]!.pos === 'PUNCT' || ['and', 'but', 'so', 'in', 'at', 'near'].includes(v.clause[k]!.low);
      return k > end + 2 && closes ? `with ${v.text} and ${spanText(v.clause.slice(end + 2, k))}` : `with ${v.text}`;
    },
  },
  {
    // "just my mum, i live with her", "my nan's 90 and we live with her": "her" / "him" / "them" is the relative just named.
    id: 'family.living-with-them',
    match: 'live~|living with {x:word}',
    key: 'living_situation',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    value: (v) => {
      if (!['her', 'him', 'them'].includes(v.text.toLowerCase())) return undefined;
      const at = v.sentence.indexOf(v.tokens[0]!);
      for (let k = at - 3; k >= 0; k--) {
        if (v.sentence[k]!.low !== 'my' && v.sentence[k]!.low !== 'our') continue;
        const n = RELATIONS.matchAt(v.sentence, k + 1);
        const who = v.sentence.slice(k + 1, k + 1 + n);
        // (a relative, not "my boss" or "my mate")
        return n > 0 && (CLOSE_FAMILY.matchAt(who, 0) === n || ELDERS.has(who[0]!.low)) ? `with ${spanText(who)}` : undefined;
      }
      return undefined;
    },
  },
  { id: 'family.living-alone', match: 'live~|living alone|solo', key: 'living_situation', category: 'other', where: 'anywhere', value: () => 'alone' },
  {
    id: 'family.foster',
    match: 'foster carer|carers|parent~|mum~|dad~',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    value: () => 'foster carer',
  },
  // "my partner and I have just started fostering": caring for a foster child, begun.
  {
    id: 'family.foster-started',
    match: 'start~|started|begun|began|been fostering',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    past: 'ok',
    // (Said as the user says it, so that "second week of fostering" reinforces it.)
    value: () => 'fostering',
  },

  {
    id: 'family.pets.mention',
    match: 'have~|got|own~|adopted|rescued|fostering|fostered|adopt~|bought|brought_home ... {x:$pet} actually? called|named|(? {n:name}?',
    key: 'pets',
    keyOf: petKey,
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    past: 'ok',
    value: (v) => petWithName(v),
  },
  {
    // "my 2-year-old cockapoo": an age written with hyphens before the animal.
    id: 'family.pets.my-aged',
    match: 'my|our {a:num} - year|month|week|yr - old {x:$pet}',
    key: 'pets',
    keyOf: petKey,
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other', 'attr'],
    inQuestion: true,
    request: true,
    value: (v) => (ownedByAnother(v) ? undefined : petWithName(v)),
  },
  {
    id: 'family.pets.my',
    match: 'my|our .. {x:$pet} ,|(? {n:name}?',
    negation: 'keep',
    key: 'pets',
    keyOf: petKey,
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other', 'attr'],
    inQuestion: true,
    // "pet insurance quotes for our two cats, Biscuit and Mango": a request about the user's own animal still says it is theirs.
    request: true,
    // "my sister's cat", "my friend's dog": someone else's animal.
    value: (v) => (ownedByAnother(v) ? undefined : petWithName(v)),
  },
  {
    id: 'family.pets.have',
    match: 'have~|got|own~|adopt~|adopted|rescue~|rescued|one|two|three a|an|two|three? .. {x:$pet} actually? called|named|(? {n:name}?',
    key: 'pets',
    keyOf: petKey,
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    past: 'ok',
    value: (v) => petWithName(v),
  },
  {
    // "springer spaniel called Biscuit, comes home with me on rest days": the animal and its name, said as a fragment.
    id: 'family.pets.fragment-named',
    match: 'a|an? .. {x:$pet} called|named {n:name}',
    key: 'pets',
    keyOf: petKey,
    subjects: ['none'],
    value: withName,
  },
  {
    // "my only pet is a budgie called Pip", "my pets are two rescue ferrets": the animals said as the attribute's value (not a
    // "pet hate").
    id: 'family.pets.attr',
    match: 'be~ a|an|one|two|three? .. {x:$pet} actually? called|named|(? {n:name}?',
    key: 'pets',
    keyOf: petKey,
    subjects: ['attr'],
    attr: ['pet', 'pets'],
    value: (v) => (v.clause.some((t) => PET_HATES.has(t.low)) ? undefined : withName(v)),
  },
  {
    // A household roll call that ends with a partner: "two kids under ten and a husband who …".
    id: 'family.partner.roll-call',
    match: 'a {x:word}',
    key: 'family',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    value: (v) => {
      if (!ROLL_CALL_PARTNERS.has(v.text.toLowerCase())) return undefined;
      // (The clause splitter takes "and" off the clause: it is looked for in the sentence.)
      const before = v.sentence.slice(0, v.sentence.indexOf(v.tokens[0]!) - 1);
      if (!['and', 'plus', '&'].includes(before[before.length - 1]?.low ?? '')) return undefined;
      // Not another's household ("my sister has two kids and a husband who …").
      if (before.some((t, k) => t.low === "'s" || (RELATIONS.matchAt(before, k) > 0 && !KIDS.has(t.low)))) return undefined;
      return before.some((t) => KIDS.has(t.low)) && !v.sentence.some((t) => WISHING.has(t.low)) ? v.text : undefined;
    },
  },
  {
    // "We adopted Bruno, a retired general purpose dog": the animal named first, its kind set off after a comma.
    id: 'family.pets.named-first',
    match: 'have~|got|adopt~|adopted|rescue~|rescued {n:name} , a|an .. {x:$pet}',
    key: 'pets',
    keyOf: petKey,
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    past: 'ok',
    value: withName,
  },
  {
    // A household roll call: "2 kids both under 5 and a staffy called biscuit", "a husband, three kids and a dog".
    id: 'family.pets.roll-call',
    match: 'and|plus? a|an|one|two|three .. {x:$pet} actually? called|named|(? {n:name}?',
    key: 'pets',
    keyOf: petKey,
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    negation: 'keep',
    value: (v) => {
      const at = v.sentence.indexOf(v.tokens[0]!);
      const before = v.sentence.slice(0, at);
      const joined = before.slice(-5).some((t) => t.low === 'and' || t.low === 'plus');
      const household = before.some((t) => KIDS.has(t.low) || CLOSE_FAMILY_WORDS.has(t.low));
      const wish = v.sentence.some((t) => WISHING.has(t.low));
      return joined && household && !wish ? petWithName(v) : undefined;
    },
  },
  {
    // "just me and the cat", "me & the dog": the user's animal, said with "the" beside "me".
    id: 'family.pets.me-and-the',
    match: 'me and|& the {x:$pet}',
    key: 'pets',
    keyOf: petKey,
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    value: petWithName,
  },
  {
    // "… so it's just me and the cat, help me plan …": the same, when the clause reader cuts the pair at "and".
    id: 'family.pets.me-and-the-cut',
    match: 'the {x:$pet}',
    key: 'pets',
    keyOf: petKey,
    subjects: ['none'],
    value: (v) => {
      const at = v.sentence.indexOf(v.clause[0]!);
      return v.sentence[at - 1]?.low === 'and' && v.sentence[at - 2]?.low === 'me' && v.clause[0]?.low === 'the' ? petWithName(v) : undefined;
    },
  },
  {
    // "miss my dog more than my family tbh, she's a staffie called Biscuit": the user's animal just named, said again by a
    // pronoun, with its kind and its name.
    id: 'family.pets.she-is',
    match: "be~|'s a|an .. {x:$pet} called|named {n:name}",
    key: 'pets',
    keyOf: petKey,
    where: 'anywhere',
    subjects: ['other'],
    value: (v) => {
      if (!['she', 'he', 'it'].includes(v.clause[0]?.low ?? '')) return undefined;
      const at = v.sentence.indexOf(v.clause[0]!);
      const named = v.sentence.slice(0, Math.max(0, at)).some((t, k, all) => (t.low === 'my' || t.low === 'our') && PETS.matchAt(all, k + 1) > 0);
      return named ? withName(v) : undefined;
    },
  },
  { id: 'family.pets.owner', match: '{x:$pet} owner|mum|mom|dad|parent|person', key: 'pets', where: 'anywhere', subjects: ['self', 'none'] },
  {
    // "… so it's just Ruby the cocker now", "My dogs: Bracken, Moss and Pip the terrier": an animal called by its name and
    // its kind, in a sentence about the user's own animals (one that says "my" or "our" before it, and no one else's, or
    // "just" right before it).
    id: 'family.pets.name-the-kind',
    match: '{n:name} the {x:$pet}',
    key: 'pets',
    keyOf: petKey,
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    value: (v) => {
      const before = v.sentence.slice(0, Math.max(0, v.sentence.indexOf(v.tokens[0]!) - 2));
      // ("it's just Ruby the cocker now": the one animal left.)
      const own = before.some((t) => t.low === 'my' || t.low === 'our') || before[before.length - 1]?.low === 'just';
      // ("my sister's got Max the labrador"; not "it's".)
      const others = before.some((t, k) => (t.low === "'s" && before[k - 1]?.pos !== 'PRON') || t.low === 'his' || t.low === 'her' || t.low === 'their');
      return own && !others ? `${v.slot('n')} the ${v.text}` : undefined;
    },
  },
];
