import type { Fact } from '../../../profiles/model.js';
import type { WorkBudget } from '../nlp/budget.js';
import { normaliseText } from '../nlp/normalise.js';
import { conceptId } from './concepts/index.js';
import { relativeBefore, type FactTerms, type Profile } from './facts.js';
import { gives, isDateWord, kindsOf } from './answer-kind.js';
import {
  ANIMAL_KINDS,
  ANY_CHILD,
  CHILD_WORDS,
  COLLECTION_KEYS,
  GENERIC,
  PEOPLE_KEYS,
  RELATION_KEY_WORDS,
  RELATION_PHRASES,
  RELATIONS,
  WEEKDAYS,
} from './lexicon.js';
import type { Aspect, Question } from './question.js';
import type { QToken } from './qtokens.js';
import { aspectMatch, lexical } from './score.js';
import { isTrade, picksTrade } from './subject.js';
import { MATCH_CHARS, valueItems } from './values.js';
import { fold, isNumber, stem, wordsOf, type Word } from './words.js';

/**
 * A question about someone other than the user is answered only when the profile holds that very
 * detail: a key about that person ("spouse_name", "kids") that matches what is asked, or an item of
 * the user's family or pets that names the person with the detail asked for ("daughter Adjoa, 3" for
 * her daughter's name or age). Anything else about other people is not in the profile.
 */

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['?', '.', '!', ';']);

type Attribute = 'name' | 'age' | 'identity' | 'kind' | 'other';

function attributeOf(q: Question): Attribute {
  const lows = q.tokens.map((t) => t.lemma);
  // "what's his son's school called?", "the name of her daughter's school": the name of a thing of theirs, not theirs.
  if (q.head?.named && q.other && (q.head.noun < q.other.start || q.head.noun >= q.other.end)) return 'other';
  if (lows.includes('name') || lows.includes('call') || lows.includes('named')) return 'name';
  if (lows.includes('age') || q.tokens.some((t, i) => t.low === 'old' && q.tokens[i - 1]?.low === 'how')) return 'age';
  if (
    lows.includes('breed') ||
    (q.other?.kind === 'relation' && q.other.group === 'pet' && (lows.includes('kind') || lows.includes('type') || lows.includes('sort')))
  )
    return 'kind';
  const content = q.tokens.filter((t) => !t.punct && t.pos !== 'AUX' && t.pos !== 'DET');
  if (q.tokens[0]?.low === 'who' && content.length <= 2) return 'identity';
  // "who's her supervisor? need to cc them": "who is" and the person, closing its sentence, asks who they are.
  const closed = q.other !== undefined && (q.tokens[q.other.end] === undefined || SENTENCE_ENDS.has(q.tokens[q.other.end]!.low));
  if (q.tokens[0]?.low === 'who' && q.tokens[1]?.pos === 'AUX' && q.other?.start === 2 && closed) return 'identity';
  // "which accountant does she use?": who the professional is ("accountant: Jane Moss" answers it).
  if (picksTrade(q.tokens, q.other)) return 'identity';
  return 'other';
}

