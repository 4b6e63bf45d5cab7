import { errorFields, log } from '../../../log.js';
import { ProfileError } from '../../../profiles/errors.js';
import type { Bucket, Category } from '../../../profiles/model.js';
import { hasSequence, withNo, type Clause } from '../nlp/clauses.js';
import { PLACEHOLDERS } from '../nlp/segment.js';
import { spanText, type Token } from '../nlp/wink.js';
import { canStartAt, compile, contrasted, matchAt, slotText, type Compiled, type Match } from './engine.js';
import { FAMILY_CATEGORY, LEXICONS, LIST_KEYS } from './families.js';
import { stripPlural, type Lexicon } from './lexicon/index.js';
import { UNITS } from './lexicon/style.js';
import type { Family, PatternSpec, ValueContext } from './pattern.js';
import { TABLES } from './patterns/index.js';
import { CONFIDENCE, confidenceOf } from './scoring.js';
import { mentionsOf } from './mentions.js';
import { aspired, statesUnderWish } from './aspiration.js';
import { clinicianRegime, clinicianReport } from './clinicians.js';
import { DEFAULT_DYNAMIC_TTL, boundedSpan, timeFrameOf, toldAsEpisode } from './time.js';

/**
 * Run the pattern tables over one clause and turn matches into candidate facts: subject, mood,
 * negation, tense and time decide whether a match counts, is a retraction, or is short-lived.
 */

export interface Candidate {
  key: string;
  value: string | string[];
  category: Category;
  bucket: Bucket;
  confidence: number;
  ttl?: number;
  retract: boolean;
  list: boolean;
  via?: 'from' | 'posted';
  pattern: string;
  /** Matched anywhere in the clause rather than as its predicate. */
  anywhere?: boolean;
  family: Family;
  evidence: string;
  /** Order of appearance in the call (later statements win). */
  order: number;
}

interface Entry {
  spec: PatternSpec;
  family: Family;
  compiled: Compiled;
  /** For entries that start with "be~": the rest, tried after "and" within the same predicate. */
  tail?: Compiled;
  lex?: Lexicon;
}

/** Words of its own a value needs beside a placeholder to say anything. */
const MIN_WORDS_BESIDE_PLACEHOLDER = 3;
const aroundPlaceholder = (item: string): boolean => {
  const words = item.split(/\s+/).filter((w) => w !== '');
  return words.some((w) => PLACEHOLDERS.has(w)) && words.filter((w) => !PLACEHOLDERS.has(w)).length < MIN_WORDS_BESIDE_PLACEHOLDER;
};
const ENTRIES: readonly Entry[] = TABLES.flatMap(([family, specs]) =>
  specs.map((spec) => {
    const compiled = compile(spec.match, LEXICONS);
    const slot = compiled.elements.find((e) => e.kind === 'slot' && e.name === (spec.slot ?? 'x'));
    // The rest of an entry after its first word ("be~ …", "not eat~ …"), for coordinated predicates.
    const first = spec.match.split(/\s+/)[0]!;
    const listy = spec.list ?? LIST_KEYS.has(spec.key);
    const tail = listy && /^(?:be~|not|never|can|not\|never)$/.test(first) ? compile(spec.match.slice(first.length + 1), LEXICONS) : undefined;
    return { spec, family, compiled, tail, lex: slot && slot.kind === 'slot' ? slot.lex : undefined };
  }),
);

/** How many entries there are (the per-clause work is proportional to it). */
export const ENTRY_COUNT = ENTRIES.length;

/**
 * Entries by the words a match can start with, per kind of subject; entries that can start with any
 * word are always tried. A clause then tries only the entries its own words can start — the work
 * per clause follows its length, not the size of the tables.
 */
interface SubjectIndex {
  byWord: Map<string, number[]>;
  always: number[];
}
const INDEX = new Map<string, SubjectIndex>(
  (['self', 'we', 'attr', 'other', 'none'] as const).map((s) => {
    const byWord = new Map<string, number[]>();
    const always: number[] = [];
    ENTRIES.forEach((e, i) => {
      if (!(e.spec.subjects ?? ['self', 'none']).includes(s)) return;
      if (!e.compiled.first) return void always.push(i);
      for (const w of e.compiled.first) byWord.set(w, [...(byWord.get(w) ?? []), i]);
    });
    return [s, { byWord, always }] as const;
  }),
);

