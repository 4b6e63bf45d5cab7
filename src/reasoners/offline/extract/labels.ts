import type { Category } from '../../../profiles/model.js';
import type { Token } from '../nlp/wink.js';
import { isEmoji, spanText } from '../nlp/wink.js';
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

/**
 * "Biscuit (my 4yo staffy)": a pet's name before a parenthesis that says whose it is; "my studio dog Biscuit (beagle,
 * 9 yrs old)": the breed in a parenthesis after a pet the user named.
 */
export function namedPets(sentence: readonly Token[], evidence: string, order: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i + 2 < sentence.length; i++) {
    if (sentence[i]!.text !== '(') continue;
    const mine = sentence[i + 1]!.low === 'my';
    const petNamed = i >= 2 && PETS.matchAt(sentence, i - 2) === 1 && sentence.slice(0, i - 2).some((t) => t.low === 'my' || t.low === 'our');
    if (!mine && !petNamed) continue;
    const name = sentence[i - 1]!;
    if (name.pos !== 'PROPN' && name.text.charAt(0) === name.text.charAt(0).toLowerCase()) continue;
    for (let k = mine ? i + 2 : i + 1; k < Math.min(sentence.length, i + 7) && sentence[k]!.text !== ')'; k++) {
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

/** The label opens the sentence, alone or after "my". */
function opensSentence(sentence: readonly Token[], i: number): boolean {
  return i === 0 || (i === 1 && sentence[0]!.low === 'my');
}

/** Words that count or rank the items of a label before it ("two goals:", "main allergies:"). */
const COUNTED: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', '2', '3', '4', '5', 'main', 'big', 'top', 'current']);

/** Where the colon closing an aside is (at most twelve words on), or -1. */
function asideEnd(sentence: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(sentence.length, from + 12); k++) {
    if (sentence[k]!.text === ':') return k;
    if (sentence[k]!.text === '.' || sentence[k]!.text === ';' || sentence[k]!.text === '?') return -1;
  }
  return -1;
}

/** A line that is an item of a bulleted or numbered list ("- bouldering", "* knitting", "2. fly tying"). */
const BULLET = /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(\S.*)$/;

/**
 * A label line closed by a colon and the bulleted items under it ("hobbies, since you asked:\n- vinyl\n- bouldering")
 * read as one labelled line ("hobbies, since you asked: vinyl; bouldering"), so each item is the label's.
 */
export function joinLabelledBullets(text: string): string {
  if (!text.includes(':\n')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const head = line.trimEnd();
    const words = head.toLowerCase().split(/[\s,:]+/, 4);
    if (!head.endsWith(':') || !words.some((w) => LABELS.has(w))) {
      out.push(line);
      continue;
    }
    const items: string[] = [];
    while (i + 1 < lines.length && items.length < 20) {
      const item = BULLET.exec(lines[i + 1]!);
      if (item === null) break;
      let end = item[1]!.trimEnd().length;
      while (end > 0 && (item[1]![end - 1] === '.' || item[1]![end - 1] === ';')) end--;
      items.push(item[1]!.slice(0, end).trim());
      i++;
    }
    out.push(items.length > 0 ? `${head} ${items.join('; ')}.` : line);
  }
  return out.join('\n');
}

export function labelledDetails(sentence: readonly Token[], evidence: string, order: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < sentence.length; i++) {
    const label = LABELS.get(sentence[i]!.low);
    if (!label) continue;
    // The separator right after the label, or after a couple of words ("Certs so far:").
    let sep = i + 1;
    while (sep < Math.min(sentence.length, i + 4) && !separates(sentence, sep) && sentence[sep]!.pos !== 'PUNCT' && sentence[sep]!.pos !== 'VERB') sep++;
    // "hobbies, since you asked:", "my hobbies, in order of how much my wife complains about them:": an aside after a
    // comma, up to the colon, when the label opens the sentence.
    // ("goal for the next couple of years: …": the time a label is for, the same way.)
    const opener = sentence[i + 1]?.text === ',' || sentence[i + 1]?.low === 'for';
    const aside = !separates(sentence, sep) && opener && opensSentence(sentence, i) ? asideEnd(sentence, i + 2) : -1;
    if (aside > 0) sep = aside;
    if (!separates(sentence, sep)) continue;
    // Someone else's details ("his name:", "my son's allergies - nuts"), unless said in the aside.
    if (sentence.slice(0, aside > 0 ? i + 1 : sep).some((t) => OTHERS.has(t.low))) continue;
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
        before.low === 'diet' ||
        // ("Two goals: …", "main allergies: …": how many, or which, said before the label as it opens the sentence.)
        (COUNTED.has(before.low) && opensSentence(sentence, i - 1))
      )
    )
      continue;
    const list = LIST_KEYS.has(label.key);
    let j = sep + 1;
    const items: string[] = [];
    let start = j;
    const flush = (end: number) => {
      // Without what is in brackets ("vinyl collecting (mostly 70s Afrobeat)"), a leading "and" or emoji.
      let depth = 0;
      const inside = sentence.slice(start, end).filter((t) => {
        if (t.text === '(') depth++;
        const keep = depth === 0;
        if (t.text === ')' && depth > 0) depth--;
        return keep && t.text !== ')';
      });
      const from = inside.findIndex((t) => t.low !== 'and' && t.low !== 'or' && !isEmoji(t));
      const words = (from < 0 ? [] : inside.slice(from)).filter((t) => !isEmoji(t) && (t.pos !== 'PUNCT' || t.text === '/' || t.text === '-'));
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
