import type { ScopeDoc } from '../profiles/model.js';
import type { Mutation } from '../profiles/ports.js';

/** One queued `Store.update`: its mutation and the promise to settle once the batch is durable. */
export interface Job {
  mutate: (doc: ScopeDoc) => Mutation<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/**
 * Run a batch's mutations in order, each on the result of the one before; a throwing one changes
 * nothing and is rejected alone. `settle` resolves (or rejects) every job: call it only once the
 * resulting document is durable.
 */
export function applyBatch(batch: readonly Job[], start: ScopeDoc): { doc: ScopeDoc; settle: () => void } {
  let doc = start;
  const settled: Array<() => void> = [];
  for (const job of batch) {
    try {
      const mutation = job.mutate(doc);
      if (mutation.doc) doc = mutation.doc;
      settled.push(() => job.resolve(mutation.result));
    } catch (err) {
      settled.push(() => job.reject(err));
    }
  }
  return { doc, settle: () => settled.forEach((settle) => settle()) };
}

/** Settle every job of a batch with one failure. */
export function rejectAll(batch: readonly Job[], failure: unknown): () => void {
  return () => batch.forEach((job) => job.reject(failure));
}
