import { dataDir, lockStaleMs, parse } from '../config.js';
import { toProfileError } from '../profiles/errors.js';
import { inspectDirectory, type Finding } from '../store/json-dir/doctor.js';

export const usage = `Usage: profile-mcp doctor [--repair] [--no-llm] [--json] [--data DIR]

Check the data directory: writable, every profile file valid, stale locks and temp files left by
dead writers, keys file permissions, and which reasoner would answer.
Exit code 0 when healthy, 1 when something needs attention.

Options:
  --no-llm   do not send the one short test request to the Anthropic API
  --repair   move corrupt files aside (renamed to <file>.corrupt-<time>, never deleted), remove stale
             locks and old temp files, chmod the keys file to 0600
  --json     machine-readable report
  --data DIR data directory (default: $PROFILE_MCP_DATA or ~/.profile-mcp)`;

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    repair: { type: 'boolean' },
    'no-llm': { type: 'boolean' },
    json: { type: 'boolean' },
    data: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const dir = dataDir(values.data);
  const report = await inspectDirectory(dir, { repair: values.repair === true, staleMs: lockStaleMs() });
  report.findings.push(await checkReasoner(values['no-llm'] !== true));
  const unhealthy = report.findings.some((f) => f.level !== 'ok' && !f.repaired);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...report, healthy: !unhealthy }, null, 2)}\n`);
    return unhealthy ? 1 : 0;
  }
  const lines = [`Data directory ${report.dir}: ${report.scopes} valid profile files, ${report.facts} facts.`];
  for (const f of report.findings) lines.push(formatFinding(f));
  const repairable = report.findings.some((f) => f.fix && !f.repaired && f.level !== 'ok');
  lines.push(!unhealthy ? 'All good.' : repairable && !values.repair ? 'Problems found. Run with --repair to fix what can be fixed.' : 'Problems remain (see above).');
  process.stdout.write(`${lines.join('\n')}\n`);
  return unhealthy ? 1 : 0;
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
          ? 'sampling: the MCP client\'s own model when it offers sampling; over REST reasoning answers llm_unavailable'
          : 'auto -> sampling when the MCP client offers it, else offline (no ANTHROPIC_API_KEY); chat completions need an LLM';
    return { level: 'ok', check: 'reasoner', message };
  }
  if (!config.apiKey) {
    return { level: 'error', check: 'reasoner', message: 'PROFILE_MCP_REASONER=anthropic but ANTHROPIC_API_KEY is not set', hint: 'set the key or use PROFILE_MCP_REASONER=auto' };
  }
  const label = `anthropic (model ${config.model}${config.baseURL ? `, ${config.baseURL}` : ''})`;
  if (!tryLlm) return { level: 'ok', check: 'reasoner', message: `${label}; not contacted (--no-llm)` };
  try {
    const reasoner = reasonerFactory({ ...config, maxRetries: 0 })();
    await reasoner.complete({ system: 'This is a connectivity check. Reply with the single word OK.', messages: [{ role: 'user', content: 'ping' }], max_tokens: 5 });
    return { level: 'ok', check: 'reasoner', message: `${label}: the API answers` };
  } catch (err) {
    return { level: 'error', check: 'reasoner', message: `${label}: ${toProfileError(err).message}`, hint: 'check ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL and the network' };
  }
}
