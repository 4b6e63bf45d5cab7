import type { WorkBudget } from '../nlp/budget.js';
import type { Token } from '../nlp/wink.js';
import { TRAINING_VERBS } from '../extract/lexicon/education.js';
import { OCCUPATIONS } from '../extract/lexicon/people.js';
import { answerKind, type ValueKind } from './answer-kind.js';
import { CONCEPTS, conceptId } from './concepts/index.js';
import { findHead, type Head } from './head.js';
import { asksCaution } from './caution.js';
import { asksPlan, asksUsersDoing } from './plans.js';
import { asksNow } from './now.js';
import { asksOnDay, asksSoon } from './soon.js';
import { GENERIC, GENERIC_HEADS, POSSESSIVE, RELATIONS, ROLE_OF_USER, USER_WORDS } from './lexicon.js';
import { mergeAspects } from './merges.js';
import { partOfPlace } from './places.js';
import { questionTimes, zoneOfCity } from './clock.js';
import { shapeConcepts } from './patterns.js';
import { questionTokens, spanOf, type QToken } from './qtokens.js';
import { askerPeople, contextPeople, occasionWords, VARIANT_NOUNS, whoIsAsked, type Names, type Other } from './subject.js';
import { choicesOf } from './choices.js';
import { findConcepts } from './triggers.js';
import { asksAboutThePast } from './tense.js';
import { fold, isClockTime, isNumber } from './words.js';

/**
 * Question analysis: what is asked (aspects: concepts and content words, the head weighted most),
 * about whom (the user, or someone else), and whether it asks about the past.
 */

export interface Aspect {
  /** A concept of the vocabulary, or none for a plain content word. */
  readonly concept?: number;
  /** Stems to look for in keys and values. */
  readonly words: string[];
  /** Stems of the words that named one member of the concept's class ("football"). */
  readonly instances?: string[];
  /** Lemmas of every word that named the concept. */
  readonly cues?: string[];
  /** Named as a class or topic ("sport", "where does she live"), not only through a member ("cricket"). */
  topic?: boolean;
  weight: number;
  head: boolean;
  /**
   * The verb a "what" question ends on ("what does Sam teach?"): its doer in a value answers it; "only"
   * when a concept took the verb itself ("what's a good time to call?": not "called" in a value).
   */
  doer?: boolean | 'only';
  /**
   * The fields of world knowledge one phrase of the question names ("birthday cake": gluten, dairy,
   * eggs, sugar): one aspect, answered by the best of them, so that a phrase counts once however many
   * fields it belongs to.
   */
  readonly fields?: readonly number[];
  /** The concept aspects named by the same phrase as these fields ("bread": food): the fields add only what they do not give. */
  readonly partners?: readonly Aspect[];
  /** Named only in the change a future question hangs on ("once he starts the PhD", "going to"), see changeSpan. */
  setting?: boolean;
  /** On the head: the head noun itself (its lemma), which a key may write ("club" of "which tri club" in triathlon_club). */
  noun?: string;
  /** On the head: its noun is inside a phrase the table knows ("water bill"), which names a narrower thing than the noun. */
  phrased?: boolean;
  /** A word of one alternative of a choice ("tensorflow or torch?"): also found inside a camel-case name ("PyTorch"). */
  alternative?: boolean;
}

/** A member of a class named in the head ("football" in "which football team"), with its concept. */
export interface HeadInstance {
  readonly stem: string;
  readonly concept: number;
}

export interface Question {
  readonly tokens: readonly QToken[];
  readonly aspects: readonly Aspect[];
  readonly head?: Head & {
    readonly text: string;
    readonly instances: readonly HeadInstance[];
    /** The head noun as written when it stands alone (not inside a phrase such as "mobile number"). */
    readonly literal?: string;
    /** Stems of the head's plain modifiers ("middle" in "middle name"): the answer must have them too. */
    readonly modifiers: readonly string[];
    /**
     * What narrows the head down, before it or after it ("overall" and "wedding" in "her overall budget
     * for the wedding"): stems, and the concepts their words name. A key qualified for another thing
     * ("gadget_budget") does not answer it.
     */
    readonly qualifiers: { readonly stems: readonly string[]; readonly concepts: ReadonlySet<number> };
    /**
     * The aspects of the head's modifiers that a concept took and the head noun does not share, when the
     * noun names its concepts only weakly ("passport" in "passport number"): the answer must be on them too.
     */
    readonly modifierAspects: readonly Aspect[];
  };
  /** Asks for the whole profile ("tell me about her"). */
  readonly summary: boolean;
  /** Asks about the past ("which company did he work for before?"). */
  readonly past: boolean;
  /** Asks about a state after a change ("where will he live once he starts the PhD?"): the profile holds the present. */
  readonly afterChange: boolean;
  /** The kind of answer asked for ("when": a date, "how big": a number), when the question asks for one. */
  readonly kind?: ValueKind;
  /** The stems of the question's words (a name it uses itself is no answer to it). */
  readonly stems: ReadonlySet<string>;
  /** "which part of Malmö": the place (lower case) a finer part of which is asked for. */
  readonly partOf?: string;
  /** Clock times the question names, in minutes of the asker's day ("2pm" -> 840). */
  readonly times: readonly number[];
  /** The asker's IANA time zone, when they say where they are ("I'm in London"). */
  readonly askerZone?: string;
  /** her / his / their: how the question refers to the user. */
  readonly possessive: string;
  readonly other?: Other;
  /** A yes-or-no question about the user at a time close by ("can I ring him this week?"): see soon.ts. */
  readonly soon: boolean;
  /** A yes-or-no question about the user on a day of the coming week ("is he around on monday?"): see soon.ts. */
  readonly onDay: boolean;
  /** Asks what to be careful of for the user ("anything I should know?", "is that ok for her?"): see caution.ts. */
  readonly caution?: 'open' | 'fine';
  /** A plan put to the user or made for them ("would he be up for it?", "should I route him up the M5?"): see plans.ts. */
  readonly plan: boolean;
  /** Asks what the user would do, yes or no ("would she skip the permit to get the lights back on?"): see plans.ts. */
  readonly doing: boolean;
  /** Asks what the user is doing or going through now ("what's he stuck into at the moment?"): see now.ts. */
  readonly now: boolean;
}

/** Words of being part of something, before "in/of/with the …": "involved with the union", "a member of the committee". */
const MEMBERSHIP: ReadonlySet<string> = new Set(['involve', 'involved', 'active', 'member', 'part']);
/** Verbs of filling something ("what should I put on the playlist?", "what can I pack in her lunchbox?"): the thing filled says what is asked. */
const FILLING: ReadonlySet<string> = new Set(['put', 'pack', 'stick', 'load', 'add']);
const INTO: ReadonlySet<string> = new Set(['on', 'in', 'into', 'onto']);