/** The detail an item gives about the person named at `at`: a name after it, or an age near it. */
function itemGives(words: readonly Word[], at: number, attribute: Attribute, byKind: boolean, named = false): boolean {
  if (attribute === 'identity') return true;
  if (attribute === 'kind') return byKind; // "a kelpie called Milo" says which kind of dog
  // "Bluey (kelpie)": a name put first, before the kind.
  if (attribute === 'name' && (named || at === 1) && words[0]?.cap === true && words[at + 1] === undefined) return true;
  if (attribute === 'name' && named) return words[0]?.cap === true;
  // "Pickle, a rescue tabby cat": a name put first, and the kind in apposition after an article.
  if (attribute === 'name' && at > 1 && at <= 5 && words[0]?.cap === true && APPOSITION.has(words[1]?.low ?? '')) return true;
  if (attribute === 'name') {
    const next = words[at + 1];
    const after = words[at + 2];
    if (next?.cap && !next.joined) return true;
    if ((next?.low === 'called' || next?.low === 'named') && after?.cap === true) return true;
    // "twin toddlers Ava and Noah": another word for the same people before the names.
    if (next !== undefined && (RELATIONS.has(next.low) || RELATIONS.has(next.stem)) && after?.cap === true && !after.joined) return true;
    // "kelpie cross called Rosie", "a rescue greyhound, retired, named Dot": a word or two more of the kind before the name.
    for (let k = at + 2; k <= at + 3 && k + 1 < words.length; k++) {
      const w = words[k]!;
      if ((w.low === 'called' || w.low === 'named') && words[k + 1]!.cap) return words.slice(at + 1, k).every((x) => !x.cap && !RELATIONS.has(x.low));
    }
    return false;
  }
  if (attribute === 'age') {
    // "married to Jun, son Paolo, 10": an age after the next relative is that relative's.
    for (let k = at + 1; k <= at + 3 && k < words.length && !RELATIONS.has(words[k]!.low); k++) {
      if (isNumber(words[k]!.low)) return true;
      // "Zayd, born March 2023": a year of birth gives the age.
      if (words[k]!.low === 'born' && words.slice(k + 1, k + 4).some((w) => /^(?:19|20)\d\d$/.test(w.low))) return true;
    }
  }
  return false;
}

/** Articles that open a phrase in apposition to a name ("Pickle, a rescue tabby cat"). */
const APPOSITION: ReadonlySet<string> = new Set(['a', 'an']);

/** Where an item names the person: the word itself, or a phrase for it ("married to" for a husband). */
function mentionAt(words: readonly Word[], targets: readonly (readonly string[])[]): { at: number; target: number } {
  for (const [t, phrase] of targets.entries()) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((p, k) => words[i + k]!.stem === p)) return { at: i + phrase.length - 1, target: t };
    }
  }
  return { at: -1, target: -1 };
}

/** The items of a value, each cut at semicolons ("married to Jun; son Paolo, 10"): a clause speaks of one person. */
function clausesOf(items: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of items.slice(0, 50)) for (const part of item.split(';')) if (out.length < 50 && part.trim() !== '') out.push(part);
  return out;
}

/** The words of each clause of a fact's value, read one at a time (bounded by MATCH_CHARS and 40 words a clause). */
function* clauseWords(fact: Fact): Generator<Word[]> {
  for (const item of clausesOf(valueItems(fact.value))) yield wordsOf(normaliseText(item.slice(0, MATCH_CHARS)), 40);
}

/** A child named by sex, and the words a family item uses for them ("her little girl" is her daughter). */
const CHILD_OF_SEX: ReadonlyMap<string, readonly string[]> = new Map([
  ['girl', ['daughter']],
  ['boy', ['son']],
  ['girls', ['daughters']],
  ['boys', ['sons']],
  ['daughter', ['girl']],
  ['son', ['boy']],
]);
const CHILD_KEY_WORDS: readonly string[] = ['children', 'child', 'kids', 'kid'];
const BOYS: readonly string[] = ['son', 'boy', 'sons', 'boys'];
const GIRLS: readonly string[] = ['daughter', 'girl', 'daughters', 'girls'];
const OPPOSITE_SEX: ReadonlyMap<string, readonly string[]> = new Map([...GIRLS.map((g) => [g, BOYS] as const), ...BOYS.map((b) => [b, GIRLS] as const)]);

/** Familiar words for an animal, and the kind they name. */
const ANIMAL_WORDS: ReadonlyMap<string, string> = new Map([
  ['pup', 'dog'],
  ['puppy', 'dog'],
  ['pooch', 'dog'],
  ['doggo', 'dog'],
  ['kitty', 'cat'],
  ['kitten', 'cat'],
]);

