import type { ChatTurn, ExtractInput, ExtractedFact } from '../../../profiles/reasoning.js';
import { UNITS } from './lexicon/style.js';
import { WorkBudget, type Steps } from '../nlp/budget.js';
import { askedPolitely, clausesOf, type Clause } from '../nlp/clauses.js';
import { normaliseText } from '../nlp/normalise.js';
import { proseChunks, rolePlayAt } from '../nlp/segment.js';
import { sentencesOf, spanText, type Token } from '../nlp/wink.js';
import { fromAnswer, lastQuestion, replyAboutSomeoneElse } from './answers.js';
import { ENTRY_COUNT, factsOfClause, type Candidate } from './clause-facts.js';
import { coordinated } from './coordination.js';
import { countStatement, declarativeOf } from './declarative.js';
import { corrections, meantCorrections, starred, type Known } from './corrections.js';
import { restatements } from './restatements.js';
import { transitions } from './transitions.js';
import { joinedCorrections, selfCorrected } from './self-corrections.js';
import { withoutScareQuotes } from './scare-quotes.js';
import { withoutClefts } from './clefts.js';
import { withHomecoming } from './homecoming.js';
import { disclaims, isHedged } from './disclaimers.js';
import { simplified } from './simplify.js';
import { joinLabelledBullets, labelledDetails, namedPets } from './labels.js';
import { respelt } from './spelling.js';
import { childrenRoll } from './children.js';
import { finalise } from './merge.js';
import { isLasting } from './lasting.js';
import { COUNT_WORDS } from './time.js';
import { withExclusiveUpdates } from './exclusive.js';
import { OWN_NOTE_PATTERN, PEOPLE, isNote, noteCandidate, noteOf, standsAlone } from './notes.js';
import { withMentions } from './reinforcements.js';
import { withWithdrawals } from './withdrawals.js';
import { withAftermath } from './aftermath.js';
import { describedPets } from './pets.js';
import { withRedating } from './redating.js';
import { withReassigned } from './reassigned.js';
import { withDenials } from './denials.js';
import { REQUEST_OPENERS, fictionFrameAt, proxyFrameAt } from './frames.js';

/**
 * Offline extraction: every user message, chunk by chunk (code, quotes and material cut out first),
 * sentence by sentence, clause by clause through the pattern tables; short replies read with the
 * assistant's question; corrections read against what the profile already holds. Assistant turns
 * are context only. Written as steps so a scheduler can interleave calls, and metered by a budget.
 */

