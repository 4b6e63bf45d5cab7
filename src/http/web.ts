import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router, type Request, type Response } from 'express';
import { ProfileError } from '../profiles/errors.js';
import { log } from '../log.js';
import { sendError } from './errors.js';

/**
 * The review page (issue 8): `GET /` serves dist/web/index.html and `GET /assets/<version>/<file>`
 * its scripts and styles. The page is public (it holds no data); everything it shows comes from the
 * REST API, with the caller's key. Files are read once into memory, so no request path ever reaches
 * the file system.
 */

/** Strict CSP: only our own scripts, styles and API; no inline code, no framing, no form posts. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

interface Built {
  version: string;
  index: Buffer;
  indexEtag: string;
  assets: Map<string, { body: Buffer; type: string }>;
}

/** Written by scripts/build-web.mjs next to index.html. */
interface BuildInfo {
  version: string;
}

/** dist/web seen from dist/http/web.js (the package), or from src/http/web.ts (tests run from source). */
function defaultDirs(): string[] {
  return [fileURLToPath(new URL('../web/', import.meta.url)), fileURLToPath(new URL('../../dist/web/', import.meta.url))];
}

function load(dir: string): Built | null {
  const infoPath = join(dir, 'build.json');
  if (!existsSync(infoPath)) return null;
  const info = JSON.parse(readFileSync(infoPath, 'utf8')) as BuildInfo;
  if (typeof info.version !== 'string' || !/^[a-z0-9]{6,64}$/.test(info.version)) return null;
  const index = readFileSync(join(dir, 'index.html'));
  const assets = new Map<string, { body: Buffer; type: string }>();
  const assetDir = join(dir, 'assets');
  for (const name of readdirSync(assetDir)) {
    const type = TYPES[extname(name)];
    if (type === undefined) continue; // source maps and anything unexpected are not served
    assets.set(name, { body: readFileSync(join(assetDir, name)), type });
  }
  const indexEtag = `"${createHash('sha256').update(index).digest('base64url').slice(0, 27)}"`;
  return { version: info.version, index, indexEtag, assets };
}

let stylesheet: string | null | undefined;

/** The review page's stylesheet (other pages, such as the OAuth consent page, share its look); null when not built. */
export function reviewStylesheet(): string | null {
  if (stylesheet !== undefined) return stylesheet;
  stylesheet = null;
  for (const dir of defaultDirs()) {
    try {
      const info = JSON.parse(readFileSync(join(dir, 'build.json'), 'utf8')) as BuildInfo;
      if (typeof info.version === 'string' && /^[a-z0-9]{6,64}$/.test(info.version)) {
        stylesheet = `/assets/${info.version}/styles.css`;
        break;
      }
    } catch {
      // not built here
    }
  }
  return stylesheet;
}

function securityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', PAGE_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function notBuilt(): ProfileError {
  return new ProfileError('not_found', 'The review page is not built. Run `npm run build` (it writes dist/web/), then restart the server.');
}

function send(req: Request, res: Response, body: Buffer, type: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', String(body.length));
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}

/**
 * Routes of the review page, mounted after the Host/Origin guard and before authentication.
 * index.html: `Cache-Control: no-cache` with an ETag (revalidated on every load, 304 when unchanged).
 * Assets live under a path that carries the build's content hash, so they are cached for a year as
 * immutable; a stale version answers 404 (the fresh index.html names the current one).
 */
export function webRoutes(options: { dirs?: readonly string[] } = {}): Router {
  const dirs = options.dirs ?? defaultDirs();
  let built: Built | null | undefined;
  const current = (): Built | null => {
    if (built !== undefined) return built;
    built = null;
    for (const dir of dirs) {
      try {
        built = load(dir);
      } catch (err) {
        log.warn('review page: cannot read the built files', { dir, error: (err as Error).message });
      }
      if (built) break;
    }
    if (!built) log.warn('review page not built: GET / answers 404 until `npm run build` writes dist/web/');
    return built;
  };

  const r = Router({ caseSensitive: true, strict: true });
  r.get('/', (req, res) => {
    const page = current();
    if (!page) {
      sendError(res, notBuilt(), 'web');
      return;
    }
    securityHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', page.indexEtag);
    const match = req.headers['if-none-match'];
    if (match !== undefined && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === page.indexEtag)) {
      res.status(304).end();
      return;
    }
    send(req, res, page.index, TYPES['.html']!);
  });
  r.get('/assets/:version/:file', (req, res) => {
    const page = current();
    const asset = page && req.params.version === page.version ? page.assets.get(req.params.file as string) : undefined;
    if (!asset) {
      sendError(res, new ProfileError('not_found', 'No such asset of the review page. Reload the page: it names the current files.'), 'web');
      return;
    }
    securityHeaders(res);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    send(req, res, asset.body, asset.type);
  });
  return r;
}
