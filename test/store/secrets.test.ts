import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirSecret } from '../../src/store/json-dir/secrets.js';
import { tempDir } from '../helpers/tmp.js';

/** The JSON directory's named secrets (the MCP requestState key, shared by every process on the directory). */
describe('json-dir secrets', () => {
  it('is created once, 32 random bytes, mode 0600; later reads and racing creators get the same one', async () => {
    const dir = tempDir();
    const all = await Promise.all(Array.from({ length: 8 }, () => dirSecret(dir, 'mcp-request-state')));
    expect(all[0]!.length).toBe(32);
    for (const s of all) expect(Buffer.from(s).equals(Buffer.from(all[0]!))).toBe(true);
    const file = join(dir, 'secrets', 'mcp-request-state.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'secrets'))).toEqual(['mcp-request-state.key']); // no temp files left
    expect(Buffer.from(await dirSecret(dir, 'mcp-request-state')).equals(Buffer.from(all[0]!))).toBe(true);
    expect(Buffer.from(await dirSecret(dir, 'other')).equals(Buffer.from(all[0]!))).toBe(false);
  });

  it('processes racing on one directory agree', async () => {
    const dir = tempDir();
    const url = new URL('../../src/store/json-dir/secrets.ts', import.meta.url).href;
    const script = `import { dirSecret } from ${JSON.stringify(url)}; process.stdout.write(Buffer.from(await dirSecret(${JSON.stringify(dir)}, 'k')).toString('hex'));`;
    const run = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
      });
    const outs = await Promise.all([run(), run(), run()]);
    expect(outs[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(outs).size).toBe(1);
    expect(readFileSync(join(dir, 'secrets', 'k.key'), 'utf8').trim()).toBe(Buffer.from(outs[0]!, 'hex').toString('base64url'));
  });

  it('refuses a truncated secret rather than using a weak key', async () => {
    const dir = tempDir();
    await dirSecret(dir, 'k');
    writeFileSync(join(dir, 'secrets', 'k.key'), 'c2hvcnQ\n');
    await expect(dirSecret(dir, 'k')).rejects.toMatchObject({ code: 'storage_error' });
  });
});
