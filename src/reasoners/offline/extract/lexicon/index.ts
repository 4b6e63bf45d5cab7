import { withinOneEdit } from '../../nlp/edits.js';
import type { Token } from '../../nlp/wink.js';

/**
 * Word classes ("lexicons") the extraction patterns refer to as `$name`. Each class is a set of
 * phrases in lower case; a phrase may span several tokens ("quantity surveyor", "type 1 diabetes").
 * Matching is longest-first at one token position and looks at each token's lower-case form and its
 * lemma, so plurals and inflections match ("greyhounds" -> "greyhound").
 */

export class Lexicon {
  private readonly byFirst = new Map<string, string[][]>();
  /** For typo-tolerant lexicons: every one-letter deletion of each long one-word entry -> the entries. */
  private readonly deletions = new Map<string, string[]>();
  readonly size: number;

  constructor(
    readonly name: string,
    phrases: Iterable<string>,
    /** Match inflected forms through their lemma ("greyhounds"); off for names such as "Go" or "Rust". */
    private readonly lemmas = true,
    /** Entries that are also common words: they match only when written with a capital ("Go", "Swift", "Slack"). */
    private readonly capitalOnly: ReadonlySet<string> = new Set(),
  ) {
    let size = 0;
    for (const raw of phrases) {
      // Both spellings of "a-levels" / "he/they": split as the tokenizer usually splits, and whole.
      const whole = raw
        .trim()
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w !== '');
      for (const words of [phraseTokens(raw), whole]) {
        if (words.length === 0) continue;
        const list = this.byFirst.get(words[0]!) ?? [];
        if (!list.some((w) => w.join(' ') === words.join(' '))) list.push(words);
        this.byFirst.set(words[0]!, list);
      }
      size++;
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.size = size;
  }

  /**
   * Accept one typo in long words ("plumer" for plumber, "intolerent", "japanse"): a symmetric
   * deletion index (SymSpell) over entries of at least FUZZY_MIN letters — a lookup costs one
   * probe per letter of the token.
   */
  fuzzy(): this {
    for (const [first, list] of this.byFirst) {
      for (const words of list) {
        if (words.length !== 1 || first.length < FUZZY_MIN || !/^[a-z]+$/.test(first)) continue;
        for (const variant of [first, ...deletionsOf(first)]) {
          const at = this.deletions.get(variant) ?? [];
          if (!at.includes(first)) at.push(first);
          this.deletions.set(variant, at);
        }
      }
    }
    return this;
  }

  /** Abbreviations that are everyday words too ("ADD" beside "add chicken"): they match only when written in capitals. */
  abbreviations(words: readonly string[]): this {
    for (const w of words) this.upperOnly.add(w);
    return this;
  }

  private readonly upperOnly = new Set<string>();

  /**
   * Also match one word by its form ("labyrinthitis", "neuralgia": a condition named by its ending) unless it is one of
   * `except` — for classes whose members share endings no list can keep up with.
   */
  endings(form: RegExp, except: readonly string[]): this {
    this.byForm = { form, except: new Set(except) };
    return this;
  }

  private byForm: { form: RegExp; except: ReadonlySet<string> } | undefined;

  /**
   * Also match a short phrase by its last word ("computer vision syndrome", "shift work sleep disorder"): one to three
   * nouns or adjectives, then one of `words` — for classes whose members are named by a head no list can keep up with.
   */
  heads(words: readonly string[]): this {
    this.headWords = new Set(words);
    return this;
  }

  private headWords: ReadonlySet<string> | undefined;

  private headAt(tokens: readonly Token[], at: number): number {
    const heads = this.headWords;
    if (!heads) return 0;
    for (let k = at; k < tokens.length && k <= at + 3; k++) {
      const t = tokens[k]!;
      if (k > at && heads.has(t.low)) return k - at + 1;
      if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') return 0;
    }
    return 0;
  }

  /** Entries that are everyday words in lower case ("BEd" beside "phone in bed"): they match only with a capital. */
  capitalised(words: readonly string[]): this {
    for (const w of words) this.capitalFirst.add(w);
    return this;
  }

  private readonly capitalFirst = new Set<string>();

  /** A one-typo match of a single token (the token's own spelling is the value), or 0. */
  fuzzyAt(tokens: readonly Token[], at: number): number {
    const t = tokens[at];
    // (Only a word outside the model's vocabulary is a misspelling: "waiting" is no "writing".)
    if (!t || !t.oov || this.deletions.size === 0 || t.low.length < FUZZY_MIN || !/^[a-z]+$/.test(t.low)) return 0;
    // (A capital inside the sentence writes a name, not a slip: "drive into St James's every day" names no games.)
    if (at > 0 && t.text !== t.low && tokens[at - 1]!.pos !== 'PUNCT') return 0;
    for (const variant of [t.low, ...deletionsOf(t.low)]) {
      for (const word of this.deletions.get(variant) ?? []) if (word !== t.low && withinOneEdit(word, t.low)) return 1;
    }
    return 0;
  }

