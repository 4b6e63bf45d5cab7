import type { Fact } from '../../../profiles/model.js';
import { orderForPrompt } from '../../../profiles/prompt.js';
import type { Steps, WorkBudget } from '../nlp/budget.js';
import { asksWhichBody, gives, namesNew } from './answer-kind.js';
import { aboutAnotherKind } from './contrasts.js';
import { askedDegrees, namesOtherDegree } from './degrees.js';
import { isKnownPlace, namesPartOf } from './places.js';
import { MONTH_NAMES } from '../extract/time.js';
import { bearing, shift } from './clock.js';
import { conceptId, LEVEL } from './concepts/index.js';
import { aboutPlaces, FACTS_PER_STEP, FANDOM, type FactTerms, type Profile } from './facts.js';
import { PAST_KEY_WORDS, PREFERENCE_KEYS, RELATIONS, WEEKDAYS } from './lexicon.js';
import { answerAboutOther } from './others.js';
import { isTrade, VARIANT_NOUNS } from './subject.js';
import { answersFavourite, headMatch, HEAD_MIN, unansweredTopic } from './head-rules.js';
import { askedPurpose, pricedForOther } from './purposes.js';
import { isStance, stancesFor } from './plans.js';
import { presentFor } from './now.js';
import type { QToken } from './qtokens.js';
import { WEIGHT, type Aspect, type Question } from './question.js';
import { aspectMatch, factScore, MAX_MATCH, SYNONYM_STEMS } from './score.js';
import { normaliseText } from '../nlp/normalise.js';
import { MATCH_CHARS, valueItems } from './values.js';
import { stem, wordsOf } from './words.js';

/**
 * Which facts answer a question, or why none does. Citations are few: the facts within RELATIVE of
 * the best score, at most MAX_CITED; beside the best, a fact that shares none of its aspects must come
 * within APART of it (or answer its own aspect in full); below the cutoff, the one fact that answers in full an
 * aspect the best answers in part is cited too. The dialectic abstains when the question is
 * about someone else, about the past, when nothing scores MIN_SCORE, or when no fact answers what the
 * question asks for (its head: "what star sign", "his favourite band").
 */

export type Decision =
  | { readonly kind: 'answer'; readonly facts: readonly Fact[] }
  | { readonly kind: 'summary'; readonly facts: readonly Fact[] }
  | {
      readonly kind: 'abstain';
      readonly why: 'other' | 'past' | 'missing' | 'empty' | 'unlisted';
      /** With 'unlisted': what the list that does not name the thing asked about holds ("allergies", "languages", "teams"). */
      readonly list?: string;
    };

export const MIN_SCORE = 0.6;
/** What giving the kind of answer asked for (a date for "when") adds to a fact on the topic. */
const KIND_HIT = 0.1;
const RELATIVE = 0.7;
const MAX_CITED = 3;
/** A name asked for ("what's the GM's name at Lakeside Manor?"): whose it is decides, and the user's own answers only if asked. */
const namesAsked = (q: Question): boolean => q.head?.named === true || q.tokens.some((t) => t.lemma === 'name');
/**
 * "would she skip the permit to get the lights back on?" beside "values: never works a line without a permit and an earth":
 * asked what the user would do, a stance of theirs that writes a word the question stresses speaks to it.
 */
const STANCE_HIT = 0.6;
const holdsWordAsked = (terms: FactTerms, q: Question): boolean =>
  q.aspects.some((a) => a.weight >= 1 && !a.setting && [...a.words, ...(a.cues ?? [])].some((w) => terms.value.has(w) || terms.value.has(stem(w))));
/** A score that answers a question on its own, not just reaches the bar (MIN_SCORE). */
const FIRM_SCORE = 1;
/** Beside the best fact, one that answers none of the same parts of the question must reach APART of its score. */
const APART = 0.85;
const MAX_SUMMARY = 20;
const CURRENT = conceptId('current');
/** Whether a fact's key is on one of these concepts. */
const keyedOn = (terms: FactTerms, ids: readonly number[]): boolean => ids.some((id) => (terms.levels.get(id) ?? 0) >= LEVEL.key);
const ALLERGY = conceptId('allergy');
/** What is known of the user's health that a question on what to be careful of is answered by. */
const HEALTH_CRITICAL: readonly number[] = [ALLERGY, conceptId('health')];
/** Conditions that bear on what a person can eat or drink ("type 1 diabetes", "coeliac", "gout", "acid reflux"). */
const EATING_CONDITIONS: ReadonlySet<string> = new Set(
  (
    'diabetes diabetic coeliac celiac ibs crohn crohns colitis gout reflux gerd heartburn cholesterol hypertension kidney pregnant pregnancy ' +
    'lactose gluten intolerant intolerance allergy allergic anaphylaxis dysphagia swallowing fodmap ulcer diverticulitis histamine pku ' +
    'gastroparesis sugar pressure'
  )
    .split(' ')
    .map(stem),
);
const FOOD = conceptId('food');
const DIET = conceptId('diet');
/** Words of a key on the user's present state (where they are, whether they are free), not on the work in hand. */
const STATE_KEY_WORDS = new Set(['status', 'location', 'whereabouts', 'availability', 'week', 'weekend', 'today', 'trip', 'away'].map(stem));
const PAST_VALUE_WORDS = new Set(['previously', 'formerly', 'used', 'until', 'retired', 'former'].map(stem));
/** Keys of what the user dislikes: they never answer what the user likes best. */
const NEGATIVE_KEYS = new Set(['dislikes', 'hates', 'pet_peeves', 'avoid', 'avoids', 'dealbreakers']);
/** Adverbs of what is usual: a question with one asks for a habit, which no short-lived fact states. */
const HABITUAL = new Set(['usually', 'normally', 'typically', 'generally', 'ordinarily', 'habitually']);
const FAVOURITE_WORDS = new Set(['favourite', 'favorite', 'fave', 'fav']);

/** Keys for a record of what has happened ("injuries", "surgeries"): the past by nature. */
const RECORD_KEY_WORDS = new Set(['injury', 'injuries', 'surgery', 'surgeries', 'operation', 'operations', 'diagnosis', 'diagnoses'].map(stem));

/**
 * A name the question writes that one fact's value alone writes ("is she comfortable in ClaimCenter?" beside tools: "Guidewire
 * ClaimCenter"): that fact is on the thing asked about, whatever the words around the name suggest ("in" a place). Not
 * where the user lives or comes from: "do they follow the Cork hurlers?" is no question on where she lives.
 */
const NAME_HIT = 1;
const CALENDAR: ReadonlySet<string> = new Set(['this', 'next', 'coming']);
const WEEKEND_DAYS: readonly string[] = ['saturday', 'sunday'].map(stem);
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);
const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);
const PLACE_CONCEPTS: readonly number[] = [conceptId('location'), conceptId('origin'), conceptId('travel')];
function namedOnce(q: Question, profile: Profile): string[] {
  // Only the sentence that asks ("What's his full first name? The Aviva form wants it exactly").
  const mark = q.tokens.findIndex((t) => t.text === '?');
  const from = mark < 0 ? 0 : q.tokens.slice(0, mark).findLastIndex((t) => t.punct && SENTENCE_ENDS.has(t.text)) + 1;
  return (
    q.tokens
      .slice(from, mark < 0 ? q.tokens.length : mark)
      // (Not the user's own name nor a known place or month: "what does Rohan do?", "a free afternoon in Berlin".)
      .filter(
        (t) =>
          t.pos === 'PROPN' &&
          t.stem.length >= 4 &&
          !WEEKDAYS.has(t.stem) &&
          !MONTHS.has(t.low) &&
          profile.df.get(t.stem) === 1 &&
          !profile.userNames.has(t.low) &&
          !profile.otherNames.has(t.low) &&
          !isKnownPlace(t.low),
      )
      .map((t) => t.stem)
  );
}

