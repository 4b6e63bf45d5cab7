import type { Token } from '../nlp/wink.js';
import { hasSequence } from '../nlp/clauses.js';

/**
 * A request becomes a standing preference only when the user makes it lasting: "always", "from now
 * on", "in future", "with me", "for me", "to me", "in your replies", "never", "don't ever", "in
 * general". "Make that shorter" is a one-off and is not learned; "keep answers short with me" is.
 */

const WORDS = new Set(['always', 'whenever', 'never', 'ever', 'generally', 'usually', 'anymore', 'everything', 'every', 'henceforth']);
const SEQUENCES: readonly (readonly string[])[] = [
  ['from', 'now', 'on'],
  // "in anything you draft for me", "for anything you write": a rule for whatever the assistant makes.
  ['anything', 'you'],
  ['in', 'future'],
  ['in', 'the', 'future'],
  ['going', 'forward'],
  ['with', 'me'],
  ['to', 'me'],
  ['in', 'general'],
  ['your', 'replies'],
  ['your', 'answers'],
  ['your', 'responses'],
  ['you', 'write', 'to', 'me'],
  ['you', 'reply'],
  ['you', 'answer'],
  ['you', 'talk', 'to', 'me'],
  ['when', 'you'],
  ['each', 'time'],
  ['every', 'time'],
  ['by', 'default'],
  // "for me personally just give me bullet points", "stick to British spelling", "General rule for me: …", "as a rule".
  ['for', 'me', 'personally'],
  ['stick', 'to'],
  ['stick', 'with'],
  ['general', 'rule'],
  ['as', 'a', 'rule'],
  ['i', 'prefer'],
  ['i', 'like'],
  ['i', 'want', 'you'],
  ['i', 'need', 'you'],
  ['i', "'d", 'rather'],
  ['i', 'would', 'rather'],
];

const STANDING_VERBS = new Set([
  'suggest',
  'recommend',
  'include',
  'use',
  'book',
  'schedule',
  'send',
  'give',
  'show',
  'put',
  'add',
  'call',
  'mention',
  'assume',
  'offer',
]);

export function isLasting(tokens: readonly Token[]): boolean {
  const lows = tokens.map((t) => t.low);
  if (lows.some((w) => WORDS.has(w)) || SEQUENCES.some((seq) => hasSequence(lows, seq))) return true;
  // "don't suggest leather", "never book anything after 5": a standing rule.
  for (let k = 0; k + 1 < lows.length; k++) {
    const neg = (lows[k] === 'do' && lows[k + 1] === 'not') || lows[k] === 'never';
    const verb = lows[k + (lows[k] === 'never' ? 1 : 2)];
    if (neg && verb !== undefined && STANDING_VERBS.has(verb)) return true;
  }
  return false;
}
