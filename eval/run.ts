import { reasonerFactoryFromEnv } from '../src/reasoners/index.js';
import { TARGETS, evaluateDialectic, evaluateExtraction, loadExtractionCases } from './metrics.js';
import { fileURLToPath } from 'node:url';

/**
 * `npm run eval` — evaluate a reasoner on the evaluation set.
 *   npm run eval                         offline reasoner (deterministic, no network)
 *   npm run eval -- --reasoner anthropic needs ANTHROPIC_API_KEY (model from PROFILE_MCP_MODEL)
 *   npm run eval -- --verbose            list every failing case
 *   npm run eval -- --check              exit 1 when a target is missed
 */

const args = process.argv.slice(2);
const at = args.indexOf('--reasoner');
const mode = at >= 0 ? args[at + 1] ?? 'offline' : 'offline';
const verbose = args.includes('--verbose') || args.includes('-v');
const check = args.includes('--check');

const reasoner = reasonerFactoryFromEnv({ ...process.env, PROFILE_MCP_REASONER: mode })();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');

const extraction = await evaluateExtraction(reasoner);
const dialectic = await evaluateDialectic(reasoner);
const holdout = await evaluateExtraction(reasoner, loadExtractionCases(fileURLToPath(new URL('./extraction-holdout.json', import.meta.url))));

const rows: [string, string, string][] = [
  ['extraction recall', `${pct(extraction.recall)} (${extraction.found}/${extraction.expected})`, `>= ${pct(TARGETS.recall)} ${mark(extraction.recall >= TARGETS.recall)}`],
  ['extraction precision', `${pct(extraction.precision)} (${extraction.correct}/${extraction.predicted})`, `>= ${pct(TARGETS.precision)} ${mark(extraction.precision >= TARGETS.precision)}`],
  ['negatives left alone', `${pct(extraction.negativesLeftAlone)} (${extraction.negatives} negative cases)`, ''],
  ['held-out extraction recall', `${pct(holdout.recall)} (${holdout.found}/${holdout.expected})`, ''],
  ['held-out extraction precision', `${pct(holdout.precision)} (${holdout.correct}/${holdout.predicted})`, ''],
  ['held-out negatives left alone', `${pct(holdout.negativesLeftAlone)} (${holdout.negatives} negative cases)`, ''],
  ['dialectic retrieval hit rate', `${pct(dialectic.retrievalHitRate)} (${dialectic.answerable} answerable)`, `>= ${pct(TARGETS.retrieval)} ${mark(dialectic.retrievalHitRate >= TARGETS.retrieval)}`],
  ['dialectic answer hit rate', pct(dialectic.answerHitRate), ''],
  ['dialectic citation precision', pct(dialectic.citationPrecision), ''],
  ['abstention rate', `${pct(dialectic.abstentionRate)} (${dialectic.unanswerable} unanswerable)`, `= ${pct(TARGETS.abstention)} ${mark(dialectic.abstentionRate >= TARGETS.abstention)}`],
];

process.stdout.write(`profile-mcp eval — reasoner: ${reasoner.name}; ${extraction.cases} extraction cases, ${dialectic.questions} dialectic questions\n\n`);
const w = Math.max(...rows.map((r) => r[0].length));
const w2 = Math.max(...rows.map((r) => r[1].length));
for (const [name, value, target] of rows) process.stdout.write(`  ${name.padEnd(w)}  ${value.padEnd(w2)}  ${target}\n`);

if (verbose) {
  if (extraction.failures.length > 0) process.stdout.write('\nextraction failures:\n');
  for (const f of [...extraction.failures, ...holdout.failures]) {
    process.stdout.write(`  ${f.id}: ${f.missed.length ? `missed [${f.missed.join('; ')}]` : ''}${f.wrong.length ? ` wrong [${f.wrong.join('; ')}]` : ''}\n`);
  }
  if (dialectic.failures.length > 0) process.stdout.write('\ndialectic failures:\n');
  for (const f of dialectic.failures) {
    process.stdout.write(`  [${f.profile}] ${f.question} -> ${f.why}; cited [${f.cited.join(', ')}]: ${f.answer}\n`);
  }
}

const missed =
  extraction.recall < TARGETS.recall ||
  extraction.precision < TARGETS.precision ||
  dialectic.retrievalHitRate < TARGETS.retrieval ||
  dialectic.abstentionRate < TARGETS.abstention;
if (check && missed) process.exitCode = 1;