function entriesFor(clause: Clause): Entry[] {
  const index = INDEX.get(clause.subject)!;
  const picked = new Set<number>(index.always);
  for (const t of clause.tokens) {
    for (const w of [t.low, t.lemma, stripPlural(t.low)]) for (const i of index.byWord.get(w) ?? []) picked.add(i);
  }
  return [...picked].sort((a, b) => a - b).map((i) => ENTRIES[i]!);
}

const NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'neither', 'nor']);

const JOINERS = new Set([',', 'and', '&', 'or', '/', '-', 'plus']);
const ITEM_MODIFIERS = new Set([
  'a',
  'little',
  'bit',
  'of',
  'some',
  'basic',
  'conversational',
  'fluent',
  'native',
  'also',
  'decent',
  'rusty',
  'schoolboy',
  'schoolgirl',
  'school',
  'broken',
  'beginner',
  'intermediate',
  'advanced',
  'mostly',
]);

export interface ClauseContext {
  clause: Clause;
  /** The sentence the clause is part of (evidence, and time words that open the sentence). */
  sentence: readonly Token[];
  sentenceText: string;
  now: number;
  order: number;
}

/** "can you always …?", "could you from now on …?": a request put as a question that asks for good. */
function askedForGood(tokens: readonly Token[]): boolean {
  const lows = tokens.map((t) => t.low);
  // ("can you use grams and ml instead of cups?": units asked for in place of others are the user's system of measure.)
  const units =
    tokens.some((_, k) => UNITS.matchAt(tokens, k) > 0) &&
    lows.some((w, k) => (w === 'instead' && lows[k + 1] === 'of') || (w === 'rather' && lows[k + 1] === 'than'));
  return units || lows.includes('always') || FOR_GOOD.some((seq) => hasSequence(lows, seq));
}
const FOR_GOOD: readonly (readonly string[])[] = [
  ['from', 'now', 'on'],
  ['in', 'future'],
  ['in', 'the', 'future'],
  ['going', 'forward'],
  ['every', 'time', 'you'],
];

/** "… so I can work as a doctor here": a purpose, what the user wants to be able to do, not what holds now. */
const ABLE = new Set(['can', 'could']);
function purpose(clause: Clause, to: number): boolean {
  return clause.conj === 'so' && clause.tokens.slice(0, to).some((t) => ABLE.has(t.low));
}

export function factsOfClause(ctx: ClauseContext): Candidate[] {
  const { clause } = ctx;
  if (clause.hypothetical) return [];
  // "my doctor says I have high blood pressure": the user's own clauses inside the report.
  const told = clinicianReport(clause);
  if (told.length > 0) return told.flatMap((inner) => factsOfClause({ ...ctx, clause: inner }));
  // "my dietitian has put me on low FODMAP for my IBS": the user's own "I am on low FODMAP", beside what the clause says.
  const out: Candidate[] = clinicianRegime(clause).flatMap((inner) => factsOfClause({ ...ctx, clause: inner }));
  let time: ReturnType<typeof timeFrameOf> | null = null;
  const timeOf = () => (time === null ? (time = timeFrameOf(clause.tokens, clause.text, ctx.now, clause.past)) : time);
  const entries = entriesFor(clause);
  const mentionPass = () => {
    const taken = new Set(out.flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value]).map((v) => `${c.key}:${v.toLowerCase()}`)));
    const evidence = ctx.sentenceText.length > 300 ? `${ctx.sentenceText.slice(0, 299)}…` : ctx.sentenceText;
    const frame = dietSpan(clause.tokens, timeOf);
    for (const c of mentionsOf(clause, evidence, ctx.order, taken, ctx.sentence))
      out.push(frame && c.family === 'diet' && c.bucket === 'static' && !c.retract ? { ...c, bucket: 'dynamic', ttl: frame.ttl } : c);
  };
  for (const pass of [false, true]) {
    if (pass) withoutVolunteeringAsWork(out);
    if (pass && !clause.reported) mentionPass();
    // Catch-all entries fire only when nothing explained the clause's own predicate (mentions anywhere
    // in it, such as "my fiancé Tobi", do not count).
    if (pass && out.some((c) => c.bucket === 'dynamic' || (c.confidence > CONFIDENCE.implied && !c.anywhere))) break;
    for (const entry of entries) {
      const spec = entry.spec;
      if (Boolean(spec.fallback) !== pass) continue;
      if (clause.reported && !spec.inReport) continue;
      // ("can you always do bullet points for me?": a lasting request put as a question is still a request.)
      if (clause.question && !spec.inQuestion && !(clause.request && spec.request && askedForGood(clause.tokens))) continue;
      if (!subjectAllows(spec, clause)) continue;
      if (clause.request && !spec.request) continue;
      if (spec.mood === 'request' && !clause.request) continue;
      if (spec.requires === 'current' && !clause.current) continue;
      if (spec.requires === 'time' && !timeOf()) continue;
      for (const match of find(entry, clause)) {
        const candidate = candidateOf(entry, match, ctx, timeOf);
        if (candidate) out.push(candidate);
      }
    }
  }
  return out;
}

