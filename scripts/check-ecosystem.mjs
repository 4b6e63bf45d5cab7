#!/usr/bin/env node
// npm run check:ecosystem — install paths and real clients, as CI runs them:
//   1. the MCP Bundle: `mcpb validate`, entry point present, manifest tools == tools/list,
//      `npm run bundle`, unpack, launch exactly as mcp_config says, expect `initialize` to answer;
//      server.json for the MCP Registry, checked in and with this bundle's entry (scripts/server-json.mjs);
//   2. npx: `npm pack`, then `npx -y --package=<tarball> profile-mcp`, expect `initialize`;
//   3. the MCP Inspector CLI against the stdio server and the HTTP server;
//   4. the official conformance suite, 0.2 line, on revisions 2026-07-28 and 2025-11-25: every server
//      scenario that applies to a server other than the suite's own example (docs/protocol.md);
//   5. its authorization-server scenarios against --oauth builtin (metadata, a whole code grant with
//      the consent page answered in headless Chromium).
// Everything runs on loopback; packages come from node_modules or the npm registry.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const root = new URL('..', import.meta.url).pathname;
const bin = (pkg, rel) => join(root, 'node_modules', pkg, rel);
const MCPB = bin('@anthropic-ai/mcpb', 'dist/cli/cli.js');
const INSPECTOR = bin('@modelcontextprotocol/inspector', 'clients/launcher/build/index.js');
const only = new Set(process.argv.slice(2));
const temps = [];
const temp = (prefix) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
let failures = 0;

