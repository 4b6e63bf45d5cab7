import { randomBytes } from 'node:crypto';
import { emptyScopeDoc, type ScopeDoc, type ScopeRef } from '../profiles/model.js';
import type { DailyUsage, Mutation, Store, UsageLedger } from '../profiles/ports.js';

/** An in-memory store for unit tests: same contract, nothing on disk. */
export class MemoryStore implements Store {
  private readonly docs = new Map<string, { scope: ScopeRef; doc: ScopeDoc }>();
  private tail: Promise<unknown> = Promise.resolve();
  readonly usage = new MemoryUsageLedger();
  private readonly secrets = new Map<string, Uint8Array>();

  /** A random secret per name, for this store's lifetime (one process). */
  async secret(name: string): Promise<Uint8Array> {
    let secret = this.secrets.get(name);
    if (!secret) this.secrets.set(name, (secret = new Uint8Array(randomBytes(32))));
    return secret;
  }

  async read(scope: ScopeRef): Promise<ScopeDoc> {
    return this.docs.get(keyOf(scope))?.doc ?? emptyScopeDoc();
  }

  update<R>(scope: ScopeRef, mutate: (doc: ScopeDoc) => Mutation<R>): Promise<R> {
    const run = this.tail.then(async () => {
      const key = keyOf(scope);
      const mutation = mutate(this.docs.get(key)?.doc ?? emptyScopeDoc());
      if (mutation.doc) this.docs.set(key, { scope, doc: mutation.doc });
      return mutation.result;
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  async listCollections(account: string): Promise<string[]> {
    return [...this.docs.values()].filter((e) => e.scope.account === account && e.scope.collection_id !== null).map((e) => e.scope.collection_id as string);
  }

  async listAccounts(): Promise<string[]> {
    return [...new Set([...this.docs.values()].map((e) => e.scope.account))];
  }

  async close(): Promise<void> {
    await this.tail;
  }
}

const keyOf = (scope: ScopeRef): string => JSON.stringify([scope.account, scope.collection_id]);

/** Daily LLM usage in memory (same contract as the stores' ledgers). */
export class MemoryUsageLedger implements UsageLedger {
  private readonly byAccount = new Map<string, Map<string, DailyUsage>>();

  async add(account: string, day: string, tokens: { input_tokens: number; output_tokens: number }): Promise<void> {
    let days = this.byAccount.get(account);
    if (!days) this.byAccount.set(account, (days = new Map()));
    const d = days.get(day) ?? { day, input_tokens: 0, output_tokens: 0, calls: 0 };
    days.set(day, { day, input_tokens: d.input_tokens + tokens.input_tokens, output_tokens: d.output_tokens + tokens.output_tokens, calls: d.calls + 1 });
  }

  async days(account: string, limit: number): Promise<DailyUsage[]> {
    return [...(this.byAccount.get(account)?.values() ?? [])].sort((a, b) => (a.day < b.day ? 1 : -1)).slice(0, limit);
  }
}
