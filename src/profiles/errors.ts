/** The error codes of docs/spec.md §3; each edge maps them to its own form exactly once. */
export const ERROR_CODES = [
  'validation_error',
  'unauthorized',
  'not_found',
  'forbidden',
  'quota_exceeded',
  'conflict',
  'rate_limited',
  'payload_too_large',
  'llm_unavailable',
  'storage_error',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem of a rejected input, named by the field it concerns. */
export interface Problem {
  field: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

/** The only error the core throws on purpose. Messages are written for the caller and carry a hint. */
export class ProfileError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ProfileError';
    this.code = code;
    this.details = details;
  }

  toBody(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message };
    if (this.details !== undefined) error.details = this.details;
    return { error };
  }
}

export function validationError(problems: Problem[], message?: string): ProfileError {
  const text =
    message ??
    (problems.length === 1
      ? `Invalid input: ${problems[0]!.field}: ${problems[0]!.message}`
      : `Invalid input: ${problems.length} problems (${problems.map((p) => p.field).join(', ')})`);
  return new ProfileError('validation_error', text, problems);
}

export function notFound(what: string, hint: string): ProfileError {
  return new ProfileError('not_found', `${what} ${hint}`);
}

/**
 * Turn anything thrown into a ProfileError. Unknown errors become `internal_error` with a generic
 * message: the caller never sees a stack trace or raw upstream text.
 */
export function toProfileError(err: unknown): ProfileError {
  if (err instanceof ProfileError) return err;
  return new ProfileError('internal_error', 'Internal error. The server log has the details.');
}
