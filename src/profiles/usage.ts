import { ProfileError, toProfileError } from './errors.js';
import { log } from '../log.js';
import type { DailyUsage } from './ports.js';
import type { Reasoner, Usage } from './reasoning.js';
import type { ProfileService } from './service.js';

/**
 * docs/spec.md §4 and §8: what reasoning costs. Every learn/dialectic/chat result carries `usage`;
 * tokens spent on the Anthropic API are added to the account's total of the UTC day, and with
 * PROFILE_MCP_LLM_DAILY_TOKENS set an account whose total (input + output) reached it is refused
 * with `rate_limited` until the next UTC midnight. Sampling runs on the client's own model and the
 * offline reasoner on none: neither is counted against the budget.
 */

/** Usage of a call that ran no model. */
export function noUsage(reasoner: Pick<Reasoner, 'name'>): Usage {
  return { model: reasoner.name === 'offline' ? 'offline' : reasoner.name, input_tokens: 0, output_tokens: 0 };
}

/** The sum of several calls' usage (the model of the first that ran one). */
export function addUsage(a: Usage | undefined, b: Usage | undefined): Usage | undefined {
  if (!a) return b;
  if (!b) return a;
  return { model: a.model, input_tokens: a.input_tokens + b.input_tokens, output_tokens: a.output_tokens + b.output_tokens };
}

export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const counted = (reasoner: Pick<Reasoner, 'name'>) => reasoner.name === 'anthropic';

/** Refuse with rate_limited (retry_after_seconds: until UTC midnight) when the account's daily budget is spent. */
export async function checkLlmBudget(service: ProfileService, account: string, reasoner: Pick<Reasoner, 'name'>): Promise<void> {
  const limit = service.llmDailyTokens;
  const ledger = service.store.usage;
  if (limit === undefined || !ledger || !counted(reasoner)) return;
  const now = service.clock();
  const today = utcDay(now);
  const [latest] = await ledger.days(account, 1);
  const spent = latest && latest.day === today ? latest.input_tokens + latest.output_tokens : 0;
  if (spent < limit) return;
  const midnight = Date.parse(`${today}T00:00:00.000Z`) + 86_400_000;
  const retry_after_seconds = Math.max(1, Math.ceil((midnight - now) / 1000));
  throw new ProfileError(
    'rate_limited',
    `This account has used its LLM budget for today (${spent} of ${limit} tokens, PROFILE_MCP_LLM_DAILY_TOKENS). It resets at 00:00 UTC; offline reasoning (PROFILE_MCP_REASONER=offline) keeps working.`,
    { retry_after_seconds, limit, used: spent },
  );
}

/**
 * Add a call's tokens to the account's daily total (Anthropic only). A ledger that cannot be written
 * is logged, not the caller's failure: the tokens are already spent and the answer is worth returning.
 */
export async function recordUsage(service: ProfileService, account: string, reasoner: Pick<Reasoner, 'name'>, usage: Usage | undefined): Promise<void> {
  const ledger = service.store.usage;
  if (!ledger || !usage || !counted(reasoner) || usage.input_tokens + usage.output_tokens === 0) return;
  try {
    await ledger.add(account, utcDay(service.clock()), { input_tokens: usage.input_tokens, output_tokens: usage.output_tokens });
  } catch (err) {
    log.warn('could not add LLM usage to the daily total', { code: toProfileError(err).code });
  }
}

/** The account's newest daily totals (for `show --usage`). */
export async function dailyUsage(service: ProfileService, account: string, days = 31): Promise<DailyUsage[]> {
  return service.store.usage ? service.store.usage.days(account, days) : [];
}
