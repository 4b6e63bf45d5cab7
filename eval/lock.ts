import { writeFileSync } from 'node:fs';
import { loadSet } from './format.js';
import { BLIND_HOLDOUT, BLIND_HOLDOUT_LOCK, LOCK_FILE, loadOwnSet, lockOf, setHash } from './split.js';

/**
 * `npm run eval:lock` — rewrite eval/sets/holdout.lock.json from the current set (and holdout-13.lock.json
 * from eval/sets/holdout-13.json). Run it only when a
 * held-out change is deliberate (a real mistake in a case), and say so in the commit message.
 */

const lock = lockOf(loadOwnSet());
writeFileSync(LOCK_FILE, `${JSON.stringify(lock, null, 1)}\n`);
const counts = Object.entries(lock.parts).map(([part, p]) => `${part} ${p.ids.length}`);
process.stdout.write(`wrote ${LOCK_FILE}: held out ${counts.join(', ')}\n`);
const blind = loadSet(BLIND_HOLDOUT);
writeFileSync(BLIND_HOLDOUT_LOCK, `${JSON.stringify({ file: 'holdout-13.json', sha256: setHash(blind) }, null, 1)}\n`);
process.stdout.write(`wrote ${BLIND_HOLDOUT_LOCK}\n`);
