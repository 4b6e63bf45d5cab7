import { lockStaleMs } from './config.js';
import { ProfileService } from './profiles/service.js';
import type { Store } from './profiles/ports.js';
import { JsonDirStore } from './store/json-dir/store.js';

export interface App {
  store: Store;
  service: ProfileService;
  close(): Promise<void>;
}

/** The composition root: open the store and build the service on it. */
export function openApp(options: { dataDir: string }): App {
  const stale = lockStaleMs();
  const store = new JsonDirStore(options.dataDir, stale ? { lock: { staleMs: stale } } : {});
  const service = new ProfileService({ store });
  return { store, service, close: () => store.close() };
}