export const WEIGHT = { head: 1.5, strong: 1, weak: 0.4, occasion: 0.5, when: 0.1 } as const;
/** Units of time a question may ask for ("what day is …", "which date is …"). */
const TIME_UNITS_ASKED: ReadonlySet<string> = new Set(['day', 'date', 'time', 'month', 'year', 'week', 'weekend']);
const POSSESSIVE_WORDS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your']);
const WORD_WEIGHT: ReadonlyMap<string, number> = new Map([
  ['NOUN', 1],
  ['PROPN', 1],
  ['ADJ', 0.8],
  ['NUM', 0.8],
  ['X', 0.8],
  ['SYM', 0.8],
  ['VERB', 0.7],
  ['ADV', 0.5],
]);
const PLACE_BEFORE = new Set(['in', 'to', 'from', 'near']);
/** Verbs of going somewhere: "is he going to Indonesia?" asks about a trip, not where he lives. */
const MOTION = new Set(['go', 'travel', 'fly', 'head', 'move', 'visit', 'drive', 'ride', 'sail', 'return', 'come']);
/** Verbs too light to be what a yes/no question asks about ("does he have...", "does she like..."). */
const LIGHT_VERBS = new Set([
  'be',
  'have',
  'get',
  'do',
  'like',
  'love',
  'want',
  'need',
  'go',
  'make',
  'take',
  'know',
  'mind',
  'use',
  'let',
  'come',
  'work',
  'say',
  'think',
  'enjoy',
  'prefer',
]);

function isContent(t: QToken, names: Names): boolean {
  if (t.punct || (t.low.length < 2 && !isNumber(t.low))) return false;
  if (GENERIC.has(t.low) || GENERIC.has(t.lemma) || names.user.has(t.low) || names.user.has(fold(t.low))) return false;
  return WORD_WEIGHT.has(t.pos);
}

