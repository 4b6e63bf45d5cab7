#!/usr/bin/env node
// Validates eval/sets/extra-dev.json (plain JS, no dependencies).
//
//   node eval/check-extra.mjs [path-to-set.json] [--against other-set.json [--threshold 0.35]]
//
// Checks: top-level fields; 14 families with 20 extraction cases each; 50 negatives; 15 conversations;
// unique ids (x- prefix); message shape; every expected `value` occurs verbatim (case-insensitive) in a
// user turn of its own case; no `forbid` token occurs inside an expect/alt/also token of the same case;
// `reinforce` occurs in a user turn; no two cases share a user message.
// With --against, flags cases whose user text is near-identical to a case in another set (prints ids
// and a score only, never the other set's text). Exits 1 on any error; warnings do not fail.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let againstPath = null;
let threshold = 0.35;
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--against') againstPath = args[++i];
  else if (args[i] === '--threshold') threshold = Number(args[++i]);
  else positional.push(args[i]);
}
const file = positional[0] ?? join(here, 'sets', 'extra-dev.json');

// The 14 families, in order: one list for this checker and the eval tests (test/reasoning/eval-set.test.ts).
const FAMILIES = JSON.parse(readFileSync(join(here, 'families.json'), 'utf8'));
const PER_FAMILY = 20;
const NEGATIVES = 50;
const CONVERSATIONS = 15;
const BUCKETS = new Set(['static', 'dynamic']);

const errors = [];
const warnings = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);
const warn = (where, msg) => warnings.push(`${where}: ${msg}`);
const lc = (s) => String(s).toLowerCase();
const isStrArr = (a) => Array.isArray(a) && a.every((x) => typeof x === 'string' && x.length > 0);

let set;
try {
  set = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`cannot read ${file}: ${e.message}`);
  process.exit(1);
}

// ---- top level
for (const k of ['name', 'version', 'purpose', 'licence', 'families', 'extraction', 'negatives', 'conversations']) {
  if (!(k in set)) err('top', `missing field ${k}`);
}
if (set.version !== 1) err('top', 'version must be 1');
if (JSON.stringify(set.families) !== JSON.stringify(FAMILIES)) err('top', 'families must list the 14 families in order');
if ('dialectic' in set && !(Array.isArray(set.dialectic) && set.dialectic.length === 0)) {
  err('top', 'dialectic must be omitted or an empty array');
}
const extraction = Array.isArray(set.extraction) ? set.extraction : [];
const negatives = Array.isArray(set.negatives) ? set.negatives : [];
const conversations = Array.isArray(set.conversations) ? set.conversations : [];

// ---- helpers
function checkMessages(where, msgs) {
  if (!Array.isArray(msgs) || msgs.length === 0) {
    err(where, 'messages must be a non-empty array');
    return [];
  }
  const users = [];
  for (const [i, m] of msgs.entries()) {
    if (!m || (m.role !== 'user' && m.role !== 'assistant')) err(where, `message ${i}: role must be user or assistant`);
    if (!m || typeof m.content !== 'string' || m.content.trim() === '') err(where, `message ${i}: empty content`);
    const extra = Object.keys(m ?? {}).filter((k) => k !== 'role' && k !== 'content');
    if (extra.length) err(where, `message ${i}: unexpected fields ${extra.join(', ')}`);
    if (m?.role === 'user' && typeof m.content === 'string') users.push(m.content);
  }
  if (users.length === 0) err(where, 'no user message');
  if (msgs[msgs.length - 1]?.role !== 'user') err(where, "last message must be the user's");
  return users;
}

