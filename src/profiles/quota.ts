import { ProfileError } from './errors.js';
import type { FactWithHistory, ScopeDoc, ScopeRef } from './model.js';

/** docs/spec.md §8 storage limits; the defaults apply unless the operator sets others. */
export interface StorageLimits {
  /** Bytes a scope (facts with history, sessions, proposals, activity) may take, serialised. */
  maxScopeBytes: number;
  /** Collections an account may hold. */
  maxCollections: number;
}

export const DEFAULT_STORAGE_LIMITS: StorageLimits = { maxScopeBytes: 32 * 1024 * 1024, maxCollections: 10_000 };

const sizes = new WeakMap<ScopeDoc, number>();

/** A scope's stored size: its serialised JSON in UTF-8 bytes (cached per immutable document). */
export function scopeBytes(doc: ScopeDoc): number {
  let size = sizes.get(doc);
  if (size === undefined) {
    size = Buffer.byteLength(JSON.stringify(doc), 'utf8');
    sizes.set(doc, size);
  }
  return size;
}

/**
 * Keep a write within the scope quota: a write that grows the scope past `limit` first drops the
 * oldest history entries (across every fact, oldest `updated_at` first); when the scope is still
 * over, the write is refused with quota_exceeded (limit and usage in `details`) and nothing is
 * written. A write that does not grow the scope (a delete on a scope already over) always passes.
 */
export function enforceScopeQuota(before: ScopeDoc, next: ScopeDoc, limit: number, scope: ScopeRef): ScopeDoc {
  const size = scopeBytes(next);
  if (size <= limit) return next;
  const usage = scopeBytes(before);
  if (size <= usage) return next;
  const entries: Array<{ fact: number; index: number; at: string; bytes: number }> = [];
  next.facts.forEach((fact, f) =>
    fact.history.forEach((h, i) => entries.push({ fact: f, index: i, at: h.updated_at, bytes: Buffer.byteLength(JSON.stringify(h), 'utf8') + 1 })),
  );
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  let excess = size - limit;
  const drop = new Map<number, Set<number>>();
  for (const e of entries) {
    if (excess <= 0) break;
    excess -= e.bytes;
    let set = drop.get(e.fact);
    if (!set) drop.set(e.fact, (set = new Set()));
    set.add(e.index);
  }
  if (excess > 0) {
    throw new ProfileError(
      'quota_exceeded',
      `This write would take the ${scope.collection_id === null ? 'global profile' : `collection "${scope.collection_id}"`} to ${size} bytes, over its storage limit of ${limit} bytes, even with its history trimmed. Nothing was written: delete facts (or the scope's activity with delete_profile) to make room.`,
      { limit, usage, requested: size, collection_id: scope.collection_id },
    );
  }
  const facts: FactWithHistory[] = next.facts.map((fact, f) => {
    const gone = drop.get(f);
    return gone ? { ...fact, history: fact.history.filter((_, i) => !gone.has(i)) } : fact;
  });
  const trimmed: ScopeDoc = { ...next, facts };
  if (scopeBytes(trimmed) > limit) return enforceScopeQuota(before, trimmed, limit, scope);
  return trimmed;
}

export function collectionsExceeded(limit: number, usage: number, collection_id: string): ProfileError {
  return new ProfileError(
    'quota_exceeded',
    `This account already holds ${usage} collections, its limit (${limit}); collection "${collection_id}" cannot be created. Forget unused collections (delete_profile) to make room.`,
    { limit, usage, collection_id },
  );
}
