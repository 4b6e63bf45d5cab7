import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonUsageLedger } from '../../src/store/json-dir/usage.js';
import { tempDir } from '../helpers/tmp.js';

const CLI = join(new URL('../..', import.meta.url).pathname, 'dist/cli.js');
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, ANTHROPIC_API_KEY: '', PROFILE_MCP_LLM_DAILY_TOKENS: '', ...env },
  });

describe('profile-mcp show --usage', () => {
  it("prints the account's daily LLM totals, newest first, with today's budget; --json for scripts", async () => {
    const dir = tempDir();
    const ledger = new JsonUsageLedger(dir);
    const today = new Date().toISOString().slice(0, 10);
    await ledger.add('acme', '2026-11-30', { input_tokens: 1000, output_tokens: 200 });
    await ledger.add('acme', today, { input_tokens: 300, output_tokens: 50 });
    await ledger.add('acme', today, { input_tokens: 100, output_tokens: 10 });

    const table = cli(['show', '--usage', '--account', 'acme', '--data', dir], { PROFILE_MCP_LLM_DAILY_TOKENS: '5000' });
    expect(table.status).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toBe('LLM usage of account acme: 460 of 5000 tokens used today');
    expect(lines[1]).toMatch(/^DAY\s+CALLS\s+INPUT\s+OUTPUT\s+TOTAL$/);
    expect(lines[2]).toMatch(new RegExp(`^${today}\\s+2\\s+400\\s+60\\s+460$`));
    expect(lines[3]).toMatch(/^2026-11-30\s+1\s+1000\s+200\s+1200$/);

    const json = JSON.parse(cli(['show', '--usage', '--json', '--account', 'acme', '--data', dir]).stdout);
    expect(json).toMatchObject({ account: 'acme', daily_limit: null, today: { day: today, tokens: 460 } });
    expect(json.days).toHaveLength(2);

    const none = cli(['show', '--usage', '--data', dir]);
    expect(none.stdout).toContain('LLM usage of account local: no daily limit (PROFILE_MCP_LLM_DAILY_TOKENS unset)\nNo LLM usage recorded.');
  });
});
