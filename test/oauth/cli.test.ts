import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningOn } from '../helpers/listening.js';
import { tempDir } from '../helpers/tmp.js';
import { oauthOptions } from '../../src/commands/http.js';
import { UsageError } from '../../src/env.js';
import { raw, rest } from '../http/helpers.js';
import { makeKey, startIssuer, type TestIssuer, type TestKey } from './jwks.js';

/** `profile-mcp http --oauth-issuer … --oauth-audience …` spawned from dist/cli.js: flags, and tokens never in the logs. */

const CLI = join(new URL('../..', import.meta.url).pathname, 'dist/cli.js');
const AUDIENCE = 'profile-mcp-test';

let idp: TestIssuer;
let key: TestKey;

beforeAll(async () => {
  key = await makeKey('cli-1');
  idp = await startIssuer(AUDIENCE, [key]);
});
afterAll(async () => {
  await idp?.close();
});

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [CLI, 'http', '--port', '0', '--data', tempDir(), ...args], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, ...env },
  });
}

describe('profile-mcp http OAuth flags', () => {
  it('refuses incomplete or unsafe OAuth settings (exit code 2 from the command)', () => {
    const cases: Array<Record<string, string>> = [
      { 'oauth-issuer': 'https://idp.example' },
      { 'oauth-audience': 'x' },
      { 'oauth-issuer': 'http://idp.example', 'oauth-audience': 'x' },
      { 'oauth-issuer': 'https://idp.example', 'oauth-audience': 'x', 'oauth-default-scope': 'admin' },
      { 'oauth-issuer': 'https://idp.example', 'oauth-audience': 'x', 'oauth-account-claim': 'a b' },
      { 'oauth-issuer': 'https://idp.example', 'oauth-audience': 'x', 'oauth-jwks-url': 'http://keys.example/jwks' },
      { 'public-url': 'https://profiles.example/mcp' },
      { oauth: 'auth0' },
      { oauth: 'builtin', 'oauth-issuer': 'https://idp.example', 'oauth-audience': 'x' },
    ];
    for (const values of cases) expect(() => oauthOptions(values), JSON.stringify(values)).toThrow(UsageError);
    expect(
      oauthOptions({
        'public-url': 'https://profiles.example/',
        'oauth-issuer': 'http://127.0.0.1:9/',
        'oauth-audience': 'a',
        'oauth-default-scope': 'profile:read',
      }),
    ).toEqual({
      publicUrl: 'https://profiles.example',
      external: { issuer: 'http://127.0.0.1:9/', audience: 'a', accountClaim: 'sub', defaultScopes: ['profile:read'] },
    });
    expect(oauthOptions({ oauth: 'builtin' })).toEqual({ builtin: true });
    // --oauth-cimd-allow-host: HOST or HOST:PORT, only with --oauth builtin.
    for (const hosts of [['clients.lan'], ['https://clients.lan'], ['clients.lan/path'], ['user@clients.lan'], ['clients.lan:99999'], ['']]) {
      const values = hosts[0] === 'clients.lan' ? { 'oauth-cimd-allow-host': hosts } : { oauth: 'builtin', 'oauth-cimd-allow-host': hosts };
      expect(() => oauthOptions(values), JSON.stringify(values)).toThrow(UsageError);
    }
    expect(oauthOptions({ oauth: 'builtin', 'oauth-cimd-allow-host': ['Clients.LAN:8443', '127.0.0.1', '[::1]:9443', '127.0.0.1', 'docs.lan:443'] })).toEqual({
      builtin: true,
      cimdAllowHosts: ['clients.lan:8443', '127.0.0.1', '[::1]:9443', 'docs.lan:443'],
    });
    const savedHosts = process.env.PROFILE_MCP_OAUTH_CIMD_ALLOW_HOSTS;
    process.env.PROFILE_MCP_OAUTH_CIMD_ALLOW_HOSTS = 'a.lan, b.lan:9443';
    try {
      expect(oauthOptions({ oauth: 'builtin' })).toEqual({ builtin: true, cimdAllowHosts: ['a.lan', 'b.lan:9443'] });
      expect(oauthOptions({ oauth: 'builtin', 'oauth-cimd-allow-host': ['c.lan'] })).toEqual({ builtin: true, cimdAllowHosts: ['c.lan'] });
    } finally {
      if (savedHosts === undefined) delete process.env.PROFILE_MCP_OAUTH_CIMD_ALLOW_HOSTS;
      else process.env.PROFILE_MCP_OAUTH_CIMD_ALLOW_HOSTS = savedHosts;
    }
    const saved = process.env.PROFILE_MCP_OAUTH;
    process.env.PROFILE_MCP_OAUTH = 'builtin';
    try {
      expect(oauthOptions({})).toEqual({ builtin: true });
    } finally {
      if (saved === undefined) delete process.env.PROFILE_MCP_OAUTH;
      else process.env.PROFILE_MCP_OAUTH = saved;
    }
    const res = cli(['--oauth-issuer', 'https://idp.example']);
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/--oauth-audience/);
    const wide = cli(['--host', '0.0.0.0', '--oauth', 'builtin']);
    expect(wide.status).toBe(2);
    expect(wide.stderr).toMatch(/--oauth builtin on 0\.0\.0\.0 needs --public-url/);
  });

  it('serves tokens from the issuer, names --public-url in its metadata, and never logs a token (debug level)', async () => {
    const child = spawn(
      process.execPath,
      [
        CLI,
        'http',
        '--port',
        '0',
        '--data',
        tempDir(),
        '--public-url',
        'https://profiles.example.test',
        '--oauth-issuer',
        idp.issuer,
        '--oauth-audience',
        AUDIENCE,
      ],
      { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PROFILE_MCP_LOG_LEVEL: 'debug' } },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    try {
      const url = await listeningOn(child, () => stderr);
      const metadata = await raw(url, '/.well-known/oauth-protected-resource/mcp');
      expect(metadata.json.resource).toBe('https://profiles.example.test/mcp');
      expect(metadata.json.authorization_servers).toEqual([idp.issuer]);
      // No keys and a loopback host, yet with OAuth configured the server does not run open.
      const anonymous = await raw(url, '/v1/profile');
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['www-authenticate']).toBe('Bearer resource_metadata="https://profiles.example.test/.well-known/oauth-protected-resource"');

      const good = await idp.sign(key, { sub: 'carol', scope: 'profile:write' });
      const expired = await idp.sign(key, { sub: 'carol', scope: 'profile:write' }, { expiresIn: Math.floor(Date.now() / 1000) - 600 });
      const foreign = await idp.sign(key, { sub: 'carol', scope: 'profile:write' }, { audience: 'someone-else' });
      expect((await rest(url, good).patch('/v1/profile', { role: 'Pilot' })).status).toBe(200);
      expect((await rest(url, expired).get('/v1/profile')).status).toBe(401);
      expect((await rest(url, foreign).get('/v1/profile')).status).toBe(401);
      const transport = new StreamableHTTPClientTransport(new URL('/mcp', url), { requestInit: { headers: { Authorization: `Bearer ${good}` } } });
      const client = new Client({ name: 'oauth-cli-test', version: '1.0.0' });
      await client.connect(transport);
      const read = await client.callTool({ name: 'get_profile', arguments: {} });
      expect(JSON.stringify(read)).toContain('Pilot');
      await client.close();

      expect(stderr).toMatch(/"?path"?[=:]\s*"?\/v1\/profile/); // debug request lines were written
      for (const token of [good, expired, foreign]) {
        expect(stderr).not.toContain(token);
        // Nor any part of it that identifies it: the signature, the payload.
        for (const part of token.split('.').slice(1)) expect(stderr).not.toContain(part);
      }
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('--oauth builtin (here PROFILE_MCP_OAUTH=builtin) serves its own authorization server; nothing reaches stdout', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [CLI, 'http', '--port', '0', '--data', dir], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, PROFILE_MCP_OAUTH: 'builtin' },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    try {
      const url = await listeningOn(child, () => stderr);
      expect((await raw(url, '/.well-known/oauth-protected-resource')).json.authorization_servers).toEqual([url]);
      const metadata = await raw(url, '/.well-known/oauth-authorization-server');
      expect(metadata.json.issuer).toBe(url);
      expect(metadata.json.token_endpoint).toBe(`${url}/oauth/token`);
      expect((await raw(url, '/v1/profile')).status).toBe(401);
      expect(existsSync(join(dir, 'oauth.json'))).toBe(true);
      expect(stdout).toBe('');
      expect(stderr).not.toMatch(/oidc-provider/);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