function checkExpectations(where, list, userText, { allowEmpty = false } = {}) {
  if (!Array.isArray(list)) {
    err(where, 'expectations must be an array');
    return [];
  }
  if (!allowEmpty && list.length === 0) err(where, 'no expectations');
  const tokens = [];
  for (const [i, e] of list.entries()) {
    const w = `${where} expect[${i}]`;
    if (!e || typeof e.value !== 'string' || e.value.trim() === '') {
      err(w, 'value must be a non-empty string');
      continue;
    }
    if (typeof e.key_hint !== 'string' || !e.key_hint) err(w, 'key_hint missing');
    if ('bucket' in e && !BUCKETS.has(e.bucket)) err(w, `bad bucket ${e.bucket}`);
    if ('alt' in e && !isStrArr(e.alt)) err(w, 'alt must be an array of non-empty strings');
    const extra = Object.keys(e).filter((k) => !['value', 'key_hint', 'bucket', 'alt'].includes(k));
    if (extra.length) err(w, `unexpected fields ${extra.join(', ')}`);
    if (!lc(userText).includes(lc(e.value))) err(w, `value "${e.value}" does not occur in a user turn`);
    if (e.value.trim().length < 3 && !/^\d+$/.test(e.value.trim())) warn(w, `short token "${e.value}" may match unrelated values`);
    tokens.push(e.value, ...(e.alt ?? []));
  }
  return tokens;
}

function checkForbid(where, c, goodTokens) {
  if (!isStrArr(c.forbid) && !(Array.isArray(c.forbid) && c.forbid.length === 0)) {
    err(where, 'forbid must be an array of strings');
    return;
  }
  if ('also' in c && !isStrArr(c.also)) err(where, 'also must be an array of non-empty strings');
  const good = [...goodTokens, ...(c.also ?? [])];
  for (const f of c.forbid) {
    for (const g of good) {
      if (lc(g).includes(lc(f))) err(where, `forbid "${f}" occurs inside expected/also token "${g}"`);
    }
  }
}

// ---- ids
const seenIds = new Map();
function checkId(where, id, prefix) {
  if (typeof id !== 'string' || !id) return err(where, 'missing id');
  if (!id.startsWith(prefix)) err(id, `id must start with ${prefix}`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) err(id, 'id must be lower-case letters, digits and hyphens');
  if (seenIds.has(id)) err(id, `duplicate id (also in ${seenIds.get(id)})`);
  seenIds.set(id, where);
}

// duplicate user messages anywhere in the set
const seenUserText = new Map();
function noteUserText(id, texts) {
  for (const t of texts) {
    const k = lc(t).replace(/\s+/g, ' ').trim();
    if (seenUserText.has(k) && seenUserText.get(k) !== id) err(id, `user message duplicates one in ${seenUserText.get(k)}`);
    else seenUserText.set(k, id);
  }
}

const allowedExtraction = new Set(['id', 'family', 'tags', 'messages', 'expect', 'forbid', 'also', 'note']);

// ---- extraction
const perFamily = Object.fromEntries(FAMILIES.map((f) => [f, 0]));
let expectations = 0;
let dynamicExpectations = 0;
for (const c of extraction) {
  const id = c?.id ?? '(no id)';
  checkId('extraction', c?.id, 'x-');
  for (const k of Object.keys(c ?? {})) if (!allowedExtraction.has(k)) err(id, `unexpected field ${k}`);
  if (!FAMILIES.includes(c.family)) err(id, `unknown family ${c.family}`);
  else perFamily[c.family]++;
  if (!isStrArr(c.tags) || c.tags.length === 0) err(id, 'tags must be a non-empty array of strings');
  const users = checkMessages(id, c.messages);
  noteUserText(id, users);
  const tokens = checkExpectations(id, c.expect, users.join('\n'));
  expectations += Array.isArray(c.expect) ? c.expect.length : 0;
  dynamicExpectations += Array.isArray(c.expect) ? c.expect.filter((e) => e.bucket === 'dynamic').length : 0;
  checkForbid(id, c, tokens);
  if ('note' in c && typeof c.note !== 'string') err(id, 'note must be a string');
}
if (extraction.length !== FAMILIES.length * PER_FAMILY) {
  err('extraction', `expected ${FAMILIES.length * PER_FAMILY} cases, found ${extraction.length}`);
}
for (const f of FAMILIES) if (perFamily[f] !== PER_FAMILY) err('extraction', `family ${f}: ${perFamily[f]} cases, expected ${PER_FAMILY}`);