export function* extractSteps(input: ExtractInput, budget = new WorkBudget(), now = Date.now()): Steps<ExtractedFact[]> {
  const found: Candidate[] = [];
  // Oldest first, so the last match of a kind is the most recent.
  const known: Known[] = [...input.profile]
    .sort((a, b) => (a.updated_at < b.updated_at ? -1 : a.updated_at > b.updated_at ? 1 : 0))
    .map((f) => ({ key: f.key, value: f.value, category: f.category, bucket: f.bucket, updated: f.updated_at }));
  let question: string | undefined;
  let order = 0;
  const said: string[] = [];
  for (const message of input.messages) {
    if (message.role === 'assistant') {
      question = lastQuestion(message.content);
      continue;
    }
    const turn: Candidate[] = [];
    const turnTokens: Token[] = [];
    const saidBefore = said.length;
    const whole = joinedCorrections(normaliseText(message.content));
    // A request to play a part: only what comes before it is read.
    const rolePlay = rolePlayAt(whole);
    const text = rolePlay >= 0 ? whole.slice(0, rolePlay).trimEnd() : whole;
    if (rolePlay >= 0 && text === '') {
      question = undefined;
      continue;
    }
    const original = new OriginalWords(message.content);
    // From a request for made-up writing, or a frame about someone else's matter, on (frames.ts), only the
    // user's own statements are read.
    let fiction = false;
    // A fragment after the user's own question answers it or lists its options ("which is safest? Wahaca, Dishoom").
    let asked = false;
    let lastOther = false;
    /** Where the facts of the last sentence read start in `turn`. */
    let lastSentence = 0;
    for (const chunk of proseChunks(text)) {
      budget.spend(chunk.length);
      const prose = joinLabelledBullets(chunk);
      let sentences = sentencesOf(prose, true);
      // "i drvie for bolt": misspelt words of the tables, read right (spelling.ts).
      const fixed = respelt(prose, sentences);
      if (fixed !== undefined) {
        budget.spend(fixed.length);
        sentences = sentencesOf(fixed, true);
      }
      yield;
      for (const written of sentences) {
        // "I'm 28 — wait no, 29": read as if only the correction had been said.
        const read = selfCorrected(withoutClefts(withoutScareQuotes(written)));
        let sentence = read;
        let clauses: Clause[];
        // Inside a frame, readers of the whole sentence (labels, pets in brackets, re-readings) stand down.
        let ownOnly = fiction;
        if (fiction) {
          clauses = clausesOf(read, true).filter((c) => isOwnStatement(c) && saidInFirstPerson(c));
        } else {
          const frame = fictionFrameAt(read);
          if (frame >= 0) {
            // The words before the request are still the user's ("I'm a teacher, write a poem about …").
            fiction = true;
            sentence = read.slice(0, frame);
            clauses = sentence.some((t) => t.pos !== 'PUNCT') ? clausesOf(sentence, true) : [];
          } else if (proxyFrameAt(read) >= 0) {
            // Someone else's matter: only the user's own statements, from this sentence on — said with
            // the user's own words ("write a profile for my brother: 31, loves hiking" carries no "I").
            fiction = true;
            clauses = clausesOf(read, true).filter((c) => isOwnStatement(c) && saidInFirstPerson(c));
            ownOnly = true;
          } else {
            clauses = clausesOf(read, true);
          }
        }
        // "I might be lactose intolerant? not diagnosed or anything": the hedge just said is disowned.
        const disowned = disclaims(sentence);
        if (disowned.atStart) dropHedged(turn, lastSentence, turn.length);
        if (clauses.length === 0) {
          yield;
          continue;
        }
        // "… I've a festival gig on one in 2 weeks. crash course please": a thing named and then "please", after the turn's
        // first sentence and with no question of the assistant's to answer, is asked for ("hausa pls" opening a reply answers).
        const opening = clauses[0]!;
        if (said.length > saidBefore && question === undefined && opening.subject === 'none' && !opening.request && askedPolitely(opening.tokens))
          clauses[0] = { ...opening, request: true };
        // "my mate is gf. going sat maybe", "his occupation is farmer. born 1958 in Multan": a fragment opening
        // a sentence right after a statement about another person is still about them.
        if (lastOther && clauses[0]!.subject === 'none' && !clauses[0]!.request && !clauses[0]!.question)
          clauses[0] = { ...clauses[0]!, subject: 'other', first: false };
        const statements = clauses.filter((c) => !c.request);
        lastOther = statements.length > 0 && aboutAPerson(statements[statements.length - 1]!);
        const before = turn.length;
        const sentenceText = spanText(sentence);
        said.push(sentenceText);
        budget.spend(sentence.length * Math.ceil(ENTRY_COUNT / 8));
        if (turnTokens.length < 60) turnTokens.push(...sentence);
        const silent = clauses.filter((clause) => {
          const read = factsOfClause({ clause, sentence, sentenceText, now, order: order++ });
          const facts = isTask(clause) ? read.filter((c) => !ONE_OFF_KEYS.has(c.key)) : read;
          turn.push(...facts);
          return facts.length === 0;
        });
        if (sentence.some((t) => t.low === 'not')) turn.push(...corrections(sentence, [known, found, turn], sentenceText, order++, question));
        if (sentence.some((t) => t.text === '*')) turn.push(...starred(sentence, [known, found, turn], sentenceText, order++));
        if (sentence.some((t) => t.low === 'meant')) turn.push(...meantCorrections(sentence, known, sentenceText, order++));
        turn.push(...restatements(sentence, [known, found, turn], sentenceText, order++));
        if (
          sentence.some((t) => t.low === 'from' || t.low === 'now' || t.low === 'days' || t.low === 'nowadays' || t.low === 'currently' || t.low === 'since')
        ) {
          const change = transitions(sentence, turn.slice(before), [known, found, turn.slice(0, before)], sentenceText, order++);
          if (change.drop.size > 0) {
            const kept = turn.slice(before).filter((c) => !change.drop.has(c));
            turn.length = before;
            turn.push(...kept);
          }
          turn.push(...change.add);
        }
        if (!ownOnly && sentence.some((t) => t.text === ':' || t.text === '-' || t.text === '='))
          turn.push(...labelledDetails(sentence, sentenceText, order++));
        if (!ownOnly && sentence.some((t) => t.text === '(')) turn.push(...namedPets(sentence, sentenceText, order++));
        if (!ownOnly) turn.push(...describedPets(sentence, turn, sentenceText, order++));
        if (!ownOnly && sentence.some((t) => t.pos === 'NUM')) turn.push(...childrenRoll(sentence, sentenceText, order++));
        if (turn.length > before && isOneOffEdit(sentence)) {
          const kept = turn.slice(before).filter((c) => !ONE_OFF_KEYS.has(c.key));
          turn.length = before;
          turn.push(...kept);
        }
        if (turn.length > before) turn.push(...coordinated(sentence, turn.slice(before), sentenceText, order++));
        const copula = ownOnly ? undefined : withCopula(sentence);
        if (copula !== undefined) turn.push(...reread(copula, sentenceText, turn.slice(before), sentenceText, now, order++, budget));
        const plain = ownOnly ? undefined : simplified(sentence);
        if (plain !== undefined) turn.push(...reread(plain, sentenceText, turn.slice(before), sentenceText, now, order++, budget));
        // A lasting statement no reader drew anything from is kept as a note in the user's words.
        // (withNotesChecked drops, at the end of the turn, a note that holds a value drawn anywhere in it.)
        for (const clause of silent) {
          if (asked && clause.subject === 'none') continue;
          // "bit of background: me and my partner …": a label that introduces the next clause says nothing itself.
          if (clause.subject === 'none' && introduces(sentence, clause)) continue;
          const note = noteOf(clause);
          if (note !== undefined) turn.push(noteCandidate(note, sentenceText, order++, standsAlone(clause)));
        }
        if (disowned.anywhere) dropHedged(turn, before, turn.length);
        lastSentence = before;
        if (clauses.some((c) => c.question)) asked = true;
        // Evidence is the user's own words, not the normalised text read above.
        if (turn.length > before) {
          const words = original.sentenceFor(sentence);
          for (let k = before; k < turn.length; k++) turn[k]!.evidence = words;
        }
        yield;
      }
    }
    if (question !== undefined) {
      const answered = fromAnswer(question, turnTokens, turn, original.clip(message.content), order++);
      turn.push(...answered);
      // The words that answered the question are one fact, not also another key's ("Bex" is the name asked for).
      const taken = new Set(answered.flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value])).map((v) => v.toLowerCase()));
      const framed = fromStatement(question, text, turn, original.clip(message.content), now, order++, budget);
      turn.push(...framed.filter((c) => !(Array.isArray(c.value) ? c.value : [c.value]).some((v) => taken.has(v.toLowerCase()))));
    }
    found.push(...withNotesChecked(turn).filter(hasWords));
    question = undefined;
  }
  const facts = withWithdrawals(
    withMentions(withExclusiveUpdates(withCountUpdates(finalise(found), input.profile), input.profile), input.profile, said),
    input.profile,
    said,
  );
  return withHomecoming(
    withAftermath(withDenials(withReassigned(withRedating(facts, input.profile, said), input.profile, said), input.profile, said), input.profile),
    input.profile,
    said,
  );
}

