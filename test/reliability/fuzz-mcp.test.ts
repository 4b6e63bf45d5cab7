import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { fuzzMcpTools } from './fuzz-mcp.js';

describe('hostile input over MCP (light)', () => {
  it('every tool survives 400 generated hostile calls: spec errors only, no partial writes, no pollution', async () => {
    const stats = await fuzzMcpTools(tempDir(), 400);
    expect(stats.cases).toBe(400);
    expect(stats.errors).toBeGreaterThan(50);
    expect(stats.successes).toBeGreaterThan(20);
  }, 120_000);
});
