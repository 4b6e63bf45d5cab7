import { inputTooComplex, type Steps } from '../nlp/budget.js';

/**
 * Round-robin over the step sequences of concurrent jobs: each job runs for at most SLICE_MS, then
 * the next one gets its turn, and new jobs are let in between rounds. One heavy job therefore delays
 * a light job of another tenant by about one slice per job ahead of it, never by its whole run.
 * A job that has used more than MAX_JOB_MS of compute in total stops with "input too complex".
 */

export const SLICE_MS = 8;
export const MAX_JOB_MS = 15_000;

interface Running<T> {
  steps: Steps<T>;
  field: string;
  used: number;
  resolve: (value: T) => void;
  reject: (err: unknown) => void;
}

export class Scheduler {
  private readonly queue: Running<unknown>[] = [];
  private pumping = false;

  constructor(
    private readonly yieldTurn: () => Promise<void> = () => new Promise((r) => setImmediate(r)),
    private readonly clock: () => number = () => performance.now(),
  ) {}

  run<T>(steps: Steps<T>, field: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ steps, field, used: 0, resolve: resolve as (v: unknown) => void, reject });
      if (!this.pumping) void this.pump();
    });
  }

  get active(): number {
    return this.queue.length;
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        for (const job of [...this.queue]) this.slice(job);
        await this.yieldTurn();
      }
    } finally {
      this.pumping = false;
    }
  }

  private slice(job: Running<unknown>): void {
    const start = this.clock();
    try {
      for (;;) {
        const next = job.steps.next();
        if (next.done) {
          this.finish(job);
          job.resolve(next.value);
          return;
        }
        const now = this.clock();
        if (job.used + (now - start) > MAX_JOB_MS) throw inputTooComplex(job.field);
        if (now - start >= SLICE_MS) break;
      }
      job.used += this.clock() - start;
    } catch (err) {
      this.finish(job);
      job.reject(err);
    }
  }

  private finish(job: Running<unknown>): void {
    const at = this.queue.indexOf(job);
    if (at >= 0) this.queue.splice(at, 1);
  }
}
