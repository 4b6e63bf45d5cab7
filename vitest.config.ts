import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.stress.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Vitest's default is one worker per CPU but one: a single worker on a 2-core CI machine, where most
    // suites wait on child processes, fsync or a browser. Two files at a time use the wait.
    maxWorkers: 2,
    setupFiles: ['test/setup/quiet.ts'],
  },
});