/**
 * "make that shorter and drop the emojis", "put it in bullet points", "rewrite this more formally": an
 * edit of the draft at hand (the verb's object is "that" / "this" / "it"), not a standing preference —
 * unless the user makes it lasting ("… and always do that", "from now on"). Its style facts are dropped.
 */
const EDIT_VERBS = new Set([
  'make',
  'put',
  'turn',
  'rewrite',
  'redo',
  'change',
  'shorten',
  'cut',
  'trim',
  'format',
  'convert',
  'reword',
  'rephrase',
  'tighten',
  'simplify',
  'expand',
  'tidy',
  'fix',
]);
const MATERIAL_TASKS = new Set([
  'reply',
  'respond',
  'answer',
  'translate',
  'summarise',
  'summarize',
  'proofread',
  'check',
  'edit',
  'review',
  'improve',
  'polish',
]);
/** Words that tie a wish to the answer at hand. */
const THIS_OCCASION: readonly (readonly string[])[] = [
  ['this', 'time'],
  ['this', 'once'],
  ['for', 'this', 'one'],
  ['just', 'this', 'one'],
];
const DRAFT_WORDS = new Set(['that', 'this', 'it', 'them', 'these', 'those']);
const ONE_OFF_KEYS = new Set(['communication_style', 'preferences', 'dislikes']);
const OPENING_FILLERS = new Set([
  'ok',
  'okay',
  'pls',
  'please',
  'plz',
  'can',
  'could',
  'would',
  'you',
  'u',
  'now',
  'just',
  'and',
  'also',
  'great',
  'thanks',
  'cool',
  'nice',
  'hmm',
  'yeah',
  'right',
  ',',
  '.',
  '!',
]);

