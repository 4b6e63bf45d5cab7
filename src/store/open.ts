import { ProfileError } from '../profiles/errors.js';
import type { Store } from '../profiles/ports.js';
import type { KeyStore } from '../keys/port.js';
import { JsonDirStore } from './json-dir/store.js';

export type StoreKind = 'json' | 'postgres';

export interface StoreOptions {
  kind: StoreKind;
  /** The JSON directory store's data directory (also where the JSON keys file lives). */
  dataDir: string;
  /** PostgreSQL connection URL; required for kind "postgres". */
  databaseUrl?: string;
  /** JSON directory lock timing (tests shorten the stale time). */
  lockStaleMs?: number;
  /** JSON directory: synchronous uncontended writes (stdio servers; see JsonDirStore). */
  syncIo?: boolean;
}

/**
 * Open the configured store. "json" (the default) is a directory of files; "postgres" connects,
 * runs pending migrations and is ready for several processes. The PostgreSQL driver is loaded only
 * for "postgres", so the stdio server never pays for it.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.kind === 'json') {
    return new JsonDirStore(options.dataDir, {
      syncIo: options.syncIo,
      ...(options.lockStaleMs ? { lock: { staleMs: options.lockStaleMs } } : {}),
    });
  }
  const url = requireUrl(options);
  const { PostgresStore } = await import('./postgres/store.js');
  return PostgresStore.open(url);
}

/**
 * The API key store that goes with the store kind: the keys file in the data directory for "json",
 * the api_keys table for "postgres" (with a small pool of its own, so it can be closed before or
 * after the store).
 */
export async function openKeyStore(options: StoreOptions): Promise<KeyStore> {
  if (options.kind === 'json') {
    const { JsonFileKeyStore } = await import('../keys/file.js');
    return new JsonFileKeyStore(options.dataDir);
  }
  const { PostgresKeyStore } = await import('../keys/postgres.js');
  return PostgresKeyStore.open(requireUrl(options));
}

function requireUrl(options: StoreOptions): string {
  const url = options.databaseUrl?.trim();
  if (!url) {
    throw new ProfileError(
      'storage_error',
      'The postgres store needs a database URL: --database-url postgres://USER:PASSWORD@HOST:5432/DB or PROFILE_MCP_DATABASE_URL.',
    );
  }
  return url;
}