function fromItems(profile: Profile, word: string, attribute: Attribute): Fact[] {
  const low = word.toLowerCase();
  // ("her pup", "the pooch", "his kitty": a word for the animal itself stands for its kind.)
  const kinds = ANIMAL_KINDS.get(stem(ANIMAL_WORDS.get(low) ?? low)) ?? [];
  const phrases = [
    [stem(low)],
    ...(RELATION_PHRASES.get(low) ?? []).map((p) => p.split(' ').map(stem)),
    ...(ANY_CHILD.has(low) ? CHILD_WORDS.map((w) => [stem(w)]) : []),
  ];
  // (A kind in the plural too: "collies" does not stem as "collie" does.)
  const targets = [...phrases, ...kinds.flatMap((k) => [[stem(k)], [stem(`${k}s`)]]), ...(CHILD_OF_SEX.get(low) ?? []).map((w) => [stem(w)])];
  // "how old is his daughter?" beside "children: Efua, 15": a key of the user's children names each child, son or daughter.
  const childKeys = CHILD_OF_SEX.has(low) || CHILD_WORDS.includes(low) ? CHILD_KEY_WORDS.map(stem) : [];
  const out: Fact[] = [];
  for (const terms of profile.facts) {
    // "dogs: Bluey (kelpie)", "children: Jess, 27": a key that names the relation makes each item one of them.
    const keyNames = targets.some((t) => t.length === 1 && terms.key.has(t[0]!)) || childKeys.some((k) => terms.key.has(k));
    if (!PEOPLE_KEYS.has(terms.fact.key) || !(keyNames || targets.some((t) => terms.value.has(t[0]!)))) continue;
    for (const words of clauseWords(terms.fact)) {
      // ("what's his son called?" is not answered by "Efua (daughter), 15".)
      if (childKeys.length > 0 && words.some((w) => (OPPOSITE_SEX.get(low) ?? []).includes(w.low))) continue;
      if (keyNames && words[0] !== undefined && itemGives(words, -1, attribute, false, true)) {
        out.push(terms.fact);
        break;
      }
      const { at, target } = mentionAt(words, targets);
      if (at >= 0 && itemGives(words, at, attribute, target >= phrases.length)) {
        out.push(terms.fact);
        break;
      }
    }
  }
  return out;
}

