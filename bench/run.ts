// profile-mcp vs @modelcontextprotocol/server-memory, side by side in one run (issue 7).
//
//   npm run bench                      full run (~4-5 minutes), table on stdout
//   npm run bench -- --quick           few iterations: a smoke test that the harness works (CI)
//   npm run bench -- --json            the results and targets as JSON on stdout (progress on stderr)
//   options: --only profile,tenants,ping,cold,scale,concurrency,http,reads   --no-http   --bare-path /healthz
//            --dist DIR (compiled profile-mcp, default dist)   --cpu-prof DIR (profile our server)
//            --out FILE (also write the JSON there)   --keep (keep the scratch directory)
//
// Build first: npx tsc -p tsconfig.json. Nothing here asserts on timings; a MISS is reported, not fatal.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FULL, QUICK, type Context } from './lib/context.js';
import { profilesIn, renderSummary, summariseProfile, type CpuSummary } from './lib/cpuprofile.js';
import { progress } from './lib/measure.js';
import { pathsFor } from './lib/peers.js';
import { render, targets, type Results } from './lib/report.js';
import { coldStartScenario } from './lib/scenarios/coldstart.js';
import { concurrencyScenario } from './lib/scenarios/concurrency.js';
import { httpScenario } from './lib/scenarios/http.js';
import { profileScenario } from './lib/scenarios/profile.js';
import { readsScenario } from './lib/scenarios/reads.js';
import { scaleScenario } from './lib/scenarios/scale.js';
import { tenantsScenario } from './lib/scenarios/tenants.js';

const SCENARIOS = ['profile', 'tenants', 'ping', 'cold', 'scale', 'concurrency', 'http', 'reads'] as const;
type Scenario = (typeof SCENARIOS)[number];

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      only: { type: 'string' },
      'no-http': { type: 'boolean', default: false },
      'bare-path': { type: 'string', default: '/healthz' },
      dist: { type: 'string', default: 'dist' },
      'cpu-prof': { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${readHeader()}\n`);
    return 0;
  }
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const paths = pathsFor(root, values.dist!);
  if (!existsSync(join(paths.dist, 'cli.js'))) {
    process.stderr.write(`No compiled server at ${paths.dist}/cli.js: run \`npx tsc -p tsconfig.json\` first.\n`);
    return 2;
  }
  let only = new Set<Scenario>(SCENARIOS);
  if (values.only) {
    const asked = values.only.split(',').map((s) => s.trim());
    const bad = asked.filter((s) => !(SCENARIOS as readonly string[]).includes(s));
    if (bad.length) {
      process.stderr.write(`Unknown scenario(s) ${bad.join(', ')}; choose from ${SCENARIOS.join(', ')}.\n`);
      return 2;
    }
    only = new Set(asked as Scenario[]);
  }
  if (values['no-http']) only.delete('http');

  const tmp = mkdtempSync(join(tmpdir(), 'profile-mcp-bench-'));
  const cpuProfDir = values['cpu-prof'] ? resolve(values['cpu-prof']) : undefined;
  const ctx: Context = { paths, iterations: values.quick ? QUICK : FULL, tmp, cpuProfDir };
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    quick: values.quick,
    loadavgAtStart: loadavg().map((x) => Number(x.toFixed(2))),
    iterations: ctx.iterations,
    dist: paths.dist,
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  };
  const started = performance.now();
  const results: Results = { profile: [] };
  try {
    // profile-100 always runs when the floor is needed (its captured get_profile feeds the cold-start floor).
    if (only.has('profile') || only.has('ping') || only.has('cold')) {
      results.profile.push(await profileScenario(ctx, 100, only.has('ping')));
      if (only.has('profile')) results.profile.push(await profileScenario(ctx, 1000, false));
    }
    if (only.has('tenants')) results.tenants = await tenantsScenario(ctx);
    if (only.has('cold')) results.coldStart = await coldStartScenario(ctx, results.profile[0]!.floorResultsFile);
    if (only.has('scale')) results.scale = await scaleScenario(ctx);
    if (only.has('reads')) results.reads = await readsScenario(ctx);
    if (only.has('concurrency')) results.concurrency = await concurrencyScenario(ctx);
    if (only.has('http')) results.http = await httpScenario(ctx, values['bare-path']!);
  } finally {
    if (!values.keep) rmSync(tmp, { recursive: true, force: true });
    else progress(`scratch kept in ${tmp}`);
  }
  const elapsed = (performance.now() - started) / 1000;
  progress(`done in ${elapsed.toFixed(0)} s`);

  let cpu: CpuSummary[] | undefined;
  if (cpuProfDir) {
    cpu = [];
    for (const scenario of ['profile-100', 'profile-1000', 'tenants-100x100', 'scale-10', 'scale-1000', 'scale-10000', 'concurrency', 'http']) {
      for (const file of profilesIn(join(cpuProfDir, scenario))) cpu.push(summariseProfile(file));
    }
  }

  const report = { meta: { ...meta, loadavgAtEnd: loadavg().map((x) => Number(x.toFixed(2))), seconds: elapsed }, targets: targets(results), results, cpu };
  if (values.out) writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(
      `${render(results, report.meta)}\n\nTotal ${elapsed.toFixed(0)} s; load average (1 min) ${meta.loadavgAtStart[0]} at start, ${report.meta.loadavgAtEnd[0]} at end. Reproduce: ${meta.command}\n`,
    );
    if (cpu) for (const s of cpu) process.stdout.write(`\n${renderSummary(s)}\n`);
  }
  // Correctness, never timing: a lost write of ours or an HTTP server that exists but cannot be driven fails the run.
  const failures: string[] = [];
  const c = results.concurrency;
  if (c && (c.stdio.lostWrites > 0 || c.inProcess.lostWrites > 0))
    failures.push(`profile-mcp lost writes under concurrency (stdio ${c.stdio.lostWrites}, in-process ${c.inProcess.lostWrites})`);
  if (results.http && !results.http.ran && existsSync(join(paths.dist, 'commands/http.js'))) failures.push(`HTTP scenario failed: ${results.http.reason}`);
  for (const f of failures) process.stderr.write(`bench: ${f}\n`);
  return failures.length > 0 ? 1 : 0;
}

function readHeader(): string {
  return [
    'npm run bench [-- options]',
    '  --quick             few iterations (smoke test; figures are rough)',
    '  --json              results and targets as JSON on stdout',
    '  --out FILE          also write the JSON report to FILE',
    `  --only LIST         comma-separated subset of: ${SCENARIOS.join(', ')}`,
    '  --no-http           skip the HTTP scenario',
    '  --bare-path PATH    the framework-floor route of the HTTP server (default /healthz)',
    '  --dist DIR          compiled profile-mcp to measure (default dist)',
    '  --cpu-prof DIR      run our server with node --cpu-prof into DIR and summarise the profiles',
    '  --keep              keep the scratch directory',
  ].join('\n');
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
