import type { ScopeDoc, ScopeRef } from './model.js';
import type { Store } from './ports.js';
import { scopeBytes, type StorageLimits } from './quota.js';

/** A scope's share of PROFILE_MCP_MAX_SCOPE_BYTES, measured as the quota measures it (docs/spec.md §8). */
export interface ScopeUsage {
  account: string;
  collection_id: string | null;
  bytes: number;
  limit: number;
}

/** An account's collections against PROFILE_MCP_MAX_COLLECTIONS. */
export interface CollectionUsage {
  account: string;
  collections: number;
  limit: number;
}

/** Share of a limit from which doctor reports an account as near it. */
export const NEAR_LIMIT = 0.8;

/** Bytes one scope takes, the same measure the scope quota applies to writes. */
export async function scopeUsage(store: Store, scope: ScopeRef, limits: StorageLimits): Promise<ScopeUsage> {
  return { ...scope, bytes: scopeBytes(await store.read(scope)), limit: limits.maxScopeBytes };
}

export interface StorageReport {
  accounts: number;
  scopes: number;
  /** Every scope and account at or above NEAR_LIMIT of its limit, largest share first. */
  near: Array<(ScopeUsage & { kind: 'scope' }) | (CollectionUsage & { kind: 'collections' })>;
  largest: ScopeUsage | null;
  mostCollections: CollectionUsage | null;
  /** Scopes that could not be read (reported by the store's own checks), as `account/collection`. */
  unreadable: string[];
}

/**
 * Walk every account and scope of a store (read-only) and compare each against the storage limits.
 * Reads every scope: meant for `doctor`, not for a request path. `skip` names scopes already known
 * to be unreadable (not read again, so their errors are not logged twice).
 */
export async function storageReport(store: Store, limits: StorageLimits, options: { skip?: (scope: ScopeRef) => boolean } = {}): Promise<StorageReport> {
  const report: StorageReport = { accounts: 0, scopes: 0, near: [], largest: null, mostCollections: null, unreadable: [] };
  for (const account of (await store.listAccounts()).sort()) {
    report.accounts++;
    const collections = (await store.listCollections(account)).sort();
    const counted: CollectionUsage = { account, collections: collections.length, limit: limits.maxCollections };
    if (!report.mostCollections || counted.collections > report.mostCollections.collections) report.mostCollections = counted;
    if (counted.collections >= counted.limit * NEAR_LIMIT) report.near.push({ kind: 'collections', ...counted });
    for (const collection_id of [null, ...collections]) {
      if (options.skip?.({ account, collection_id })) {
        report.unreadable.push(`${account}/${collection_id ?? '(global)'}`);
        continue;
      }
      let doc: ScopeDoc;
      try {
        doc = await store.read({ account, collection_id });
      } catch {
        report.unreadable.push(`${account}/${collection_id ?? '(global)'}`);
        continue;
      }
      const empty = doc.facts.length + doc.sessions.length + doc.proposals.length + doc.activity.length === 0;
      if (empty && collection_id === null) continue; // the account has no global profile stored
      const usage: ScopeUsage = { account, collection_id, bytes: scopeBytes(doc), limit: limits.maxScopeBytes };
      report.scopes++;
      if (!report.largest || usage.bytes > report.largest.bytes) report.largest = usage;
      if (usage.bytes >= usage.limit * NEAR_LIMIT) report.near.push({ kind: 'scope', ...usage });
    }
  }
  const share = (u: StorageReport['near'][number]) => (u.kind === 'scope' ? u.bytes : u.collections) / u.limit;
  report.near.sort((a, b) => share(b) - share(a));
  return report;
}

/** 1536 -> "1.5 KiB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0).replace(/\.0$/, '')} ${units[unit]}`;
}
