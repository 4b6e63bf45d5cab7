import { learnModeFromEnv, lockStaleMs, storageLimitsFromEnv, type LearnMode, type StoreConfig } from './config.js';
import type { StorageLimits } from './profiles/quota.js';
import type { Pool } from 'pg';
import { ProfileService } from './profiles/service.js';
import type { Store } from './profiles/ports.js';
import { openStore } from './store/open.js';
import { reasonerConfigFromEnv, reasonerFactory, type ReasonerFactory } from './reasoners/index.js';

export interface App {
  store: Store;
  service: ProfileService;
  /** Picks the reasoner (anthropic, sampling, offline) for each dialectic/learn/chat call. */
  reasoners: ReasonerFactory;
  /** The PostgreSQL store's pool (rate limit buckets shared by every process); undefined for the JSON store. */
  pool?: Pool;
  close(): Promise<void>;
}

export interface AppOptions {
  dataDir: string;
  /** JSON directory (default) or PostgreSQL. */
  store?: StoreConfig;
  reasoners?: ReasonerFactory;
  /** JSON directory only: synchronous uncontended writes, for a stdio server with one client. */
  syncIo?: boolean;
  /** Default: PROFILE_MCP_LEARN_MODE. */
  learnMode?: LearnMode;
  /** Default: PROFILE_MCP_LLM_DAILY_TOKENS. */
  llmDailyTokens?: number;
  /** Default: PROFILE_MCP_MAX_SCOPE_BYTES and PROFILE_MCP_MAX_COLLECTIONS (docs/spec.md §8). */
  limits?: Partial<StorageLimits>;
}

/** The composition root: open the store and build the service on it. */
export async function openApp(options: AppOptions): Promise<App> {
  // Reasoner settings are validated first: a bad PROFILE_MCP_REASONER fails start-up with a clear message.
  const reasonerConfig = reasonerConfigFromEnv(process.env);
  const reasoners = options.reasoners ?? reasonerFactory(reasonerConfig);
  const learnMode = options.learnMode ?? learnModeFromEnv(process.env);
  const limits = options.limits ?? storageLimitsFromEnv(process.env);
  const stale = lockStaleMs();
  const store = await openStore({
    kind: options.store?.kind ?? 'json',
    dataDir: options.dataDir,
    databaseUrl: options.store?.databaseUrl,
    syncIo: options.syncIo,
    ...(stale ? { lockStaleMs: stale } : {}),
  });
  const service = new ProfileService({ store, learnMode, limits, llmDailyTokens: options.llmDailyTokens ?? reasonerConfig.dailyTokens });
  const pool = (store as { pool?: Pool }).pool;
  return { store, service, reasoners, ...(pool ? { pool } : {}), close: () => store.close() };
}
