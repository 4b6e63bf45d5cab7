import type { Request } from 'express';

/**
 * The server as an OAuth 2.1 protected resource (docs/spec.md §5, docs/oauth.md): RFC 9728 metadata
 * and the `WWW-Authenticate` challenge every 401 carries, so an MCP client that meets a 401 can find
 * the authorization server. Transport-free helpers; the Express wiring is in src/http/app.ts.
 */

export const SCOPE_READ = 'profile:read';
export const SCOPE_WRITE = 'profile:write';
export const SCOPES = [SCOPE_READ, SCOPE_WRITE] as const;

export const METADATA_PATH = '/.well-known/oauth-protected-resource';

/**
 * The public origin clients reach the server at: `--public-url` when set (the server behind a TLS
 * proxy), else the request's own scheme and Host. The Host has already been checked against the
 * allowed hosts (guard.ts), so it cannot be an attacker's name.
 */
export function publicOrigin(req: Request, publicUrl: string | undefined): string {
  if (publicUrl !== undefined) return publicUrl;
  return `${req.protocol}://${req.headers.host ?? 'localhost'}`;
}

/** RFC 9728 §2: the resource's metadata. `authorization_servers` is listed when OAuth is configured. */
export function resourceMetadata(origin: string, path: string, authorizationServers: readonly string[]): Record<string, unknown> {
  return {
    resource: `${origin}${path}`,
    ...(authorizationServers.length > 0 ? { authorization_servers: [...authorizationServers] } : {}),
    scopes_supported: [...SCOPES],
    bearer_methods_supported: ['header'],
    resource_name: 'profile-mcp',
  };
}

/** Paths a path-suffixed metadata URL may name (RFC 9728 §3.1: /.well-known/oauth-protected-resource/mcp). */
export function isResourcePath(path: string): boolean {
  return path === '' || path === '/' || /^\/(?:mcp|sse|messages|v1)(?:\/|$)/.test(path);
}

/** Characters allowed inside a quoted-string parameter of our own challenges (no quotes, no controls). */
function quoted(value: string): string {
  return `"${value.replace(/["\\\x00-\x1f\x7f]/g, '')}"`;
}

/** RFC 6750 §3 + RFC 9728 §5.1: `Bearer resource_metadata="…"[, error="…"][, scope="…"]`. */
export function bearerChallenge(origin: string, extra: { error?: 'invalid_token' | 'insufficient_scope'; description?: string; scope?: string } = {}): string {
  const parts = [`resource_metadata=${quoted(`${origin}${METADATA_PATH}`)}`];
  if (extra.error) parts.push(`error=${quoted(extra.error)}`);
  if (extra.description) parts.push(`error_description=${quoted(extra.description)}`);
  if (extra.scope) parts.push(`scope=${quoted(extra.scope)}`);
  return `Bearer ${parts.join(', ')}`;
}