function fromKeys(profile: Profile, q: Question, word: string, group: string, attribute: Attribute, byName = false): Fact[] {
  // "whats the dogs weight in kilos?" beside pet_weight_kg: a key of the user's pet answers for the animal of any kind.
  // (Not when a person of a trade follows: "her dog walker", "the dog groomer".)
  const after = q.other === undefined ? undefined : q.tokens[q.other.end];
  const animal = group === 'pet' && !(after !== undefined && (isTrade(after.low) || after.low === 'walker' || after.low === 'sitter'));
  const relationStems = new Set(
    [word, ...(RELATION_KEY_WORDS.get(group) ?? []), ...(TRADE_KEY_WORDS.get(word) ?? []), ...(animal ? PET_KEY_WORDS : [])].map(stem),
  );
  const family = new Set([conceptId('family'), conceptId('pets')]);
  // "what's the vet's phone number?" beside vet_practice, "the client's budget" beside client_hours: the words that
  // name the person say whose it is, not what is asked of them; only the rest of the question may find it in a key.
  const naming = attribute === 'identity' ? new Set<string>() : namingStems(q);
  const named = (a: Aspect): boolean => {
    const words = [...a.words, ...(a.cues ?? []).map(stem)];
    return words.length > 0 && words.every((w) => naming.has(w));
  };
  const asked = q.aspects.filter((a) => (a.concept === undefined || !family.has(a.concept)) && !named(a));
  const out: Fact[] = [];
  for (const terms of profile.facts) {
    // ("childcare": a key word that opens with the relation is the relation and the rest, "care".)
    const keyWords = [...terms.key].flatMap((k) => {
      const r = relationStems.has(k) ? undefined : [...relationStems].find((x) => x.length >= 4 && k.length > x.length + 2 && k.startsWith(x));
      return r === undefined ? [k] : [r, k.slice(r.length)];
    });
    if (COLLECTION_KEYS.has(terms.fact.key) || !keyWords.some((k) => relationStems.has(k))) continue;
    const rest = keyWords.filter((k) => !relationStems.has(k));
    const identity = rest.every((k) => k === 'name' || k === 'nam');
    // "what are his employees' names?" beside "employees: 4": a count of them gives no name.
    const nameless = attribute === 'name' && rest.length === 0 && terms.kinds.has('number') && !terms.kinds.has('name');
    if ((attribute === 'name' || attribute === 'identity') && identity && !nameless) out.push(terms.fact);
    // "what's his GP's name at the Murgon clinic?" beside gp_clinic: a name asked is given by a key of the person or of
    // their name, not by a key of another thing of theirs that matches the rest of the question; and a key of theirs
    // gives what is asked only in the kind asked for ("what's the dog walker called?" is not answered by her days).
    else if (
      attribute !== 'name' &&
      rest.length > 0 &&
      (q.kind === undefined || gives(terms, q.aspects, q.kind, q.stems)) &&
      asked.some((a) => keyAnswers(profile, terms, a.words, a.concept)) &&
      // (Asked by a name, every strong part of the question is on the fact: "does Isla have any allergies I should tell the
      // nursery about?" is not answered by childcare_budget.)
      (!byName || asked.every((a) => a.weight < 1 || keyAnswers(profile, terms, a.words, a.concept) || aspectMatch(profile, terms, a) > 0))
    )
      out.push(terms.fact);
  }
  return out;
}

/**
 * Key words for a trade's place or its other names ("which chemist does she get her prescriptions from?" beside
 * pharmacy, "who's her doctor?" beside gp_surgery).
 */
const TRADE_KEY_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['boss', ['manager', 'supervisor']],
  ['manager', ['boss']],
  ['supervisor', ['manager', 'boss']],
  ['chemist', ['pharmacy', 'pharmacist']],
  ['pharmacist', ['pharmacy', 'chemist']],
  ['doctor', ['gp']],
  ['doctors', ['gp']],
  ['gp', ['doctor']],
  ['mechanic', ['garage']],
  ['hairdresser', ['hair', 'salon', 'barber']],
  ['barber', ['hair', 'hairdresser']],
  ['optician', ['optometrist', 'opticians']],
  ['optometrist', ['optician']],
  ['solicitor', ['lawyer']],
  ['lawyer', ['solicitor', 'attorney']],
  ['attorney', ['lawyer']],
  ['physiotherapist', ['physio']],
  ['vet', ['veterinary', 'vets']],
  ['vets', ['vet', 'veterinary']],
]);

/** Key words for the user's animal, whatever its kind ("pet_food", "pet_weight_kg"). */
const PET_KEY_WORDS: readonly string[] = ['pet', 'pets'];

/** Stems of the words of the phrase that names the other person ("the vet", "his 6am client"). */
function namingStems(q: Question): Set<string> {
  const out = new Set<string>();
  const other = q.other;
  if (!other || other.kind === 'someone') return out;
  for (let i = other.start; i < other.end; i++) {
    const t = q.tokens[i]!;
    out.add(t.stem).add(stem(t.lemma));
  }
  return out;
}

function keyAnswers(profile: Profile, terms: FactTerms, words: readonly string[], concept: number | undefined): boolean {
  const keyOnly = { ...terms, value: new Set<string>() };
  return lexical(profile, keyOnly, words) >= 1 || (concept !== undefined && (terms.levels.get(concept) ?? 0) >= 0.8);
}

