import type { ExtractInput, ExtractedFact } from '../../../profiles/reasoning.js';
import { RELATIONS } from './lexicon/people.js';
import { CONFIDENCE } from './scoring.js';
import { wordsOf } from './withdrawals.js';

/**
 * A stored fact mentioned again in passing ("yoga again today, 30 day streak", "kayaking has become
 * my whole personality", "did my usual 5k run") is said again: it is handed back unchanged so the
 * learner reinforces it (docs/spec.md §6, rule 3: the same value raises its confidence). Only short
 * stored values (a name of a thing, at most three words) whose content words the user writes again,
 * in a statement about themselves: no question, no negation or stopping, nobody else as the subject.
 * The new value is never different from the stored one, so nothing is created or changed here.
 */

const MAX_WORDS = 3;
const NEGATION: ReadonlySet<string> = new Set([
  'not',
  'never',
  'no',
  'nope',
  'quit',
  'quitting',
  'stopped',
  'stop',
  'gave',
  'give',
  'without',
  'hate',
  'hated',
  'anymore',
  'longer',
  'used',
  'if',
  'would',
  'forget',
  'scratch',
  'wrong',
]);
const OTHERS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'him', 'them', 'we', 'our', 'your', 'you']);
/** Words too common to show that a stored value is meant. */
const WEAK: ReadonlySet<string> = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'into',
  'about',
  'very',
  'really',
  'some',
  'lot',
  'bit',
  'big',
  'new',
  'old',
  'good',
  'day',
  'time',
  'work',
  'home',
  'year',
  'years',
  'week',
  'weeks',
  'month',
  'months',
]);

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Verbs and sizes said with a thing kept or done ("run a small HMO", "keep bees"): the thing says it is meant. */
const ALONGSIDE: ReadonlySet<string> = new Set([
  'run',
  'runs',
  'keep',
  'keeps',
  'own',
  'owns',
  'play',
  'plays',
  'teach',
  'teaches',
  'small',
  'little',
  'local',
  'part',
]);

/** "kayak" in "kayak", "kayaks", "kayaking"; "run" in "run", "runs", "running". */
function mentions(words: readonly string[], word: string): boolean {
  return words.some((w) => w === word || (w.startsWith(word) && w.length - word.length <= 4 && /^(?:s|es|ing|ning|er|ers|ed)$/.test(w.slice(word.length))));
}

const CLAUSE_BREAK = /[,;—–]|\s-\s/;
const QUESTION_OPENING = /^\s*(?:is|are|am|do|does|did|can|could|would|will|should|shall|what|which|who|whom|whose|how|where|when|why|have|has)\b/i;

function aboutTheUser(words: readonly string[]): boolean {
  if (words.some((w) => NEGATION.has(w) || OTHERS.has(w))) return false;
  for (let k = 0; k + 1 < words.length; k++) if (words[k] === 'my' && RELATIONS.has(words[k + 1]!)) return false;
  return true;
}

/** The stored facts the user mentions again, as statements of the same value (for reinforcement). */
export function withMentions(facts: ExtractedFact[], profile: ExtractInput['profile'], sentences: readonly string[]): ExtractedFact[] {
  // Clause by clause: "my Capgemini laptop is very slow with docker, any settings?" still mentions Capgemini
  // (a sentence that opens as a question is a question throughout: "do you know Capgemini, the company?").
  const said = sentences
    .filter((s) => !(s.includes('?') && QUESTION_OPENING.test(s)))
    .flatMap((s) => s.split(CLAUSE_BREAK).map((c) => ({ s, words: wordsOf(c), question: c.includes('?') })))
    .filter((x) => !x.question && aboutTheUser(x.words));
  if (said.length === 0) return facts;
  const drawn = new Set(facts.map((f) => f.key));
  const out = [...facts];
  for (const stored of profile) {
    if (stored.bucket !== 'static' || drawn.has(stored.key)) continue;
    const items = Array.isArray(stored.value) ? stored.value : [stored.value];
    for (const item of items) {
      if (typeof item !== 'string') continue;
      // ("keeping bees", "run a small HMO": the thing itself must be said again; the verb or size said with it need not.)
      const all = wordsOf(item).filter((w) => w.length >= 3 && !WEAK.has(w));
      const things = all.filter((w) => !ALONGSIDE.has(w) && !w.endsWith('ing'));
      // ("fostering", "bouldering": a doing that is the thing itself.)
      const content = things.length > 0 ? things : all;
      // (Articles do not count: "run a small HMO" is three words.)
      if (content.length === 0 || wordsOf(item).filter((w) => !ARTICLES.has(w)).length > MAX_WORDS) continue;
      // ("community choir" … "choir practice ran over again": the head of a name of two words is enough.)
      const head = content[content.length - 1]!;
      const hit = said.find((x) => content.every((w) => mentions(x.words, w)) || (content.length === 2 && mentions(x.words, head)));
      if (!hit) continue;
      out.push({
        key: stored.key,
        value: Array.isArray(stored.value) ? [item] : item,
        category: stored.category,
        bucket: 'static',
        confidence: CONFIDENCE.implied,
        evidence: hit.s.slice(0, 300),
      });
      drawn.add(stored.key);
      break;
    }
  }
  return out;
}
