import { isDeepStrictEqual } from 'node:util';
import { LIMITS } from './model.js';

/**
 * Deep equality of JSON values; object key order does not matter (`isDeepStrictEqual` compares own
 * enumerable keys as a set, and JSON values have no prototypes or types beyond plain ones).
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b);
}

/**
 * Why a value cannot be stored as a fact value, or null when it can: it must be JSON (no undefined,
 * functions or non-finite numbers) and serialise to at most 8 KiB.
 */
export function valueProblem(value: unknown): string | null {
  if (value === undefined) return 'value is missing';
  if (value === null) return 'value is null';
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return 'value is not serialisable JSON (too deeply nested or cyclic)';
  }
  if (text === undefined) return 'value is not a JSON value';
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.valueBytes) {
    return `value serialises to ${bytes} bytes; the limit is ${LIMITS.valueBytes} bytes (8 KiB)`;
  }
  if (!isPlainJson(value, 0)) return 'value is not plain JSON (non-finite number or non-JSON type)';
  return null;
}

function isPlainJson(value: unknown, depth: number): boolean {
  if (depth > 4096) return false;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      if (value === null) return true;
      if (Array.isArray(value)) return value.every((v) => isPlainJson(v, depth + 1));
      return Object.values(value).every((v) => isPlainJson(v, depth + 1));
    default:
      return false;
  }
}

/** A one-line rendering of a value for text meant for a model: JSON, with long text cut. */
export function renderValue(value: unknown, max = 500): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
