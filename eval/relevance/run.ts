// npx tsx eval/relevance/run.ts [--holdout]   — the relevance figure of SPEC §7 (issue 16).
// Without --holdout only the dev tasks are shown in detail (tune on those); the figures cover every split.
import { rate, runRelevanceEval } from './score.js';

const showHoldout = process.argv.includes('--holdout');
const outcomes = await runRelevanceEval();
for (const o of outcomes) {
  if (o.split === 'holdout' && !showHoldout) continue;
  process.stdout.write(`${o.hit ? 'ok  ' : 'MISS'} [${o.split}] ${o.task}  (needs ${o.needed.join(' | ')}; ${o.tokens} tokens)\n`);
  if (!o.hit) process.stdout.write(`       shown: ${o.shown.join(', ')}\n`);
}
const fmt = (r: { hits: number; total: number; rate: number }) => `${r.hits}/${r.total} (${(r.rate * 100).toFixed(0)}%)`;
process.stdout.write(
  `needed fact inside a 500-token get_profile: dev ${fmt(rate(outcomes, 'dev'))}, held out ${fmt(rate(outcomes, 'holdout'))}, all ${fmt(rate(outcomes))}\n`,
);
