import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

/**
 * Issue 15: "killing `npx profile-mcp http` leaves the server running". npm exec (npx) runs a bin as
 * npm -> sh -c -> node; on SIGTERM/SIGINT npm signals the shell, which dies without passing the
 * signal on. These tests drive the real npm with the built CLI as a project's local bin (no install,
 * no network) and check that the server goes away with its launcher.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');

interface Running {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  /** Resolves when every process holding the child's stdio pipes (the server included) has exited. */
  closed: Promise<number | null>;
}

function start(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; detached?: boolean; mayExit?: boolean } = {},
): Promise<Running> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached === true,
  });
  let err = '';
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /listening on (http:\/\/[\d.:]+)/.exec(err);
      if (m) resolve({ child, url: m[1]!, stderr: () => err, closed });
    });
    if (!options.mayExit) child.on('exit', (code) => reject(new Error(`exited (${code}) before listening: ${err}`)));
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`)).ok;
  } catch {
    return false;
  }
}

/** A project that depends on profile-mcp: `npm exec profile-mcp` finds the bin without installing. */
function project(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules/profile-mcp'));
  symlinkSync('../profile-mcp/dist/cli.js', join(dir, 'node_modules/.bin/profile-mcp'));
  writeFileSync(join(dir, 'package.json'), '{"name":"uses-profile-mcp","private":true}');
  return dir;
}

const { npm_command: _ignored, ...plainEnv } = process.env;

describe('stopping the server', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('%s to the server finishes in-flight requests and exits 0', async (signal) => {
    const server = await start(process.execPath, [CLI, 'http', '--port', '0', '--data', tempDir()], { env: { ...plainEnv, PROFILE_MCP_LOG_LEVEL: 'info' } });
    expect(await answers(server.url)).toBe(true);
    server.child.kill(signal);
    expect(await server.closed).toBe(0);
    expect(server.stderr()).toContain(`shutting down (${signal})`);
    expect(server.stderr()).toContain('stopped');
    expect(await answers(server.url)).toBe(false);
  });

  const npmExec = async (detached: boolean) => {
    const cwd = project();
    return start('npm', ['exec', '--offline', '--', 'profile-mcp', 'http', '--port', '0', '--data', tempDir()], {
      cwd,
      detached,
      env: { ...plainEnv, npm_config_cache: join(cwd, '.npm'), npm_config_update_notifier: 'false', PROFILE_MCP_LOG_LEVEL: 'info' },
    });
  };

  it('SIGTERM to `npm exec profile-mcp http` (what npx runs) alone stops the server: it notices its launcher went away', async () => {
    const server = await npmExec(false);
    expect(await answers(server.url)).toBe(true);
    // Only npm gets the signal (as from `kill PID`, a supervisor or a container runtime), not its process group:
    // npm passes it to its `sh -c`, which dies of it without passing it on; the server is reparented.
    server.child.kill('SIGTERM');
    await server.closed; // npm, its shell and the server (which holds the same stderr) are all gone
    expect(server.stderr()).toContain('shutting down (the launcher (npm exec) went away)');
    expect(server.stderr()).toContain('stopped');
    expect(await answers(server.url)).toBe(false);
  });

  it('Ctrl-C on `npm exec profile-mcp http` (SIGINT to the foreground process group) stops the server', async () => {
    const server = await npmExec(true);
    expect(await answers(server.url)).toBe(true);
    process.kill(-server.child.pid!, 'SIGINT');
    await server.closed;
    expect(server.stderr()).toContain('shutting down (SIGINT)');
    expect(await answers(server.url)).toBe(false);
  });

  it('a server started in the background outside npm outlives the shell that started it', async () => {
    const data = tempDir();
    const shell = await start('sh', ['-c', `"${process.execPath}" "${CLI}" http --port 0 --data "${data}" & echo $! >&2`], {
      env: { ...plainEnv, PROFILE_MCP_LOG_LEVEL: 'info' },
      mayExit: true,
    });
    const pid = Number(/^(\d+)$/m.exec(shell.stderr())![1]);
    try {
      await vi.waitFor(() => expect(shell.child.exitCode).toBe(0));
      // still serving after its shell is gone, across several of the launcher watch's ticks
      for (let i = 0; i < 5; i++) {
        expect(await answers(shell.url)).toBe(true);
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      process.kill(pid, 'SIGTERM');
    }
    await shell.closed;
    expect(shell.stderr()).toContain('shutting down (SIGTERM)');
  });
});
