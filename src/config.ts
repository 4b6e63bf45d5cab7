import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readEnv, UsageError } from './env.js';

export { UsageError };

export const LOCAL_ACCOUNT = 'local';
export const ACCOUNT_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * The data directory: --data, else PROFILE_MCP_DATA, else ~/.profile-mcp (never inside the package).
 * An empty variable counts as unset (bundle hosts substitute "" for optional settings); a leading
 * "~" or "${HOME}" is expanded.
 */
export function dataDir(flag?: string): string {
  const fromEnv = readEnv(['PROFILE_MCP_DATA']).PROFILE_MCP_DATA;
  const raw = flag ?? fromEnv ?? join(homedir(), '.profile-mcp');
  if (raw.trim() === '') throw new UsageError('The data directory must not be empty (--data DIR or PROFILE_MCP_DATA).');
  const home = /^(~|\$\{HOME\}|\$HOME)(?=$|[\\/])/;
  return resolve(raw.replace(home, homedir()));
}

export function checkAccount(name: string): string {
  if (!ACCOUNT_PATTERN.test(name)) {
    throw new UsageError(`Account names use letters, digits, "_", "." and "-" (1-64 characters): ${JSON.stringify(name)}`);
  }
  return name;
}

/** Lock timing; tests shorten the stale time to prove recovery quickly. */
export function lockStaleMs(): number | undefined {
  return readEnv(['PROFILE_MCP_LOCK_STALE_MS']).PROFILE_MCP_LOCK_STALE_MS;
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with usage errors instead of TypeErrors. */
export function parse<T extends Options>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export type StoreKind = 'json' | 'postgres';

/** Where profiles live: the JSON directory (default) or PostgreSQL. */
export interface StoreConfig {
  kind: StoreKind;
  databaseUrl?: string;
}

/** The --store / --database-url flags every data command takes. */
export const STORE_FLAGS = {
  store: { type: 'string' },
  'database-url': { type: 'string' },
} as const;

export const STORE_USAGE = `  --store KIND       json (default: $PROFILE_MCP_STORE or json) or postgres
  --database-url URL PostgreSQL URL for --store postgres (default: $PROFILE_MCP_DATABASE_URL)`;

/** --store, else PROFILE_MCP_STORE, else json; postgres needs --database-url or PROFILE_MCP_DATABASE_URL. */
export function storeConfig(flags: { store?: string; 'database-url'?: string }): StoreConfig {
  const env = readEnv(['PROFILE_MCP_STORE', 'PROFILE_MCP_DATABASE_URL']);
  const kind = flags.store ?? env.PROFILE_MCP_STORE ?? 'json';
  if (kind !== 'json' && kind !== 'postgres') throw new UsageError(`--store must be json or postgres, not ${JSON.stringify(kind)}.`);
  const databaseUrl = flags['database-url'] ?? env.PROFILE_MCP_DATABASE_URL;
  if (kind === 'postgres' && !databaseUrl) {
    throw new UsageError('--store postgres needs --database-url postgres://USER:PASSWORD@HOST:5432/DB or PROFILE_MCP_DATABASE_URL.');
  }
  if (kind === 'postgres' && databaseUrl && !/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    // Name the scheme only: the URL may carry a password.
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(databaseUrl)?.[1];
    throw new UsageError(
      `The database URL must start with postgres:// or postgresql://${scheme ? ` (it starts with ${scheme}://)` : ''}; only PostgreSQL is supported.`,
    );
  }
  return databaseUrl ? { kind, databaseUrl } : { kind };
}

export type LearnMode = 'auto' | 'review';

/** PROFILE_MCP_LEARN_MODE: auto (default) writes what is learned; review keeps it as proposals. */
export function learnModeFromEnv(env: NodeJS.ProcessEnv = process.env): LearnMode {
  return readEnv(['PROFILE_MCP_LEARN_MODE'], env).PROFILE_MCP_LEARN_MODE;
}

/** docs/spec.md §8 storage limits: PROFILE_MCP_MAX_SCOPE_BYTES (default 32 MiB), PROFILE_MCP_MAX_COLLECTIONS (default 10,000). */
export function storageLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): { maxScopeBytes?: number; maxCollections?: number } {
  const e = readEnv(['PROFILE_MCP_MAX_SCOPE_BYTES', 'PROFILE_MCP_MAX_COLLECTIONS'], env, 'storage limits');
  const maxScopeBytes = e.PROFILE_MCP_MAX_SCOPE_BYTES;
  const maxCollections = e.PROFILE_MCP_MAX_COLLECTIONS;
  return { ...(maxScopeBytes ? { maxScopeBytes } : {}), ...(maxCollections ? { maxCollections } : {}) };
}
