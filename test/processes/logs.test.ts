import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { describe, expect, it, vi } from 'vitest';
import { raw } from '../http/helpers.js';
import { tempDir } from '../helpers/tmp.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');
const SECRET_VALUE = 'Zebra-Quartz-7731-private-value';
const SECRET_KEY_NAME = 'unusual_fact_key_q9';

/** What must never reach the log at the default level, whatever happens. */
function expectClean(log: string, apiKeys: string[]) {
  expect(log).not.toContain(SECRET_VALUE);
  expect(log).not.toContain(SECRET_KEY_NAME);
  for (const key of apiKeys) {
    expect(log).not.toContain(key);
    expect(log).not.toContain(key.slice(4, 24));
  }
}

describe('logs never carry fact values, fact keys or API keys (default level)', () => {
  it('HTTP server: writes, reads, bad requests, wrong keys, a corrupt scope and shutdown', async () => {
    const dir = tempDir();
    const created = spawnSync(process.execPath, [CLI, 'keys', 'create', '--account', 'acme', '--data', dir], { encoding: 'utf8' });
    const key = created.stdout.split('\n')[0]!;
    const wrongKey = 'pmk_wrongwrongwrongwrongwrongwrongwrongwrongwro';
    const child = spawn(process.execPath, [CLI, 'http', '--port', '0', '--data', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PROFILE_MCP_LOG_LEVEL: '' },
    });
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    await vi.waitFor(() => expect(log).toMatch(/listening on (http:\/\/127\.0\.0\.1:\d+)/), { timeout: 15_000, interval: 20 });
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(log)![1]!;
    const body = { [SECRET_KEY_NAME]: SECRET_VALUE, collection_id: 'c1' };
    expect((await raw(url, '/v1/profile', { method: 'PATCH', body, key })).status).toBe(200);
    await raw(url, '/v1/profile?collection_id=c1', { key });
    await raw(url, '/v1/profile', { method: 'PATCH', body: { ...body, '9bad key': SECRET_VALUE }, key });
    await raw(url, '/v1/profile', { method: 'PATCH', body: `{"${SECRET_KEY_NAME}": "${SECRET_VALUE}"`, key });
    await raw(url, '/v1/profile', { method: 'PATCH', body, key: wrongKey });
    await raw(url, '/v1/profile/facts', { method: 'POST', body: { key: SECRET_KEY_NAME, value: SECRET_VALUE, collection_id: 'c1' }, key });
    await raw(url, '/v1/profile/learn', { method: 'POST', body: { messages: [{ role: 'user', content: `I work at ${SECRET_VALUE}` }] }, key });
    await raw(url, '/v1/profile/dialectic', { method: 'POST', body: { user_message: `What about ${SECRET_VALUE}?` }, key });
    await raw(url, '/v1/chat/completions', { method: 'POST', body: { messages: [{ role: 'user', content: SECRET_VALUE }] }, key });
    mkdirSync(join(dir, 'accounts/acme/collections'), { recursive: true });
    writeFileSync(join(dir, 'accounts/acme/collections/broken.json'), `{"version":1,"facts":[{"value":"${SECRET_VALUE}"`);
    expect((await raw(url, '/v1/profile?collection_id=broken', { key })).status).toBe(500);
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    expect(log).toContain('broken.json'); // the corrupt file is named ...
    expectClean(log, [key, wrongKey]); // ... but nothing it holds, and no key
  }, 60_000);

  it('stdio server: writes, invalid input and learning', async () => {
    const dir = tempDir();
    let log = '';
    const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, '--data', dir], stderr: 'pipe' });
    transport.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    const client = new Client({ name: 'logs', version: '1' });
    await client.connect(transport);
    await client.callTool({ name: 'patch_profile', arguments: { facts: { [SECRET_KEY_NAME]: SECRET_VALUE } } });
    await client.callTool({ name: 'patch_profile', arguments: { facts: { [`${SECRET_KEY_NAME}!`]: SECRET_VALUE } } });
    await client.callTool({ name: 'learn', arguments: { messages: [{ role: 'user', content: `My company is ${SECRET_VALUE}` }] } });
    await client.close();
    expectClean(log, []);
  }, 30_000);
});
