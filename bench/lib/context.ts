import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paths } from './peers.js';
import type { Summary } from './stats.js';

/** Iteration counts of one run; --quick divides them so the harness finishes in well under a minute. */
export interface Iterations {
  warmup: number;
  /** Timed single-fact writes / reads per op in profile-N and tenants. */
  ops: number;
  ping: number;
  coldStarts: number;
  /** Timed writes / reads per size in the scale curve. */
  scaleOps: number;
  /** Writes per round in the concurrency scenario, and rounds. */
  concurrentOps: number;
  concurrentRounds: number;
  /** Seconds per autocannon run, and rounds (each round runs every route once). */
  httpSeconds: number;
  httpRounds: number;
}

export const FULL: Iterations = {
  warmup: 20,
  ops: 300,
  ping: 300,
  coldStarts: 15,
  scaleOps: 60,
  concurrentOps: 320,
  concurrentRounds: 3,
  httpSeconds: 5,
  httpRounds: 2,
};

export const QUICK: Iterations = {
  warmup: 3,
  ops: 20,
  ping: 30,
  coldStarts: 3,
  scaleOps: 8,
  concurrentOps: 64,
  concurrentRounds: 1,
  httpSeconds: 1,
  httpRounds: 1,
};

export interface Context {
  paths: Paths;
  iterations: Iterations;
  /** Scratch directory of this run (removed at the end unless --keep). */
  tmp: string;
  /** When set, profile-mcp runs with --cpu-prof and writes its profiles under this directory. */
  cpuProfDir?: string;
  /** When true, profile-mcp runs with bench/probe.mjs preloaded (in-server timings per tool and per fs call). */
  probe?: boolean;
}

export function scratch(ctx: Context, ...parts: string[]): string {
  const dir = join(ctx.tmp, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** node flags for profile-mcp in a steady-state scenario (CPU profiling when asked). */
export function profFlags(ctx: Context, scenario: string): string[] {
  if (!ctx.cpuProfDir) return [];
  const dir = join(ctx.cpuProfDir, scenario);
  mkdirSync(dir, { recursive: true });
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

/** Launch options that add the in-server probe to profile-mcp; `read()` gives its figures after the process exited. */
export function probeFor(ctx: Context, scenario: string): { nodeFlags: string[]; env: Record<string, string>; read: () => ProbeFigures | undefined } {
  if (!ctx.probe) return { nodeFlags: [], env: {}, read: () => undefined };
  const out = join(scratch(ctx, 'probe'), `${scenario}.json`);
  return {
    nodeFlags: ['--import', join(ctx.paths.root, 'bench/probe.mjs')],
    env: { PROBE_DIST: ctx.paths.dist, PROBE_OUT: out },
    read: () => {
      try {
        return JSON.parse(readFileSync(out, 'utf8')) as ProbeFigures;
      } catch {
        return undefined;
      }
    },
  };
}

export type ProbeFigures = Record<string, { n: number; median: number; p99: number }>;

/** The two peers' figures for one operation. */
export interface Pair {
  ours: Summary;
  memory: Summary;
}
