import { writeFileSync } from 'node:fs';
import { LOCK_FILE, loadOwnSet, lockOf } from './split.js';

/**
 * `npm run eval:lock` — rewrite eval/sets/holdout.lock.json from the current set. Run it only when a
 * held-out change is deliberate (a real mistake in a case), and say so in the commit message.
 */

const lock = lockOf(loadOwnSet());
writeFileSync(LOCK_FILE, `${JSON.stringify(lock, null, 1)}\n`);
const counts = Object.entries(lock.parts).map(([part, p]) => `${part} ${p.ids.length}`);
process.stdout.write(`wrote ${LOCK_FILE}: held out ${counts.join(', ')}\n`);