/** The facts that answer a question about someone else; empty when the profile does not hold it. */
export function answerAboutOther(q: Question, profile: Profile, budget?: WorkBudget): Fact[] {
  const other = q.other;
  if (!other) return [];
  const doers =
    other.kind === 'someone' && other.word === 'who' ? [...fromWhoItems(profile, q), ...fromRoleItems(profile, q), ...fromNamedItems(profile, q)] : [];
  if (doers.length > 0) return doers.slice(0, 3);
  const attribute = attributeOf(q);
  // "what's his ex-wife's name?" beside "partner: Mireille (fiancée)": a former relative is found only where the profile
  // says former (an "ex" key, "divorced from", "ex-husband Dev"), never in the present one's fact.
  const former = q.tokens.slice(Math.max(0, other.start), other.end).some((t) => FORMER.has(t.low));
  const keep = (facts: Fact[]): Fact[] => (former ? facts.filter(saysFormer) : facts).slice(0, 3);
  // "what does biscuit eat?" beside pet_food, when a pets fact names Biscuit: a name of one of the user's people or
  // animals is asked about like the relation the profile gives it.
  const named =
    other.kind === 'name' ? (profile.nameRelations.get(other.word.toLowerCase()) ?? profile.nameRelations.get(fold(other.word.toLowerCase()))) : undefined;
  const relation = other.kind === 'relation' ? other : named;
  const keyed =
    relation !== undefined && (other.kind === 'relation' || attribute === 'other')
      ? keep(fromKeys(profile, q, relation.word, relation.group, attribute, named !== undefined))
      : [];
  if (keyed.length > 0) return keyed;
  if (attribute === 'other') return keep(fromTheirItems(profile, q, other.word, budget));
  return keep(fromItems(profile, other.word, attribute));
}

/** Words that make a relative a former one ("ex-wife", "my late husband", "her former boss"). */
const FORMER: ReadonlySet<string> = new Set(['ex', 'former', 'late', 'previous']);
const FORMER_WORDS = /\b(?:ex|former|late|previous|divorced|separated|widowed|died|passed)\b/i;
/** Whether a fact says something of a former relative, in its key or its value. */
const saysFormer = (fact: Fact): boolean =>
  FORMER_WORDS.test(fact.key.replace(/_/g, ' ')) || valueItems(fact.value).some((v) => FORMER_WORDS.test(v.slice(0, MATCH_CHARS)));

const WH: ReadonlySet<string> = new Set(['what', "what's", 'which', 'when', "when's", 'wat']);
const YES_NO_OPENERS: ReadonlySet<string> = new Set(['does', 'do', 'is', 'has', 'have', 'will', 'did']);

/**
 * "what day is Finn's swimming?" beside "Finn: swimming lessons Wednesdays 4:30pm", "when is Tom's respite week?" beside
 * "Tom's respite week at a nursing home, 9–16 June", "does ruby have anything on saturday morning?" beside "Ruby: netball
 * Saturday mornings": an item of any fact that names the person and, in the same item, the things the question asks
 * about them — common nouns of the question, not names nor verbs. A what/which/when question needs its head noun there
 * and the kind of answer it asks for (a date, a number); a yes-or-no question needs every such noun there. "What's Tom's
 * date of birth?" beside "Tom, who has dementia (diagnosed 2021)", "does Isla have any allergies I should tell the
 * nursery about?" beside "a nursery place for Isla" are not answered.
 */