  /** Number of tokens of the longest entry starting at `at` (0 when none). */
  matchAt(tokens: readonly Token[], at: number): number {
    const t = tokens[at];
    if (!t) return 0;
    const candidates = [...(this.byFirst.get(t.low) ?? []), ...(this.lemmas && byLemma(t) ? (this.byFirst.get(t.lemma) ?? []) : [])];
    let best = 0;
    for (const words of candidates) {
      if (words.length <= best || at + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < words.length; k++) {
        const u = tokens[at + k]!;
        if (u.low !== words[k] && !(this.lemmas && ((byLemma(u) && u.lemma === words[k]) || stripPlural(u.low) === words[k]))) {
          ok = false;
          break;
        }
      }
      if (ok && words.length === 1 && this.capitalOnly.has(words[0]!) && t.text.charAt(0) === t.text.charAt(0).toLowerCase()) ok = false;
      if (ok && words.length === 1 && this.upperOnly.has(words[0]!) && t.text !== t.text.toUpperCase()) ok = false;
      if (ok && words.length === 1 && this.capitalFirst.has(words[0]!) && t.text.charAt(0) === t.text.charAt(0).toLowerCase()) ok = false;
      if (ok) best = words.length;
    }
    if (best === 0 && this.byForm && this.byForm.form.test(t.low) && !this.byForm.except.has(t.low)) return 1;
    return best === 0 ? this.headAt(tokens, at) : best;
  }

  /** The words an entry can start with (for a quick first-token check). */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** Whether a whole phrase, written with single spaces in lower case, is an entry ("black watch"). */
  hasPhrase(phrase: string): boolean {
    const words = phrase.split(' ');
    return (this.byFirst.get(words[0]!) ?? []).some((w) => w.length === words.length && w.every((x, i) => x === words[i]));
  }

  /** Whether one word is an entry on its own. */
  has(word: string): boolean {
    return this.hasPhrase(word.toLowerCase());
  }
}

/** A phrase split the way the tokenizer splits text: at spaces, and around "/", "-" between words and "'s". */
export function phraseTokens(raw: string): string[] {
  return raw
    .trim()
    .toLowerCase()
    .replace(/([a-z0-9])([/-])(?=[a-z0-9])/g, '$1 $2 ')
    .replace(/([a-z])'s\b/g, "$1 's")
    .split(/\s+/)
    .filter((w) => w !== '');
}

const FUZZY_MIN = 6;

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export function stripPlural(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Build a lexicon from whitespace-separated lines of `|`-separated phrases (how the tables below are written). */
export function lexicon(name: string, ...tables: string[]): Lexicon {
  return new Lexicon(name, splitTables(tables));
}

/** A lexicon of names matched only as written (no lemma): tools and languages such as "Go", "Rust", "Excel". */
export function namesLexicon(name: string, ...tables: string[]): Lexicon {
  return new Lexicon(name, splitTables(tables), false, AMBIGUOUS_NAMES);
}

/** Names of tools and languages that are everyday words too. */
const AMBIGUOUS_NAMES = new Set([
  'go',
  'r',
  'c',
  'rust',
  'swift',
  'ruby',
  'dart',
  'julia',
  'crystal',
  'spring',
  'express',
  'unity',
  'word',
  'sheets',
  'linear',
  'vulcan',
  'slack',
  'teams',
  'zoom',
  'notion',
  'obsidian',
  'resolve',
  'canvas',
  'sage',
  'epic',
  'logic',
  'reaper',
  'mint',
  'mac',
  'pixel',
  'switch',
  'fish',
  'alfred',
  'kindle',
  'sketch',
  'keynote',
  'live',
  'node',
  'next',
  'flutter',
  'monday',
  'linear',
  'remote',
  'bridge',
  'oracle',
  'tableau',
  'looker',
  'procreate',
  'krita',
  'access',
  'outlook',
  'edge',
  'safari',
  'chrome',
  'arc',
  'signal',
  'shortcuts',
  'notes',
  'photos',
  'music',
  'maps',
  'mail',
  'files',
  'pages',
  'numbers',
  'messages',
]);

function splitTables(tables: readonly string[]): string[] {
  const phrases: string[] = [];
  for (const table of tables) for (const p of table.split('|')) if (p.trim() !== '') phrases.push(p.replace(/\s+/g, ' ').trim());
  return phrases;
}

/** A word matches an entry through its lemma unless it is a past form ("cooked" is not a cook, "nursed" not a nurse). */
function byLemma(t: Token): boolean {
  return t.lemma !== t.low && !t.low.endsWith('ed');
}
