import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { start as startFakeAnthropic, unreachableUrl } from '../helpers/fake-anthropic.js';
import { jsonStore } from '../helpers/store.js';

/** The fake API runs in this process, so the CLI must run without blocking the event loop. */
function cliAsync(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, ANTHROPIC_API_KEY: '', ...env } });

describe('profile-mcp doctor', () => {
  it('reports a healthy directory with exit code 0', () => {
    const dir = tempDir();
    cli(['import', join(ROOT, 'data/example-profile.json'), '--data', dir]);
    const r = cli(['doctor', '--data', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 valid profile files, 15 facts');
    expect(r.stdout).toContain('All good.');
  });

  it("finds a corrupt file, a stale lock, a dead writer's temp file and a readable keys file; repairs only when asked", () => {
    const dir = tempDir();
    cli(['import', join(ROOT, 'data/example-profile.json'), '--data', dir]);
    const bad = join(dir, 'accounts/local/collections/coll_123.json');
    writeFileSync(bad, '{"version":1,"facts":[');
    const lock = join(dir, 'accounts/local/profile.json.lock');
    mkdirSync(lock);
    const tmp = join(dir, 'accounts/local/profile.json.4242.7.abc123.tmp');
    writeFileSync(tmp, '{"partial"');
    const old = new Date(Date.now() - 3600_000);
    utimesSync(lock, old, old);
    utimesSync(tmp, old, old);
    writeFileSync(join(dir, 'keys.json'), '{"version":1,"keys":[]}');
    chmodSync(join(dir, 'keys.json'), 0o644);

    const report = cli(['doctor', '--json', '--data', dir]);
    expect(report.status).toBe(1);
    const json = JSON.parse(report.stdout);
    const checks = json.findings
      .filter((f: any) => f.level !== 'ok')
      .map((f: any) => f.check)
      .sort();
    expect(checks).toEqual(['keys file', 'scope file', 'stale lock', 'temp file']);
    expect(report.stderr).toBe(''); // the broken file is reported once, in the findings, not again by the usage walk
    expect(readFileSync(bad, 'utf8')).toBe('{"version":1,"facts":['); // reporting changes nothing
    expect(existsSync(lock)).toBe(true);

    const repaired = cli(['doctor', '--repair', '--data', dir]);
    expect(repaired.stdout).toContain('fixed');
    expect(repaired.status).toBe(0);
    expect(existsSync(bad)).toBe(false);
    const aside = readdirSync(join(dir, 'accounts/local/collections')).filter((n) => n.includes('.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, 'accounts/local/collections', aside[0]!), 'utf8')).toBe('{"version":1,"facts":[');
    expect(existsSync(lock)).toBe(false);
    expect(existsSync(tmp)).toBe(false);
    expect(cli(['doctor', '--data', dir]).status).toBe(0);
    // the scope works again, empty
    const shown = cli(['show', '--collection', 'coll_123', '--data', dir]);
    expect(shown.stdout).toContain('0 facts');
  });

  it('finds an activity log that lost what its scope file relies on; --repair keeps the facts', async () => {
    const dir = tempDir();
    const { ProfileService } = await import('../../src/profiles/service.js');
    const store = jsonStore(dir);
    const service = new ProfileService({ store });
    for (let i = 0; i < 60; i++) await service.patchProfile('local', { facts: { n: i } });
    await store.close();
    const log = join(dir, 'accounts/local/profile.activity.jsonl');
    writeFileSync(log, '{"id":"op_broken"}\n');
    const report = cli(['doctor', '--json', '--data', dir]);
    expect(report.status).toBe(1);
    expect(
      JSON.parse(report.stdout)
        .findings.filter((f: any) => f.level !== 'ok')
        .map((f: any) => [f.check, f.path]),
    ).toEqual([['activity log', log]]);
    expect(cli(['doctor', '--repair', '--data', dir]).status).toBe(0);
    expect(readdirSync(join(dir, 'accounts/local')).some((n) => n.startsWith('profile.activity.jsonl.corrupt-'))).toBe(true);
    expect(cli(['doctor', '--data', dir]).status).toBe(0);
    const fresh = new ProfileService({ store: jsonStore(dir) });
    expect((await fresh.getProfile('local', {})).fact_count).toBe(1);
    expect((await fresh.listOperations('local', {})).total).toBeGreaterThan(0); // the newest ones, from the scope file
  });
});

describe('profile-mcp doctor: reasoner', () => {
  it('says which reasoner auto picks and whether the Anthropic API answers', async () => {
    const dir = tempDir();
    const offline = cli(['doctor', '--data', dir], { ANTHROPIC_API_KEY: '', PROFILE_MCP_REASONER: '' });
    expect(offline.stdout).toMatch(/ok +reasoner: auto -> sampling when the MCP client offers it, else offline/);
    const fake = await startFakeAnthropic({ reply: 'OK' });
    try {
      const env = { ANTHROPIC_API_KEY: 'sk-test', ANTHROPIC_BASE_URL: fake.url };
      const up = await cliAsync(['doctor', '--data', dir], env);
      expect(up.stdout).toMatch(/ok +reasoner: anthropic \(model claude-haiku-5-5, .*\): the API answers/);
      expect(fake.requests).toHaveLength(1);
      const skipped = await cliAsync(['doctor', '--no-llm', '--data', dir], env);
      expect(skipped.stdout).toContain('not contacted (--no-llm)');
      expect(fake.requests).toHaveLength(1);
    } finally {
      await fake.close();
    }
    const down = cli(['doctor', '--data', dir], { ANTHROPIC_API_KEY: 'sk-test', ANTHROPIC_BASE_URL: await unreachableUrl() });
    expect(down.status).toBe(1);
    expect(down.stdout).toMatch(/ERROR reasoner: anthropic .*Could not reach the Anthropic API/);
    expect(down.stdout + down.stderr).not.toContain('sk-test');
    const bad = cli(['doctor', '--data', dir], { PROFILE_MCP_REASONER: 'magic' });
    expect(bad.stdout).toMatch(/ERROR reasoner: .*PROFILE_MCP_REASONER must be one of/);
  });
});

describe('profile-mcp show', () => {
  it('prints a table with bucket, key, value, confidence, source and age; --json prints the profile', () => {
    const dir = tempDir();
    cli(['import', join(ROOT, 'data/example-profile.json'), '--data', dir]);
    const r = cli(['show', '--data', dir]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('global profile of account local: 11 facts');
    expect(lines[1]).toMatch(/^storage: \d+ of 33554432 bytes \(0\.0%, [\d.]+ KiB of 32 MiB\); account: 1 of 10000 collections$/);
    expect(lines[2]).toMatch(/^BUCKET\s+KEY\s+VALUE\s+CONFIDENCE\s+SOURCE\s+AGE$/);
    expect(lines.find((l) => l.includes(' role '))).toMatch(/^static\s+role\s+"Senior Engineer"\s+1\.00\s+import\s+\d+s$/);
    expect(lines[lines.length - 1]).toMatch(/^dynamic\s+current_focus/);
    const json = JSON.parse(cli(['show', '--json', '--collection', 'coll_123', '--data', dir]).stdout);
    expect(json).toMatchObject({ name: 'Maria Garcia', language: 'es', collection_id: 'coll_123', fact_count: 4 });
  });
});

describe('profile-mcp doctor and show: storage against the limits (JSON directory)', () => {
  it("show prints the scope's bytes and limit; doctor reports scopes and accounts near or over a limit, read-only", () => {
    const dir = tempDir();
    cli(['import', join(ROOT, 'data/example-profile.json'), '--data', dir]);
    const limits = { PROFILE_MCP_MAX_SCOPE_BYTES: '5600', PROFILE_MCP_MAX_COLLECTIONS: '2' };
    const shown = cli(['show', '--collection', 'coll_123', '--data', dir], limits);
    expect(shown.stdout.split('\n')[1]).toMatch(/^storage: \d+ of 5600 bytes \(\d+\.\d%, [\d.]+ KiB of 5\.5 KiB\); account: 1 of 2 collections$/);
    const before = readFileSync(join(dir, 'accounts/local/profile.json'), 'utf8');
    const report = cli(['doctor', '--json', '--data', dir], limits);
    expect(report.status).toBe(1);
    const flagged = JSON.parse(report.stdout).findings.filter((f: any) => f.level !== 'ok');
    expect(flagged).toEqual([
      expect.objectContaining({
        level: 'warn',
        check: 'storage',
        message: expect.stringMatching(/^account local, global profile: \d+ of 5600 bytes \(9\d\.\d%\) — near PROFILE_MCP_MAX_SCOPE_BYTES$/),
      }),
    ]); // 1 of 2 collections (50%) is not near
    expect(readFileSync(join(dir, 'accounts/local/profile.json'), 'utf8')).toBe(before);
    const over = cli(['doctor', '--data', dir], { PROFILE_MCP_MAX_SCOPE_BYTES: '4000', PROFILE_MCP_MAX_COLLECTIONS: '1' });
    expect(over.status).toBe(1);
    expect(over.stdout).toMatch(
      /ERROR storage: account local, global profile: \d+ of 4000 bytes \(1\d\d\.\d%\) — at or over PROFILE_MCP_MAX_SCOPE_BYTES \(writes that grow it are refused/,
    );
    expect(over.stdout).toContain('ERROR collections: account local: 1 of 1 collections (100.0%) — at PROFILE_MCP_MAX_COLLECTIONS');
    expect(cli(['doctor', '--data', dir]).stdout).toMatch(
      /ok +storage: 1 accounts, 2 scopes; largest scope [\d.]+ KiB \(account local, global profile\) of 32 MiB allowed/,
    );
  });
});