const WORK_KEYS: ReadonlySet<string> = new Set(['company', 'industry', 'employer', 'workplace', 'work_style']);

/** "I do the Tuesday shift at the food bank", "I volunteer with the Samaritans": where the user gives time is no employer. */
function withoutVolunteeringAsWork(out: Candidate[]): void {
  const given = out.filter((c) => c.key === 'volunteering').flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value]).map((v) => v.toLowerCase()));
  if (given.length === 0) return;
  const overlaps = (value: string | string[]): boolean =>
    (Array.isArray(value) ? value : [value]).some((v) => given.some((g) => g.includes(v.toLowerCase()) || v.toLowerCase().includes(g)));
  for (let k = out.length - 1; k >= 0; k--) if (WORK_KEYS.has(out[k]!.key) && overlaps(out[k]!.value)) out.splice(k, 1);
}

function subjectAllows(spec: PatternSpec, clause: Clause): boolean {
  const allowed = spec.subjects ?? ['self', 'none'];
  if (!allowed.includes(clause.subject)) return false;
  if (clause.subject === 'none' && !clause.first && !(spec.subjects ?? []).includes('none')) return false;
  if (clause.subject === 'attr' && spec.attr && !spec.attr.some((w) => (clause.attr ?? '').split(' ').includes(w))) return false;
  if (clause.subject === 'attr' && !spec.attr && !allowed.includes('attr')) return false;
  return true;
}

const COORDINATORS = new Set(['and', 'or', ',', 'plus', '&']);

/**
 * Every match of an entry in the clause: at the predicate start (then, for "be …" and verb-led
 * entries, again after "and"/"or" — "I'm anaemic and vegetarian", "I don't eat pork or drink
 * alcohol"), or at any token for `anywhere` entries (matches do not overlap).
 */
function find(entry: Entry, clause: Clause): Match[] {
  const tokens = clause.tokens;
  const out: Match[] = [];
  if (entry.spec.where === 'anywhere') {
    for (let at = 0; at < tokens.length; at++) {
      if (!canStartAt(entry.compiled, tokens[at]!)) continue;
      const m = matchAt(tokens, at, entry.compiled);
      if (!m) continue;
      out.push(m);
      at = Math.max(at, m.to - 1);
      // "I don't eat pork or drink alcohol": the same entry again after "or" / "and", without its first word.
      if (entry.tail && COORDINATORS.has(tokens[m.to]?.low ?? '')) {
        const again = matchAt(tokens, m.to + 1, entry.tail);
        if (again) {
          out.push(again);
          at = Math.max(at, again.to - 1);
        }
      }
    }
    return out;
  }
  const startToken = tokens[clause.start];
  const m = startToken && canStartAt(entry.compiled, startToken) ? matchAt(tokens, clause.start, entry.compiled) : null;
  if (m) out.push(m);
  // A fragment of several descriptions ("dropped out of uni after first year, self taught dev now", "58 and just been
  // made redundant").
  if (clause.subject === 'none' && !entry.spec.fallback && (entry.spec.subjects ?? ['self', 'none']).includes('none')) {
    for (let k = m?.to ?? clause.start + 1; k < tokens.length - 1; k++) {
      // (… and after "and" before a gerund: "darts on tuesdays with the lads and fishing on my rest days".)
      const andThen =
        tokens[k]!.low === 'and' &&
        (tokens[k - 1]?.pos === 'NUM' || ((tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'NOUN') && tokens[k + 1]!.low.endsWith('ing')));
      if (tokens[k]!.text !== ',' && !andThen) continue;
      const again = matchAt(tokens, k + 1, entry.compiled);
      if (again) {
        out.push(again);
        k = again.to - 1;
      }
    }
  }
  if (!entry.tail) return out;
  for (let k = m?.to ?? clause.start + 1; k < tokens.length - 1; k++) {
    if (!COORDINATORS.has(tokens[k]!.low)) continue;
    const again = matchAt(tokens, k + 1, entry.tail);
    if (again) {
      out.push(again);
      k = again.to - 1;
    }
  }
  return out;
}

