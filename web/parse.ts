/**
 * Pure helpers of the review page (no DOM): how values are shown and edited, how pasted
 * conversations and bulk patches are read, and relative times. Unit-tested under Node.
 */

import type { ChatMessage } from './types.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Text that JSON.parse would read as something other than a string (number, true, [..], {..}, "..", null). */
function looksLikeJson(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (/^[[{"]/.test(t)) return true;
  return /^(true|false|null|-?\d+(\.\d+)?([eE][+-]?\d+)?)$/.test(t);
}

/**
 * The text an editor starts with for a value. Strings are shown as they are, unless their text
 * would read back as JSON (say the string "42"): those are shown quoted, so that saving the text
 * unchanged keeps the same value. Other values are JSON (indented when long).
 */
export function valueToText(value: unknown): string {
  if (typeof value === 'string') {
    return looksLikeJson(value) || value !== value.trim() ? JSON.stringify(value) : value;
  }
  const compact = JSON.stringify(value);
  if (compact === undefined) return '';
  return compact.length > 60 && typeof value === 'object' && value !== null ? JSON.stringify(value, null, 2) : compact;
}

/**
 * What an edited text means: JSON when it reads as JSON (a number, true/false, a [list], an
 * {object} or a "quoted string"), else the plain text itself. Empty text and null are refused (a
 * fact needs a value; Delete removes it).
 */
export function textToValue(text: string): Parsed<unknown> {
  const t = text.trim();
  if (t === '') return { ok: false, message: 'Enter a value. To remove the fact, use Delete.' };
  if (!looksLikeJson(t)) return { ok: true, value: t };
  try {
    const value: unknown = JSON.parse(t);
    if (value === null) return { ok: false, message: 'null is not a value. To remove the fact, use Delete.' };
    return { ok: true, value };
  } catch (err) {
    if (/^[[{]/.test(t)) {
      return { ok: false, message: `This starts like JSON but is not valid JSON (${(err as Error).message}). To save it as text, wrap it in double quotes.` };
    }
    // A leading quote that is not a JSON string: plain text (e.g. "Hi" she said).
    return { ok: true, value: t };
  }
}

/** Deep JSON equality, object key order ignored. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  if (ak.length !== bk.length) return false;
  const bo = b as Record<string, unknown>;
  const ao = a as Record<string, unknown>;
  return ak.every((k) => Object.hasOwn(bo, k) && jsonEqual(ao[k], bo[k]));
}

/** A one-line rendering of any value for tables and lists. */
export function valueSummary(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')) {
    return value.join(', ');
  }
  return JSON.stringify(value) ?? String(value);
}

const ROLE_LINE = /^\s*(user|assistant|system)\s*:\s?(.*)$/i;

/**
 * A pasted conversation: either a JSON array of {role, content} or one message per line with a
 * "user:" / "assistant:" / "system:" prefix. A line without a prefix continues the message above it
 * (the first message, when unprefixed, is the user's). Blank lines are ignored.
 */
export function parseConversation(text: string): Parsed<ChatMessage[]> {
  const t = text.trim();
  if (t === '') return { ok: false, message: 'Paste a conversation first: one message per line, starting with "user:" or "assistant:".' };
  if (t.startsWith('[')) return parseJsonConversation(t);
  const messages: ChatMessage[] = [];
  for (const line of t.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const m = ROLE_LINE.exec(line);
    if (m) {
      messages.push({ role: m[1]!.toLowerCase() as ChatMessage['role'], content: m[2]!.trim() });
      continue;
    }
    const last = messages[messages.length - 1];
    if (last) last.content = last.content === '' ? line.trim() : `${last.content}\n${line.trim()}`;
    else messages.push({ role: 'user', content: line.trim() });
  }
  const empty = messages.findIndex((m) => m.content === '');
  if (empty >= 0) return { ok: false, message: `Message ${empty + 1} (${messages[empty]!.role}) is empty.` };
  return { ok: true, value: messages };
}

function parseJsonConversation(text: string): Parsed<ChatMessage[]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `The conversation starts with "[" but is not valid JSON (${(err as Error).message}).` };
  }
  if (!Array.isArray(data) || data.length === 0) return { ok: false, message: 'A JSON conversation must be a non-empty array of {"role", "content"} objects.' };
  const messages: ChatMessage[] = [];
  for (const [i, item] of data.entries()) {
    const m = item as { role?: unknown; content?: unknown } | null;
    if (typeof m !== 'object' || m === null || typeof m.role !== 'string' || typeof m.content !== 'string') {
      return { ok: false, message: `Item ${i + 1} must be an object with string "role" and "content".` };
    }
    const role = m.role.toLowerCase();
    if (role !== 'user' && role !== 'assistant' && role !== 'system') {
      return { ok: false, message: `Item ${i + 1}: role must be "user", "assistant" or "system", not ${JSON.stringify(m.role)}.` };
    }
    messages.push({ role, content: m.content });
  }
  return { ok: true, value: messages };
}

/**
 * A bulk patch: a JSON object mapping keys to values (null deletes). The scope comes from the
 * scope picker, so "collection_id" and "dry_run" are refused here rather than silently overridden.
 */
export function parsePatch(text: string): Parsed<Record<string, unknown>> {
  const t = text.trim();
  if (t === '') return { ok: false, message: 'Write a JSON object first, e.g. {"role": "Product Manager", "old_key": null}.' };
  let data: unknown;
  try {
    data = JSON.parse(t);
  } catch (err) {
    return { ok: false, message: `Not valid JSON: ${(err as Error).message}.` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: 'The patch must be a JSON object mapping keys to values, e.g. {"role": "Product Manager"}.' };
  }
  const record = data as Record<string, unknown>;
  for (const reserved of ['collection_id', 'dry_run']) {
    if (Object.hasOwn(record, reserved)) {
      return { ok: false, message: `"${reserved}" is not a fact key: the scope picker chooses the profile, and Preview/Apply choose dry_run.` };
    }
  }
  if (Object.keys(record).length === 0) return { ok: false, message: 'The patch is empty: add at least one key.' };
  return { ok: true, value: record };
}

/** Days up to a month ("in 7 days" says more than "next week"), then months, then years. */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "in 6 days", "now". */
export function relativeTime(iso: string, now: number): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const seconds = Math.round((at - now) / 1000);
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  if (Math.abs(seconds) < 45) return seconds > 0 ? 'in a few seconds' : 'just now';
  return format.format(seconds, 'second');
}

/** "communication_style" -> "Communication style". */
export function labelOf(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function percent(confidence: number): string {
  return `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`;
}
