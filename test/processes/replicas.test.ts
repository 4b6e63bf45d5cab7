import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usePostgres } from '../store-contract/pg.js';
import { tempDir } from '../helpers/tmp.js';

/**
 * docs/protocol.md "Several replicas": three `profile-mcp http` processes on one PostgreSQL
 * database behind a round-robin proxy with no affinity at all; a v2 client on 2026-07-28. Runs in
 * CI's npm test (it exports the database URL; run once, not again in test:postgres); skipped only when PROFILE_MCP_TEST_DATABASE_URL is not set.
 */
const DATABASE = process.env.PROFILE_MCP_TEST_DATABASE_URL;
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;

interface Replica {
  child: ChildProcess;
  port: number;
}

async function startReplica(databaseUrl: string, data: string): Promise<Replica> {
  const child = spawn(process.execPath, [CLI, 'http', '--port', '0', '--data', data, '--store', 'postgres', '--database-url', databaseUrl], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PROFILE_MCP_REASONER: 'offline', ANTHROPIC_API_KEY: '', PROFILE_MCP_RATE_LIMITS: 'off' },
  });
  let log = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica did not start:\n${log}`)), 30_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`replica exited with ${code}:\n${log}`)));
  });
  return { child, port };
}

/** Round robin, per HTTP request, no affinity; remembers which replica answered each JSON-RPC method. */
function roundRobin(ports: number[]) {
  let next = 0;
  const hits: Array<{ replica: number; method: string }> = [];
  const server: Server = createServer((req, res) => {
    const replica = next++ % ports.length;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      let method = req.method ?? '';
      try {
        method = (JSON.parse(body.toString()) as { method?: string }).method ?? method;
      } catch {
        // GET/DELETE or a non-JSON body: keep the HTTP method
      }
      hits.push({ replica, method });
      const upstream = request(
        { host: '127.0.0.1', port: ports[replica], method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${ports[replica]}` } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      res.on('close', () => upstream.destroy());
      upstream.end(body);
    });
  });
  return { server, hits };
}

async function modernClient(url: string): Promise<Client> {
  const client = new Client({ name: 'replica-test', version: '1.0.0' }, { versionNegotiation: { mode: { pin: '2026-07-28' } } });
  await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', url)));
  return client;
}

function structured(result: unknown): any {
  const r = result as { isError?: boolean; structuredContent?: unknown; content: Array<{ text?: string }> };
  if (r.isError) throw new Error(r.content[0]?.text ?? 'tool error');
  return r.structuredContent;
}

describe.skipIf(!DATABASE)('three replicas on one PostgreSQL database behind a round-robin proxy (2026-07-28)', () => {
  const pgh = usePostgres();
  const replicas: Replica[] = [];
  let proxy: ReturnType<typeof roundRobin>;
  let url = '';

  beforeAll(async () => {
    const databaseUrl = await pgh.freshUrl();
    // The first replica migrates the fresh schema; the others start once it is ready.
    replicas.push(await startReplica(databaseUrl, tempDir()));
    replicas.push(...(await Promise.all([startReplica(databaseUrl, tempDir()), startReplica(databaseUrl, tempDir())])));
    proxy = roundRobin(replicas.map((r) => r.port));
    proxy.server.listen(0, '127.0.0.1');
    await once(proxy.server, 'listening');
    url = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    proxy?.server.closeAllConnections();
    proxy?.server.close();
    await Promise.all(
      replicas.map(async (r) => {
        if (r.child.exitCode !== null) return;
        r.child.kill('SIGTERM');
        await once(r.child, 'exit');
      }),
    );
  });

  it('answers calls on any replica, delivers change notices across replicas and continues dialectic sessions anywhere', async () => {
    const writer = await modernClient(url);
    const listener = await modernClient(url);
    try {
      expect(writer.getNegotiatedProtocolVersion()).toBe('2026-07-28');

      // Calls: every replica answers some of them; each sees the writes of the others.
      structured(await writer.callTool({ name: 'patch_profile', arguments: { facts: { role: 'Staff engineer', timezone: 'Europe/Berlin' } } }));
      for (let i = 0; i < 3; i++) {
        const profile = structured(await writer.callTool({ name: 'get_profile', arguments: {} }));
        expect(profile.fact_count).toBe(2);
      }
      const calls = proxy.hits.filter((h) => h.method === 'tools/call');
      expect(new Set(calls.map((h) => h.replica)).size).toBe(3);

      // Subscriptions: the listen stream stays on one replica; writes land on the others too.
      const updates: string[] = [];
      listener.setNotificationHandler('notifications/resources/updated', (n) => {
        updates.push(n.params.uri);
      });
      const subscription = await listener.listen({ resourceSubscriptions: ['profile://me'] });
      const streamReplica = proxy.hits.filter((h) => h.method === 'subscriptions/listen').at(-1)!.replica;
      const writesBefore = proxy.hits.length;
      for (let i = 0; i < 3; i++) {
        structured(await writer.callTool({ name: 'patch_profile', arguments: { facts: { [`hobby_${i}`]: `hobby ${i}` } } }));
      }
      const writeReplicas = proxy.hits
        .slice(writesBefore)
        .filter((h) => h.method === 'tools/call')
        .map((h) => h.replica);
      expect(writeReplicas.some((r) => r !== streamReplica)).toBe(true);
      const deadline = Date.now() + 15_000;
      while (updates.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(updates.filter((u) => u === 'profile://me').length).toBeGreaterThanOrEqual(3);
      await subscription.close();

      // Dialectic sessions live in the database: a follow-up on another replica continues the session.
      const first = structured(await writer.callTool({ name: 'dialectic', arguments: { user_message: 'What is their role?' } }));
      const second = structured(await writer.callTool({ name: 'dialectic', arguments: { user_message: 'And their timezone?', session_id: first.session_id } }));
      expect(second.session_id).toBe(first.session_id);
      const dialectic = proxy.hits.filter((h) => h.method === 'tools/call').slice(-2);
      expect(dialectic[0]!.replica).not.toBe(dialectic[1]!.replica);
    } finally {
      await listener.close();
      await writer.close();
    }
  }, 120_000);
});
