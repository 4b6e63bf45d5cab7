import { writeFileSync } from 'node:fs';
import { loadSet } from './format.js';
import { basename } from 'node:path';
import { BLIND_HOLDOUTS, LOCK_FILE, loadOwnSet, lockOf, setHash } from './split.js';

/**
 * `npm run eval:lock` — rewrite eval/sets/holdout.lock.json from the current set (and each holdout-<round>.lock.json
 * from its eval/sets/holdout-<round>.json). Run it only when a
 * held-out change is deliberate (a real mistake in a case), and say so in the commit message.
 */

const lock = lockOf(loadOwnSet());
writeFileSync(LOCK_FILE, `${JSON.stringify(lock, null, 1)}\n`);
const counts = Object.entries(lock.parts).map(([part, p]) => `${part} ${p.ids.length}`);
process.stdout.write(`wrote ${LOCK_FILE}: held out ${counts.join(', ')}\n`);
for (const h of BLIND_HOLDOUTS) {
  writeFileSync(h.lock, `${JSON.stringify({ file: basename(h.file), sha256: setHash(loadSet(h.file)) }, null, 1)}\n`);
  process.stdout.write(`wrote ${h.lock}\n`);
}
