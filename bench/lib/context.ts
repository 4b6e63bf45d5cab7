import { mkdirSync } from 'node:fs';
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
  /** Profile sizes of the reads scenario, and the collections of its list_collections account. */
  readSizes: readonly number[];
  collections: number;
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
  readSizes: [1_000, 10_000],
  collections: 10_000,
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
  // A smoke run: the reads scenario's paths at a tenth of the scale (the targets need a full run).
  readSizes: [1_000],
  collections: 1_000,
};

export interface Context {
  paths: Paths;
  iterations: Iterations;
  /** Scratch directory of this run (removed at the end unless --keep). */
  tmp: string;
  /** When set, profile-mcp runs with --cpu-prof and writes its profiles under this directory. */
  cpuProfDir?: string;
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

/** The two peers' figures for one operation. */
export interface Pair {
  ours: Summary;
  memory: Summary;
}
