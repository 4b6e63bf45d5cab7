import { emptyScopeDoc, type ScopeDoc, type ScopeRef } from '../profiles/model.js';
import type { Mutation, Store } from '../profiles/ports.js';

/** An in-memory store for unit tests: same contract, nothing on disk. */
export class MemoryStore implements Store {
  private readonly docs = new Map<string, { scope: ScopeRef; doc: ScopeDoc }>();
  private tail: Promise<unknown> = Promise.resolve();

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
    return [...this.docs.values()]
      .filter((e) => e.scope.account === account && e.scope.collection_id !== null)
      .map((e) => e.scope.collection_id as string);
  }

  async listAccounts(): Promise<string[]> {
    return [...new Set([...this.docs.values()].map((e) => e.scope.account))];
  }

  async close(): Promise<void> {
    await this.tail;
  }
}

const keyOf = (scope: ScopeRef): string => JSON.stringify([scope.account, scope.collection_id]);
