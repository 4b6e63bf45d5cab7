import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { ProfileError, toProfileError, validationError, type ErrorCode, type Problem } from '../profiles/errors.js';
import { errorFields, log } from '../log.js';

/** docs/spec.md §3: the one table from error code to HTTP status. */
export const STATUS: Record<ErrorCode, number> = {
  validation_error: 400,
  unauthorized: 401,
  not_found: 404,
  forbidden: 403,
  quota_exceeded: 403,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  llm_unavailable: 503,
  storage_error: 500,
  internal_error: 500,
};

/** Answer with the spec's error object; `status` overrides the table (Host/Origin refusals are 403). */
export function sendError(res: Response, err: unknown, where = 'request', status?: number): void {
  const error = toProfileError(err);
  if (error.code === 'internal_error') log.error('request failed', { where, ...errorFields(err) });
  if (res.headersSent) {
    res.end();
    return;
  }
  // The challenge names the resource metadata (RFC 9728 §5.1) when the edge set one for this request (app.ts).
  if (error.code === 'unauthorized' && status === undefined && !res.hasHeader('WWW-Authenticate')) {
    const challenge: unknown = res.locals?.wwwAuthenticate;
    res.setHeader('WWW-Authenticate', typeof challenge === 'string' ? challenge : 'Bearer');
  }
  if (error.code === 'rate_limited') {
    const seconds = (error.details as { retry_after_seconds?: unknown } | undefined)?.retry_after_seconds;
    res.setHeader('Retry-After', String(typeof seconds === 'number' ? seconds : 1));
  }
  res.status(status ?? STATUS[error.code]).json(error.toBody());
}

/** zod issues as the spec's `details`: one {field, message} per problem. */
export function zodProblems(error: z.ZodError, prefix = ''): Problem[] {
  const name = (path: readonly PropertyKey[]) => {
    const joined = path.map(String).join('.');
    return prefix && joined ? `${prefix}.${joined}` : prefix || joined || '(body)';
  };
  return error.issues.flatMap((issue) =>
    // An unknown field is named on its own, so a typo ("collectionId") is pointed at directly.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: name([...issue.path, key]), message: 'unknown field or parameter' }))
      : [{ field: name(issue.path), message: issue.message }],
  );
}

/** Parse with a zod schema or throw validation_error listing every problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(zodProblems(result.error));
  return result.data;
}

export function notFoundRoute(req: Request): ProfileError {
  return new ProfileError(
    'not_found',
    `No route ${req.method} ${req.originalUrl.split('?')[0]!.slice(0, 200)}. The REST API lives under /v1 (see /openapi.json); MCP at /mcp and /sse.`,
  );
}

/**
 * Express's final error handler: every error becomes the spec's error object, never an HTML page
 * or a stack trace. Errors Express raises itself with a 4xx status (a bad percent-encoding in a
 * path) are the caller's input problem.
 */
export function errorHandler(err: unknown, req: Request, res: Response, next: NextFunction): void {
  void next;
  if (!(err instanceof ProfileError)) {
    const status = (err as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendError(res, validationError([{ field: 'request', message: (err as Error).message ?? 'bad request' }]), req.path);
      return;
    }
  }
  sendError(res, err, `${req.method} ${req.path}`);
}
