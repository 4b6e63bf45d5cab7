import type { ExtractInput, ExtractedFact } from '../../../profiles/reasoning.js';
import type { Category } from '../../../profiles/model.js';

/**
 * Withdrawals that name a topic rather than restate a fact: "forget what I said about the gluten
 * thing", "scratch the Leeds bit", "turns out it wasn't gluten after all", "don't save that I'm
 * vegan", "the ADHD thing was wrong". The topic's words are matched against what the profile holds
 * (and what this call drew); every stored value or list item holding one is withdrawn (docs/spec.md §6:
 * a learned fact is removed, a manual one becomes a proposal). Statements of the same call that hold
 * the topic are dropped. Each sentence is read with a handful of anchored patterns and a word split, so
 * the cost is linear in the text.
 */

const LEAD = '^(?:(?:ok|okay|oh|actually|also|and|but|sorry|please|pls|wait|no|nah|hmm|ah|so|oops|can you|could you)[\\s,]+){0,3}';
/** A withdrawal of memory ("forget …", "scratch the … bit", "never mind …", "don't save …", "ignore what I said about …"). */
const IMPERATIVE = new RegExp(
  `${LEAD}(?:forget\\s(?:about\\s)?|disregard\\s|scratch\\s|strike\\s|never\\s?mind\\s(?:about\\s)?|(?:do not|don't|dont)\\s(?:remember|save|store|keep|record)\\s|(?:ignore|delete|remove|erase|drop)\\s(?=what i |the (?:bit|part|thing|stuff) ))(.{1,160})$`,
);
/** "remove X from my profile", "delete X from your memory". */
const FROM_MEMORY = new RegExp(
  `${LEAD}(?:delete|remove|erase|drop|clear|take)\\s(?:out\\s)?(.{1,120}?)\\sfrom\\s(?:my |your |the )?(?:profile|memory|notes|records)(?:$|[\\s,.!])`,
);
/** Negators before "after all" ("it wasn't X after all", "turns out I'm not X after all"), once contractions are expanded. */
const NEGATORS: ReadonlySet<string> = new Set(['not', "wasn't", 'wasnt', "isn't", 'isnt', "aren't", "weren't"]);
/** "the X thing was wrong", "X was a misdiagnosis": what follows the topic. */
const WRONG: ReadonlySet<string> = new Set(['wrong', 'mistake', 'incorrect', 'misdiagnosis', 'misdiagnosed', 'untrue']);
const THING: ReadonlySet<string> = new Set(['thing', 'bit', 'part', 'stuff']);
const FILLERS: ReadonlySet<string> = new Set(['actually', 'sorry', 'oh', 'so', 'ok', 'okay', 'and', 'but', 'also']);

/** The words of a text in lower case (letters of any script, digits, apostrophes and hyphens). */
export const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w !== '');

/** The topic of "… not X after all" in one clause's words. */
function notAfterAll(words: readonly string[]): string[] | undefined {
  for (let k = 1; k + 1 < words.length; k++) {
    if (words[k] !== 'after' || words[k + 1] !== 'all') continue;
    for (let j = k - 1; j >= 0 && j >= k - 8; j--) if (NEGATORS.has(words[j]!)) return words.slice(j + 1, k);
  }
  return undefined;
}

/** The topic of "I was wrong about X", "the X thing was wrong", "X was a misdiagnosis" in one clause's words. */
function saidWrong(words: readonly string[]): string[] | undefined {
  let k = 0;
  while (k < words.length && k < 3 && FILLERS.has(words[k]!)) k++;
  const rest = words.slice(k);
  if (rest[0] === 'i' && rest[1] === 'was' && rest[2] === 'wrong' && rest[3] === 'about') return rest.slice(4);
  const v = rest.findIndex((w, i) => (w === 'was' || w === 'is') && i > 0 && i <= 10);
  if (v < 0) return undefined;
  const after = rest.slice(v + 1, v + 3);
  const wrong = after.some((w) => WRONG.has(w)) || (after[0] === 'not' && (after[1] === 'right' || after[1] === 'true'));
  if (!wrong) return undefined;
  // A thing said ("the gluten thing", "what I said about gluten") or a diagnosis, never any "X is wrong" ("my code is wrong").
  const said = rest[0] === 'what' && rest[1] === 'i' && (rest[2] === 'said' || rest[2] === 'told');
  if (!said && !THING.has(rest[v - 1]!) && !after.some((w) => w.startsWith('misdiagnos'))) return undefined;
  return rest.slice(0, v);
}

