import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../src/http/web.js';
import { raw, startHarness, type Harness } from '../http/helpers.js';
import { ensureWebBuilt, ROOT } from './browser.js';

/** How the HTTP server serves the review page: public, strict CSP, correct caching, nothing else exposed. */

let h: Harness & { tokens: Record<string, string> };
let version: string;
let scripts: string[];

beforeAll(async () => {
  await ensureWebBuilt();
  version = (JSON.parse(readFileSync(join(ROOT, 'dist', 'web', 'build.json'), 'utf8')) as { version: string }).version;
  h = await startHarness({ accounts: ['acme'] });
  const html = (await raw(h.url, '/')).text;
  scripts = [...html.matchAll(/(?:src|href)="(assets\/[^"]+)"/g)].map((m) => m[1]!);
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('GET / (the review page)', () => {
  it('is public even when keys exist, while the API still needs a key', async () => {
    const page = await raw(h.url, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<title>Profile review · profile-mcp</title>');
    expect((await raw(h.url, '/v1/profile')).status).toBe(401);
  });

  it('sends the strict CSP and the other security headers; no inline script or style in the HTML', async () => {
    const page = await raw(h.url, '/');
    expect(page.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(PAGE_CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script has a src
    expect(page.text).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('index.html: no-cache with an ETag, 304 when unchanged; HEAD has headers and no body', async () => {
    const page = await raw(h.url, '/');
    expect(page.headers['cache-control']).toBe('no-cache');
    const etag = page.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await raw(h.url, '/', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect((await raw(h.url, '/', { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
    const head = await raw(h.url, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(page.text)));
  });

  it('assets live under the build hash and are cached for a year as immutable; other versions and files are 404', async () => {
    expect(scripts).toEqual([`assets/${version}/styles.css`, `assets/${version}/main.js`]);
    const js = await raw(h.url, `/assets/${version}/main.js`);
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    const css = await raw(h.url, `/assets/${version}/styles.css`);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    // Every module main.js imports is served too.
    for (const [, name] of js.text.matchAll(/from '\.\/([a-z]+\.js)'/g)) {
      expect((await raw(h.url, `/assets/${version}/${name}`)).status, name).toBe(200);
    }
    for (const path of [
      `/assets/0000000000000000/main.js`,
      `/assets/${version}/nope.js`,
      `/assets/${version}/..%2F..%2Fpackage.json`,
      `/assets/${version}/../build.json`,
      `/assets/${version}/main.js.map`,
      '/assets/main.js',
      '/build.json',
      '/index.html',
    ]) {
      const res = await raw(h.url, path);
      expect([401, 404], path).toContain(res.status);
      expect(res.text, path).not.toContain('import ');
      expect(res.json?.error?.code, path).toMatch(/^(not_found|unauthorized)$/);
    }
  });

  it('stays behind the Host/Origin guard: a foreign Host or Origin is refused before the page', async () => {
    expect((await raw(h.url, '/', { headers: { host: 'evil.example:80' } })).status).toBe(403);
    expect((await raw(h.url, `/assets/${version}/main.js`, { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect((await raw(h.url, `/assets/${version}/main.js`, { headers: { origin: h.url } })).status).toBe(200);
  });

  it('the compiled page stays small (a few tens of KB of scripts)', () => {
    const info = JSON.parse(readFileSync(join(ROOT, 'dist', 'web', 'build.json'), 'utf8')) as { files: string[] };
    const bytes = info.files.filter((f) => f.endsWith('.js')).reduce((n, f) => n + readFileSync(join(ROOT, 'dist', 'web', 'assets', f)).length, 0);
    // 64 KiB until the MCP App came to share the inbox, activity and fact views (a transport hook in
    // web/api.ts): 64.2 KiB then, unminified. The guard is against pulling a library into the page.
    expect(bytes).toBeLessThan(72 * 1024);
  });
});

describe('profile-mcp http (the built CLI) serves the page from dist/web', () => {
  let child: ChildProcess | undefined;
  let dir: string;
  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child!.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers GET / with the page and its assets', async () => {
    const cli = join(ROOT, 'dist', 'cli.js');
    expect(existsSync(join(ROOT, 'dist', 'http', 'web.js')), 'dist/ is not built: run `npm run build`').toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'profile-mcp-web-cli-'));
    child = spawn(process.execPath, [cli, 'http', '--port', '0', '--data', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`no start-up line:\n${err}`)), 15_000);
      child!.stderr!.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        const m = /listening on (http:\/\/\S+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child!.once('exit', (code) => reject(new Error(`exited ${code}:\n${err}`)));
    });
    const page = await raw(url, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(PAGE_CSP);
    const asset = /src="(assets\/[^"]+\/main\.js)"/.exec(page.text)![1]!;
    const js = await raw(url, `/${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
