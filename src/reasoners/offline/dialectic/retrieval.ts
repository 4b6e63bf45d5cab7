import type { Fact } from '../../../profiles/model.js';
import { orderForPrompt } from '../../../profiles/prompt.js';
import type { ChatTurn } from '../../../profiles/reasoning.js';
import { isStopword, lowerSameLength, normaliseText, stem, tokens, valueText } from '../text.js';
import { CONCEPTS, GENERIC, MODIFIERS, type Concept } from './vocabulary.js';

/**
 * Offline retrieval for the dialectic: rank the scope's facts by relevance to a question. Two signals:
 * the profile vocabulary (concepts such as work, location or communication map to keys and
 * categories) and word overlap with fact keys and values. A question about a topic that no fact
 * touches ("their favorite movie") retrieves nothing, so the answer abstains instead of guessing.
 */

export interface Ranked {
  fact: Fact;
  score: number;
}

export interface Retrieval {
  ranked: Ranked[];
  /** Concepts the question named (strong), for the wording of an abstention. */
  concepts: Concept[];
  summary: boolean;
}

const THRESHOLD = 0.5;
const RELATIVE = 0.6;
const MAX_CITED = 8;
const MAX_SUMMARY = 20;

interface Detected {
  concept: Concept;
  strong: boolean;
}

function detect(question: string): { detected: Detected[]; rest: string } {
  let text = ` ${lowerSameLength(normaliseText(question)).replace(/[?!.,;:"()]/g, ' ')} `.replace(/\s+/g, ' ');
  const detected: Detected[] = [];
  const blank = (re: RegExp): boolean => {
    const global = new RegExp(re.source, 'g');
    let hit = false;
    text = text.replace(global, (m) => {
      hit = true;
      return ' '.repeat(m.length);
    });
    return hit;
  };
  for (const concept of CONCEPTS) {
    if (concept.strong.some((re) => blank(re))) detected.push({ concept, strong: true });
  }
  for (const concept of CONCEPTS) {
    if (detected.some((d) => d.concept === concept)) continue;
    if ((concept.weak ?? []).some((re) => blank(re))) detected.push({ concept, strong: false });
  }
  return { detected, rest: text };
}

function keyMatches(key: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? key.startsWith(p.slice(0, -1)) : key === p));
}

function conceptScore(fact: Fact, concept: Concept): number {
  if (keyMatches(fact.key, concept.keys)) return 1;
  if ((concept.categories as string[]).includes(fact.category)) return 0.8;
  if (concept.dynamic && fact.bucket === 'dynamic') return 0.8;
  // Related keys add weight but never carry a citation alone (a city is not a time zone).
  if (concept.also && (keyMatches(fact.key, concept.also) || concept.also.includes(fact.category))) return 0.4;
  return 0;
}

interface FactTerms {
  key: Set<string>;
  value: Set<string>;
}

function termsOf(fact: Fact): FactTerms {
  const key = new Set(tokens(fact.key.replace(/[_.]/g, ' ')).map(stem));
  const value = new Set(
    tokens(valueText(fact.value))
      .filter((t) => !GENERIC.has(t) && !isStopword(t) && t.length > 1)
      .map(stem),
  );
  return { key, value };
}

/**
 * Word overlap between the question and a fact; each question word counts once. Key words match any
 * question word ("food" -> favorite_food); value words match only topic words, not the words of a
 * phrase the vocabulary already understood ("programming languages" is not about "plain language").
 */
function lexicalScore(words: readonly string[], topic: ReadonlySet<string>, terms: FactTerms): { score: number; matched: Set<string> } {
  let score = 0;
  const matched = new Set<string>();
  for (const w of words) {
    if (terms.key.has(w)) {
      // A word the vocabulary already understood only breaks ties between the facts it points at.
      score += MODIFIERS.has(w) ? 0.15 : topic.has(w) ? 0.8 : 0.3;
      if (!MODIFIERS.has(w)) matched.add(w);
    } else if (topic.has(w) && terms.value.has(w)) {
      score += 0.7;
      matched.add(w);
    }
  }
  return { score: Math.min(score, 1.2), matched };
}

function questionWords(text: string, nameWords: ReadonlySet<string>): string[] {
  return [
    ...new Set(
      tokens(text)
        .filter((t) => !GENERIC.has(t) && !isStopword(t) && t.length > 1 && !/^\d+$/.test(t))
        .map(stem)
        .filter((t) => !nameWords.has(t) && !GENERIC.has(t)),
    ),
  ];
}

export function retrieve(question: string, facts: readonly Fact[], history: readonly ChatTurn[] = []): Retrieval {
  const first = rank(question, facts);
  if (first.ranked.length > 0 || first.summary || first.concepts.length > 0) return first;
  // A bare follow-up ("anything else?", "what about that?") borrows the previous question's topic.
  const previous = [...history].reverse().find((t) => t.role === 'user');
  if (previous && /^(?:and|what about|how about|anything else|what else|more|tell me more|also|else|go on|continue|and them|same for)\b/i.test(question.trim())) {
    return rank(`${previous.content} ${question}`, facts);
  }
  return first;
}

function rank(question: string, facts: readonly Fact[]): Retrieval {
  const { detected, rest } = detect(question);
  const strong = detected.filter((d) => d.strong).map((d) => d.concept);
  if (strong.some((c) => c.name === 'summary')) {
    const ordered = orderForPrompt(facts).slice(0, MAX_SUMMARY);
    return { ranked: ordered.map((fact) => ({ fact, score: 1 })), concepts: strong, summary: true };
  }
  const nameFact = facts.find((f) => f.key === 'name');
  const nameWords = new Set(nameFact ? tokens(valueText(nameFact.value)).map(stem) : []);
  const allWords = questionWords(question, nameWords);
  const topicWords = questionWords(rest, nameWords);
  const terms = facts.map(termsOf);
  const covered = new Set<string>();
  const topicSet = new Set(topicWords);
  const lexical = facts.map((_, i) => {
    const l = lexicalScore(allWords, topicSet, terms[i]!);
    for (const w of l.matched) covered.add(w);
    return l.score;
  });
  const unmatchedTopic = topicWords.filter((w) => !covered.has(w));
  // Vague cues count only when nothing specific was asked.
  const active: { concept: Concept; weight: number }[] = strong.map((concept) => ({
    concept,
    weight: unmatchedTopic.length > 0 ? 0.7 : 1,
  }));
  if (strong.length === 0 && unmatchedTopic.length === 0) {
    for (const d of detected) if (!d.strong) active.push({ concept: d.concept, weight: 0.6 });
  }
  const scored: Ranked[] = facts.map((fact, i) => {
    let best = 0;
    for (const { concept, weight } of active) best = Math.max(best, conceptScore(fact, concept) * weight);
    return { fact, score: best + lexical[i]! };
  });
  const top = Math.max(0, ...scored.map((r) => r.score));
  const cutoff = Math.max(THRESHOLD, top * RELATIVE);
  const ranked = scored
    .filter((r) => r.score >= cutoff)
    .sort((a, b) => b.score - a.score || (a.fact.key < b.fact.key ? -1 : 1))
    .slice(0, MAX_CITED);
  return { ranked, concepts: strong.length > 0 ? strong : detected.map((d) => d.concept), summary: false };
}
