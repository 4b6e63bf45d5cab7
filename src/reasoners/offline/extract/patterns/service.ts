import { FORCES } from '../lexicon/work.js';
import type { PatternSpec, ValueContext } from '../pattern.js';

/**
 * Service in the armed forces, a lasting part of who the user is whether it is over or not: "44, ex-navy, two kids",
 * "served 22 years in the Brigade of Gurkhas", "I retired from the Kenya Defence Forces last year", "I was in the RAF
 * for twelve years", "I'm a reservist with the Queen's Own Rifles", "former Philippine Army nurse", "army veteran".
 * Said in the past it still holds (the user is a veteran), so a past tense does not withdraw it.
 */

/** "ex-navy", "former Philippine Army": the value says the service is over. */
function former(v: ValueContext): string {
  const at = v.clause.indexOf(v.tokens[0]!);
  return v.clause[at - 1]?.low === 'former' ? `former ${v.text}` : `ex-${v.text}`;
}

/**
 * "ex-navy", "ex-SANDF", "ex-Black Watch": one token, the prefix and a name of the forces, or the first word of a name
 * the next words close.
 */
function exForces(v: ValueContext): string | undefined {
  const low = v.text.toLowerCase();
  if (!low.startsWith('ex-') || low.length < 5) return undefined;
  const at = v.clause.indexOf(v.tokens[0]!);
  let name = low.slice(3);
  let text = v.text;
  for (let k = at + 1; k <= at + 3; k++) {
    if (FORCES.hasPhrase(name)) return text;
    const next = v.clause[k];
    if (next === undefined || next.pos === 'PUNCT') return undefined;
    name = `${name} ${next.low}`;
    text = `${text} ${next.text}`;
  }
  return undefined;
}

export const SERVICE_PATTERNS: readonly PatternSpec[] = [
  {
    id: 'work.service.ex-word',
    match: '{x:word}',
    key: 'service_history',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: exForces,
  },
  {
    id: 'work.service.ex',
    match: 'ex|former {x:$forces}',
    key: 'service_history',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: former,
  },
  {
    id: 'work.service.served-in',
    match: 'serve~|spend~|spent|do~|did ... in|with the? {x:$forces}',
    key: 'service_history',
    category: 'other',
    where: 'anywhere',
    subjects: ['self'],
    past: 'ok',
  },
  {
    id: 'work.service.retired-from',
    match: 'retire~|leave~|left|discharge~ from? the? {x:$forces}',
    key: 'service_history',
    category: 'other',
    where: 'anywhere',
    subjects: ['self'],
    past: 'ok',
    value: former,
  },
  {
    id: 'work.service.joined',
    match: 'join~|enlist~ the? {x:$forces}',
    key: 'service_history',
    category: 'other',
    where: 'anywhere',
    subjects: ['self'],
    past: 'ok',
  },
  {
    id: 'work.service.in',
    match: 'be~ in the? {x:$forces}',
    key: 'service_history',
    category: 'other',
    subjects: ['self'],
    past: 'ok',
  },
  {
    // "a reservist with the Queen's Own Rifles", "army reservist".
    id: 'work.service.reservist',
    match: 'reservist with|in the? {x:$forces}',
    key: 'service_history',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => `reservist, ${v.text}`,
  },
  {
    id: 'work.service.veteran',
    match: '{x:$forces} veteran|vet|veterans|reservist',
    key: 'service_history',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    // (The match ends with the word of service after the name: "army veteran", "navy reservist".)
    value: (v) => `${v.text} ${v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1]!.low}`,
  },
];
