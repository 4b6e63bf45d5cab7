import type { Token } from '../nlp/wink.js';
import { capitalised, spanText } from '../nlp/wink.js';
import type { Candidate } from './clause-facts.js';
import type { Known } from './corrections.js';
import { LIST_KEYS } from './families.js';
import { PLACES } from './lexicon/places.js';

/**
 * Changes said as a change, for every family at once:
 *
 * - "from X to Y" after a verb of change ("switched from IntelliJ to Cursor", "went from vegetarian
 *   to vegan", "we moved from preston to lancaster"): Y takes the key X or Y was read under (or the
 *   location, after "move"), and X is withdrawn. The clause readings of X and Y are replaced, since
 *   the past tense of the verb made Y look like a thing of the past.
 * - "used to X, these days it's Y" / "… so now its mostly Y": Y takes the key of the X the "used to"
 *   clause withdrew, when Y itself was read under no key.
 *
 * One forward scan of the sentence; spans are at most a few words.
 */

const CHANGE_VERBS = new Set([
  'move',
  'switch',
  'change',
  'go',
  'swap',
  'transfer',
  'transition',
  'shift',
  'relocate',
  'convert',
  'migrate',
  'upgrade',
  'downgrade',
]);
/** Words of degree that may close what is said now ("now it's Uber only", "mostly sourdough these days"). */
const DEGREE_TAILS = new Set(['only', 'mostly', 'mainly', 'now', 'instead', 'too', 'full-time']);
const OTHER_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'you', 'my', 'his', 'her', 'their', 'our', 'your']);
const SPAN_STOP = new Set([
  'to',
  'into',
  'and',
  'but',
  'so',
  'because',
  'cause',
  'cos',
  'coz',
  'last',
  'this',
  'next',
  'in',
  'at',
  'a',
  'an',
  'after',
  'about',
  'on',
  'for',
  'ago',
  'then',
  'when',
  'since',
  'recently',
  'now',
  'back',
  'with',
]);
const NOW_WORDS = new Set(['now', 'nowadays', 'currently']);
const SOFT = new Set(['mostly', 'mainly', 'all', 'just', 'more', 'really', 'actually', 'about', 'into']);
const MAX_SPAN = 3;

/** A value span from `from`: up to MAX_SPAN words, ending at punctuation, a stop word or a verb. */
function spanFrom(tokens: readonly Token[], from: number, stop: ReadonlySet<string>): [number, number] | undefined {
  let to = from;
  while (
    to < tokens.length &&
    to - from < MAX_SPAN &&
    !stop.has(tokens[to]!.low) &&
    tokens[to]!.pos !== 'PUNCT' &&
    tokens[to]!.pos !== 'AUX' &&
    tokens[to]!.pos !== 'PRON' &&
    tokens[to]!.pos !== 'SYM' &&
    !(tokens[to]!.pos === 'VERB' && to > from) &&
    // ("buggy runs round the domain": where it is done is no part of it; "of" may be, inside a name.)
    !(tokens[to]!.pos === 'ADP' && to > from && tokens[to]!.low !== 'of')
  )
    to++;
  return to > from ? [from, to] : undefined;
}

const itemsOf = (value: string | string[] | unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase());

/** The key a span was read under: a candidate of this sentence (or a stored value) that holds the same words. */
function keyOf(
  text: string,
  sentence: readonly Candidate[],
  known: readonly (readonly Known[])[],
): { key: string; category: Candidate['category'] } | undefined {
  const low = text.toLowerCase();
  const holds = (value: unknown) => itemsOf(value).some((v) => v === low || v.endsWith(` ${low}`) || low.endsWith(` ${v}`));
  for (let k = sentence.length - 1; k >= 0; k--) if (holds(sentence[k]!.value)) return sentence[k]!;
  for (const list of known) for (let k = list.length - 1; k >= 0; k--) if (holds(list[k]!.value)) return list[k]!;
  return undefined;
}

