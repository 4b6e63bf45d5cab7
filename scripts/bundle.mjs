#!/usr/bin/env node
// npm run bundle: build profile-mcp.mcpb (an MCP Bundle for Claude Desktop) with production
// dependencies only. Stages manifest, package files and dist/ in a temp dir, installs the lock
// file's production dependencies there, and packs it with the mcpb CLI.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = resolve(root, process.argv[2] ?? 'profile-mcp.mcpb');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
if (manifest.version !== pkg.version) {
  console.error(`manifest.json version ${manifest.version} differs from package.json ${pkg.version}`);
  process.exit(1);
}
if (!existsSync(join(root, manifest.server.entry_point))) run('npm', ['run', 'build'], root);

const stage = mkdtempSync(join(tmpdir(), 'profile-mcp-bundle-'));
try {
  for (const item of ['manifest.json', 'package.json', 'package-lock.json', 'README.md']) cpSync(join(root, item), join(stage, item));
  cpSync(join(root, 'dist'), join(stage, 'dist'), { recursive: true, filter: (src) => !src.endsWith('.map') });
  run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], stage);
  run(process.execPath, [join(root, 'node_modules/@anthropic-ai/mcpb/dist/cli/cli.js'), 'pack', stage, out], root);
  console.error(`wrote ${out}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