function fromTheirItems(profile: Profile, q: Question, word: string, budget?: WorkBudget): Fact[] {
  const other = q.other!;
  // Someone of the user's: a relative, or a name the profile gives one of them (not "the first Luas", a tram).
  // (A name any fact gives one of them: "his dad Ron" in caring_responsibilities.)
  if (
    other.kind === 'someone' ||
    (other.kind === 'name' && !profile.otherNames.has(other.word.toLowerCase()) && !namedRelatives(profile, budget).has(fold(other.word.toLowerCase())))
  )
    return [];
  const first = q.tokens[0]?.low ?? '';
  // "where does Ron live?" beside "main support for his dad Ron (81), who lives alone in Rangiora": an item that names
  // them and, after them, a place (a capitalised word after "in", "near" or "outside").
  if (first === 'where' || first === "where's") return whereTheyAre(profile, q, word);
  const wh = WH.has(first);
  if (!wh && !YES_NO_OPENERS.has(first)) return [];
  if (wh && q.kind === undefined && !q.head) return [];
  const low = word.toLowerCase();
  const targets = [[stem(low)], ...(RELATION_PHRASES.get(low) ?? []).map((p) => p.split(' ').map(stem))];
  const naming = namingStems(q);
  const nouns = q.tokens.filter(
    (t, i) =>
      (i < other.start || i >= other.end) &&
      (t.pos === 'NOUN' || WEEKDAYS.has(t.lemma)) &&
      !GENERIC.has(t.low) &&
      !GENERIC.has(t.lemma) &&
      !naming.has(t.stem) &&
      // (A name of theirs written as a name: "class" is no person, "Class 6" aside.)
      !(t.text[0] !== t.low[0] && profile.otherNames.has(t.low)),
  );
  const head = q.head ? [q.tokens[q.head.noun]!].filter((t) => !naming.has(t.stem) && !GENERIC.has(t.low)) : [];
  // "when's the baby expected?", "when was the baby born?": with no noun besides the person, a when-question takes an
  // item that names them and gives a date.
  const whenOnly = nouns.length === 0 && wh && first.startsWith('when') && q.kind === 'date';
  const daysAsked = q.tokens.some((t) => DAY_NOUNS.has(t.low));
  if (nouns.length === 0 && !whenOnly) return [];
  const out: Fact[] = [];
  for (const terms of profile.facts) {
    if (!targets.some((t) => terms.value.has(t[0]!))) continue;
    for (const words of clauseWords(terms.fact)) {
      if (mentionAt(words, targets).at < 0) continue;
      const stems = new Set(words.map((w) => w.stem));
      const has = (t: QToken) => stems.has(t.stem) || stems.has(stem(t.lemma));
      if (wh ? !head.every(has) || (!whenOnly && !nouns.some(has)) : !nouns.every(has)) continue;
      if (q.kind !== undefined && !kindsOf(words).has(q.kind)) continue;
      // "which school does Kagiso go to?" beside "move closer to Kagiso's school": which one is asked, and an item
      // that names no school (a name of its own, or a number) does not say; nor does a day ("Aira's school nativity on Friday").
      // (Unless days are what is asked: "which days is her dad at the day centre?")
      const namesOne = (w: Word, k: number) =>
        (w.cap || /^\d/.test(w.low)) && k > 0 && !targets.some((t) => t[0] === w.stem) && (daysAsked || !isDateWord(w.low));
      if (first === 'which' && q.kind === undefined && !words.some(namesOne)) continue;
      out.push(terms.fact);
      break;
    }
  }
  return out;
}

/** Nouns that ask for days ("which days is her dad at the day centre?"). */
const DAY_NOUNS: ReadonlySet<string> = new Set(['day', 'days', 'night', 'nights', 'date', 'dates', 'weekday', 'weekdays']);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside']);
const LIVING: ReadonlySet<string> = new Set(['live', 'lives', 'living', 'based', 'stay', 'stays', 'staying']);

