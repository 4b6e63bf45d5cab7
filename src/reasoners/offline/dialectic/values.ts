import { normaliseText, quoteValue } from '../nlp/normalise.js';

/**
 * Stored values as text: for matching (normalised, only the first MATCH_CHARS characters are read)
 * and for answers (quoted as data: one line, control characters escaped, length-capped).
 */

/** How much of a value retrieval reads: matching stays linear in the number of facts. */
export const MATCH_CHARS = 500;
const MAX_ITEMS = 50;
const MAX_DEPTH = 4;

/** The items of a value: a list item by item, anything else as one item. Bounded in count and depth. */
export function valueItems(value: unknown): string[] {
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((v) => plain(v, 1));
  return [plain(value, 0)];
}

function plain(value: unknown, depth: number): string {
  if (typeof value === 'string') return value.length > MATCH_CHARS * 2 ? value.slice(0, MATCH_CHARS * 2) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined || depth > MAX_DEPTH) return '';
  if (Array.isArray(value))
    return value
      .slice(0, MAX_ITEMS)
      .map((v) => plain(v, depth + 1))
      .filter((x) => x !== '')
      .join(', ');
  if (typeof value === 'object') {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(value).slice(0, MAX_ITEMS)) parts.push(`${k.split('_').join(' ')}: ${plain(v, depth + 1)}`);
    return parts.join('; ');
  }
  return '';
}

/** The normalised text retrieval reads from a value (at most MATCH_CHARS characters of it). */
export function matchText(value: unknown): string {
  let text = '';
  for (const item of valueItems(value)) {
    if (text.length >= MATCH_CHARS) break;
    text += text === '' ? item : `, ${item}`;
  }
  return normaliseText(text.slice(0, MATCH_CHARS));
}

/** A value as it is quoted in an answer: each item in double quotes, escaped, on one line. */
export function quoted(value: unknown, maxChars = 400): string {
  const items = valueItems(value).filter((x) => x.trim() !== '');
  const out: string[] = [];
  let used = 0;
  for (const item of items) {
    // One line: every line break (\r\n, \r, \n) becomes " / ", then JSON escaping marks it as a string.
    const q = JSON.stringify(quoteValue(item.slice(0, 2000).split('\r\n').join('\n').split('\r').join('\n'), 300));
    if (used + q.length > maxChars && out.length > 0) {
      out.push(`… (${items.length - out.length} more)`);
      break;
    }
    out.push(q);
    used += q.length + 2;
  }
  return out.length > 0 ? out.join(', ') : '""';
}
