import { CONCEPTS } from '../../../nlp-tables/concepts/index.js';

/**
 * Message-level clean-up before any sentence is read: the parts of a user's message that are not
 * the user talking about themselves are cut out — code (fenced blocks, indented or code-like lines,
 * inline code), block quotes, quoted passages of several words, and the material after "translate /
 * summarise / proofread ...:" (text the user hands over to be worked on). What is left is split into
 * chunks of at most MAX_CHUNK_CHARS at line and sentence breaks, so no single NLP call is large.
 * Every step is a single pass over the text.
 */

export const MAX_CHUNK_CHARS = 600;
const QUOTE_MIN_WORDS = 4;
/** The words a quoted passage and a code span are replaced by (no value may hold them). */
export const QUOTE_WORD = 'QUOTE';
export const CODE_WORD = 'CODE';
export const PLACEHOLDERS: ReadonlySet<string> = new Set([QUOTE_WORD, CODE_WORD]);
/** A quoted passage's placeholder right at the start of a text. */
const QUOTE_AHEAD = new RegExp(`^\\s*${QUOTE_WORD}\\b`);

/** Verbs that introduce material to work on ("translate this:", "summarise the email below:"). */
/** Verbs of saying among MATERIAL_VERBS: someone's words follow only when the verb stands right before the mark. */
const SAYING: ReadonlySet<string> = new Set(['says', 'said', 'wrote', 'writes', 'asks', 'asked']);
const MATERIAL_VERBS = new Set([
  'translate',
  'summarise',
  'summarize',
  'proofread',
  'rewrite',
  'rephrase',
  'paraphrase',
  'edit',
  'correct',
  'fix',
  'check',
  'improve',
  'shorten',
  'format',
  'reword',
  'polish',
  'simplify',
  'critique',
  'review',
  'respond',
  'reply',
  'answer',
  'analyse',
  'analyze',
  'explain',
  'tl;dr',
  'tldr',
  'grammar',
  'spellcheck',
  'translation',
  'summary',
  'transcribe',
  // Notes handed over to be written up ("write up the minutes from my notes:", "here's the transcript:").
  'minutes',
  'transcript',
  'condense',
  'heard',
  'joke',
  'riddle',
  'meme',
  // Notes handed over to be tidied ("tidy these meeting notes into bullets:").
  'tidy',
  'neaten',
  'bullets',
  'organise',
  'organize',
  // Data handed over to be reshaped ("convert this to a markdown table:", "sort this into supermarket aisles:", "halve this recipe:").
  'convert',
  'sort',
  'group',
  'rank',
  'scale',
  'halve',
  'double',
  'tabulate',
  'reformat',
  'parse',
  'alphabetise',
  'alphabetize',
  'dedupe',
  'deduplicate',
  'classify',
  'categorise',
  'categorize',
  // Writing handed over for comment ("give me blunt feedback on this paragraph:", "thoughts on this excerpt:").
  'feedback',
  'paragraph',
  'passage',
  'excerpt',
  // Someone else's writing handed over to be judged ("rate this CV out of 10:", "grade this essay:").
  'rate',
  'grade',
  'score',
  'assess',
  'evaluate',
  'roast',
  // A made-up user to be written up ("make a user persona for our UX test: 34 year old nurse …").
  'persona',
  // A case to work through ("case study for my revision: 82yo man on warfarin …", "exam scenario: …").
  'scenario',
  'vignette',
  'case',
  'homework',
  'assignment',
  'worksheet',
  // Someone else's words, or words to be performed ("Customer says: I'm diabetic …", "lyrics: I am a rock").
  'says',
  'said',
  'wrote',
  'writes',
  'asks',
  'asked',
  'lyrics',
  'lyric',
  'poem',
  'quote',
  'caption',
  // A roster of other people ("guests so far: Ana (vegan), Tom (nut allergy)").
  'guests',
  'attendees',
  'invitees',
  'students',
  'pupils',
  'players',
  'participants',
  'patients',
  'clients',
  'roster',
]);

/**
 * A request to set up a role-play or a pretend scene ("you're the patient: Tom, 58 …", "let's practise: you're a magistrate
 * and I'm a nervous pupil …"): what follows is a character's. A role-play named as a thing ("they said there's a roleplay
 * bit" in an interview) is no request: after an article it is one only when what it is follows ("let's do a role-play: …").
 */