export interface Transition {
  /** Candidates of the sentence that the change replaces. */
  drop: ReadonlySet<Candidate>;
  add: Candidate[];
}

export function transitions(
  tokens: readonly Token[],
  sentence: readonly Candidate[],
  known: readonly (readonly Known[])[],
  evidence: string,
  order: number,
): Transition {
  const drop = new Set<Candidate>();
  const add: Candidate[] = [];
  const emit = (key: string, category: Candidate['category'], fresh: string, old: string | undefined, confidence: number) => {
    const list = LIST_KEYS.has(key);
    for (const c of sentence) {
      if (c.key !== key) continue;
      const items = itemsOf(c.value);
      if (items.includes(fresh.toLowerCase()) || (old !== undefined && items.includes(old.toLowerCase()))) drop.add(c);
    }
    const base = { category, bucket: 'static' as const, confidence, list, family: 'identity' as const, evidence, order };
    add.push({ ...base, key, value: list ? [fresh] : fresh, retract: false, pattern: 'change.to' });
    if (old !== undefined) add.push({ ...base, key, value: list ? [old] : old, retract: true, pattern: 'change.from' });
  };
  for (let i = 1; i < tokens.length - 3; i++) {
    if (tokens[i]!.low !== 'from') continue;
    // A verb of change just before "from", said by the user (no other subject right before it).
    let v = i - 1;
    while (v > 0 && i - v < 3 && !CHANGE_VERBS.has(tokens[v]!.lemma)) v--;
    if (!CHANGE_VERBS.has(tokens[v]!.lemma)) continue;
    // The subject, past any auxiliaries ("the dentist got moved from …" is not the user's change).
    let s = v - 1;
    while (s >= 0 && (tokens[s]!.pos === 'AUX' || tokens[s]!.lemma === 'get' || tokens[s]!.pos === 'ADV')) s--;
    const subject = tokens[s];
    if (subject && (OTHER_SUBJECTS.has(subject.low) || subject.pos === 'NOUN' || subject.pos === 'PROPN')) continue;
    const old = spanFrom(tokens, i + 1, SPAN_STOP);
    if (!old || (tokens[old[1]]?.low !== 'to' && tokens[old[1]]?.low !== 'into')) continue;
    const fresh = spanFrom(tokens, old[1] + 1, SPAN_STOP);
    if (!fresh) continue;
    const oldText = spanText(tokens.slice(old[0], old[1]));
    const freshText = spanText(tokens.slice(fresh[0], fresh[1]));
    const kind =
      keyOf(freshText, sentence, known) ??
      keyOf(oldText, sentence, known) ??
      (['move', 'relocate'].includes(tokens[v]!.lemma) && PLACES.matchAt(tokens, fresh[0]) > 0 ? { key: 'location', category: 'other' as const } : undefined);
    if (!kind) continue;
    // "we're moving from Leeds to Glasgow in March": a move under way leaves the user where they live (the planned move is read apart).
    if (kind.key === 'location' && ['moving', 'relocating', 'emigrating'].includes(tokens[v]!.low)) continue;
    emit(kind.key, kind.category, freshText, oldText, 0.8);
  }
  // "used to X …, these days it's Y": Y takes the key of the withdrawn X.
  const withdrawn = sentence.find((c) => c.retract);
  // (Not where the sentence already says what holds now under that key: "retired … as a warrant officer and I am now
  // working as head of security".)
  if (withdrawn && !sentence.some((c) => !c.retract && c.key === withdrawn.key)) {
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i]!;
      // ("… but since the baby it's buggy runs instead": what changed it, then what holds now.)
      const since = t.low === 'since' ? [1, 2, 3].find((d) => tokens[i + d]?.low === 'its' || tokens[i + d]?.low === 'it') : undefined;
      const changed = since !== undefined && tokens.slice(i + 1, i + since).every((u) => u.pos === 'DET' || u.pos === 'NOUN' || u.pos === 'PRON');
      if (changed) i += since - 1;
      const now = NOW_WORDS.has(t.low) || (t.low === 'days' && tokens[i - 1]?.low === 'these') || changed;
      if (!now) continue;
      let j = i + 1;
      if (tokens[j]?.low === 'its' || (tokens[j]?.low === 'it' && (tokens[j + 1]?.low === "'s" || tokens[j + 1]?.low === 'is')))
        j += tokens[j]!.low === 'its' ? 1 : 2;
      // "… but now I'm at Meta": the user's own copula, then (for places and employers) its preposition.
      else if (tokens[j]?.low === 'i' && tokens[j + 1]?.low === 'am') j += ['at', 'in', 'with'].includes(tokens[j + 2]?.low ?? '') ? 3 : 2;
      else if (tokens[j]?.pos === 'PRON' || tokens[j]?.pos === 'AUX') continue;
      while (j < tokens.length && SOFT.has(tokens[j]!.low)) j++;
      const fresh = spanFrom(tokens, j, SPAN_STOP);
      if (!fresh || tokens.slice(fresh[0], fresh[1]).some((t) => t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'NUM')) continue;
      // The span is the whole thing said ("… now its mostly fishing off the pier"), not the start of a
      // longer subject ("now half the spare room is …").
      const after = tokens[fresh[1]];
      if (after !== undefined && after.pos !== 'PUNCT' && after.pos !== 'ADP' && after.pos !== 'CCONJ' && !SPAN_STOP.has(after.low)) continue;
      // ("now it's Uber Moto only": a word of degree at its end is no part of it.)
      let end = fresh[1];
      while (end - 1 > fresh[0] && DEGREE_TAILS.has(tokens[end - 1]!.low)) end--;
      const freshText = spanText(tokens.slice(fresh[0], end));
      // (A thing of another key is read there; one of the same key as the withdrawn one is its replacement.)
      const read = keyOf(freshText, sentence, []);
      if (read !== undefined && read.key !== withdrawn.key) continue;
      emit(withdrawn.key, withdrawn.category, freshText, undefined, 0.75);
      break;
    }
  }
  movedEmployer(tokens, sentence, known, emit);
  return { drop, add };
}

