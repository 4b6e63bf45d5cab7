import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

/**
 * The README is the front door: every command block in it runs here, in a fresh temporary HOME,
 * from this checkout, exactly as written. Each fenced block is preceded by a `<!-- test: KIND -->`
 * comment that says how it runs; a block without one fails the test, so none can escape.
 */
const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const PLACEHOLDER = '/absolute/path/to/profile-mcp';

interface Block {
  kind: string;
  lang: string;
  body: string;
}

function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  const re = /(?:<!-- test: ([^\n]*?) -->\n)?```(\w*)\n([\s\S]*?)\n```/g;
  for (const m of markdown.matchAll(re)) out.push({ kind: (m[1] ?? '').trim(), lang: m[2] ?? '', body: m[3]! });
  return out;
}

const ALL = blocks(README);
const ofKind = (prefix: string) => ALL.filter((b) => b.kind.startsWith(prefix));

function home(): Record<string, string> {
  const dir = tempDir('profile-mcp-readme-');
  const prefix = join(dir, 'npm-global');
  mkdirSync(join(prefix, 'bin'), { recursive: true });
  return {
    ...(process.env as Record<string, string>),
    HOME: dir,
    npm_config_prefix: prefix,
    PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
    PROFILE_MCP_DATA: '',
    // dist/ is built already (the suite runs after `npm run build`): `npm install -g .` must not rebuild
    // it under the other test files' feet, nor ask the registry for a newer npm.
    npm_config_ignore_scripts: 'true',
    npm_config_update_notifier: 'false',
    npm_config_offline: 'true',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    PROFILE_MCP_LOG_LEVEL: 'warn',
  };
}

