import { DEFAULT_MODEL, DEFAULT_TIMEOUT_MS, readEnv, REASONER_MODES } from '../env.js';

/** Reasoner settings from the environment (src/env.ts), validated once at start-up. */

export { DEFAULT_MODEL, DEFAULT_TIMEOUT_MS, REASONER_MODES };
export type ReasonerMode = (typeof REASONER_MODES)[number];

const REASONER_ENV = [
  'PROFILE_MCP_REASONER',
  'ANTHROPIC_API_KEY',
  'ANTHROPIC_BASE_URL',
  'PROFILE_MCP_MODEL',
  'PROFILE_MCP_MODEL_EXTRACT',
  'PROFILE_MCP_MODEL_ANSWER',
  'PROFILE_MCP_LLM_DAILY_TOKENS',
  'PROFILE_MCP_LLM_TIMEOUT_MS',
  'PROFILE_MCP_LLM_MAX_RETRIES',
  'PROFILE_MCP_SAMPLING_TIMEOUT_MS',
] as const;

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
  const e = readEnv(REASONER_ENV, env, 'reasoner configuration');
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
