import type { Request, RequestHandler } from 'express';
import type { KeyStore } from '../keys/port.js';
import { FULL_ACCESS, type Grant } from '../keys/access.js';
import { ProfileError } from '../profiles/errors.js';
import { log } from '../log.js';
import { sendError } from './errors.js';
import { TokenRefused, type TokenVerifier } from '../oauth/external.js';
import { bearerChallenge, SCOPE_READ, SCOPE_WRITE } from '../oauth/resource.js';

/** Who is calling: the account every operation of the request is scoped to. */
export interface Caller {
  account: string;
  /** The API key's id (for a --oauth builtin token, the key that approved it); null in open mode and for external tokens. */
  keyId: string | null;
  /** How the caller proved itself. */
  via: 'key' | 'oauth' | 'open';
  /** What the key may do (docs/spec.md §8): its collection and read-only limits. */
  grant: Grant;
  /** When the key stops working (ISO time), or null. */
  expiresAt: string | null;
}

const callers = new WeakMap<Request, Caller>();

export function callerOf(req: Request): Caller {
  const caller = callers.get(req);
  if (!caller) throw new Error('callerOf() used on a route without authentication');
  return caller;
}

export interface AuthOptions {
  keys: KeyStore;
  /** Loopback bind with no keys at all: run open as `localAccount`. */
  allowOpen: boolean;
  localAccount: string;
  /** OAuth access tokens accepted beside API keys (docs/oauth.md); when set, the server never runs open. */
  tokens?: TokenVerifier;
  /** The public origin used in challenges (RFC 9728 resource_metadata). */
  origin?: (req: Request) => string;
}

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

function unauthorized(message: string): ProfileError {
  return new ProfileError('unauthorized', message);
}

/**
 * `Authorization: Bearer <key or OAuth access token>` on every route it guards; failures are 401 with
 * `WWW-Authenticate: Bearer resource_metadata="…"` (RFC 9728), a refused token's with `error="invalid_token"`,
 * a token without either profile scope 403 `insufficient_scope`. With OAuth configured the server never runs open. When the server is bound to loopback and the keys file holds no key at
 * all (not even a revoked one), requests run as the local account. Keys created while the server runs
 * are seen on the next request (the key store re-reads its file when it changes), and from then on
 * every request needs a key.
 */
export function bearerAuth(options: AuthOptions): RequestHandler {
  let open: boolean | undefined;
  const noteMode = (now: boolean) => {
    if (open === now) return;
    if (open !== undefined) {
      log.info(now ? 'no API keys remain: serving without authentication on loopback' : 'API keys exist now: every request needs a key');
    }
    open = now;
  };
  return async (req, res, next) => {
    try {
      const header = req.headers.authorization;
      const token = header === undefined ? undefined : BEARER.exec(header)?.[1];
      if (token !== undefined) {
        const identity = await options.keys.verify(token);
        if (identity) {
          callers.set(req, {
            account: identity.account,
            keyId: identity.id,
            grant: { collection_id: identity.collection_id, read_only: identity.read_only },
            expiresAt: identity.expires_at,
            via: 'key',
          });
          next();
          return;
        }
        if (options.tokens?.accepts(token)) {
          const origin = options.origin?.(req);
          try {
            const verified = await options.tokens.verify(token);
            callers.set(req, { account: verified.account, keyId: verified.keyId ?? null, grant: verified.grant, expiresAt: verified.expiresAt, via: 'oauth' });
            next();
            return;
          } catch (err) {
            if (!(err instanceof TokenRefused)) throw err;
            if (origin !== undefined) {
              res.setHeader(
                'WWW-Authenticate',
                err.reason === 'insufficient_scope'
                  ? bearerChallenge(origin, { error: 'insufficient_scope', scope: `${SCOPE_READ} ${SCOPE_WRITE}` })
                  : bearerChallenge(origin, { error: 'invalid_token', description: err.message }),
              );
            }
            if (err.reason === 'insufficient_scope') throw new ProfileError('forbidden', err.message);
            throw unauthorized(err.message);
          }
        }
      }
      if (options.allowOpen && !options.tokens) {
        const none = (await options.keys.list()).length === 0;
        noteMode(none);
        if (none) {
          callers.set(req, { account: options.localAccount, keyId: null, grant: FULL_ACCESS, expiresAt: null, via: 'open' });
          next();
          return;
        }
      }
      throw header === undefined
        ? unauthorized('Missing API key. Send "Authorization: Bearer <key>"; create a key with `profile-mcp keys create --account NAME`.')
        : token === undefined
          ? unauthorized('The Authorization header must be "Bearer <key>".')
          : unauthorized('Unknown or revoked API key.');
    } catch (err) {
      sendError(res, err, 'auth');
    }
  };
}
