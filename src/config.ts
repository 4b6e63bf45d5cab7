import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const LOCAL_ACCOUNT = 'local';
export const ACCOUNT_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

/** A command-line usage problem: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

/**
 * The data directory: --data, else PROFILE_MCP_DATA, else ~/.profile-mcp (never inside the package).
 * An empty variable counts as unset (bundle hosts substitute "" for optional settings); a leading
 * "~" or "${HOME}" is expanded.
 */
export function dataDir(flag?: string): string {
  const fromEnv = process.env.PROFILE_MCP_DATA?.trim() ? process.env.PROFILE_MCP_DATA : undefined;
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
  const raw = process.env.PROFILE_MCP_LOCK_STALE_MS;
  if (raw === undefined) return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 2000 ? n : undefined;
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
