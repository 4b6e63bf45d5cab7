// Where the time of one tool call goes, stage by stage, measured in process on the current sources
// (run with tsx, so it measures src/ as it is now). Complements `npm run bench -- --cpu-prof DIR`:
// a CPU profile shows the main thread's work, but not the time spent waiting for the disk.
//
//   npx tsx bench/stages.ts [--sizes 10,100,1000,10000] [--reps N] [--json]
import { promises as fsp, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { createMcpServer } from '../src/mcp/server.js';
import { renderProfile } from '../src/mcp/render.js';
import { ProfileService } from '../src/profiles/service.js';
import { PatchProfileInput, PatchResult, ProfileResult } from '../src/profiles/schemas.js';
import { FactSchema, ScopeDocSchema } from '../src/profiles/model.js';
import { viewOf } from '../src/profiles/view.js';
import { JsonDirStore } from '../src/store/json-dir/store.js';
import { writeFileAtomic } from '../src/store/json-dir/atomic.js';
import { acquireLock, DEFAULT_LOCK_OPTIONS } from '../src/store/json-dir/lock.js';
import { factKey, factValue } from './lib/data.js';
import { fmt, summarise } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000,10000' },
    reps: { type: 'string', default: '200' },
    json: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const baseReps = Number(values.reps);

/** Median (ms) of `reps` runs of `fn`, after a few untimed ones. */
async function time(reps: number, fn: (i: number) => unknown): Promise<number> {
  for (let i = 0; i < Math.min(10, reps); i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return summarise(samples).median;
}

// The outputSchema a host's client validates against, as the SDK publishes it (tools/list), and the
// validators the SDK client compiles from it.
const ACCOUNT = 'local';

/** ProfileResult with plain strings where the Fact schema checks ISO date-times: what validation would cost without the regexes. */
const LooseFact = FactSchema.extend({ created_at: z.string(), updated_at: z.string(), expires_at: z.string().nullable() });
const LooseProfileResult = ProfileResult.extend({ profile: z.object({ static: z.array(LooseFact), dynamic: z.array(LooseFact) }) });

interface Row {
  facts: number;
  stages: Record<string, number>;
}

async function measureSize(facts: number): Promise<Row> {
  const reps = facts >= 10_000 ? Math.max(20, Math.floor(baseReps / 10)) : facts >= 1000 ? Math.max(40, Math.floor(baseReps / 3)) : baseReps;
  const dir = mkdtempSync(join(tmpdir(), 'profile-mcp-stages-'));
  const stages: Record<string, number> = {};
  try {
    const store = new JsonDirStore(dir);
    const service = new ProfileService({ store });
    const seed: Record<string, string> = {};
    for (let j = 0; j < facts; j++) seed[factKey(j)] = factValue(j);
    await service.patchProfile(ACCOUNT, { facts: seed });
    const scope = { account: ACCOUNT, collection_id: null };
    const path = store.pathOf(scope);
    let n = 1;

    // ---- the write path ----
    stages['service.patchProfile (1 fact, whole write)'] = await time(reps, () =>
      service.patchProfile(ACCOUNT, { facts: { [factKey(n % facts)]: factValue(n % facts, n++) } }),
    );
    stages['  mkdir -p of the scope dir'] = await time(reps, () => fsp.mkdir(dirname(path), { recursive: true }));
    stages['  lock + unlock (proper-lockfile)'] = await time(reps, async () => {
      const release = await acquireLock(path, DEFAULT_LOCK_OPTIONS);
      await release();
    });
    stages['  fresh read (stat, parse cache hit)'] = await time(reps, () => store.read(scope));
    const doc = await store.read(scope);
    stages['  view of a new document (sort, index)'] = await time(reps, () => viewOf({ ...doc, facts: [...doc.facts] }, Date.now()));
    const text = JSON.stringify(doc);
    stages['  JSON.stringify(document)'] = await time(reps, () => JSON.stringify(doc));
    stages[`  atomic write: temp + datasync + rename + dir fsync (${(text.length / 1024).toFixed(0)} KiB)`] = await time(reps, () =>
      writeFileAtomic(path, text),
    );
    const tmp = join(dirname(path), 'plain.json');
    stages['  (for scale: writeFile + rename, no fsync, as server-memory does)'] = await time(reps, async () => {
      await fsp.writeFile(`${tmp}.tmp`, text);
      await fsp.rename(`${tmp}.tmp`, tmp);
    });
    stages['  cold parse: JSON.parse + ScopeDocSchema (cache miss)'] = await time(Math.max(10, Math.floor(reps / 4)), () =>
      ScopeDocSchema.safeParse(JSON.parse(text)),
    );
    const patchArgs = { facts: { [factKey(1)]: factValue(1, 99) } };
    const patchResult = await service.patchProfile(ACCOUNT, patchArgs);
    stages['  SDK: input validation (PatchProfileInput)'] = await time(reps, () => PatchProfileInput.safeParseAsync(patchArgs));
    stages['  SDK: output validation (PatchResult)'] = await time(reps, () => PatchResult.safeParseAsync(patchResult));

    // ---- the read path ----
    const { result, flat } = await service.readProfile(ACCOUNT, {});
    stages['service.readProfile (cached)'] = await time(reps, () => service.readProfile(ACCOUNT, {}));
    stages['  render text block'] = await time(reps, () => renderProfile(result, flat));
    stages['  SDK server: output validation (ProfileResult, zod)'] = await time(reps, () => ProfileResult.safeParseAsync(result));
    stages['  (what-if: same without ISO date-time regexes)'] = await time(reps, () => LooseProfileResult.safeParseAsync(result));
    const textBlock = renderProfile(result, flat);
    const message = { jsonrpc: '2.0', id: 1, result: { structuredContent: result, content: [{ type: 'text', text: textBlock }] } };
    const line = `${JSON.stringify(message)}\n`;
    stages[`  JSON-RPC serialise (${(line.length / 1024).toFixed(0)} KiB: structured ${(JSON.stringify(result).length / 1024).toFixed(0)} KiB + text ${(textBlock.length / 1024).toFixed(0)} KiB)`] =
      await time(reps, () => JSON.stringify(message));
    stages['  SDK client: JSON.parse of the answer'] = await time(reps, () => JSON.parse(line));
    stages['  SDK client: CallToolResultSchema (zod)'] = await time(reps, () => CallToolResultSchema.safeParse(message.result));

    // The client's ajv validator for the published outputSchema, and a whole in-memory MCP round trip.
    const server = createMcpServer({ service, account: ACCOUNT });
    const [ct, st] = InMemoryTransport.createLinkedPair();
    await server.connect(st);
    const client = new Client({ name: 'stages', version: '1.0.0' });
    await client.connect(ct);
    const tools = await client.listTools();
    const published = tools.tools.find((t) => t.name === 'get_profile')!.outputSchema!;
    const validate = new AjvJsonSchemaValidator().getValidator(published);
    stages['  SDK client: outputSchema check (ajv, formats on)'] = await time(reps, () => validate(result));
    const withoutFormats = JSON.parse(JSON.stringify(published, (k, v: unknown) => (k === 'format' ? undefined : v))) as typeof published;
    const validateLoose = new AjvJsonSchemaValidator().getValidator(withoutFormats);
    stages['  (what-if: same schema without "format": "date-time")'] = await time(reps, () => validateLoose(result));
    stages['MCP get_profile, in-memory transport (no stdio)'] = await time(reps, () => client.callTool({ name: 'get_profile', arguments: {} }));
    stages['MCP patch_profile, in-memory transport (no stdio)'] = await time(reps, () =>
      client.callTool({ name: 'patch_profile', arguments: { facts: { [factKey(n % facts)]: factValue(n % facts, n++) } } }),
    );
    await client.close();
    await server.close();
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { facts, stages };
}

const rows: Row[] = [];
for (const facts of sizes) {
  process.stderr.write(`[stages] ${facts} facts\n`);
  rows.push(await measureSize(facts));
}
if (values.json) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  const names = Object.keys(rows[0]!.stages);
  const width = Math.max(...names.map((s) => s.replace(/\(\d+ KiB.*\)$/, '').length), 10);
  process.stdout.write(`Stage medians in ms (in process, ${new Date().toISOString()}, node ${process.version})\n\n`);
  process.stdout.write(`| ${'stage'.padEnd(width)} | ${rows.map((r) => `${r.facts} facts`.padStart(12)).join(' | ')} |\n`);
  process.stdout.write(`|${'-'.repeat(width + 2)}|${rows.map(() => '-'.repeat(14)).join('|')}|\n`);
  for (let i = 0; i < names.length; i++) {
    const label = names[i]!.replace(/ \(\d+ KiB.*\)$/, '').replace(/ \(\d+ KiB\)$/, '');
    process.stdout.write(`| ${label.padEnd(width)} | ${rows.map((r) => fmt(Object.values(r.stages)[i]!).padStart(12)).join(' | ')} |\n`);
  }
  process.stdout.write(`\nSizes: ${rows.map((r) => `${r.facts}: ${Object.keys(r.stages).filter((k) => /KiB/.test(k)).map((k) => k.trim().replace(/^.*\(/, '(')).join(' ')}`).join('; ')}\n`);
}
