import type { Request, RequestHandler } from 'express';
import { authorize, type Reach } from '../keys/access.js';
import type { Bucket, RateLimits } from '../limits/rate.js';
import { callerOf } from './auth.js';
import { sendError } from './errors.js';
import { ProfileError } from '../profiles/errors.js';
import { bearerChallenge, SCOPE_READ, SCOPE_WRITE } from '../oauth/resource.js';

/** REST reads: GET, and the question routes (dialectic; chat unless it learns with features.memory). */
function kindOf(req: Request): 'read' | 'write' {
  if (req.method === 'GET' || req.method === 'HEAD') return 'read';
  if (req.method === 'POST' && req.path === '/profile/dialectic') return 'read';
  if (req.method === 'POST' && req.path === '/chat/completions') {
    const features = (req.body as { features?: { memory?: unknown } } | undefined)?.features;
    return features?.memory === true ? 'write' : 'read';
  }
  return 'write';
}

/**
 * Every scope the request names, from the query string and the body: the handler uses one of them
 * (or answers validation_error), so the key must cover them all. None named = the global profile.
 */
function reachOf(req: Request): Reach[] {
  if (req.path === '/collections') return [{ account: true }];
  const named: unknown[] = [];
  if (req.query.collection_id !== undefined) named.push(req.query.collection_id);
  const body = req.body as unknown;
  if (body !== null && typeof body === 'object' && !Array.isArray(body) && Object.hasOwn(body, 'collection_id')) {
    named.push((body as Record<string, unknown>).collection_id);
  }
  if (named.length === 0) return [{ scope: null }];
  return named.map((id) => ({ scope: typeof id === 'string' ? id : null }));
}

/** `/v1` access control for scoped keys (docs/spec.md §8): `forbidden` past the key's collection or when a read-only key writes. */
export function restAccess(): RequestHandler {
  return (req, res, next) => {
    try {
      const caller = callerOf(req);
      const kind = kindOf(req);
      if (caller.via === 'oauth' && caller.grant.read_only && kind === 'write') {
        // RFC 6750 §3.1 / MCP step-up: say which scope the write needs.
        const origin: unknown = res.locals.publicOrigin;
        if (typeof origin === 'string')
          res.setHeader('WWW-Authenticate', bearerChallenge(origin, { error: 'insufficient_scope', scope: `${SCOPE_READ} ${SCOPE_WRITE}` }));
        throw new ProfileError('forbidden', `This access token was granted ${SCOPE_READ} only: writing needs ${SCOPE_WRITE}.`);
      }
      authorize(caller.grant, kind, reachOf(req));
      next();
    } catch (err) {
      sendError(res, err, 'access');
    }
  };
}

/** REST route -> docs/spec.md §8 bucket: reasoning (learn, dialectic, chat), read (GET) or write. */
function bucketOfRequest(req: Request): Bucket {
  if (req.method === 'POST' && (req.path === '/profile/dialectic' || req.path === '/profile/learn' || req.path === '/chat/completions')) return 'reasoning';
  return req.method === 'GET' || req.method === 'HEAD' ? 'read' : 'write';
}

/** The subject of a caller's buckets: its key, or its account in open mode. */
export function rateSubject(keyId: string | null, account: string): string {
  return keyId ?? `account:${account}`;
}

/** `/v1` rate limits per key (docs/spec.md §8): over the bucket, 429 rate_limited with Retry-After. */
export function restRateLimit(limits: RateLimits): RequestHandler {
  return async (req, res, next) => {
    try {
      const { keyId, account } = callerOf(req);
      await limits.consume(bucketOfRequest(req), rateSubject(keyId, account));
      next();
    } catch (err) {
      sendError(res, err, 'rate limit');
    }
  };
}
