import { GENERIC_HEADS, USER_WORDS } from './lexicon.js';
import type { QToken } from './qtokens.js';

/**
 * The head of a question: the thing it asks for. "what star sign is she?" -> "star sign";
 * "what's her mobile number?" -> "mobile number"; "which city is it going to?" -> "city";
 * "what's her husband's name?" -> "name" (the husband is the possessor, see subject.ts).
 * "what kind of concert" skips "kind of". A head made only of vague nouns ("part") is no head.
 */

export interface Head {
  readonly start: number;
  readonly end: number;
  /** The head noun itself: the last word of the run that is not vague ("team" in "football team"). */
  readonly noun: number;
  /** "favourite X": only a stored favourite answers it. */
  readonly favourite: boolean;
  /** Said of the subject ("is she an Oilers fan?") rather than asked for ("what star sign"). */
  readonly predicate: boolean;
  /** "the name of her parish", "what's his bakery called": the thing's own name is asked for, not the user's. */
  readonly named?: boolean;
  /** "how old is his car?": the measure ("how old") is asked of this thing, not of the user. */
  readonly measured?: boolean;
}

const WH = new Set(['what', 'which', 'who', 'when', 'where', 'whose']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'their', 'my', 'your', 'our', 'its']);
/** "how old / big / tall …": a measure asked of the thing named after it. */
const HOW_MEASURE = new Set(['old', 'big', 'large', 'tall', 'long', 'far', 'heavy', 'wide', 'deep', 'expensive']);
/** Nouns that ask which one of a thing: "laptop model", "phone make", "car brand". */
const VARIANT = new Set(['model', 'make', 'brand', 'version', 'edition']);
/** Measures asked of a thing named after them ("what size hoodie", "what colour suitcase"). */
const MEASURES_BEFORE = new Set(['size', 'colour', 'color', 'shade']);
/** Nouns that ask for a side of a thing ("editor config", "camera body", "weekly volume"): the thing is what is asked about. */
const FACETS = new Set(['config', 'configuration', 'settings', 'setup', 'body', 'volume']);
const KIND = new Set(['kind', 'sort', 'type', 'types', 'kinds', 'sorts']);
/** Units a thing is counted in ("how many grams of protein"). */
const UNITS = new Set(['gram', 'g', 'kilo', 'kg', 'litre', 'liter', 'cup', 'serving', 'portion', 'calorie', 'mile', 'km']);
/** Participles after "what's" that make it "what has" ("what's got her stressed?"). */
const PARTICIPLES = new Set(['got', 'gotten', 'kept', 'been', 'made', 'brought', 'changed', 'happened']);

function isFavourite(t: QToken): boolean {
  return t.lemma === 'favorite' || t.lemma === 'favourite' || t.low === 'favourite' || t.low === 'favorite';
}

/** Times said after a noun that are no part of it ("which day midweek", "what time tomorrow"). */
const AFTER_TIMES: ReadonlySet<string> = new Set(['midweek', 'tomorrow', 'tonight', 'today', 'tmrw']);

/** A run of nominal words from `i`; possessives ("her", "the user's", "Ada's") are stepped over. */
function nounRun(tokens: readonly QToken[], i: number): { start: number; end: number } | undefined {
  let start = i;
  let k = i;
  while (k < tokens.length) {
    const t = tokens[k]!;
    // ("his five-a-side team": inside a run, the leading parts of a compound belong to it, whatever their tags.)
    if (t.part === true && k > start && !t.punct && tokens[k + 1] !== undefined) {
      k++;
      continue;
    }
    // Determiners and possessives open the run; after its nouns one starts something else ("… reading these days").
    if (t.pos === 'DET' || POSSESSIVE_PRONOUNS.has(t.low)) {
      if (k > start) break;
      k++;
      start = k;
      continue;
    }
    // ("which day midweek is she off?", "what time tomorrow": a time said after the noun is no part of it.)
    if (k > start && AFTER_TIMES.has(t.low)) break;
    // "a Porto or Benfica supporter": one run across "or" / "and" between nominal words.
    if (t.pos === 'CCONJ' && k > start && NOMINAL.has(tokens[k + 1]?.pos ?? '')) {
      k++;
      continue;
    }
    // "his address", "her hospital's address" tagged as a verb after a possessive; "climbing gym": a gerund before a noun.
    const possessed = k === start && k > 0 && (POSSESSIVE_PRONOUNS.has(tokens[k - 1]!.low) || tokens[k - 1]!.low === "'s");
    const nominalVerb = t.pos === 'VERB' && (possessed || (t.low.endsWith('ing') && tokens[k + 1]?.pos === 'NOUN'));
    if ((NOMINAL.has(t.pos) || nominalVerb) && !t.punct) {
      k++;
      const after = tokens[k];
      if (after && (after.low === "'s" || after.low === "'") && after.pos !== 'AUX') {
        k++;
        start = k;
      }
      continue;
    }
    break;
  }
  if (k > start && KIND.has(tokens[start]!.low) && tokens[start + 1]?.low === 'of') return nounRun(tokens, start + 2);
  return k > start ? { start, end: k } : undefined;
}

