import { createHash } from 'node:crypto';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';
import { ACCOUNT_PATTERN } from '../config.js';
import { COLLECTION_ID_PATTERN } from '../profiles/model.js';
import type { Grant } from '../keys/access.js';
import { log } from '../log.js';
import { SCOPE_READ, SCOPE_WRITE } from './resource.js';

/**
 * `--oauth-issuer URL --oauth-audience AUD` (docs/spec.md §5, docs/oauth.md): trust access tokens that
 * an external identity provider signs as JWTs. Keys come from the issuer's JWKS (discovered from its
 * metadata, or `--oauth-jwks-url`), cached by jose and refetched when a token names an unknown key id
 * (key rotation), at most once per cooldown. Only asymmetric signatures are accepted.
 */

export interface ExternalIssuerSettings {
  issuer: string;
  audience: string;
  /** Claim that names the account; default `sub`. */
  accountClaim: string;
  /** Claim that, when a token carries it, limits the token to one collection (like a collection key). */
  collectionClaim?: string;
  /** JWKS URL; default: `jwks_uri` from the issuer's metadata. */
  jwksUrl?: string;
  /** Scopes a token that carries no scope claim at all is given (e.g. "profile:read"); default none (refused). */
  defaultScopes?: readonly string[];
  /** Minimum time between JWKS refetches (ms); jose's default 30 s. */
  jwksCooldownMs?: number;
  /** Accepted clock skew (s); default 30. */
  clockToleranceSec?: number;
}

/** What a verified token says about its caller. */
export interface TokenIdentity {
  account: string;
  /** The API key the token acts for (--oauth builtin: the key that approved the grant). */
  keyId?: string;
  grant: Grant;
  scopes: string[];
  expiresAt: string | null;
}

/** Why a token was refused: `invalid_token` (401) or `insufficient_scope` (403). */
export class TokenRefused extends Error {
  constructor(
    readonly reason: 'invalid_token' | 'insufficient_scope',
    message: string,
  ) {
    super(message);
  }
}

export interface TokenVerifier {
  /** Authorization servers to list in the resource metadata. */
  readonly issuers: readonly string[];
  /** Whether this string could be one of our tokens (cheap check before verify). */
  accepts(token: string): boolean;
  verify(token: string): Promise<TokenIdentity>;
}

const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const IssuerMetadata = z.object({ issuer: z.string().optional(), jwks_uri: z.url() });

/** https, or http on a loopback host only (a local identity provider in development and tests). */
export function checkIssuerUrl(text: string, what: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${what} must be a URL: ${text}`);
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\./.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`${what} must be an https URL (http only on a loopback host): ${text}`);
  }
  if (url.search || url.hash) throw new Error(`${what} must not carry a query or fragment: ${text}`);
  return text;
}

/** The account a claim value names: itself when it is a valid account name, else a stable hash of it. */
export function accountFromClaim(value: string): string {
  if (ACCOUNT_PATTERN.test(value)) return value;
  return `h-${createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 40)}`;
}

function scopesOf(payload: JWTPayload): string[] | null {
  const scope = payload.scope ?? payload.scp;
  if (typeof scope === 'string') return scope.split(/\s+/).filter(Boolean);
  if (Array.isArray(scope)) return scope.filter((s): s is string => typeof s === 'string');
  return null;
}

/** Turn a token's scopes into a grant: profile:write may write, profile:read only reads; neither is refused. */
export function grantOfScopes(scopes: readonly string[]): Grant {
  if (scopes.includes(SCOPE_WRITE)) return { collection_id: null, read_only: false };
  if (scopes.includes(SCOPE_READ)) return { collection_id: null, read_only: true };
  throw new TokenRefused('insufficient_scope', `The token carries neither ${SCOPE_READ} nor ${SCOPE_WRITE}.`);
}

async function discoverJwks(issuer: string): Promise<string> {
  const base = issuer.replace(/\/$/, '');
  const candidates = [`${base}/.well-known/openid-configuration`, `${base}/.well-known/oauth-authorization-server`];
  for (const url of candidates) {
    try {
      const res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
      if (!res.ok) continue;
      const parsed = IssuerMetadata.safeParse(await res.json());
      if (parsed.success) return parsed.data.jwks_uri;
    } catch {
      // try the next well-known document
    }
  }
  throw new Error(`Could not find the issuer's JWKS: neither ${candidates.join(' nor ')} answered with a jwks_uri. Pass --oauth-jwks-url.`);
}

export function externalIssuer(settings: ExternalIssuerSettings): TokenVerifier {
  let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  let pending: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const keySet = () => {
    if (jwks) return Promise.resolve(jwks);
    pending ??= (settings.jwksUrl ? Promise.resolve(settings.jwksUrl) : discoverJwks(settings.issuer))
      .then((url) => {
        jwks = createRemoteJWKSet(new URL(url), {
          cooldownDuration: settings.jwksCooldownMs ?? 30_000,
          cacheMaxAge: 10 * 60_000,
          timeoutDuration: 10_000,
        });
        return jwks;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
  return {
    issuers: [settings.issuer],
    accepts: (token) => JWT_SHAPE.test(token),
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, await keySet(), {
          issuer: settings.issuer,
          audience: settings.audience,
          algorithms: ALGORITHMS,
          clockTolerance: settings.clockToleranceSec ?? 30,
          requiredClaims: ['exp'],
        }));
      } catch (err) {
        if (err instanceof joseErrors.JOSEError) {
          // The reason only (expired, wrong audience, …): never the token.
          log.debug('bearer token refused', { reason: err.code });
          throw new TokenRefused(
            'invalid_token',
            err instanceof joseErrors.JWTExpired ? 'The access token has expired.' : 'The access token is not valid here.',
          );
        }
        log.warn("could not check a bearer token against the issuer's keys", { error: err instanceof Error ? err.message : String(err) });
        throw new TokenRefused('invalid_token', "The access token could not be checked against the issuer's keys.");
      }
      const claim = payload[settings.accountClaim];
      if (typeof claim !== 'string' || claim === '') {
        throw new TokenRefused('invalid_token', `The access token has no "${settings.accountClaim}" claim naming the account.`);
      }
      const scopes = scopesOf(payload) ?? [...(settings.defaultScopes ?? [])];
      const grant = grantOfScopes(scopes);
      if (settings.collectionClaim !== undefined && payload[settings.collectionClaim] !== undefined) {
        const collection = payload[settings.collectionClaim];
        if (typeof collection !== 'string' || !COLLECTION_ID_PATTERN.test(collection)) {
          throw new TokenRefused('invalid_token', `The access token's "${settings.collectionClaim}" claim is not a collection id.`);
        }
        grant.collection_id = collection;
      }
      return {
        account: accountFromClaim(claim),
        grant,
        scopes,
        expiresAt: typeof payload.exp === 'number' ? new Date(payload.exp * 1000).toISOString() : null,
      };
    },
  };
}
