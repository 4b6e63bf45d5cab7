/**
 * Word helpers of the offline dialectic: a character-scanning tokenizer for stored values (no regex,
 * linear in the text) and a light stemmer shared by the question side (applied to lemmas) and the
 * fact side (applied to raw words), so "languages" / "language" or "drives" / "driving" meet.
 */

export interface Word {
  /** Lower case, as written. */
  readonly low: string;
  readonly stem: string;
  /** Written with a capital letter (a name or a place, when not the first word). */
  readonly cap: boolean;
  /** A capital after the first letter ("iPhone", "MacBook", "DAX"): a product's or a thing's name. */
  readonly inner?: boolean;
  /** Follows the previous word with only a hyphen or slash between them ("health-tech"). */
  readonly joined: boolean;
  /** Only spaces stand between it and the previous word ("phone calls", not "phone, calls"). */
  readonly spaced?: boolean;
}

const MAX_WORD_CHARS = 40;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c === 39 || c === 43 || c === 35) return true; // ' + #
  if (c < 128) return false;
  const ch = text[i]!;
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** The words of a text, at most `max` of them; everything but letters, digits and ' + # separates. */
export function wordsOf(text: string, max = 200): Word[] {
  const out: Word[] = [];
  let start = -1;
  let joined = false;
  let pendingJoin = false;
  let spaces = true;
  let spaced = false;
  const flush = (end: number) => {
    if (start < 0) return;
    let raw = text.slice(start, Math.min(end, start + MAX_WORD_CHARS));
    while (raw.startsWith("'")) raw = raw.slice(1);
    while (raw.endsWith("'")) raw = raw.slice(0, -1);
    if (raw.length > 0 && out.length < max) {
      const low = raw.toLowerCase();
      out.push({ low, stem: stem(low), cap: raw[0] !== low[0], inner: raw.slice(1) !== low.slice(1), joined, spaced });
    }
    start = -1;
  };
  for (let i = 0; i < text.length && out.length < max; i++) {
    const ch = text[i]!;
    if (isWordChar(text, i) || (ch === ':' && start >= 0 && isDigit(text[i - 1]) && isDigit(text[i + 1]))) {
      if (start < 0) {
        start = i;
        joined = pendingJoin;
        spaced = spaces && out.length > 0;
        spaces = true;
      }
      continue;
    }
    const wasWord = start >= 0;
    flush(i);
    if (ch !== ' ') spaces = false;
    pendingJoin = wasWord && (ch === '-' || ch === '/');
  }
  flush(text.length);
  return out;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Split on any of `separators` (single characters), dropping empty parts: a scan, no regex. */
export function splitOn(text: string, separators: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (separators.includes(ch)) {
      if (cur !== '') out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur !== '') out.push(cur);
  return out;
}

const VOWELS = 'aeiouy';
/**
 * Words a value is full of ("does not", "can", "the"): a content word keeps its final e rather than
 * stem to one of them ("notes" is not "not", "cane" is not "can").
 */
const FUNCTION_WORDS = new Set([
  'not',
  'can',
  'the',
  'her',
  'his',
  'was',
  'are',
  'had',
  'has',
  'did',
  'its',
  'our',
  'who',
  'how',
  'why',
  'you',
  'and',
  'for',
  'but',
  'any',
  'all',
  'one',
  'may',
  'won',
]);

const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_SIZE = 20_000;

/** Light stemming: plural, -ing/-ed, final e, doubled final consonant. Deterministic and total. */
export function stem(word: string): string {
  const cached = STEM_CACHE.get(word);
  if (cached !== undefined) return cached;
  const out = stemOf(word);
  if (STEM_CACHE.size >= STEM_CACHE_SIZE) STEM_CACHE.clear();
  STEM_CACHE.set(word, out);
  return out;
}

function stemOf(word: string): string {
  let t = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (t.length <= 3) return t;
  if (t.endsWith('ies') && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (t.endsWith('sses')) t = t.slice(0, -2);
  else if (t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') && !t.endsWith('is')) t = t.slice(0, -1);
  // ("parlour", "colour": British "-our" is read as the lemmas of the NLP base write it, "parlor", "color".)
  if (t.endsWith('our') && t.length >= 6) t = `${t.slice(0, -3)}or`;
  if (t.endsWith('ing') && t.length >= 6) t = t.slice(0, -3);
  else if (t.endsWith('ed') && t.length >= 5) t = t.slice(0, -2);
  if (t.endsWith('i') && t.length >= 4) t = `${t.slice(0, -1)}y`;
  // A final 'e' goes, but the double consonant before it stays ('latte' is 'latt', not 'late').
  const dropsE = t.endsWith('e') && t.length >= 4 && !FUNCTION_WORDS.has(t.slice(0, -1));
  if (dropsE) t = t.slice(0, -1);
  const n = t.length;
  const last = t[n - 1]!;
  if (!dropsE && n >= 4 && last === t[n - 2] && !VOWELS.includes(last) && last !== 'l' && last !== 's' && last !== 'z') t = t.slice(0, -1);
  return t;
}

/** "7:30am", "10am", "18:00", "9pm": a clock time (a character scan, no regex). */
export function isClockTime(low: string): boolean {
  if (low.length === 0 || low.length > 10 || low[0]! < '0' || low[0]! > '9') return false;
  let digits = 0;
  let colon = false;
  let i = 0;
  for (; i < low.length; i++) {
    const ch = low[i]!;
    if (ch >= '0' && ch <= '9') digits++;
    else if (ch === ':' || ch === '.') colon = true;
    else break;
  }
  const rest = low.slice(i);
  return digits > 0 && (rest === 'am' || rest === 'pm' || (colon && rest === '' && digits >= 3));
}

const BEFORE_HOURS = new Set(['at', 'before', 'after', 'until', 'till', 'by', 'around', 'from', 'past', 'between']);

/** "at 9", "before 10": an hour of the day written as a bare number after a time preposition. */
export function isBareHour(low: string, previous: string | undefined): boolean {
  if (previous === undefined || !BEFORE_HOURS.has(previous) || !isNumber(low) || low.length > 2) return false;
  const n = Number(low);
  return n >= 1 && n <= 24;
}

/** "tomás" -> "tomas": a word without its accents (canonical decomposition, combining marks dropped). */
export function fold(low: string): string {
  let out = '';
  for (const ch of low.normalize('NFD')) {
    const c = ch.charCodeAt(0);
    if (c < 0x300 || c > 0x36f) out += ch;
  }
  return out;
}

export function isNumber(low: string): boolean {
  if (low.length === 0 || low.length > 12) return false;
  for (const ch of low) if ((ch < '0' || ch > '9') && ch !== ',' && ch !== '.') return false;
  return low[0]! >= '0' && low[0]! <= '9';
}

/**
 * The stems of the parts of names written in camel case ("PyTorch" -> "py", "torch"; "TensorFlow" ->
 * "tensor", "flow"): a scan of the text, at most `max` parts, parts of three letters or more.
 */
export function camelParts(text: string, max = 100): Set<string> {
  const out = new Set<string>();
  let part = '';
  let inner = false;
  const flush = () => {
    if (inner && part.length >= 3) out.add(stem(part.toLowerCase()));
    part = '';
  };
  for (let i = 0; i < text.length && out.size < max; i++) {
    const ch = text[i]!;
    const letter = ch.toLowerCase() !== ch.toUpperCase();
    if (!letter) {
      // The word's first part counts only when the word turned out to have an inner capital.
      flush();
      inner = false;
      continue;
    }
    const upper = ch !== ch.toLowerCase();
    const prev = text[i - 1];
    if (upper && prev !== undefined && prev.toLowerCase() !== prev.toUpperCase() && prev === prev.toLowerCase()) {
      inner = true;
      if (part.length >= 3) out.add(stem(part.toLowerCase()));
      part = '';
    }
    part += ch;
  }
  flush();
  return out;
}
