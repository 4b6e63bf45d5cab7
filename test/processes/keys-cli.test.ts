import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

const CLI = join(new URL('../..', import.meta.url).pathname, 'dist/cli.js');
const cli = (args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, PROFILE_MCP_STORE: '' } });

describe('keys create --collection --read-only --expires', () => {
  it('stores the limits, lists them, and refuses malformed values before writing anything', () => {
    const dir = tempDir();
    const made = cli(['keys', 'create', '--account', 'acme', '--collection', 'c1', '--read-only', '--expires', '30d', '--data', dir]);
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/^pmk_\S+\n$/);
    expect(made.stderr).toContain('collection c1, read-only, expires');
    const listed = JSON.parse(cli(['keys', 'list', '--json', '--data', dir]).stdout).keys;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ account: 'acme', collection_id: 'c1', read_only: true });
    const days = (Date.parse(listed[0].expires_at) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(cli(['keys', 'list', '--data', dir]).stdout).toMatch(/SCOPE\s+ACCESS\s+EXPIRES[\s\S]*c1\s+read-only/);
    for (const bad of [
      ['--expires', '30'],
      ['--expires', '1w'],
      ['--expires', '0d'],
      ['--collection', 'has space'],
    ]) {
      const res = cli(['keys', 'create', '--account', 'acme', ...bad, '--data', dir]);
      expect(res.status, bad.join(' ')).toBe(2);
      expect(res.stdout).toBe('');
    }
    expect(JSON.parse(cli(['keys', 'list', '--json', '--data', dir]).stdout).keys).toHaveLength(1);
  });
});
