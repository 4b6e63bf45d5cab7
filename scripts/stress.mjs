#!/usr/bin/env node
// npm run stress: the heavy variants of the reliability suites (test/**/*.stress.test.ts), then one
// summary table of what they measured. Exits non-zero on any loss, leak or crash (any failed test).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'profile-mcp-stress-'));
const summary = join(dir, 'summary.jsonl');
const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync(
  process.execPath,
  [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.stress.config.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, STRESS_SUMMARY: summary } },
);
const rows = existsSync(summary)
  ? readFileSync(summary, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
  : [];
rmSync(dir, { recursive: true, force: true });

if (rows.length > 0) {
  const width = Math.max(...rows.map((r) => r.suite.length));
  console.log('\nStress summary');
  console.log(`${'suite'.padEnd(width)}  figures`);
  for (const { suite, ...figures } of rows) {
    const text = Object.entries(figures)
      .map(([k, v]) => `${k}: ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`)
      .join(', ');
    console.log(`${suite.padEnd(width)}  ${text}`);
  }
}
console.log(result.status === 0 ? '\nstress: no loss, no leak, no crash' : '\nstress: FAILED (see above)');
process.exit(result.status ?? 1);
