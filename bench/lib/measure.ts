/** One operation to time; `after` runs untimed right after it (e.g. to undo a write and keep sizes fixed). */
export interface TimedOp {
  name: string;
  run: (i: number) => Promise<void>;
  after?: (i: number) => Promise<void>;
}

/**
 * Run the ops op by op, interleaved, so that machine noise hits all of them alike: iteration i runs every
 * op once, in forward order on even iterations and reverse order on odd ones (ABBA), after `warmup`
 * untimed iterations. Returns the durations (ms) per op name.
 */
export async function interleave(ops: readonly TimedOp[], iterations: number, warmup: number): Promise<Record<string, number[]>> {
  const samples: Record<string, number[]> = Object.fromEntries(ops.map((op) => [op.name, []]));
  for (let i = 0; i < warmup + iterations; i++) {
    const order = i % 2 === 0 ? ops : [...ops].reverse();
    for (const op of order) {
      const t0 = performance.now();
      await op.run(i);
      const ms = performance.now() - t0;
      if (i >= warmup) samples[op.name]!.push(ms);
      if (op.after) await op.after(i);
    }
  }
  return samples;
}

export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
