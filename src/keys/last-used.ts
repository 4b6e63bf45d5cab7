import type { ApiKeyRecord } from './port.js';

/** Last use is recorded at most once a minute per key (no write per request). */
export const LAST_USED_INTERVAL_MS = 60_000;

/**
 * The last-used bookkeeping both key stores share: note a key's use, write the noted times in
 * batches (a second after the first new one, and on close), and overlay not-yet-written times on
 * listed records. `write` persists a batch (id -> ISO time); its failures are the caller's to log.
 */
export class LastUsed {
  private readonly pending = new Map<string, string>();
  private readonly recorded = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (times: ReadonlyMap<string, string>) => Promise<void>,
    private readonly clock: () => number = Date.now,
  ) {}

  note(id: string): void {
    const now = this.clock();
    const last = this.recorded.get(id);
    if (last !== undefined && now - last < LAST_USED_INTERVAL_MS) return;
    this.recorded.set(id, now);
    this.pending.set(id, new Date(now).toISOString());
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.flushing = this.flushing.then(() => this.flush());
      }, 1_000);
      this.timer.unref();
    }
  }

  /** A record with its newest known last use, written or not. */
  overlay(record: ApiKeyRecord): ApiKeyRecord {
    const last = this.pending.get(record.id);
    return last && (record.last_used_at === null || last > record.last_used_at) ? { ...record, last_used_at: last } : record;
  }

  /** Write what is pending now (and wait for a batch already being written). */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.flushing;
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const times = new Map(this.pending);
    this.pending.clear();
    await this.write(times);
  }
}
