import { CONCEPTS } from './concepts/index.js';
import { splitOn, stem } from './words.js';

/**
 * The one engine that finds concepts in a run of words, for questions and for stored keys and values
 * alike. The concept table is compiled once into a Map from a phrase's first word to its phrases; at
 * each position the longest phrase wins and consumes its words. Work is linear in the number of words
 * (phrases are at most MAX_PHRASE words long).
 */

/** One word position: the forms it may match as (stems of its lemma and of its spelling), its tag. */
export interface Slot {
  readonly forms: readonly string[];
  /** Universal POS tag (questions only; stored values have none). */
  readonly pos?: string;
  /** A leading part of a compound ("health" in "health-tech"): it names no concept on its own. */
  readonly part?: boolean;
}

export interface TriggerHit {
  readonly start: number;
  /** One past the last word. */
  readonly end: number;
  /**
   * Indices into CONCEPTS, each with whether only a weak cue named it, or one member of its class, and
   * how many words its own longest phrase took (a field's may be shorter than the hit: "phone" of "phone number").
   */
  readonly concepts: readonly { readonly id: number; readonly weak: boolean; readonly instance: boolean; readonly words: number }[];
}

interface Phrase {
  readonly words: readonly { form: string; pos?: string }[];
  readonly concept: number;
  readonly weak: boolean;
  readonly instance: boolean;
}

const MAX_PHRASE = 6;
const SPECIAL = new Set(['<time>', '<place>']);

function phraseWords(trigger: string): { form: string; pos?: string }[] {
  const out: { form: string; pos?: string }[] = [];
  for (const raw of trigger.toLowerCase().split(' ')) {
    const [word, tag] = raw.split(':') as [string, string | undefined];
    if (SPECIAL.has(word)) {
      out.push({ form: word });
      continue;
    }
    if (word.startsWith('=')) {
      // "=called": this spelling only (the stem would also match "call").
      out.push(tag ? { form: word, pos: tag.toUpperCase() } : { form: word });
      continue;
    }
    const parts = splitOn(word, '-/.');
    parts.forEach((p, i) => out.push(i === parts.length - 1 && tag ? { form: stem(p), pos: tag.toUpperCase() } : { form: stem(p) }));
  }
  return out.slice(0, MAX_PHRASE);
}

interface Index {
  /** Spellings the table asks for exactly ("called"): only those words need an "=" form. */
  readonly exact: ReadonlySet<string>;
  readonly all: ReadonlyMap<string, readonly Phrase[]>;
  /** Without the question-only concepts and the weak cues: what is looked for in stored values. */
  readonly values: ReadonlyMap<string, readonly Phrase[]>;
}

let compiled: Index | undefined;

function index(): Index {
  if (compiled) return compiled;
  const all = new Map<string, Phrase[]>();
  const values = new Map<string, Phrase[]>();
  const exact = new Set<string>();
  const add = (map: Map<string, Phrase[]>, p: Phrase) => {
    const first = p.words[0]!.form;
    const list = map.get(first);
    if (list) list.push(p);
    else map.set(first, [p]);
  };
  CONCEPTS.forEach((c, concept) => {
    const lists = [
      [c.triggers, false, false],
      [c.instances ?? [], false, true],
      [c.weak ?? [], true, false],
    ] as const;
    for (const [list, weak, instance] of lists) {
      for (const t of list) {
        const words = phraseWords(t);
        if (words.length === 0) continue;
        for (const w of words) if (w.form.startsWith('=')) exact.add(w.form.slice(1));
        const p: Phrase = { words, concept, weak, instance };
        add(all, p);
        if (!weak && !c.questionOnly && words.every((w) => w.pos === undefined)) add(values, p);
      }
    }
  });
  compiled = { exact, all, values };
  return compiled;
}

/** The "=word" form of a word, when the table asks for that spelling exactly. */
export function exactForm(low: string): string | undefined {
  return index().exact.has(low) ? `=${low}` : undefined;
}

/** Shortest word a typo is read in: shorter ones are too often another word ("form" / "from"). */
const TYPO_MIN = 7;
let typos: ReadonlyMap<string, readonly Phrase[]> | undefined;

/**
 * The table's single words of at least TYPO_MIN letters, each under every spelling with one letter
 * left out ("religous", "relgious" -> "religious"); a spelling two words share is left out.
 */
