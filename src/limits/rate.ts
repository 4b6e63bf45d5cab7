import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ProfileError } from '../profiles/errors.js';
import { errorFields, log } from '../log.js';

/** SPEC §8 buckets: reads, writes, reasoning calls (learn, dialectic, chat). */
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

export class RateSettingsError extends Error {}

/** PROFILE_MCP_RATE_LIMITS=on|off and PROFILE_MCP_RATE_READ / _WRITE / _REASONING as RATE/BURST. */
export function rateSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): RateSettings {
  const onOff = env.PROFILE_MCP_RATE_LIMITS?.trim().toLowerCase();
  if (onOff !== undefined && onOff !== '' && onOff !== 'on' && onOff !== 'off') {
    throw new RateSettingsError(`PROFILE_MCP_RATE_LIMITS must be on or off, not ${JSON.stringify(env.PROFILE_MCP_RATE_LIMITS)}.`);
  }
  const parse = (name: string, fallback: Rate): Rate => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const m = /^(\d+(?:\.\d+)?)\/(\d+)$/.exec(raw);
    const rate = m ? Number(m[1]) : NaN;
    const burst = m ? Number(m[2]) : NaN;
    if (!(rate > 0) || !(burst >= 1) || burst < rate) {
      throw new RateSettingsError(`${name} must be RATE/BURST with 0 < RATE <= BURST (e.g. 10/50), not ${JSON.stringify(env[name])}.`);
    }
    return { rate, burst };
  };
  return {
    enabled: onOff !== 'off',
    read: parse('PROFILE_MCP_RATE_READ', DEFAULT_RATES.read),
    write: parse('PROFILE_MCP_RATE_WRITE', DEFAULT_RATES.write),
    reasoning: parse('PROFILE_MCP_RATE_REASONING', DEFAULT_RATES.reasoning),
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
