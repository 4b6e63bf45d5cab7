import { existsSync } from 'node:fs';
import { dataDir, lockStaleMs, parse, STORE_FLAGS, STORE_USAGE, storageLimitsFromEnv, storeConfig } from '../config.js';
import { toProfileError } from '../profiles/errors.js';
import type { ScopeRef } from '../profiles/model.js';
import type { Store } from '../profiles/ports.js';
import { DEFAULT_STORAGE_LIMITS, type StorageLimits } from '../profiles/quota.js';
import { formatBytes, NEAR_LIMIT, storageReport } from '../profiles/storage-usage.js';
import type { Finding } from '../store/finding.js';

export const usage = `Usage: profile-mcp doctor [--repair] [--no-llm] [--json] [--data DIR] [--store KIND] [--database-url URL]

Check the store and report what needs attention. Read-only unless --repair.
JSON directory: writable, every profile file valid, stale locks and temp files left by dead
writers, keys file permissions. PostgreSQL: the connection, the schema version against the
migrations this build knows, API keys (active, revoked, expired). Both: storage used per scope
against PROFILE_MCP_MAX_SCOPE_BYTES and collections per account against PROFILE_MCP_MAX_COLLECTIONS
(accounts at ${Math.round(NEAR_LIMIT * 100)}% of a limit or more are reported), and which reasoner would answer.
Exit code 0 when healthy, 1 when something needs attention.

Options:
  --no-llm   do not send the one short test request to the Anthropic API
  --repair   JSON directory: move corrupt files aside (renamed to <file>.corrupt-<time>, never
             deleted), remove stale locks and old temp files, chmod the keys file to 0600;
             PostgreSQL: apply pending schema migrations
  --json     machine-readable report
  --data DIR data directory (default: $PROFILE_MCP_DATA or ~/.profile-mcp)
${STORE_USAGE}`;

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    repair: { type: 'boolean' },
    'no-llm': { type: 'boolean' },
    json: { type: 'boolean' },
    data: { type: 'string' },
    ...STORE_FLAGS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const store = storeConfig(values);
  const limits: StorageLimits = { ...DEFAULT_STORAGE_LIMITS, ...storageLimitsFromEnv(process.env) };
  const repair = values.repair === true;
  let report: { findings: Finding[] } & Record<string, unknown>;
  let title: string;
  if (store.kind === 'postgres') {
    const { inspectDatabase } = await import('../store/postgres/doctor.js');
    const db = await inspectDatabase(store.databaseUrl ?? '', { repair });
    if (db.current) {
      const { PostgresStore } = await import('../store/postgres/store.js');
      db.findings.push(...(await withStore(await PostgresStore.open(store.databaseUrl ?? '', { migrate: false, poolSize: 2 }), limits)));
    }
    report = { ...db };
    title = `Database ${db.database}: schema version ${db.schema_version ?? 'none'} (this build: ${db.known_version}), ${db.scopes} scopes, ${db.facts} facts.`;
  } else {
    const dir = dataDir(values.data);
    const { inspectDirectory } = await import('../store/json-dir/doctor.js');
    const { JsonDirStore } = await import('../store/json-dir/store.js');
    const inspected = await inspectDirectory(dir, { repair, staleMs: lockStaleMs() });
    if (existsSync(dir)) {
      // Scopes whose file or activity log doctor just found broken are not read again (no second error in the log).
      const { logPathOf } = await import('../store/json-dir/activity-log.js');
      const broken = new Set(inspected.findings.filter((f) => f.level === 'error' && !f.repaired && f.path).map((f) => f.path));
      const json = new JsonDirStore(dir);
      const skip = (scope: ScopeRef) => broken.has(json.pathOf(scope)) || broken.has(logPathOf(json.pathOf(scope)));
      inspected.findings.push(...(await withStore(json, limits, skip)));
    }
    report = { ...inspected };
    title = `Data directory ${inspected.dir}: ${inspected.scopes} valid profile files, ${inspected.facts} facts.`;
  }
  report.findings.push(await checkReasoner(values['no-llm'] !== true));
  const unhealthy = report.findings.some((f) => f.level !== 'ok' && !f.repaired);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...report, healthy: !unhealthy }, null, 2)}\n`);
    return unhealthy ? 1 : 0;
  }
  const lines = [title];
  for (const f of report.findings) lines.push(formatFinding(f));
  const repairable = report.findings.some((f) => f.fix && !f.repaired && f.level !== 'ok');
  lines.push(
    !unhealthy ? 'All good.' : repairable && !values.repair ? 'Problems found. Run with --repair to fix what can be fixed.' : 'Problems remain (see above).',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return unhealthy ? 1 : 0;
}

/** Storage used against the limits (read-only); closes the store. */
async function withStore(store: Store, limits: StorageLimits, skip?: (scope: ScopeRef) => boolean): Promise<Finding[]> {
  try {
    return storageFindings(await storageReport(store, limits, skip ? { skip } : {}), limits);
  } catch (err) {
    return [{ level: 'error', check: 'storage', message: `usage could not be measured: ${toProfileError(err).message}` }];
  } finally {
    await store.close();
  }
}

/** One finding per scope or account near or over a limit, else one summary line. */
function storageFindings(report: Awaited<ReturnType<typeof storageReport>>, limits: StorageLimits): Finding[] {
  const findings: Finding[] = [];
  for (const u of report.near) {
    const over = u.kind === 'scope' ? u.bytes >= u.limit : u.collections >= u.limit;
    const level = over ? 'error' : 'warn';
    if (u.kind === 'scope') {
      const where = u.collection_id === null ? 'global profile' : `collection ${u.collection_id}`;
      findings.push({
        level,
        check: 'storage',
        message: `account ${u.account}, ${where}: ${u.bytes} of ${u.limit} bytes (${percent(u.bytes, u.limit)}) — ${over ? 'at or over' : 'near'} PROFILE_MCP_MAX_SCOPE_BYTES`,
        hint: over
          ? 'writes that grow it are refused with quota_exceeded; delete facts or raise the limit'
          : 'history is trimmed first, then writes are refused; delete facts or raise the limit',
      });
    } else {
      findings.push({
        level,
        check: 'collections',
        message: `account ${u.account}: ${u.collections} of ${u.limit} collections (${percent(u.collections, u.limit)}) — ${over ? 'at' : 'near'} PROFILE_MCP_MAX_COLLECTIONS`,
        hint: over ? 'new collections are refused with quota_exceeded; forget unused ones or raise the limit' : 'forget unused collections or raise the limit',
      });
    }
  }
  const largest = report.largest;
  const most = report.mostCollections;
  findings.push({
    level: 'ok',
    check: 'storage',
    message:
      `${report.accounts} accounts, ${report.scopes} scopes; largest scope ${largest ? `${formatBytes(largest.bytes)} (account ${largest.account}, ${largest.collection_id ?? 'global profile'})` : 'none'} of ${formatBytes(limits.maxScopeBytes)} allowed; ` +
      `most collections ${most ? `${most.collections} (account ${most.account})` : '0'} of ${limits.maxCollections} allowed`,
  });
  return findings;
}

function percent(used: number, limit: number): string {
  return `${((100 * used) / limit).toFixed(1)}%`;
}

function formatFinding(f: Finding): string {
  const mark = f.level === 'ok' ? 'ok   ' : f.repaired ? 'fixed' : f.level === 'warn' ? 'warn ' : 'ERROR';
  const where = f.path ? ` ${f.path}` : '';
  const fix = f.level !== 'ok' && !f.repaired && f.fix ? ` [--repair: ${f.fix}]` : '';
  const hint = f.level !== 'ok' && f.hint ? ` (${f.hint})` : '';
  return `${mark} ${f.check}${where}: ${f.message}${fix}${hint}`;
}

/** Which reasoner `auto` picks here, and (unless --no-llm) whether the Anthropic API answers. */
async function checkReasoner(tryLlm: boolean): Promise<Finding> {
  const { reasonerConfigFromEnv, reasonerFactory } = await import('../reasoners/index.js');
  let config;
  try {
    config = reasonerConfigFromEnv(process.env);
  } catch (err) {
    return { level: 'error', check: 'reasoner', message: (err as Error).message.replace(/\n\s*/g, ' ') };
  }
  const usesAnthropic = config.mode === 'anthropic' || (config.mode === 'auto' && config.apiKey !== undefined);
  if (!usesAnthropic) {
    const message =
      config.mode === 'offline'
        ? 'offline (PROFILE_MCP_REASONER=offline): rule-based learning and retrieval, no LLM'
        : config.mode === 'sampling'
          ? "sampling: the MCP client's own model when it offers sampling; over REST reasoning answers llm_unavailable"
          : 'auto -> sampling when the MCP client offers it, else offline (no ANTHROPIC_API_KEY); chat completions need an LLM';
    return { level: 'ok', check: 'reasoner', message };
  }
  if (!config.apiKey) {
    return {
      level: 'error',
      check: 'reasoner',
      message: 'PROFILE_MCP_REASONER=anthropic but ANTHROPIC_API_KEY is not set',
      hint: 'set the key or use PROFILE_MCP_REASONER=auto',
    };
  }
  const label = `anthropic (model ${config.model}${config.baseURL ? `, ${config.baseURL}` : ''})`;
  if (!tryLlm) return { level: 'ok', check: 'reasoner', message: `${label}; not contacted (--no-llm)` };
  try {
    const reasoner = reasonerFactory({ ...config, maxRetries: 0 })();
    await reasoner.complete({
      system: 'This is a connectivity check. Reply with the single word OK.',
      messages: [{ role: 'user', content: 'ping' }],
      max_tokens: 5,
    });
    return { level: 'ok', check: 'reasoner', message: `${label}: the API answers` };
  } catch (err) {
    return {
      level: 'error',
      check: 'reasoner',
      message: `${label}: ${toProfileError(err).message}`,
      hint: 'check ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL and the network',
    };
  }
}
