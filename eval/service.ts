import { ProfileService, scopeOf } from '../src/profiles/service.js';
import { MemoryStore } from '../src/store/memory.js';

/** Every case is scored in a fresh in-memory store, in the global scope of one account. */
export const ACCOUNT = 'eval';
export const SCOPE = scopeOf(ACCOUNT, null);
export const freshService = (): ProfileService => new ProfileService({ store: new MemoryStore() });