async function step(name, fn) {
  if (only.size > 0 && ![...only].some((o) => name.startsWith(o))) return;
  const started = Date.now();
  try {
    const detail = await fn();
    console.log(`PASS ${name}${detail ? ` — ${detail}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (err) {
    failures++;
    console.log(`FAIL ${name}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function run(cmd, args, options = {}) {
  return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000, ...options });
}

async function withClient(params, fn) {
  const client = new Client({ name: 'ecosystem-check', version: '1' });
  await client.connect(new StdioClientTransport({ ...params, stderr: 'pipe' }));
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

await step('bundle: mcpb validate', () => run(process.execPath, [MCPB, 'validate', 'manifest.json']).trim().split('\n').pop());

await step('bundle: entry point exists', () => {
  if (!existsSync(join(root, manifest.server.entry_point))) throw new Error(`${manifest.server.entry_point} is missing (run npm run build)`);
  return manifest.server.entry_point;
});

await step('bundle: manifest tools equal tools/list', async () => {
  const data = temp('pm-eco-');
  const { tools } = await withClient({ command: process.execPath, args: [join(root, 'dist/cli.js'), '--data', data] }, (c) => c.listTools());
  const served = tools.map((t) => t.name).sort();
  const declared = manifest.tools.map((t) => t.name).sort();
  if (JSON.stringify(served) !== JSON.stringify(declared)) {
    throw new Error(`manifest: ${declared.join(', ')}\nserver:   ${served.join(', ')}`);
  }
  return `${served.length} tools`;
});

let builtBundle;
await step('bundle: unpacked bundle starts as mcp_config says', async () => {
  const dir = temp('pm-bundle-');
  const file = join(dir, 'profile-mcp.mcpb');
  run(process.execPath, [join(root, 'scripts/bundle.mjs'), file]);
  builtBundle = file;
  const unpacked = join(dir, 'unpacked');
  run(process.execPath, [MCPB, 'unpack', file, unpacked]);
  const inside = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8'));
  if (existsSync(join(unpacked, 'node_modules/vitest'))) throw new Error('the bundle carries dev dependencies');
  const home = join(dir, 'home');
  const userConfig = {
    data_dir: inside.user_config.data_dir.default.replace('${HOME}', home),
    anthropic_api_key: '',
    model: inside.user_config.model.default,
    reasoner: inside.user_config.reasoner.default,
    learn_mode: inside.user_config.learn_mode.default,
  };
  const substitute = (s) =>
    s.replaceAll('${__dirname}', unpacked).replace(/\$\{user_config\.([a-z_]+)\}/g, (_, k) => {
      if (!(k in userConfig)) throw new Error(`unknown user_config ${k}`);
      return String(userConfig[k]);
    });
  const { command, args, env } = inside.server.mcp_config;
  const resolvedEnv = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, substitute(v)]));
  const info = await withClient(
    {
      command: command === 'node' ? process.execPath : command,
      args: args.map(substitute),
      env: { PATH: process.env.PATH, HOME: home, ...resolvedEnv },
      cwd: dir,
    },
    async (c) => {
      await c.callTool({ name: 'patch_profile', arguments: { facts: { bundle_check: true } } });
      return c.getServerVersion();
    },
  );
  if (!existsSync(join(home, '.profile-mcp/accounts/local/profile.json'))) throw new Error('data did not land in the user_config data directory');
  return `initialize answered by ${info.name} ${info.version}`;
});

// The MCP Registry listing (docs/registry.md): the checked-in server.json and the release one for the
// bundle just built, against the registry's published schema (vendored) and package.json / src/env.ts.
await step('bundle: server.json for the MCP Registry, checked in and release, against the published schema', () => {
  if (!builtBundle) throw new Error('needs the bundle built by the step before');
  const out = join(temp('pm-registry-'), 'server.json');
  // Exits non-zero with each problem on stderr, which run() puts in the step's failure.
  run(process.execPath, [join(root, 'scripts/server-json.mjs'), '--bundle', builtBundle, '--out', out]);
  const release = JSON.parse(readFileSync(out, 'utf8'));
  const mcpb = release.packages.find((p) => p.registryType === 'mcpb');
  return `${release.name} ${release.version}: npm + mcpb (sha256 ${mcpb.fileSha256.slice(0, 12)}…)`;
});

await step('npx: packed tarball launches with npx -y --package', async () => {
  const dir = temp('pm-npx-');
  const name = run('npm', ['pack', '--pack-destination', dir, '--silent']).trim().split('\n').pop();
  const tarball = join(dir, name);
  const info = await withClient(
    {
      command: 'npx',
      args: ['-y', `--package=${tarball}`, 'profile-mcp', '--data', join(dir, 'data')],
      env: { ...process.env, npm_config_cache: join(dir, 'npm-cache') },
      cwd: dir,
    },
    (c) => c.getServerVersion(),
  );
  return `${name}: initialize answered by ${info.name} ${info.version}`;
});

function inspector(target, method, extra = []) {
  const home = temp('pm-inspector-home-');
  const out = run(process.execPath, [INSPECTOR, '--cli', ...target, '--method', method, ...extra], { env: { ...process.env, HOME: home } });
  return JSON.parse(out.slice(out.indexOf('{')));
}

function inspectorChecks(target) {
  const listed = inspector(target, 'tools/list').tools;
  const tools = listed.map((t) => t.name);
  if (!tools.includes('get_profile')) throw new Error(`tools/list: ${tools.join(', ')}`);
  // The MCP App (docs/mcp-app.md): get_profile links ui://profile/card, which resources/list carries.
  const app = listed.find((t) => t.name === 'get_profile')._meta?.ui?.resourceUri;
  if (app !== 'ui://profile/card') throw new Error(`get_profile _meta: ${JSON.stringify(listed.find((t) => t.name === 'get_profile')._meta)}`);
  const resources = inspector(target, 'resources/list').resources;
  if (!resources.some((r) => r.uri === app && r.mimeType === 'text/html;profile=mcp-app')) throw new Error(`resources/list: ${JSON.stringify(resources)}`);
  const call = inspector(target, 'tools/call', ['--tool-name', 'get_profile']);
  if (call.isError || !call.structuredContent || !('fact_count' in call.structuredContent))
    throw new Error(`get_profile: ${JSON.stringify(call).slice(0, 300)}`);
  const read = inspector(target, 'resources/read', ['--uri', 'profile://me']);
  JSON.parse(read.contents[0].text);
  const prompt = inspector(target, 'prompts/get', ['--prompt-name', 'with_profile', '--prompt-args', 'task=Plan my week']);
  if (!Array.isArray(prompt.messages) || prompt.messages.length === 0) throw new Error('with_profile returned no messages');
  return `${tools.length} tools, get_profile, profile://me, ${app}, with_profile`;
}

await step('inspector: stdio', () => inspectorChecks([process.execPath, join(root, 'dist/cli.js'), '--data', temp('pm-insp-')]));

async function withHttpServer(fn, { data = temp('pm-http-'), args = [] } = {}) {
  const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'http', '--port', '0', '--data', data, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`http server did not start:\n${log}`)), 20_000);
    const onData = (chunk) => {
      log += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`http server exited with ${code}:\n${log}`)));
  });
  try {
    return await fn(url);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

await step('inspector: http', () => withHttpServer((url) => inspectorChecks([`${url}/mcp`, '--transport', 'http'])));

// The 0.2 line needs Node >= 22: both come from the npm registry (pinned), resolved once through npx.
const CONFORMANCE_PACKAGES = ['-p', 'node@22.23.3', '-p', '@modelcontextprotocol/conformance@0.2.0-alpha.12'];
// Scenarios that apply to this server, per revision. The others exercise the suite's example
// server's fixture tools/prompts/resources (test_*, json_schema_2020_12_tool, test://...): see
// docs/protocol.md for the list and why each is left out.
const SCENARIOS = {
  '2026-07-28': [
    'server-stateless',
    'tools-list',
    'resources-list',
    'prompts-list',
    'caching',
    'http-header-validation',
    'sep-2164-resource-not-found',
    'server-sse-multiple-streams',
    'dns-rebinding-protection',
    'input-required-result-unsupported-methods',
  ],
  '2025-11-25': [
    'server-initialize',
    'server-session-lifecycle',
    'logging-set-level',
    'ping',
    'tools-list',
    'resources-list',
    'resources-subscribe',
    'resources-unsubscribe',
    'prompts-list',
    'server-sse-multiple-streams',
    'server-sse-polling',
    'dns-rebinding-protection',
  ],
};

function conformanceBinaries() {
  const out = run('npx', ['-y', ...CONFORMANCE_PACKAGES, '--', 'sh', '-c', 'command -v node; command -v conformance'], {
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  const [node, cli] = out.trim().split('\n');
  if (!node || !cli) throw new Error(`could not resolve node@22 and the conformance CLI: ${out}`);
  return { node, cli };
}

/**
 * Runs one scenario and reads its checks.json. A check the suite marks "Not testable" (it needs
 * one of the example server's diagnostic tools) is counted apart; any other failure fails the step.
 */
async function conformanceScenario({ node, cli }, url, revision, scenario) {
  const out = temp('pm-conf-out-');
  try {
    await promisify(execFile)(node, [cli, 'server', '--url', url, '--scenario', scenario, '--spec-version', revision, '-o', out], {
      cwd: root,
      timeout: 180_000,
      env: { ...process.env, HOME: temp('pm-conf-home-') },
    });
  } catch {
    // the exit code counts "Not testable" checks as failures: the checks below decide
  }
  const dir = readdirSync(out).find((d) => existsSync(join(out, d, 'checks.json')));
  if (!dir) throw new Error(`${revision} ${scenario}: no checks.json written`);
  const checks = JSON.parse(readFileSync(join(out, dir, 'checks.json'), 'utf8'));
  const failed = checks.filter((c) => c.status === 'FAILURE');
  const untestable = failed.filter((c) => /^Not testable/.test(String(c.errorMessage ?? '')));
  const real = failed.filter((c) => !untestable.includes(c));
  return { passed: checks.filter((c) => c.status === 'SUCCESS').length, untestable: untestable.map((c) => c.id), real };
}

await step('conformance 0.2: applicable server scenarios on 2026-07-28 and 2025-11-25', () =>
  withHttpServer(async (url) => {
    const binaries = conformanceBinaries();
    const failed = [];
    const untestable = new Set();
    let passed = 0;
    // Three at a time: each run is mostly Node start-up and waiting on the server.
    const queue = Object.entries(SCENARIOS).flatMap(([revision, list]) => list.map((scenario) => [revision, scenario]));
    const scenarios = queue.length;
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const [revision, scenario] = job;
        try {
          const result = await conformanceScenario(binaries, `${url}/mcp`, revision, scenario);
          passed += result.passed;
          for (const id of result.untestable) untestable.add(`${scenario}/${id}`);
          if (result.real.length > 0)
            failed.push(`${revision} ${scenario}: ${result.real.map((c) => `${c.id}: ${c.errorMessage ?? c.description}`).join('; ')}`);
        } catch (err) {
          failed.push(err instanceof Error ? err.message : String(err));
        }
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    if (failed.length > 0) throw new Error(`${failed.length} scenario(s) failed\n${failed.join('\n')}`);
    return `${scenarios} scenarios, ${passed} checks passed${untestable.size > 0 ? `; not testable without the example server's diagnostic tools: ${[...untestable].join(', ')}` : ''}`;
  }),
);

/** Every checks.json an authorization run wrote under `out` (one directory per scenario). */
function readAuthorizationChecks(out) {
  return readdirSync(out)
    .filter((d) => existsSync(join(out, d, 'checks.json')))
    .flatMap((d) => JSON.parse(readFileSync(join(out, d, 'checks.json'), 'utf8')));
}

/** A port that was free a moment ago (the kernel's pick for port 0). */
async function freePort() {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The suite's authorization-server scenarios against --oauth builtin (docs/oauth.md): the metadata
// endpoint, and a whole authorization code grant — a client registered here by DCR with the suite's
// callback, the consent page answered in headless Chromium with an API key made for the test account.
await step('conformance 0.2: authorization server scenarios against --oauth builtin', async () => {
  const data = temp('pm-oauth-');
  const key = run(process.execPath, [join(root, 'dist/cli.js'), 'keys', 'create', '--account', 'conformance', '--data', data]).split('\n')[0];
  return withHttpServer(
    async (url) => {
      const { node, cli } = conformanceBinaries();
      const env = { ...process.env, HOME: temp('pm-conf-home-') };
      const port = await freePort();
      const registered = await fetch(`${url}/oauth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          client_name: 'MCP conformance suite',
          redirect_uris: [`http://127.0.0.1:${port}/callback`],
          token_endpoint_auth_method: 'none',
          grant_types: ['authorization_code'],
          response_types: ['code'],
        }),
      });
      if (registered.status !== 201) throw new Error(`registration answered ${registered.status}: ${await registered.text()}`);
      const { client_id: clientId } = await registered.json();
      // No --scenario: the suite runs both, and the code grant reads the metadata the first one fetched.
      const out = temp('pm-conf-as-');
      const child = spawn(node, [cli, 'authorization', '--url', url, '--client-id', clientId, '--resource', `${url}/mcp`, '-p', String(port), '-o', out], {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const exited = new Promise((resolve) => child.on('exit', resolve));
      const authorizeUrl = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no authorization URL printed:\n${output}`)), 60_000);
        const onData = (chunk) => {
          output += chunk.toString();
          const line = output.split('\n').find((l) => l.startsWith(`${url}/oauth/authorize?`));
          if (line) {
            clearTimeout(timer);
            resolve(line.trim());
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        void exited.then(() => reject(new Error(`the scenario exited before printing an authorization URL:\n${output}`)));
      });
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
      try {
        const page = await browser.newPage();
        await page.goto(authorizeUrl);
        await page.locator('input[name=key]').fill(key);
        const landed = page.waitForURL((u) => u.href.startsWith(`http://127.0.0.1:${port}/callback`), { timeout: 20_000 });
        await page.locator('button[value=approve]').click();
        await landed;
      } catch (err) {
        child.kill('SIGTERM');
        throw err;
      } finally {
        await browser.close();
      }
      const timer = setTimeout(() => child.kill('SIGTERM'), 30_000);
      await exited;
      clearTimeout(timer);
      const checks = readAuthorizationChecks(out);
      const passed = checks.filter((c) => c.status === 'SUCCESS').map((c) => c.id);
      const failed = checks.filter((c) => c.status !== 'SUCCESS' && c.status !== 'INFO').map((c) => `${c.id} ${c.status}: ${c.errorMessage ?? c.description}`);
      if (failed.length > 0) throw new Error(`${failed.length} check(s) failed\n${failed.join('\n')}`);
      for (const expected of ['authorization-server-metadata', 'authorization-code-grant'])
        if (!passed.includes(expected)) throw new Error(`no passing ${expected} check:\n${output}`);
      return `${checks.length} checks passed: ${passed.join(', ')}`;
    },
    { data, args: ['--oauth', 'builtin'] },
  );
});

for (const dir of temps) rmSync(dir, { recursive: true, force: true });
console.log(failures === 0 ? 'ecosystem checks: all passed' : `ecosystem checks: ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
