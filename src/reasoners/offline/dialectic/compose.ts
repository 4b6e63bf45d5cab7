import type { Fact } from '../../../profiles/model.js';
import type { Answer } from '../../../profiles/reasoning.js';
import type { Question } from './question.js';
import type { Decision } from './select.js';
import { topicOf } from './topic.js';
import { quoted } from './values.js';

/**
 * The offline answer: the cited facts' stored values, quoted as data (each in double quotes, on one
 * line, escaped and length-capped), under their keys; or a plain abstention that cites nothing.
 */

function line(fact: Fact): string {
  const notes: string[] = [];
  if (fact.confidence < 0.7) notes.push('tentative');
  if (fact.bucket === 'dynamic') notes.push(fact.expires_at ? `short-lived, until ${fact.expires_at.slice(0, 10)}` : 'short-lived');
  const label = fact.key.split('_').join(' ');
  return `${label}: ${quoted(fact.value)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

export function compose(q: Question, decision: Decision): Answer {
  if (decision.kind === 'abstain') {
    if (decision.why === 'empty') return { text: 'The profile is empty: nothing is known about this user yet.', facts_used: [] };
    const topic = topicOf(q, decision.why);
    const reason =
      decision.why === 'other'
        ? ' It holds facts about the user only, not about other people.'
        : decision.why === 'past'
          ? ' It holds current facts only.'
          : // "is she allergic to latex?" beside another allergy: the list does not say either way.
            decision.why === 'unlisted'
            ? ` The ${decision.list ?? 'items'} it lists do not name it.`
            : '';
    return { text: `The profile has nothing about ${topic}.${reason}`, facts_used: [] };
  }
  const lead = decision.kind === 'summary' ? 'What the profile says about this user (stored values, quoted):' : 'From the profile (stored values, quoted):';
  return { text: `${lead} ${decision.facts.map(line).join('; ')}.`, facts_used: decision.facts.map((f) => f.id) };
}
