#!/usr/bin/env node
// Validates eval/sets/extra-dialectic.json (format: the `dialectic` part of
// /work/shared/eval/realistic-dev.json; see that README). Plain JS, no dependencies.
//
//   node eval/check-extra-dialectic.mjs [path/to/file.json]
//
// Exits 1 and lists every problem when the file is invalid; prints counts otherwise.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? join(here, 'sets', 'extra-dialectic.json');

const EXPECT = {
  profiles: 6,
  questionsPerProfile: 35,
  factsMin: 25,
  factsMax: 35,
  // share of all questions, per class tag
  share: { indirect: [0.35, 0.45], paraphrase: [0.2, 0.3], unknown: [0.3, 0.4] },
};
const CLASS_TAGS = ['indirect', 'paraphrase', 'unknown'];
const UNKNOWN_KINDS = ['third_party', 'missing', 'past'];
const KNOWN_TAGS = new Set([...CLASS_TAGS, ...UNKNOWN_KINDS, 'world_knowledge', 'dynamic', 'list', 'multi_key']);

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);

let data;
try {
  data = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`cannot read ${file}: ${e.message}`);
  process.exit(1);
}

// ---- top level -------------------------------------------------------------
for (const k of ['name', 'purpose', 'licence']) {
  if (typeof data[k] !== 'string' || !data[k].trim()) err('top', `"${k}" must be a non-empty string`);
}
if (data.version !== 1) err('top', '"version" must be 1');
for (const k of ['extraction', 'negatives', 'conversations']) {
  if (k in data && !Array.isArray(data[k])) err('top', `"${k}" must be an array when present`);
}
if (!Array.isArray(data.dialectic)) {
  err('top', '"dialectic" must be an array');
  data.dialectic = [];
}

