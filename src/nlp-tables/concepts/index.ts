import { LIFE } from './life.js';
import {
  BROADCASTING,
  CERTIFICATION,
  CHILDCARE,
  CUSTODY,
  DEBTS,
  GUESTS,
  LIVESTOCK,
  MORE,
  PLAYING_POSITION,
  RATES,
  RETIREMENT,
  ROUTINE,
  SAVINGS,
  SIDELINE,
  SMOKING,
  SUBSCRIPTIONS,
  WEDDING,
} from './more.js';
import { PERSON } from './person.js';
import { ASSOCIATION, LOYALTY, MILITARY, PAYMENTS, REUNION, SUPPLIERS, TRAVEL_CARD } from './trade.js';
import type { ConceptDef } from './types.js';
import { WORK } from './work.js';
import { WORLD } from './world.js';

export type { ConceptDef } from './types.js';
export { LEVEL } from './types.js';
export { GRANDCHILD_WORDS } from './person.js';

/** Phrases that ask for the whole profile rather than one thing. */
const SUMMARY_PHRASES: readonly string[] = [
  'tell me about her',
  'tell me about him',
  'tell me about them',
  'tell me about the user',
  'tell me about this user',
  'tell me everything',
  'tell me more about',
  'summary',
  'summarise',
  'summarize',
  'overview',
  'rundown',
  'describe her',
  'describe him',
  'describe them',
  'describe the user',
  'describe this user',
  'who is she',
  'who is he',
  'who are they',
  'who is the user',
  'who is this user',
  'what do you know about',
  'what you know about',
  'know about this user',
  'know about the user',
  'know about her',
  'know about him',
  'know about them',
  'what does the profile say',
  'everything you know',
  'all you know',
  'whole profile',
  'what is in the profile',
  'what is in her profile',
  'what is in his profile',
];

const SUMMARY: ConceptDef = { name: 'summary', noun: 'profile', triggers: SUMMARY_PHRASES, keys: [], questionOnly: true };

/** Every concept of the profile vocabulary (order is irrelevant: the longest phrase wins). */
/** A concept with the wider vocabulary of more.ts merged in (each word once). */
function widened(c: ConceptDef): ConceptDef {
  const more = MORE.get(c.name);
  if (!more) return c;
  const join = (a: readonly string[] | undefined, b: readonly string[] | undefined) => [...new Set([...(a ?? []), ...(b ?? [])])];
  return {
    ...c,
    keys: join(c.keys, more.keys),
    near: join(c.near, more.near).filter((k) => !c.keys.includes(k) && !(more.keys ?? []).includes(k)),
    related: join(c.related, more.related),
    triggers: join(c.triggers, more.triggers),
    weak: join(c.weak, more.weak).filter((w) => !(more.triggers ?? []).includes(w)),
  };
}

export const CONCEPTS: readonly ConceptDef[] = [
  SUMMARY,
  ...PERSON,
  ...WORK,
  ...LIFE,
  ROUTINE,
  CERTIFICATION,
  SIDELINE,
  SMOKING,
  SUBSCRIPTIONS,
  BROADCASTING,
  DEBTS,
  SAVINGS,
  CHILDCARE,
  CUSTODY,
  WEDDING,
  RETIREMENT,
  GUESTS,
  RATES,
  LIVESTOCK,
  PLAYING_POSITION,
  MILITARY,
  SUPPLIERS,
  PAYMENTS,
  REUNION,
  ASSOCIATION,
  TRAVEL_CARD,
  LOYALTY,
  ...WORLD,
].map(widened);

const BY_NAME: ReadonlyMap<string, number> = new Map(CONCEPTS.map((c, i) => [c.name, i]));

/** The index of a concept by name (a programming error if it does not exist). */
export function conceptId(name: string): number {
  const id = BY_NAME.get(name);
  if (id === undefined) throw new Error(`unknown concept ${name}`);
  return id;
}