function aboutThePast(t: FactTerms): boolean {
  if ([...t.key].some((k) => PAST_KEY_WORDS.has(k) || RECORD_KEY_WORDS.has(k))) return true;
  // ("coffee machine in for repair until Wednesday": a short-lived fact's "until" is the end of a present state.)
  return t.fact.bucket !== 'dynamic' && [...PAST_VALUE_WORDS].some((w) => t.value.has(w));
}

const CLOCK_HIT = 1.2;
/** What a fact that names the day of the week asked about adds ("sunday at 9am" beside "church on Sunday mornings"). */
const DAY_HIT = 0.6;
/** A day of the month written as an ordinal ("14th", "1st", "22nd"). */
const DAY_OF_MONTH = /^(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)$/;
const CLOCK_WINDOWS = 0.6;
/**
 * A time at the edges of the day ("a 6am call", "a 7am study session", "a 9:30pm debrief") bears on the
 * user's daily rhythm: a fact about it (chronotype, sleep, morning routine) gains EDGE_HIT.
 */
const EDGE_HIT = 0.6;
const EARLY = 8 * 60;
const LATE = 21 * 60;

/** The user's IANA time zone, from a timezone fact. */
function userZone(profile: Profile): string | undefined {
  const id = conceptId('timezone');
  for (const t of profile.facts) {
    if ((t.levels.get(id) ?? 0) >= LEVEL.key && typeof t.fact.value === 'string' && t.fact.value.includes('/')) return t.fact.value.trim();
  }
  return undefined;
}

/** What a fact's windows of the day add to a question about a time: most when the time falls into one. */
function clockScore(terms: FactTerms, times: readonly number[], timed: boolean): number {
  if (!timed) return 0;
  const b = bearing(terms.windows, times);
  return b === 2 ? CLOCK_HIT : b === 1 ? CLOCK_WINDOWS : 0;
}

/** Whether two facts answer some aspect of the question in common (their aspect matches, in the question's order). */
function sharesAspect(a: readonly number[], b: readonly number[]): boolean {
  return a.some((m, j) => m > 0 && (b[j] ?? 0) > 0);
}

/** A fact on what a question after a change asks (at least near it) and on the change itself. */
function afterTheChange(q: Question, matched: readonly number[]): boolean {
  // An aspect the question's shape added ("going to be" -> current) says no more than the tense.
  const asked = q.aspects.some((a, j) => !a.setting && ((a.cues?.length ?? 0) > 0 || a.words.length > 0) && (matched[j] ?? 0) >= LEVEL.near);
  return asked && q.aspects.some((a, j) => a.setting === true && (matched[j] ?? 0) > 0);
}

/**
 * What answers the question (see decideOnTopic). When nothing in the profile speaks of what it asks, two shapes of question
 * are still answered by what bears on them: one on the user's present by the short-lived facts (now.ts), a plan put to the
 * user by their stances (plans.ts).
 */
export function* decide(q: Question, profile: Profile, budget: WorkBudget): Steps<Decision> {
  const decision = yield* decideOnTopic(q, profile, budget);
  if (decision.kind !== 'abstain' || decision.why !== 'missing') return decision;
  const present = presentFor(q, profile);
  if (present.length > 0) return { kind: 'answer', facts: present };
  const stances = stancesFor(q, profile);
  return stances.length > 0 ? { kind: 'answer', facts: stances } : decision;
}

