import type { RequestHandler } from 'express';
import { ProfileError, validationError } from '../profiles/errors.js';
import { sendError } from './errors.js';

/** docs/spec.md §3: request bodies over 1 MiB are refused. */
export const BODY_LIMIT = 1024 * 1024;

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function tooLarge(limit: number): ProfileError {
  return new ProfileError('payload_too_large', `The request body is larger than ${limit} bytes (1 MiB).`, { limit });
}

/**
 * Read the raw body (at most `limit` bytes) and parse it as JSON whatever the Content-Type says; the
 * result goes to `req.body` (undefined for an empty body). Over the limit: 413 payload_too_large,
 * reading stops and the connection is closed. Malformed JSON: 400 validation_error.
 */
export function jsonBody(limit = BODY_LIMIT): RequestHandler {
  return (req, res, next) => {
    if (!WITH_BODY.has(req.method)) {
      next();
      return;
    }
    const refuseTooLarge = () => {
      res.setHeader('Connection', 'close');
      sendError(res, tooLarge(limit), 'body');
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      refuseTooLarge();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      done = true;
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        finish();
        req.pause();
        refuseTooLarge();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      if (done) return;
      finish();
      const text = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
      if (text.trim() === '') {
        req.body = undefined;
        next();
        return;
      }
      try {
        req.body = JSON.parse(text) as unknown;
      } catch {
        sendError(
          res,
          validationError(
            [{ field: '(body)', message: 'not valid JSON' }],
            'The request body is not valid JSON. Bodies are always read as JSON, whatever their Content-Type.',
          ),
          'body',
        );
        return;
      }
      next();
    };
    const onError = () => {
      finish();
      // The client went away or the stream broke: there is nobody to answer.
      if (!res.headersSent) res.destroy();
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  };
}
