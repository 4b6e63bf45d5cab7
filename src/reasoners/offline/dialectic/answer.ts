import type { Fact } from '../../../profiles/model.js';
import type { Answer } from '../../../profiles/reasoning.js';
import type { Retrieval } from './retrieval.js';
import { listText, valueText } from '../text.js';

/**
 * Compose the offline answer from the cited facts only: one short sentence per fact, with tentative
 * (low-confidence) and short-lived facts marked. With nothing relevant it abstains plainly.
 */

const MAX_VALUE_CHARS = 300;

function show(value: unknown): string {
  const text = Array.isArray(value) ? listText(value.map(valueText)) : valueText(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

function keyWords(key: string): string {
  return key.replace(/[_.]+/g, ' ').trim();
}

const TEMPLATES: Record<string, (v: string, f: Fact) => string> = {
  name: (v) => `Their name is ${v}.`,
  pronouns: (v) => `Their pronouns are ${v}.`,
  role: (v) => `Their role: ${v}.`,
  company: (v) => `They work at ${v}.`,
  industry: (v) => `Their industry: ${v}.`,
  department: (v) => `They work in ${v}.`,
  work_style: (v) => `They work ${v}.`,
  location: (v) => `They are based in ${v}.`,
  hometown: (v) => `They are originally from ${v}.`,
  current_location: (v) => `Right now they are in ${v}.`,
  nationality: (v) => `Their nationality: ${v}.`,
  timezone: (v) => `Their timezone is ${v}.`,
  language: (v) => `Language: ${v}.`,
  communication_style: (v) => `Communication style: ${v}.`,
  interests: (v) => `Their interests include ${v}.`,
  expertise: (v) => `Expertise: ${v}.`,
  goals: (v) => `Goals: ${v}.`,
  tools: (v) => `Tools they use: ${v}.`,
  diet: (v) => `Diet: ${v}.`,
  allergies: (v) => `Allergies: ${v}.`,
  family: (v) => `Family: ${v}.`,
  pets: (v) => `Pets: ${v}.`,
  personality_traits: (v) => `Personality: ${v}.`,
  preferences: (v) => `Preferences: ${v}.`,
  dislikes: (v) => `Dislikes: ${v}.`,
  age: (v) => `Age: ${v}.`,
  education: (v) => `Education: ${v}.`,
  current_focus: (v) => `Currently: ${v}.`,
  current_status: (v) => `Current status: ${v}.`,
};

function sentence(fact: Fact): string {
  const v = show(fact.value);
  const template = TEMPLATES[fact.key];
  let text = template
    ? template(v, fact)
    : fact.key.startsWith('favorite_')
      ? `Favorite ${keyWords(fact.key.slice('favorite_'.length))}: ${v}.`
      : `${capitalise(keyWords(fact.key))}: ${v}.`;
  text = text.replace(/\.\.$/, '.');
  const notes: string[] = [];
  if (fact.confidence < 0.7) notes.push('tentative');
  if (fact.bucket === 'dynamic') notes.push(fact.expires_at ? `short-lived, until ${fact.expires_at.slice(0, 10)}` : 'short-lived');
  return notes.length > 0 ? `${text.slice(0, -1)} (${notes.join('; ')}).` : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "What's their favorite movie?" -> "their favorite movie"; else the concept's label, else the question. */
function topicOf(question: string, retrieval: Retrieval): string {
  const q = question.trim().replace(/[?.!\s]+$/, '');
  const possessive = /^(?:(?:so|and|ok|okay|hey|also)[,]?\s+)?(?:what|which)(?:'s|\s+is|\s+are|\s+was|\s+were)?\s+(?:the\s+)?(?:user's|their|his|her|this user's|this person's|the person's)\s+(.{2,60})$/i.exec(q);
  if (possessive) return `their ${possessive[1]!.toLowerCase()}`;
  const concept = retrieval.concepts[0];
  if (concept && concept.name !== 'summary') return concept.label;
  return `that ("${q.length > 120 ? `${q.slice(0, 119)}…` : q}")`;
}

export function composeAnswer(question: string, retrieval: Retrieval): Answer {
  if (retrieval.ranked.length === 0) {
    const text = retrieval.summary
      ? 'The profile is empty: nothing is known about this user yet.'
      : `The profile has nothing about ${topicOf(question, retrieval)}.`;
    return { text, facts_used: [] };
  }
  const lines = retrieval.ranked.map((r) => sentence(r.fact));
  const lead = retrieval.summary ? 'What the profile says about this user:' : 'From the profile:';
  return { text: `${lead} ${lines.join(' ')}`, facts_used: retrieval.ranked.map((r) => r.fact.id) };
}