function whereTheyAre(profile: Profile, q: Question, word: string): Fact[] {
  if (!q.tokens.some((t) => LIVING.has(t.low) || t.lemma === 'live')) return [];
  // ("where do Jess's parents live?": someone of theirs is asked about.)
  const after = q.tokens[q.other!.end];
  if (after?.low === "'s" || after?.low === "'") return [];
  // ("where abouts in perth does karen live?": a place the question already names is not the answer.)
  const named = new Set(q.tokens.map((t) => t.low));
  const low = word.toLowerCase();
  const targets = [[stem(low)], ...(RELATION_PHRASES.get(low) ?? []).map((p) => p.split(' ').map(stem))];
  const out: Fact[] = [];
  for (const terms of profile.facts) {
    if (!targets.some((t) => terms.value.has(t[0]!))) continue;
    for (const words of clauseWords(terms.fact)) {
      const { at } = mentionAt(words, targets);
      if (at < 0) continue;
      // (Within the clause that speaks of them: up to the next relative.)
      let end = words.length;
      for (let k = at + 1; k < words.length; k++) if (RELATIONS.has(words[k]!.low)) end = Math.min(end, k);
      if (!words.slice(at + 1, end).some((w, k, all) => w.cap && !named.has(w.low) && PLACE_PREPOSITIONS.has(all[k - 1]?.low ?? ''))) continue;
      out.push(terms.fact);
      break;
    }
  }
  return out;
}

/**
 * "who has the kids on Thursdays after school?" beside "her mum Jan has both kids every Thursday after school": who does
 * something with one of the user's people, from an item that names them, a common noun of the rest of the question (a
 * weekday, "school") and someone else who does it (a name, another relative). "Who has the kids on Saturdays?" beside
 * that item is not answered, nor a question about the user's people that no item names that way.
 */
function fromWhoItems(profile: Profile, q: Question): Fact[] {
  const at = q.tokens.findIndex((t, i) => i >= 2 && (RELATIONS.get(t.lemma) === 'child' || RELATIONS.get(t.low) === 'child'));
  // The word after "who" is what they do ("has", "grabs", "looks after"), not a copula ("who is the kids' GP?").
  if (at < 0 || ['is', 'are', 'was', 'were', "'s", 'be'].includes(q.tokens[1]?.low ?? 'is')) return [];
  const low = q.tokens[at]!.low;
  const targets = [[stem(low)], ...(ANY_CHILD.has(low) ? CHILD_WORDS.map((w) => [stem(w)]) : [])];
  // (The word after "who" is its verb, whatever the tagger says: "who grabs the kids".)
  const nouns = q.tokens.filter(
    (t, i) =>
      i > 1 &&
      i !== at &&
      // ("the school run": a compound the tagger reads as a noun and a verb.)
      (t.pos === 'NOUN' || WEEKDAYS.has(t.lemma) || WEEKDAYS.has(t.stem) || (t.pos === 'VERB' && q.tokens[i - 1]?.pos === 'NOUN')) &&
      !GENERIC.has(t.low) &&
      !GENERIC.has(t.lemma),
  );
  const out: Fact[] = [];
  for (const terms of profile.facts) {
    // ("childcare: her mum (Nan) does Monday pickups": a key on the care of children speaks of them in every item.)
    const childKey = terms.fact.key.toLowerCase().startsWith('child');
    if (!childKey && !targets.some((t) => terms.value.has(t[0]!))) continue;
    for (const words of clauseWords(terms.fact)) {
      if (!childKey && mentionAt(words, targets).at < 0) continue;
      const stems = new Set(words.map((w) => w.stem));
      if (!nouns.every((t) => stems.has(t.stem) || stems.has(stem(t.lemma)))) continue;
      if (!namesSomeone(words, targets, profile)) continue;
      out.push(terms.fact);
      break;
    }
  }
  return out;
}

/**
 * "who's lily?" beside "housemates: Lily (ICU nurse), Declan": someone the question only names, found in an item that
 * writes the name with its capital — who they are to the user. Not a name the user goes by, nor a word the name also
 * is when no item writes it as a name.
 */
