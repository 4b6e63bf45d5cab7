import { z } from 'zod';
import { UsageError } from '../config.js';

/** Reasoner settings from the environment, validated once at start-up. */

export const REASONER_MODES = ['auto', 'anthropic', 'sampling', 'offline'] as const;
export type ReasonerMode = (typeof REASONER_MODES)[number];

export const DEFAULT_MODEL = 'claude-haiku-5-5';

/** One reasoning call, retries and chunks included: below MCP clients' usual 60 s request timeout (SPEC section 4). */
export const DEFAULT_TIMEOUT_MS = 45_000;

const MODEL_ID = /^[A-Za-z0-9._:@/-]{1,128}$/;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);

const intSetting = (name: string, min: number, max: number, fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `${name} must be a number` })
      .int(`${name} must be a whole number`)
      .min(min, `${name} must be at least ${min}`)
      .max(max, `${name} must be at most ${max}`)
      .default(fallback),
  );

const EnvSchema = z.object({
  PROFILE_MCP_REASONER: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v),
    z.enum(REASONER_MODES, { error: 'PROFILE_MCP_REASONER must be one of auto, anthropic, sampling, offline' }).default('auto'),
  ),
  ANTHROPIC_API_KEY: z.preprocess(blankToUndefined, z.string().optional()),
  ANTHROPIC_BASE_URL: z.preprocess(blankToUndefined, z.url({ error: 'ANTHROPIC_BASE_URL must be a URL, e.g. https://api.anthropic.com' }).optional()),
  PROFILE_MCP_MODEL: z.preprocess(
    blankToUndefined,
    z.string().regex(/^[A-Za-z0-9._:@/-]{1,128}$/, 'PROFILE_MCP_MODEL must be a model id such as claude-haiku-5-5').default(DEFAULT_MODEL),
  ),
  PROFILE_MCP_MODEL_EXTRACT: z.preprocess(blankToUndefined, z.string().regex(MODEL_ID, 'PROFILE_MCP_MODEL_EXTRACT must be a model id such as claude-haiku-5-5').optional()),
  PROFILE_MCP_MODEL_ANSWER: z.preprocess(blankToUndefined, z.string().regex(MODEL_ID, 'PROFILE_MCP_MODEL_ANSWER must be a model id such as claude-sonnet-5-5').optional()),
  PROFILE_MCP_LLM_TIMEOUT_MS: intSetting('PROFILE_MCP_LLM_TIMEOUT_MS', 100, 600_000, DEFAULT_TIMEOUT_MS),
  PROFILE_MCP_LLM_MAX_RETRIES: intSetting('PROFILE_MCP_LLM_MAX_RETRIES', 0, 10, 2),
  PROFILE_MCP_SAMPLING_TIMEOUT_MS: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'PROFILE_MCP_SAMPLING_TIMEOUT_MS must be a number' }).int('PROFILE_MCP_SAMPLING_TIMEOUT_MS must be a whole number').min(100).max(600_000).optional(),
  ),
  PROFILE_MCP_LLM_DAILY_TOKENS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'PROFILE_MCP_LLM_DAILY_TOKENS must be a number' })
      .int('PROFILE_MCP_LLM_DAILY_TOKENS must be a whole number')
      .min(1, 'PROFILE_MCP_LLM_DAILY_TOKENS must be at least 1 (unset it for no limit)')
      .optional(),
  ),
});

export interface ReasonerConfig {
  mode: ReasonerMode;
  apiKey?: string;
  baseURL?: string;
  model: string;
  /** PROFILE_MCP_MODEL_EXTRACT (learning); falls back to `model`. */
  extractModel?: string;
  /** PROFILE_MCP_MODEL_ANSWER (dialectic, chat); falls back to `model`. */
  answerModel?: string;
  /** The whole reasoning call, retries and chunks included. */
  timeoutMs: number;
  maxRetries: number;
  /** The sampling reasoner's budget: PROFILE_MCP_SAMPLING_TIMEOUT_MS, else timeoutMs. */
  samplingTimeoutMs: number;
  /** PROFILE_MCP_LLM_DAILY_TOKENS: Anthropic tokens per account and UTC day; undefined = no limit. */
  dailyTokens?: number;
}

/** Parse the reasoner settings; a bad value fails with a message naming the variable (never its secret value). */
export function reasonerConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ReasonerConfig {
  const parsed = EnvSchema.safeParse({
    PROFILE_MCP_REASONER: env.PROFILE_MCP_REASONER,
    ANTHROPIC_API_KEY: env.ANTHROPIC_API_KEY,
    ANTHROPIC_BASE_URL: env.ANTHROPIC_BASE_URL,
    PROFILE_MCP_MODEL: env.PROFILE_MCP_MODEL,
    PROFILE_MCP_MODEL_EXTRACT: env.PROFILE_MCP_MODEL_EXTRACT,
    PROFILE_MCP_MODEL_ANSWER: env.PROFILE_MCP_MODEL_ANSWER,
    PROFILE_MCP_LLM_DAILY_TOKENS: env.PROFILE_MCP_LLM_DAILY_TOKENS,
    PROFILE_MCP_LLM_TIMEOUT_MS: env.PROFILE_MCP_LLM_TIMEOUT_MS,
    PROFILE_MCP_LLM_MAX_RETRIES: env.PROFILE_MCP_LLM_MAX_RETRIES,
    PROFILE_MCP_SAMPLING_TIMEOUT_MS: env.PROFILE_MCP_SAMPLING_TIMEOUT_MS,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0] ?? '')}: ${i.message}`);
    throw new UsageError(`Invalid reasoner configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    mode: e.PROFILE_MCP_REASONER,
    apiKey: e.ANTHROPIC_API_KEY,
    baseURL: e.ANTHROPIC_BASE_URL,
    model: e.PROFILE_MCP_MODEL,
    ...(e.PROFILE_MCP_MODEL_EXTRACT ? { extractModel: e.PROFILE_MCP_MODEL_EXTRACT } : {}),
    ...(e.PROFILE_MCP_MODEL_ANSWER ? { answerModel: e.PROFILE_MCP_MODEL_ANSWER } : {}),
    timeoutMs: e.PROFILE_MCP_LLM_TIMEOUT_MS,
    maxRetries: e.PROFILE_MCP_LLM_MAX_RETRIES,
    samplingTimeoutMs: e.PROFILE_MCP_SAMPLING_TIMEOUT_MS ?? e.PROFILE_MCP_LLM_TIMEOUT_MS,
    ...(e.PROFILE_MCP_LLM_DAILY_TOKENS !== undefined ? { dailyTokens: e.PROFILE_MCP_LLM_DAILY_TOKENS } : {}),
  };
}
