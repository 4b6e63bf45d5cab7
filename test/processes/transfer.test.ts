import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askProfile } from '../../src/profiles/dialectic.js';
import { ProfileService } from '../../src/profiles/service.js';
import { reasonerFactoryFromEnv } from '../../src/reasoners/index.js';
import { tempDir } from '../helpers/tmp.js';
import { PG_AVAILABLE, usePostgres } from '../store-contract/pg.js';
import { jsonStore } from '../helpers/store.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PROFILE_MCP_STORE: '', PROFILE_MCP_DATABASE_URL: '' },
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** Everything but the export time. */
const content = (json: string) => {
  const doc = JSON.parse(json);
  delete doc.exported_at;
  return doc;
};

async function seed(dir: string) {
  const service = new ProfileService({ store: jsonStore(dir) });
  const reasoner = reasonerFactoryFromEnv({ PROFILE_MCP_REASONER: 'offline' })();
  await service.patchProfile('local', { facts: { name: 'Ada', role: 'Engineer', prefs: { editor: 'helix', tabs: [2, 4] }, emoji: 'ünïcødé 🧑‍💻' } });
  await service.patchProfile('local', { facts: { role: 'Staff Engineer' } });
  await service.patchProfile('local', { facts: { role: 'Principal Engineer' } });
  await service.createFact('local', { key: 'current_focus', value: 'a talk', bucket: 'dynamic', category: 'goals', confidence: 0.7, ttl_seconds: 86_400 });
  await service.patchProfile('local', { facts: { role: 'PM', timezone: 'UTC' }, collection_id: 'coll_123' });
  await service.patchProfile('acme', { facts: { role: 'CEO' }, collection_id: 'Tenant.A:1' });
  await askProfile(service, reasoner, 'local', { user_message: 'What does this user do?' });
  await askProfile(service, reasoner, 'acme', { user_message: 'What is their role?', collection_id: 'Tenant.A:1' });
  await service.store.close();
}

describe.skipIf(!PG_AVAILABLE)('export / import between the JSON directory and PostgreSQL', () => {
  const pg = usePostgres();

  it('moves every account without loss: facts, ids, history, expiries, sessions — and back', async () => {
    const source = tempDir();
    await seed(source);
    const original = cli(['export', '--all-accounts', '--data', source]);
    const doc = content(original);
    expect(doc.accounts.map((a: any) => a.account)).toEqual(['acme', 'local']);

    const url = await pg.freshUrl();
    const toPg = cli(['import', '-', '--store', 'postgres', '--database-url', url], original);
    expect(toPg).toContain('created 8');
    const fromPg = cli(['export', '--all-accounts', '--store', 'postgres', '--database-url', url]);
    expect(content(fromPg)).toEqual(doc);

    const back = tempDir();
    cli(['import', '-', '--data', back], fromPg);
    expect(content(cli(['export', '--all-accounts', '--data', back]))).toEqual(doc);

    // spot checks of what "without loss" means
    const local = doc.accounts.find((a: any) => a.account === 'local');
    const role = local.scopes[0].facts.find((f: any) => f.key === 'role');
    expect(role.history.map((h: any) => h.value)).toEqual(['Staff Engineer', 'Engineer']);
    expect(local.scopes[0].sessions[0].turns).toHaveLength(2);
    expect(local.scopes[0].facts.find((f: any) => f.key === 'current_focus').expires_at).toEqual(expect.any(String));

    // importing the same document again changes nothing
    expect(cli(['import', '-', '--store', 'postgres', '--database-url', url], original)).toContain('created 0, updated 0, unchanged 8');
  }, 120_000);
});
