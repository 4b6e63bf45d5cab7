import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/config.js';
import { reasonerFactoryFromEnv } from '../../src/reasoners/index.js';
import { reasonerConfigFromEnv } from '../../src/reasoners/config.js';

describe('reasoner configuration from the environment', () => {
  it('defaults: auto, claude-haiku-5-5, 45 s timeout, 2 retries; offline without key or client', () => {
    expect(reasonerConfigFromEnv({})).toMatchObject({ mode: 'auto', model: 'claude-haiku-5-5', timeoutMs: 45_000, maxRetries: 2 });
    expect(reasonerFactoryFromEnv({})().name).toBe('offline');
  });

  it('auto picks anthropic when a key is set', () => {
    expect(reasonerFactoryFromEnv({ ANTHROPIC_API_KEY: 'k' })().name).toBe('anthropic');
    expect(reasonerFactoryFromEnv({ ANTHROPIC_API_KEY: 'k', PROFILE_MCP_REASONER: 'offline' })().name).toBe('offline');
  });

  it('reads model, timeout and retries', () => {
    expect(
      reasonerConfigFromEnv({
        PROFILE_MCP_MODEL: 'claude-sonnet-5-5',
        PROFILE_MCP_LLM_TIMEOUT_MS: '1500',
        PROFILE_MCP_LLM_MAX_RETRIES: '0',
        PROFILE_MCP_REASONER: ' Anthropic ',
      }),
    ).toMatchObject({ mode: 'anthropic', model: 'claude-sonnet-5-5', timeoutMs: 1500, maxRetries: 0 });
  });

  it('per-job models fall back to PROFILE_MCP_MODEL; the sampling budget to the LLM timeout; the daily token budget', () => {
    expect(reasonerConfigFromEnv({ PROFILE_MCP_LLM_TIMEOUT_MS: '20000' })).toMatchObject({ samplingTimeoutMs: 20_000 });
    const c = reasonerConfigFromEnv({ PROFILE_MCP_MODEL_ANSWER: 'claude-sonnet-5-5', PROFILE_MCP_LLM_DAILY_TOKENS: '100000' });
    expect(c).toMatchObject({ model: 'claude-haiku-5-5', answerModel: 'claude-sonnet-5-5', dailyTokens: 100_000 });
    expect(c.extractModel).toBeUndefined();
    expect(reasonerConfigFromEnv({}).dailyTokens).toBeUndefined();
    expect(() => reasonerConfigFromEnv({ PROFILE_MCP_LLM_DAILY_TOKENS: '0' })).toThrow(/PROFILE_MCP_LLM_DAILY_TOKENS must be at least 1/);
    expect(() => reasonerConfigFromEnv({ PROFILE_MCP_MODEL_EXTRACT: 'bad model!' })).toThrow(/PROFILE_MCP_MODEL_EXTRACT must be a model id/);
  });

  it('a bad value fails at start-up with a message naming the variable, never the key', () => {
    expect(() => reasonerFactoryFromEnv({ PROFILE_MCP_REASONER: 'gpt' })).toThrow(UsageError);
    expect(() => reasonerFactoryFromEnv({ PROFILE_MCP_REASONER: 'gpt' })).toThrow(/PROFILE_MCP_REASONER must be one of auto, anthropic, sampling, offline/);
    expect(() => reasonerFactoryFromEnv({ PROFILE_MCP_LLM_TIMEOUT_MS: 'soon' })).toThrow(/PROFILE_MCP_LLM_TIMEOUT_MS/);
    const err = (() => {
      try {
        reasonerFactoryFromEnv({ ANTHROPIC_API_KEY: 'sk-secret-value', ANTHROPIC_BASE_URL: 'not a url' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toMatch(/ANTHROPIC_BASE_URL/);
    expect(err?.message).not.toContain('sk-secret-value');
  });

  it('anthropic without a key, and sampling without a client, answer llm_unavailable when used', async () => {
    const anthropic = reasonerFactoryFromEnv({ PROFILE_MCP_REASONER: 'anthropic' })();
    expect(anthropic.name).toBe('anthropic');
    await expect(anthropic.answer({ question: 'q', facts: [], history: [] })).rejects.toMatchObject({
      code: 'llm_unavailable',
      message: expect.stringMatching(/ANTHROPIC_API_KEY is not set/),
    });
    const sampling = reasonerFactoryFromEnv({ PROFILE_MCP_REASONER: 'sampling' })();
    await expect(sampling.extract({ messages: [{ role: 'user', content: 'x' }], profile: [] })).rejects.toMatchObject({
      code: 'llm_unavailable',
      message: expect.stringMatching(/not available over REST/),
    });
  });
});