function typoIndex(): ReadonlyMap<string, readonly Phrase[]> {
  if (typos) return typos;
  const out = new Map<string, Phrase[] | null>();
  CONCEPTS.forEach((c, concept) => {
    if (c.field) return;
    for (const t of c.triggers) {
      const low = t.toLowerCase();
      if (low.length < TYPO_MIN - 1 || !/^[a-z]+$/.test(low)) continue;
      const p: Phrase = { words: [{ form: stem(low) }], concept, weak: false, instance: false };
      for (let k = 0; k < low.length; k++) {
        // A word one letter shorter ("coffee") only with a doubled letter typed once ("cofee"), see DOUBLED_POS.
        if (low.length < TYPO_MIN && low[k] !== low[k + 1]) continue;
        const v = low.slice(0, k) + low.slice(k + 1);
        const prev = out.get(v);
        if (prev === null) continue;
        if (prev === undefined) out.set(v, [p]);
        else if (prev.some((x) => x.words[0]!.form !== p.words[0]!.form)) out.set(v, null);
        else prev.push(p);
      }
    }
  });
  typos = new Map([...out].flatMap(([k, v]) => (v ? [[k, v] as const] : [])));
  return typos;
}

/** The phrases of the one table word a slot's spelling misses a letter of, if any. */
function misspelt(slot: Slot): readonly Phrase[] {
  if (slot.pos === undefined || !TYPO_POS.has(slot.pos)) return [];
  const written = slot.forms.find((f) => f.startsWith('='));
  if (written === undefined || written.length - 1 < TYPO_MIN - 2) return [];
  // Five letters ("cofee" for "coffee") are read only as a noun: "super" busy is no supper.
  if (written.length - 1 < TYPO_MIN - 1 && (!DOUBLED_POS.has(slot.pos) || NOT_TYPOS.has(written.slice(1)))) return [];
  return typoIndex().get(written.slice(1)) ?? [];
}

const TYPO_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'VERB', 'ADV', 'X']);
const DOUBLED_POS = new Set(['NOUN', 'PROPN', 'X']);
/** Words of their own that a table word with a doubled letter typed once would read as a typo ("super": supper). */
const NOT_TYPOS = new Set(['super', 'diner', 'later']);

function matchesAt(slots: readonly Slot[], at: number, p: Phrase): boolean {
  if (at + p.words.length > slots.length) return false;
  for (let k = 0; k < p.words.length; k++) {
    const w = p.words[k]!;
    const s = slots[at + k]!;
    if (w.pos !== undefined && s.pos !== w.pos) return false;
    if (!s.forms.includes(w.form)) return false;
  }
  return true;
}

/**
 * Concepts named in a run of words. `mode` "question" uses every trigger; "value" only the strong,
 * untagged triggers of concepts that describe stored values.
 */
export function findConcepts(slots: readonly Slot[], mode: 'question' | 'value'): TriggerHit[] {
  const map = mode === 'question' ? index().all : index().values;
  const hits: TriggerHit[] = [];
  let i = 0;
  while (i < slots.length) {
    let best = 0;
    let found: Phrase[] = [];
    for (const form of slots[i]!.forms) {
      for (const p of map.get(form) ?? []) {
        // In a question the longest phrase wins; a value keeps every phrase that starts there ("afrobeats
        // dancing" names dancing, "afrobeats" music). Words inside a longer phrase start nothing ("video calls").
        // Fields of world knowledge are kept whatever their length ("craft beer pub": alcohol and gluten).
        const field = CONCEPTS[p.concept]!.field === true;
        if ((mode === 'question' && p.words.length < best && !field) || !matchesAt(slots, i, p)) continue;
        if (mode === 'question' && p.words.length > best) found = found.filter((f) => CONCEPTS[f.concept]!.field);
        best = Math.max(best, p.words.length);
        found.push(p);
      }
    }
    // "any religous days": a long word the table lacks, one letter short of one of its words, is that word.
    if (best === 0 && mode === 'question' && !slots[i]!.part) {
      for (const p of misspelt(slots[i]!)) {
        best = 1;
        found.push(p);
      }
    }
    if (best === 0 || (best === 1 && slots[i]!.part)) {
      i++;
      continue;
    }
    const byConcept = new Map<number, { id: number; weak: boolean; instance: boolean; words: number }>();
    for (const p of found) {
      const prev = byConcept.get(p.concept);
      byConcept.set(p.concept, {
        id: p.concept,
        weak: (prev?.weak ?? true) && p.weak,
        instance: (prev?.instance ?? true) && p.instance,
        words: Math.max(prev?.words ?? 0, p.words.length),
      });
    }
    hits.push({ start: i, end: i + best, concepts: [...byConcept.values()] });
    i += best;
  }
  return hits;
}