export function analyseQuestion(text: string, names: Names, budget: WorkBudget): Question {
  const tokens = questionTokens(text, budget, names.speller);
  const consumed = new Array<boolean>(tokens.length).fill(false);
  const byConcept = new Map<number, Aspect>();
  const aspectFor = (concept: number): Aspect => {
    let a = byConcept.get(concept);
    if (!a) byConcept.set(concept, (a = { concept, words: [], instances: [], cues: [], weight: 0, head: false }));
    return a;
  };
  const fieldAspects: Aspect[] = [];
  const owner = new Map<number, Aspect[]>(); // token index -> the concept aspects that consumed it
  const inPhrase = new Set<number>();
  const languageId = conceptId('language');
  for (const hit of findConcepts(tokens, 'question')) {
    if (hit.end - hit.start > 1) for (let i = hit.start; i < hit.end; i++) inPhrase.add(i);
    // "a Japanese restaurant": a language named as an attribute of a thing is no person either.
    if (hit.concepts.some((c) => c.id === languageId && c.instance) && tokens[hit.end]?.pos === 'NOUN') inPhrase.add(hit.start);
    // "to the meeting", "at the party": the occasion of the question, not what it asks about.
    // ("is he in the union?", "is she on the committee?", "is he involved with the union side of things?": being in it, or
    // part of it, is what is asked.)
    const membership =
      (hit.start === 4 && tokens[0]?.lemma === 'be' && tokens[1]?.pos === 'PRON') ||
      MEMBERSHIP.has(tokens[hit.start - 3]?.lemma ?? '') ||
      (FILLING.has(tokens[hit.start - 3]?.lemma ?? '') && INTO.has(tokens[hit.start - 2]?.low ?? ''));
    const occasion = tokens[hit.start - 1]?.low === 'the' && tokens[hit.start - 2]?.pos === 'ADP' && !membership ? WEIGHT.occasion : 1;
    const fields = hit.concepts.filter((c) => CONCEPTS[c.id]!.field).map((c) => c.id);
    if (fields.length > 0) {
      const minor = fields.every((id) => CONCEPTS[id]!.minor);
      const partners = hit.concepts.filter((c) => !CONCEPTS[c.id]!.field).map((c) => aspectFor(c.id));
      // A field names the very thing the question is about ("a day trip to the Moomin museum"): no occasion.
      const a: Aspect = { concept: fields[0], fields, partners, words: [], instances: [], cues: [], weight: minor ? WEIGHT.weak : WEIGHT.strong, head: false };
      fieldAspects.push(a);
      // Its own words only: "phone" names a field of "phone number", not the number the question asks for.
      const span = hit.concepts.reduce((n, c) => (CONCEPTS[c.id]!.field ? Math.max(n, c.words) : n), 0);
      for (let i = hit.start; i < hit.start + span; i++) {
        // A place ("in Berlin") stays a word of the question too: the value may name it as written.
        if (!minor) consumed[i] = true;
        a.cues?.push(tokens[i]!.lemma);
        owner.set(i, [...(owner.get(i) ?? []), a]);
      }
    }
    for (const { id, weak, instance } of hit.concepts) {
      if (CONCEPTS[id]!.field) continue;
      const a = aspectFor(id);
      a.weight = Math.max(a.weight, (weak || CONCEPTS[id]!.minor ? WEIGHT.weak : WEIGHT.strong) * occasion);
      if (!instance) a.topic = true;
      // "how old", "how long has": what the question asks for, like a head.
      if (tokens[hit.start]!.low === 'how' && !weak) a.head = true;
      for (let i = hit.start; i < hit.end; i++) {
        consumed[i] = true;
        a.cues?.push(tokens[i]!.lemma);
        owner.set(i, [...(owner.get(i) ?? []), a]);
        // A member of a class ("Saturday", "lobster") is also looked for in values as it is written.
        if (instance && isContent(tokens[i]!, names)) a.words.push(tokens[i]!.stem);
        if (instance) a.instances?.push(tokens[i]!.stem);
      }
    }
  }
  // "is she a nurse?", "is Ravi a doctor or a GP?": an occupation named is a question about work.
  const work = conceptId('work');
  for (const i of occupationsIn(tokens)) {
    if (consumed[i] || !isContent(tokens[i]!, names)) continue;
    const a = aspectFor(work);
    a.weight = Math.max(a.weight, WEIGHT.strong);
    a.words.push(tokens[i]!.stem);
    a.instances?.push(tokens[i]!.stem);
    a.cues?.push(tokens[i]!.lemma);
    consumed[i] = true;
    owner.set(i, [a]);
  }
  const shapes = shapeConcepts(tokens);
  for (const id of shapes.remove) byConcept.delete(id);
  // "what should I call her?": not the field of phone calls either.
  if (shapes.remove.length > 0) {
    const removed = new Set(shapes.remove);
    for (let k = fieldAspects.length - 1; k >= 0; k--) if ((fieldAspects[k]!.fields ?? []).every((id) => removed.has(id))) fieldAspects.splice(k, 1);
  }
  // "what is she saving for?": beside a topic a word names in full (savings: goals), the present the tense adds
  // ("current") only says it is under way; it stands as a topic when no word names one ("what's he making?").
  const currentId = conceptId('current');
  // (A field of world knowledge a word touches is no topic named: "what's she rushing to finish this week?".)
  const named = [...byConcept.values()].some((a) => (a.cues?.length ?? 0) > 0 && a.weight >= WEIGHT.strong && a.fields === undefined);
  const shaped = new Set<Aspect>();
  for (const id of shapes.add) {
    const a = aspectFor(id);
    // (With the present said in words as well — "what's she studying at the minute?" — those words weigh what they weigh.)
    a.weight = named && id === currentId ? Math.max(a.weight, WEIGHT.when) : WEIGHT.strong;
    a.topic = true;
    shaped.add(a);
  }
  for (const [i, id] of shapes.takes) {
    if (consumed[i] || !tokens[i]) continue;
    consumed[i] = true;
    owner.set(i, [aspectFor(id)]);
  }
  const location = conceptId('location');
  const asker = askerPlaces(tokens);
  if (asker.size > 0) {
    // "I'm in Madrid — when should I book a call?": the asker's place asks about the time difference.
    const a = aspectFor(conceptId('timezone'));
    a.weight = Math.max(a.weight, WEIGHT.strong);
    a.topic = true;
  }
  const words: Aspect[] = [];
  const choices = choicesOf(tokens);
  const alternatives = new Set(choices.flatMap((c) => [...c.left, ...c.right]));
  // "R or python for the script?": beside a member of a class the vocabulary knows, the other side is one too, not a person.
  const member = (i: number) => (owner.get(i) ?? []).some((a) => a.concept !== undefined && a.instances?.includes(tokens[i]!.stem));
  for (const c of choices) {
    if (c.left.some(member)) for (const k of c.right) inPhrase.add(k);
    if (c.right.some(member)) for (const k of c.left) inPhrase.add(k);
  }
  const finalVerb = finalWhVerb(tokens);
  const yesNoVerb = yesNoMainVerb(tokens);
  tokens.forEach((t, i) => {
    if (consumed[i] || !isContent(t, names) || asker.has(i)) return;
    const prev = tokens[i - 1];
    if (t.pos === 'PROPN' && prev && PLACE_BEFORE.has(prev.low) && !names.others.has(t.low)) {
      const going = prev.low === 'to' && (byConcept.has(conceptId('travel')) || tokens.slice(0, i - 1).some((x) => x.pos === 'VERB' && MOTION.has(x.lemma)));
      // "is he free for coffee in Porto?": a place named in passing is where something happens, not what is asked.
      // ("is he from ghana?": where the user is from is itself the question.)
      const fromAsked = prev.low === 'from' && i === 3 && ['is', 'are', "'s"].includes(tokens[0]!.low) && SUBJECTS.has(tokens[1]!.low);
      const asked = going || fromAsked || byConcept.has(location) || byConcept.has(conceptId('origin'));
      const a = aspectFor(going ? conceptId('travel') : location);
      a.weight = Math.max(a.weight, asked ? WEIGHT.strong : WEIGHT.weak);
      a.topic = true;
      a.words.push(t.stem);
      owner.set(i, [a]);
      return;
    }
    const doer = i === finalVerb;
    // "does he surf?": the verb a yes/no question asks about is its topic.
    const asked = i === yesNoVerb;
    const w: Aspect = {
      words: [isClockTime(t.low) ? t.low : t.stem],
      weight: doer || asked ? WEIGHT.strong : (WORD_WEIGHT.get(t.pos) ?? 0.5),
      head: false,
      doer,
      ...(alternatives.has(i) ? { alternative: true } : {}),
    };
    owner.set(i, [w]);
    words.push(w);
  });
  // ("should i teams-call him after hours or just email": a side of a choice the vocabulary knows is one alternative too.)
  for (const i of alternatives) for (const a of owner.get(i) ?? []) if (a.concept !== undefined) a.alternative = true;
  // "whats he researching these days": with the verb asked, the closing time only says when.
  if (finalVerb >= 0) {
    const tail = timeTail(tokens);
    // ("what's she busy preparing at the moment?": a concept named before the tail too stays what is asked.)
    const span = new Set(tokens.map((_, i) => i).filter((i) => i >= tail));
    // (Not what the question's shape names: "what's she rushing to finish this week?" asks what is under way.)
    for (const a of onlyIn(owner, span)) if (a.concept !== undefined && !shaped.has(a)) a.weight = Math.min(a.weight, WEIGHT.weak);
  }
  // "what does Sam teach?": the doer of the final verb ("teacher") in a value answers it.
  // (Not a verb a phrase the table names opens with another word: "when does he go live?", "what's she busy preparing?";
  // "what does she teach?" is still the verb asked after its subject.)
  const opened = inPhrase.has(finalVerb - 1) && !['AUX', 'PRON'].includes(tokens[finalVerb - 1]?.pos ?? '');
  if (finalVerb >= 0 && consumed[finalVerb] && !(inPhrase.has(finalVerb) && opened))
    words.push({ words: [tokens[finalVerb]!.stem], weight: WEIGHT.strong, head: false, doer: 'only' });
  for (const a of byConcept.values()) if (a.head) a.weight = WEIGHT.head;
  const head = findHead(tokens);
  // Read before the head's aspects are weighted as the head: whether its noun only weakly names them.
  const modifierAspects = head ? modifierAspectsOf(head, owner) : [];
  const headInstances: { stem: string; concept: number }[] = [];
  if (head) {
    // "how old is his car?": the car's age, not the user's ("how old" asks nothing of the user here).
    if (head.measured) {
      for (const a of byConcept.values()) {
        if (!a.head) continue;
        a.head = false;
        a.weight = WEIGHT.weak;
      }
    }
    for (const a of owner.get(head.noun) ?? []) {
      a.head = true;
      a.weight = WEIGHT.head;
      a.noun = tokens[head.noun]!.lemma;
      if (inPhrase.has(head.noun)) a.phrased = true;
    }
    // "which football team": the member named anywhere in the head must be in the answer too.
    for (let i = head.start; i < head.end; i++) {
      for (const a of owner.get(i) ?? []) {
        if (a.concept !== undefined && a.instances?.includes(tokens[i]!.stem)) headInstances.push({ stem: tokens[i]!.stem, concept: a.concept });
      }
    }
  }
  // "is she a welsh speaker?", "is he a Liverpool fan?": a person named by a member of a class is asked about that
  // class (the language, the team); the noun for the person says no more.
  if (head?.predicate && MEMBER_PEOPLE.has(tokens[head.noun]!.lemma) && headInstances.length > 0) {
    for (const a of owner.get(head.noun) ?? []) {
      a.head = false;
      a.weight = WEIGHT.weak;
    }
    for (const a of byConcept.values()) {
      if (!headInstances.some((h) => h.concept === a.concept)) continue;
      a.head = true;
      a.weight = WEIGHT.head;
      a.noun = tokens[head.noun]!.lemma;
    }
  }
  // "what day is his birthday?", "which date is the bin collection?": a unit of time asked with "is" and a noun phrase
  // after it asks when that thing is; the thing is the topic, not the user's schedule ("which day is he free?" keeps it).
  const copula = head ? tokens[head.end] : undefined;
  const after = head ? tokens[head.end + 1] : undefined;
  if (
    head &&
    TIME_UNITS_ASKED.has(tokens[head.noun]!.lemma) &&
    copula !== undefined &&
    (copula.low === 'is' || copula.low === "'s" || copula.low === 'are') &&
    after !== undefined &&
    (after.pos === 'DET' || after.pos === 'NOUN' || after.pos === 'PROPN' || POSSESSIVE_WORDS.has(after.low))
  ) {
    for (const a of owner.get(head.noun) ?? []) {
      a.head = false;
      a.weight = WEIGHT.weak;
    }
    for (let i = head.end + 1; i < tokens.length; i++)
      for (const a of owner.get(i) ?? []) if (a.concept !== undefined) a.weight = Math.max(a.weight, WEIGHT.strong);
  }
  // "what position does she play in netball?": a position played is one of the sport named, not a job.
  if (head && PLAYED_POSITIONS.has(tokens[head.noun]!.lemma) && tokens.some((t) => t.lemma === 'play')) {
    const sports = byConcept.get(conceptId('sports'));
    if (sports && (sports.instances?.length ?? 0) > 0) {
      for (const a of owner.get(head.noun) ?? []) {
        a.head = false;
        a.weight = WEIGHT.weak;
      }
      sports.head = true;
      sports.weight = WEIGHT.head;
    }
  }
  // "at what age does she want to pack it in?", "what age is he retiring?": the age at which the user means to retire is
  // said with the plan, not by the user's age now.
  if (head && tokens[head.noun]!.lemma === 'age') {
    const retiring = byConcept.get(conceptId('retirement'));
    if (retiring) {
      byConcept.delete(conceptId('age'));
      // (The plan is asked for through its own noun: no key on the user's age answers it.)
      retiring.noun = 'retirement';
      retiring.head = true;
      retiring.weight = WEIGHT.head;
    }
  }
  // "what's his bakery called?": the bakery's name, not the user's.
  if (head?.named) byConcept.delete(conceptId('name'));
  mergeAspects(byConcept);
  // ("which school is he at?": the concept the question's head cued, merged or not, is asked through the head noun too;
  // not a noun inside a phrase the table knows, which names a narrower thing: "his water bill".)
  if (head && !head.measured && !inPhrase.has(head.noun))
    for (const a of byConcept.values()) if (a.head && a.noun === undefined) a.noun = tokens[head.noun]!.lemma;
  // "why might a trip to Korea excite her?": with a trip in view, the places named are what it is about.
  if (byConcept.has(conceptId('travel')))
    for (const a of fieldAspects) if (a.weight < WEIGHT.strong && (a.fields ?? []).every((id) => CONCEPTS[id]!.minor)) a.weight = WEIGHT.strong;
  if (head?.predicate) userRoles(tokens[head.noun]!, byConcept.get(conceptId('family')));
  const change = changeSpan(tokens);
  if (change) markSetting(owner, change.span);
  // "what does he get up to when the shop's closed?": a closing "when" clause says when, not what is asked.
  if (!change) weakenIn(owner, whenClause(tokens));
  // "does she drive? there's a baby sensory class at the retail park": a statement after the question only says why it is asked.
  // (Only when the question itself names a topic: "Can she come round to mine? I've got three cats." asks about the cats.)
  const trailing = trailingContext(tokens);
  weakenBesides(owner, trailing, byConcept);
  // "is she in auckland rn? wanted to grab coffee": what the asker wanted to do is why it is asked, whatever the question.
  if (trailing && saysAskersAim(tokens, Math.min(...trailing))) weakenIn(owner, trailing);
  // "doing a fun run for charity, anything medical to keep in mind for her?": the setting said before an "any(thing) …"
  // that names its own topic only says why it is asked.
  weakenBesides(owner, leadingContext(tokens), byConcept);
  // "can she give me a lift to the race start?": where a ride goes says where, not what is asked.
  weakenIn(owner, destination(tokens, owner));
  // "any animals at her place? my daughter's allergic to fur": what the asker says of their own people is weak.
  // ("is it fine if my cat sleeps in the spare room?": not what the world knows of the asker's animal — the user's allergy to it.)
  const askers = askerPeople(tokens, names);
  const animal = askers !== undefined && [...askers].some((j) => RELATIONS.get(tokens[j]!.lemma) === 'pet' || RELATIONS.get(tokens[j]!.low) === 'pet');
  if (askers) for (const a of onlyIn(owner, askers)) if (!(animal && a.fields !== undefined)) a.weight = Math.min(a.weight, WEIGHT.weak);
  // "which languages could he translate at parents' evening?": the people that name an occasion are its setting.
  weakenIn(owner, occasionWords(tokens));
  // "where did he train as a teacher?": what one trained as says which training, not what is asked (the job held now).
  weakenIn(owner, trainedAs(tokens));
  // "Lorraine has picked a Thai place … Will he be alright with that?": who proposes it is not what is asked.
  weakenIn(owner, contextPeople(tokens, names));
  // "is he around this weekend?": one weekend of the calendar says when, not what he does with his weekends.
  weakenIn(owner, calendarWeekends(tokens));
  // "would another 6 hour round trip in the bakkie be bad for her health?": what would be bad for the user is the plan, not
  // what is asked — their health is.
  weakenBesides(owner, beforeHealthEffect(tokens), byConcept);
  // "what does he speak with his family back home?": the user's people the asked verb is done with are its setting
  // (when the question names a topic besides them: "how does he keep in touch with his family?" is about the family).
  weakenBesides(owner, companions(tokens), byConcept);
  // "what did he do before the railways?", "team dinner after the summit, does that work for him?": what a "before" or
  // "after" names says when, not what is asked.
  weakenBesides(owner, closingBefore(tokens), byConcept);
  const summaryId = conceptId('summary');
  const aspects = [...byConcept.values(), ...fieldAspects, ...dedupe(words)];
  const topical = aspects.filter((a) => a.concept !== summaryId && a.concept !== conceptId('opinion'));
  // "tell me about her work": what follows "tell me about her" is the topic, however vague its word.
  if (byConcept.has(summaryId)) for (const a of topical) a.weight = Math.max(a.weight, WEIGHT.strong);
  closingTime(tokens, owner, topical);
  return {
    tokens,
    aspects: aspects.filter((a) => a.concept !== summaryId),
    head: head
      ? {
          ...head,
          text: spanOf(tokens, head.start, head.end),
          instances: headInstances,
          literal: inPhrase.has(head.noun) ? undefined : tokens[head.noun]!.low,
          modifiers: modifiersOf(tokens, head, consumed, names),
          qualifiers: qualifiersOf(tokens, head, owner, names),
          modifierAspects,
        }
      : undefined,
    summary: byConcept.has(summaryId) && topical.length === 0,
    // "where did he do his first degree?", "where did he grow up before london?": an education and a childhood are in
    // the past by nature, and the profile keeps them.
    past: asksAboutThePast(tokens) && !byConcept.has(conceptId('education')) && !byConcept.has(conceptId('origin')),
    afterChange: change !== undefined && !change.asker,
    kind: answerKind(tokens, head),
    stems: new Set(tokens.map((t) => t.stem)),
    partOf: partOfPlace(tokens),
    times: questionTimes(tokens),
    askerZone: askerZone(tokens, asker),
    possessive: possessiveOf(tokens),
    other: whoIsAsked(tokens, names, inPhrase),
    soon: asksSoon(tokens),
    onDay: asksOnDay(tokens),
    caution: asksCaution(tokens),
    plan: asksPlan(tokens, names.user),
    doing: asksUsersDoing(tokens, names.user),
    now: asksNow(tokens),
  };
}