const ROLE_PLAY =
  /\b(?:act as|acting as|(?<!\b(?:a|an|the|this|that) )role[- ]?play|(?:a|an) role[- ]?play(?=\s*[:.!?]|\s+(?:for|with|where|so|time)\b)|pretend (?:to be|you(?:'re| are)|i(?:'m| am))|let'?s pretend|you be (?:the|a|an|my)|play the (?:role|part) of|you are now|stay in character)\b|\byou(?:'re| are) (?:the|a|an) [a-z]{1,20}:|\blet'?s (?:practi[cs]e|rehearse|do a bit|do a scene|do a role)\b[^.!?\n]{0,20}:|\byou(?:'re| are) (?:the|a|an) [^.!?\n]{1,60}\band (?:i'm|i am|im) (?:the|a|an)\b/i;

/**
 * Where a request to play a part starts: the start of the sentence that asks it, or -1. What the user says of
 * themselves before it ("got my first Spanish oral on Friday. you be the examiner …") is their own; from it on, the
 * words may be a character's.
 */
export function rolePlayAt(text: string): number {
  const m = ROLE_PLAY.exec(text);
  if (!m) return -1;
  let k = m.index;
  while (k > 0 && !/[.!?\n]/.test(text[k - 1]!)) k--;
  return k;
}

/**
 * Lines of code by how they open, each with the shape code gives it: "if (x > 5) {", "for i in range(10):", "def load(path):",
 * "const rows = …", "return total;", "public static void main(…)". Not prose that opens on the same word and has a colon or
 * brackets somewhere ("if i ever won the lotto i'd open a library. real question: …", "let me know (no rush)").
 */
const CODE_OPENERS: readonly RegExp[] = [
  /^(?:if|for|while|switch|catch)\s*\(/,
  /^(?:if|elif|while|for|with|def|class|try|except|else|finally)\b[^.!?]*:$/,
  /^(?:def|function|func|fn)\s+[\w$]+\s*\(/,
  /^(?:const|let|var)\s[\w${}[\], ]*=/,
  /^return\b[^.!?]*;$/,
  /^(?:public|private|protected)\s+(?:static\s+)?[\w<>[\],]+\s+[\w$]+\s*[({=;]/,
  /^package\s+[\w.]+;?$/,
  /^class\s+[A-Z]\w*\s*(?:[({:]|extends\b|implements\b)/,
];

/** A line that looks like code or a shell session rather than prose. */
function codeLike(line: string): boolean {
  if (/^(?: {4}|\t)/.test(line)) return true;
  const t = line.trim();
  if (t === '') return false;
  if (/^(?:[$>#]\s|>>>|\/\/|\/\*|\*\/|--\s|<\/?[a-z][\w-]*[\s>])/i.test(t) && !/^>\s/.test(t)) return true;
  // A keyword that opens a line of code, with the punctuation code has ("from next month I'm …" is prose).
  if (/^(?:from \S+ import|import [\w{*]|#include|SELECT |INSERT INTO|UPDATE \S+ SET|CREATE TABLE)/.test(t)) return true;
  if (CODE_OPENERS.some((re) => re.test(t))) return true;
  // A rule or a banner between pasted parts ("--- Candidate B ---", "=====").
  if (/^(?:-{3}|={3}|\*{3}|_{3})/.test(t)) return true;
  if (commandLine(t)) return true;
  if (dataRow(t)) return true;
  let symbols = 0;
  for (const ch of t) if ('{}[]();=<>|&$`\\'.includes(ch)) symbols++;
  return t.length >= 8 && symbols / t.length > 0.12;
}

/** "Aroha Ngata,Rotorua,park ranger", "name\tcity\tjob": a row of pasted data (fields joined without a space). */
function dataRow(line: string): boolean {
  let tight = 0;
  let spaced = 0;
  let tabs = 0;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k];
    if (ch === '\t') tabs++;
    else if (ch === ',' || ch === ';' || ch === '|') {
      if (line[k + 1] === ' ') spaced++;
      else if (k + 1 < line.length && !/\d/.test(line[k + 1]!)) tight++;
    }
  }
  if (tabs < 2 && !(tight >= 2 && spaced === 0)) return false;
  // "I'm a nurse,vegan,based in Leeds": the user's own words typed without spaces are prose.
  return !inFirstPerson(line);
}
const FIRST_PERSON = new Set(['i', "i'm", 'im', 'my', 'me', "i've", 'ive', "i'd", 'we', "we're", 'our']);
/** The text says "I", "my", "we"… somewhere: the user's own words. */
const inFirstPerson = (text: string): boolean =>
  text
    .toLowerCase()
    .split(/[^a-z']+/)
    .some((w) => FIRST_PERSON.has(w));

/** Programs a pasted shell command opens with. */
const COMMANDS = new Set(
  'git npm npx pnpm yarn pip pip3 docker kubectl brew apt apt-get cargo python python3 node curl wget ssh scp rsync chmod chown terraform aws gcloud az helm'.split(
    ' ',
  ),
);

/** "git rebase -i HEAD~3 → error: …": a command with its subcommand and an option flag ("-i", "--force"). */
function commandLine(line: string): boolean {
  const words = line.split(' ', 8);
  const at = words[0] === 'sudo' ? 1 : 0;
  if (!COMMANDS.has(words[at] ?? '')) return false;
  // The flag follows the subcommand or its first argument ("git is my main tool, docker --version …" is prose).
  for (let k = at + 2; k < Math.min(words.length, at + 4); k++) {
    const w = words[k]!;
    if (w.length >= 2 && w[0] === '-' && (/[a-z]/i.test(w[1]!) || (w[1] === '-' && /[a-z]/i.test(w[2] ?? '')))) return true;
  }
  return false;
}

/** Inline code: one name (`vim`, `pnpm`, `C#`) reads as that word; anything longer is code. */
function inlineCode(_span: string, inner: string): string {
  return /^[\w.+#-]{1,30}$/.test(inner) ? inner : ` ${CODE_WORD} `;
}

/** "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:". */
const FORWARDED = /^[\s>-]{0,20}(?:forwarded message|original message|begin forwarded message)\b/i;
/** An e-mail header line ("From: Kevin O'Brien", "Subject: office move"). */
const HEADER = /^\s{0,4}(?:from|to|cc|sent|date|subject):\s/i;
/**
 * A line of a pasted chat log: a bracketed time or name before the speaker ("[09:12] Tunde: …",
 * "[Tolu]: …"), or an exported message ("12/03/2024, 09:12 - Tunde: …"). What others said is theirs.
 */
const CHAT_LINE =
  /^\s{0,4}(?:\[[^\]\n]{1,40}\](?::\s|\s{1,4}[^\s:\]][^:\n]{0,40}:\s)|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s{1,3}\d{1,2}:\d{2}(?:\s?[ap]m)?\s{1,3}-\s{1,3}[^:\n]{1,40}:\s)/i;

/** "Tunde: I'm Chelsea till I die": a line opened by a capitalised name and a colon. */
const SPEAKER = /^\s{0,4}([A-Z][^\s:]{0,20}(?: [A-Z][^\s:]{0,20})?):\s/;
/** Labels that head the user's own lines or a form's fields, not a speaker. */
const NOT_SPEAKERS = new Set(
  'me i name note notes edit update ps p.s context background question answer q a re subject tldr tl;dr summary example eg e.g update2 age job location allergies diet'.split(
    ' ',
  ),
);

let fieldWords: ReadonlySet<string> | undefined;
/** Single words of the profile vocabulary ("hobbies", "work", "diet"): labels of a form's fields, never a speaker's name. */
function isFieldWord(label: string): boolean {
  if (!fieldWords) {
    const words = new Set<string>();
    for (const c of CONCEPTS)
      for (const t of [...c.triggers, ...c.keys]) if (!t.includes(' ') && !t.includes('_')) words.add(t.split(':')[0]!.replace(/^=/, ''));
    fieldWords = words;
  }
  return label.split(' ').some((w) => fieldWords!.has(w.toLowerCase()));
}

/**
 * The speakers of a pasted chat log without brackets: two or more different names, each opening a line
 * with a colon, at least one of them saying "I" or "my". Every line one of them opens is theirs.
 */
function speakersOf(lines: readonly string[]): ReadonlySet<string> {
  const labels = new Map<string, boolean>();
  // "Her: I'm moving to Dubai / Me: wow congrats": the user's own label makes a dialogue of one other speaker.
  let me = false;
  for (const line of lines) {
    const m = SPEAKER.exec(line);
    if (m?.[1] === 'Me') me = true;
    if (!m || NOT_SPEAKERS.has(m[1]!.toLowerCase()) || isFieldWord(m[1]!)) continue;
    labels.set(m[1]!, (labels.get(m[1]!) ?? false) || inFirstPerson(line.slice(m[0].length)));
  }
  const speaking = [...labels.values()].some(Boolean);
  return (labels.size >= 2 || (me && labels.size === 1)) && speaking ? new Set(labels.keys()) : new Set();
}

/** Where forwarded mail starts: a forwarding line, or a From: header with another header close below it. */
function forwardedFrom(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (FORWARDED.test(lines[i]!)) return i;
    if (/^\s{0,4}from:\s/i.test(lines[i]!) && lines.slice(i + 1, i + 4).some((l) => HEADER.test(l))) return i;
  }
  return lines.length;
}

const SALUTATION = /^\s{0,4}(?:dear\s|to whom it may concern)/i;
const CLOSING = /^\s{0,4}(?:yours (?:sincerely|faithfully|truly)|kind regards|best regards|warm regards|regards|best wishes|many thanks)\b/i;
const WORDS_OF = (line: string): string[] => line.toLowerCase().split(/[^a-z;]+/);

/**
 * A letter handed over to be worked on ("can you summarise it in 3 lines?" and then "Dear Ms Okafor, …"): from its
 * salutation to the line after its closing (the signature), or to the end. Only after the user's own words asked for
 * work on it; a letter the user writes without asking ("Dear Sir, I am writing to …") stays theirs.
 */
function letterSpan(lines: readonly string[]): [number, number] | undefined {
  let asked = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (asked && SALUTATION.test(line)) {
      for (let j = i + 1; j < lines.length; j++) if (CLOSING.test(lines[j]!)) return [i, Math.min(lines.length, j + 2)];
      return [i, lines.length];
    }
    if (WORDS_OF(line).some((w) => MATERIAL_VERBS.has(w))) asked = true;
  }
  return undefined;
}

/** Three or more fields between " | " bars, none of them the user's own words ("Marcus Lee | BI Developer | Leeds"). */
function barRow(line: string): boolean {
  if (line.split(' | ').length < 3) return false;
  return !inFirstPerson(line);
}

/** Cut code, quotes and material; return the prose the user wrote about themselves, in chunks. */
export function proseChunks(text: string): string[] {
  const all = text.split('\n');
  // Forwarded mail is someone else's to the end of the message.
  const lines = all.slice(0, forwardedFrom(all));
  const letter = letterSpan(lines);
  if (letter) lines.fill('', letter[0], letter[1]);
  const kept: string[] = [];
  // Rows of fields between bars, two or more of them: a table of records ("Priya Nair | Data Analyst | Pune"); one bar line is a bio.
  const barTable = lines.filter(barRow).length >= 2;
  const speakers = speakersOf(lines);
  const spoken = (line: string) => speakers.size > 0 && speakers.has(SPEAKER.exec(line)?.[1] ?? '');
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(?:```|~~~)/.test(line)) {
      fenced = !fenced;
      kept.push('');
      continue;
    }
    if (fenced || codeLike(line) || /^\s*>/.test(line) || CHAT_LINE.test(line) || (barTable && barRow(line)) || spoken(line)) {
      kept.push('');
      continue;
    }
    kept.push(line);
  }
  const prose = cutMaterial(cutQuotes(kept.join('\n').replace(/`([^`\n]*)`/g, inlineCode)));
  return chunk(prose);
}

/** Replace quoted passages of QUOTE_MIN_WORDS words or more by a placeholder (quotes of others, text to work on). */
function cutQuotes(text: string): string {
  // Where the next possible closing quote is, from every position: one backward pass each, so the scan stays linear.
  const n = text.length;
  const nextDouble = new Int32Array(n + 1).fill(-1);
  const nextSingle = new Int32Array(n + 1).fill(-1);
  for (let j = n - 1; j >= 0; j--) {
    nextDouble[j] = text[j] === '"' ? j : nextDouble[j + 1]!;
    const after = text[j + 1];
    nextSingle[j] = text[j] === "'" && (after === undefined || /[\s.,;:!?)]/.test(after)) ? j : nextSingle[j + 1]!;
  }
  let out = '';
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    const opensSingle = ch === "'" && (i === 0 || /[\s:(]/.test(text[i - 1]!));
    if (ch === '"' || opensSingle) {
      const close = (ch === '"' ? nextDouble : nextSingle)[i + 1]!;
      if (close > 0 && close - i <= 4000) {
        const inner = text.slice(i + 1, close);
        if (inner.split(/\s+/).filter((w) => w !== '').length >= QUOTE_MIN_WORDS) {
          out += ` ${QUOTE_WORD} `;
          i = close + 1;
          continue;
        }
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/** Drop what follows "translate/summarise/... (this|the following|...):" (or a dash: "translate to French - …") — it is material, not the user's words. */
/** Words before "you asked" that make it the user's answer ("since you asked", "as you asked"). */
const ANSWERING: ReadonlySet<string> = new Set(['since', 'as', 'because', 'cos', 'coz', 'cause']);

function cutMaterial(text: string): string {
  const nextOf = (sep: string, from: number) => {
    const at = text.indexOf(sep, from);
    return at < 0 ? Infinity : at;
  };
  const seps = [':', ' - ', ' — ', ' – '];
  // The next place of each separator, found again only once passed (each scan moves forward: linear).
  const next = seps.map((sep) => nextOf(sep, 0));
  let searchFrom = 0;
  for (;;) {
    for (let k = 0; k < seps.length; k++) if (next[k]! < searchFrom) next[k] = nextOf(seps[k]!, searchFrom);
    const at = Math.min(...next);
    if (at === Infinity) return text;
    const sep = seps[next.indexOf(at)]!;
    // The words before it in its own sentence and line, within 200 characters ("… always asks. Things I'm into:" is no material).
    const window = text.slice(Math.max(0, at - 200), at);
    const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! ')) + 1;
    const before = window.slice(cut).toLowerCase();
    const words = before.split(/[^a-z;]+/).filter((w) => w !== '');
    // A dash opens material only right after a short request ("translate to French - …").
    // ("said "…" — I'm not": when a quoted passage was the material, what follows the dash is the user's own.)
    const short = sep === ':' || (words.length <= 6 && !window.slice(cut).includes(QUOTE_WORD));
    // (Someone's words need the verb of saying right before the mark, or one word between: "Customer says:", "my boss
    // said this -"; "wait, said that wrong — I was on Rapido till last year" is the user correcting themselves.)
    // ("hobbies, since you asked:" answers the assistant; what follows is the user's own.)
    const answering = (k: number): boolean => words[k - 1] === 'you' && ANSWERING.has(words[k - 2] ?? '');
    const material = words.some((w, k) => MATERIAL_VERBS.has(w) && (!SAYING.has(w) || (words.length - k - 1 <= 1 && words[k - 1] !== 'i' && !answering(k))));
    if (short && material && !/\d$/.test(before)) {
      // The material runs to the end of its paragraph; a quoted passage was already cut out.
      const after = at + sep.length;
      if (QUOTE_AHEAD.test(text.slice(after, after + 12))) {
        searchFrom = after;
        continue;
      }
      // A blank line may stand between the colon and the material ("rate this CV:\n\nSiobhán Murphy …").
      let from = after;
      while (from < text.length && (text[from] === '\n' || text[from] === ' ' || text[from] === '\t')) from++;
      const end = text.indexOf('\n\n', from);
      return end < 0 ? text.slice(0, at) : `${text.slice(0, at)}${text.slice(end)}`;
    }
    searchFrom = at + sep.length;
  }
}

/**
 * Split prose into chunks of at most MAX_CHUNK_CHARS: short lines are packed together (a line break
 * still ends a sentence, see wink.ts), long lines are cut at a sentence end or a space. Packing keeps
 * the number of NLP calls proportional to the text's length, not to its number of lines.
 */
function chunk(prose: string): string[] {
  const out: string[] = [];
  let packed = '';
  const flush = () => {
    if (packed.trim() !== '') out.push(packed.trim());
    packed = '';
  };
  for (const raw of prose.split('\n')) {
    let line = raw.trim();
    if (line === '') continue;
    while (line.length > MAX_CHUNK_CHARS) {
      flush();
      const window = line.slice(0, MAX_CHUNK_CHARS);
      let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      if (cut < MAX_CHUNK_CHARS / 2) cut = window.lastIndexOf(' ');
      if (cut <= 0) cut = MAX_CHUNK_CHARS - 1;
      out.push(line.slice(0, cut + 1).trim());
      line = line.slice(cut + 1).trim();
    }
    if (packed.length + line.length + 1 > MAX_CHUNK_CHARS) flush();
    packed = packed === '' ? line : `${packed}\n${line}`;
  }
  flush();
  return out;
}
