import { randomFillSync } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Random bytes drawn in batches: one system call per 256 ids instead of one per id (every write makes one). */
const pool = Buffer.alloc(16 * 256);
let used = pool.length;

function random16(): Buffer {
  if (used + 16 > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += 16;
  return pool.subarray(used - 16, used);
}

/** A ULID: 48 bits of milliseconds then 80 random bits, 26 Crockford base32 characters, sortable by time. */
export function ulid(now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  const bytes = random16();
  let rand = '';
  for (let i = 0; i < 16; i++) rand += CROCKFORD[bytes[i]! % 32];
  return time + rand;
}

export const newFactId = (now?: number): string => `fact_${ulid(now)}`;
export const newSessionId = (now?: number): string => `sess_${ulid(now)}`;

/**
 * A ULID greater than `previous` (when given): ids of one scope's operations and proposals sort in the
 * order they were made, even within one millisecond or when the clock steps back.
 */
export function nextUlid(previous: string | undefined, now: number = Date.now()): string {
  const id = ulid(now);
  if (previous === undefined || id > previous) return id;
  const chars = previous.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    const v = CROCKFORD.indexOf(chars[i]!);
    if (v >= 0 && v < 31) {
      chars[i] = CROCKFORD[v + 1]!;
      return chars.join('');
    }
    chars[i] = '0';
  }
  return id;
}

/** The ULID part of a prefixed id (`op_01J...` -> `01J...`). */
export function ulidOf(id: string): string {
  return id.slice(id.indexOf('_') + 1);
}

export const newOperationId = (previous: string | undefined, now?: number): string =>
  `op_${nextUlid(previous === undefined ? undefined : ulidOf(previous), now)}`;
export const newProposalId = (previous: string | undefined, now?: number): string =>
  `prop_${nextUlid(previous === undefined ? undefined : ulidOf(previous), now)}`;
