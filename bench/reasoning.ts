// Offline reasoning costs (issue 12): how the work grows with the input, and what a hostile call
// does to another caller. Prints figures; asserts nothing.
//
//   npm run bench:reasoning            full run
//   npm run bench:reasoning -- --quick fewer repetitions (CI smoke run)
//
// CPU time is process.cpuUsage() of this thread (less sensitive to a loaded machine than wall time);
// "units" are the deterministic work units of src/reasoners/offline/nlp/budget.ts.
import { parseArgs } from 'node:util';
import type { Fact } from '../src/profiles/model.js';
import { answerSteps } from '../src/reasoners/offline/dialectic/index.js';
import { extractSteps } from '../src/reasoners/offline/extract/index.js';
import { WorkBudget, runSteps } from '../src/reasoners/offline/nlp/budget.js';
import { OfflineReasoner } from '../src/reasoners/offline/index.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const reps = values.quick ? 1 : 5;

const SAMPLE = [
  "I'm a quantity surveyor at a construction firm in Leicester and the client keeps changing the spec, can you help?",
  'been vegan since 2019, married 12 years, 3 kids. I used to live in Rotterdam but moved to Porto last spring.',
  "heads up I've got red-green colour blindness and ADHD, so keep it short pls — bullet points work best for me.",
  'running my first 10k on Sunday!! what should I eat the night before? also I speak Hindi, Marathi and some German.',
  "My wife is a nurse and my colleague Tunde is allergic to peanuts; I'm the one who codes in TypeScript and Rust.",
].join('\n');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function cpu<T>(run: () => T): { ms: number; value: T } {
  const start = process.cpuUsage();
  const value = run();
  return { ms: process.cpuUsage(start).user / 1000, value };
}

function extraction(text: string): { ms: number; units: number } {
  const samples: number[] = [];
  let units = 0;
  for (let i = 0; i < reps; i++) {
    const budget = new WorkBudget(1e12);
    samples.push(cpu(() => runSteps(extractSteps({ messages: [{ role: 'user', content: text }], profile: [] }, budget))).ms);
    units = budget.used;
  }
  return { ms: median(samples), units };
}

function factsOf(n: number): Fact[] {
  const iso = '2026-12-01T00:00:00.000Z';
  return Array.from({ length: n }, (_, i) => ({
    id: `fact_${String(i).padStart(6, '0')}`,
    key: i === 0 ? 'location' : `note_${i}`,
    value: i === 0 ? 'Porto' : `remembered item number ${i} about project ${i % 97}`,
    category: 'other' as const,
    bucket: 'static' as const,
    confidence: 0.8,
    source: 'conversation' as const,
    collection_id: null,
    created_at: iso,
    updated_at: iso,
    expires_at: null,
  }));
}

runSteps(extractSteps({ messages: [{ role: 'user', content: SAMPLE }], profile: [] })); // warm up (model, lexicons, JIT)

const rows: [string, string][] = [];
for (const kb of [10, 40, 160]) {
  const text = SAMPLE.repeat(Math.ceil((kb * 1024) / SAMPLE.length)).slice(0, kb * 1024);
  const r = extraction(text);
  rows.push([
    `extraction, ${kb} KB of realistic text`,
    `${r.ms.toFixed(0)} ms CPU = ${((r.ms / kb) * 10).toFixed(0)} ms per 10 KB, ${(r.units / text.length).toFixed(1)} units/char`,
  ]);
}
const HOSTILE: Record<string, string> = {
  'unusual white space (60 KB)': 'x\u2003\r\u3000'.repeat(15_000),
  'separators only (60 KB)': 'a, '.repeat(20_000),
  'dots between letters (64 KB)': `x${'.'.repeat(64_000)}x`,
  'endless coordination (72 KB)': 'I love hiking and '.repeat(4_000),
};
for (const [name, text] of Object.entries(HOSTILE)) {
  const r = extraction(text);
  rows.push([`extraction, hostile: ${name}`, `${r.ms.toFixed(0)} ms CPU, ${(r.units / text.length).toFixed(1)} units/char`]);
}
for (const n of [1_000, 10_000]) {
  const facts = factsOf(n);
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) samples.push(cpu(() => runSteps(answerSteps({ question: 'Where does the user live?', facts, history: [] }))).ms);
  rows.push([
    `dialectic over ${n.toLocaleString('en')} facts`,
    `${median(samples).toFixed(1)} ms CPU = ${((median(samples) / n) * 1000).toFixed(1)} ms per 1,000 facts`,
  ]);
}

// Another caller's latency while a hostile call runs on the shared worker thread.
const reasoner = new OfflineReasoner();
const calm = { messages: [{ role: 'user' as const, content: "I'm a nurse in Leeds." }], profile: [] };
await reasoner.extract(calm);
const quiet: number[] = [];
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  await reasoner.extract(calm);
  quiet.push(performance.now() - t0);
}
const hostile = reasoner
  .extract({ messages: Array.from({ length: 10 }, () => ({ role: 'user' as const, content: 'a, '.repeat(6_666) })), profile: [] })
  .catch(() => undefined);
const busy: number[] = [];
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  await reasoner.extract(calm);
  busy.push(performance.now() - t0);
}
await hostile;
await reasoner.close();
rows.push(['another call, worker idle (median wall time)', `${median(quiet).toFixed(1)} ms`]);
rows.push(['another call, while a 200 KB hostile call runs', `${median(busy).toFixed(1)} ms (added ${(median(busy) - median(quiet)).toFixed(1)} ms)`]);

const w = Math.max(...rows.map((r) => r[0].length));
process.stdout.write(`offline reasoning — ${reps} repetition(s) per figure\n\n`);
for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(w)}  ${v}\n`);
