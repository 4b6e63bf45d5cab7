import { dataDir, lockStaleMs, parse } from '../config.js';
import { inspectDirectory, type Finding } from '../store/json-dir/doctor.js';

export const usage = `Usage: profile-mcp doctor [--repair] [--json] [--data DIR]

Check the data directory: writable, every profile file valid, stale locks and temp files left by
dead writers, keys file permissions, and which reasoner would answer.
Exit code 0 when healthy, 1 when something needs attention.

Options:
  --repair   move corrupt files aside (renamed to <file>.corrupt-<time>, never deleted), remove stale
             locks and old temp files, chmod the keys file to 0600
  --json     machine-readable report
  --data DIR data directory (default: $PROFILE_MCP_DATA or ~/.profile-mcp)`;

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    repair: { type: 'boolean' },
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
  const unhealthy = report.findings.some((f) => f.level !== 'ok' && !f.repaired);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...report, healthy: !unhealthy }, null, 2)}\n`);
    return unhealthy ? 1 : 0;
  }
  const lines = [`Data directory ${report.dir}: ${report.scopes} valid profile files, ${report.facts} facts.`];
  for (const f of report.findings) lines.push(formatFinding(f));
  lines.push(unhealthy ? (values.repair ? 'Some problems remain (see above).' : 'Problems found. Run with --repair to fix what can be fixed.') : 'All good.');
  process.stdout.write(`${lines.join('\n')}\n`);
  return unhealthy ? 1 : 0;
}

function formatFinding(f: Finding): string {
  const mark = f.level === 'ok' ? 'ok   ' : f.repaired ? 'fixed' : f.level === 'warn' ? 'warn ' : 'ERROR';
  const where = f.path ? ` ${f.path}` : '';
  const fix = f.level !== 'ok' && !f.repaired && f.fix ? ` [--repair: ${f.fix}]` : '';
  return `${mark} ${f.check}${where}: ${f.message}${fix}`;
}
