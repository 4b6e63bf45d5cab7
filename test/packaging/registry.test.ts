import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundleUrl,
  readSchema,
  releaseServerJson,
  SCHEMA_PATH,
  SCHEMA_URL,
  SERVER_JSON_PATH,
  serverJsonProblems,
  synced,
  type PackageJson,
  type ServerJson,
} from '../../scripts/server-json.mjs';
import { EnvSchema } from '../../src/env.js';
import { SERVER_DESCRIPTION } from '../../src/mcp/server.js';
import { tempDir } from '../helpers/tmp.js';

/**
 * server.json for the official MCP Registry (docs/registry.md), checked the way CI checks it
 * (`npm run check:ecosystem` runs scripts/server-json.mjs on the bundle it builds): against the
 * registry's published schema, vendored byte for byte, and against package.json and src/env.ts — so a
 * drift in any of them fails `npm test` too.
 */

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
const checkedIn = (): ServerJson => JSON.parse(readFileSync(SERVER_JSON_PATH, 'utf8')) as ServerJson;
const problems = (doc: ServerJson, p: PackageJson = pkg) => serverJsonProblems(doc, { pkg: p, envSchema: EnvSchema });
const npmEntry = (doc: ServerJson) => doc.packages!.find((p) => p.registryType === 'npm')!;
const envVar = (doc: ServerJson, name: string) => npmEntry(doc).environmentVariables!.find((v) => v.name === name)!;