/** "is she an Oilers fan?", "is the user an introvert?": the noun the subject is said to be. */
function predicateRun(tokens: readonly QToken[]): { start: number; end: number } | undefined {
  const first = tokens[0];
  if (!first || first.pos !== 'AUX' || first.lemma !== 'be') return undefined;
  let k = 1;
  if (tokens[k]?.pos === 'DET') k++;
  if (!tokens[k] || !['PRON', 'PROPN', 'NOUN'].includes(tokens[k]!.pos)) return undefined;
  k++;
  if (tokens[k]?.low !== 'a' && tokens[k]?.low !== 'an') return undefined;
  return nounRun(tokens, k + 1);
}

export function findHead(tokens: readonly QToken[]): Head | undefined {
  const w = tokens.findIndex((t) => WH.has(t.low));
  const how = tokens.findIndex((t, i) => t.low === 'how' && (tokens[i + 1]?.low === 'many' || tokens[i + 1]?.low === 'much'));
  if (how >= 0 && (w < 0 || how < w)) {
    // "how many hectares is his farm?": the unit or thing counted is the head.
    const counted = nounRun(tokens, how + 2);
    // "how many grams of protein", "how many cups of coffee": a unit of measure of the thing after "of", which is asked about.
    const of = counted && tokens[counted.end]?.low === 'of' && counted.end - counted.start === 1 && UNITS.has(tokens[counted.start]!.lemma);
    const thing = of ? nounRun(tokens, counted.end + 1) : undefined;
    if (thing) return headOf(tokens, thing, false, false);
    if (counted) return headOf(tokens, counted, false, false);
    // "how much is left on her education loan?": what the amount is of, the user's own thing (not the
    // whole a part is taken of: "how much of his week is spent on site?" asks about the site).
    const owned = tokens[how + 2]?.low === 'of' ? undefined : possessedRun(tokens, how + 2);
    if (owned) return headOf(tokens, owned, false, false);
  }
  // "how old is his car?", "how big is her flat?": the measure of the user's thing, not of the user.
  const measure = tokens.findIndex((t, i) => t.low === 'how' && HOW_MEASURE.has(tokens[i + 1]?.low ?? '') && tokens[i + 2]?.pos === 'AUX');
  if (measure >= 0 && (w < 0 || measure < w)) {
    // ("how old are the guinea pigs?": a thing named with "the" is measured too, not the user.)
    const the = tokens[measure + 3]?.low === 'the' ? nounRun(tokens, measure + 3) : undefined;
    const owned = the ?? possessedRun(tokens, measure + 3);
    const head = owned && owned.start === measure + 4 ? headOf(tokens, owned, false, false) : undefined;
    if (head) return { ...head, measured: true };
  }
  let run: { start: number; end: number } | undefined = w < 0 ? (predicateRun(tokens) ?? haveRun(tokens) ?? requestRun(tokens)) : undefined;
  if (w < 0 && !run) return undefined;
  const next = w < 0 ? undefined : tokens[w + 1];
  // "what CGPA did she get?": a name right after "what" is what is asked for, not someone it is about.
  let nameAllowed = true;
  const gerund = next !== undefined && next.pos === 'VERB' && next.low.endsWith('ing') && tokens[w + 2]?.pos === 'NOUN';
  if (next && objectVerb(tokens, w + 1)) return undefined;
  if (
    next &&
    ((next.pos !== 'AUX' && next.pos !== 'PRON' && next.pos !== 'VERB') || gerund) &&
    (tokens[w]!.low === 'what' || tokens[w]!.low === 'which' || tokens[w]!.low === 'whose')
  ) {
    run = nounRun(tokens, w + 1);
    nameAllowed = false;
  } else if (next && next.pos === 'AUX' && next.lemma === 'be') {
    const subject = tokens[w + 2];
    // "what's she organising": a subject pronoun, not a possessive; no head.
    // "what's happening with her eyes?", "what's eating up her time?": "what" is the subject of a verb in -ing
    // (whatever the tagger calls it), which says what goes on, not a thing asked for; no head.
    const progressive = subject !== undefined && subject.low.endsWith('ing') && !NOMINAL.has(tokens[w + 3]?.pos ?? '');
    // ("what's got her stressed?", "what's kept him busy?": "what has" and a participle; no head.)
    const perfect = subject !== undefined && PARTICIPLES.has(subject.low);
    if (subject && !progressive && !perfect && !(subject.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(subject.low))) run = nounRun(tokens, w + 2);
  }
  if (!run) return undefined;
  // "what model is his phone?", "which brand is her laptop?": which one of the user's thing is asked, so the thing is the head.
  const be = tokens[run.end];
  if (
    run.end - run.start === 1 &&
    VARIANT.has(tokens[run.start]!.low) &&
    be?.pos === 'AUX' &&
    be.lemma === 'be' &&
    USER_POSSESSIVES.has(tokens[run.end + 1]?.low ?? '')
  ) {
    const thing = nounRun(tokens, run.end + 1);
    const head = thing && headOf(tokens, thing, false, false);
    if (head) return head;
  }
  // "what's the name of her parish?": the parish is the head, and its name what is asked.
  const of = tokens[run.end];
  if (run.end - run.start === 1 && tokens[run.start]!.lemma === 'name' && of?.low === 'of') {
    const thing = nounRun(tokens, run.end + 1);
    const head = thing && headOf(tokens, thing, false, true);
    if (head && !tokens.slice(thing.start, thing.end).some((t) => USER_WORDS.has(t.low))) return { ...head, named: true };
  }
  const head = headOf(tokens, run, w < 0, nameAllowed);
  // "what's his bakery called?"
  let last = tokens.length - 1;
  while (last > 0 && tokens[last]!.punct) last--;
  if (head && tokens[last]!.low === 'called' && run.end === last) return { ...head, named: true };
  return head;
}

