// Summarise .cpuprofile files written by `npm run bench -- --cpu-prof DIR` (or any node --cpu-prof run):
//   npx tsx bench/cpuprofile.ts DIR_OR_FILE... [--top N] [--focus FUNCTION]...
// --focus breaks a function's time down by its direct callees (e.g. --focus cycle --focus validateToolOutput).
import { statSync } from 'node:fs';
import { profilesIn, renderSummary, summariseProfile } from './lib/cpuprofile.js';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 25;
const focus: string[] = [];
for (let at = args.indexOf('--focus'); at >= 0; at = args.indexOf('--focus')) focus.push(args.splice(at, 2)[1]!);
if (args.length === 0) {
  process.stderr.write('usage: tsx bench/cpuprofile.ts DIR_OR_FILE... [--top N] [--focus FUNCTION]...\n');
  process.exit(2);
}
for (const target of args) {
  const files = statSync(target).isDirectory() ? profilesIn(target) : [target];
  for (const file of files) process.stdout.write(`${renderSummary(summariseProfile(file, top, focus))}\n\n`);
}