describe('server.json for the MCP Registry', () => {
  it('the vendored schema is the published 2025-12-11 file, and a changed copy is refused', () => {
    const schema = readSchema();
    expect(schema.$id).toBe(SCHEMA_URL);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const copy = join(tempDir(), 'server.schema.json');
    writeFileSync(copy, readFileSync(SCHEMA_PATH, 'utf8').replace('"maxLength": 100', '"maxLength": 1000'));
    expect(() => readSchema(copy)).toThrow(/is not the published/);
  });

  it('the checked-in file passes the published schema and agrees with package.json, src/env.ts and serverInfo', () => {
    const doc = checkedIn();
    expect(problems(doc)).toEqual([]);
    expect(doc.name).toBe(pkg.mcpName);
    expect(doc.description).toBe(SERVER_DESCRIPTION);
    expect(npmEntry(doc)).toMatchObject({ identifier: pkg.name, version: pkg.version, transport: { type: 'stdio' } });
    // The settings a stdio user sets are listed; no hosted endpoint exists, so no remotes.
    const names = npmEntry(doc).environmentVariables!.map((v) => v.name);
    expect(names).toEqual(
      expect.arrayContaining(['PROFILE_MCP_DATA', 'PROFILE_MCP_LEARN_MODE', 'PROFILE_MCP_REASONER', 'ANTHROPIC_API_KEY', 'PROFILE_MCP_LOG_LEVEL']),
    );
    expect(doc.remotes).toBeUndefined();
  });

  it('the release file adds the MCP Bundle entry: this version’s GitHub release URL and the bundle’s sha256', () => {
    const bundleBytes = Buffer.from('not really a bundle, but bytes with a hash');
    const release = releaseServerJson(checkedIn(), pkg, bundleBytes);
    const mcpb = release.packages!.find((p) => p.registryType === 'mcpb')!;
    expect(mcpb).toEqual({
      registryType: 'mcpb',
      identifier: `https://github.com/profile-mcp/profile-mcp/releases/download/v${pkg.version}/profile-mcp.mcpb`,
      version: pkg.version,
      fileSha256: createHash('sha256').update(bundleBytes).digest('hex'),
      transport: { type: 'stdio' },
    });
    expect(serverJsonProblems(release, { pkg, envSchema: EnvSchema, release: { bundleBytes } })).toEqual([]);
    // Another bundle's bytes do not match the recorded hash; the checked-in file may not carry the entry.
    expect(serverJsonProblems(release, { pkg, envSchema: EnvSchema, release: { bundleBytes: Buffer.from('other') } }).join('\n')).toMatch(/fileSha256/);
    expect(problems(release).join('\n')).toMatch(/carries no mcpb entry/);
  });

  const drifts: Array<[string, (doc: ServerJson) => void, RegExp]> = [
    ['a name other than mcpName', (d) => void (d.name = 'io.github.someone-else/profile-mcp'), /differs from package.json mcpName/],
    ['a version other than package.json’s', (d) => void (d.version = '9.9.9'), /version "9.9.9" differs/],
    ['an npm identifier other than the package name', (d) => void (npmEntry(d).identifier = 'profile-mcp-fork'), /npm identifier/],
    ['an npm version range', (d) => void (npmEntry(d).version = 'latest'), /schema: \/packages\/0\/version/],
    [
      'a description over the schema’s 100 characters',
      (d) => void (d.description = 'x'.repeat(101)),
      /schema: \/description must NOT have more than 100 characters/,
    ],
    ['a name without a namespace', (d) => void (d.name = 'profile-mcp'), /schema: \/name must match pattern/],
    ['another $schema', (d) => void (d.$schema = 'https://static.modelcontextprotocol.io/schemas/2025-09-29/server.schema.json'), /\$schema must be/],
    [
      'an environment variable profile-mcp does not read',
      (d) => void npmEntry(d).environmentVariables!.push({ name: 'PROFILE_MCP_COLOUR', description: 'x' }),
      /PROFILE_MCP_COLOUR is not read/,
    ],
    ['a default that is not profile-mcp’s', (d) => void (envVar(d, 'PROFILE_MCP_LOG_LEVEL').default = 'debug'), /profile-mcp's default is "info"/],
    ['a choice src/env.ts refuses', (d) => void (envVar(d, 'PROFILE_MCP_REASONER').choices = ['auto', 'gpt']), /choice "gpt"/],
    ['an API key not marked secret', (d) => void (envVar(d, 'ANTHROPIC_API_KEY').isSecret = false), /ANTHROPIC_API_KEY holds a credential/],
    ['a data: icon', (d) => void (d.icons = [{ src: 'data:image/svg+xml;base64,PHN2Zy8+' }]), /https URLs only/],
    ['a repository other than package.json’s', (d) => void (d.repository = { url: 'https://github.com/someone/else', source: 'github' }), /repository must be/],
  ];
  it.each(drifts)('refuses %s', (_, mutate, expected) => {
    const doc = checkedIn();
    mutate(doc);
    expect(problems(doc).join('\n')).toMatch(expected);
  });

  it('changing the namespace is one edit in package.json: --sync makes server.json follow, and the check passes', () => {
    const moved: PackageJson = {
      ...pkg,
      mcpName: 'io.github.another-org/profile-mcp',
      repository: { type: 'git', url: 'git+https://github.com/another-org/profile-mcp.git' },
    };
    expect(problems(checkedIn(), moved).join('\n')).toMatch(/npm run server-json -- --sync/);
    const doc = synced(checkedIn(), moved);
    expect(problems(doc, moved)).toEqual([]);
    expect(doc.name).toBe('io.github.another-org/profile-mcp');
    expect(bundleUrl(moved)).toMatch(/^https:\/\/github\.com\/another-org\/profile-mcp\/releases\/download\/v/);
  });

  it('npm run server-json -- --bundle writes a release file that passes the same checks (the CLI CI runs)', () => {
    const dir = tempDir();
    const bundle = join(dir, 'profile-mcp.mcpb');
    writeFileSync(bundle, 'bundle bytes');
    const out = join(dir, 'server.json');
    execFileSync(process.execPath, [join(root, 'scripts/server-json.mjs'), '--bundle', bundle, '--out', out], { cwd: root, stdio: 'pipe' });
    const release = JSON.parse(readFileSync(out, 'utf8')) as ServerJson;
    expect(serverJsonProblems(release, { pkg, envSchema: EnvSchema, release: { bundleBytes: readFileSync(bundle) } })).toEqual([]);
  });
});