/** Run a block with bash -e in the checkout; returns stdout (stderr on failure in the message). */
function bash(script: string, env: Record<string, string>): string {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const r = spawnSync('bash', ['-e', '-c', script], { cwd: ROOT, env: clean, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`README block failed (exit ${r.status}):\n${script}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r.stdout;
}

/** curl prints its answers back to back with no newline between them: split at each `}{` that parses. */
function jsonDocuments(text: string): Record<string, unknown>[] {
  const docs: Record<string, unknown>[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '}' || (i + 1 < text.length && text[i + 1] !== '{')) continue;
    try {
      docs.push(JSON.parse(text.slice(start, i + 1)) as Record<string, unknown>);
      start = i + 1;
    } catch {
      // a `}{` inside a value: keep reading
    }
  }
  return docs;
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

async function toolsOf(command: string, args: string[], env: Record<string, string>): Promise<string[]> {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const client = new Client({ name: 'readme-test', version: '1' });
  await client.connect(new StdioClientTransport({ command, args, env: clean, stderr: 'pipe' }));
  try {
    return (await client.listTools()).tools.map((t) => t.name);
  } finally {
    await client.close();
  }
}

describe('README', () => {
  it('stays a front door: at most 15 KB, every link to docs/ resolves', () => {
    expect(Buffer.byteLength(README)).toBeLessThanOrEqual(15 * 1024);
    for (const m of README.matchAll(/\]\((docs\/[^)#]+)/g)) expect(() => readFileSync(join(ROOT, m[1]!)), m[1]).not.toThrow();
  });

  it('says how every fenced block is run, and knows every kind', () => {
    const known = ['skip', 'stdio-server', 'run', 'host-config', 'host-command', 'check:ecosystem', 'json'];
    const commandBlocks = ALL.filter((b) => b.lang !== '');
    for (const b of commandBlocks) {
      expect(
        known.some((k) => b.kind.startsWith(k)),
        `no known <!-- test: --> before:\n${b.body}`,
      ).toBe(true);
    }
    // Skipped blocks are only the two commands the suite runs inside.
    for (const b of ofKind('skip'))
      expect(
        b.body
          .split('\n')
          .map((l) => l.replace(/#.*/, '').trim())
          .filter(Boolean),
      ).toEqual(['npm install', 'npm test']);
  });

  it('the operations table is what the tool and route definitions give', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/readme-operations.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('the quick-start server answers tools/list over stdio', async () => {
    const [block] = ofKind('stdio-server');
    const [command, ...args] = block!.body.replace(/#.*/, '').trim().split(/\s+/);
    const tools = await toolsOf(
      command === 'node' ? process.execPath : command!,
      args.map((a) => join(ROOT, a)),
      home(),
    );
    expect(tools).toContain('get_profile');
  });

  it('runs every command block in order in one fresh HOME: import, show, global link, keys, HTTP, curl', { timeout: 120_000 }, async () => {
    const env = home();
    const runs = ofKind('run');
    expect(runs.length).toBeGreaterThanOrEqual(3);
    const [importBlock, linkBlock, httpBlock] = runs;
    // Quick start: preview, import, show the imported profile.
    const shown = bash(importBlock!.body, env);
    expect(shown).toMatch(/Ada|name/i);
    // `npm install -g .` links the checkout under the temporary npm prefix; `profile-mcp --version` answers.
    expect(bash(linkBlock!.body, env)).toMatch(/\d+\.\d+\.\d+/);
    // HTTP in five commands, on the data the quick start wrote. Port 8787 as written when it is free.
    let script = httpBlock!.body;
    if (!(await portIsFree(8787))) {
      const srv = createServer();
      const port = await new Promise<number>((r) => srv.listen(0, '127.0.0.1', () => r((srv.address() as { port: number }).port)));
      await new Promise((r) => srv.close(r));
      script = script.replaceAll('127.0.0.1:8787', `127.0.0.1:${port}`);
      env.PROFILE_MCP_PORT = String(port);
    }
    const out = bash(script, env);
    const [profile, preview] = jsonDocuments(out);
    expect(JSON.stringify(profile)).toContain(JSON.parse(readFileSync(join(ROOT, 'data/example-profile.json'), 'utf8')).facts?.[0]?.key ?? 'name');
    expect(preview).toMatchObject({ status: 'preview' });
  });

  it('every host config starts the server and answers tools/list', async () => {
    const configs = ofKind('host-config');
    expect(configs.length).toBeGreaterThanOrEqual(3);
    for (const block of configs) {
      const doc = JSON.parse(block.body) as Record<string, Record<string, { command: string; args: string[] }>>;
      const server = (doc.mcpServers ?? doc.servers)!.profile!;
      const args = server.args.map((a) => a.replace(PLACEHOLDER, ROOT));
      const tools = await toolsOf(server.command === 'node' ? process.execPath : server.command, args, home());
      expect(tools).toContain('learn');
    }
    for (const block of ofKind('host-command')) {
      const [, launch] = block.body.split(' -- ');
      const [command, ...args] = launch!.trim().split(/\s+/);
      const tools = await toolsOf(
        command === 'node' ? process.execPath : command!,
        args.map((a) => a.replace(PLACEHOLDER, ROOT)),
        home(),
      );
      expect(tools).toContain('dialectic');
    }
  });

  it('the HTTP client config names the served MCP endpoint', () => {
    const [block] = ofKind('json');
    const server = (JSON.parse(block!.body) as { mcpServers: Record<string, { type: string; url: string; headers: Record<string, string> }> }).mcpServers
      .profile!;
    expect(server).toMatchObject({ type: 'http', url: 'http://127.0.0.1:8787/mcp' });
    expect(server.headers.Authorization).toMatch(/^Bearer pmk_/);
  });

  it('the tarball path it shows is the one check:ecosystem runs', () => {
    const [block] = ofKind('check:ecosystem');
    const script = readFileSync(join(ROOT, 'scripts/check-ecosystem.mjs'), 'utf8');
    expect(block!.body).toContain('npm pack');
    expect(block!.body).toMatch(/npx -y --package=\S+ profile-mcp/);
    expect(script).toContain('--package=');
  });
});
