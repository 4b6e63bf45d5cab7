import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000 });

describe('profile-mcp doctor', () => {
  it('reports a healthy directory with exit code 0', () => {
    const dir = tempDir();
    cli(['import', join(ROOT, 'data/example-profile.json'), '--data', dir]);
    const r = cli(['doctor', '--data', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 valid profile files, 15 facts');
    expect(r.stdout).toContain('All good.');
  });

  it('finds a corrupt file, a stale lock, a dead writer\'s temp file and a readable keys file; repairs only when asked', () => {
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
    const checks = json.findings.filter((f: any) => f.level !== 'ok').map((f: any) => f.check).sort();
    expect(checks).toEqual(['keys file', 'scope file', 'stale lock', 'temp file']);
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
});

describe('profile-mcp show', () => {
  it('prints a table with bucket, key, value, confidence, source and age; --json prints the profile', () => {
    const dir = tempDir();
    cli(['import', join(ROOT, 'data/example-profile.json'), '--data', dir]);
    const r = cli(['show', '--data', dir]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('global profile of account local: 11 facts');
    expect(lines[1]).toMatch(/^BUCKET\s+KEY\s+VALUE\s+CONFIDENCE\s+SOURCE\s+AGE$/);
    expect(lines.find((l) => l.includes(' role '))).toMatch(/^static\s+role\s+"Senior Engineer"\s+1\.00\s+import\s+\d+s$/);
    expect(lines[lines.length - 1]).toMatch(/^dynamic\s+current_focus/);
    const json = JSON.parse(cli(['show', '--json', '--collection', 'coll_123', '--data', dir]).stdout);
    expect(json).toMatchObject({ name: 'Maria Garcia', language: 'es', collection_id: 'coll_123', fact_count: 4 });
  });
});
