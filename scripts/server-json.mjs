#!/usr/bin/env node
// npm run server-json — server.json for the official MCP Registry (docs/registry.md).
//
//   npm run server-json -- --check                      validate the checked-in server.json
//   npm run server-json -- --sync                       rewrite its package.json-derived fields, then check
//   npm run server-json -- --bundle FILE.mcpb [--out F]  write the release server.json: the checked-in file
//                                                        plus the MCP Bundle entry (this version's GitHub
//                                                        release URL, FILE's sha256), validated the same way
//
// The checked-in server.json carries what is stable (the npm package and its environment variables);
// the MCP Bundle entry depends on the built .mcpb's sha256, so it is added at release time. Both are
// checked against the registry's published schema, vendored byte for byte in scripts/schemas/ (its
// sha256 is pinned below), and against what the schema cannot say: name == package.json mcpName,
// versions == package.json version, the npm identifier == the package name, the repository ==
// package.json repository, and every environment variable is one src/env.ts reads, with a default and
// choices that schema accepts. Needs dist/ (npm run build) for src/env.ts's compiled schema.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_JSON_PATH = join(root, 'server.json');
export const SCHEMA_PATH = join(root, 'scripts/schemas/server.schema.json');
/** The newest dated schema the registry has published (scripts/schemas/README.md). */
export const SCHEMA_URL = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';
export const SCHEMA_SHA256 = '3fba09590c99f61735d234822279f4223fab9e300c0a81e81c91ab62a4114de0';
/** The asset name `npm run bundle` writes and a release uploads. */
export const BUNDLE_ASSET = 'profile-mcp.mcpb';
const NPM_REGISTRY = 'https://registry.npmjs.org';
/** Variables whose value is a credential (or a URL that may carry one): clients must treat them as secrets. */
const SECRET_NAME = /(API_KEY|DATABASE_URL|SECRET|PASSWORD)$/;

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The vendored schema, refused if its bytes are not the published file's. */
export function readSchema(path = SCHEMA_PATH) {
  const bytes = readFileSync(path);
  const sha = sha256(bytes);
  if (sha !== SCHEMA_SHA256) {
    throw new Error(`${path} is not the published ${SCHEMA_URL} (sha256 ${sha}, pinned ${SCHEMA_SHA256}): see scripts/schemas/README.md`);
  }
  return JSON.parse(bytes.toString('utf8'));
}

let validate;
/** Problems the registry's published JSON Schema finds (draft-07: Ajv's default dialect). */
export function schemaProblems(doc) {
  if (!validate) {
    // Ajv's default strict mode (unknown keywords refused); `example` is an OpenAPI annotation the schema keeps.
    const ajv = new Ajv({ allErrors: true });
    ajv.addKeyword('example');
    addFormats(ajv);
    validate = ajv.compile(readSchema());
  }
  if (validate(doc)) return [];
  return validate.errors.map((e) => `schema: ${e.instancePath || '/'} ${e.message}${e.params?.allowedValues ? ` (${e.params.allowedValues.join(', ')})` : ''}`);
}

