import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

/**
 * Issue 15: "the operations commands are each run by a test exactly as written". Every fenced block
 * marked `sh` in the documents below runs as one bash script (set -e) with `profile-mcp` on the PATH
 * (the built CLI) and PROFILE_MCP_DATA set to a fresh directory; blocks marked `text` are examples
 * that need a server or a database and are not run. Point DOCS at the README to check it too.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const DOCS = ['docs/limits.md'];

function shellBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const fence = /^```sh\n([\s\S]*?)^```$/gm;
  for (let m = fence.exec(markdown); m; m = fence.exec(markdown)) blocks.push(m[1]!);
  return blocks;
}

function shim(): string {
  const bin = join(tempDir(), 'bin');
  mkdirSync(bin);
  const path = join(bin, 'profile-mcp');
  writeFileSync(path, `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'dist/cli.js')}" "$@"\n`);
  chmodSync(path, 0o755);
  return bin;
}

describe.each(DOCS)('the commands of %s, exactly as written', (doc) => {
  const blocks = shellBlocks(readFileSync(join(ROOT, doc), 'utf8'));

  it('has commands to run', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b, i) => [i + 1, b] as const))('block %i runs and exits 0', (_n, block) => {
    const home = tempDir();
    const data = join(home, 'data');
    const res = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', block], {
      encoding: 'utf8',
      timeout: 60_000,
      cwd: home,
      env: {
        PATH: `${shim()}:${process.env.PATH ?? ''}`,
        HOME: home,
        PROFILE_MCP_DATA: data,
        PROFILE_MCP_LOG_LEVEL: 'warn',
        PROFILE_MCP_REASONER: 'offline',
      },
    });
    expect(res.status, `${block}\nstdout: ${res.stdout}\nstderr: ${res.stderr}`).toBe(0);
  });
});

describe('doctor is read-only unless --repair', () => {
  it('checking a data directory that does not exist leaves it uncreated; --repair creates it 0700', () => {
    const parent = tempDir();
    const data = join(parent, 'never-created');
    const run = (args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'doctor', '--no-llm', '--data', data, ...args], {
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, PROFILE_MCP_STORE: '' },
      });
    const checked = run([]);
    expect(checked.status, checked.stderr).toBe(0);
    expect(existsSync(data)).toBe(false);
    expect(run(['--repair']).status).toBe(0);
    expect(statSync(data).mode & 0o777).toBe(0o700);
  });
});
