import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ProfileError } from '../profiles/errors.js';
import { errorFields, log } from '../log.js';
import { readEnv } from '../env.js';

/** docs/spec.md §8 buckets: reads, writes, reasoning calls (learn, dialectic, chat). */
export type Bucket = 'read' | 'write' | 'reasoning';

export interface Rate {
  /** Sustained requests per second. */
  rate: number;
  /** Requests allowed at once after a quiet spell. */
  burst: number;
}

export interface RateSettings {
  enabled: boolean;
  read: Rate;
  write: Rate;
  reasoning: Rate;
}

export const DEFAULT_RATES: RateSettings = {
  enabled: true,
  read: { rate: 50, burst: 100 },
  write: { rate: 10, burst: 50 },
  reasoning: { rate: 2, burst: 10 },
};

/** The table the PostgreSQL buckets live in (created by migration; shared by every process). */
export const RATE_TABLE = 'rate_limits';

/** PROFILE_MCP_RATE_LIMITS=on|off and PROFILE_MCP_RATE_READ / _WRITE / _REASONING as RATE/BURST (src/env.ts). */
export function rateSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): RateSettings {
  const e = readEnv(
    ['PROFILE_MCP_RATE_LIMITS', 'PROFILE_MCP_RATE_READ', 'PROFILE_MCP_RATE_WRITE', 'PROFILE_MCP_RATE_REASONING'],
    env,
    'rate limit configuration',
  );
  return {
    enabled: e.PROFILE_MCP_RATE_LIMITS === 'on',
    read: e.PROFILE_MCP_RATE_READ ?? DEFAULT_RATES.read,
    write: e.PROFILE_MCP_RATE_WRITE ?? DEFAULT_RATES.write,
    reasoning: e.PROFILE_MCP_RATE_REASONING ?? DEFAULT_RATES.reasoning,
  };
}

/**
 * Per-key buckets with rate-limiter-flexible: `burst` requests per window of burst/rate seconds
 * (the sustained rate is `rate` per second, and a quiet client may send `burst` at once). In memory
 * per process, or — with the PostgreSQL store — in one table, so every process shares the buckets;
 * if the database fails the process falls back to its own memory buckets (logged), never to none.
 */
export class RateLimits {
  private readonly limiters: Record<Bucket, RateLimiterAbstract> | null;

  constructor(settings: RateSettings, pool?: Pool) {
    if (!settings.enabled) {
      this.limiters = null;
      return;
    }
    const make = (bucket: Bucket): RateLimiterAbstract => {
      const { rate, burst } = settings[bucket];
      const base = { keyPrefix: `pmcp_${bucket}`, points: burst, duration: burst / rate };
      const memory = new RateLimiterMemory(base);
      if (!pool) return memory;
      return new RateLimiterPostgres({ ...base, storeClient: pool, storeType: 'pool', tableName: RATE_TABLE, tableCreated: true, insuranceLimiter: memory });
    };
    this.limiters = { read: make('read'), write: make('write'), reasoning: make('reasoning') };
  }

  get enabled(): boolean {
    return this.limiters !== null;
  }

  /** Take one request from `subject`'s bucket, or throw rate_limited with the seconds to wait. */
  async consume(bucket: Bucket, subject: string): Promise<void> {
    if (!this.limiters) return;
    try {
      await this.limiters[bucket].consume(subject, 1);
    } catch (err) {
      if (err instanceof RateLimiterRes) {
        const retryAfter = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
        throw new ProfileError(
          'rate_limited',
          `Too many ${bucket === 'reasoning' ? 'reasoning calls' : `${bucket}s`} for this API key; try again in ${retryAfter} s.`,
          { bucket, retry_after_seconds: retryAfter },
        );
      }
      log.warn('rate limiting failed; request let through', errorFields(err));
    }
  }
}

/** The bucket of an MCP tool or REST operation. */
export function bucketOf(operation: string): Bucket {
  if (operation === 'learn' || operation === 'dialectic' || operation === 'chat') return 'reasoning';
  return READS.has(operation) ? 'read' : 'write';
}

const READS = new Set(['get_profile', 'list_facts', 'get_fact', 'list_collections', 'list_pending', 'list_operations']);