/** Words that carry no topic: "what I said about the … thing", pronouns, fillers. */
const EMPTY: ReadonlySet<string> = new Set(
  (
    "a an the that this these those it its it's what i i'm im me my mine you your said told say mentioned wrote earlier before " +
    'about thing things bit bits part parts stuff one ones whole all everything anything something of on in at to for from ' +
    "with and or but so just really actually also please pls that's there here was were is am are be been being not no " +
    'after earlier previous previously last message note fact detail info information profile memory again like where when how which who ' +
    'that hard easy bad good big small fine true real necessary needed possible expensive cheap difficult simple serious much many very too so'
  ).split(' '),
);

/** Topic words of a withdrawal, or none when the sentence withdraws nothing. */
export function withdrawnTopics(sentence: string): string[] {
  const low = sentence.toLowerCase().trim();
  const m = IMPERATIVE.exec(low) ?? FROM_MEMORY.exec(low);
  let span: string[] | undefined;
  if (m) span = wordsOf((m[1] ?? '').split(/[,;:.!?—–]|\s-\s|\s(?:turns out|it was|it is|because|cause|cos|since|as)\s/)[0] ?? '');
  else
    for (const clause of low.split(/[,;:.!?—–]/)) {
      const words = wordsOf(clause);
      span = notAfterAll(words) ?? saidWrong(words);
      if (span) break;
    }
  return (span ?? []).map(unquote).filter((w) => w.length >= 3 && !EMPTY.has(w));
}

function unquote(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && word[a] === "'") a++;
  while (b > a && word[b - 1] === "'") b--;
  return word.slice(a, b);
}

const holds = (value: string, topics: readonly string[]): boolean => {
  const words = wordsOf(value);
  return topics.some((t) => words.includes(t) || words.some((w) => w.length > t.length && w.startsWith(t) && w.length - t.length <= 3));
};

/** A stored fact's items that hold a topic, as the retractions the learner applies. */
function retractionsOf(key: string, value: unknown, category: Category, topics: readonly string[], evidence: string): ExtractedFact[] {
  const keyWords = key.toLowerCase().split(/[_\s]+/);
  const base = { key, category, bucket: 'static' as const, confidence: 0.9, retract: true, evidence };
  if (topics.some((t) => keyWords.includes(t))) return [{ ...base, value: null }];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && holds(v, topics)).map((v) => ({ ...base, value: v }));
  if (typeof value === 'string' && holds(value, topics)) return [{ ...base, value: null }];
  return [];
}

/**
 * The facts of a call with its topic withdrawals applied: stored values holding a withdrawn topic are
 * retracted, and this call's own statements holding one are dropped.
 */
export function withWithdrawals(facts: ExtractedFact[], profile: ExtractInput['profile'], sentences: readonly string[]): ExtractedFact[] {
  const withdrawals = sentences.map((s) => ({ s, topics: withdrawnTopics(s) })).filter((w) => w.topics.length > 0);
  if (withdrawals.length === 0) return facts;
  const topics = withdrawals.flatMap((w) => w.topics);
  const evidence = withdrawals
    .map((w) => w.s)
    .join(' ')
    .slice(0, 300);
  const kept = facts.filter((f) => {
    if (f.retract) return true;
    const items = Array.isArray(f.value) ? f.value : [f.value];
    return !items.some((v) => typeof v === 'string' && holds(v, topics));
  });
  const out = [...kept];
  for (const stored of profile) out.push(...retractionsOf(stored.key, stored.value, stored.category, topics, evidence));
  return out;
}
