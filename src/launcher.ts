import { readEnv } from './env.js';

/**
 * `npx profile-mcp …`, `npm exec` and `npm run` start us through `sh -c`: npm → sh → node. On SIGTERM
 * or SIGINT npm passes the signal to that shell, which dies of it without passing it on, and npm
 * exits — the server would run on, orphaned (measured with npm 11.19 and dash; docs/limits.md). So
 * when npm launched us (it sets `npm_command`), a launcher that goes away is taken as the signal to
 * stop: our parent pid changes when the shell or npm dies. Started any other way (systemd, a
 * container, `nohup profile-mcp http &` from a shell that then exits) nothing is watched: a server
 * started in the background must outlive the shell that started it.
 *
 * Returns the function that stops watching; the timer never keeps the process alive.
 */
export function stopWithLauncher(stop: (why: string) => void, options: { intervalMs?: number; env?: NodeJS.ProcessEnv } = {}): () => void {
  const launcher = readEnv(['npm_command'], options.env).npm_command;
  if (launcher === undefined) return () => undefined;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    stop(`the launcher (npm ${launcher}) went away`);
  }, options.intervalMs ?? 250);
  timer.unref();
  return () => clearInterval(timer);
}