function isOneOffEdit(sentence: readonly Token[]): boolean {
  // "shorter pls, and bullet points this time": said of this one answer.
  if (THIS_OCCASION.some((p) => sentence.some((_, i) => p.every((w, j) => sentence[i + j]?.low === w))) && !isLasting(sentence)) return true;
  let k = 0;
  while (k < sentence.length && k < 6 && (OPENING_FILLERS.has(sentence[k]!.low) || sentence[k]!.pos === 'INTJ')) k++;
  const verb = sentence[k];
  if (!verb) return false;
  const draft = EDIT_VERBS.has(verb.lemma) && DRAFT_WORDS.has(sentence[k + 1]?.low ?? '');
  // "reply to this for me, keep it warm but short:", "answer this email, be polite": a task on the text at hand.
  const material =
    MATERIAL_TASKS.has(verb.lemma) &&
    (DRAFT_WORDS.has(sentence[k + 1]?.low ?? '') || (['to', 'for'].includes(sentence[k + 1]?.low ?? '') && DRAFT_WORDS.has(sentence[k + 2]?.low ?? '')));
  if (!draft && !material) return false;
  // "… and always keep answers short with me" makes it lasting — but "for me" here only names who the task is for.
  return !isLasting(material ? sentence.filter((t) => t.low !== 'me') : sentence);
}

/**
 * "help me write short intro for linkedin", "give me a routine that doesn't end with me crying", "help
 * me make weekly budget": a request for a piece of work — a making verb whose object is a thing to make —
 * asks for that thing; it states no standing style or preference, unless the user makes it lasting
 * ("always give me a summary first"). "keep it short", "give me answers in bullet points" (the object is
 * the answers themselves) are not tasks.
 */
const TASK_VERBS = new Set(['write', 'draft', 'make', 'give', 'create', 'plan', 'build', 'design', 'draw', 'prepare', 'find', 'book', 'compose']);
// (A task's verb may follow a "to" as well: "help me to write …".)
const TASK_LEAD = new Set([...REQUEST_OPENERS, 'to']);
const ABOUT_ANSWERS = new Set([
  'it',
  'answers',
  'answer',
  'replies',
  'reply',
  'responses',
  'explanations',
  'things',
  'everything',
  'stuff',
  'me',
  'us',
  'them',
  'more',
  'less',
]);

function isTask(clause: Clause): boolean {
  if (!clause.request) return false;
  const tokens = clause.tokens;
  let k = 0;
  while (k < tokens.length && k < 6 && (TASK_LEAD.has(tokens[k]!.low) || tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'INTJ')) k++;
  const verb = tokens[k];
  if (!verb || !TASK_VERBS.has(verb.lemma)) return false;
  let j = k + 1;
  while (j < tokens.length && (tokens[j]!.low === 'me' || tokens[j]!.low === 'us')) j++;
  const object = tokens[j];
  if (!object || ABOUT_ANSWERS.has(object.low) || !['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN'].includes(object.pos)) return false;
  // The object itself, past its determiner and adjectives, must not be the answers either ("give me shorter answers").
  for (let n = j; n < Math.min(tokens.length, j + 4); n++) if (ABOUT_ANSWERS.has(tokens[n]!.low)) return false;
  // ("give me temps in Fahrenheit", "give me areas in acres": how figures are to come, not a thing to make.)
  if (tokens.some((t, n) => t.low === 'in' && UNITS.matchAt(tokens, n + 1) > 0)) return false;
  return !isLasting(tokens);
}

/** A clause whose subject is another person ("my mate is gf", "she's vegan"), not a thing ("the wifi is …"). */
function aboutAPerson(clause: Clause): boolean {
  if (clause.subject !== 'other') return false;
  return clause.tokens.slice(0, Math.max(1, clause.start)).some((t) => t.low === 'he' || t.low === 'she' || t.low === 'they' || PEOPLE.has(t.low));
}

/** A value with no letter or digit is a blank or a symbol ("Name: ___"), never a fact. */
function hasWords(c: Candidate): boolean {
  const items = Array.isArray(c.value) ? c.value : [c.value];
  return items.length > 0 && items.every((v) => /[\p{L}\p{N}]/u.test(v) && (c.key === 'pronouns' || !onlyPointsBack(v)));
}

