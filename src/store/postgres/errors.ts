import { ProfileError } from '../../profiles/errors.js';
import { log } from '../../log.js';

/** SQLSTATE classes, for log lines that say what went wrong without quoting the server's message. */
const CLASSES: Record<string, string> = {
  '08': 'connection exception',
  '22': 'data exception',
  '23': 'integrity constraint violation',
  '25': 'invalid transaction state',
  '28': 'invalid authorization',
  '3D': 'database does not exist',
  '3F': 'schema does not exist',
  '40': 'transaction rollback (serialization failure or deadlock)',
  '42': 'syntax error or access rule violation (missing table or privilege?)',
  '53': 'insufficient resources',
  '54': 'program limit exceeded',
  '55': 'object not in prerequisite state (lock timeout?)',
  '57': 'operator intervention (server shutting down or query canceled)',
  '58': 'system error',
  XX: 'internal error',
};

interface PgErrorLike {
  code?: unknown;
  severity?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
}

/** The SQLSTATE of a server error, or undefined for network and driver errors. */
export function sqlState(err: unknown): string | undefined {
  const code = (err as PgErrorLike | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof (err as PgErrorLike).severity === 'string' ? code : undefined;
}

/**
 * Log fields for a database failure. Server messages can quote the values that failed, so for server
 * errors only the SQLSTATE, its class and the names of the constraint/table/column are logged; driver
 * and network errors (no SQLSTATE: ECONNREFUSED, "Connection terminated") keep their message.
 */
export function pgErrorFields(err: unknown): Record<string, unknown> {
  const state = sqlState(err);
  if (state) {
    const e = err as PgErrorLike;
    const fields: Record<string, unknown> = { sqlstate: state, problem: CLASSES[state.slice(0, 2)] ?? 'database error' };
    if (typeof e.constraint === 'string') fields.constraint = e.constraint;
    if (typeof e.table === 'string') fields.table = e.table;
    if (typeof e.column === 'string') fields.column = e.column;
    return fields;
  }
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code ? { error: err.message, code } : { error: err.message };
  }
  return { error: 'unknown failure' };
}

/**
 * Turn any database failure into the spec's storage_error, logging what happened without values.
 * `what` names the operation for the log (read, write, list, migrate, ...).
 */
export function storageError(err: unknown, what: string): ProfileError {
  if (err instanceof ProfileError) return err;
  log.error(`PostgreSQL ${what} failed`, pgErrorFields(err));
  const state = sqlState(err);
  const message =
    state === undefined || state.startsWith('08') || state.startsWith('57') || state.startsWith('28') || state.startsWith('3D')
      ? 'The profile database cannot be reached (or refused the connection). The server log has the details.'
      : state.startsWith('42') || state.startsWith('3F')
        ? 'The profile database schema is missing or not accessible; run `profile-mcp migrate`. The server log has the details.'
        : 'The profile database failed to complete the operation, so nothing was changed. The server log has the details.';
  return new ProfileError('storage_error', message);
}