/**
 * A diet kept for a span ahead ("low FODMAP for the next 4 weeks", "soft food only for the next fortnight") is
 * short-lived: the clause's time frame when it bounds its statement so, for pattern matches and mentions alike.
 */
function dietSpan(tokens: readonly Token[], timeOf: () => { ttl: number } | undefined): { ttl: number } | undefined {
  return boundedSpan(tokens) ? timeOf() : undefined;
}

/** How near a goal's deadline must be for the goal to expire with it (three weeks, in seconds like a ttl). */
const GOAL_WEEKS = 21 * 24 * 60 * 60;

/**
 * "no kids, two cats": a "no" before a noun, closed by a comma that opens another counted noun phrase (a number or
 * "a"), negates only its own noun, not what the clause goes on to list.
 */
function closedNo(tokens: readonly Token[], k: number, from: number): boolean {
  if (tokens[k]!.low !== 'no' || !['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '')) return false;
  return tokens
    .slice(k + 1, from)
    .some((t, j) => t.text === ',' && (tokens[k + 2 + j]?.pos === 'NUM' || ['a', 'an', 'one'].includes(tokens[k + 2 + j]?.low ?? '')));
}

/** Words that, after a break, set what follows against a negation before it ("not vegan any more, just vegetarian"). */
const CONTRAST_OPENERS: ReadonlySet<string> = new Set(['just', 'only', 'instead', 'now', 'but', 'rather', 'mostly']);
const BREAKS: ReadonlySet<string> = new Set([',', ';', '-', '–', '—']);

/**
 * "I'm not vegan any more, just vegetarian", "not the ward any more — now the community team": the negation at `k` ends at a
 * break that opens a contrast before the match at `from`; what the contrast says is so.
 */
function brokenOff(tokens: readonly Token[], k: number, from: number): boolean {
  for (let b = k + 1; b < from; b++) if (BREAKS.has(tokens[b]!.text) && CONTRAST_OPENERS.has(tokens[b + 1]?.low ?? '')) return true;
  return false;
}

/**
 * A pattern whose code fails (a fault in its value or key function) costs its own fact, not the whole call: the match is
 * skipped and the fault logged with the pattern's id. A call over its work budget still stops.
 */
function candidateOf(entry: Entry, match: Match, ctx: ClauseContext, timeOf: () => { ttl: number } | undefined): Candidate | undefined {
  try {
    return toCandidate(entry, match, ctx, timeOf);
  } catch (err) {
    if (err instanceof ProfileError) throw err;
    log.warn('offline extraction: a pattern failed and was skipped', { pattern: entry.spec.id, ...errorFields(err) });
    return undefined;
  }
}

/** Keys whose value is a firm or a place, which may be named with an "'s" of its own ("Sainsbury's", "Guy's"). */
const NAMED_WITH_S: ReadonlySet<string> = new Set(['company', 'location', 'hometown', 'current_location']);

/**
 * "i work at guy's", "a porter at Addenbrooke's for 8 years": a firm or a place whose name closes on "'s" that owns
 * nothing after it ("Tesco's car park" owns the car park) is named with the "'s".
 */
function namedWithS(slot: Match['slots'][string] | undefined, tokens: readonly Token[], key: string | undefined): boolean {
  if (slot === undefined || slot.items !== undefined || key === undefined || !NAMED_WITH_S.has(key)) return false;
  const s = tokens[slot.to - 1]?.low === "'s" ? slot.to - 1 : slot.to;
  if (tokens[s]?.low !== "'s" || s <= slot.from) return false;
  const next = tokens[s + 1];
  const ownsNothing = next === undefined || ['PUNCT', 'ADP', 'CCONJ', 'SCONJ'].includes(next.pos);
  return ownsNothing && (tokens[s - 1]!.pos === 'PROPN' || tokens[s - 1]!.pos === 'NOUN');
}

function toCandidate(entry: Entry, match: Match, ctx: ClauseContext, timeOf: () => { ttl: number } | undefined): Candidate | undefined {
  const { spec, family } = entry;
  const { clause } = ctx;
  const tokens = clause.tokens;
  const slotName = spec.slot ?? 'x';
  const slot = match.slots[slotName];
  const slotTexts: Record<string, string> = {};
  for (const [name, span] of Object.entries(match.slots)) slotTexts[name] = slotText(tokens, span);
  const mainTokens = slot ? tokens.slice(slot.from, slot.to) : [];
  const context: ValueContext = {
    text: slot ? slotText(tokens, slot) + (namedWithS(slot, tokens, spec.key) ? "'s" : '') : '',
    tokens: mainTokens,
    slot: (name) => (Object.hasOwn(slotTexts, name) ? slotTexts[name] : undefined),
    slotTokens: (name) => (Object.hasOwn(match.slots, name) ? tokens.slice(match.slots[name]!.from, match.slots[name]!.to) : []),
    clause: tokens,
    sentence: ctx.sentence,
  };
  // Negation between the subject and the end of the match.
  // Negation within this clause, from its start to the end of the match (the model's own negation
  // scope runs across dashes into the next clause, so it is not used).
  // A negation after the value, past a coordinator, starts another statement ("I'm 78 and not good with computers").
  const negFrom = Math.min(clause.start, match.from);
  // "it's Ama, not Amma", "I'm a commis, not a chef de partie": a "not" right after the value sets it against another
  // thing and negates only that.
  const negTo = slot && (tokens.slice(slot.to, match.to).some((t) => COORDINATORS.has(t.low)) || contrasted(tokens, slot.to) >= 0) ? slot.to : match.to;
  const negated = tokens
    .slice(negFrom, negTo)
    .some(
      (t, j) =>
        NEGATORS.has(t.low) && !closedNo(tokens, negFrom + j, match.from) && !withNo(tokens, negFrom + j) && !brokenOff(tokens, negFrom + j, match.from),
    );
  if (!spec.present && !statesUnderWish(family, spec.key) && (aspired(tokens, 0, match.from) || purpose(clause, match.from))) return undefined;
  let retract = Boolean(spec.retracts);
  // An entry that spells out its own negation ("no kids", "not a fan of") keeps it.
  const negation = spec.negation ?? (/(?:^|[\s|])(?:no|not|never)(?=[\s|?]|$)/.test(spec.match) ? 'keep' : 'skip');
  if (negated && negation !== 'keep') {
    // "I don't eat pork anymore" is itself the fact for an entry that reads negations ("no pork").
    if (clause.noLonger && negation !== 'negative') retract = true;
    else if (negation !== 'negative') return undefined;
  } else if (spec.negation === 'negative') {
    return undefined;
  }
  if (((clause.past && spec.past !== 'ok' && !spec.present) || clause.formerly) && !(negated && negation === 'negative') && negation !== 'keep') {
    // What a past clause only implies ("I did my degree in Mumbai", "we had a week in Crete"), or one recent episode
    // ("I played football yesterday"), withdraws nothing.
    if (spec.strength === 'implied' && !spec.retracts) return undefined;
    if (!clause.formerly && !clause.noLonger && !spec.retracts && toldAsEpisode(tokens)) return undefined;
    retract = true;
  }
  // The value function validates (and may rewrite) the span — each item of a list on its own; a
  // retraction withdraws the span as said.
  let value: string | string[];
  if (slot?.items && slot.items.length > 1 && spec.value) {
    const items = slot.items
      .map(([from, to]) => ({ ...context, text: slotText(tokens, { from, to }), tokens: tokens.slice(from, to) }))
      .map((item) => (retract ? item.text : spec.value!(item)))
      .filter((item): item is string => item !== undefined && item.trim() !== '');
    if (items.length === 0) return undefined;
    value = items;
  } else {
    const built = spec.value ? spec.value(context) : context.text;
    if (built === undefined || built.trim() === '') return undefined;
    value = retract && !spec.retracts && context.text !== '' ? context.text : built;
  }
  // ("skip the 'every child is different' bit": a quoted passage stands in the clause as a placeholder; a short value around
  // it names nothing of its own, "no QUOTE bit". A longer one still says something in the user's words.)
  if ((Array.isArray(value) ? value : [value]).some(aroundPlaceholder)) return undefined;
  const key = spec.keyOf ? spec.keyOf(context) : spec.key;
  if (!key) return undefined;
  const list = spec.list ?? LIST_KEYS.has(key);
  if (list && typeof value === 'string') value = itemsOf(entry, match, tokens, value, slot);
  if (!list && Array.isArray(value)) value = value.join(', ');
  if (!list && typeof value === 'string') value = oneValue(value);
  let bucket: Bucket = 'static';
  let ttl: number | undefined;
  if (spec.bucket === 'dynamic' || spec.bucket === 'event') {
    // ("We're in Leeds and planning to move to Portugal next spring": the time of the next predicate is not this one's.)
    const next = spec.bucket === 'event' ? nextPredicate(tokens, match.to) : tokens.length;
    const frame = next < tokens.length ? timeFrameOf(tokens.slice(0, next), spanText(tokens.slice(0, next)), ctx.now, clause.past) : timeOf();
    // A goal "for this year" is a lasting aim.
    const yearly =
      family === 'goals' &&
      tokens.some((t) => t.low === 'year') &&
      !tokens.some((t) => t.pos === 'PROPN' || ['summer', 'spring', 'autumn', 'winter', 'christmas', 'month', 'week'].includes(t.low));
    // A goal with a deadline months away ("pass my Grade 5 piano by June", "save a deposit by 2027") is a lasting aim too;
    // only one due within weeks ("finish the essay by Friday") expires.
    const lasting = family === 'goals' && spec.bucket === 'event' && frame !== undefined && frame.ttl > GOAL_WEEKS;
    if (spec.bucket === 'dynamic' || (frame && !yearly && !lasting)) {
      bucket = 'dynamic';
      ttl = frame?.ttl ?? DEFAULT_DYNAMIC_TTL;
    }
  } else if (family === 'diet' && spec.bucket === undefined) {
    const frame = dietSpan(tokens, timeOf);
    if (frame) {
      bucket = 'dynamic';
      ttl = frame.ttl;
    }
  }
  return {
    key,
    value,
    category: spec.category ?? FAMILY_CATEGORY[family],
    bucket,
    ttl,
    confidence: confidenceOf(spec.strength ?? 'plain', { fragment: clause.subject === 'none', hedged: clause.hedged }),
    retract,
    list,
    via: spec.via,
    pattern: spec.id,
    anywhere: spec.where === 'anywhere',
    family,
    evidence: ctx.sentenceText.length > 300 ? `${ctx.sentenceText.slice(0, 299)}…` : ctx.sentenceText,
    order: ctx.order,
  };
}

/** Where a predicate of its own starts after `from`: "and"/"but" followed by a verb, an "-ing" word, a pronoun or an auxiliary. */
function nextPredicate(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length - 1; k++) {
    if (tokens[k]!.low !== 'and' && tokens[k]!.low !== 'but') continue;
    const after = tokens[k + 1]!;
    if (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'PRON' || after.low.endsWith('ing')) return k;
  }
  return tokens.length;
}

/**
 * A one-valued key holds one thing: what follows a comma in lower case is an aside ("nurse, nights
 * mostly" -> "nurse"), while a capitalised word after it continues a name or a place ("Kelowna, BC").
 */
function oneValue(value: string): string {
  const comma = value.indexOf(', ');
  if (comma <= 0) return value;
  const next = value.charAt(comma + 2);
  return next !== next.toLowerCase() || (next >= '0' && next <= '9') ? value : value.slice(0, comma);
}

/** The items of a list value: a list slot's items, or a lexicon phrase followed by more of its kind ("Tagalog and Cebuano"). */
function itemsOf(
  entry: Entry,
  match: Match,
  tokens: readonly Token[],
  value: string,
  slot: { from: number; to: number; items?: [number, number][] } | undefined,
): string[] {
  if (!slot) return [value];
  if (slot.items && slot.items.length > 1) return slot.items.map((span) => slotText(tokens, { from: span[0], to: span[1] })).filter((s) => s !== '');
  const items = [value];
  const lex = entry.lex;
  if (!lex) return items;
  // Earlier items of the same kind: "Tagalog and Cebuano are my strongest languages".
  let b = slot.from;
  while (b > 0 && JOINERS.has(tokens[b - 1]!.low)) {
    let j = b - 1;
    while (j > 0 && JOINERS.has(tokens[j - 1]!.low)) j--;
    let found = -1;
    for (let start = Math.max(0, j - 3); start < j; start++) if (lex.matchAt(tokens, start) === j - start) found = start;
    if (found < 0) break;
    items.unshift(slotText(tokens, { from: found, to: j }));
    b = found;
  }
  let k = slot.to;
  while (k < tokens.length) {
    let j = k;
    if (!JOINERS.has(tokens[j]!.low)) break;
    while (j < tokens.length && (JOINERS.has(tokens[j]!.low) || ITEM_MODIFIERS.has(tokens[j]!.low))) j++;
    const n = lex.matchAt(tokens, j);
    if (n === 0) break;
    items.push(slotText(tokens, { from: j, to: j + n }));
    k = j + n;
  }
  return items;
}