/** "learn it", "do this", "fix that": a value whose only thing is a pronoun names nothing on its own. */
const POINTERS = new Set(['it', 'this', 'that', 'them', 'these', 'those', 'one']);
function onlyPointsBack(value: string): boolean {
  const words = value.toLowerCase().split(' ');
  return words.length <= 3 && words.length >= 2 && POINTERS.has(words[words.length - 1]!) && words.slice(0, -1).every((w) => !POINTERS.has(w));
}

/**
 * Notes at the end of a turn. Beside another fact of the turn every note is kept, unless it holds a value
 * drawn elsewhere; without one, only notes with the user as their plain subject stand (notes.ts
 * `standsAlone`). With the gates of notes.ts (no errand for or with someone else, nothing dated) and of the
 * turn (no fragment after the user's own question, no made-up writing).
 */
function withNotesChecked(turn: readonly Candidate[]): Candidate[] {
  const facts = turn.filter((c) => !isNote(c));
  const drawn = facts.flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value]).map((v) => v.toLowerCase()));
  return turn.filter(
    (c) => !isNote(c) || ((facts.length > 0 || c.pattern === OWN_NOTE_PATTERN) && !drawn.some((v) => (c.value as string[])[0]!.toLowerCase().includes(v))),
  );
}

/** After a request for made-up writing, a sentence counts only for the user's own statements in it. */
function isOwnStatement(clause: Clause): boolean {
  return clause.subject === 'self' || clause.subject === 'we' || clause.subject === 'attr';
}

const FIRST_PERSON_WORDS: ReadonlySet<string> = new Set(['i', 'we', 'my', 'our', 'me', 'us', 'im', 'ive']);
/** The clause names the user itself, up to its predicate (not a subject carried over from before). */
function saidInFirstPerson(clause: Clause): boolean {
  return clause.tokens.slice(0, clause.start + 1).some((t) => FIRST_PERSON_WORDS.has(t.low));
}

/** A fact of the reply's own words is a little less certain when only the question's frame stated it. */
const FRAMED_PENALTY = 0.05;
const FRAMED_MAX = 0.8;
/** How far into a reply a value the question named may start and still be the answer ("yeah, Leeds"). */
const REPLY_OPENING_CHARS = 12;

/**
 * A short reply read as the statement it completes (declarative.ts), through the same clauses and
 * pattern tables; a fact counts only when the reply holds its value and the reply's own reading did
 * not already give its key.
 */
function fromStatement(
  question: string,
  reply: string,
  already: readonly Candidate[],
  evidence: string,
  now: number,
  order: number,
  budget: WorkBudget,
): Candidate[] {
  if (replyAboutSomeoneElse(reply)) return [];
  const count = countStatement(question, reply);
  if (count !== undefined) return reread(count, count, already, evidence, now, order, budget);
  const statement = declarativeOf(question, reply);
  return statement === undefined ? [] : reread(statement, reply, already, evidence, now, order, budget, question);
}

/**
 * "wah i already 34 this year", "i so tired of my job": a statement without its copula (texting,
 * Singlish, many Englishes) read again with it ("I am already 34 this year"). Only when "I" is followed,
 * after at most two adverbs, by a number, adjective, noun or determiner — never by a verb.
 */
const COMPLEMENT_POS: ReadonlySet<string> = new Set(['NUM', 'ADJ', 'NOUN', 'DET', 'PROPN']);

function withCopula(sentence: readonly Token[]): string | undefined {
  for (let k = 0; k < sentence.length - 1 && k < 40; k++) {
    if (sentence[k]!.low !== 'i') continue;
    let j = k + 1;
    while (j < sentence.length && j <= k + 2 && sentence[j]!.pos === 'ADV') j++;
    const next = sentence[j];
    if (j === k + 1 || !next || !COMPLEMENT_POS.has(next.pos)) return undefined;
    return `${spanText(sentence.slice(0, k))} I am ${spanText(sentence.slice(k + 1))}`.trim();
  }
  return undefined;
}

