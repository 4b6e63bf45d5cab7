import { z } from 'zod';
import { UsageError } from '../config.js';

/** Reasoner settings from the environment, validated once at start-up. */

export const REASONER_MODES = ['auto', 'anthropic', 'sampling', 'offline'] as const;
export type ReasonerMode = (typeof REASONER_MODES)[number];

export const DEFAULT_MODEL = 'claude-haiku-5-5';

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
  PROFILE_MCP_LLM_TIMEOUT_MS: intSetting('PROFILE_MCP_LLM_TIMEOUT_MS', 100, 600_000, 30_000),
  PROFILE_MCP_LLM_MAX_RETRIES: intSetting('PROFILE_MCP_LLM_MAX_RETRIES', 0, 10, 2),
  PROFILE_MCP_SAMPLING_TIMEOUT_MS: intSetting('PROFILE_MCP_SAMPLING_TIMEOUT_MS', 100, 600_000, 120_000),
});

export interface ReasonerConfig {
  mode: ReasonerMode;
  apiKey?: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  samplingTimeoutMs: number;
}

/** Parse the reasoner settings; a bad value fails with a message naming the variable (never its secret value). */
export function reasonerConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ReasonerConfig {
  const parsed = EnvSchema.safeParse({
    PROFILE_MCP_REASONER: env.PROFILE_MCP_REASONER,
    ANTHROPIC_API_KEY: env.ANTHROPIC_API_KEY,
    ANTHROPIC_BASE_URL: env.ANTHROPIC_BASE_URL,
    PROFILE_MCP_MODEL: env.PROFILE_MCP_MODEL,
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
    timeoutMs: e.PROFILE_MCP_LLM_TIMEOUT_MS,
    maxRetries: e.PROFILE_MCP_LLM_MAX_RETRIES,
    samplingTimeoutMs: e.PROFILE_MCP_SAMPLING_TIMEOUT_MS,
  };
}
