import type { SetReport } from './score.js';
import { pct, rate, type Ratio } from './tally.js';

/** Rendering of scores: one compact table per set, the failures for --verbose, and JSON. */

/** Targets the HELD-OUT split of the own set is held to by `npm run eval -- --check`. */
export const TARGETS = {
  'extraction recall': 0.75,
  'extraction precision': 0.85,
  'negatives left alone': 0.9,
  'dialectic retrieval': 0.85,
  'abstention (unknowns)': 1,
  'citation precision': 0.75,
} as const;
type Target = keyof typeof TARGETS;

function rows(r: SetReport): [string, Ratio | string][] {
  const out: [string, Ratio | string][] = [];
  const { extraction: e, negatives: n, conversations: c, dialectic: d } = r;
  if (e) {
    out.push(['extraction recall', e.recall], ['extraction precision', e.precision]);
    out.push(['wrong items', `${String(e.wrong).padStart(6)}  (spurious ${e.spurious})`], ['dynamic bucket', e.dynamic]);
  }
  if (n) out.push(['negatives left alone', n.clean]);
  if (c) out.push(['conversations fully right', c.right], ['conversation recall', c.recall], ['reinforce', c.reinforce]);
  if (d) {
    out.push(['dialectic retrieval', d.retrieval], ['dialectic answer', d.answer], ['citation precision', d.citation]);
    out.push(['abstention (unknowns)', d.abstention], ['abstention (third party)', d.thirdParty]);
  }
  const errors = (e?.errors ?? 0) + (n?.errors ?? 0) + (c?.errors ?? 0) + (d?.errors ?? 0);
  if (errors > 0) out.push(['reasoner errors', `${String(errors).padStart(6)}  (calls that threw; see --verbose)`]);
  return out;
}

/** Each target of a report: its figure and whether it is met (a part with nothing to measure passes). */
export function checkTargets(r: SetReport): { name: Target; value: Ratio; ok: boolean }[] {
  return rows(r)
    .filter((row): row is [Target, Ratio] => row[0] in TARGETS && typeof row[1] !== 'string')
    .map(([name, value]) => ({ name, value, ok: (rate(value) ?? 1) >= TARGETS[name] }));
}

const cell = (v: Ratio | string): string => (typeof v === 'string' ? v : `${pct(v).padStart(6)}  (${v.hit}/${v.of})`);

export function renderTable(title: string, r: SetReport, withTargets: boolean): string {
  const sizes = [
    r.extraction && `${r.extraction.cases} extraction`,
    r.negatives && `${r.negatives.cases} negatives`,
    r.conversations && `${r.conversations.cases} conversations`,
    r.dialectic && `${r.dialectic.questions} questions`,
  ].filter(Boolean);
  const checks = new Map(checkTargets(r).map((t) => [t.name as string, t]));
  const lines = [`${title} — ${sizes.join(', ')}`];
  for (const [name, value] of rows(r)) {
    const t = withTargets ? checks.get(name) : undefined;
    const target = t ? `  target ${name.startsWith('abstention') ? '=' : '>='} ${(TARGETS[t.name] * 100).toFixed(0)}%  ${t.ok ? 'ok' : 'MISSED'}` : '';
    lines.push(`  ${name.padEnd(26)} ${cell(value).padEnd(20)}${target}`.trimEnd());
  }
  if (r.extraction) {
    lines.push('  by family (recall | precision):');
    for (const [family, f] of Object.entries(r.extraction.families).sort()) {
      lines.push(`    ${family.padEnd(22)} ${cell(f.recall).padEnd(20)} | ${cell(f.precision)}`);
    }
    lines.push(
      ...wrap(
        '  by tag (recall): ',
        Object.entries(r.extraction.tags)
          .sort()
          .map(([tag, t]) => `${tag} ${pct(t)} (${t.hit}/${t.of})`),
      ),
    );
  }
  return lines.join('\n');
}

function wrap(head: string, items: string[], width = 110): string[] {
  const lines: string[] = [];
  let line = head;
  for (const item of items) {
    if (line.length + item.length + 3 > width && line.trim() !== '') {
      lines.push(line);
      line = '    ';
    }
    line += line.endsWith(' ') ? item : ` · ${item}`;
  }
  lines.push(line);
  return lines;
}

export function renderFailures(title: string, r: SetReport): string {
  const out: string[] = [`failures — ${title}`];
  const cases = [
    ['extraction', r.extraction?.failures],
    ['negatives', r.negatives?.failures],
    ['conversations', r.conversations?.failures],
  ] as const;
  for (const [part, failures] of cases) {
    for (const f of failures ?? []) {
      out.push(`  [${part}] ${f.id}${f.error ? ` ERROR ${f.error}` : ''}`);
      if (f.missed.length) out.push(`      missed:   ${f.missed.join('; ')}`);
      if (f.wrong.length) out.push(`      wrong:    ${f.wrong.join('; ')}`);
      if (f.spurious.length) out.push(`      spurious: ${f.spurious.join('; ')}`);
    }
  }
  for (const f of r.dialectic?.failures ?? []) {
    out.push(`  [dialectic] ${f.id}: ${f.why}`, `      cited [${f.cited.join(', ')}]: ${JSON.stringify(f.answer)}`);
  }
  return out.join('\n');
}

/** JSON for docs and benchmarks: every Ratio gains its `rate`. */
export function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 2 && 'hit' in v && 'of' in v) {
        return { ...(v as Ratio), rate: rate(v as Ratio) };
      }
      return v;
    },
    1,
  );
}
