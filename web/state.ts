/** What the page knows right now, shared by its parts. */

import type { Fact, FlatKey, ProfileResult } from './types.js';

export const state = {
  /** The scope on screen: null = the account-wide (global) profile, else a collection id. */
  scope: null as string | null,
  profile: null as ProfileResult | null,
  /** The name / timezone / language facts themselves (get_profile shows only their values). */
  flat: new Map<FlatKey, Fact>(),
  /** Ids cited by the latest dialectic answer: highlighted in the profile. */
  cited: new Set<string>(),
  /** Ids deleted on screen whose DELETE waits for the undo window to pass. */
  pendingDelete: new Set<string>(),
  /** Reload the profile from the server and redraw it (set by main.ts). */
  reload: async (): Promise<void> => undefined,
  /** Redraw the profile from `state` without a request (set by main.ts). */
  redraw: (): void => undefined,
};

/** `collection_id` for a query string or body: absent for the global profile. */
export function scopeQuery(): { collection_id?: string } {
  return state.scope === null ? {} : { collection_id: state.scope };
}

export function scopeLabel(scope: string | null = state.scope): string {
  return scope === null ? 'the global profile' : `collection ${scope}`;
}