function* decideOnTopic(q: Question, profile: Profile, budget: WorkBudget): Steps<Decision> {
  if (q.other) {
    const facts = answerAboutOther(q, profile, budget);
    return facts.length > 0 ? { kind: 'answer', facts } : { kind: 'abstain', why: 'other' };
  }
  if (q.summary) {
    if (profile.facts.length === 0) return { kind: 'abstain', why: 'empty' };
    return { kind: 'summary', facts: orderForPrompt(profile.facts.map((t) => t.fact)).slice(0, MAX_SUMMARY) };
  }
  const candidates = q.past ? profile.facts.filter(aboutThePast) : profile.facts;
  if (candidates.length === 0) return { kind: 'abstain', why: q.past ? 'past' : 'missing' };
  const heads = q.aspects.filter((a) => a.head);
  // "is 2pm my time OK?", "when should I book a call?": the facts that speak of times of the day.
  const timed = q.times.length > 0 || q.kind === 'date' || q.kind === 'clock';
  const times = timed ? shift(q.times, q.askerZone, userZone(profile)) : [];
  // ("anything on this weekend?" beside "Security+ exam on Saturday": a weekend named is its two days.)
  const weekend = q.tokens.some((t, i) => t.low === 'weekend' && CALENDAR.has(q.tokens[i - 1]?.low ?? ''));
  // ("can he cover a shift on the 14th?" beside "union wage negotiations on the 14th": a day of the month named counts as a weekday does.)
  const days = [...q.tokens.map((t) => t.stem).filter((w) => WEEKDAYS.has(w) || DAY_OF_MONTH.test(w)), ...(weekend ? WEEKEND_DAYS : [])];
  const routine = conceptId('routine');
  const edge = times.some((t) => t <= EARLY || t >= LATE);
  const scored: { terms: FactTerms; score: number; plain: number; head: number; matched: number[] }[] = [];
  const best = new Map(q.aspects.map((a) => [a, 0]));
  let headBest = 0;
  let favouriteFound = false;
  const pick = pickedOne(q);
  const verbs = pick === undefined ? [] : verbStems(q);
  const purpose = askedPurpose(q.tokens);
  const rareNames = namedOnce(q, profile);
  for (let i = 0; i < candidates.length; i++) {
    if (i > 0 && i % FACTS_PER_STEP === 0) yield;
    const terms = candidates[i]!;
    budget.spend(1 + Math.ceil(q.aspects.length / 4));
    // "what does she charge for conference work?" beside prices said for court and for translation: no answer.
    if (purpose !== undefined && pricedForOther(purpose, terms)) continue;
    const topical = factScore(profile, terms, q.aspects);
    // Without a time asked ("when should I book a call?") windows of the day only support a fact on the topic.
    const score =
      topical +
      (q.times.length > 0 || topical > 0 ? clockScore(terms, times, timed) : 0) +
      ((topical > 0 || (weekend && q.soon)) && days.some((d) => terms.value.has(d)) ? DAY_HIT : 0) +
      (edge && (terms.levels.get(routine) ?? 0) >= LEVEL.key ? EDGE_HIT : 0) +
      (rareNames.some((w) => terms.value.has(w)) && !keyedOn(terms, PLACE_CONCEPTS) ? NAME_HIT : 0) +
      (q.doing && isStance(terms) && holdsWordAsked(terms, q) ? STANCE_HIT : 0);
    // The same score with the value read plainly (see aspectMatch): what a fact beside the best must reach.
    const plain = terms.modifierStems.size > 0 || terms.modifierConcepts.size > 0 ? score - topical + factScore(profile, terms, q.aspects, true) : score;
    let head = 0;
    for (const h of heads) head = Math.max(head, headMatch(profile, terms, h, q));
    // "which game studio does she work for?" beside "UX designer at a mobile game studio": which one is not said.
    if (head > LEVEL.related && pick !== undefined && !verbs.some((v) => terms.value.has(v)) && namesOnlyAKind(terms, pick)) head = LEVEL.related;
    const matched = q.aspects.map((a) => {
      const m = aspectMatch(profile, terms, a);
      best.set(a, Math.max(best.get(a)!, m));
      return m;
    });
    if (score > 0) scored.push({ terms, score, plain, head, matched });
    headBest = Math.max(headBest, head);
    if (q.head?.favourite && !favouriteFound) favouriteFound = answersFavourite(terms, q);
  }
  // "which part of Singapore do they stay in?": only a fact that names a finer place can answer, so the best of those sets the bar.
  if (q.partOf !== undefined) {
    // (Where the user is from too: "which part of Ireland is she from?" beside "hometown: Letterkenny, Co. Donegal".)
    const finer = scored.filter((s) => aboutPlaces(s.terms.levels) && namesPartOf(s.terms.fact.value, q.partOf!));
    scored.splice(0, scored.length, ...finer);
  }
  // "where will he live once he starts the PhD?": only a fact that speaks both of what is asked and of the change answers.
  if (q.afterChange && !q.past) {
    const after = scored.filter((s) => afterTheChange(q, s.matched));
    scored.splice(0, scored.length, ...after);
  }
  // "did they do a master's after Glasgow?" beside "BA Music Technology, University of Glasgow": only a fact on
  // education answers, and one that names only another level of degree does not say whether the user holds
  // the level asked about (nor does "Glasgow (2012–2018)" in the places they lived).
  const degrees = askedDegrees(q.tokens);
  if (degrees.size > 0) {
    const education = conceptId('education');
    const open = scored.filter((s) => (s.terms.levels.get(education) ?? 0) >= LEVEL.near && !namesOtherDegree(s.terms, degrees));
    scored.splice(0, scored.length, ...open);
  }
  // "when did he propose?" beside "proposed on 14 February 2025": when nothing reaches the bar on a question of one word, a fact
  // holding that word in the kind of answer asked for does.
  if (q.kind !== undefined && q.aspects.length === 1 && scored.every((s) => s.score < MIN_SCORE))
    for (const s of scored) if (gives(s.terms, q.aspects, q.kind, q.stems)) s.score += KIND_HIT;
  // "which bank is her personal current account with?" beside "business bank: Starling business account": another kind, and
  // when the fact most on the topic is of another kind, the profile does not hold the one asked about.
  const another = scored.filter((s) => aboutAnotherKind(q, s.terms));
  if (another.length > 0) {
    const best = scored.reduce((m, s) => Math.max(m, s.score), 0);
    if (another.some((s) => s.score >= best)) return { kind: 'abstain', why: q.past ? 'past' : 'missing' };
    scored.splice(0, scored.length, ...scored.filter((s) => !another.includes(s)));
  }
  // "how much does he earn?" beside "shopping budget: under $150 a month": what the user earns is not what they spend.
  if (q.tokens.some((t) => INCOME_WORDS.has(t.lemma) || INCOME_WORDS.has(t.low))) {
    const income = scored.filter((s) => !SPENDING_KEY.test(s.terms.fact.key) || [...INCOME_WORDS].some((w) => s.terms.lows.has(w)));
    scored.splice(0, scored.length, ...income);
  }
  // "is she allergic to latex?" beside "allergies: penicillin": asked whether the user is allergic to one thing, a list of
  // allergies that names neither it nor anything of its kind does not say (a list of allergies is never known to be whole).
  // (Said so only when the profile lists allergies; with none listed it has nothing about them at all.)
  if (asksAllergyTo(q) && !scored.some((s) => holdsAsked(profile, s.terms, q)))
    return scored.some((s) => ALLERGY_KEY.test(s.terms.fact.key))
      ? { kind: 'abstain', why: 'unlisted', list: 'allergies' }
      : { kind: 'abstain', why: 'missing' };
  // "does he speak polish?" beside "languages: English, conversational Irish": the same for a language named (the languages
  // a profile lists are never known to be all the user speaks).
  if (asksLanguage(q) && !scored.some((s) => holdsAsked(profile, s.terms, q) || holdsLanguage(s.terms, q)))
    return scored.some((s) => (s.terms.levels.get(LANGUAGE) ?? 0) >= LEVEL.key)
      ? { kind: 'abstain', why: 'unlisted', list: 'languages' }
      : { kind: 'abstain', why: 'missing' };
  // "does he follow Swansea City as well?" beside "location: Mumbles, Swansea", "interests: hurling (follows Galway)": asked
  // whether the user follows a club named, no fact that names the whole name says so (the clubs a profile names are never all).
  const club = clubAsked(q);
  if (club !== undefined && !scored.some((s) => club.every((w) => s.terms.value.has(w))))
    return scored.some((s) => (s.terms.levels.get(FANDOM) ?? 0) >= LEVEL.near)
      ? { kind: 'abstain', why: 'unlisted', list: 'teams' }
      : { kind: 'abstain', why: 'missing' };
  // "does he have a VNA licence?" beside "licences: reach truck, counterbalance": asked whether the user holds a licence or
  // ticket of a kind named, no fact that names the kind says so (the licences a profile lists are never all).
  const credential = credentialAsked(q) ?? schemeAsked(q);
  if (credential !== undefined && !scored.some((s) => credential.every((w) => s.terms.value.has(w))))
    return scored.some((s) => (s.terms.levels.get(CERTIFICATION) ?? 0) >= LEVEL.near)
      ? { kind: 'abstain', why: 'unlisted', list: 'licences' }
      : { kind: 'abstain', why: 'missing' };
  // "does he have a dog?" beside "dislikes: dogs on the oval": asked whether the user keeps an animal, what the user likes or
  // dislikes says nothing of it; only a fact on their animals or their household does.
  if (asksOwnsAnimal(q)) {
    const owned = scored.filter((s) => !PREFERENCE_KEYS.has(s.terms.fact.key));
    if (!owned.some((s) => [PETS, FAMILY].some((c) => (s.terms.levels.get(c) ?? 0) >= LEVEL.near))) return { kind: 'abstain', why: 'missing' };
    // ("has she got a dog as well as the cat?" beside "pets: a tabby cat": the animal the question grants is held and the one it
    // asks about is named by none. Only beside the one granted: the fields know few breeds, and "a heeler" is a dog.)
    const animal = animalAsked(q);
    const granted = q.aspects.filter((a) => a.fields !== undefined && a !== animal && a.weight >= 1);
    const holds = (a: Aspect) => owned.some((s) => aspectMatch(profile, s.terms, a) > 0);
    if (animal !== undefined && granted.some(holds) && !holds(animal)) return { kind: 'abstain', why: 'unlisted', list: 'animals' };
    scored.splice(0, scored.length, ...owned);
  }
  // "what's his blood pressure like these days?" beside "health conditions: lower back pain, hearing loss": a condition named
  // as the thing asked, which no fact names nor anything of its kind, is not held (a list of conditions is never whole).
  if (asksNamedCondition(q) && !scored.some((s) => holdsAsked(profile, s.terms, q))) return { kind: 'abstain', why: 'missing' };
  const top = scored.reduce((m, s) => Math.max(m, s.score), 0);
  const missing = q.past ? 'past' : 'missing';
  // "can I ring him this week about the bbq?", "ok to program a hard tempo run for him tomorrow?": asked whether the user is
  // free, there or fit at a time close by, a fact on the present answers ("offshore until the 20th", "calf strain"),
  // however weakly the question names it and however strongly it speaks of another topic.
  // (Of those, the ones on the user's state — "current status", "this week" — rather than the work in hand, when there are any.)
  // (Not with a clock time: "is it ok to message him at 9 tonight?" asks whether the hour suits, which habits say.)
  // (On a day of the coming week — "is he around to pick up a referral on monday?" — only a fact on the user's state: "on leave
  // until Wednesday", not the work in hand.)
  const onPresent = (q.soon || q.onDay) && q.times.length === 0 ? scored.filter((s) => (s.terms.levels.get(CURRENT) ?? 0) >= LEVEL.key) : [];
  const onState = onPresent.filter((s) => [...s.terms.key].some((k) => STATE_KEY_WORDS.has(k)));
  const present = onState.length > 0 || q.onDay ? onState : onPresent;
  // "he's offered to help me move my beehives — anything I should know first?": asked what to be careful of, what is known of
  // the user's health (allergies, conditions) is cited beside the best facts, when they do not already speak of it.
  // (With something to eat named — "I'm making him soup, anything I should go easy on?" — what the user eats bears too.)
  const food = q.aspects.some((a) => a.concept === FOOD && a.weight >= 1);
  const critical = food ? [...HEALTH_CRITICAL, DIET] : HEALTH_CRITICAL;
  // (A condition that has nothing to do with eating — "dodgy left knee", "knee replacement in 2022" — is no caution for a meal.)
  const offTheMenu = (t: FactTerms) => food && !keyedOn(t, [ALLERGY, DIET]) && ![...t.value].some((w) => EATING_CONDITIONS.has(w));
  const careful = q.caution ? candidates.filter((t) => keyedOn(t, critical) && !offTheMenu(t)) : [];
  if (top < MIN_SCORE && present.length === 0 && careful.length === 0) return { kind: 'abstain', why: missing };
  // ("what toppings should I avoid for her?": what to leave out of a meal for the user is what they eat, whatever it is named.)
  // ("which crowd is she with again, ESB or one of the contractors?": a name offered as one side of a choice and found in a fact
  // answers it, whatever the head is called.)
  const chosen = q.aspects.filter((a) => a.alternative === true && a.concept === undefined && a.weight >= 1 && (best.get(a) ?? 0) >= LEVEL.category);
  const namesChosen = (s: (typeof scored)[number]) => chosen.some((a) => (s.matched[q.aspects.indexOf(a)] ?? 0) >= LEVEL.category);
  if (heads.length > 0 && headBest < HEAD_MIN && !(food && careful.length > 0) && chosen.length === 0) return { kind: 'abstain', why: missing };
  if (q.head?.favourite && !favouriteFound) return { kind: 'abstain', why: missing };
  // (A head answered says more precisely what is asked: "how long has she been tattooing?" beside "11 years tattooing".)
  if (heads.length === 0 && unansweredTopic(q, best)) return { kind: 'abstain', why: missing };
  if (relationUnheld(q, best)) return { kind: 'abstain', why: missing };
  if (choiceUnheld(q, best)) return { kind: 'abstain', why: missing };
  // "when did she start at Rutas Verdes?": when the fact most on the topic cannot give the kind of answer
  // asked for (a date), the profile does not hold it; facts less on the topic do not stand in for it.
  // (Or, when the best facts do not answer the head, of the facts that answer it in full: "tickets for a country gig — who's
  // her favourite singer?" is not left unanswered because "interests: country music", which names no singer, scores higher
  // than "favorite music: Nathan Carter".)
  const onHead = heads.length > 0 ? scored.filter((s) => s.head >= LEVEL.key) : [];
  const headTop = onHead.reduce((m, s) => Math.max(m, s.score), 0);
  const givesAt = (pool: readonly { terms: FactTerms; score: number }[], at: number) =>
    pool.some((s) => s.score >= at && gives(s.terms, q.aspects, q.kind!, q.stems));
  const topOffHead = scored.every((s) => s.score < top || s.head < HEAD_MIN);
  if (q.kind !== undefined && !givesAt(scored, top) && !(topOffHead && givesAt(onHead, headTop))) return { kind: 'abstain', why: missing };
  const size = asksSize(q);
  if (size && !scored.some((s) => s.score >= top && givesSize(s.terms, q))) return { kind: 'abstain', why: missing };
  const cutoff = Math.max(MIN_SCORE, RELATIVE * top);
  // "send him the instructions in Polish, or is English fine?": the one fact that answers in full a strong aspect the
  // question offers as a choice, which the best fact answers only in part ("language: Polish, English" beside
  // "communication style: simple English"), is cited even below the cutoff. Not an aspect that only sets the scene
  // ("hypos on runs", "his Portuguese visa"): a fact on runs or on Portuguese alone does not answer the question.
  const leader = scored.find((s) => s.score >= top);
  const fullAnswer = (s: (typeof scored)[number]): boolean =>
    s.score >= MIN_SCORE &&
    q.aspects.some(
      (a, j) =>
        a.weight >= WEIGHT.strong &&
        offeredAsChoice(q, a) &&
        (s.matched[j] ?? 0) >= MAX_MATCH &&
        (leader?.matched[j] ?? 0) > 0 &&
        (leader?.matched[j] ?? 0) < MAX_MATCH &&
        scored.every((o) => o === s || (o.matched[j] ?? 0) < MAX_MATCH),
    );
  // "can I put satay skewers out at the braai?" beside "allergies: peanuts" and "diet: doesn't eat pork": an allergy that a
  // thing named in the question holds in full (a member of a field of food, medicine or material) is always cited — missing it costs most.
  const allergyHit = (s: (typeof scored)[number]): boolean =>
    s.score >= MIN_SCORE && ALLERGY_KEY.test(s.terms.fact.key) && q.aspects.some((a, j) => (a.fields?.length ?? 0) > 0 && (s.matched[j] ?? 0) >= MAX_MATCH);
  // "if I ring him at 9am my time, is that too early?": a time of day said in the asker's own zone is answered by the user's
  // time zone, however strongly the rest of the question speaks of calls.
  const zone = conceptId('timezone');
  const zoneHit = (s: (typeof scored)[number]): boolean =>
    s.score >= MIN_SCORE &&
    q.times.length > 0 &&
    q.aspects.some((a, j) => a.concept === zone && (a.cues ?? []).some((c) => ASKERS_TIME.has(c)) && (s.matched[j] ?? 0) >= LEVEL.key);
  // "what's Tunde's job at Waddon?" beside "company: Waddon Leisure Centre" and "role: gym instructor": a fact that is what the
  // head asks for, where the best fact is only near it, is cited whatever the rest of the question gives the best.
  const headOnly = (s: (typeof scored)[number]): boolean =>
    s.score >= MIN_SCORE && heads.length > 0 && s.head >= LEVEL.key && (leader?.head ?? 0) < LEVEL.key && !namesAsked(q);
  const othersTrades = tradesOfOthers(q);
  // "how much does he normally pay Wessex Water a month?": what is usual is not said by a short-lived fact (a bill he is disputing now).
  // ("how often does she get landed with on-call?": how often a thing comes round is a habit too.)
  const habitual = q.tokens.some((t, i) => HABITUAL.has(t.low) || (t.low === 'how' && q.tokens[i + 1]?.low === 'often'));
  const kind = q.kind;
  const favourite = q.tokens.some((t) => FAVOURITE_WORDS.has(t.low));
  const answering = scored
    // With a head, a fact cited must itself answer it ("which cricket format": not the communication format).
    .filter(
      (s) =>
        (s.score >= cutoff || fullAnswer(s) || allergyHit(s) || zoneHit(s) || headOnly(s)) &&
        (heads.length === 0 || s.head > LEVEL.related || namesChosen(s)) &&
        (!q.head?.favourite || answersFavourite(s.terms, q)),
    )
    // "what's his all-time favourite thing to eat?": what he dislikes is no answer.
    .filter((s) => !favourite || !NEGATIVE_KEYS.has(s.terms.fact.key))
    // "when is her birthday?" beside "age: 29": the facts on the topic must give the kind of answer asked for.
    .filter((s) => kind === undefined || gives(s.terms, q.aspects, kind, q.stems))
    .filter((s) => !size || givesSize(s.terms, q))
    .filter((s) => !habitual || s.terms.fact.bucket !== 'dynamic')
    // "which part of Malmö?" beside "Malmö, Sweden": a finer place is asked for.
    .filter((s) => q.partOf === undefined || namesPartOf(s.terms.fact.value, q.partOf))
    .sort((a, b) => b.score - a.score || aside(q, a.matched) - aside(q, b.matched) || (a.terms.fact.key < b.terms.fact.key ? -1 : 1))
    // "can she have the kiwi smoothie at the cafe?": beside the best fact, one that answers only another part of
    // the question (alcohol for "cafe") is cited when it is nearly as strong, or answers its part in full
    // ("wheat flour and butter": diet for the butter beside the health fact for the flour).
    .filter(
      (s, i, all) =>
        i === 0 || sharesAspect(s.matched, all[0]!.matched) || s.score >= APART * all[0]!.score || s.matched.some((m) => m >= MAX_MATCH) || zoneHit(s),
    )
    // "can I send him the reminders in Punjabi?": beside the best fact, one on the topic only through a word that
    // modifies another noun in its value ("Punjabi folk music") speaks of that other thing and is not cited.
    .filter((s, i) => i === 0 || s.plain >= Math.min(cutoff, s.score))
    .filter((s, i, all) => i === 0 || heads.length === 0 || !outdone(s, all[0]!))
    // "can she read Chinese menus / talk to a Chinese-speaking nanny?": beside the best fact, one that matches only a
    // trade of someone else (her occupation for "nanny") is not cited.
    .filter((s, i) => i === 0 || !q.aspects.every((a, j) => (s.matched[j] ?? 0) === 0 || othersTrades.has(a)))
    // "could I set up a 10pm call?" beside "editor: Neovim" (set up), "window or aisle on the flight?" beside the trip.
    .filter((s, i, all) => i === 0 || !(byAskersVerbOnly(q, s.matched, all[0]!.matched) || offTheChoice(q, s.matched, all[0]!.matched)))
    .slice(0, MAX_CITED);
  // "would he take on a chrome wrap on my Golf?" beside "dislikes: chrome wraps (too many comebacks)": a plan put to the user
  // is answered by a stance of theirs on what it names too.
  // (One within reach of the best: see `cutoff`; the filters on what stands beside the best do not apply to it.)
  const stances = q.plan ? scored.filter((s) => s.score >= cutoff && isStance(s.terms)).sort((a, b) => b.score - a.score) : [];
  const ranked = [...answering, ...stances.filter((s) => !answering.includes(s))];
  // (The present state beside them, when the question is about a time close by: see `present`.)
  const cited = [...ranked, ...present.filter((s) => !ranked.includes(s)).sort((a, b) => b.score - a.score)].slice(0, MAX_CITED);
  // "which parish choir does she sing in?" beside "interests: church choir": which one is not said unless a fact cited names it.
  // (A name in any item of the fact: "Manchester City" beside "5-a-side football" for "is he a footy fan? which team".)
  const namesOne = (t: FactTerms) => t.items.some((item) => namesNew(item, q.stems));
  if (asksWhichBody(q.tokens, q.head) && !cited.some((s) => namesOne(s.terms))) return { kind: 'abstain', why: missing };
  // (See `careful`: only when none of the facts cited speaks of the user's health — and, asked whether a plan is fine for the
  // user, only when no other fact answers. Asked what to be careful of, it goes before facts that barely reach the bar:
  // "her hands go white at the stall in the cold — is there a reason?" is not answered by what she does at the stall.)
  const withCare = !cited.some((s) => careful.includes(s.terms) && keyedOn(s.terms, HEALTH_CRITICAL)) && (q.caution === 'open' || cited.length === 0);
  // (Before them all when a meal is named: "planning a chop bar lunch for his shift — anything he won't touch?")
  const firm = !withCare || q.caution !== 'open' ? cited : food ? [] : cited.filter((s) => s.score >= FIRM_SCORE);
  const facts = firm.map((s) => s.terms.fact);
  if (withCare) for (const t of careful) if (facts.length < MAX_CITED && !facts.includes(t.fact)) facts.push(t.fact);
  // (After what the user eats, with a meal named, only the facts that answer firmly: "planning a chop bar lunch for his shift"
  // is not answered by his goals.)
  const meal = withCare && food && careful.length > 0;
  for (const s of cited) if (facts.length < MAX_CITED && !facts.includes(s.terms.fact) && !(meal && s.score < FIRM_SCORE)) facts.push(s.terms.fact);
  if (facts.length === 0) return { kind: 'abstain', why: missing };
  return { kind: 'answer', facts };
}

