import { readFileSync } from 'node:fs';
import type { Fact } from '../src/profiles/model.js';
import { defaultCategory } from '../src/profiles/model.js';
import { OfflineReasoner } from '../src/reasoners/offline/index.js';

/**
 * Tuning loop for the offline dialectic on /work/shared/eval/realistic-dev.json (part `dialectic`),
 * scored as its README says. `npx tsx eval/dialectic-dev.ts [-v] [file]`. Not the official scorer.
 */

interface Q {
  q: string;
  expect_keys?: string[];
  answer_token?: string;
  also_ok_keys?: string[];
  unknown?: boolean;
  tags?: string[];
}
interface P {
  profile_id: string;
  facts: Record<string, unknown>;
  dynamic_keys?: string[];
  questions: Q[];
}

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const file = args.find((a) => !a.startsWith('-')) ?? '/work/shared/eval/realistic-dev.json';
const profiles = (JSON.parse(readFileSync(file, 'utf8')) as { dialectic: P[] }).dialectic;
const ABSTAINS = /\b(?:nothing about|has nothing|no (?:information|facts?|data|record)|not (?:in|mentioned|recorded|stored)|unknown|no mention)\b/i;
const now = Date.parse('2026-06-01T12:00:00.000Z');
const reasoner = new OfflineReasoner();

let answerable = 0,
  retrieval = 0,
  answerHit = 0,
  cited = 0,
  citedOk = 0;
let unknowns = 0,
  abstained = 0,
  third = 0,
  thirdAbstained = 0;
const lines: string[] = [];
const t0 = performance.now();
for (const p of profiles) {
  const iso = new Date(now).toISOString();
  const facts: Fact[] = Object.entries(p.facts).map(([key, value], i) => {
    const dynamic = (p.dynamic_keys ?? []).includes(key);
    return {
      id: `fact_${p.profile_id}_${i}`,
      key,
      value,
      category: defaultCategory(key),
      bucket: dynamic ? 'dynamic' : 'static',
      confidence: 1,
      source: 'manual',
      collection_id: null,
      created_at: iso,
      updated_at: iso,
      expires_at: dynamic ? new Date(now + 7 * 864e5).toISOString() : null,
    };
  });
  for (const q of p.questions) {
    const a = await reasoner.answer({ question: q.q, facts, history: [] });
    const keys = a.facts_used.map((id) => facts.find((f) => f.id === id)?.key ?? '?');
    if (q.unknown) {
      unknowns++;
      const tp = (q.tags ?? []).includes('third_party');
      if (tp) third++;
      const ok = keys.length === 0 && ABSTAINS.test(a.text);
      if (ok) {
        abstained++;
        if (tp) thirdAbstained++;
      }
      if (!ok || verbose) lines.push(`${ok ? 'ok  ' : 'FAIL'} U [${p.profile_id}] ${q.q} -> [${keys.join(',')}] ${a.text.slice(0, 160)}`);
      continue;
    }
    answerable++;
    const expect = q.expect_keys ?? [];
    const hit = expect.every((k) => keys.includes(k));
    const ans = q.answer_token ? a.text.toLowerCase().includes(q.answer_token.toLowerCase()) : true;
    const okKeys = new Set([...expect, ...(q.also_ok_keys ?? [])]);
    const right = keys.filter((k) => okKeys.has(k)).length;
    if (hit) retrieval++;
    if (ans) answerHit++;
    cited += keys.length;
    citedOk += right;
    const good = hit && ans && right === keys.length;
    if (!good || verbose)
      lines.push(`${good ? 'ok  ' : 'FAIL'} A [${p.profile_id}] ${q.q} (want ${expect.join(',')}) -> [${keys.join(',')}] ${a.text.slice(0, 160)}`);
  }
}
const ms = performance.now() - t0;
const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}% (${a}/${b})`;
process.stdout.write(`${lines.join('\n')}\n\n`);
process.stdout.write(`retrieval hit     ${pct(retrieval, answerable)}\nanswer hit        ${pct(answerHit, answerable)}\n`);
process.stdout.write(
  `citation precision ${pct(citedOk, cited)}\nabstention        ${pct(abstained, unknowns)}\n  third-party     ${pct(thirdAbstained, third)}\n  other unknowns  ${pct(abstained - thirdAbstained, unknowns - third)}\n`,
);
process.stdout.write(`time ${ms.toFixed(0)} ms\n`);
