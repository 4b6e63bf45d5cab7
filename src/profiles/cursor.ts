import { validationError } from './errors.js';

/** Opaque page cursors: the sort key of the last item returned, so pages stay stable under writes. */
export function encodeCursor(after: string): string {
  return Buffer.from(JSON.stringify({ a: after }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && typeof (parsed as { a?: unknown }).a === 'string') {
      return (parsed as { a: string }).a;
    }
  } catch {
    // fall through to the error below
  }
  throw validationError(
    [{ field: 'cursor', message: 'is not a cursor this server issued' }],
    'Invalid cursor: pass the next_cursor value from the previous page unchanged, or omit it to start at the beginning.',
  );
}
