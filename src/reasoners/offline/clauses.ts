import { lowerSameLength, normaliseText } from './text.js';

/**
 * Splitting user messages into sentences and clauses, and the filters that decide whether a
 * clause can carry a fact about the user at all (questions, hypotheticals, reported speech, secrets).
 */

export interface Sentence {
  text: string;
  question: boolean;
}

const ABBREVIATIONS = /\b(inc|ltd|co|corp|dr|mr|mrs|ms|jr|sr|st|e\.g|i\.e|etc|vs|approx|dept|univ|prof|u\.s|u\.k|a\.m|p\.m)\.$/i;

export function splitSentences(raw: string): Sentence[] {
  const text = normaliseText(raw);
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number, question: boolean) => {
    const piece = text.slice(start, end).trim();
    if (piece.length > 0) out.push({ text: piece, question });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i, false);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== ';') continue;
    const next = text[i + 1];
    if (next !== undefined && !/\s/.test(next) && !/["')\]]/.test(next)) continue; // 3.5, node.js, ...
    if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
    if (ch === '.' && /\b[A-Z]\.$/.test(text.slice(Math.max(0, i - 2), i + 1))) continue; // initials: J. Smith
    let end = i + 1;
    while (end < text.length && /[.!?]/.test(text[end]!)) end++;
    const question = text.slice(i, end).includes('?');
    push(end, question);
    start = end;
    i = end - 1;
  }
  push(text.length, /\?\s*$/.test(text.slice(start)));
  return out;
}

const SUBJECT_START = "(?:i|i'm|i've|i'd|i'll|my|me)\\b";

/** Split a sentence into clauses where a new first-person statement begins ("..., and I prefer ..."). */
export function splitClauses(sentence: string): string[] {
  const re = new RegExp(
    `(?:\\s*[,;:]\\s*(?:and|but|so|plus|also|though|although|while|whereas)?\\s*|\\s+(?:and|but|so|plus|although|though|while|whereas|because|since|also)\\s+|\\s+-\\s+)(?=(?:also\\s+|actually\\s+|now\\s+)?${SUBJECT_START})`,
    'gi',
  );
  return sentence
    .split(re)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** Wh-questions and yes/no questions written without a question mark. */
const QUESTION_START =
  /^(?:(?:so|and|but|also|ok|okay|well|hey|hi|hello)[,!]?\s+)*(?:what|what's|whats|how|why|when|where|who|whom|which|whose|is there|are there|do you|does|did you|can you|could you|would you|will you|should i|can i|could i|may i|shall|am i|is it|are you|have you|has)\b/;

export function looksLikeQuestion(lower: string): boolean {
  return QUESTION_START.test(lower) || /\b(i wonder|i was wondering|wondering if|wondering whether|any idea|any ideas|do you know)\b/.test(lower);
}

/** Requests and tasks for the assistant. */
const REQUEST =
  /^(?:(?:so|and|but|also|ok|okay|well|now|hey|hi|hello|thanks|thank you|great|cool)[,!]?\s+)*(?:please\s+|pls\s+|kindly\s+)?(?:(?:can|could|would|will) you|help me|tell me|give me|show me|send me|get me|find me|make me|let me know|remind me|write|draft|make|create|generate|explain|summari[sz]e|translate|find|suggest|recommend|list|compare|rewrite|fix|check|review|edit|plan|book|compose|outline|brainstorm|describe|calculate|convert|debug|proofread|improve|shorten|expand|analy[sz]e|organi[sz]e|schedule|add|update|delete|remove|search|look up|go ahead|continue|try|pick|choose|turn|set|build|design|refactor|implement|code|answer|reply|respond|keep|use|be|don't|do not|never|always|stop|avoid)\b|\b(?:i need you to|i want you to|i'd like you to|i would like you to|could you|can you|would you mind|i need (?:a|an|some|help)|i'd like (?:a|an|some|to (?:know|see|ask|get|have|understand))|i want (?:a|an|some)\b|i'm looking for|i am looking for|i need to know)\b/;

export function looksLikeRequest(lower: string): boolean {
  return REQUEST.test(lower);
}

/** Hypotheticals, wishes and pretend play: nothing in them is a fact about the user. */
const HYPOTHETICAL =
  /(?:^|\b)(?:if|suppose|supposing|imagine|pretend|hypothetically|let's say|lets say|say that|in a parallel universe|in another life|what if|assuming)\b|\b(?:i wish|i'd be|i would be|would i|were i|if i were|if i was|if i had|i could be|i might be|dream of being|roleplay|role-play|role play|act as|you are a)\b/;

export function looksHypothetical(lower: string): boolean {
  return HYPOTHETICAL.test(lower);
}

/** Reported speech about the user ("my friend says I'm...") and statements made on someone else's behalf. */
const REPORTED = /\b(?:says?|said|thinks?|thought|told me|tells me|claims?|claimed|believes?|according to)\b(?:\s+that)?\s+(?:i|i'm|i've)\b|\b(?:people|everyone|they|he|she|my \w+) (?:call|calls|called) me\b(?! by)/;

export function looksReported(lower: string): boolean {
  return REPORTED.test(lower);
}

/** Anything about secrets: the whole sentence is dropped, never stored. */
const SECRET =
  /\b(?:password|passwd|passcode|passphrase|pin(?: code| number)?|api[ -]?key|access key|secret|token|ssn|social security|credit card|card number|debit card|cvv|cvc|iban|bank account|account number|routing number|private key|seed phrase|login)\b/;

export function mentionsSecret(lower: string): boolean {
  return SECRET.test(lower);
}

export const NEGATION =
  /\b(?:not|never|no longer|nobody|nothing|neither|nor|hardly|barely|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|wouldn't|can't|couldn't|shouldn't|haven't|hasn't|hadn't|ain't|dont|doesnt|didnt|isnt|cant|wont|without)\b/;

export const PAST = /\b(?:used to|previously|formerly|in the past|back then|years ago|once was|until recently|no longer|anymore|any more|back when|in my previous|at my previous|at my old|my old job|my former|my last job|retired from)\b/;

export const HEDGE = /\b(?:i think|i guess|i suppose|probably|maybe|perhaps|kind of|sort of|kinda|sorta|i believe|might|somewhat|i'd say|more or less|i feel like|possibly|not sure but)\b/;

export function lower(text: string): string {
  return lowerSameLength(text);
}