/** Nouns for where a player plays ("what position does she play in netball?"). */
const PLAYED_POSITIONS: ReadonlySet<string> = new Set(['position', 'role']);

/** Nouns for a person by what they speak, follow or use ("a Welsh speaker", "a Spurs fan", "a Linux user"). */
const MEMBER_PEOPLE: ReadonlySet<string> = new Set(['speaker', 'learner', 'fan', 'supporter', 'user', 'player', 'reader', 'lover']);

const CHANGE_WORDS = new Set(['after', 'once', 'when', 'until']);
const SUBJECTS = new Set(['she', 'he', 'they', 'i', 'we', 'you']);
const ASKERS = new Set(['i', 'we', 'you']);

/**
 * "what are her hours going to be after she moves to Cape Town?", "where's he planning to live once he
 * starts the PhD?": a question set in the future ("will", "going to", "planning to") after a change said
 * in its own clause ("after / once / when / until" + a subject + a verb). Returns the tokens of the change
 * and of the future marker, which say when, not what is asked.
 */
function changeSpan(tokens: readonly QToken[]): { span: Set<number>; asker: boolean } | undefined {
  const out = new Set<number>();
  let clause = -1;
  for (let i = 1; i + 2 < tokens.length && clause < 0; i++) {
    if (!CHANGE_WORDS.has(tokens[i]!.low) || tokens[i - 1]!.punct) continue;
    const subject = tokens[i + 1]!;
    if (!SUBJECTS.has(subject.low) && subject.pos !== 'PROPN') continue;
    if (tokens[i + 2]!.pos === 'VERB' || tokens[i + 2]!.pos === 'AUX') clause = i;
  }
  if (clause < 0) return undefined;
  // ("will there be an animal at her flat when I visit?": the asker's own doing sets the time; nothing changes for the user.)
  const asker = ASKERS.has(tokens[clause + 1]!.low);
  for (let i = clause; i < tokens.length && !tokens[i]!.punct; i++) out.add(i);
  let future = false;
  for (let i = 0; i < tokens.length; i++) {
    if (out.has(i)) continue;
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // ("what's he planning to do once he's retired?": a plan to "do" something is itself what is asked.)
    const phrase = (t.low === 'going' || t.lemma === 'plan') && next?.low === 'to' && !out.has(i + 1) && !(t.lemma === 'plan' && tokens[i + 2]?.lemma === 'do');
    if (!phrase && t.low !== 'will' && t.low !== "'ll" && t.low !== 'gonna') continue;
    future = true;
    out.add(i);
    if (phrase) out.add(i + 1);
  }
  return future ? { span: out, asker } : undefined;
}

