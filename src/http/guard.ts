import { isIP } from 'node:net';
import type { Request, RequestHandler, Response } from 'express';
import { validateHostHeader } from '@modelcontextprotocol/server';
import { ProfileError } from '../profiles/errors.js';
import { sendError } from './errors.js';

export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

export interface GuardOptions {
  /** Host names (no port) accepted in the Host header besides the loopback names. */
  allowedHosts: readonly string[];
  /** Origins (scheme://host[:port]) accepted besides the server's own. */
  allowedOrigins: readonly string[];
}

/** Host names as the URL parser writes them (lower case, IPv6 in brackets), for comparison. */
export function hostName(name: string): string {
  const bare = name.trim();
  const bracketed = isIP(bare) === 6 ? `[${bare}]` : bare;
  try {
    return new URL(`http://${bracketed}`).hostname;
  } catch {
    return bare.toLowerCase();
  }
}

/** An origin in canonical form (scheme://host[:port], default ports dropped), or null if it is not one. */
export function canonicalOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

function refuse(res: Response, message: string): void {
  sendError(res, new ProfileError('unauthorized', message), 'guard', 403);
}

/**
 * DNS-rebinding protection. The Host header must name an allowed host (the SDK's validateHostHeader
 * does the check; its refusal is rewritten into our error object). A request with an Origin header is
 * refused unless the origin is the server's own (same scheme, host and port as the request's Host)
 * or explicitly allowed. Refusals are 403 with code "unauthorized".
 */
export function hostOriginGuard(options: GuardOptions): RequestHandler {
  const hosts = [...new Set([...LOOPBACK_NAMES, ...options.allowedHosts.map(hostName)])];
  const origins = new Set(options.allowedOrigins.map((o) => canonicalOrigin(o) ?? o));
  return (req, res, next) => {
    const host = validateHostHeader(req.headers.host, hosts);
    if (!host.ok) {
      refuse(res, `${host.message}. This server answers only to its allowed host names (start it with --allowed-host NAME to add one).`);
      return;
    }
    const origin = req.headers.origin;
    if (origin === undefined) {
      next();
      return;
    }
    const verdict = originVerdict(req, origin, origins);
    if (verdict === 'refused') {
      refuse(
        res,
        `Origin ${JSON.stringify(origin.slice(0, 200))} is not allowed. Only the server's own origin and origins given with --allowed-origin may call it.`,
      );
      return;
    }
    if (verdict === 'cross-origin') {
      // An --allowed-origin web app: answer CORS so a browser lets it read the responses.
      res.setHeader('Access-Control-Allow-Origin', canonicalOrigin(origin)!);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Expose-Headers', 'Mcp-Session-Id, WWW-Authenticate');
      if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE');
        res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Mcp-Session-Id, Mcp-Protocol-Version, Last-Event-ID');
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}

function originVerdict(req: Request, origin: string, allowed: ReadonlySet<string>): 'same-origin' | 'cross-origin' | 'refused' {
  const canonical = canonicalOrigin(origin);
  if (canonical === null) return 'refused';
  const own = canonicalOrigin(`${req.protocol}://${req.headers.host ?? ''}`);
  if (own !== null && own === canonical) return 'same-origin';
  return allowed.has(canonical) ? 'cross-origin' : 'refused';
}