function fromNamedItems(profile: Profile, q: Question): Fact[] {
  const t = q.tokens;
  const n = t.length - (t[t.length - 1]?.punct ? 1 : 0);
  if (n !== 3 || !['is', "'s", 'are'].includes(t[1]?.low ?? '')) return [];
  const name = fold(t[2]!.low);
  if (name.length < 2 || profile.userNames.has(name) || profile.userNames.has(t[2]!.low)) return [];
  const out: Fact[] = [];
  for (const terms of profile.facts) {
    if (out.length >= 3) break;
    for (const words of clauseWords(terms.fact)) {
      if (!words.some((w) => w.cap && fold(w.low) === name)) continue;
      out.push(terms.fact);
      break;
    }
  }
  return out;
}

/**
 * "who's the maid of honour?" beside "bridal party: maid of honour: her younger sister", "who is the best man?": a role in
 * the user's arrangements, found in an item that names the role (every noun the question gives it) and someone for it.
 */
function fromRoleItems(profile: Profile, q: Question): Fact[] {
  if (!['is', 'are', 'was', "'s"].includes(q.tokens[1]?.low ?? '') || !['the', 'her', 'his', 'their'].includes(q.tokens[2]?.low ?? '')) return [];
  const role = q.tokens.slice(3).filter((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !GENERIC.has(t.low) && !GENERIC.has(t.lemma));
  if (role.length < 2) return [];
  const out: Fact[] = [];
  for (const terms of profile.facts) {
    for (const words of clauseWords(terms.fact)) {
      const stems = new Set(words.map((w) => w.stem));
      if (!role.every((t) => stems.has(t.stem) || stems.has(stem(t.lemma)) || stems.has(stem(t.low)))) continue;
      if (!words.some((w) => RELATIONS.has(w.low) || RELATIONS.has(w.stem)) && !namesSomeone(words, [], profile)) continue;
      out.push(terms.fact);
      break;
    }
  }
  return out;
}

/** Whether an item names someone besides the person asked about: a capitalised name not the user's, or another relative. */
function namesSomeone(words: readonly Word[], targets: readonly (readonly string[])[], profile: Profile): boolean {
  return words.some(
    (w, i) => (i > 0 && w.cap && !profile.userNames.has(w.low)) || (RELATIONS.has(w.low) && !targets.some((t) => t.length === 1 && t[0] === w.stem)),
  );
}

/**
 * The names namedRelatives last read from a profile within a call (its budget): the question's analysis and fromTheirItems
 * share one reading; another budget, another call, reads and spends again.
 */
const RELATIVE_NAMES = new WeakMap<Profile, { readonly budget: WorkBudget; readonly names: ReadonlySet<string> }>();

/**
 * "travel companion: partner Julien", "household: lives with her partner Ciarán and their teenage son": a capitalised
 * word right after a word for a relative (or after "called"/"named" that follows one) names that person, whatever the
 * fact's key; with the names read from family and pets facts, "is Julien pescatarian too?" is about someone else.
 * The user's own names are never taken.
 */
export function namedRelatives(profile: Profile, budget?: WorkBudget): ReadonlySet<string> {
  const read = RELATIVE_NAMES.get(profile);
  if (read && budget !== undefined && read.budget === budget) return read.names;
  // (Written both ways, as the question's words are folded: "Siobhán" is read as "siobhan".)
  const out = new Set<string>([...profile.otherNames].flatMap((n) => [n, fold(n)]));
  for (const terms of profile.facts) {
    if (![...terms.lows].some((w) => RELATIONS.has(w))) continue;
    // Reading a value again costs like scoring a fact (bounded by MATCH_CHARS and 40 words an item).
    budget?.spend(1);
    for (const words of clauseWords(terms.fact)) {
      words.forEach((w, i) => {
        if (!w.cap || w.low.length < 2 || relativeBefore(words, i) === undefined || RELATIONS.has(w.low)) return;
        if (profile.userNames.has(w.low) || profile.userNames.has(fold(w.low))) return;
        out.add(w.low).add(fold(w.low));
      });
    }
  }
  if (budget !== undefined) RELATIVE_NAMES.set(profile, { budget, names: out });
  return out;
}
