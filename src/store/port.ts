/** The storage port lives with the core that needs it; adapters import it from here. */
export type { Mutation, Store } from '../profiles/ports.js';