/** Words of a time said in a zone ("my time", "my end", "London time", "time zone"), not of a shift at work. */
const ASKERS_TIME: ReadonlySet<string> = new Set(['time', 'end', 'zone', 'timezone']);

/** Words that ask what the user earns, and the keys of what they spend or keep. */
const INCOME_WORDS: ReadonlySet<string> = new Set(['earn', 'earns', 'earning', 'salary', 'wage', 'wages', 'income']);
const SPENDING_KEY = /budget|spend|afford|saving|expense|cost|price/;

const ALLERGY_KEY = /allerg/i;
const ALLERGY_OPENERS = new Set(['is', 'are', 'does', 'do', 'has', 'have']);
const specificAspects = (q: Question): Aspect[] => q.aspects.filter((a) => (a.instances?.length ?? 0) > 0 || a.fields !== undefined);
/**
 * The first sentence of a yes-or-no question opened by one of `openers` and not about the asker's own ("does he have any
 * animals? i'm quite allergic to cats"), or undefined.
 */
function yesNoOfUser(q: Question, openers: ReadonlySet<string>): readonly QToken[] | undefined {
  const end = q.tokens.findIndex((t) => t.text === '?' || t.text === '.');
  const first = end < 0 ? q.tokens : q.tokens.slice(0, end);
  return openers.has(first[0]?.low ?? '') && !first.some((t) => t.low === 'i' || t.low === 'me' || t.low === 'my') ? first : undefined;
}
/** A yes-or-no question whether the user is allergic to something named ("is she allergic to latex?", "does he have a nut allergy?"). */
function asksAllergyTo(q: Question): boolean {
  const first = yesNoOfUser(q, ALLERGY_OPENERS);
  return first !== undefined && first.some((t) => t.low === 'allergic' || t.lemma === 'allergy') && specificAspects(q).length > 0;
}
const LANGUAGE = conceptId('language');
/**
 * Whether a fact names the language asked about by another name: one the synonyms know (Filipino and Tagalog), or the same
 * name with the prefix a Bantu language takes in its own tongue ("Kiswahili" for Swahili, "isiZulu" for Zulu, "Sesotho" for Sotho).
 */
