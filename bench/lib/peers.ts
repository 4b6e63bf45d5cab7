import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { profFlags, scratch, type Context } from './context.js';

/** Where things live: the repository root and the compiled server to measure. */
export interface Paths {
  root: string;
  /** Directory holding the compiled profile-mcp (normally <root>/dist). */
  dist: string;
  memoryEntry: string;
  floorEntry: string;
}

export function pathsFor(root: string, dist: string): Paths {
  return {
    root,
    dist: resolve(root, dist),
    memoryEntry: join(root, 'node_modules/@modelcontextprotocol/server-memory/dist/index.js'),
    floorEntry: join(root, 'bench/floor-server.mjs'),
  };
}

/** How to start one stdio MCP server. */
export interface LaunchSpec {
  label: string;
  args: string[];
  env?: Record<string, string>;
  /** Extra node flags (e.g. --cpu-prof) placed before the script. */
  nodeFlags?: string[];
}

export function oursSpec(paths: Paths, dataDir: string, nodeFlags: string[] = []): LaunchSpec {
  return { label: 'profile-mcp', args: [join(paths.dist, 'cli.js'), '--data', dataDir], nodeFlags };
}

export function memorySpec(paths: Paths, file: string): LaunchSpec {
  return { label: 'server-memory', args: [paths.memoryEntry], env: { MEMORY_FILE_PATH: file } };
}

/**
 * A scenario's two servers, each with its own scratch data: profile-mcp (profiled with --cpu-prof when
 * asked) and the reference memory server. Each is pushed onto `peers` as soon as it runs, so the
 * scenario's `finally` closes whatever started.
 */
export async function launchPair(ctx: Context, name: string, peers: Peer[]): Promise<{ ours: Peer; memory: Peer }> {
  const ours = (await Peer.launch(oursSpec(ctx.paths, scratch(ctx, name, 'ours'), profFlags(ctx, name)))).peer;
  peers.push(ours);
  const memory = (await Peer.launch(memorySpec(ctx.paths, join(scratch(ctx, name, 'memory'), 'memory.jsonl')))).peer;
  peers.push(memory);
  return { ours, memory };
}

export function floorSpec(paths: Paths, resultsFile: string): LaunchSpec {
  return {
    label: 'protocol floor',
    args: [paths.floorEntry],
    env: { FLOOR_RESULTS: resultsFile, FLOOR_SCHEMAS: join(paths.dist, 'profiles/schemas.js') },
  };
}

/** A running server with a connected SDK client (tools listed, so output validators are compiled as a host's would be). */
export class Peer {
  private stderrTail = '';
  private constructor(
    readonly label: string,
    readonly client: Client,
    private readonly transport: StdioClientTransport,
  ) {}

  /** Spawn, initialize and list tools. Resolves with the peer and the time from spawn to the tools/list answer. */
  static async launch(spec: LaunchSpec): Promise<{ peer: Peer; startMs: number; initializeMs: number; listMs: number }> {
    const env: Record<string, string> = { ...getDefaultEnvironment(), ...spec.env };
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [...(spec.nodeFlags ?? []), ...spec.args],
      env,
      stderr: 'pipe',
    });
    const client = new Client({ name: 'profile-mcp-bench', version: '1.0.0' });
    const peer = new Peer(spec.label, client, transport);
    transport.stderr?.on('data', (chunk: Buffer) => {
      peer.stderrTail = (peer.stderrTail + chunk.toString('utf8')).slice(-4000);
    });
    const t0 = performance.now();
    let t1: number;
    try {
      await client.connect(transport); // spawn + initialize + initialized
      t1 = performance.now();
      await client.listTools();
    } catch (err) {
      await transport.close().catch(() => undefined);
      throw new Error(`${spec.label} did not start: ${(err as Error).message}\n${peer.stderrTail}`, { cause: err });
    }
    const t2 = performance.now();
    return { peer, startMs: t2 - t0, initializeMs: t1 - t0, listMs: t2 - t1 };
  }

  get pid(): number | null {
    return this.transport.pid;
  }

  /** Call a tool; a tool error is a harness failure (never silently timed). */
  async call(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
    const result = (await this.client.callTool({ name, arguments: args }, undefined, { timeout: 120_000 })) as CallToolResult;
    if (result.isError) {
      const text = result.content.map((c) => (c.type === 'text' ? c.text : '')).join(' ');
      throw new Error(`${this.label} ${name} failed: ${text.slice(0, 500)}`);
    }
    return result;
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  /** Resident set size now and at its peak (kB -> MiB), from /proc (Linux only; null elsewhere). */
  rss(): { rssMiB: number; peakMiB: number } | null {
    if (this.pid === null) return null;
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
      return { rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024 };
    } catch {
      return null;
    }
  }

  stderr(): string {
    return this.stderrTail;
  }

  async close(): Promise<void> {
    await this.client.close().catch(() => undefined);
  }
}