// ---- negatives
const allowedNegative = new Set(['id', 'family', 'kind', 'tags', 'messages', 'expect', 'forbid', 'note']);
const kinds = {};
for (const c of negatives) {
  const id = c?.id ?? '(no id)';
  checkId('negatives', c?.id, 'x-neg-');
  for (const k of Object.keys(c ?? {})) if (!allowedNegative.has(k)) err(id, `unexpected field ${k}`);
  if (c.family !== 'negative') err(id, 'family must be "negative"');
  if (typeof c.kind !== 'string' || !c.kind) err(id, 'kind missing');
  else kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
  if (!isStrArr(c.tags) || c.tags.length === 0) err(id, 'tags must be a non-empty array of strings');
  if (!Array.isArray(c.expect) || c.expect.length !== 0) err(id, 'negatives must have expect: []');
  noteUserText(id, checkMessages(id, c.messages));
  checkForbid(id, c, []);
}
if (negatives.length !== NEGATIVES) err('negatives', `expected ${NEGATIVES}, found ${negatives.length}`);

// ---- conversations
const allowedConversation = new Set(['id', 'kind', 'tags', 'turns', 'final', 'forbid', 'also', 'reinforce', 'note']);
let learnCalls = 0;
for (const c of conversations) {
  const id = c?.id ?? '(no id)';
  checkId('conversations', c?.id, 'x-conv-');
  for (const k of Object.keys(c ?? {})) if (!allowedConversation.has(k)) err(id, `unexpected field ${k}`);
  if (typeof c.kind !== 'string' || !c.kind) err(id, 'kind missing');
  if (!isStrArr(c.tags) || c.tags.length === 0) err(id, 'tags must be a non-empty array of strings');
  if (!Array.isArray(c.turns) || c.turns.length < 2) {
    err(id, 'turns must hold at least two learn calls');
    continue;
  }
  learnCalls += c.turns.length;
  const users = c.turns.flatMap((t, i) => checkMessages(`${id} turn ${i}`, t));
  noteUserText(id, users);
  const tokens = checkExpectations(id, c.final, users.join('\n'));
  checkForbid(id, c, tokens);
  if ('reinforce' in c && !lc(users.join('\n')).includes(lc(c.reinforce))) err(id, `reinforce "${c.reinforce}" not in a user turn`);
}
if (conversations.length !== CONVERSATIONS) err('conversations', `expected ${CONVERSATIONS}, found ${conversations.length}`);

// ---- optional overlap check against another set (ids and scores only)
if (againstPath) {
  const other = JSON.parse(readFileSync(againstPath, 'utf8'));
  const words = (s) =>
    new Set(
      lc(s)
        .normalize('NFKD')
        .replace(/[^\p{L}\p{N}\s]/gu, ' ')
        .split(/\s+/)
        .filter((w) => w.length > 2),
    );
  const userOf = (c) =>
    (c.messages ?? (c.turns ?? []).flat())
      .filter((m) => m.role === 'user')
      .map((m) => m.content)
      .join(' ');
  const theirs = [...(other.extraction ?? []), ...(other.negatives ?? []), ...(other.conversations ?? [])].map((c) => [c.id, words(userOf(c))]);
  const ours = [...extraction, ...negatives, ...conversations];
  let flagged = 0;
  for (const c of ours) {
    const a = words(userOf(c));
    for (const [tid, b] of theirs) {
      if (!a.size || !b.size) continue;
      let inter = 0;
      for (const w of a) if (b.has(w)) inter++;
      const jac = inter / (a.size + b.size - inter);
      if (jac >= threshold) {
        flagged++;
        err(c.id, `user text overlaps ${tid} (word Jaccard ${jac.toFixed(2)})`);
      }
    }
  }
  console.log(`overlap check against ${againstPath}: ${flagged} pair(s) at word Jaccard >= ${threshold}`);
}

// ---- report
console.log(`${file}`);
console.log(`extraction: ${extraction.length} cases, ${expectations} expectations (${dynamicExpectations} dynamic)`);
for (const f of FAMILIES) console.log(`  ${f.padEnd(22)} ${perFamily[f]}`);
console.log(
  `negatives: ${negatives.length} (${Object.entries(kinds)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')})`,
);
console.log(`conversations: ${conversations.length} (${learnCalls} learn calls)`);
if (warnings.length) {
  console.log(`\n${warnings.length} warning(s):`);
  for (const w of warnings) console.log(`  - ${w}`);
}
if (errors.length) {
  console.log(`\n${errors.length} error(s):`);
  for (const e of errors) console.log(`  - ${e}`);
  process.exit(1);
}
console.log('\nOK');
