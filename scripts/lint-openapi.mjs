#!/usr/bin/env node
// Lint the served OpenAPI document with Redocly's recommended ruleset (`npm run lint:openapi`, in CI).
// The document is built from the same operation list the server serves at /openapi.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { openApiDocument } = await import(join(root, 'dist/http/openapi.js'));
const { REST_OPERATIONS } = await import(join(root, 'dist/http/routes.js'));
const dir = mkdtempSync(join(tmpdir(), 'profile-mcp-openapi-'));
try {
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(openApiDocument(REST_OPERATIONS), null, 2));
  const redocly = join(root, 'node_modules/@redocly/cli/bin/cli.js');
  const r = spawnSync(process.execPath, [redocly, 'lint', file, '--extends', 'recommended-strict', '--format', 'stylish'], {
    stdio: 'inherit',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_UPDATE_NOTIFIER: '1' },
  });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