const OBJECT_PRONOUNS = new Set(['him', 'them', 'me', 'us']);
/** Words after "her" that end the phrase, so "her" is the object of the word before, not a possessive. */
const AFTER_OBJECT = new Set(['better', 'best', 'more', 'most', 'well', 'fine']);

/**
 * "which suits her better?", "which works for them?": a third-person verb right after the question word, followed
 * by the user as its object, asks which of the options fits the user; it is no head, whatever the tagger says.
 */
function objectVerb(tokens: readonly QToken[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'AUX' || t.pos === 'PROPN' || !/[a-z]s$/.test(t.low) || t.low.endsWith('ss')) return false;
  const after = tokens[k + 1];
  if (after === undefined) return false;
  if (OBJECT_PRONOUNS.has(after.low)) return true;
  const then = tokens[k + 2];
  return after.low === 'her' && (then === undefined || then.punct || AFTER_OBJECT.has(then.low));
}

/** The first noun run of the clause from `from` that a possessive opens ("… on her education loan"). */
function possessedRun(tokens: readonly QToken[], from: number): { start: number; end: number } | undefined {
  for (let k = from; k < tokens.length && !tokens[k]!.punct; k++) {
    if (USER_POSSESSIVES.has(tokens[k]!.low)) return nounRun(tokens, k);
  }
  return undefined;
}

/** Possessives that point at the user (not the asker's "my", "our"). */
const USER_POSSESSIVES = new Set(['her', 'his', 'their']);
const REQUEST_NEED = new Set(['need', 'want', 'require']);
const REQUEST_KNOW = new Set(['know', 'have']);
const REQUEST_GIVE = new Set(['give', 'send', 'tell', 'find', 'get']);
const ASKERS = new Set(['i', 'we', "'d"]);
const HOLDERS = new Set(['you', 'we', 'anyone', 'anybody']);

