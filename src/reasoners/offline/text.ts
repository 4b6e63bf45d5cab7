/** Small, deterministic text helpers shared by offline retrieval and extraction. */

/** Lower-case without changing the string's length (so indices map back to the original). */
export function lowerSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Normalise typography and the common spellings of "I am" so the rules see one form. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC\u00B4`]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\u00A0/g, ' ')
    .replace(/\bI\s+am\b/g, "I'm")
    .replace(/\bi\s+am\b/g, "i'm")
    .replace(/\b([Ii])m\b(?=\s)/g, "$1'm")
    .replace(/\b([Ii])\s+have\s+been\b/g, "$1've been")
    .replace(/\b([Ii])ve\b/g, "$1've")
    .replace(/\b([Ii]) do not\b/g, "$1 don't")
    .replace(/\b([Ii]) can not\b/g, "$1 can't")
    .replace(/\b([Ii]) cannot\b/g, "$1 can't")
    .replace(/[ \t]+/g, ' ');
}

const STOP = new Set(
  (
    'a an the and or but of to in on at for with by from as is are was were be been being am do does did doing have has had having ' +
    'i me my mine you your yours he him his she her hers they them their theirs it its we us our this that these those ' +
    'what which who whom whose when where why how there here so than then too very can could would should will shall may might must ' +
    'any some all each every no not just about into over under up down out off again further once only own same such both few more most other ' +
    "user users user's person person's profile someone somebody anyone anything something thing things tell know let please like " +
    'does doesnt dont isnt arent whats wheres whos hows also ever really much many kind sort type get got'
  ).split(/\s+/),
);

export function isStopword(token: string): boolean {
  return STOP.has(token);
}

/** Light stemming: enough to match "hiking"/"hike", "languages"/"language", "running"/"run". */
export function stem(token: string): string {
  let t = token.replace(/'s$/, '');
  if (t.length <= 3) return t;
  if (t.endsWith('ies') && t.length > 4) return `${t.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ers', 'er', 'ed', 'es', 's', 'e']) {
    const min = suffix.startsWith('er') ? 4 : 3;
    if (t.endsWith(suffix) && t.length - suffix.length >= min && !(suffix === 's' && t.endsWith('ss'))) {
      t = t.slice(0, -suffix.length);
      break;
    }
  }
  if (/([bcdfgklmnprtvz])\1$/.test(t)) t = t.slice(0, -1);
  return t;
}

export function tokens(text: string): string[] {
  return lowerSameLength(text)
    .replace(/[^\p{L}\p{N}'+#.\s/-]/gu, ' ')
    .split(/[\s/_-]+/)
    .map((t) => t.replace(/^[.']+|[.']+$/g, ''))
    .filter((t) => t.length > 0);
}

/** Content tokens (no stopwords), stemmed. */
export function contentStems(text: string): string[] {
  return tokens(text)
    .filter((t) => !isStopword(t))
    .map(stem);
}

/** A fact value as plain text for matching and for answers. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return listText(value.map(valueText));
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k.replace(/_/g, ' ')}: ${valueText(v)}`)
      .join('; ');
  }
  return '';
}

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  const xs = items.filter((x) => x.trim() !== '');
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

export function capitaliseWords(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}
