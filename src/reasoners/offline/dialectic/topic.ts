import { quoteValue } from '../nlp/normalise.js';
import { CONCEPTS, conceptId } from './concepts/index.js';
import type { Question } from './question.js';
import { spanOf } from './qtokens.js';

/**
 * What an abstention says the profile lacks, in the question's own terms: "her husband's name",
 * "Jess's industry", "his previous company", "her star sign", "their favorite movie". Built from the
 * question's words (bounded, one line), never from stored values.
 */

const MAX_TOPIC_CHARS = 80;
const PEOPLE = new Set(['family', 'pets', 'summary']);
/** Words that open a head already set in the past ("last fight", "previous job", "first car"). */
const PAST_FIRST = new Set(['last', 'previous', 'former', 'old', 'first', 'earlier', 'prior']);

function clip(text: string): string {
  return quoteValue(text, MAX_TOPIC_CHARS);
}

/** The noun of the strongest concept the question names (not family or pets, which name the person). */
function conceptNoun(q: Question): string | undefined {
  let best: { noun: string; weight: number } | undefined;
  // "his 6am client": words that say which person it is are not what is asked of them.
  const naming = new Set<string>();
  if (q.other && q.other.kind !== 'someone') for (let i = q.other.start; i < q.other.end; i++) naming.add(q.tokens[i]!.lemma);
  for (const a of q.aspects) {
    if (a.concept === undefined) continue;
    if (naming.size > 0 && (a.cues ?? []).length > 0 && a.cues!.every((c) => naming.has(c))) continue;
    const c = CONCEPTS[a.concept]!;
    // A field of world knowledge ("dog": fur, for allergies) is never a topic of its own.
    if ((PEOPLE.has(c.name) && q.other) || c.field) continue;
    if (!best || a.weight > best.weight) best = { noun: c.noun, weight: a.weight };
  }
  return best?.noun;
}

/** "What's her favourite band???" -> "What's her favourite band" (a backwards scan, no regex). */
function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '?.!, '.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function headText(q: Question): string | undefined {
  return q.head && !q.head.predicate ? clip(q.head.text) : undefined;
}

export function topicOf(q: Question, why: 'other' | 'past' | 'missing' | 'unlisted'): string {
  if (why === 'unlisted') return `that ("${clip(trimEndPunctuation(spanOf(q.tokens, 0, q.tokens.length)))}")`;
  const headIsThePerson = q.head && q.other && q.head.noun >= q.other.start && q.head.noun < q.other.end;
  const attribute = (headIsThePerson ? undefined : headText(q)) ?? conceptNoun(q);
  if (why === 'other' && q.other?.kind === 'someone') return `that ("${clip(trimEndPunctuation(spanOf(q.tokens, 0, q.tokens.length)))}")`;
  if (why === 'other' && q.other) {
    const who = q.other.kind === 'relation' ? clip(spanOf(q.tokens, q.other.start, q.other.end)) : clip(q.other.word);
    // "his employees' names", "her boss's name": a plural relation takes the apostrophe alone.
    const plural = q.other.kind === 'relation' && who.endsWith('s') && !who.endsWith('ss');
    const about = attribute && attribute.toLowerCase() !== who.toLowerCase() ? `${who}${plural ? "'" : "'s"} ${attribute}` : who;
    return about;
  }
  // "his last fight": a head that already says which one of the past is not made "previous" again.
  const first = attribute?.split(' ')[0]?.toLowerCase() ?? '';
  if (why === 'past' && attribute && PAST_FIRST.has(first)) return `${q.possessive} ${attribute}`;
  if (why === 'past') return `${q.possessive} previous ${attribute ?? CONCEPTS[conceptId('work')]!.noun}`;
  if (attribute) return `${q.possessive} ${attribute}`;
  const text = clip(trimEndPunctuation(spanOf(q.tokens, 0, q.tokens.length)));
  return `that ("${text}")`;
}
