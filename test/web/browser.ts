import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Locator, type Page } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SHOTS = join(ROOT, 'test-output', 'screenshots');
export const CHROMIUM = '/usr/bin/chromium';

/** The flags of NOTES.md: no sandbox (containers), no GPU, no network chatter of its own. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    if (/\.(ts|css|html|json)$/.test(name)) t = Math.max(t, statSync(join(dir, name)).mtimeMs);
  }
  return t;
}

/**
 * Make sure dist/web/ holds the page built from the current web/ sources (`npm run build` does it in
 * CI; a local `npx vitest run test/web` after editing web/ rebuilds here). A lock directory keeps two
 * test files from building at once; the build itself swaps dist/web/ in atomically.
 */
export async function ensureWebBuilt(): Promise<void> {
  const lock = join(ROOT, 'dist', '.web-build-lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`stale lock ${lock}: remove it`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    const info = join(ROOT, 'dist', 'web', 'build.json');
    const app = join(ROOT, 'dist', 'app', 'card.html'); // the MCP App, built by the same script
    const sources = Math.max(newest(join(ROOT, 'web')), newest(join(ROOT, 'web', 'app')), statSync(join(ROOT, 'scripts', 'build-web.mjs')).mtimeMs);
    if (existsSync(info) && statSync(info).mtimeMs >= sources && existsSync(app) && statSync(app).mtimeMs >= sources) return;
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-web.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`scripts/build-web.mjs failed:\n${run.stdout}\n${run.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Browser {
  context: BrowserContext;
  /** Console errors and page errors seen so far (CSP violations show up here). */
  problems: string[];
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** Save test-output/screenshots/<name>.png: the viewport, the full page, or one element. */
  shot(page: Page, name: string, options?: { fullPage?: boolean; element?: string }): Promise<string>;
  close(): Promise<void>;
}

/** Debian's chromium, headless, with a fresh profile directory. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: the browser tests need Debian's chromium (apt-get install -y chromium)`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'profile-mcp-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 860 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(10_000);
  const problems: string[] = [];
  mkdirSync(SHOTS, { recursive: true });
  const watch = (page: Page) => {
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error' || m.type() === 'warning') {
        const text = m.text();
        // Expected: the 401s of the key tests and 4xx answers the tests provoke on purpose.
        if (/Failed to load resource: the server responded with a status of (400|401) /.test(text)) return;
        problems.push(`${m.type()}: ${text}`);
      }
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  };
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
  return {
    context,
    problems,
    newPage: async (viewport) => {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    shot: async (page, name, options = {}) => {
      const path = join(SHOTS, `${name}.png`);
      if (options.element) {
        await page.locator(options.element).screenshot({ path, animations: 'disabled', caret: 'hide' });
        return path;
      }
      await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled', caret: 'hide' });
      return path;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Browser-side helpers. Test files are typechecked without the DOM lib, so code that runs in the page
// reaches its globals through globalThis.

/** The aria-label of the focused element (the page's buttons are named by it). */
export function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => ((globalThis as any).document.activeElement?.getAttribute('aria-label') as string | null) ?? null);
}

export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el: any) => el === el.ownerDocument.activeElement);
}

/** What the page keeps in the browser: sessionStorage entries, localStorage size, cookies. */
export function kept(page: Page): Promise<{ session: Record<string, string>; local: number; cookies: string }> {
  return page.evaluate(() => {
    const g = globalThis as any;
    return {
      session: Object.fromEntries(Object.entries(g.sessionStorage)) as Record<string, string>,
      local: Object.keys(g.localStorage).length,
      cookies: g.document.cookie as string,
    };
  });
}

/** The document's scroll width and the viewport's width. */
export function widths(page: Page): Promise<{ doc: number; view: number }> {
  return page.evaluate(() => {
    const g = globalThis as any;
    return { doc: g.document.documentElement.scrollWidth as number, view: g.innerWidth as number };
  });
}
