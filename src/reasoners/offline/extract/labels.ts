import type { Category } from '../../../profiles/model.js';
import type { Token } from '../nlp/wink.js';
import { spanText } from '../nlp/wink.js';
import type { Candidate } from './clause-facts.js';
import { LIST_KEYS } from './families.js';
import { PETS } from './lexicon/people.js';
import { confidenceOf } from './scoring.js';

/**
 * Labelled details, as people paste them from forms and bios: "name — Priyanka Iyer; pronouns —
 * she/they; based — Pune", "my stack: rust; a bit of go; postgres". A label word, a separator
 * (":", "-", "=") and the value up to the next ";" (or "," for one-valued labels).
 */

const LABELS: ReadonlyMap<string, { key: string; category: Category }> = new Map([
  ['name', { key: 'name', category: 'name' }],
  ['pronouns', { key: 'pronouns', category: 'other' }],
  ['age', { key: 'age', category: 'other' }],
  ['based', { key: 'location', category: 'other' }],
  ['location', { key: 'location', category: 'other' }],
  ['city', { key: 'location', category: 'other' }],
  ['home', { key: 'location', category: 'other' }],
  ['role', { key: 'role', category: 'role' }],
  ['job', { key: 'role', category: 'role' }],
  ['title', { key: 'role', category: 'role' }],
  ['occupation', { key: 'role', category: 'role' }],
  ['company', { key: 'company', category: 'role' }],
  ['employer', { key: 'company', category: 'role' }],
  ['timezone', { key: 'timezone', category: 'timezone' }],
  ['languages', { key: 'language', category: 'language' }],
  ['language', { key: 'language', category: 'language' }],
  ['stack', { key: 'tools', category: 'expertise' }],
  ['tools', { key: 'tools', category: 'expertise' }],
  ['setup', { key: 'tools', category: 'expertise' }],
  ['skills', { key: 'skills', category: 'expertise' }],
  ['diet', { key: 'diet', category: 'preferences' }],
  ['allergies', { key: 'allergies', category: 'other' }],
  ['hobbies', { key: 'interests', category: 'interests' }],
  ['interests', { key: 'interests', category: 'interests' }],
  ['pets', { key: 'pets', category: 'other' }],
  ['prefs', { key: 'preferences', category: 'preferences' }],
  ['preferences', { key: 'preferences', category: 'preferences' }],
  ['likes', { key: 'preferences', category: 'preferences' }],
  ['dislikes', { key: 'dislikes', category: 'preferences' }],
  ['goals', { key: 'goals', category: 'goals' }],
  ['goal', { key: 'goals', category: 'goals' }],
  ['certs', { key: 'certifications', category: 'expertise' }],
  ['certifications', { key: 'certifications', category: 'expertise' }],
  ['qualifications', { key: 'education', category: 'other' }],
  ['degrees', { key: 'education', category: 'other' }],
]);
const SEPARATORS = new Set([':', '-', '=', '—']);
/** A separator, not a hyphen inside a word ("name is Anne-Marie" has no label). */
const separates = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  if (t === undefined || !SEPARATORS.has(t.text)) return false;
  return t.text !== '-' || t.space || tokens[k + 1]?.space !== false;
};
const OTHERS = new Set([
  'his',
  'her',
  'their',
  'your',
  'son',
  'daughter',
  'wife',
  'husband',
  'partner',
  'friend',
  'mum',
  'mom',
  'dad',
  'boss',
  'client',
  'character',
  'hero',
  'villain',
]);

/** "Biscuit (my 4yo staffy)": a pet's name before a parenthesis that says whose it is. */
export function namedPets(sentence: readonly Token[], evidence: string, order: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i + 2 < sentence.length; i++) {
    if (sentence[i]!.text !== '(' || sentence[i + 1]!.low !== 'my') continue;
    const name = sentence[i - 1]!;
    if (name.pos !== 'PROPN' && name.text.charAt(0) === name.text.charAt(0).toLowerCase()) continue;
    for (let k = i + 2; k < Math.min(sentence.length, i + 7) && sentence[k]!.text !== ')'; k++) {
      const n = PETS.matchAt(sentence, k);
      if (n === 0) continue;
      out.push({
        key: 'pets',
        value: [`${spanText(sentence.slice(k, k + n))} ${name.text}`],
        category: 'other',
        bucket: 'static',
        confidence: confidenceOf('plain', { fragment: false, hedged: false }),
        retract: false,
        list: true,
        pattern: 'labels.named-pet',
        family: 'family',
        evidence,
        order,
      });
      break;
    }
  }
  return out;
}

export function labelledDetails(sentence: readonly Token[], evidence: string, order: number): Candidate[] {
  const out: Candidate[] = [];
  if (sentence.some((t) => OTHERS.has(t.low))) return out;
  for (let i = 0; i + 2 < sentence.length; i++) {
    const label = LABELS.get(sentence[i]!.low);
    if (!label) continue;
    // The separator right after the label, or after a couple of words ("Certs so far:").
    let sep = i + 1;
    while (sep < Math.min(sentence.length, i + 4) && !separates(sentence, sep) && sentence[sep]!.pos !== 'PUNCT' && sentence[sep]!.pos !== 'VERB') sep++;
    if (!separates(sentence, sep)) continue;
    // "my stack:", "name -" at the start of the sentence or after a ";" / ",".
    const before = sentence[i - 1];
    if (
      before !== undefined &&
      !(
        before.text === ';' ||
        before.text === ',' ||
        before.low === 'my' ||
        before.low === 'the' ||
        before.text === ':' ||
        before.low === 'travel' ||
        before.low === 'food' ||
        before.low === 'diet'
      )
    )
      continue;
    const list = LIST_KEYS.has(label.key);
    let j = sep + 1;
    const items: string[] = [];
    let start = j;
    const flush = (end: number) => {
      const words = sentence.slice(start, end).filter((t) => t.pos !== 'PUNCT' || t.text === '/' || t.text === '-');
      if (words.length > 0 && words.length <= 8) items.push(spanText(words).replace(/^(?:a bit of|some|a little|bit of)\s+/i, ''));
    };
    for (; j < sentence.length; j++) {
      const t = sentence[j]!;
      if (t.text === ';' || t.text === '.' || (j + 1 < sentence.length && LABELS.has(t.low) && SEPARATORS.has(sentence[j + 1]!.text))) break;
      if (t.text === ',' && !list) break;
      if (t.text === ',' && list) {
        flush(j);
        start = j + 1;
      }
    }
    flush(j);
    // A list label keeps taking items after ";" until another label starts.
    while (list && sentence[j]?.text === ';' && !(LABELS.has(sentence[j + 1]?.low ?? '') && SEPARATORS.has(sentence[j + 2]?.text ?? ''))) {
      start = j + 1;
      for (j = start; j < sentence.length && sentence[j]!.text !== ';' && sentence[j]!.text !== '.'; j++);
      flush(j);
    }
    if (items.length === 0) continue;
    out.push({
      key: label.key,
      value: list ? items : items[0]!,
      category: label.category,
      bucket: 'static',
      confidence: confidenceOf('explicit', { fragment: false, hedged: false }),
      retract: false,
      list,
      pattern: `labels.${sentence[i]!.low}`,
      family: 'identity',
      evidence,
      order,
    });
    i = j - 1;
  }
  return out;
}