/**
 * "I need the serial number of her laptop", "do we have her blood type?", "can you send me his home
 * address": a request for one of the user's things, with no question word. The thing requested is the
 * head when it is the user's: a possessive opens it, or "of her …" follows it.
 */
function requestRun(tokens: readonly QToken[]): { start: number; end: number } | undefined {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const before = tokens[k - 1]!.low;
    const verb =
      (REQUEST_NEED.has(t.lemma) && ASKERS.has(before)) ||
      (REQUEST_KNOW.has(t.lemma) && HOLDERS.has(before)) ||
      (REQUEST_GIVE.has(t.lemma) && (tokens[k + 1]?.low === 'me' || tokens[k + 1]?.low === 'us'));
    if (!verb) continue;
    const from = REQUEST_GIVE.has(t.lemma) ? k + 2 : k + 1;
    const run = nounRun(tokens, from);
    if (!run) return undefined;
    const owned = run.start > from && (USER_POSSESSIVES.has(tokens[run.start - 1]!.low) || tokens[run.start - 1]!.low === "'s");
    const of = tokens[run.end]?.low === 'of' && USER_POSSESSIVES.has(tokens[run.end + 1]?.low ?? '');
    return owned || of ? run : undefined;
  }
  return undefined;
}

/** "has he got a middle name?": the one thing had, when it is named with a modifier. */
function haveRun(tokens: readonly QToken[]): { start: number; end: number } | undefined {
  if (tokens[0]?.pos !== 'AUX') return undefined;
  const verb = tokens.findIndex(
    (t, i) => i > 0 && i < 5 && (t.lemma === 'have' || t.low === 'got') && (tokens[i + 1]?.low === 'a' || tokens[i + 1]?.low === 'an'),
  );
  if (verb < 0) return undefined;
  const run = nounRun(tokens, verb + 1);
  return run && run.end - run.start >= 2 ? run : undefined;
}

/** Nouns vague only alone ("which side is better I sit?", "which side will she be on?"; a "rugby side" is a team). */
const VAGUE_ALONE: ReadonlySet<string> = new Set(['side', 'sides']);
/** Verbs of following a team ("support", "cheer for", "barrack for", "shout for"). */
const FOLLOWING: ReadonlySet<string> = new Set(['support', 'follow', 'cheer', 'barrack', 'shout']);

function headOf(tokens: readonly QToken[], run: { start: number; end: number }, predicate: boolean, nameAllowed: boolean): Head | undefined {
  const words = tokens.slice(run.start, run.end);
  const favourite = words.some(isFavourite);
  const core = words.filter((t) => !isFavourite(t));
  const vague = (t: QToken) => GENERIC_HEADS.has(t.lemma) || GENERIC_HEADS.has(t.low);
  // ("which side does he support?": a side followed is a team.)
  const followed = tokens.some((t) => FOLLOWING.has(t.lemma));
  if (core.length === 0 || core.every((t) => vague(t) || (VAGUE_ALONE.has(t.low) && !followed))) return undefined;
  // A PROPN alone after "is" is a name ("how old is Milo"), not a head; after a possessive it is a thing of the
  // user's ("what's his NIF?", "what's her GSTIN?"), and what is asked for.
  // (After "the" it is a thing too: "what's the Eircode for her shop?".)
  const possessed = run.start > 0 && (POSSESSIVE_PRONOUNS.has(tokens[run.start - 1]!.low) || tokens[run.start - 1]!.low === 'the');
  if (nameAllowed && !possessed && core.length === 1 && core[0]!.pos === 'PROPN' && !favourite) return undefined;
  let noun = run.end - 1;
  // "her laptop model", "his car make": which one of the thing before is asked, so that thing is the head noun.
  // ("which editor config", "what camera body": the same for a side of the thing.)
  while (noun > run.start && (vague(tokens[noun]!) || isFavourite(tokens[noun]!) || VARIANT.has(tokens[noun]!.low) || FACETS.has(tokens[noun]!.low))) noun--;
  // "what size hoodie", "which colour suitcase": the measure said before the thing is what is asked.
  if (run.end - run.start === 2 && MEASURES_BEFORE.has(tokens[run.start]!.low) && tokens[run.start - 1] !== undefined && WH.has(tokens[run.start - 1]!.low))
    noun = run.start;
  return { start: run.start, end: run.end, noun, favourite, predicate };
}