/** Facts of a rewritten statement whose values the user's own words hold, for keys not yet found (`question`: the assistant's, when the statement completes it). */
function reread(
  statement: string,
  source: string,
  already: readonly Candidate[],
  evidence: string,
  now: number,
  order: number,
  budget: WorkBudget,
  question?: string,
): Candidate[] {
  budget.spend(statement.length * Math.ceil(ENTRY_COUNT / 8));
  const sourceLow = source.toLowerCase();
  // What the question itself named ("Will you be in Calgary itself or one of the towns around it?") is an answer
  // only when the reply starts with it ("Calgary itself"), not when the reply names it later ("sorry, I meant
  // Edmonton!! Calgary was the other offer").
  const questionLow = question?.toLowerCase() ?? '';
  const answers = (item: string) => !questionLow.includes(item) || sourceLow.indexOf(item) <= REPLY_OPENING_CHARS;
  const out: Candidate[] = [];
  for (const sentence of sentencesOf(normaliseText(statement), true)) {
    const sentenceText = spanText(sentence);
    for (const clause of clausesOf(sentence, true)) {
      for (const c of factsOfClause({ clause, sentence, sentenceText, now, order })) {
        if (c.retract || already.some((a) => a.key === c.key) || out.some((a) => a.key === c.key)) continue;
        const items = Array.isArray(c.value) ? c.value : [c.value];
        if (items.length === 0 || !items.every((v) => sourceLow.includes(v.toLowerCase()) && answers(v.toLowerCase()))) continue;
        out.push({ ...c, confidence: Math.min(c.confidence, FRAMED_MAX) - FRAMED_PENALTY, pattern: `${c.pattern}+framed`, evidence });
      }
    }
  }
  return out;
}

/**
 * The sentences of a message as the user typed them, matched in order to the normalised sentences
 * read (by the words they share). The scan only moves forward, so the whole message costs one pass.
 */
class OriginalWords {
  private readonly sentences: string[];
  private at = 0;

  constructor(content: string) {
    this.sentences = content
      .split(/(?<=[.!?])\s+|\n+/)
      .map((x) => x.trim())
      .filter((x) => x !== '');
  }

  clip(text: string): string {
    const t = text.trim().replace(/\s+/g, ' ');
    return t.length <= 300 ? t : `${t.slice(0, 299)}…`;
  }

  sentenceFor(sentence: readonly Token[]): string {
    const wanted = new Set(sentence.filter((t) => /\w/.test(t.text)).map((t) => t.text.toLowerCase()));
    let best = -1;
    let bestScore = 0;
    for (let k = this.at; k < Math.min(this.sentences.length, this.at + 12); k++) {
      const words = this.sentences[k]!.toLowerCase().split(/[^\p{L}\p{N}]+/u);
      const score = words.filter((w) => wanted.has(w)).length;
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    if (best < 0) return this.clip(spanText(sentence));
    this.at = best;
    return this.clip(this.sentences[best]!);
  }
}

/**
 * "We've got three kids now" over a stored "two kids": a count said again replaces the old count of
 * the same thing in a list (the old item is withdrawn).
 */
function withCountUpdates(facts: ExtractedFact[], profile: ExtractInput['profile']): ExtractedFact[] {
  const out = [...facts];
  for (const fact of facts) {
    if (fact.retract || !Array.isArray(fact.value)) continue;
    const stored = profile.find((f) => f.key === fact.key);
    if (!stored || !Array.isArray(stored.value)) continue;
    for (const item of fact.value) {
      const said = countOf(item);
      if (!said) continue;
      for (const old of stored.value) {
        const was = typeof old === 'string' ? countOf(old) : undefined;
        if (was && was.noun === said.noun && was.n !== said.n)
          out.push({
            key: fact.key,
            value: old,
            category: fact.category,
            bucket: 'static',
            confidence: fact.confidence,
            retract: true,
            evidence: fact.evidence,
          });
      }
    }
  }
  return out;
}

function countOf(item: string): { n: number; noun: string } | undefined {
  const [first, ...rest] = item.trim().toLowerCase().split(/\s+/);
  if (!first || rest.length === 0 || rest.length > 2) return undefined;
  const n = COUNT_WORDS.get(first) ?? (/^\d{1,2}$/.test(first) ? Number(first) : undefined);
  if (n === undefined) return undefined;
  const noun = rest.join(' ').replace(/(?:ren|s)$/, '');
  return { n, noun: noun === 'child' ? 'kid' : noun };
}

export type { ChatTurn };

/** Drops the hedged facts of turn[from, to) (a hedge the user disowned: disclaimers.ts). */
function dropHedged(turn: Candidate[], from: number, to: number): void {
  const kept = turn.slice(from, to).filter((c) => !isHedged(c));
  turn.splice(from, to - from, ...kept);
}

/** The clause is cut off by a colon that opens another clause ("quick context: I'm a nurse"). */
function introduces(sentence: readonly Token[], clause: Clause): boolean {
  const last = clause.tokens[clause.tokens.length - 1];
  const at = last === undefined ? -1 : sentence.indexOf(last);
  return at >= 0 && sentence[at + 1]?.text === ':' && at + 2 < sentence.length;
}
