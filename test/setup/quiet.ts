import { afterAll, afterEach, beforeEach } from 'vitest';

/**
 * Tests are quiet on success: what the code under test writes to stderr in this process (server
 * logs of in-process servers, an intentionally corrupt file's error line) is held per test and
 * printed only when that test fails. Tests that spy on stderr still see every write (they replace
 * this wrapper while they spy). `PROFILE_MCP_TEST_LOGS=1` prints everything as it happens.
 */
if (process.env.PROFILE_MCP_TEST_LOGS !== '1') {
  const write = process.stderr.write.bind(process.stderr);
  let held: Array<string | Uint8Array> = [];
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    held.push(chunk);
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    if (done) queueMicrotask(done);
    return true;
  }) as typeof process.stderr.write;

  beforeEach(() => {
    held = [];
  });
  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') for (const chunk of held) write(chunk);
    held = [];
  });
  afterAll(() => {
    held = [];
  });
}
