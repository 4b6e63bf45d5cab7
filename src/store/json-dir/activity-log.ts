import { closeSync, fdatasyncSync, fstatSync, ftruncateSync, openSync, promises as fsp, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { READ_NOFOLLOW, UPDATE_NOFOLLOW } from './links.js';
import { dirname } from 'node:path';
import { LIMITS_INBOX, type ScopeDoc, type StoredOperation } from '../../profiles/model.js';
import { writeFileAtomic, writeFileAtomicSync } from './atomic.js';
import { operationSize, parseActivityLog, serialiseLogLines, type ActivitySplit } from './format.js';

/**
 * A scope's activity lives in two places, so that a write never rewrites the whole activity: the
 * newest operations ride in the scope file itself (written atomically with the facts they describe),
 * and older ones are moved, a batch at a time, to an append-only log file next to it
 * (`profile.activity.jsonl`, `collections/<id>.activity.jsonl`). The scope file names the last
 * operation the log holds (`activity_logged`) and the first one the activity still has
 * (`activity_first`, so a trimmed activity stays trimmed); log lines after the last never committed
 * and are ignored (and cut off before the next append). Only operations of an already committed scope file are ever
 * moved, and they are fsync'd in the log before the scope file that no longer holds them is written.
 */

/** The part of the log file a scope file's document relies on. */
export interface LogState {
  logged: string | null;
  bytes: number;
  lines: number;
}

export const NO_LOG: LogState = Object.freeze({ logged: null, bytes: 0, lines: 0 });

/** Move operations to the log once the scope file holds more than this many (or bytes) of them. */
export const TAIL_OPERATIONS = 32;
export const TAIL_BYTES = 16 * 1024;
/** Rewrite the log (dropping operations no longer kept) when it grows past twice the kept activity. */
const COMPACT_LINES = 2 * LIMITS_INBOX.operationsPerScope;

export function logPathOf(scopePath: string): string {
  return scopePath.replace(/\.json$/, '.activity.jsonl');
}

export interface ActivityPlan {
  split: ActivitySplit;
  log: LogState;
  /** Operations to append to the log (already committed), or to write it anew with (compaction). */
  append?: readonly StoredOperation[];
  rewrite?: readonly StoredOperation[];
  /** The log no longer matches the document (forget, or a whole document replaced): remove it. */
  remove?: boolean;
}

/** Where the activity of `next` goes, given the committed document `start` and the log it relies on. */
export function planActivity(start: ScopeDoc, startLog: LogState, next: ScopeDoc): ActivityPlan {
  const activity = next.activity;
  let loggedIndex = -1;
  if (startLog.logged !== null) {
    for (let i = activity.length - 1; i >= 0; i--) {
      if (activity[i]!.id === startLog.logged) {
        loggedIndex = i;
        break;
      }
    }
    if (loggedIndex < 0) return { split: { logged: null, first: null, from: 0 }, log: NO_LOG, remove: true };
  }
  const from = loggedIndex + 1;
  const tail = activity.length - from;
  // The committed operations of the tail: those the start document already held (new ones come last).
  const startIds = new Set<string>();
  for (let i = start.activity.length - 1; i >= 0 && i >= start.activity.length - tail; i--) startIds.add(start.activity[i]!.id);
  let tailBytes = 0;
  let committed = 0;
  for (let i = from; i < activity.length; i++) {
    tailBytes += operationSize(activity[i]!);
    if (committed === i - from && startIds.has(activity[i]!.id)) committed++;
  }
  if (committed === 0 || (tail <= TAIL_OPERATIONS && tailBytes <= TAIL_BYTES)) {
    return { split: { logged: startLog.logged, first: startLog.logged === null ? null : activity[0]!.id, from }, log: startLog };
  }
  const moved = activity.slice(from, from + committed);
  const logged = moved[moved.length - 1]!.id;
  const split = { logged, first: activity[0]!.id, from: from + committed };
  if (startLog.lines + moved.length > COMPACT_LINES) {
    const kept = activity.slice(0, from + committed);
    return { split, log: { logged, bytes: serialiseLogLines(kept).length, lines: kept.length }, rewrite: kept };
  }
  return { split, log: { logged, bytes: startLog.bytes + serialiseLogLines(moved).length, lines: startLog.lines + moved.length }, append: moved };
}

/** Do the log file's part of a plan (before the scope file is written). */
export async function applyLogPlan(path: string, startLog: LogState, plan: ActivityPlan, syncDir: (dir: string) => Promise<void>): Promise<void> {
  if (plan.rewrite) {
    await writeFileAtomic(path, serialiseLogLines(plan.rewrite), syncDir);
    return;
  }
  if (!plan.append) return;
  const bytes = serialiseLogLines(plan.append);
  let handle: fsp.FileHandle;
  let created = false;
  try {
    handle = await fsp.open(path, UPDATE_NOFOLLOW);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    handle = await fsp.open(path, 'wx', 0o600);
    created = true;
  }
  try {
    const { size } = await handle.stat();
    if (size !== startLog.bytes) await handle.truncate(startLog.bytes);
    await handle.write(bytes, 0, bytes.length, startLog.bytes);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  if (created) await syncDir(dirname(path));
}

export function applyLogPlanSync(path: string, startLog: LogState, plan: ActivityPlan, syncDir: (dir: string) => void): void {
  if (plan.rewrite) {
    writeFileAtomicSync(path, serialiseLogLines(plan.rewrite), syncDir);
    return;
  }
  if (!plan.append) return;
  const bytes = serialiseLogLines(plan.append);
  let fd: number;
  let created = false;
  try {
    fd = openSync(path, UPDATE_NOFOLLOW);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    fd = openSync(path, 'wx', 0o600);
    created = true;
  }
  try {
    if (fstatSync(fd).size !== startLog.bytes) ftruncateSync(fd, startLog.bytes);
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written, startLog.bytes + written);
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (created) syncDir(dirname(path));
}

/** After the scope file stopped relying on the log: remove it (a forgotten scope leaves nothing behind). */
export async function removeLog(path: string): Promise<void> {
  await fsp.unlink(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}

export function removeLogSync(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

export type LogRead = { ops: StoredOperation[]; log: LogState } | { reason: string };

function fromText(text: string, logged: string, first: string | null): LogRead {
  const parsed = parseActivityLog(text, logged, first);
  if ('reason' in parsed) return parsed;
  return { ops: parsed.ops, log: { logged, bytes: parsed.bytes, lines: parsed.lines } };
}

async function readNoFollow(path: string): Promise<string> {
  const handle = await fsp.open(path, READ_NOFOLLOW);
  try {
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

export async function readLog(path: string, logged: string, first: string | null): Promise<LogRead> {
  try {
    return fromText(await readNoFollow(path), logged, first);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { reason: 'the activity log file it names is missing' };
    throw err;
  }
}

export function readLogSync(path: string, logged: string, first: string | null): LogRead {
  try {
    const fd = openSync(path, READ_NOFOLLOW);
    try {
      return fromText(readFileSync(fd, 'utf8'), logged, first);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { reason: 'the activity log file it names is missing' };
    throw err;
  }
}

/** The whole activity: the log's operations, then those of the scope file after them; the newest 1,000. */
export function mergeActivity(doc: ScopeDoc, logOps: readonly StoredOperation[]): ScopeDoc {
  const inLog = new Set(logOps.slice(-doc.activity.length).map((op) => op.id));
  const tail = doc.activity.filter((op) => !inLog.has(op.id));
  let activity = [...logOps, ...tail];
  if (activity.length > LIMITS_INBOX.operationsPerScope) activity = activity.slice(activity.length - LIMITS_INBOX.operationsPerScope);
  return { ...doc, activity };
}
