#!/usr/bin/env node
// Build the review page into dist/web/ (part of `npm run build`):
//   1. compile web/*.ts (web/tsconfig.json: lib DOM, ES modules; on its own that config only
//      typechecks) into dist/web/assets/
//   2. copy web/styles.css next to the scripts
//   3. version the assets by their content hash: index.html refers to assets/<hash>/..., which the
//      server caches for a year as immutable; dist/web/build.json names the hash for the server.
// The page is built in a scratch directory and moved into place at the end, so a server (or a test)
// reading dist/web/ never sees a half-built page.
// Fails when the compiled page grows past the size budget (the page must stay small).
//
// Then the MCP App (docs/mcp-app.md) into dist/app/card.html: web/app/main.ts bundled with esbuild
// (it imports @modelcontextprotocol/ext-apps and the review page's own modules) and inlined with
// the page's styles plus web/app/card.css into one HTML file, since a ui:// resource is a single
// document. Its Content-Security-Policy allows exactly that inline script and style (by hash) and no
// origin at all.
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'web');
const out = join(root, 'dist', 'web');
const work = join(root, 'dist', `.web-build-${process.pid}`);
const assets = join(work, 'assets');
const BUDGET_BYTES = 96 * 1024; // scripts + styles, uncompressed

rmSync(work, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(src, 'tsconfig.json'), '--noEmit', 'false', '--outDir', assets],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
function fail(message) {
  rmSync(work, { recursive: true, force: true });
  console.error(`build-web: ${message}`);
  process.exit(1);
}
if (tsc.status !== 0) fail('the page does not compile (see above)');
mkdirSync(assets, { recursive: true });
copyFileSync(join(src, 'styles.css'), join(assets, 'styles.css'));

const files = readdirSync(assets)
  .filter((name) => /\.(js|css)$/.test(name))
  .sort();
const hash = createHash('sha256');
let bytes = 0;
for (const name of files) {
  const body = readFileSync(join(assets, name));
  bytes += statSync(join(assets, name)).size;
  hash.update(name).update('\0').update(body).update('\0');
}
const version = hash.digest('hex').slice(0, 16);
if (bytes > BUDGET_BYTES) fail(`the page's scripts and styles weigh ${bytes} bytes, over the ${BUDGET_BYTES}-byte budget`);

const html = readFileSync(join(src, 'index.html'), 'utf8');
if (!html.includes('__ASSETS__/main.js')) fail('web/index.html must load __ASSETS__/main.js');
writeFileSync(join(work, 'index.html'), html.replaceAll('__ASSETS__', `assets/${version}`));
writeFileSync(join(work, 'build.json'), `${JSON.stringify({ version, files, bytes }, null, 2)}\n`);
rmSync(out, { recursive: true, force: true });
renameSync(work, out);
console.log(`build-web: dist/web (${files.length} files, ${(bytes / 1024).toFixed(1)} KiB, version ${version})`);

// ---- the MCP App ----
const APP_BUDGET_BYTES = 800 * 1024; // ext-apps pulls in the MCP client core and zod: ~670 KiB minified
const appOut = join(root, 'dist', 'app');
const appCheck = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(src, 'app', 'tsconfig.json')], {
  cwd: root,
  stdio: 'inherit',
});
if (appCheck.status !== 0) fail('the MCP App does not compile (see above)');
const bundled = await build({
  entryPoints: [join(src, 'app', 'main.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'warning',
});
const script = bundled.outputFiles[0].text.trim();
if (/<\/script/i.test(script)) fail('the app bundle contains "</script"');
// The page follows the OS theme (prefers-color-scheme); the app follows the host's (data-theme on
// <html>, set from the host context): its dark rules are the page's, re-scoped by CSS nesting.
const pageStyles = readFileSync(join(src, 'styles.css'), 'utf8')
  .replaceAll('@media (prefers-color-scheme: dark) {', ":root[data-theme='dark'] {")
  .replace(/^ {2}:root \{/m, '  & {');
if (pageStyles.includes('prefers-color-scheme')) fail('web/styles.css: a prefers-color-scheme rule the app build cannot re-scope');
const styles = `${pageStyles}\n${readFileSync(join(src, 'app', 'card.css'), 'utf8')}`.trim();
const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${sha(script)}`,
  `style-src ${sha(styles)}`,
  'img-src data:',
  "connect-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const template = readFileSync(join(src, 'app', 'card.html'), 'utf8');
if (!/<style>[\s\S]*?<\/style>/.test(template) || !/<script type="module">[\s\S]*?<\/script>/.test(template) || !template.includes('__CSP__')) {
  fail('web/app/card.html must hold __CSP__, one <style> and one <script type="module">');
}
const page = template
  .replace('__CSP__', () => csp)
  .replace(/<style>[\s\S]*?<\/style>/, () => `<style>${styles}</style>`)
  .replace(/<script type="module">[\s\S]*?<\/script>/, () => `<script type="module">${script}</script>`);
const appBytes = Buffer.byteLength(page);
if (appBytes > APP_BUDGET_BYTES) fail(`the MCP App weighs ${appBytes} bytes, over the ${APP_BUDGET_BYTES}-byte budget`);
const appWork = join(root, 'dist', `.app-build-${process.pid}`);
rmSync(appWork, { recursive: true, force: true });
mkdirSync(appWork, { recursive: true });
writeFileSync(join(appWork, 'card.html'), page);
rmSync(appOut, { recursive: true, force: true });
renameSync(appWork, appOut);
console.log(`build-web: dist/app/card.html (${(appBytes / 1024).toFixed(1)} KiB)`);
