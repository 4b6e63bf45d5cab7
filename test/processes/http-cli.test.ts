import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { listeningOn } from '../helpers/listening.js';
import { hashKey } from '../../src/keys/format.js';
import { tempDir } from '../helpers/tmp.js';
import { raw, rest } from '../http/helpers.js';
import { connectSse } from '../http/mcp-client.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');

function cli(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, PROFILE_MCP_LOG_FORMAT: '' } });
}

interface Running {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawn `profile-mcp http` and wait for its "listening on" line. */
async function startHttp(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Running> {
  const port = env.PROFILE_MCP_PORT ? [] : ['--port', '0'];
  const child = spawn(process.execPath, [CLI, 'http', ...port, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = await listeningOn(child, () => stderr);
  return { child, url, stderr: () => stderr, exit };
}

describe('profile-mcp keys', () => {
  it("create prints the key alone on stdout's first line and stores only its hash in a 0600 file", () => {
    const dir = join(tempDir(), 'fresh-data');
    const created = cli(['keys', 'create', '--account', 'acme', '--data', dir]);
    expect(created.status).toBe(0);
    const lines = created.stdout.split('\n');
    expect(lines[0]).toMatch(/^pmk_[A-Za-z0-9_-]{43}$/);
    expect(lines.slice(1).join('')).toBe('');
    const key = lines[0]!;
    expect(created.stderr).toMatch(/key_[0-9a-f]{16}/);
    expect(created.stderr).not.toContain(key);

    const file = join(dir, 'keys.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(key);
    expect(text).not.toContain(key.slice(4, 20));
    expect(text).toContain(hashKey(key));

    const listed = cli(['keys', 'list', '--data', dir]);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/key_[0-9a-f]{16}\s+acme\s+all\s+read-write\s+never\s+\S+\s+never\s+active/);
    expect(listed.stdout).not.toContain(key);
    expect(listed.stdout).not.toContain(hashKey(key));
    const json = JSON.parse(cli(['keys', 'list', '--json', '--data', dir]).stdout);
    expect(json.keys).toEqual([
      {
        id: expect.stringMatching(/^key_/),
        account: 'acme',
        collection_id: null,
        read_only: false,
        expires_at: null,
        created_at: expect.any(String),
        last_used_at: null,
        revoked_at: null,
      },
    ]);

    const revoked = cli(['keys', 'revoke', json.keys[0].id, '--data', dir]);
    expect(revoked.status).toBe(0);
    expect(cli(['keys', 'list', '--data', dir]).stdout).toMatch(/revoked/);
    expect(cli(['keys', 'revoke', 'key_0000000000000000', '--data', dir]).status).toBe(1);
  });

  it('rejects bad usage with exit code 2', () => {
    const dir = tempDir();
    expect(cli(['keys', 'create', '--data', dir]).status).toBe(2);
    expect(cli(['keys', 'create', '--account', 'bad name!', '--data', dir]).status).toBe(2);
    expect(cli(['keys', 'frobnicate', '--data', dir]).status).toBe(2);
    expect(existsSync(join(dir, 'keys.json'))).toBe(false);
  });
});

/** A port that was free a moment ago (the kernel's pick for port 0). */
async function freePort(): Promise<number> {
  const srv = createServer();
  const port = await new Promise<number>((r) => srv.listen(0, '127.0.0.1', () => r((srv.address() as AddressInfo).port)));
  await new Promise((r) => srv.close(r));
  return port;
}

describe('profile-mcp http (spawned)', () => {
  it('takes its port from PROFILE_MCP_PORT alone, lets --port override it, and refuses a bad value with exit code 2', async () => {
    const dir = tempDir();
    const port = await freePort();
    const fromEnv = await startHttp(['--data', dir], { PROFILE_MCP_PORT: String(port) });
    try {
      expect(new URL(fromEnv.url).port).toBe(String(port));
      expect((await raw(fromEnv.url, '/healthz')).status).toBe(200);
    } finally {
      fromEnv.child.kill('SIGKILL');
      await fromEnv.exit;
    }
    const overridden = await startHttp(['--port', '0', '--data', dir], { PROFILE_MCP_PORT: String(port) });
    try {
      expect(new URL(overridden.url).port).not.toBe(String(port));
    } finally {
      overridden.child.kill('SIGKILL');
    }
    const bad = spawnSync(process.execPath, [CLI, 'http', '--data', dir], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, PROFILE_MCP_PORT: 'eighty' },
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/PROFILE_MCP_PORT/);
  });

  it('refuses to start on a non-loopback host without keys, with a clear message', () => {
    const dir = tempDir();
    const res = spawnSync(process.execPath, [CLI, 'http', '--host', '0.0.0.0', '--port', '0', '--data', dir], { encoding: 'utf8', timeout: 20_000 });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(/Refusing to listen on 0\.0\.0\.0/);
    expect(res.stderr).toMatch(/keys create --account/);
  });

  it('runs open on loopback without keys (saying so), and exits 0 on SIGTERM after finishing an in-flight request and closing SSE sessions', async () => {
    const dir = tempDir();
    const s = await startHttp(['--data', dir]);
    try {
      expect(s.stderr()).toMatch(/no API keys: serving without authentication as account "local"/);
      expect((await rest(s.url).patch('/v1/profile', { role: 'Engineer' })).status).toBe(200);
      expect(existsSync(join(dir, 'accounts', 'local', 'profile.json'))).toBe(true);
      const sse = await connectSse({ url: s.url });

      // A request whose body is still arriving when SIGTERM comes in.
      const url = new URL(s.url);
      const body = JSON.stringify({ company: 'Acme' });
      const req = request({
        host: url.hostname,
        port: url.port,
        path: '/v1/profile',
        method: 'PATCH',
        headers: { 'content-length': Buffer.byteLength(body), expect: '100-continue' },
      });
      const answer = new Promise<{ status?: number; text: string }>((resolve, reject) => {
        req.on('response', (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode, text }));
        });
        req.on('error', reject);
      });
      // The server answers `100 Continue` once it holds the request's headers: from then on it is in flight.
      const reached = new Promise<void>((r) => req.once('continue', () => r()));
      req.flushHeaders();
      await reached;
      req.write(body.slice(0, 5));
      s.child.kill('SIGTERM');
      await vi.waitFor(() => expect(s.stderr()).toMatch(/shutting down \(SIGTERM\)/), { timeout: 10_000 });
      req.end(body.slice(5));
      const done = await answer;
      expect(done.status).toBe(200);
      expect(JSON.parse(done.text).created).toBe(1);

      const exited = await s.exit;
      expect(exited).toEqual({ code: 0, signal: null });
      expect(s.stderr()).toMatch(/shutting down \(SIGTERM\)/);
      await sse.close().catch(() => undefined);
      // The write made during shutdown is durable.
      const saved = JSON.parse(readFileSync(join(dir, 'accounts', 'local', 'profile.json'), 'utf8'));
      expect(saved.facts.map((f: { key: string }) => f.key).sort()).toEqual(['company', 'role']);
    } finally {
      s.child.kill('SIGKILL');
    }
  });

  it('requires keys when they exist, on any host, and serves the account of each key', async () => {
    const dir = tempDir();
    const key = cli(['keys', 'create', '--account', 'acme', '--data', dir]).stdout.split('\n')[0]!;
    const s = await startHttp(['--host', '0.0.0.0', '--data', dir, '--allowed-host', 'profiles.example.com']);
    try {
      const base = s.url.replace('0.0.0.0', '127.0.0.1');
      expect((await raw(base, '/v1/profile')).status).toBe(401);
      expect((await rest(base, key).patch('/v1/profile', { role: 'x' })).status).toBe(200);
      expect(existsSync(join(dir, 'accounts', 'acme', 'profile.json'))).toBe(true);
      expect((await raw(base, '/healthz', { headers: { host: 'profiles.example.com' } })).status).toBe(200);
      expect((await raw(base, '/healthz', { headers: { host: 'evil.example.com' } })).status).toBe(403);
      // A key created while the server runs works at once.
      const second = cli(['keys', 'create', '--account', 'other', '--data', dir]).stdout.split('\n')[0]!;
      expect((await rest(base, second).get('/v1/profile')).json.fact_count).toBe(0);
      s.child.kill('SIGINT');
      expect(await s.exit).toEqual({ code: 0, signal: null });
    } finally {
      s.child.kill('SIGKILL');
    }
  });
});