function holdsLanguage(terms: FactTerms, q: Question): boolean {
  const asked = q.aspects.filter((a) => a.concept === LANGUAGE).flatMap((a) => a.instances ?? []);
  return asked.some(
    (w) => (SYNONYM_STEMS.get(w) ?? []).some((n) => terms.value.has(n)) || [...terms.value].some((v) => v !== w && v.endsWith(w) && v.length - w.length <= 3),
  );
}
const LANGUAGE_OPENERS: ReadonlySet<string> = new Set([...ALLERGY_OPENERS, 'can', 'could']);
/** A yes-or-no question whether the user speaks a language it names ("does he speak polish?", "can she speak Tagalog?"). */
function asksLanguage(q: Question): boolean {
  return (
    yesNoOfUser(q, LANGUAGE_OPENERS) !== undefined &&
    q.aspects.some((a) => a.concept === LANGUAGE && a.weight >= WEIGHT.strong && (a.instances?.length ?? 0) > 0)
  );
}
/** Verbs of following a team ("does he follow …", "does she support …", "does he go for …"). */
const FOLLOW_VERBS: ReadonlySet<string> = new Set(['follow', 'support', 'cheer', 'root', 'barrack', 'go']);
const FOLLOW_OPENERS: ReadonlySet<string> = new Set(['does', 'do', 'is']);
/** The stems of a club's name a yes-or-no question asks whether the user follows ("does she follow Leicester City as well?"), or undefined. */
function clubAsked(q: Question): string[] | undefined {
  const first = yesNoOfUser(q, FOLLOW_OPENERS);
  if (first === undefined) return undefined;
  const verb = first.findIndex((t) => t.pos === 'VERB' && FOLLOW_VERBS.has(t.lemma));
  if (verb < 0) return undefined;
  let k = verb + 1;
  if (first[k]?.low === 'for') k++;
  if (first[k]?.low === 'the') k++;
  const name: string[] = [];
  for (; k < first.length && /^\p{Lu}/u.test(first[k]!.text); k++) name.push(first[k]!.stem);
  return name.length > 0 ? name : undefined;
}
const CERTIFICATION = conceptId('certification');
/** Words for a licence, ticket or certificate held. */
const CREDENTIAL_NOUNS: ReadonlySet<string> = new Set(['licence', 'license', 'ticket', 'certificate', 'cert', 'card', 'endorsement']);
/** Words before it that name no kind of its own ("a full UK driving licence" is asked of any licence to drive). */
const ANY_KIND: ReadonlySet<string> = new Set(['driving', 'drivers', 'driver', "driver's", 'full', 'car', 'uk', 'valid', 'current', 'own', 'proper', 'new']);
/**
 * The stems of the kind of licence a yes-or-no question asks whether the user holds ("does he have a VNA licence?", "has she
 * got her reach truck licence too?"), or undefined: the words just before the licence word, when one names a kind.
 */
