import { ProfileError } from '../profiles/errors.js';

/**
 * What a credential may do (docs/spec.md §8): a collection key works on that one collection only, a
 * read-only key may not write. An unrestricted key (or open mode) has the null grant.
 */
export interface Grant {
  /** The one collection the key may use; null = every scope of its account. */
  collection_id: string | null;
  read_only: boolean;
}

export const FULL_ACCESS: Grant = { collection_id: null, read_only: false };

/** What a request touches: one scope (null = global), or the account as a whole (list_collections). */
export type Reach = { scope: string | null } | { account: true };

/** Operations that only read (every other operation writes; dialectic asks, and writes no fact). */
export const READ_OPERATIONS = new Set([
  'get_profile',
  'list_facts',
  'get_fact',
  'list_collections',
  'list_pending',
  'list_operations',
  'dialectic',
  'profile_card',
]);

/** Throw `forbidden` when the grant does not cover this request. */
export function authorize(grant: Grant | undefined, kind: 'read' | 'write', reach: Reach | Reach[]): void {
  if (!grant) return;
  if (kind === 'write' && grant.read_only) {
    throw new ProfileError('forbidden', 'This API key is read-only: it may not change the profile. Use a key made without --read-only.');
  }
  if (grant.collection_id === null) return;
  const reaches = Array.isArray(reach) ? reach : [reach];
  const allowed = grant.collection_id;
  if (reaches.length === 0 || reaches.some((r) => !('scope' in r) || r.scope !== allowed)) {
    throw new ProfileError(
      'forbidden',
      `This API key works only on collection "${allowed}": pass collection_id "${allowed}" (the global profile, other collections and the list of collections are out of its reach).`,
      { collection_id: allowed },
    );
  }
}

/** `--expires 30d`: a duration in s, m, h or d, as milliseconds; null when malformed. */
export function parseDuration(text: string): number | null {
  const m = /^(\d{1,9})([smhd])$/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  if (n <= 0) return null;
  return n * { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'];
}
