import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The core's import boundary is enforced by `npm run lint` (eslint.config.js). This proves the rule
 * bites: the project's own config, applied to imports a contributor might write. Type information is
 * switched off here (the probe files do not exist on disk); the boundary rule does not need it.
 */
const ROOT = new URL('../..', import.meta.url).pathname;

async function problems(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parserOptions: { project: false } },
        rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
      },
    ],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint: the core import boundary', () => {
  it.each([
    ["import express from 'express';"],
    ["import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';"],
    ["import pg from 'pg';"],
    ["import { JsonDirStore } from '../store/json-dir.js';"],
    ["import { OfflineReasoner } from '../reasoners/offline/index.js';"],
    ["import { serve } from '../http/server.js';"],
  ])('refuses %s in src/profiles/', async (line) => {
    const found = await problems('src/profiles/boundary-probe.ts', `${line}\nexport const x = 1;\nvoid x;\n`);
    expect(found.some((p) => p.startsWith('no-restricted-imports:') && p.includes('src/profiles/ is the core'))).toBe(true);
  });

  it('lets the core import itself and node built-ins, and the edges import anything', async () => {
    expect(
      await problems(
        'src/profiles/boundary-probe.ts',
        "import { isDeepStrictEqual } from 'node:util';\nimport { LIMITS } from './model.js';\nexport const x = [isDeepStrictEqual, LIMITS];\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'src/http/boundary-probe.ts',
        "import express from 'express';\nimport { LIMITS } from '../profiles/model.js';\nexport const x = [express, LIMITS];\n",
      ),
    ).toEqual([]);
  });
});

describe('lint: tests close the stores they open', () => {
  it('refuses `new JsonDirStore(...)` in a test and accepts jsonStore() from test/helpers/store.ts', async () => {
    const opened = await problems(
      'test/store/probe.test.ts',
      "import { JsonDirStore } from '../../src/store/json-dir/store.js';\nexport const s = new JsonDirStore('/tmp/x');\n",
    );
    expect(opened.some((p) => p.startsWith('no-restricted-syntax:') && p.includes('jsonStore()'))).toBe(true);
    expect(await problems('test/store/probe.test.ts', "import { jsonStore } from '../helpers/store.js';\nexport const s = jsonStore('/tmp/x');\n")).toEqual([]);
  });
});