function credentialAsked(q: Question): string[] | undefined {
  const first = yesNoOfUser(q, OWNING_OPENERS);
  const holding = (t: QToken) => t.lemma === 'have' || t.low === 'got' || t.lemma === 'hold';
  if (first === undefined || !first.some(holding)) return undefined;
  // (One licence, singular: "any agile certs?" asks for any of a class, which "PSPO" answers.)
  const at = first.findIndex((t) => CREDENTIAL_NOUNS.has(t.low));
  if (at < 1 || first.some((t) => t.low === 'any')) return undefined;
  const kind: QToken[] = [];
  for (let k = at - 1; k >= at - 3 && k > 0; k--) {
    const t = first[k]!;
    if (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'AUX' || holding(t)) break;
    kind.unshift(t);
  }
  return kind.some((t) => !ANY_KIND.has(t.low)) ? kind.map((t) => t.stem) : undefined;
}
/** Participles of being passed to do a trade, after the scheme that passes one ("Gas Safe registered", "IPAF certified"). */
const PASSED: ReadonlySet<string> = new Set(['registered', 'certified', 'accredited', 'approved', 'licensed', 'ticketed', 'qualified', 'trained']);
const BEING_OPENERS: ReadonlySet<string> = new Set(['is', 'are']);
/**
 * "is she Gas Safe registered as well?", "is he IPAF certified?": the stems of a scheme named in capitals before being
 * registered or certified by it, asked of the user as yes or no.
 */
function schemeAsked(q: Question): string[] | undefined {
  const first = yesNoOfUser(q, BEING_OPENERS);
  const at = first?.findIndex((t) => PASSED.has(t.low)) ?? -1;
  if (first === undefined || at < 3) return undefined;
  const kind: QToken[] = [];
  for (let k = at - 1; k >= at - 3 && k > 1; k--) {
    const t = first[k]!;
    if (t.text[0] === undefined || t.text[0] === t.text[0].toLowerCase()) break;
    kind.unshift(t);
  }
  return kind.length > 0 ? kind.map((t) => t.stem) : undefined;
}
const PETS = conceptId('pets');
const OWNING_OPENERS: ReadonlySet<string> = new Set(['does', 'do', 'has', 'have']);
/** A yes-or-no question whether the user keeps an animal ("does he have a dog?", "has she got any pets?"). */
function asksOwnsAnimal(q: Question): boolean {
  const first = yesNoOfUser(q, OWNING_OPENERS);
  return (
    first !== undefined && first.some((t) => t.lemma === 'have' || t.low === 'got') && q.aspects.some((a) => a.concept === PETS && a.weight >= 1 && !a.fields)
  );
}
/** The kind of animal asked about ("a dog" of "has she got a dog as well as the cat?"): the field named right after "got" or "have". */
function animalAsked(q: Question): Aspect | undefined {
  for (let i = 0; i < q.tokens.length; i++) {
    if (q.tokens[i]!.lemma !== 'have' && q.tokens[i]!.low !== 'got') continue;
    let k = i + 1;
    while (ARTICLES.has(q.tokens[k]?.low ?? '')) k++;
    const named = q.tokens[k];
    const field = named && q.aspects.find((a) => a.fields !== undefined && (a.cues ?? []).includes(named.lemma));
    if (field) return field;
  }
  return undefined;
}
const HEALTH = conceptId('health');
/** A question whose head is a health condition it names ("what's his blood pressure like?", "how's her asthma?"). */
const asksNamedCondition = (q: Question): boolean => q.aspects.some((a) => a.concept === HEALTH && a.head && (a.instances?.length ?? 0) > 0);

/** Whether a fact names the thing asked about or something of its kind (its instance words, or a field of world knowledge). */
function holdsAsked(profile: Profile, terms: FactTerms, q: Question): boolean {
  return specificAspects(q).some((a) => (a.instances ?? []).some((w) => terms.value.has(w)) || (a.fields !== undefined && aspectMatch(profile, terms, a) > 0));
}

/** Whether words of the aspect stand on both sides of an "or" ("in Polish, or is English fine?"): a choice between them. */
export function offeredAsChoice(q: Question, a: Aspect): boolean {
  const names = (t: Question['tokens'][number]): boolean => a.words.includes(t.stem) || (a.cues ?? []).includes(t.lemma) || (a.cues ?? []).includes(t.low);
  const or = q.tokens.findIndex((t) => t.low === 'or');
  return or > 0 && q.tokens.slice(0, or).some(names) && q.tokens.slice(or + 1).some(names);
}

const FAMILY = conceptId('family');

/**
 * "does she have a boyfriend back home in Vietnam?", "any kids at home in Leeds?": asked whether the user has a kind
 * of relative, only a fact that speaks of that kind answers; one that matches the rest of the question (the place,
 * the time) does not say whether she has one.
 */