const WH_WORDS = new Set(['what', 'which', 'who', 'how', 'where']);
const CLAUSE_SUBJECTS = new Set(['she', 'he', 'they', 'the', 'his', 'her', 'their', 'it', 'its']);
/** The tokens of a "when" clause that closes a wh-question after its main verb ("... when the shop's closed?"). */
function whenClause(tokens: readonly QToken[]): Set<number> | undefined {
  if (!WH_WORDS.has(tokens[0]?.low ?? '')) return undefined;
  // ("who picks the kids up on wednesdays when he's doing football club?": the word after "who" is its verb, however tagged.)
  // ("what does she do for fun when she's not flying?": "do" after its subject is the main verb, however tagged.)
  const verb = tokens.findIndex(
    (t, i) => t.pos === 'VERB' || (i === 1 && tokens[0]!.low === 'who') || (t.lemma === 'do' && i >= 2 && ['PRON', 'PROPN'].includes(tokens[i - 1]!.pos)),
  );
  if (verb < 0) return undefined;
  for (let i = Math.max(verb + 1, 2); i + 1 < tokens.length; i++) {
    // ("what's he after once the doctorate's done?": "once" opens a clause of time too, its subject a thing as well.)
    const once = tokens[i]!.low === 'once' && (CLAUSE_SUBJECTS.has(tokens[i + 1]!.low) || tokens[i + 1]!.pos === 'DET');
    if ((tokens[i]!.low !== 'when' && !once) || tokens[i - 1]!.punct || (!once && !CLAUSE_SUBJECTS.has(tokens[i + 1]!.low))) continue;
    return untilPunct(tokens, i);
  }
  return undefined;
}

/**
 * "where's he based these days?", "who's she working for at the moment?": beside a topic asked in full, a closing time
 * says only when; a fact on the present ("current status") answers no part of the question by it. Not a slot of the
 * calendar ("this week", "this month"): the present asked as a time is then part of what is asked.
 */
function closingTime(tokens: readonly QToken[], owner: ReadonlyMap<number, readonly Aspect[]>, topical: readonly Aspect[]): void {
  const tail = timeTail(tokens);
  if (tail >= tokens.length || tokens.slice(tail).some((t) => CALENDAR_TAIL.has(t.low))) return;
  const span = new Set<number>();
  for (let i = tail; i < tokens.length; i++) span.add(i);
  const closing = onlyIn(owner, span);
  // "what is she practising rn?", "what tune is he working on at the moment?": what is under way now is asked, which a
  // fact on the present (current focus) answers.
  // (Not when the verb is itself a topic a key may write: "what is he researching at the moment?" -> research_area.)
  const verb = underWayNow(tokens, tail);
  // ("where is he at the moment?": where the user is now, which a fact on the present may say — "at a bootcamp in Sydney" —
  // as well as where they live.)
  const where = whereNow(tokens, tail);
  if ((verb >= 0 && !(owner.get(verb) ?? []).some((a) => a.doer === true)) || where) {
    const current = conceptId('current');
    const location = conceptId('location');
    for (const a of closing) if (a.concept === current) a.weight = WEIGHT.strong;
    if (where) for (const a of topical) if (a.concept === location) a.weight = Math.max(a.weight, WEIGHT.strong);
    return;
  }
  if (!topical.some((a) => !closing.includes(a) && a.weight >= WEIGHT.strong)) return;
  for (const a of closing) a.weight = Math.min(a.weight, WEIGHT.when);
}

