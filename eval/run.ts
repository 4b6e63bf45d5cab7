import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { reasonerFactoryFromEnv } from '../src/reasoners/index.js';
import { PARTS, loadSet, type Part } from './format.js';
import { preflight } from './preflight.js';
import { checkTargets, renderFailures, renderTable, toJson } from './report.js';
import { scoreSet, type SetReport } from './score.js';
import { BLIND_HOLDOUTS, loadOwnSet, splitOf } from './split.js';

/**
 * `npm run eval` — score a reasoner on the own set (tuned and held-out splits, eval/sets/), on the second
 * held-out sets (eval/sets/holdout-13.json to holdout-56.json, a frozen third of each round's blind sets) and on the
 * development corpus (../shared/eval/realistic-dev.json beside the repo, when present).
 *   --reasoner offline|anthropic   default offline; anthropic needs ANTHROPIC_API_KEY (model: PROFILE_MCP_MODEL)
 *   --dev PATH                      another file in the same format instead of the default dev corpus
 * Also scored, when present: eval/sets/extra-dev.json, extra-dialectic.json and every extra-blind-*.json (development
 * sets written apart from the rules, used for tuning; their figures are not held-out figures).
 *   --only extraction|negatives|conversations|dialectic
 *   --verbose                       every failure, with the key a wrong or spurious item landed in
 *   --json FILE                     all figures as JSON
 *   --check                         exit 1 when the HELD-OUT split misses a target
 */

const usage = 'usage: npm run eval -- [--reasoner offline|anthropic] [--dev PATH] [--only PART] [--verbose] [--json FILE] [--check]';
const { values: opts } = parseArgs({
  options: {
    reasoner: { type: 'string', default: 'offline' },
    dev: { type: 'string' },
    only: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

if (opts.reasoner !== 'offline' && opts.reasoner !== 'anthropic') fail(`--reasoner must be offline or anthropic, not "${opts.reasoner}"`);
if (opts.reasoner === 'anthropic' && !process.env.ANTHROPIC_API_KEY) fail('--reasoner anthropic needs ANTHROPIC_API_KEY');
if (opts.only !== undefined && !(PARTS as readonly string[]).includes(opts.only)) fail(`--only must be one of ${PARTS.join(', ')}`);
const only = opts.only as Part | undefined;

const devDefault = fileURLToPath(new URL('../../shared/eval/realistic-dev.json', import.meta.url));
const devPath = opts.dev ?? (existsSync(devDefault) ? devDefault : undefined);
if (opts.dev !== undefined && !existsSync(opts.dev)) fail(`--dev: no such file ${opts.dev}`);

// `npm run eval | head` closes the pipe early: end quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const reasoner = reasonerFactoryFromEnv({ ...process.env, PROFILE_MCP_REASONER: opts.reasoner })();
await preflight(reasoner).catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
const own = loadOwnSet();
const runs: { title: string; report: SetReport; targets: boolean }[] = [
  { title: 'own set, tuned', report: await scoreSet(reasoner, splitOf(own, 'tuned'), only), targets: false },
  { title: 'own set, HELD-OUT', report: await scoreSet(reasoner, splitOf(own, 'held-out'), only), targets: true },
];
for (const h of BLIND_HOLDOUTS) runs.push({ title: `${h.name} set, HELD-OUT`, report: await scoreSet(reasoner, loadSet(h.file), only), targets: true });
// The other development sets kept in the repository (written apart from the rules, tuned on).
const blind = readdirSync(fileURLToPath(new URL('./sets/', import.meta.url)))
  .filter((f) => f.startsWith('extra-blind-') && f.endsWith('.json'))
  .sort();
for (const file of ['extra-dev.json', 'extra-dialectic.json', ...blind]) {
  const path = fileURLToPath(new URL(`./sets/${file}`, import.meta.url));
  if (!existsSync(path)) continue;
  const set = loadSet(path);
  runs.push({ title: `dev set ${file} (${set.name})`, report: await scoreSet(reasoner, set, only), targets: false });
}
if (devPath !== undefined) {
  const dev = loadSet(devPath);
  runs.push({ title: `dev corpus (${dev.name})`, report: await scoreSet(reasoner, dev, only), targets: false });
}

process.stdout.write(`profile-mcp eval — reasoner: ${reasoner.name}\n\n`);
for (const run of runs) process.stdout.write(`${renderTable(run.title, run.report, run.targets)}\n\n`);
if (opts.verbose) for (const run of runs) process.stdout.write(`${renderFailures(run.title, run.report)}\n\n`);

const missed = runs
  .filter((r) => r.targets)
  .flatMap((r) =>
    checkTargets(r.report)
      .filter((t) => !t.ok)
      .map((t) => ({ ...t, name: `${r.title}: ${t.name}` })),
  );
if (opts.json !== undefined) {
  const targets = Object.fromEntries(runs.filter((r) => r.targets).flatMap((r) => checkTargets(r.report).map((t) => [`${r.title}: ${t.name}`, t.ok])));
  writeFileSync(opts.json, `${toJson({ reasoner: reasoner.name, sets: runs.map((r) => ({ title: r.title, ...r.report })), targets })}\n`);
}
if (opts.check) {
  process.stdout.write(
    missed.length === 0 ? 'check: every held-out target met\n' : `check: held-out targets missed: ${missed.map((t) => t.name).join(', ')}\n`,
  );
  if (missed.length > 0) process.exitCode = 1;
}