export function relationUnheld(q: Question, best: ReadonlyMap<Aspect, number>): boolean {
  // "a voice note for her grandma", "looking after her father": a relative of hers the question speaks of, not one asked about.
  const asked = q.tokens.some(
    (t, i) => RELATION_GROUPS_ASKED.has(RELATIONS.get(t.lemma) ?? RELATIONS.get(t.low) ?? '') && !OWNED_BY.has(q.tokens[i - 1]?.low ?? ''),
  );
  return (
    asked &&
    q.aspects.some(
      (a) =>
        a.concept === FAMILY &&
        a.weight >= 1 &&
        (a.cues ?? []).some((c) => RELATION_GROUPS_ASKED.has(RELATIONS.get(c) ?? '')) &&
        (best.get(a) ?? 0) < LEVEL.value,
    )
  );
}

const OWNED_BY = new Set(['her', 'his', 'their', "'s", 'my', 'your', 'our']);

/** Groups of relatives a family fact speaks of. */
const RELATION_GROUPS_ASKED = new Set(['spouse', 'child', 'grandchild', 'parent', 'grandparent', 'sibling', 'relative']);

/**
 * "which city is she working out of?" beside "location: Melbourne", "what denomination is she?" beside "religion:
 * Catholic": when the question names what it asks for (a head), a fact that answers no part of the question the
 * best fact does not answer better (a research area near a place through one word, values that mention faith) adds
 * nothing to the answer and is not cited beside it. Without a head a broad topic ("is she doing a bachelor's or a
 * master's?": university, degree programme) may be answered by several facts of unequal strength, so it is left alone.
 */
export function outdone(
  s: { readonly score: number; readonly matched: readonly number[] },
  best: { readonly score: number; readonly matched: readonly number[] },
): boolean {
  if (s === best || s.score >= best.score) return false;
  return s.matched.every((m, j) => m === 0 || m < (best.matched[j] ?? 0));
}

/** Words after "or" that leave the choice open ("pip or something else?"). */
const OPEN_CHOICE = new Set(['something', 'anything', 'else', 'other', 'not', 'no', 'whatever', 'both', 'neither', 'what']);
/** A yes-or-no tag ("yay or nay?", "good idea or not?") offers no choice of content. */
const YES_NO = new Set(['yay', 'nay', 'yes', 'no', 'yea', 'nah', 'yep', 'nope', 'not']);

/**
 * Whether the token at `i` offers a choice of content: an "or" between two words, not open ("or something else") nor a
 * yes/no tag, nor a second question ("can he drive himself to the clinic or should I sort a lift?").
 */
const closedChoiceAt = (ts: Question['tokens'], i: number): boolean =>
  ts[i]!.low === 'or' && !OPEN_CHOICE.has(ts[i + 1]!.low) && !YES_NO.has(ts[i + 1]!.low) && !YES_NO.has(ts[i - 1]!.low) && ts[i + 1]!.pos !== 'AUX';

/**
 * "how is her employer funded — government or private?", "is the flat furnished or unfurnished?": a question that
 * offers a choice is answered by a fact that speaks of one of the alternatives; when no fact matches either, the
 * fact on the thing the choice is about (the employer's name) does not say which, and the profile does not hold it.
 */
export function choiceUnheld(q: Question, best: ReadonlyMap<Aspect, number>): boolean {
  const ts = q.tokens;
  for (let i = 1; i + 1 < ts.length; i++) {
    if (!closedChoiceAt(ts, i)) continue;
    const sides = [ts[i - 1]!.stem, ts[i + 1]!.stem].map((w) => q.aspects.filter((a) => a.words.includes(w) || (a.cues ?? []).includes(w)));
    if (sides.some((s) => s.length === 0)) continue;
    if (!sides.every((s) => s.every((a) => (best.get(a) ?? 0) === 0))) continue;
    // A word of the question outside the choice found in some fact ("scented" in "fragrance-free"): that fact may
    // answer "neither"; only the thing the choice is about, found by its concept, says nothing of the choice.
    const chosen = new Set(sides.flat());
    if (q.aspects.some((a) => !chosen.has(a) && a.concept === undefined && !a.fields && (best.get(a) ?? 0) > 0)) continue;
    return true;
  }
  return false;
}

const ARTICLES = new Set(['a', 'an', 'the', 'some', 'any']);
const MODIFIER_POS = new Set(['ADJ', 'VERB', 'PROPN', 'NOUN']);
const BE_FORMS = new Set(['is', 'was', 'are', 'were', "'s"]);
const USER_PRONOUNS = new Set(['she', 'he', 'they']);

/**
 * "talk to a Chinese-speaking nanny", "book a plumber for her flat": a trade named with an article and not said of
 * the user ("is she a nanny?", "does she work as a nanny?") is someone else's; the aspects it alone names.
 */
export function tradesOfOthers(q: Question): Set<Aspect> {
  const out = new Set<Aspect>();
  const ts = q.tokens;
  const saidOfUser = (BE_FORMS.has(ts[0]?.low ?? '') && USER_PRONOUNS.has(ts[1]?.low ?? '')) || ts.some((t) => t.low === 'as');
  if (saidOfUser) return out;
  for (const a of q.aspects) {
    if (a.head || !a.cues || a.cues.length === 0) continue;
    const at = ts.flatMap((t, i) => (a.cues!.includes(t.lemma) || a.cues!.includes(t.low) ? [i] : []));
    if (at.length === 0) continue;
    const other = at.every((i) => {
      const t = ts[i]!;
      if (t.pos !== 'NOUN' || !isTrade(t.low)) return false;
      let k = i - 1;
      // Its modifiers ("a Chinese-speaking nanny", "a good dog walker"), at most three words.
      while (k >= 0 && k >= i - 3 && MODIFIER_POS.has(ts[k]!.pos)) k--;
      return ARTICLES.has(ts[k]?.low ?? '');
    });
    if (other) out.add(a);
  }
  return out;
}

/** 'wat': the question word as typed in a hurry. */
const ASKING = new Set(['what', 'which', 'wat']);
const SIZE_NOUNS = new Set(['size', 'sizes']);
/** Words that give a size without a number: "large print", "medium", "XL", "petite". */
const SIZE_WORDS = ['size', 'small', 'medium', 'large', 'xs', 'xxs', 'xl', 'xxl', 'petite'].map(stem);

/**
 * "what frame size is her bike?", "what size shoes does she wear?", "which dress size": a size is asked for, which
 * a value names by a number ("9 wide", "56cm"), a word for a size ("large print", "medium") or under a key for it.
 * A fact that only names the thing ("Canyon Speedmax time-trial bike") does not say its size.
 */
export function asksSize(q: Question): boolean {
  const ts = q.tokens;
  for (let i = 0; i < ts.length; i++) {
    if (!ASKING.has(ts[i]!.low)) continue;
    // The size noun right after the question word, or after one or two nouns or adjectives ("what frame size").
    for (let k = i + 1; k <= i + 3 && k < ts.length; k++) {
      if (SIZE_NOUNS.has(ts[k]!.low)) return true;
      if (!MODIFIER_POS.has(ts[k]!.pos)) break;
    }
  }
  return false;
}

/** By its key, else by the items the question names ("her canyon bike": not the "Garmin Forerunner 965 watch" beside it). */
export function givesSize(terms: FactTerms, q: Question): boolean {
  if (terms.key.has(stem('size'))) return true;
  const asked = new Set(q.tokens.filter((t) => !t.punct && (t.pos === 'NOUN' || t.pos === 'PROPN')).map((t) => t.stem));
  const named = terms.items.filter((item) => [...asked].some((w) => item.value.has(w)));
  return (named.length > 0 ? named : terms.items).some((item) => item.kinds.has('number') || SIZE_WORDS.some((w) => item.value.has(w)));
}

