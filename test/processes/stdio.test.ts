import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { jsonStore } from '../helpers/store.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');

function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 20_000 });
}

describe('the built CLI over stdio', () => {
  it('writes nothing but JSON-RPC to stdout and survives garbage on stdin', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [CLI, 'stdio', '--data', dir], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const send = (msg: unknown) => child.stdin.write(`${typeof msg === 'string' ? msg : JSON.stringify(msg)}\n`);
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } });
    send('this is not json');
    send('{"jsonrpc": "2.0", "id": ');
    send('\u0000\u0001binary');
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'patch_profile', arguments: { facts: { role: 'Engineer' } } } });
    const waitFor = async (id: number) => {
      const deadline = Date.now() + 15_000;
      while (!new RegExp(`"id":${id}\\b`).test(stdout) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    };
    await waitFor(2); // calls run concurrently: read only after the write answered
    send({ jsonrpc: '2.0', id: 3, method: 'no/such/method' });
    send({ jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'get_profile', arguments: {} } });
    await waitFor(4);
    await waitFor(3);
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter((l) => l.length > 0);
    for (const line of lines) expect(JSON.parse(line).jsonrpc).toBe('2.0');
    const messages = lines.map((l) => JSON.parse(l));
    const responses = messages.filter((m) => 'id' in m);
    expect(responses.map((m) => m.id).sort()).toEqual([1, 2, 3, 4]);
    // the rest are logging notifications about the malformed lines (warning level and up)
    for (const m of messages.filter((m) => !('id' in m))) expect(m).toMatchObject({ method: 'notifications/message', params: { level: 'warning' } });
    const byId = new Map(responses.map((m) => [m.id, m]));
    expect(byId.get(3).error.code).toBe(-32601);
    expect(byId.get(4).result.structuredContent.profile.static[0].value).toBe('Engineer');
    expect(stderr).toContain('ignored a message');
    expect(stderr).not.toContain('this is not json');
  });

  it('serves a real SDK client over StdioClientTransport', async () => {
    const dir = tempDir();
    const client = new Client({ name: 'e2e', version: '1' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, '--data', dir], stderr: 'ignore' }));
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain('patch_profile');
    const r: any = await client.callTool({ name: 'patch_profile', arguments: { facts: { role: 'Engineer' }, collection_id: 'coll_123', dry_run: true } });
    expect(r.structuredContent.status).toBe('preview');
    await client.close();
  });

  it('keeps learned conflicts in the inbox, records stdio writes in the activity, undoes them; import is recorded as cli', async () => {
    const dir = tempDir();
    const client = new Client({ name: 'e2e', version: '1' });
    const env = { ...(process.env as Record<string, string>), PROFILE_MCP_REASONER: 'offline', ANTHROPIC_API_KEY: '' };
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, '--data', dir], stderr: 'ignore', env }));
    const call = async (name: string, args: Record<string, unknown> = {}) => {
      const r: any = await client.callTool({ name, arguments: args });
      if (r.isError) throw new Error(r.content[0].text);
      return r.structuredContent;
    };
    try {
      expect(client.getInstructions()).toContain('list_pending');
      await call('patch_profile', { facts: { location: 'Calgary' } });
      expect((await call('learn', { messages: [{ role: 'user', content: 'I live in Halifax.' }] })).changes[0].action).toBe('conflict');
      const [proposal] = (await call('list_pending')).proposals;
      expect(proposal).toMatchObject({ key: 'location', after: 'Halifax', evidence: 'I live in Halifax.' });
      expect(await call('resolve_pending', { ids: [proposal.id], decision: 'accept' })).toMatchObject({ accepted: 1 });
      const { operations } = await call('list_operations');
      expect(operations.map((op: any) => [op.operation, op.actor])).toEqual([
        ['resolve_pending', { transport: 'stdio', key_id: null }],
        ['patch_profile', { transport: 'stdio', key_id: null }],
      ]);
      expect(await call('undo_operation', { id: operations[0].id, dry_run: true })).toMatchObject({ status: 'preview', would_update: 1 });
      await call('undo_operation', { id: operations[0].id });
      expect((await call('get_profile')).profile.static[0].value).toBe('Calgary');
    } finally {
      await client.close();
    }
    expect(cli(['import', join(ROOT, 'data/example-profile.json'), '--data', dir]).status).toBe(0);
    const { ProfileService } = await import('../../src/profiles/service.js');
    const [imported] = (await new ProfileService({ store: jsonStore(dir) }).listOperations('local', {})).operations;
    expect(imported).toMatchObject({ operation: 'import', actor: { transport: 'cli', key_id: null } });
  });

  it('PROFILE_MCP_LEARN_MODE=review keeps what is learned as proposals; a bad value stops start-up', async () => {
    const dir = tempDir();
    const client = new Client({ name: 'e2e', version: '1' });
    const env = { ...(process.env as Record<string, string>), PROFILE_MCP_REASONER: 'offline', ANTHROPIC_API_KEY: '', PROFILE_MCP_LEARN_MODE: 'review' };
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, '--data', dir], stderr: 'ignore', env }));
    try {
      const learned: any = await client.callTool({ name: 'learn', arguments: { messages: [{ role: 'user', content: 'I live in Oslo.' }] } });
      expect(learned.structuredContent).toMatchObject({ pending: 1, created: 0 });
      const direct: any = await client.callTool({ name: 'learn', arguments: { messages: [{ role: 'user', content: 'I love chess.' }], review: false } });
      expect(direct.structuredContent).toMatchObject({ created: 1 });
    } finally {
      await client.close();
    }
    const bad = cli(['--data', dir], '', { PROFILE_MCP_LEARN_MODE: 'sometimes' });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('PROFILE_MCP_LEARN_MODE must be auto or review');
  });

  it('prints help and version, and rejects unknown commands with usage', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    for (const c of ['stdio', 'export', 'import']) expect(help.stdout).toContain(c);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(cli(['--version']).stdout.trim()).toBe(pkg.version);
    expect(cli(['export', '--help']).stdout).toContain('--collection');
    const bad = cli(['frobnicate']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('profile-mcp: unknown command "frobnicate". See "profile-mcp --help".\n');
    const badFlag = cli(['export', '--nope']);
    expect(badFlag.status).toBe(2);
    // one line naming the problem, then where the usage is (issue 15)
    expect(badFlag.stderr.trim().split('\n')).toHaveLength(1);
    expect(badFlag.stderr).toMatch(/^profile-mcp export: .*--nope.* See "profile-mcp export --help"\.\n$/);
    const badUrl = cli(['keys', 'list', '--store', 'postgres', '--database-url', 'mysql://u:secret@h/db']);
    expect(badUrl.status).toBe(2);
    expect(badUrl.stderr).toContain('must start with postgres://');
    expect(badUrl.stderr).not.toContain('secret');
  });

  it('imports the example profile (dry run first), exports it, and re-imports the export unchanged', () => {
    const dir = tempDir();
    const example = join(ROOT, 'data/example-profile.json');
    const dry = cli(['import', example, '--dry-run', '--data', dir]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Would import: created 15, updated 0, unchanged 0');
    expect(cli(['export', '--data', dir]).stdout.trim()).toContain('"scopes": []');
    const real = cli(['import', example, '--data', dir]);
    expect(real.stdout).toContain('Imported: created 15');
    const exported = cli(['export', '--data', dir]);
    expect(exported.status).toBe(0);
    const doc = JSON.parse(exported.stdout);
    expect(doc.format).toBe('profile-mcp.export');
    expect(doc.scopes.map((s: any) => s.collection_id)).toEqual([null, 'coll_123']);
    const role = doc.scopes[0].facts.find((f: any) => f.key === 'role');
    expect(role).toMatchObject({ value: 'Senior Engineer', source: 'import', confidence: 1 });
    const again = cli(['import', '-', '--data', dir], exported.stdout);
    expect(again.stdout).toContain('created 0, updated 0, unchanged 15');
    // into a fresh directory the export round-trips exactly (ids, sources, timestamps, history)
    const copy = tempDir();
    cli(['import', '-', '--data', copy], exported.stdout);
    const reexported = JSON.parse(cli(['export', '--data', copy]).stdout);
    expect(reexported.scopes).toEqual(doc.scopes);
    const one = JSON.parse(cli(['export', '--collection', 'coll_123', '--data', dir]).stdout);
    expect(one.scopes).toHaveLength(1);
  });

  it('rejects an invalid import as a whole and writes nothing', () => {
    const dir = tempDir();
    const bad = JSON.stringify({
      format: 'profile-mcp.export',
      version: 1,
      scopes: [
        {
          collection_id: null,
          facts: [
            { key: 'ok', value: 1 },
            { key: '__proto__', value: 2 },
            { key: 'big', value: 'x'.repeat(9000) },
          ],
        },
      ],
    });
    const r = cli(['import', '-', '--data', dir], bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('validation_error');
    expect(r.stderr).toContain('scopes.0.facts.1.key');
    expect(r.stderr).toContain('scopes.0.facts.2.value');
    expect(JSON.parse(cli(['export', '--data', dir]).stdout).scopes).toEqual([]);
  });
});
