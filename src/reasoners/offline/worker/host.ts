import { Worker } from 'node:worker_threads';
import { ProfileError } from '../../../profiles/errors.js';
import type { Answer, AnswerInput, ExtractInput, ExtractedFact } from '../../../profiles/reasoning.js';
import type { JobReply, JobRequest } from './protocol.js';

/**
 * The main-thread side of the offline reasoning worker. The worker thread is started on the first
 * job and kept (unref'd: it never keeps a process alive); if it dies, pending jobs fail with
 * `internal_error` and the next job starts a new one. Running from TypeScript sources (tests, tsx),
 * the worker loads its .ts entry through tsx.
 */

type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void };

/** Facts as the worker needs them: a value over this size is sent as a shortened text (the answer quotes at most 300 characters). */
const MAX_VALUE_CHARS = 2000;

export class WorkerHost {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  extract(input: ExtractInput, now: number, units: number): Promise<ExtractedFact[]> {
    return this.send({ id: 0, kind: 'extract', input: { messages: input.messages, profile: input.profile.map(lean) }, now, units }) as Promise<ExtractedFact[]>;
  }

  answer(input: AnswerInput, now: number, units: number): Promise<Answer> {
    return this.send({
      id: 0,
      kind: 'answer',
      input: { question: input.question, history: input.history, facts: input.facts.map(lean) },
      now,
      units,
    }) as Promise<Answer>;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  private send(job: JobRequest): Promise<unknown> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...job, id });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const fromSource = import.meta.url.endsWith('.ts');
    const worker = fromSource ? sourceWorker() : new Worker(new URL('./thread.js', import.meta.url));
    worker.unref();
    worker.on('message', (reply: JobReply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok) p.resolve(reply.result);
      else p.reject(new ProfileError(reply.error.code, reply.error.message, reply.error.details));
    });
    const fail = (why: string) => {
      if (this.worker === worker) this.worker = undefined;
      for (const p of this.pending.values()) p.reject(new ProfileError('internal_error', `The offline reasoner stopped (${why}). Try again.`));
      this.pending.clear();
    };
    worker.on('error', (err) => fail(err instanceof Error ? err.message : String(err)));
    worker.on('exit', (code) => fail(`exit ${code}`));
    this.worker = worker;
    return worker;
  }
}

/** Running from the TypeScript sources (tests, tsx): the worker registers tsx's loader, then loads its .ts entry. */
function sourceWorker(): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./thread.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}

function lean<F extends { value: unknown }>(fact: F): F {
  const budget = { left: MAX_VALUE_CHARS };
  const value = leanValue(fact.value, budget);
  return value === fact.value ? fact : { ...fact, value };
}

/**
 * A copy of a value that holds at most `budget.left` characters of text, walked without building
 * the whole JSON (a fact value may be 8 KiB of nested objects; 10,000 of them must not stall the
 * main thread). Values that fit are returned as they are.
 */
function leanValue(value: unknown, budget: { left: number }, depth = 0): unknown {
  if (typeof value === 'string') {
    if (value.length <= budget.left) {
      budget.left -= value.length;
      return value;
    }
    const cut = `${value.slice(0, Math.max(0, budget.left))}…`;
    budget.left = 0;
    return cut;
  }
  if (value === null || typeof value !== 'object') {
    budget.left -= 8;
    return value;
  }
  if (depth > 8 || budget.left <= 0) return '…';
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    let changed = false;
    for (const item of value) {
      if (budget.left <= 0) {
        changed = true;
        break;
      }
      const next = leanValue(item, budget, depth + 1);
      if (next !== item) changed = true;
      out.push(next);
    }
    return changed ? out : value;
  }
  const out: Record<string, unknown> = {};
  let changed = false;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (budget.left <= 0) {
      changed = true;
      break;
    }
    budget.left -= k.length;
    const next = leanValue(v, budget, depth + 1);
    if (next !== v) changed = true;
    out[k] = next;
  }
  return changed ? out : value;
}
