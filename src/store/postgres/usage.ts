import type { Pool } from 'pg';
import type { DailyUsage, UsageLedger } from '../../profiles/ports.js';
import { storageError } from './errors.js';

/**
 * Per-account daily LLM usage in PostgreSQL (table llm_usage, migration 3): one row per account and
 * UTC day, incremented with an upsert so concurrent adds from every process are all counted.
 */
export class PostgresUsageLedger implements UsageLedger {
  constructor(private readonly pool: Pool) {}

  async add(account: string, day: string, tokens: { input_tokens: number; output_tokens: number }): Promise<void> {
    try {
      await this.pool.query(
        `INSERT INTO llm_usage (account, day, input_tokens, output_tokens, calls) VALUES ($1, $2, $3, $4, 1)
         ON CONFLICT (account, day) DO UPDATE SET input_tokens = llm_usage.input_tokens + EXCLUDED.input_tokens,
           output_tokens = llm_usage.output_tokens + EXCLUDED.output_tokens, calls = llm_usage.calls + 1`,
        [account, day, tokens.input_tokens, tokens.output_tokens],
      );
    } catch (err) {
      throw storageError(err, 'usage');
    }
  }

  async days(account: string, limit: number): Promise<DailyUsage[]> {
    try {
      const { rows } = await this.pool.query<{ day: string; input_tokens: string; output_tokens: string; calls: number }>(
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, input_tokens, output_tokens, calls FROM llm_usage WHERE account = $1 ORDER BY day DESC LIMIT $2`,
        [account, limit],
      );
      return rows.map((r) => ({ day: r.day, input_tokens: Number(r.input_tokens), output_tokens: Number(r.output_tokens), calls: Number(r.calls) }));
    } catch (err) {
      throw storageError(err, 'usage');
    }
  }
}
