import { describe, expect, it } from 'vitest';
import { EnvSchema, readEnv, UsageError } from '../../src/env.js';
import { learnModeFromEnv } from '../../src/config.js';
import { reasonerConfigFromEnv } from '../../src/reasoners/config.js';

describe('configuration: one schema for every environment variable', () => {
  it('treats empty variables as unset and fills defaults', () => {
    const env = readEnv(['PROFILE_MCP_DATA', 'PROFILE_MCP_LOG_LEVEL', 'PROFILE_MCP_LEARN_MODE', 'PROFILE_MCP_LLM_TIMEOUT_MS'], {
      PROFILE_MCP_DATA: '  ',
      PROFILE_MCP_LEARN_MODE: '',
    });
    expect(env).toEqual({ PROFILE_MCP_DATA: undefined, PROFILE_MCP_LOG_LEVEL: 'info', PROFILE_MCP_LEARN_MODE: 'auto', PROFILE_MCP_LLM_TIMEOUT_MS: 45_000 });
  });

  it('lists every bad value by variable name, without echoing the value', () => {
    let error: unknown;
    try {
      readEnv(['PROFILE_MCP_STORE', 'PROFILE_MCP_PORT', 'ANTHROPIC_BASE_URL'], {
        PROFILE_MCP_STORE: 'mysql',
        PROFILE_MCP_PORT: 'eighty',
        ANTHROPIC_BASE_URL: 'sk-secret-value',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).toMatch(/PROFILE_MCP_STORE: .*json or postgres/);
    expect(message).toMatch(/PROFILE_MCP_PORT: /);
    expect(message).toMatch(/ANTHROPIC_BASE_URL: /);
    expect(message).not.toContain('sk-secret-value');
  });

  it('is the one place the modules read from: learn mode and reasoner settings parse through it', () => {
    expect(learnModeFromEnv({ PROFILE_MCP_LEARN_MODE: 'REVIEW' })).toBe('review');
    expect(() => learnModeFromEnv({ PROFILE_MCP_LEARN_MODE: 'sometimes' })).toThrow(/PROFILE_MCP_LEARN_MODE/);
    expect(reasonerConfigFromEnv({ PROFILE_MCP_MODEL: 'claude-x', PROFILE_MCP_MODEL_ANSWER: '' })).toMatchObject({ model: 'claude-x', mode: 'auto' });
    // Every variable the docs' configuration table names is in the schema.
    for (const name of [
      'PROFILE_MCP_DATA',
      'PROFILE_MCP_STORE',
      'PROFILE_MCP_DATABASE_URL',
      'PROFILE_MCP_PORT',
      'PROFILE_MCP_LOG_LEVEL',
      'PROFILE_MCP_REASONER',
      'PROFILE_MCP_LLM_DAILY_TOKENS',
    ]) {
      expect(Object.keys(EnvSchema.shape)).toContain(name);
    }
  });
});
