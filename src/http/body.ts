import express, { type RequestHandler } from 'express';
import { ProfileError, validationError } from '../profiles/errors.js';
import { sendError } from './errors.js';

/** docs/spec.md §3: request bodies over 1 MiB are refused. */
export const BODY_LIMIT = 1024 * 1024;

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function tooLarge(limit: number): ProfileError {
  return new ProfileError('payload_too_large', `The request body is larger than ${limit} bytes (1 MiB).`, { limit });
}

/**
 * `express.json` for every body, whatever its Content-Type (docs/spec.md §3: the seed's users send
 * `data=json.dumps(...)`), any JSON value (the routes say which they take). Its errors become the
 * spec's: over the limit 413 payload_too_large with the connection closed (a declared length over the
 * limit is refused before anything is read), malformed JSON 400 validation_error, a client gone
 * mid-body nothing (there is nobody to answer).
 */
export function jsonBody(limit = BODY_LIMIT): RequestHandler {
  const EMPTY = Symbol('empty body');
  type Marked = { [EMPTY]?: boolean };
  // An empty (or white-space only) body is no body: `req.body` stays undefined, as without one.
  const parse = express.json({
    limit,
    strict: false,
    type: () => true,
    verify: (req, _res, buf) => void ((req as Marked)[EMPTY] = buf.toString('utf8').trim() === ''),
  });
  return (req, res, next) => {
    if (!WITH_BODY.has(req.method)) {
      next();
      return;
    }
    if (req.headers['content-length'] === '0') {
      next();
      return;
    }
    parse(req, res, (err?: unknown) => {
      if ((req as Marked)[EMPTY] === true) {
        req.body = undefined;
        next();
        return;
      }
      if (err === undefined) {
        next();
        return;
      }
      const type = (err as { type?: unknown }).type;
      if (type === 'entity.too.large') {
        res.setHeader('Connection', 'close');
        sendError(res, tooLarge(limit), 'body');
      } else if (type === 'request.aborted' || type === 'stream.not.readable') {
        if (!res.headersSent) res.destroy();
      } else if (type === 'entity.parse.failed') {
        sendError(
          res,
          validationError(
            [{ field: '(body)', message: 'not valid JSON' }],
            'The request body is not valid JSON. Bodies are always read as JSON, whatever their Content-Type.',
          ),
          'body',
        );
      } else {
        // charset.unsupported, encoding.unsupported, entity.verify.failed, request.size.invalid: the caller's input.
        sendError(
          res,
          validationError([{ field: '(body)', message: (err as Error).message }], `The request body cannot be read: ${(err as Error).message}.`),
          'body',
        );
      }
    });
  };
}
