import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiKeyRecord, KeyIdentity, KeyOptions } from './port.js';

/** Keys: "pmk_" + 32 random bytes in base64url (43 characters). */
export const KEY_PREFIX = 'pmk_';

export function generateKey(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function generateKeyId(): string {
  return `key_${randomBytes(8).toString('hex')}`;
}

/** The record of a key created now for `account` (never used, not revoked). */
export function newKeyRecord(account: string, now: number, options: KeyOptions = {}): ApiKeyRecord {
  return {
    id: generateKeyId(),
    account,
    collection_id: options.collection_id ?? null,
    read_only: options.read_only ?? false,
    expires_at: options.expires_at ?? null,
    created_at: new Date(now).toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
}

/** Whether a key with this expiry has expired at `now`. */
export function isExpired(expires_at: string | null, now: number): boolean {
  return expires_at !== null && Date.parse(expires_at) <= now;
}

/** A verified key's identity (its limits included). */
export function identityOf(k: Pick<ApiKeyRecord, 'id' | 'account' | 'collection_id' | 'read_only' | 'expires_at'>): KeyIdentity {
  return { id: k.id, account: k.account, collection_id: k.collection_id, read_only: k.read_only, expires_at: k.expires_at };
}

/** SHA-256 of the key as lower-case hex: the only thing stored. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * The index of the stored hash that equals the key's hash, or -1. Every stored hash is compared with
 * timingSafeEqual, with no early exit, so the time taken does not depend on which one matches.
 */
export function findHash(key: string, hashes: readonly (string | Buffer)[]): number {
  const presented = Buffer.from(hashKey(key), 'hex');
  let found = -1;
  for (let i = 0; i < hashes.length; i++) {
    const hash = hashes[i]!;
    const stored = typeof hash === 'string' ? Buffer.from(hash, 'hex') : hash;
    const equal = stored.length === presented.length && timingSafeEqual(stored, presented);
    if (equal && found === -1) found = i;
  }
  return found;
}