const BE_PRESENT: ReadonlySet<string> = new Set(['is', 'are', "'s", 's', 'am']);
const PROGRESSIVE_STATES: ReadonlySet<string> = new Set(['focused', 'focussed', 'stuck', 'busy', 'buried', 'swamped', 'snowed', 'bogged', 'flat']);
const INTENSIFIERS: ReadonlySet<string> = new Set(['so', 'really', 'that', 'very']);
const RIDING: ReadonlySet<string> = new Set(['driving', 'riding']);

/**
 * "what is she practising rn", "what's she chasing at work at the moment?", "apart from the thesis what is she studying
 * for at the moment": "what" (or "which"), a present "be", a pronoun and a verb in -ing (or "focused", "stuck", "busy")
 * before a closing time. The verb's index, or -1.
 */
function underWayNow(tokens: readonly QToken[], tail: number): number {
  for (let i = 0; i + 3 < tail; i++) {
    const w = tokens[i]!.low;
    // ("why's she so busy at the moment?": why the user is taken up now asks what takes them up.)
    if (w !== 'what' && w !== 'which' && w !== 'whats' && w !== 'why') continue;
    let k = i + 1;
    if (tokens[k]?.pos === 'NOUN') k++;
    if (w !== 'whats' && !BE_PRESENT.has(tokens[k]?.low ?? '')) continue;
    if (w !== 'whats') k++;
    // ("what's keeping him busy at the mo?": what takes up the user, the user its object.)
    const doing = tokens[k];
    if (w !== 'why' && doing && doing.pos === 'VERB' && doing.low.endsWith('ing') && USER_WORDS.has(tokens[k + 1]?.low ?? '')) return k;
    if (!USER_WORDS.has(tokens[k]?.low ?? '')) continue;
    if (INTENSIFIERS.has(tokens[k + 1]?.low ?? '')) k++;
    const verb = tokens[k + 1];
    // (Not "what's she driving at the moment?": which car.)
    if (verb && ((verb.pos === 'VERB' && verb.low.endsWith('ing') && !RIDING.has(verb.low)) || PROGRESSIVE_STATES.has(verb.low))) return k + 1;
  }
  return -1;
}

/** "where is he at the moment?", "where's she physically right now?": "where", a present "be" and the user, then the time. */
function whereNow(tokens: readonly QToken[], tail: number): boolean {
  const w = tokens[0]?.low;
  let k = 1;
  if (w === 'where' && BE_PRESENT.has(tokens[1]?.low ?? '')) k = 2;
  else if (w !== 'wheres' && w !== "where's") return false;
  if (!USER_WORDS.has(tokens[k]?.low ?? '')) return false;
  k++;
  if (tokens[k]?.pos === 'ADV' && k < tail) k++;
  return k === tail && tail < tokens.length;
}

/**
 * "does she drive? there's a baby sensory class at the retail park out of town", "does he still drive? the app wants to
 * suggest a day centre": a statement that follows a short question (closed by "?", the statement not) is its reason.
 * Its tokens, or undefined.
 */
function trailingContext(tokens: readonly QToken[]): Set<number> | undefined {
  const mark = tokens.findIndex((t) => t.low === '?');
  if (mark < 2 || mark + 2 >= tokens.length || tokens.slice(mark + 1).some((t) => t.low === '?')) return undefined;
  // ("how she focuses? like adhd or similar": examples of what is asked, not a reason.)
  if (EXAMPLES.has(tokens[mark + 1]!.low)) return undefined;
  const out = new Set<number>();
  for (let k = mark + 1; k < tokens.length; k++) out.add(k);
  return out;
}

/** Words of an aim the asker gives after the question ("wanted to grab coffee", "i was hoping to …", "thinking of …"). */
const ASKERS_AIMS: ReadonlySet<string> = new Set(['wanted', 'want', 'wanna', 'hoping', 'thinking', 'planning', 'trying', 'gonna', 'going']);

/** Whether the words from `at` open with an aim of the asker's: the aim, after "i", "we" or "was" at most. */
function saysAskersAim(tokens: readonly QToken[], at: number): boolean {
  let k = at;
  while (k < at + 2 && ['i', 'we', 'was', 'were', 'am', "i'm", 'im', 'just'].includes(tokens[k]?.low ?? '')) k++;
  const w = tokens[k]?.low ?? '';
  return (
    ASKERS_AIMS.has(w) && (w !== 'going' || tokens[k + 1]?.low === 'to') && (w !== 'thinking' || tokens[k + 1]?.low === 'of' || tokens[k + 1]?.low === 'about')
  );
}

const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', '-', '—', '–', ':', '.', ';']);
/** Words after "any" that ask about the setting itself ("any clash?", "any issue with that?", "any history there?"). */
const ANY_OF_SETTING: ReadonlySet<string> = new Set(
  'clash clashes chance issue issues problem problems reason idea ideas tip tips catch way advice thought thoughts history concern concerns'.split(' '),
);

/**
 * The words before the mark that opens a closing clause naming its own topic — "anything" and an adjective ("… for charity,
 * anything medical …", "anything health-wise") or "any" and a noun ("… race medical form — any drug allergies?") —, or
 * undefined.
 */
function leadingContext(tokens: readonly QToken[]): Set<number> | undefined {
  const at = tokens.findLastIndex((t, i) => {
    if (i < 2 || !CLAUSE_MARKS.has(tokens[i - 1]!.low)) return false;
    const next = tokens[i + 1];
    if (next === undefined) return false;
    if (t.low === 'anything') return next.pos === 'ADJ' || (next.punct && tokens[i + 2]?.pos === 'NOUN');
    return t.low === 'any' && (next.pos === 'NOUN' || next.pos === 'ADJ') && !ANY_OF_SETTING.has(next.lemma);
  });
  if (at < 0) return undefined;
  return new Set(tokens.slice(0, at - 1).map((_, k) => k));
}

/**
 * The words after the last "before" or "after" of the question, up to a mark ("… before the railways?", "team dinner after
 * the summit, …"), or undefined.
 */
function closingBefore(tokens: readonly QToken[]): Set<number> | undefined {
  const at = tokens.findLastIndex((t) => t.low === 'before' || t.low === 'after');
  if (at < 2) return undefined;
  const out = untilPunct(tokens, at + 1);
  return out.size > 0 && out.size <= 4 ? out : undefined;
}

/** The token indices from `from` up to the next punctuation mark (or the end). */
function untilPunct(tokens: readonly QToken[], from: number): Set<number> {
  const out = new Set<number>();
  for (let k = from; k < tokens.length && !tokens[k]!.punct; k++) out.add(k);
  return out;
}

const EXAMPLES: ReadonlySet<string> = new Set(['like', 'eg', 'e.g.', 'such', 'or', 'say', 'maybe', 'especially', 'specifically', 'i.e.']);

/** Prepositions of where a ride goes. */
const TO_PLACE: ReadonlySet<string> = new Set(['to', 'into', 'over', 'from']);