// ---- helpers ---------------------------------------------------------------
const isScalar = (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const itemsOf = (v) => (Array.isArray(v) ? v : [v]);
const textOf = (item) => (typeof item === 'string' ? item : JSON.stringify(item));
const lc = (s) => s.toLocaleLowerCase('en');
const valueContains = (v, token) => itemsOf(v).some((item) => lc(textOf(item)).includes(lc(token)));
const normQ = (q) =>
  lc(q)
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

// ---- profiles --------------------------------------------------------------
const seenQ = new Map();
const seenIds = new Set();
const totals = { questions: 0, facts: 0, byTag: {} };
const rows = [];

if (data.dialectic.length !== EXPECT.profiles) err('dialectic', `${data.dialectic.length} profiles, want ${EXPECT.profiles}`);

data.dialectic.forEach((p, pi) => {
  const pid = p.profile_id ?? `#${pi}`;
  const where = `profile ${pid}`;
  if (typeof p.profile_id !== 'string' || !p.profile_id) err(where, 'missing profile_id');
  if (seenIds.has(p.profile_id)) err(where, 'duplicate profile_id');
  seenIds.add(p.profile_id);
  if (typeof p.about !== 'string' || !p.about.trim()) err(where, 'missing "about"');

  const facts = p.facts && typeof p.facts === 'object' && !Array.isArray(p.facts) ? p.facts : {};
  if (facts !== p.facts) err(where, '"facts" must be an object');
  const keys = Object.keys(facts);
  if (keys.length < EXPECT.factsMin || keys.length > EXPECT.factsMax) {
    err(where, `${keys.length} facts, want ${EXPECT.factsMin}–${EXPECT.factsMax}`);
  }
  for (const k of keys) {
    const v = facts[k];
    if (!SNAKE.test(k)) err(where, `fact key "${k}" is not snake_case`);
    if (Array.isArray(v)) {
      if (!v.length) err(where, `fact "${k}" is an empty list`);
      v.forEach((item) => {
        if (typeof item !== 'string' || !item.trim()) err(where, `fact "${k}" has a list item that is not a non-empty string`);
      });
    } else if (!isScalar(v) || (typeof v === 'string' && !v.trim())) {
      err(where, `fact "${k}" must be a non-empty string, a number or a list of strings`);
    }
  }

  const dyn = Array.isArray(p.dynamic_keys) ? p.dynamic_keys : [];
  if (!Array.isArray(p.dynamic_keys)) err(where, '"dynamic_keys" must be an array');
  for (const k of dyn) if (!(k in facts)) err(where, `dynamic key "${k}" is not a fact`);
  if (new Set(dyn).size !== dyn.length) err(where, 'duplicate dynamic_keys');

  const qs = Array.isArray(p.questions) ? p.questions : [];
  if (qs.length !== EXPECT.questionsPerProfile) err(where, `${qs.length} questions, want ${EXPECT.questionsPerProfile}`);
  const row = { pid, facts: keys.length, questions: qs.length, indirect: 0, paraphrase: 0, unknown: 0 };

  qs.forEach((q, qi) => {
    const w = `${where} q${qi + 1} ${JSON.stringify(q.q ?? '')}`;
    if (typeof q.q !== 'string' || !q.q.trim()) {
      err(w, 'missing question text');
      return;
    }
    const n = normQ(q.q);
    if (seenQ.has(n)) err(w, `duplicate of ${seenQ.get(n)}`);
    else seenQ.set(n, `${where} q${qi + 1}`);

    const tags = Array.isArray(q.tags) ? q.tags : [];
    if (!Array.isArray(q.tags) || !tags.length) err(w, '"tags" must be a non-empty array');
    for (const t of tags) {
      if (t.startsWith('shares_key:')) continue;
      if (!KNOWN_TAGS.has(t)) err(w, `unknown tag "${t}"`);
    }
    for (const t of tags)
      totals.byTag[t.startsWith('shares_key:') ? 'shares_key' : t] = (totals.byTag[t.startsWith('shares_key:') ? 'shares_key' : t] ?? 0) + 1;
    const cls = tags.filter((t) => CLASS_TAGS.includes(t));
    if (cls.length !== 1) err(w, `needs exactly one of ${CLASS_TAGS.join('/')} in tags, has [${cls.join(', ')}]`);
    else row[cls[0]] += 1;

    for (const t of tags.filter((t) => t.startsWith('shares_key:'))) {
      const k = t.slice('shares_key:'.length);
      if (!(k in facts)) err(w, `tag ${t}: no such fact`);
    }

    if (q.unknown === true) {
      if (!tags.includes('unknown')) err(w, 'unknown question must carry the "unknown" tag');
      if (!tags.some((t) => UNKNOWN_KINDS.includes(t))) err(w, `unknown question needs one of ${UNKNOWN_KINDS.join('/')}`);
      for (const k of ['expect_keys', 'answer_token', 'also_ok_keys']) if (k in q) err(w, `unknown question must not have "${k}"`);
      return;
    }
    if ('unknown' in q) err(w, '"unknown" must be true or absent');
    if (tags.includes('unknown') || tags.some((t) => UNKNOWN_KINDS.includes(t) || t.startsWith('shares_key:'))) {
      err(w, 'answerable question carries unknown-only tags');
    }

    const expect = Array.isArray(q.expect_keys) ? q.expect_keys : [];
    if (!expect.length) err(w, '"expect_keys" must be a non-empty array');
    if (new Set(expect).size !== expect.length) err(w, 'duplicate expect_keys');
    for (const k of expect) if (!(k in facts)) err(w, `expect key "${k}" is not a fact`);

    const also = q.also_ok_keys ?? [];
    if (!Array.isArray(also)) err(w, '"also_ok_keys" must be an array');
    else {
      for (const k of also) {
        if (!(k in facts)) err(w, `also_ok key "${k}" is not a fact`);
        if (expect.includes(k)) err(w, `also_ok key "${k}" is already in expect_keys`);
      }
      if (new Set(also).size !== also.length) err(w, 'duplicate also_ok_keys');
    }

    const tok = q.answer_token;
    if (typeof tok !== 'string' || !tok.trim()) err(w, '"answer_token" must be a non-empty string');
    else {
      const holders = expect.filter((k) => k in facts && valueContains(facts[k], tok));
      if (!holders.length) err(w, `answer_token "${tok}" occurs in none of the expected facts (${expect.join(', ')})`);
      // an answer that merely echoes the question must not score
      if (lc(q.q).includes(lc(tok))) err(w, `answer_token "${tok}" already appears in the question`);
    }

    const hasDyn = expect.some((k) => dyn.includes(k));
    if (hasDyn !== tags.includes('dynamic')) err(w, `"dynamic" tag ${hasDyn ? 'missing' : 'set'} but expected keys are ${hasDyn ? '' : 'not '}dynamic`);
    const hasList = expect.some((k) => Array.isArray(facts[k]));
    if (hasList !== tags.includes('list')) err(w, `"list" tag ${hasList ? 'missing' : 'set'} but expected facts are ${hasList ? '' : 'not '}lists`);
    if (expect.length > 1 !== tags.includes('multi_key')) err(w, '"multi_key" tag must be set exactly when there are several expect_keys');
  });

  totals.questions += qs.length;
  totals.facts += keys.length;
  rows.push(row);
});

const wantTotal = EXPECT.profiles * EXPECT.questionsPerProfile;
if (totals.questions !== wantTotal) err('dialectic', `${totals.questions} questions in all, want ${wantTotal}`);
for (const [cls, [lo, hi]] of Object.entries(EXPECT.share)) {
  const n = rows.reduce((s, r) => s + r[cls], 0);
  const share = totals.questions ? n / totals.questions : 0;
  if (share < lo || share > hi) err('dialectic', `${cls}: ${n} (${(share * 100).toFixed(1)}%), want ${lo * 100}–${hi * 100}%`);
}

// ---- report ----------------------------------------------------------------
console.log(`${file}`);
console.log('profile                 facts  questions  indirect  paraphrase  unknown');
for (const r of rows) {
  console.log(
    `${r.pid.padEnd(22)} ${String(r.facts).padStart(6)} ${String(r.questions).padStart(10)} ${String(r.indirect).padStart(9)} ${String(r.paraphrase).padStart(11)} ${String(r.unknown).padStart(8)}`,
  );
}
const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
const pct = (k) => `${sum(k)} (${((sum(k) / (totals.questions || 1)) * 100).toFixed(1)}%)`;
console.log(
  `total: ${rows.length} profiles, ${totals.facts} facts, ${totals.questions} questions; indirect ${pct('indirect')}, paraphrase ${pct('paraphrase')}, unknown ${pct('unknown')}`,
);
console.log(
  'tags:',
  Object.entries(totals.byTag)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n}`)
    .join(', '),
);

if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log('OK');
