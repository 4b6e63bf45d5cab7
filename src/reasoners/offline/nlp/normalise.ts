/**
 * Text normalisation that every offline step runs first. It makes hostile input boring:
 * every Unicode space is a plain space, line breaks are "\n", control and zero-width characters are
 * gone, typographic quotes are ASCII, runs of one symbol are capped at three, and no token is longer
 * than MAX_TOKEN_CHARS (the NLP tokenizer is super-linear on very long tokens). Every step is a single
 * pass or a regex without nested quantifiers, so the cost is linear in the input.
 * The contractions of "I am" are spelled out because the NLP model does not split them, and punctuation
 * dictated aloud ("… full stop", "… question mark", "… comma") becomes the mark itself.
 */

export const MAX_TOKEN_CHARS = 48;

const LINE_BREAKS = /\r\n|[\r\u0085\u2028\u2029\v\f]/g;
const SPACES = /[\t\p{Zs}]/gu;
// Control characters (but \n), zero-width characters, bidi controls, variation selectors, soft hyphen.
// eslint-disable-next-line no-misleading-character-class -- the class lists lone variation selectors and joiners on purpose: they are stripped one by one
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2012\u2013\u2014\u2015\u2212]/g;
const SYMBOL_RUN = /([^\p{L}\p{N}\s])\1{3,}/gu;
const MANY_SPACES = / {2,}/g;
const MANY_LINES = /\n{3,}/g;
const SPACE_AROUND_LINE = / ?\n ?/g;

/** "… that finish before 6pm. my brother …": a full stop after a clock time ends the sentence (the tokenizer keeps "6pm." whole). */
const CLOCK_STOP = /(\d[ap]m)\.(?=\s)/giu;

/** Linear-time clean-up of raw user text (see the module comment). */
export function normaliseText(raw: string): string {
  let text = raw.normalize('NFKC');
  text = text
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, ' - ')
    .replace(SYMBOL_RUN, '$1$1$1')
    .replace(CLOCK_STOP, '$1 .')
    .replace(MANY_SPACES, ' ')
    .replace(SPACE_AROUND_LINE, '\n')
    .replace(MANY_LINES, '\n\n');
  return expandContractions(spokenYears(spokenPunctuation(capTokens(text.trim()))));
}

// Voice typing writes the marks people say aloud: "… my name is margaret full stop i was born …". The words
// are a mark only in text with no typed mark, after a word that is no article or determiner ("a full stop",
// "the comma" name the mark).
const SPOKEN_MARKS =
  /(?<=[\p{L}\p{N}])(?<!\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Nn]o|[Aa]ny|[Ee]very|[Yy]our|[Mm]y)) (full stop|question mark|exclamation (?:mark|point)|comma|new (?:line|paragraph))\b ?/gu;
const TYPED_MARKS = /[.,?!]/;
const MARK_OF: Record<string, string> = { 'full stop': '. ', 'question mark': '? ', comma: ', ', 'new line': '\n', 'new paragraph': '\n' };

// Years said aloud: "nineteen fifty one" -> 1951, "twenty twenty-four" -> 2024, "nineteen eighty" -> 1980.
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SPOKEN_YEAR = new RegExp(`\\b(nineteen|twenty) (?:(${TEENS.join('|')})|(${TENS.join('|')})(?:[ -](${UNITS.join('|')}))?)\\b`, 'giu');

function spokenYears(text: string): string {
  return text.replace(SPOKEN_YEAR, (_, century: string, teen?: string, ten?: string, unit?: string) => {
    // The regex gives a teen, or tens with an optional unit.
    const units = unit === undefined ? 0 : UNITS.indexOf(unit.toLowerCase()) + 1;
    const rest = teen !== undefined ? 10 + TEENS.indexOf(teen.toLowerCase()) : (TENS.indexOf(ten!.toLowerCase()) + 2) * 10 + units;
    return `${century.toLowerCase() === 'nineteen' ? 19 : 20}${String(rest).padStart(2, '0')}`;
  });
}

function spokenPunctuation(text: string): string {
  // Typed marks mean the words are words ("the Oxford comma", "I'm not doing it, full stop.").
  if (TYPED_MARKS.test(text)) return text;
  return text.replace(SPOKEN_MARKS, (_, said: string) => MARK_OF[said.toLowerCase()] ?? '! ').trimEnd();
}

/** Cut every run of non-space characters to MAX_TOKEN_CHARS (a single pass). */
function capTokens(text: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\n') {
      run = 0;
      out += ch;
    } else if (run < MAX_TOKEN_CHARS) {
      run++;
      out += ch;
    }
  }
  return out;
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\b([Ii])'?m\b/g, '$1 am'],
  [/\b([Ii]) ?'?ve\b/g, '$1 have'],
  [/\b(I|i) ?'?ll\b/g, '$1 will'],
  [/\b([Dd]o|[Dd]oes|[Dd]id|[Ii]s|[Aa]re|[Ww]as|[Hh]ave|[Hh]as|[Cc]ould|[Ww]ould|[Ss]hould)n'?t\b/g, '$1 not'],
  [/\b([Dd])ont\b/g, '$1o not'],
  // Texted without apostrophes: "shes got two kids", "hes a nurse", "theyre in Leeds" (someone else, not a fragment about the user).
  [/\b([Ss]h|[Hh])es\b/g, "$1e's"],
  [/\b([Tt]hey|[Yy]ou)re\b/g, "$1're"],
  // "a paladin whos vegetarian": a relative clause about someone else, not a fragment about the user.
  [/\b([Ww])hos\b/g, "$1ho's"],
  // Texting: "english n tagalog", "tryna save 5k".
  [/(?<=[A-Za-z]) n (?=[A-Za-z])/g, ' and '],
  [/\b([Tt])ryna\b/g, '$1rying to'],
  // Voice-typed and texted: "my names beverley", "id move to the algarve".
  [/\b([Mm])y names\b/g, '$1y name is'],
  [/\b[Ii]d (?=(?:move|love|like|rather|prefer|be|go|want|say|buy|learn|live|quit|take|try|do|have|need|get|start|retire)\b)/g, 'I would '],
  [/\b([Cc])a(?:n'?t|nnot)\b/g, '$1an not'],
  [/\b([Ww])on'?t\b/g, '$1ill not'],
  // A correction after the dots is a break that self-corrections reads: "in perth... wait no sorry, Darwin", "the 21st... sorry
  // no, the 22nd".
  [/(?<=[A-Za-z0-9]) ?(?:…|\.\.\.) ?(?=(?:wait|sorry|no|actually|well|hang on|i mean|scratch that)\b)/g, ' - '],
  // A pause in a sentence, not its end: "Mandarin is… functional", "it's... fine".
  [/(?<=[A-Za-z]) ?(?:…|\.\.\.) ?(?=[a-z])/g, ' '],
];

function expandContractions(text: string): string {
  let out = text;
  for (const [re, to] of CONTRACTIONS) out = out.replace(re, to);
  return out;
}

/** One line of at most `max` characters with control characters escaped: how a stored value is quoted. */
export function quoteValue(text: string, max = 300): string {
  const oneLine = text
    .normalize('NFKC')
    .replace(LINE_BREAKS, '\n')
    .replace(/\n+/g, ' / ')
    .replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(SPACES, ' ')
    .replace(MANY_SPACES, ' ')
    .trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