/**
 * "can she give me a lift to the car boot sale on sunday?", "could he drive himself to the clinic?": after a word of
 * getting about (the concepts of the commute, a driving licence and a car: drive, lift, taxi, bus...), the words from
 * "to" to the end of the sentence name the destination and its time — a setting. Its tokens, or undefined.
 */
function destination(tokens: readonly QToken[], owner: ReadonlyMap<number, readonly Aspect[]>): Set<number> | undefined {
  const rides = new Set([conceptId('commute'), conceptId('licence'), conceptId('car')]);
  const ride = tokens.findIndex((_, i) => (owner.get(i) ?? []).some((a) => a.concept !== undefined && rides.has(a.concept)));
  if (ride < 0) return undefined;
  let to = ride + 1;
  while (to < tokens.length && !tokens[to]!.punct && !TO_PLACE.has(tokens[to]!.low)) to++;
  if (to >= tokens.length || tokens[to]!.punct) return undefined;
  const out = untilPunct(tokens, to + 1);
  return out.size > 0 ? out : undefined;
}

const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Verbs of training for a job ("train", "qualified", "studying"): extraction's training verbs, and studying and qualifying. */
const TRAINING: ReadonlySet<string> = new Set([...TRAINING_VERBS, 'qualify', 'qualified', 'qualifying', 'study', 'studied', 'studying']);

/** The noun phrase after "train as a" / "qualified as a" ("a teacher"), or undefined. */
function trainedAs(tokens: readonly QToken[]): Set<number> | undefined {
  const k = tokens.findIndex((t, i) => TRAINING.has(t.low) && tokens[i + 1]?.low === 'as');
  if (k < 0) return undefined;
  const out = new Set<number>();
  for (let i = k + 2; i < tokens.length && i < k + 6 && !tokens[i]!.punct && (tokens[i]!.pos === 'DET' || NOMINAL_POS.has(tokens[i]!.pos)); i++) out.add(i);
  return out.size > 0 ? out : undefined;
}

/** Words that judge what a thing does to the user's health ("bad for her health", "ok for his back"). */
const EFFECTS: ReadonlySet<string> = new Set(['bad', 'good', 'harmful', 'ok', 'okay', 'safe', 'risky', 'hard', 'rough', 'fine']);
/** What the health named in "… be bad for her health" is judged against ("health", "back", "knees"): the whole body or a part. */
const JUDGED: ReadonlySet<string> = new Set(['health', 'back', 'knees', 'knee', 'heart', 'chest', 'joints', 'skin', 'lungs', 'hip', 'hips']);

/** The tokens before "bad / ok … for her health" (what is judged), or undefined. */
function beforeHealthEffect(tokens: readonly QToken[]): Set<number> | undefined {
  const h = tokens.findIndex((t, i) => JUDGED.has(t.low) && POSSESSIVE_WORDS.has(tokens[i - 1]?.low ?? '') && tokens[i - 2]?.low === 'for');
  if (h < 3 || !EFFECTS.has(tokens[h - 3]!.low)) return undefined;
  const out = new Set<number>();
  for (let k = 0; k < h - 3; k++) out.add(k);
  return out;
}

/** Aspects every word of which is in `span` count weakly: they say when, where or whose, not what is asked. */
function weakenIn(owner: ReadonlyMap<number, readonly Aspect[]>, span: ReadonlySet<number> | undefined): void {
  if (span) for (const a of onlyIn(owner, span)) a.weight = Math.min(a.weight, WEIGHT.weak);
}

/** Aspects every word of which is in `span` count weakly when the question names a topic of its own besides them. */
function weakenBesides(owner: ReadonlyMap<number, readonly Aspect[]>, span: ReadonlySet<number> | undefined, byConcept: ReadonlyMap<number, Aspect>): void {
  const inSpan = span && onlyIn(owner, span);
  if (inSpan && [...byConcept.values()].some((a) => a.weight >= WEIGHT.strong && !inSpan.includes(a)))
    for (const a of inSpan) a.weight = Math.min(a.weight, WEIGHT.weak);
}

/** Aspects every word of which is in the span. */
function onlyIn(owner: ReadonlyMap<number, readonly Aspect[]>, span: ReadonlySet<number>): Aspect[] {
  const main = new Set<Aspect>();
  const inSpan = new Set<Aspect>();
  for (const [i, aspects] of owner) for (const a of aspects) (span.has(i) ? inSpan : main).add(a);
  return [...inSpan].filter((a) => !main.has(a));
}

/** Aspects every word of which is in the change: they say when, not what is asked. */
function markSetting(owner: ReadonlyMap<number, readonly Aspect[]>, change: ReadonlySet<number>): void {
  for (const a of onlyIn(owner, change)) a.setting = true;
}

/** Token indices of the occupations a question names (extraction's occupation lexicon, single words). */
function occupationsIn(tokens: readonly QToken[]): number[] {
  const out: number[] = [];
  const words: Token[] = tokens.map((t) => ({ text: t.text, low: t.low, lemma: t.lemma, pos: t.pos, neg: false, space: true, oov: false }));
  tokens.forEach((t, i) => {
    // "her laptop model": a model of the thing before it, not the occupation ("is she a model?" still is).
    const variant = i > 0 && VARIANT_NOUNS.has(t.low) && tokens[i - 1]!.pos === 'NOUN';
    if (t.pos === 'NOUN' && !variant && OCCUPATIONS.matchAt(words, i) === 1) out.push(i);
  });
  return out;
}

function askerZone(tokens: readonly QToken[], asker: ReadonlySet<number>): string | undefined {
  if (asker.size === 0) return undefined;
  return zoneOfCity([...asker].map((i) => tokens[i]!.low).join(' ')) ?? zoneOfCity(tokens[[...asker][0]!]!.low);
}

/** "I'm in London", "I am based in Madrid", "here in Lagos": where the asker is (token indices of the place). */
function askerPlaces(tokens: readonly QToken[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.low !== 'in' || tokens[i + 1]?.pos !== 'PROPN') return;
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.low === 'based' || tokens[k]!.low === 'over')) k--;
    const here = tokens[i - 1]?.low === 'here';
    const iAm = k >= 1 && tokens[k]!.lemma === 'be' && tokens[k - 1]!.low === 'i';
    if (!here && !iAm) return;
    for (let p = i + 1; p < tokens.length && tokens[p]!.pos === 'PROPN'; p++) out.add(p);
  });
  return out;
}

/** "what's his middle name?": content words of the head, before its noun, that no concept took. */
function modifiersOf(tokens: readonly QToken[], head: Head, consumed: readonly boolean[], names: Names): string[] {
  const out: string[] = [];
  for (let i = head.start; i < head.noun; i++) {
    const t = tokens[i]!;
    if (!consumed[i] && isContent(t, names) && (t.pos === 'ADJ' || t.pos === 'NOUN') && !GENERIC_HEADS.has(t.lemma)) out.push(t.stem);
  }
  return out;
}