const VERB_POS = new Set(['VERB']);
const SIDE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const PARTICLE_POS = new Set(['ADP', 'PART', 'ADV']);

const ASKER = new Set(['i', 'we']);

/**
 * A verb that says how something is done rather than what is asked about: the asker's with a particle that is part of its cue
 * ("could I set up a call": not a setup of tools), an adjective after it, or a word after it that names a topic of its own
 * ("to stay fit": fitness, not a place to stay).
 */
function doneNotAsked(q: Question, a: Aspect, k: number): boolean {
  const next = q.tokens[k + 1];
  if (!next) return false;
  if (next.pos === 'ADJ') return true;
  const cues = (x: Aspect): boolean => (x.cues ?? []).includes(next.lemma) || (x.cues ?? []).includes(next.low);
  // The asker's phrasal verb ("could I set up", "can we sort out"), not the user's ("who's she working for").
  if (PARTICLE_POS.has(next.pos)) return cues(a) && (ASKER.has(q.tokens[k - 1]?.low ?? '') || ASKER.has(q.tokens[k - 2]?.low ?? ''));
  return q.aspects.some((x) => x !== a && x.words.length === 0 && cues(x));
}

/** Whether every word that cued an aspect is a verb (or its particle: "set up") in the question. */
function verbCued(q: Question, a: Aspect): boolean {
  if (!a.cues || a.cues.length === 0 || a.words.length > 0) return false;
  let verb = false;
  for (const c of a.cues) {
    for (const [k, t] of q.tokens.entries()) {
      if (t.lemma !== c && t.low !== c) continue;
      if (VERB_POS.has(t.pos) && doneNotAsked(q, a, k)) verb = true;
      else if (!PARTICLE_POS.has(t.pos) || k === 0 || !VERB_POS.has(q.tokens[k - 1]!.pos)) return false;
    }
  }
  return verb;
}

/**
 * "could I set up a 10pm call with her?" beside "editor: Neovim", "what does she do to stay fit?" beside her city: a verb
 * of the question may name a topic of its own (setting up tools, staying somewhere) when it only says what is done. Beside
 * a best fact that answers a part of the question named by a noun or an adjective, a fact that matches nothing but
 * aspects only verbs cued is not cited.
 */
export function byAskersVerbOnly(q: Question, matched: readonly number[], best: readonly number[]): boolean {
  const verbs = q.aspects.map((a) => verbCued(q, a));
  const bestByOther = q.aspects.some((_, j) => !verbs[j] && (best[j] ?? 0) > 0);
  return bestByOther && matched.some((m) => m > 0) && matched.every((m, j) => m === 0 || verbs[j]);
}

/**
 * "window or aisle for him on the flight?": when the best fact speaks of a side of the choice the question offers, a
 * fact beside it that speaks of neither side (the trip he is on) does not answer the choice and is not cited.
 */
export function offTheChoice(q: Question, matched: readonly number[], best: readonly number[]): boolean {
  const ts = q.tokens;
  for (let i = 1; i + 1 < ts.length; i++) {
    if (!closedChoiceAt(ts, i)) continue;
    const words = [ts[i - 1]!, ts[i + 1]!];
    // Only a choice between two things ("window or aisle", "coffee or tea"), not between two clauses ("drive in to
    // the office or take transit").
    if (!words.every((w) => SIDE_POS.has(w.pos)) || SIDE_POS.has(ts[i + 2]?.pos ?? '')) continue;
    const side = q.aspects.map((a) => words.some((w) => a.words.includes(w.stem) || (a.cues ?? []).includes(w.lemma) || (a.cues ?? []).includes(w.low)));
    if (!side.some((x) => x)) continue;
    if (!side.some((x, j) => x && (best[j] ?? 0) > 0)) continue;
    if (side.every((x, j) => !x || (matched[j] ?? 0) === 0)) return true;
  }
  return false;
}

/**
 * Among facts of equal score, 1 for one that matches only aspects cued by verbs that name no topic, or no side of a
 * choice the question offers: it goes after the others, so that the filters above judge it beside them.
 */
export function aside(q: Question, matched: readonly number[]): number {
  const all = q.aspects.map(() => 1);
  return byAskersVerbOnly(q, matched, all) || offTheChoice(q, matched, all) ? 1 : 0;
}

const INDEFINITE = new Set(['a', 'an', 'any', 'some', 'another']);
const NAMING = new Set(['called', 'named']);
/** Words before the head that ask for a kind or a property of the thing, not which one ("what colour suitcase"). */
const NOT_WHICH = new Set(['kind', 'kinds', 'sort', 'sorts', 'type', 'types', 'style', 'genre', 'colour', 'color', 'size', 'shade', ...VARIANT_NOUNS]);

/**
 * "which game studio does she work for?", "what guesthouse did she book?": which/what, then at most two words and the
 * head noun, asks which one; the head noun as written (lower case), or undefined for another question ("what kind of
 * studio": a kind is asked for, which "a mobile game studio" gives).
 */
export function pickedOne(q: Question): string | undefined {
  const h = q.head;
  const first = q.tokens[0]?.low;
  if (!h || h.favourite || h.predicate || (first !== 'which' && first !== 'what') || h.start < 1 || h.noun > 3) return undefined;
  if (q.tokens.slice(1, h.noun).some((t) => NOT_WHICH.has(t.low) || t.low === 'of')) return undefined;
  const noun = q.tokens[h.noun]!;
  return noun.pos === 'NOUN' ? noun.low : undefined;
}

/** Stems of the question's verbs: a value that says the user does what is asked ("drives a car") is kept as before. */
function verbStems(q: Question): string[] {
  return q.tokens.filter((t) => t.pos === 'VERB').map((t) => t.stem);
}

const DAY = stem('day');

/**
 * Whether the value writes the thing asked for only as a kind: after "a", "an" or "any" ("UX designer at a mobile game
 * studio"), or in the plural when one is asked for ("slow travel, small guesthouses"), with no name before it or after
 * it ("a studio called Kolibri", "an agency, Brightside"). "A game studio" does not say which studio; a value that
 * never writes the word (a concept matched it) is left to the head's own rules.
 */
export function namesOnlyAKind(terms: FactTerms, noun: string): boolean {
  const one = stem(noun);
  // "which day is he free?" beside "six days a week, Fridays off": a day of the week says which day.
  if (one === DAY && [...WEEKDAYS].some((d) => terms.value.has(d))) return false;
  let seen = false;
  let chars = 0;
  for (const item of valueItems(terms.fact.value).slice(0, 50)) {
    if (chars >= MATCH_CHARS) break;
    const text = item.slice(0, MATCH_CHARS - chars);
    chars += text.length + 2;
    const words = wordsOf(normaliseText(text), 40);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.stem !== one && w.low !== noun) continue;
      seen = true;
      const next = words[i + 1];
      if (w.cap || next?.cap || NAMING.has(next?.low ?? '')) return false;
      // Back over at most three words before it, to an article or a capitalised word.
      let k = i - 1;
      while (k >= 0 && k >= i - 3 && !words[k]!.cap && !INDEFINITE.has(words[k]!.low)) k--;
      const before = k >= 0 && k >= i - 3 ? words[k]! : undefined;
      if (before?.cap) return false;
      const plural = w.low !== noun && w.low.endsWith('s') && !noun.endsWith('s');
      if (!plural && !(before && INDEFINITE.has(before.low))) return false;
    }
  }
  return seen;
}
