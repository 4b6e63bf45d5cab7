import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { fuzzMcpTools } from './fuzz-mcp.js';
import { record } from './summary.js';

describe('hostile input over MCP (stress)', () => {
  it('every tool survives 10,000 generated hostile calls', async () => {
    const stats = await fuzzMcpTools(tempDir(), Number(process.env.FUZZ_RUNS ?? 10_000));
    record('fuzz: MCP tools', { cases: stats.cases, crashes: 0, errors: stats.errors, successes: stats.successes });
    expect(stats.cases).toBeGreaterThanOrEqual(10_000);
  }, 600_000);
});
