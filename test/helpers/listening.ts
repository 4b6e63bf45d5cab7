import type { ChildProcess } from 'node:child_process';

/**
 * The URL a spawned `profile-mcp http` prints on its "listening on" line. `stderr` returns what the
 * caller has collected from the child's stderr so far (its listener is registered first). Rejects
 * after 15 s, or when the child exits before printing it.
 */
export function listeningOn(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening on" line; stderr: ${stderr()}`)), 15_000);
    child.stderr!.on('data', () => {
      const m = /listening on (http:\/\/\S+?)(?: |$)/m.exec(stderr());
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`exited early; stderr: ${stderr()}`));
    });
  });
}
