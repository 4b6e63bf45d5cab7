/**
 * The API key store port. A key belongs to one account; only its SHA-256 hash is stored. The JSON
 * file adapter (file.ts) is the default; a database adapter can implement the same four verbs.
 */
export interface ApiKeyRecord {
  /** Public, stable id ("key_..."), used to list and revoke; never the key itself. */
  id: string;
  account: string;
  /** A collection key works on this collection only; null = every scope of the account. */
  collection_id: string | null;
  /** A read-only key may not write. */
  read_only: boolean;
  /** After this time the key no longer authenticates (unauthorized); null = never expires. */
  expires_at: string | null;
  created_at: string;
  /** Updated at most once a minute per key; null until first used. */
  last_used_at: string | null;
  /** Set by revoke; a revoked key never authenticates again. */
  revoked_at: string | null;
}

/** What a verified key says about its caller. */
export interface KeyIdentity {
  id: string;
  account: string;
  collection_id: string | null;
  read_only: boolean;
  expires_at: string | null;
}

/** Limits a new key carries (docs/spec.md §8: keys create --collection, --read-only, --expires). */
export interface KeyOptions {
  collection_id?: string | null;
  read_only?: boolean;
  /** ISO time after which the key stops working. */
  expires_at?: string | null;
}

export interface CreatedKey {
  /** The plaintext key: shown once, never stored. */
  key: string;
  record: ApiKeyRecord;
}

export interface KeyStore {
  create(account: string, options?: KeyOptions): Promise<CreatedKey>;
  /** Every key ever created (revoked ones included), oldest first. */
  list(): Promise<ApiKeyRecord[]>;
  /** Revoke a key by id; null when there is no such id. Revoking twice keeps the first time. */
  revoke(id: string): Promise<ApiKeyRecord | null>;
  /** The key's identity, or null for an unknown, revoked or expired key. Compares in constant time. */
  verify(key: string): Promise<KeyIdentity | null>;
  /**
   * The identity of the key with this id while it authenticates (not revoked, not expired); null
   * otherwise. For credentials that stand on a key (OAuth grants): one lookup, not a list of every key.
   */
  identity(id: string): Promise<KeyIdentity | null>;
  /** Flush pending bookkeeping (last-used times). */
  close(): Promise<void>;
}
