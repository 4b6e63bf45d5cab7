import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ModelAdapter, OAuthStorage } from './storage.js';

/**
 * Open dynamic client registration, kept in bounds (docs/oauth.md "Registrations"): anyone may
 * register a client, so a registration that no owner approves expires, and one address may register
 * only so many per hour. An approved client is kept.
 */

/** How long a registered client lives unless an owner approves it on the consent page. */
export const UNAPPROVED_CLIENT_TTL_SEC = 24 * 3600;
/** Registrations one client address may make per hour. */
export const REGISTRATIONS_PER_HOUR = 20;

/** The Client model's adapter: what oidc-provider registers expires after `ttlSec` unless kept. */
export function expiringClients(clients: ModelAdapter, ttlSec: number): ModelAdapter {
  return { ...clients, upsert: (id, payload, expiresIn) => clients.upsert(id, payload, expiresIn ?? ttlSec) };
}

/** An owner approved this client: store it again without an expiry. No-op for clients not stored (CIMD). */
export async function keepClient(storage: OAuthStorage, clientId: string): Promise<void> {
  const clients = storage.adapter('Client');
  const found = await clients.find(clientId);
  if (found) await clients.upsert(clientId, found);
}

/**
 * `POST <path>`: at most `perHour` registrations per client address (the socket's: behind a proxy
 * every client shares the proxy's address, so the cap is then for all of them together). Over it:
 * 429 with Retry-After and an OAuth error body; nothing is registered.
 */
export function registrationLimit(path: string, perHour: number): RequestHandler {
  const limiter = new RateLimiterMemory({ keyPrefix: 'oauth-register', points: perHour, duration: 3600 });
  return (req, res, next) => {
    if (req.method !== 'POST' || req.path !== path) {
      next();
      return;
    }
    limiter.consume(req.socket.remoteAddress ?? 'unknown').then(
      () => next(),
      (err: unknown) => {
        if (!(err instanceof RateLimiterRes)) {
          next(err);
          return;
        }
        res
          .status(429)
          .set('Retry-After', String(Math.max(1, Math.ceil(err.msBeforeNext / 1000))))
          .set('Cache-Control', 'no-store')
          .json({ error: 'temporarily_unavailable', error_description: `Too many client registrations from this address: at most ${perHour} an hour.` });
      },
    );
  };
}
