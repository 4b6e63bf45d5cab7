import type { Pool } from 'pg';
import type { Finding } from '../finding.js';
import { pgErrorFields } from './errors.js';
import { migrate, MIGRATIONS } from './migrations.js';
import { createPool } from './pool.js';

export interface DatabaseReport {
  /** The URL without its password. */
  database: string;
  /** The schema version found (after --repair: after migrating); null when unreachable or no schema. */
  schema_version: number | null;
  /** The newest migration this build knows. */
  known_version: number;
  /** True when the schema matches this build, so the store can be opened for the usage checks. */
  current: boolean;
  scopes: number;
  facts: number;
  findings: Finding[];
}

/**
 * Inspect a PostgreSQL store: can we connect, is the schema at the version this build knows, what
 * state the API keys are in. Read-only: nothing is written unless `repair`, which applies pending
 * migrations (exactly what `profile-mcp migrate` does) and nothing else.
 */
export async function inspectDatabase(url: string, options: { repair?: boolean } = {}): Promise<DatabaseReport> {
  const known = Math.max(...MIGRATIONS.map((m) => m.version));
  const report: DatabaseReport = { database: redactUrl(url), schema_version: null, known_version: known, current: false, scopes: 0, facts: 0, findings: [] };
  const { findings } = report;
  const pool = createPool({ connectionString: url, application_name: 'profile-mcp doctor', connectionTimeoutMillis: 5_000 }, 1);
  try {
    try {
      const { rows } = await pool.query<{ version: string }>("SELECT current_setting('server_version') AS version");
      findings.push({ level: 'ok', check: 'database', message: `connected (PostgreSQL ${rows[0]?.version ?? '?'})` });
    } catch (err) {
      findings.push({
        level: 'error',
        check: 'database',
        message: `cannot connect: ${describe(err)}`,
        hint: 'check --database-url / PROFILE_MCP_DATABASE_URL, that the server runs and accepts this user',
      });
      return report;
    }
    findings.push(await checkSchema(pool, report, options.repair === true));
    if (!report.current) return report;
    const counts = await pool.query<{ scopes: string; facts: string }>('SELECT (SELECT count(*) FROM scopes) AS scopes, (SELECT count(*) FROM facts) AS facts');
    report.scopes = Number(counts.rows[0]?.scopes ?? 0);
    report.facts = Number(counts.rows[0]?.facts ?? 0);
    findings.push(await checkKeys(pool));
    return report;
  } finally {
    await pool.end().catch(() => undefined);
  }
}

async function schemaVersion(pool: Pool): Promise<number | null> {
  const { rows } = await pool.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  if (!rows[0]?.present) return null;
  const { rows: versions } = await pool.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return versions[0]?.version ?? null;
}

async function checkSchema(pool: Pool, report: DatabaseReport, repair: boolean): Promise<Finding> {
  const known = report.known_version;
  let found: number | null;
  try {
    found = await schemaVersion(pool);
  } catch (err) {
    return { level: 'error', check: 'schema', message: `cannot be read: ${describe(err)}`, hint: 'the user needs read access to the profile-mcp tables' };
  }
  report.schema_version = found;
  if (found !== null && found > known) {
    return {
      level: 'error',
      check: 'schema',
      message: `at version ${found}, newer than this build of profile-mcp knows (${known}); servers of this build refuse it`,
      hint: 'upgrade profile-mcp',
    };
  }
  if (found === known) {
    report.current = true;
    return { level: 'ok', check: 'schema', message: `at version ${found}, the newest this build knows` };
  }
  const pending = MIGRATIONS.filter((m) => found === null || m.version > found).map((m) => m.version);
  const finding: Finding = {
    level: 'error',
    check: 'schema',
    message:
      found === null
        ? `no profile-mcp schema yet (this build knows version ${known})`
        : `at version ${found}; this build knows version ${known} (pending: ${pending.join(', ')})`,
    fix: `apply migrations ${pending.join(', ')} (as "profile-mcp migrate" does; servers also do on start)`,
  };
  if (!repair) return finding;
  try {
    const migrated = await migrate(pool);
    report.schema_version = migrated.version;
    report.current = migrated.version === known;
    finding.repaired = true;
    finding.message += `; applied ${migrated.applied.map((m) => m.version).join(', ') || 'nothing (another process did)'}`;
  } catch (err) {
    finding.message += `; migrating failed: ${describe(err)}`;
  }
  return finding;
}

async function checkKeys(pool: Pool): Promise<Finding> {
  const { rows } = await pool.query<{ total: string; active: string; revoked: string; expired: string }>(`
    SELECT count(*) AS total,
           count(*) FILTER (WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())) AS active,
           count(*) FILTER (WHERE revoked_at IS NOT NULL) AS revoked,
           count(*) FILTER (WHERE revoked_at IS NULL AND expires_at <= now()) AS expired
    FROM api_keys`);
  const r = rows[0] ?? { total: '0', active: '0', revoked: '0', expired: '0' };
  if (Number(r.total) === 0) return { level: 'ok', check: 'keys', message: 'no API keys (HTTP runs open on loopback only)' };
  return { level: 'ok', check: 'keys', message: `${r.total} API keys: ${r.active} active, ${r.revoked} revoked, ${r.expired} expired` };
}

/** A database failure in one phrase, never quoting values (pgErrorFields) nor the URL. */
function describe(err: unknown): string {
  const fields = pgErrorFields(err);
  if (typeof fields.sqlstate === 'string') return `${String(fields.problem)} (SQLSTATE ${fields.sqlstate})`;
  return [fields.code, fields.error].filter((v) => typeof v === 'string' && v !== '').join(': ') || 'unknown failure';
}

/** postgres://user:secret@host/db -> postgres://user@host/db. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return '(unparseable database URL)';
  }
}
