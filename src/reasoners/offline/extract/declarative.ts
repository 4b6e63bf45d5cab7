/**
 * A short reply read as the statement it completes: the assistant's question turned round ("Do you have
 * any pets?" + "two cats, Salt and Pepper" -> "I have any pets two cats, Salt and Pepper"; "What are you
 * hoping to get out of the coaching?" + "to get promoted" -> "I am hoping to get out of the coaching to
 * get promoted"; "Where are you based?" + "Leeds" -> "I am based in Leeds"). The statement is then read
 * by the same clause pipeline and pattern tables as anything the user says, so every family's patterns
 * serve replies, not only the answer rows of answers.ts. Only facts whose value the reply itself holds
 * are kept (see index.ts): the question gives the frame, never the value.
 *
 * A scan over at most MAX_QUESTION_WORDS words, no regular expression.
 */

const MAX_QUESTION_WORDS = 30;
export const MAX_REPLY_CHARS = 240;

const AUX: ReadonlyMap<string, string> = new Map([
  ['are', 'am'],
  ['were', 'was'],
  ['do', ''],
  ['does', ''],
  ['did', ''],
  ['have', 'have'],
  ['can', 'can'],
  ['could', 'could'],
  ['would', 'would'],
  ['will', 'will'],
  ['should', 'should'],
]);
const PREPOSITIONS = new Set(['in', 'for', 'at', 'on', 'during', 'out', 'about', 'with', 'to', 'from', 'before', 'after']);
const YES = new Set(['yes', 'yeah', 'yep', 'yup', 'sure', 'ya', 'yea', 'aye']);
const NO = new Set(['no', 'nope', 'nah', 'not']);

function wordsOf(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of text.toLowerCase()) {
    const letter = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === "'" || ch === '-';
    if (letter) cur += ch;
    else {
      if (cur !== '') out.push(cur);
      cur = '';
    }
    if (out.length >= MAX_QUESTION_WORDS) break;
  }
  if (cur !== '' && out.length < MAX_QUESTION_WORDS) out.push(cur);
  return out;
}

const COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'an']);

/**
 * A count that answers "how many kids do you have?" or "do you have kids?" ("2", "yes, three"):
 * "I have 2 kids". The number is the user's, the noun the question's — the one case where the
 * question gives part of the value, so the caller reads it as its own source.
 */
export function countStatement(question: string, reply: string): string | undefined {
  if (reply.length > 24) return undefined;
  const q = wordsOf(question);
  let words = wordsOf(reply);
  if (words.length > 0 && YES.has(words[0]!)) words = words.slice(1);
  const n = words[0];
  if (n === undefined || words.length > 2 || !(COUNTS.has(n) || /^\d{1,2}$/.test(n)) || n === 'a' || n === 'an') return undefined;
  if (words.length === 2 && words[1] !== 'now' && words[1] !== 'so') return undefined;
  let noun: string[] = [];
  if (q[0] === 'how' && q[1] === 'many') {
    const you = q.indexOf('you');
    if (you < 3 || q[you + 1] !== 'have' || q.length > you + 3) return undefined;
    noun = q.slice(2, you - 1);
  } else if ((q[0] === 'do' || q[0] === 'and') && q.includes('you') && q[q.indexOf('you') + 1] === 'have') {
    noun = q.slice(q.indexOf('you') + 2).filter((w) => w !== 'any');
  }
  if (noun.length === 0 || noun.length > 2) return undefined;
  return `I have ${n} ${noun.join(' ')}`;
}

const toFirstPerson = (w: string): string => (w === 'your' ? 'my' : w === 'yours' ? 'mine' : w === 'yourself' ? 'myself' : w === 'you' ? 'me' : w);

/** The statement a short reply completes, or undefined when the question has no frame to turn round. */
export function declarativeOf(question: string, reply: string): string | undefined {
  if (reply.length === 0 || reply.length > MAX_REPLY_CHARS) return undefined;
  // "what do you do for a living, if you don't mind me asking?": the first clause asks.
  const comma = question.indexOf(',');
  const q = wordsOf(comma > 0 && question.slice(0, comma).includes('you') ? question.slice(0, comma) : question);
  const replyWords = wordsOf(reply);
  if (replyWords.length === 0 || NO.has(replyWords[0]!)) return undefined;
  let answer = reply.trim();
  if (YES.has(replyWords[0]!)) {
    let k = 0;
    while (k < answer.length && answer[k] !== ',' && answer[k] !== ' ' && answer[k] !== '!' && answer[k] !== '.') k++;
    answer = answer.slice(k + 1).trim();
    if (answer === '') return undefined;
  }
  const you = q.indexOf('you');
  if (you > 0) {
    const aux = q[you - 1]!;
    const subst = AUX.get(aux);
    if (subst === undefined) return undefined;
    let after = q.slice(you + 1).map(toFirstPerson);
    // "do you have any pets?" -> "I have <reply>": the reply names what "any" asked for.
    const anyAt = after.indexOf('any');
    if (anyAt >= 0) after = after.slice(0, anyAt);
    // "what do you like doing in your free time?" -> "I like doing <reply> in my free time".
    const prepAt = after.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w));
    const tail = prepAt > 0 && q[0] !== 'where' ? after.slice(prepAt) : [];
    if (prepAt > 0 && q[0] !== 'where') after = after.slice(0, prepAt);
    const head = ['I', ...(subst === '' ? [] : [subst]), ...after].join(' ');
    const whFirst = q[0];
    if (whFirst === 'how' || whFirst === 'when' || whFirst === 'why') return undefined;
    if (whFirst === 'where' && after[after.length - 1] !== 'from' && after[after.length - 1] !== 'in') return `${head} in ${answer}`;
    return [head, answer, ...tail].join(' ');
  }
  const your = q.indexOf('your');
  if (your > 0) {
    const verb = q[your - 1]!;
    const be = verb === 'is' || verb === "what's" || verb === 'whats' ? 'is' : verb === 'are' ? 'are' : undefined;
    if (be === undefined) return undefined;
    const noun = q.slice(your + 1);
    if (noun.length === 0 || noun.length > 4) return undefined;
    return `my ${noun.join(' ')} ${be} ${answer}`;
  }
  return undefined;
}
