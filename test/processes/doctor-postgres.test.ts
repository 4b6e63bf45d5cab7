import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PG_AVAILABLE, usePostgres } from '../store-contract/pg.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, ANTHROPIC_API_KEY: '', PROFILE_MCP_STORE: '', PROFILE_MCP_DATABASE_URL: '', PROFILE_MCP_LOG_LEVEL: 'warn', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const doctor = (url: string, ...extra: string[]) => cli(['doctor', '--no-llm', '--store', 'postgres', '--database-url', url, ...extra]);
const nonOk = (stdout: string) =>
  (JSON.parse(stdout) as { findings: Array<{ level: string; check: string; message: string; repaired?: boolean }> }).findings.filter((f) => f.level !== 'ok');

describe.skipIf(!PG_AVAILABLE)('profile-mcp doctor --store postgres', () => {
  const pg = usePostgres();

  it('reports an empty database without creating anything; --repair applies the migrations', async () => {
    const url = await pg.freshUrl();
    const db = await pg.client(url);
    const present = async () => (await db.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS p")).rows[0].p as boolean;

    const report = doctor(url, '--json');
    expect(report.status).toBe(1);
    expect(nonOk(report.stdout)).toEqual([
      expect.objectContaining({ level: 'error', check: 'schema', message: expect.stringContaining('no profile-mcp schema yet') }),
    ]);
    expect(await present()).toBe(false); // read-only

    const text = doctor(url);
    expect(text.stdout).toMatch(/^Database postgres:\/\/postgres@/); // the password is never printed
    expect(text.stdout).toContain('[--repair: apply migrations 1, 2, 3, 4, 5');
    expect(text.stdout).toContain('Run with --repair');

    const repaired = doctor(url, '--repair');
    expect(repaired.status).toBe(0);
    expect(repaired.stdout).toMatch(/fixed schema: .*applied 1, 2, 3, 4, 5/);
    expect(await present()).toBe(true);
    const again = doctor(url);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('ok    schema: at version 7, the newest this build knows');
    expect(again.stdout).toContain('All good.');
  });

  it('names the pending migrations of an older schema and refuses to judge a newer one', async () => {
    const url = await pg.freshUrl();
    const { createPool } = await import('../../src/store/postgres/pool.js');
    const { migrate, MIGRATIONS } = await import('../../src/store/postgres/migrations.js');
    const pool = createPool({ connectionString: url }, 1);
    await migrate(pool, MIGRATIONS.slice(0, 3));
    await pool.end();
    const db = await pg.client(url);

    const old = doctor(url, '--json');
    expect(old.status).toBe(1);
    expect(nonOk(old.stdout).map((f) => f.message)).toEqual(['at version 3; this build knows version 7 (pending: 4, 5, 6, 7)']);
    expect((await db.query('SELECT max(version) AS v FROM schema_migrations')).rows[0].v).toBe(3);

    expect(doctor(url, '--repair').status).toBe(0);
    expect((await db.query('SELECT max(version) AS v FROM schema_migrations')).rows[0].v).toBe(7);

    await db.query("INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')");
    const newer = doctor(url, '--repair');
    expect(newer.status).toBe(1);
    expect(newer.stdout).toMatch(/ERROR schema: at version 99, newer than this build of profile-mcp knows \(7\).*\(upgrade profile-mcp\)/);
  });

  it('counts keys by state and reports storage near and over the limits', async () => {
    const url = await pg.freshUrl();
    const flags = ['--store', 'postgres', '--database-url', url];
    expect(cli(['import', join(ROOT, 'data/example-profile.json'), ...flags]).status).toBe(0);
    for (const account of ['a', 'b', 'c']) expect(cli(['keys', 'create', '--account', account, ...flags]).status).toBe(0);
    const db = await pg.client(url);
    const ids = (await db.query('SELECT id FROM api_keys ORDER BY seq')).rows.map((r) => r.id as string);
    expect(cli(['keys', 'revoke', ids[0]!, ...flags]).status).toBe(0);
    await db.query("UPDATE api_keys SET expires_at = now() - interval '1 hour' WHERE id = $1", [ids[1]]);

    const healthy = doctor(url);
    expect(healthy.status).toBe(0);
    expect(healthy.stdout).toContain('ok    keys: 3 API keys: 1 active, 1 revoked, 1 expired');
    expect(healthy.stdout).toMatch(
      /ok {4}storage: 1 accounts, 2 scopes; largest scope [\d.]+ KiB \(account local, global profile\) of 32 MiB allowed; most collections 1 \(account local\) of 10000 allowed/,
    );
    expect(healthy.stdout).toMatch(/Database .*: schema version 7 \(this build: 7\), 2 scopes, 15 facts\./);

    // The global profile is ~5 KiB: at 5,600 bytes it is near (>= 80%); one collection is the limit of 1.
    const limits = { PROFILE_MCP_MAX_SCOPE_BYTES: '5600', PROFILE_MCP_MAX_COLLECTIONS: '1' };
    const near = cli(['doctor', '--no-llm', '--json', ...flags], limits);
    expect(near.status).toBe(1);
    expect(nonOk(near.stdout)).toEqual([
      expect.objectContaining({
        level: 'error',
        check: 'collections',
        message: expect.stringMatching(/^account local: 1 of 1 collections \(100\.0%\) — at PROFILE_MCP_MAX_COLLECTIONS$/),
      }),
      expect.objectContaining({
        level: 'warn',
        check: 'storage',
        message: expect.stringMatching(/^account local, global profile: \d+ of 5600 bytes \(9\d\.\d%\) — near PROFILE_MCP_MAX_SCOPE_BYTES$/),
      }),
    ]);
    const over = cli(['doctor', '--no-llm', '--json', ...flags], { PROFILE_MCP_MAX_SCOPE_BYTES: '4000' });
    expect(nonOk(over.stdout)).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringContaining('at or over PROFILE_MCP_MAX_SCOPE_BYTES') }),
    ]);

    const shown = cli(['show', ...flags], limits);
    expect(shown.status).toBe(0);
    expect(shown.stdout.split('\n')[1]).toMatch(/^storage: \d+ of 5600 bytes \(9\d\.\d%, [\d.]+ KiB of 5\.5 KiB\); account: 1 of 1 collections$/);
  });

  it('takes the store from the environment and says when the database cannot be reached', () => {
    const down = cli(['doctor', '--no-llm'], { PROFILE_MCP_STORE: 'postgres', PROFILE_MCP_DATABASE_URL: 'postgres://someone:hunter2@127.0.0.1:1/nowhere' });
    expect(down.status).toBe(1);
    expect(down.stdout).toMatch(/ERROR database: cannot connect: ECONNREFUSED/);
    expect(down.stdout + down.stderr).not.toContain('hunter2');
  });
});
