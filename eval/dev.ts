import { parseArgs } from 'node:util';
import { reasonerFactoryFromEnv } from '../src/reasoners/index.js';
import { loadSet } from './format.js';
import { renderFailures, renderTable } from './report.js';
import { scoreSet } from './score.js';
import { splitOf } from './split.js';

/**
 * Tuning loop on development sets only: `npx tsx eval/dev.ts [--verbose] [--tuned] FILE...`.
 * Scores each FILE with the offline reasoner and prints its table (and failures with --verbose).
 * `--tuned` scores only the tuned split of the own set (eval/sets/profile-mcp.json), never the held-out one.
 * It never reads the held-out split: `npm run eval` is the one place that does.
 */
const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { verbose: { type: 'boolean', short: 'v', default: false }, tuned: { type: 'boolean', default: false } },
});
const reasoner = reasonerFactoryFromEnv({ ...process.env, PROFILE_MCP_REASONER: 'offline' })();
const runs = positionals.map((file) => ({ title: file, set: loadSet(file) }));
if (opts.tuned) runs.unshift({ title: 'own set, tuned', set: splitOf(loadSet(new URL('./sets/profile-mcp.json', import.meta.url).pathname), 'tuned') });
for (const run of runs) {
  const report = await scoreSet(reasoner, run.set);
  process.stdout.write(`${renderTable(run.title, report, false)}\n\n`);
  if (opts.verbose) process.stdout.write(`${renderFailures(run.title, report)}\n\n`);
}
process.exit(0);
