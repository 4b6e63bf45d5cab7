import type { ScopeDoc, ScopeRef } from './model.js';

/**
 * What a mutation returns: the new document (omit it when nothing changed, and nothing is written)
 * and the result handed back to the caller once the write is durable.
 */
export interface Mutation<R> {
  doc?: ScopeDoc;
  result: R;
}

/**
 * The storage port. Every call names its account and scope; an adapter may keep a file per scope
 * (JSON directory), rows in a database, or a map in memory. Documents are immutable snapshots.
 *
 * `update` runs `mutate` on the freshest committed document while holding whatever lock the adapter
 * needs, and resolves only after the new document is durable. `mutate` must be synchronous and
 * pure: it may throw (its changes are then discarded and the error is the caller's), and it never
 * modifies the document it is given. An adapter may run several queued mutations of one scope in
 * one lock-and-write cycle, each seeing the result of the one before.
 *
 * Adapters throw `ProfileError('storage_error', ...)` for unreadable or invalid stored data and never
 * overwrite such data.
 */
export interface Store {
  read(scope: ScopeRef): Promise<ScopeDoc>;
  update<R>(scope: ScopeRef, mutate: (doc: ScopeDoc) => Mutation<R>): Promise<R>;
  /** Collection ids of the account that have stored data (possibly empty or expired), in no order. */
  listCollections(account: string): Promise<string[]>;
  /** Accounts that have stored data, in no order. */
  listAccounts(): Promise<string[]>;
  close(): Promise<void>;
  /**
   * Optional readiness probe: resolves when the store can serve (the directory is readable and
   * writable, the database answers a query), else throws storage_error. Never reads a profile.
   */
  ready?(): Promise<void>;
  /**
   * Optional: hear about committed changes to facts made by OTHER processes sharing this store (a
   * database's LISTEN/NOTIFY). Changes made through this store instance are not reported here —
   * the service announces those itself. Returns the unsubscribe function.
   */
  watch?(listener: (scope: ScopeRef) => void): () => void;
  /** Optional: per-account daily LLM token totals (docs/spec.md §8, LLM budget). */
  readonly usage?: UsageLedger;
  /**
   * Optional: a random secret of at least 32 bytes, created on first use and the same for every
   * process on this store (the MCP requestState key, src/mcp/input-sampling.ts).
   */
  secret?(name: string): Promise<Uint8Array>;
}

/** One account's LLM tokens on one UTC day. */
export interface DailyUsage {
  /** YYYY-MM-DD (UTC). */
  day: string;
  input_tokens: number;
  output_tokens: number;
  /** Reasoning calls that used the model. */
  calls: number;
}

/**
 * Per-account daily LLM usage. `add` adds one call's tokens to the account's total of `day`
 * atomically (concurrent adds from several processes are all counted); `days` lists the newest days
 * first. An adapter keeps at least the last 31 days.
 */
export interface UsageLedger {
  add(account: string, day: string, tokens: { input_tokens: number; output_tokens: number }): Promise<void>;
  days(account: string, limit: number): Promise<DailyUsage[]>;
}
