import { lockStaleMs } from './config.js';
import { ProfileService } from './profiles/service.js';
import type { Store } from './profiles/ports.js';
import { JsonDirStore } from './store/json-dir/store.js';
import { reasonerFactoryFromEnv, type ReasonerFactory } from './reasoners/index.js';

export interface App {
  store: Store;
  service: ProfileService;
  /** Picks the reasoner (anthropic, sampling, offline) for each dialectic/learn/chat call. */
  reasoners: ReasonerFactory;
  close(): Promise<void>;
}

/** The composition root: open the store and build the service on it. */
export function openApp(options: { dataDir: string; reasoners?: ReasonerFactory; syncWrites?: boolean }): App {
  // Reasoner settings are validated first: a bad PROFILE_MCP_REASONER fails start-up with a clear message.
  const reasoners = options.reasoners ?? reasonerFactoryFromEnv(process.env);
  const stale = lockStaleMs();
  const store = new JsonDirStore(options.dataDir, { syncWrites: options.syncWrites, ...(stale ? { lock: { staleMs: stale } } : {}) });
  const service = new ProfileService({ store });
  return { store, service, reasoners, close: () => store.close() };
}
