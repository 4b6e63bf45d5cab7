import { constants, promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { logPathOf, readLog } from './activity-log.js';
import { TEMP_FILE, writeFileAtomic } from './atomic.js';
import { validateScopeFile } from './format.js';
import { JsonDirStore } from './store.js';

import type { Finding } from '../finding.js';

export type { Finding };

export interface DirectoryReport {
  dir: string;
  scopes: number;
  facts: number;
  findings: Finding[];
}

/**
 * Inspect a JSON data directory: is it writable, does every scope file parse and validate, are there
 * stale locks or temp files left by dead writers, is the keys file private. With `repair`, corrupt
 * files are moved aside (renamed to `<file>.corrupt-<time>`, never deleted), stale locks and old
 * temp files are removed and the keys file is made 0600.
 */
export async function inspectDirectory(dir: string, options: { repair?: boolean; staleMs?: number; now?: number } = {}): Promise<DirectoryReport> {
  const now = options.now ?? Date.now();
  const staleMs = options.staleMs ?? 5_000;
  const findings: Finding[] = [];
  const report: DirectoryReport = { dir, scopes: 0, facts: 0, findings };

  findings.push(await checkWritable(dir, options.repair === true));
  const files = await scopeFiles(dir);
  for (const file of files) {
    let text: string;
    try {
      text = await fsp.readFile(file.path, 'utf8');
    } catch (err) {
      findings.push({
        level: 'error',
        check: 'scope file',
        path: file.path,
        message: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
        hint: 'fix its permissions (the server needs read and write access)',
      });
      continue;
    }
    const result = validateScopeFile(text);
    if ('doc' in result) {
      report.scopes++;
      report.facts += result.doc.facts.length;
      if (result.logged !== null) findings.push(...(await checkActivityLog(file.path, text, result.logged, result.first, now, options.repair === true)));
      continue;
    }
    const finding: Finding = {
      level: 'error',
      check: 'scope file',
      path: file.path,
      message: result.reason,
      fix: 'move it aside so the scope starts empty (restore from a backup or an export to recover its facts)',
    };
    if (options.repair) {
      const aside = `${file.path}.corrupt-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
      await fsp.rename(file.path, aside);
      finding.repaired = true;
      finding.message += `; moved to ${aside}`;
    }
    findings.push(finding);
  }

  for (const entry of await leftovers(dir)) {
    const stats = await fsp.stat(entry).catch(() => null);
    if (!stats) continue;
    const age = now - stats.mtimeMs;
    if (entry.endsWith('.lock')) {
      if (age < staleMs) continue; // held right now by a live writer
      const finding: Finding = {
        level: 'warn',
        check: 'stale lock',
        path: entry,
        message: `lock not refreshed for ${Math.round(age / 1000)} s (its holder died); writers take it over automatically`,
        fix: 'remove it',
      };
      if (options.repair) {
        await fsp.rm(entry, { recursive: true, force: true });
        finding.repaired = true;
      }
      findings.push(finding);
    } else if (age > 60_000) {
      const finding: Finding = {
        level: 'warn',
        check: 'temp file',
        path: entry,
        message: 'temp file left by a writer that died before its rename; never read',
        fix: 'remove it',
      };
      if (options.repair) {
        await fsp.rm(entry, { force: true });
        finding.repaired = true;
      }
      findings.push(finding);
    }
  }

  findings.push(await checkKeysFile(join(dir, 'keys.json'), options.repair === true));
  return report;
}

/**
 * The activity log a scope file relies on must hold the operations it names. If not, the scope answers
 * storage_error; `--repair` moves the log aside and lets the scope file stop relying on it (the facts
 * are kept; the activity it held is lost).
 */
async function checkActivityLog(scopePath: string, scopeText: string, logged: string, first: string | null, now: number, repair: boolean): Promise<Finding[]> {
  const logPath = logPathOf(scopePath);
  let read: Awaited<ReturnType<typeof readLog>>;
  try {
    read = await readLog(logPath, logged, first);
  } catch (err) {
    read = { reason: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (!('reason' in read)) return [];
  const finding: Finding = {
    level: 'error',
    check: 'activity log',
    path: logPath,
    message: read.reason,
    fix: 'move it aside and let the scope file stop relying on it (facts are kept; older activity is lost)',
  };
  if (repair) {
    const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
    if (await fsp.stat(logPath).catch(() => null)) await fsp.rename(logPath, `${logPath}.corrupt-${stamp}`);
    const doc = JSON.parse(scopeText) as Record<string, unknown>;
    await writeFileAtomic(scopePath, JSON.stringify({ ...doc, activity_logged: null, activity_first: null }));
    finding.repaired = true;
  }
  return [finding];
}

/**
 * Read-only unless `repair`: a missing directory is reported (the server creates it, 0700, on its
 * first write), not created; with --repair it is created. Writability is checked with access(2),
 * never by writing a probe file.
 */
async function checkWritable(dir: string, repair: boolean): Promise<Finding> {
  const exists = await fsp.stat(dir).catch(() => null);
  if (!exists) {
    if (!repair) {
      return {
        level: 'ok',
        check: 'data directory',
        path: dir,
        message: 'does not exist yet: the server creates it (0700) on its first write; doctor left it alone',
      };
    }
    try {
      await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
      return { level: 'ok', check: 'data directory', path: dir, message: 'did not exist: created (0700, --repair)' };
    } catch (err) {
      return {
        level: 'error',
        check: 'data directory',
        path: dir,
        message: `cannot be created (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
        hint: 'choose another --data directory or fix its permissions',
      };
    }
  }
  try {
    await fsp.access(dir, constants.W_OK | constants.R_OK | constants.X_OK);
    return { level: 'ok', check: 'data directory', path: dir, message: 'exists and is writable' };
  } catch (err) {
    return {
      level: 'error',
      check: 'data directory',
      path: dir,
      message: `not writable (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      hint: 'choose another --data directory or fix its permissions',
    };
  }
}

async function checkKeysFile(path: string, repair: boolean): Promise<Finding> {
  const stats = await fsp.stat(path).catch(() => null);
  if (!stats) return { level: 'ok', check: 'keys file', message: 'no API keys (HTTP runs open on loopback only)' };
  const mode = stats.mode & 0o777;
  if (mode === 0o600) return { level: 'ok', check: 'keys file', path, message: 'mode 0600' };
  const finding: Finding = {
    level: 'error',
    check: 'keys file',
    path,
    message: `mode ${mode.toString(8).padStart(4, '0')}; should be 0600 (readable by the owner only)`,
    fix: 'chmod 600',
  };
  if (repair) {
    await fsp.chmod(path, 0o600);
    finding.repaired = true;
  }
  return finding;
}

/** Every scope file of every account, as the store lays them out (see JsonDirStore.pathOf). */
async function scopeFiles(dir: string): Promise<Array<{ path: string }>> {
  const store = new JsonDirStore(dir);
  const files: Array<{ path: string }> = [];
  for (const account of await store.listAccounts()) {
    const global = store.pathOf({ account, collection_id: null });
    if (await fsp.stat(global).catch(() => null)) files.push({ path: global });
    for (const collection_id of await store.listCollections(account)) files.push({ path: store.pathOf({ account, collection_id }) });
  }
  return files;
}

/** Lock directories and temp files anywhere under accounts/. */
async function leftovers(dir: string): Promise<string[]> {
  const found: string[] = [];
  const keysLock = join(dir, 'keys.json.lock');
  if (await fsp.stat(keysLock).catch(() => null)) found.push(keysLock);
  for (const accountName of await list(join(dir, 'accounts'))) {
    for (const sub of ['', 'collections']) {
      const base = join(dir, 'accounts', accountName, sub);
      for (const name of await list(base)) {
        if (name.endsWith('.json.lock') || TEMP_FILE.test(name)) found.push(join(base, name));
      }
    }
  }
  for (const name of await list(dir)) if (TEMP_FILE.test(name)) found.push(join(dir, name));
  return found;
}

async function list(dir: string): Promise<string[]> {
  try {
    return await fsp.readdir(dir);
  } catch {
    return [];
  }
}