/** The words right before "at" in "I'm at …" and "I'm now at …". */
const NOW_AT: ReadonlySet<string> = new Set(["'m", 'am', 'im', 'now']);

/**
 * "correction, I'm at HMP Pentonville now", "I'm now at Deloitte": a named place the user is at now, said where an employer
 * is already held, is the employer now (with none held, "I'm at Tesco now" may be a shop the user is standing in).
 */
function movedEmployer(
  tokens: readonly Token[],
  sentence: readonly Candidate[],
  known: readonly (readonly Known[])[],
  emit: (key: string, category: Candidate['category'], fresh: string, old: string | undefined, confidence: number) => void,
): void {
  if (sentence.some((c) => c.key === 'company' && !c.retract)) return;
  const held = known.some((list) => list.some((k) => k.key === 'company' && !('retract' in k && k.retract === true)));
  if (!held) return;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.low !== 'at' || !NOW_AT.has(tokens[i - 1]!.low)) continue;
    // The user's own "I'm" or "I am" before it ("I'm now at").
    const be = tokens[i - 1]!.low === 'now' ? i - 2 : i - 1;
    if (!["'m", 'am', 'im'].includes(tokens[be]?.low ?? '') || (tokens[be]!.low !== 'im' && tokens[be - 1]?.low !== 'i')) continue;
    let to = i + 1;
    while (to < tokens.length && to - i <= 4 && (tokens[to]!.pos === 'PROPN' || (capitalised(tokens[to]!) && tokens[to]!.pos === 'NOUN'))) to++;
    if (to === i + 1) continue;
    // Said to be so now, right after the name or before it.
    if (tokens[to]?.low !== 'now' && tokens[i - 1]!.low !== 'now') continue;
    if (PLACES.matchAt(tokens, i + 1) > 0) continue;
    emit('company', 'role', spanText(tokens.slice(i + 1, to)), undefined, 0.75);
    return;
  }
}