/** https://github.com/OWNER/REPO from package.json's repository. */
export function repositoryUrl(pkg) {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const url = String(raw ?? '')
    .replace(/^git\+/, '')
    .replace(/\.git$/, '');
  if (!/^https:\/\/github\.com\/[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(url))
    throw new Error(`package.json repository must be a GitHub repository URL, not ${JSON.stringify(raw)}`);
  return url;
}

/** Where a GitHub release of this version serves the bundle. */
export function bundleUrl(pkg) {
  return `${repositoryUrl(pkg)}/releases/download/v${pkg.version}/${BUNDLE_ASSET}`;
}

/** The checked-in server.json with its package.json-derived fields brought in line (what --sync writes). */
export function synced(doc, pkg) {
  return {
    ...doc,
    name: pkg.mcpName,
    version: pkg.version,
    repository: { url: repositoryUrl(pkg), source: 'github' },
    packages: (doc.packages ?? []).map((p) => (p.registryType === 'npm' ? { ...p, identifier: pkg.name, version: pkg.version } : p)),
  };
}

/** The release server.json: the checked-in one plus the MCP Bundle entry for the given .mcpb. */
export function releaseServerJson(doc, pkg, bundleBytes) {
  const bundle = { registryType: 'mcpb', identifier: bundleUrl(pkg), version: pkg.version, fileSha256: sha256(bundleBytes), transport: { type: 'stdio' } };
  return { ...doc, packages: [...(doc.packages ?? []).filter((p) => p.registryType !== 'mcpb'), bundle] };
}

function envProblems(vars, envSchema) {
  const problems = [];
  const seen = new Set();
  for (const v of vars) {
    const where = `environment variable ${v.name}`;
    if (seen.has(v.name)) problems.push(`${where} is listed twice`);
    seen.add(v.name);
    const field = envSchema.shape[v.name];
    if (!field) {
      problems.push(`${where} is not read by profile-mcp (not in src/env.ts's EnvSchema)`);
      continue;
    }
    if (!v.description) problems.push(`${where} needs a description`);
    if (SECRET_NAME.test(v.name) && v.isSecret !== true) problems.push(`${where} holds a credential: set isSecret: true`);
    const unset = field.safeParse(undefined);
    if (v.default !== undefined) {
      const parsed = field.safeParse(v.default);
      if (!parsed.success) problems.push(`${where}: default ${JSON.stringify(v.default)} is refused by src/env.ts`);
      else if (unset.success && unset.data !== undefined && String(unset.data) !== v.default) {
        problems.push(`${where}: default ${JSON.stringify(v.default)} but profile-mcp's default is ${JSON.stringify(unset.data)}`);
      }
    } else if (unset.success && unset.data !== undefined && typeof unset.data !== 'object') {
      problems.push(`${where}: profile-mcp defaults it to ${JSON.stringify(unset.data)}: say so with "default"`);
    }
    for (const choice of v.choices ?? []) {
      const parsed = field.safeParse(choice);
      if (!parsed.success || parsed.data !== choice) problems.push(`${where}: choice ${JSON.stringify(choice)} is not a value src/env.ts accepts as is`);
    }
    if (v.choices && v.default !== undefined && !v.choices.includes(v.default))
      problems.push(`${where}: default ${JSON.stringify(v.default)} is not one of its choices`);
    if (v.isRequired && v.default !== undefined) problems.push(`${where} is required but has a default`);
  }
  return problems;
}

/**
 * Every problem with a server.json, as lines. `release` holds the bundle's bytes when `doc` is the
 * release file (it must then carry the MCP Bundle entry); the checked-in file must not carry one.
 */
export function serverJsonProblems(doc, { pkg, envSchema, release }) {
  const problems = schemaProblems(doc);
  const sync = 'run npm run server-json -- --sync';
  if (doc.$schema !== SCHEMA_URL) problems.push(`$schema must be ${SCHEMA_URL} (the vendored schema)`);
  if (!pkg.mcpName) problems.push('package.json has no mcpName (the registry checks the npm package carries it)');
  if (doc.name !== pkg.mcpName) problems.push(`name ${JSON.stringify(doc.name)} differs from package.json mcpName ${JSON.stringify(pkg.mcpName)}: ${sync}`);
  if (doc.version !== pkg.version) problems.push(`version ${JSON.stringify(doc.version)} differs from package.json ${pkg.version}: ${sync}`);
  let repo;
  try {
    repo = repositoryUrl(pkg);
  } catch (err) {
    problems.push(err.message);
  }
  if (repo && (doc.repository?.url !== repo || doc.repository?.source !== 'github')) {
    problems.push(`repository must be { url: ${repo}, source: github } (package.json repository): ${sync}`);
  }
  for (const icon of doc.icons ?? [])
    if (!String(icon.src).startsWith('https://')) problems.push(`icon ${String(icon.src).slice(0, 40)}…: the registry takes https URLs only`);

  const packages = doc.packages ?? [];
  const npm = packages.filter((p) => p.registryType === 'npm');
  if (npm.length !== 1) problems.push(`packages: expected one npm entry, found ${npm.length}`);
  for (const p of npm) {
    if (p.identifier !== pkg.name) problems.push(`npm identifier ${JSON.stringify(p.identifier)} differs from package.json name ${pkg.name}: ${sync}`);
    if (p.version !== pkg.version) problems.push(`npm version ${JSON.stringify(p.version)} differs from package.json ${pkg.version}: ${sync}`);
    if (p.registryBaseUrl !== undefined && p.registryBaseUrl !== NPM_REGISTRY) problems.push(`npm registryBaseUrl: the registry takes ${NPM_REGISTRY} only`);
    if (p.transport?.type !== 'stdio') problems.push('npm entry: transport must be stdio (what `npx profile-mcp` speaks)');
  }
  for (const p of packages) problems.push(...envProblems(p.environmentVariables ?? [], envSchema).map((m) => `${p.registryType} ${m}`));

  const mcpb = packages.filter((p) => p.registryType === 'mcpb');
  const others = packages.filter((p) => p.registryType !== 'npm' && p.registryType !== 'mcpb');
  if (others.length > 0) problems.push(`packages: unexpected ${others.map((p) => p.registryType).join(', ')} entries`);
  if (!release) {
    if (mcpb.length > 0) problems.push('the checked-in server.json carries no mcpb entry: its sha256 depends on the built bundle (--bundle adds it)');
  } else if (mcpb.length !== 1) {
    problems.push(`packages: expected one mcpb entry, found ${mcpb.length}`);
  } else {
    const [b] = mcpb;
    if (repo && b.identifier !== bundleUrl(pkg)) problems.push(`mcpb identifier ${b.identifier} is not this version's release asset ${bundleUrl(pkg)}`);
    // The registry's own rule for MCPB: a GitHub or GitLab release URL that contains "mcp".
    if (!/^https:\/\/github\.com\/.+\/releases\/download\//.test(b.identifier ?? '') || !b.identifier.includes('mcp')) {
      problems.push('mcpb identifier must be a GitHub release download URL containing "mcp"');
    }
    if (b.fileSha256 !== sha256(release.bundleBytes)) problems.push(`mcpb fileSha256 ${b.fileSha256} is not the bundle's ${sha256(release.bundleBytes)}`);
    if (b.version !== pkg.version) problems.push(`mcpb version ${JSON.stringify(b.version)} differs from package.json ${pkg.version}`);
    if (b.transport?.type !== 'stdio') problems.push('mcpb entry: transport must be stdio');
  }
  return problems;
}

async function main() {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, sync: { type: 'boolean' }, bundle: { type: 'string' }, out: { type: 'string' } } });
  if (!values.check && !values.sync && !values.bundle) {
    console.error('Usage: npm run server-json -- --check | --sync | --bundle FILE.mcpb [--out FILE]  (docs/registry.md)');
    return 2;
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  let envSchema;
  try {
    ({ EnvSchema: envSchema } = await import(pathToFileURL(join(root, 'dist/env.js')).href));
  } catch {
    console.error('dist/env.js is missing: run npm run build first');
    return 1;
  }
  let doc = JSON.parse(readFileSync(SERVER_JSON_PATH, 'utf8'));
  if (values.sync) {
    doc = synced(doc, pkg);
    // Written as Prettier writes it, so `npm run lint` stays green after a sync.
    const prettier = await import('prettier');
    const options = await prettier.resolveConfig(SERVER_JSON_PATH);
    writeFileSync(SERVER_JSON_PATH, await prettier.format(JSON.stringify(doc, null, 2), { ...options, filepath: SERVER_JSON_PATH }));
  }
  const fail = (what, problems) => {
    console.error(`${what}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return 1;
  };
  const checkedIn = serverJsonProblems(doc, { pkg, envSchema });
  if (checkedIn.length > 0) return fail('server.json', checkedIn);
  const vars = doc.packages.flatMap((p) => p.environmentVariables ?? []).length;
  console.error(`server.json: valid (${doc.name} ${doc.version}, schema 2025-12-11, ${vars} environment variables)`);
  if (values.bundle) {
    const bundleBytes = readFileSync(values.bundle);
    const release = releaseServerJson(doc, pkg, bundleBytes);
    const problems = serverJsonProblems(release, { pkg, envSchema, release: { bundleBytes } });
    if (problems.length > 0) return fail('release server.json', problems);
    const text = `${JSON.stringify(release, null, 2)}\n`;
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
    console.error(`release server.json: valid (mcpb ${bundleUrl(pkg)}, sha256 ${sha256(bundleBytes).slice(0, 12)}…)${values.out ? ` -> ${values.out}` : ''}`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main();
