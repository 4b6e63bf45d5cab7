import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { expect } from 'vitest';
import { validateScopeFile } from '../../src/store/json-dir/format.js';
import { ProfileService } from '../../src/profiles/service.js';
import { jsonStore } from '../helpers/store.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');

async function stdioClient(dir: string): Promise<Client> {
  const client = new Client({ name: 'writer', version: '1' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, '--data', dir], stderr: 'ignore' }));
  return client;
}

async function tool(client: Client, name: string, args: Record<string, unknown>): Promise<any> {
  const r: any = await client.callTool({ name, arguments: args });
  return r.isError ? JSON.parse(r.content[0].text) : r.structuredContent;
}

/**
 * `processes` stdio servers on one data directory; each writes `writes` mixed operations (patch,
 * create, update, delete) to the same scope on keys of its own, keeping a model of what was
 * acknowledged. A fresh process must then see exactly the union of those models.
 */
export async function concurrentWriters(dir: string, processes: number, writes: number, collection_id: string | null = null) {
  const scope = collection_id === null ? {} : { collection_id };
  const clients = await Promise.all(Array.from({ length: processes }, () => stdioClient(dir)));
  const models = await Promise.all(
    clients.map(async (client, p) => {
      const model = new Map<string, { id: string; value: unknown }>();
      for (let i = 0; i < writes; i++) {
        const key = `p${p}_k${i % 12}`;
        const existing = model.get(key);
        const op = i % 4;
        if (op === 0 || !existing) {
          if (existing) {
            const r = await tool(client, 'create_fact', { key, value: i, ...scope });
            expect(r.error.code).toBe('conflict');
          } else {
            const r = await tool(
              client,
              op === 0 ? 'create_fact' : 'patch_profile',
              op === 0 ? { key, value: i, ...scope } : { facts: { [key]: i }, ...scope },
            );
            const fact = op === 0 ? r : r.facts[0];
            model.set(key, { id: fact.id, value: i });
          }
        } else if (op === 1) {
          const r = await tool(client, 'update_fact', { id: existing.id, value: `u${i}`, ...scope });
          expect(r.value).toBe(`u${i}`);
          model.set(key, { id: existing.id, value: `u${i}` });
        } else if (op === 2) {
          const r = await tool(client, 'patch_profile', { facts: { [key]: i % 8 === 2 ? null : [i] }, ...scope });
          expect(r.status).toBe('success');
          if (i % 8 === 2) model.delete(key);
          else model.set(key, { id: existing.id, value: [i] });
        } else {
          expect(await tool(client, 'delete_fact', { id: existing.id, ...scope })).toEqual({ deleted: true, id: existing.id });
          model.delete(key);
        }
      }
      return model;
    }),
  );
  await Promise.all(clients.map((c) => c.close()));
  const fresh = await stdioClient(dir);
  const seen = new Map<string, { id: string; value: unknown }>();
  let cursor: string | undefined;
  do {
    const page = await tool(fresh, 'list_facts', { limit: 500, cursor, ...scope });
    for (const f of page.facts) seen.set(f.key, { id: f.id, value: f.value });
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  await fresh.close();
  const expected = new Map(models.flatMap((m) => [...m]));
  expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(expected));
  return { acknowledged: processes * writes, found: seen.size, expected: expected.size };
}

/**
 * `rounds` of SIGKILL at a random moment while `writers` processes run write loops on one scope.
 * Writers alternate between the asynchronous and the synchronous (stdio) write cycle.
 * Afterwards every file parses and validates and every acknowledged write is present; a writer that
 * starts after the kills gets through (taking over a lock a dead writer left, stale after `staleMs`).
 */
export async function crashRounds(dir: string, rounds: number, writers: number, staleMs = 2000) {
  const acknowledged = new Set<string>();
  let kills = 0;
  for (let round = 0; round < rounds; round++) {
    const children = Array.from({ length: writers }, (_, w) => {
      const child = spawn(process.execPath, [join(ROOT, 'test/fixtures/writer.mjs'), dir, `r${round}w${w}_`, w % 2 ? 'sync' : 'async'], {
        env: { ...process.env, PROFILE_MCP_LOCK_STALE_MS: String(staleMs) },
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) if (line) acknowledged.add(line);
      });
      return child;
    });
    // Kill at a random moment once every writer is under way (start-up time varies with load).
    const started = Date.now();
    while ([...Array(writers).keys()].some((w) => ![...acknowledged].some((k) => k.startsWith(`r${round}w${w}_`))) && Date.now() - started < 20_000) {
      await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, Math.random() * 300));
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            // (A writer that already ended — a write refused under load ends its loop — has sent its 'exit' already.)
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGKILL');
          }),
      ),
    );
    kills += children.length;
  }
  const store = jsonStore(dir, { lock: { staleMs } });
  await new ProfileService({ store }).patchProfile('local', { facts: { after_kills: true } });
  const file = validateScopeFile(readFileSync(join(dir, 'accounts/local/profile.json'), 'utf8'));
  expect(file).toHaveProperty('doc');
  if (!('doc' in file)) throw new Error(`the scope file is invalid: ${file.reason}`);
  const doc = file.doc;
  const keys = new Set(doc.facts.map((f: { key: string }) => f.key));
  const missing = [...acknowledged].filter((k) => !keys.has(k));
  expect(missing).toEqual([]);
  return { kills, acknowledged: acknowledged.size, found: acknowledged.size - missing.length };
}