/**
 * "passport number", "serial number": a head noun that only a weak cue ties to its concepts ("number":
 * a phone number?) is what its modifiers make of it; the concept aspects of those modifiers must be
 * answered too. A noun that names its concept outright ("baking qualifications") keeps its own sense.
 */
function modifierAspectsOf(head: Head, owner: ReadonlyMap<number, readonly Aspect[]>): Aspect[] {
  const ofNoun = new Set(owner.get(head.noun) ?? []);
  if (ofNoun.size === 0 || [...ofNoun].some((a) => a.concept === undefined || a.weight > WEIGHT.weak)) return [];
  const out = new Set<Aspect>();
  for (let i = head.start; i < head.noun; i++) for (const a of owner.get(i) ?? []) if (a.concept !== undefined && !ofNoun.has(a)) out.add(a);
  return [...out];
}

/**
 * The words that narrow the head: content words before its noun, and the noun run of a "for" phrase
 * right after it ("budget for the wedding", "plans for the weekend"), with the concepts they name.
 */
function qualifiersOf(
  tokens: readonly QToken[],
  head: Head,
  owner: ReadonlyMap<number, readonly Aspect[]>,
  names: Names,
): { stems: string[]; concepts: Set<number> } {
  const at: number[] = [];
  for (let i = head.start; i < head.noun; i++) at.push(i);
  if (tokens[head.end]?.low === 'for') {
    let k = head.end + 1;
    if (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'PRON') k++;
    while (k < tokens.length && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'ADJ') && !tokens[k]!.punct) at.push(k++);
  }
  const stems: string[] = [];
  const concepts = new Set<number>();
  for (const i of at) {
    const t = tokens[i]!;
    if (!isContent(t, names) || GENERIC_HEADS.has(t.lemma) || t.low === 'favourite' || t.low === 'favorite') continue;
    stems.push(t.stem);
    for (const a of owner.get(i) ?? []) for (const id of a.fields ?? (a.concept === undefined ? [] : [a.concept])) concepts.add(id);
  }
  return { stems, concepts };
}

/** "is she a mother?": a family fact answers it when it speaks of her children, not of her mother. */
function userRoles(noun: QToken, family: Aspect | undefined): void {
  const relative = ROLE_OF_USER.get(noun.lemma);
  if (!family?.cues || relative === undefined) return;
  const at = family.cues.indexOf(noun.lemma);
  if (at >= 0) family.cues[at] = relative;
}

function dedupe(aspects: Aspect[]): Aspect[] {
  const seen = new Map<string, Aspect>();
  for (const a of aspects) {
    const key = a.words[0]!;
    const prev = seen.get(key);
    if (!prev) seen.set(key, a);
    else if (a.weight > prev.weight) {
      prev.weight = a.weight;
      prev.head ||= a.head;
    }
  }
  return [...seen.values()];
}

/** "does he surf?", "can she swim?": the main verb of a yes/no question about the user, when it is not a light one. */
function yesNoMainVerb(tokens: readonly QToken[]): number {
  if (tokens[0]?.pos !== 'AUX' || !['PRON', 'PROPN'].includes(tokens[1]?.pos ?? '') || tokens[1]!.low === 'i' || tokens[1]!.low === 'we') return -1;
  const v = tokens[2]?.pos === 'VERB' ? 2 : tokens[3]?.pos === 'VERB' && tokens[2]!.pos === 'ADV' ? 3 : -1;
  return v >= 0 && !LIGHT_VERBS.has(tokens[v]!.lemma) ? v : -1;
}

/** Words of a time that may close a question after its verb ("what's he researching these days?"). */
const TIME_TAIL = new Set([
  'these',
  'days',
  'lately',
  'nowadays',
  'currently',
  'now',
  'right',
  'at',
  'the',
  'moment',
  'this',
  'week',
  'month',
  'year',
  'today',
  'present',
]);

/** Words of a closing time that name a slot of the calendar ("this week"), not the present as it stands ("these days"). */
const CALENDAR_TAIL = new Set(['week', 'month', 'year', 'today']);

const COMPANION_OWNERS = new Set(['his', 'her', 'their']);
const COMPANIONS = new Set([
  'family',
  'kids',
  'children',
  'parents',
  'wife',
  'husband',
  'partner',
  'mum',
  'mom',
  'dad',
  'folks',
  'friends',
  'mates',
  'team',
  'colleagues',
]);

/**
 * "what does he speak with his family back home?", "what does she cook with her kids?": after the verb a wh-question asks
 * about, "with" and the user's own people (and where they are) say with whom it is done, not what is asked.
 */
function companions(tokens: readonly QToken[]): Set<number> | undefined {
  if (!['what', 'which', 'how'].includes(tokens[0]?.low ?? '')) return undefined;
  const k = tokens.findIndex((t, i) => t.low === 'with' && COMPANION_OWNERS.has(tokens[i + 1]?.low ?? '') && COMPANIONS.has(tokens[i + 2]?.low ?? ''));
  if (k < 2 || !tokens.slice(1, k).some((t) => t.pos === 'VERB')) return undefined;
  const out = new Set<number>();
  for (let i = k; i < tokens.length && !tokens[i]!.punct; i++) out.add(i);
  return out;
}

/** "this weekend", "next weekend", "the weekend after": one weekend named as a date. */
function calendarWeekends(tokens: readonly QToken[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.low === 'weekend' && THIS_OR_NEXT.has(tokens[i - 1]?.low ?? '')) out.add(i);
  });
  return out;
}

const THIS_OR_NEXT: ReadonlySet<string> = new Set(['this', 'next', 'coming', 'last', 'that']);

/** Where a question's closing time ("these days", "at the moment", "this week") starts, or its end when it has none. */
function timeTail(tokens: readonly QToken[]): number {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.punct) i--;
  let k = i;
  while (k >= 0 && TIME_TAIL.has(tokens[k]!.low)) k--;
  // Only a tail that ends on a word of time ("days", "lately"), not "the" or "at" alone.
  return k < i && ['days', 'lately', 'nowadays', 'currently', 'now', 'moment', 'week', 'month', 'year', 'today', 'present'].includes(tokens[i]!.low)
    ? k + 1
    : i + 1;
}

/** "what does Sam teach?", "whats he researching these days": the verb that ends a "what" question, if any. */
function finalWhVerb(tokens: readonly QToken[]): number {
  if (!tokens.some((t) => t.low === 'what' || t.low === 'whats')) return -1;
  const i = timeTail(tokens) - 1;
  // ("what does she do for fun when she's not flying?": the verb of a closing "when" clause is not the one asked.)
  return i >= 0 && tokens[i]!.pos === 'VERB' && !whenClause(tokens)?.has(i) ? i : -1;
}

function possessiveOf(tokens: readonly QToken[]): string {
  for (const t of tokens) {
    const p = POSSESSIVE.get(t.low);
    if (p) return p;
  }
  return 'their';
}
