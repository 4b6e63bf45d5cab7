import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ResourceUpdatedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { StreamableHTTPClientTransport as V2StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { MODERN, modernClient } from '../helpers/client-era.js';
import type { Harness } from './helpers.js';

export interface Connected {
  client: Client;
  /** URIs of every resources/updated notification received, in order. */
  updates: string[];
  /** Resolves when an update for `uri` has arrived (counting from now, or any earlier one with since=0). */
  nextUpdate(uri: string): Promise<void>;
  sessionId: string | undefined;
  close(): Promise<void>;
}

function headers(key?: string): Record<string, string> {
  return key ? { Authorization: `Bearer ${key}` } : {};
}

async function wire(client: Client, connect: () => Promise<void>, sessionId: () => string | undefined): Promise<Connected> {
  const updates: string[] = [];
  const waiters: Array<{ uri: string; resolve: () => void }> = [];
  client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => {
    updates.push(n.params.uri);
    for (const w of waiters.splice(0)) {
      if (w.uri === n.params.uri) w.resolve();
      else waiters.push(w);
    }
  });
  await connect();
  return {
    client,
    updates,
    nextUpdate: (uri) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no resources/updated for ${uri}; got ${JSON.stringify(updates)}`)), 10_000);
        waiters.push({ uri, resolve: () => (clearTimeout(timer), resolve()) });
      }),
    get sessionId() {
      return sessionId();
    },
    close: () => client.close(),
  };
}

/**
 * A real SDK client over Streamable HTTP with the bearer header: v1 on a 2025-11-25 session, or
 * (PROFILE_MCP_TEST_CLIENT=v2) the v2 client on 2026-07-28, stateless, no session id.
 */
export async function connectStreamable(
  h: { url: string },
  key?: string,
  clientOptions: { capabilities?: Record<string, unknown> } = {},
): Promise<Connected & { transport: StreamableHTTPClientTransport }> {
  const transport = MODERN
    ? (new V2StreamableHTTPClientTransport(new URL('/mcp', h.url), { requestInit: { headers: headers(key) } }) as unknown as StreamableHTTPClientTransport)
    : new StreamableHTTPClientTransport(new URL('/mcp', h.url), { requestInit: { headers: headers(key) } });
  const client = MODERN
    ? modernClient({ name: 'http-test', version: '1.0.0' }, clientOptions)
    : new Client({ name: 'http-test', version: '1.0.0' }, clientOptions as ConstructorParameters<typeof Client>[1]);
  const c = await wire(
    client,
    () => client.connect(transport),
    () => transport.sessionId,
  );
  return Object.assign(c, { transport });
}

/** A real SDK client over the legacy HTTP+SSE transport with the bearer header. */
export async function connectSse(h: { url: string }, key?: string): Promise<Connected> {
  const transport = new SSEClientTransport(new URL('/sse', h.url), { requestInit: { headers: headers(key) } });
  const client = new Client({ name: 'sse-test', version: '1.0.0' });
  return wire(
    client,
    () => client.connect(transport),
    () => undefined,
  );
}

/** Wait until the server holds the session's listening stream (the standalone GET stream for Streamable HTTP). */
export async function streamReady(h: Harness, sessionId: string | undefined): Promise<void> {
  // 2026-07-28: subscribeResource resolved on the listen stream's acknowledgement: it is open.
  if (MODERN) return;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const s = h.server.edge.sessions.list().find((x) => x.id === sessionId);
    if (s && s.open > 0) return;
    if (Date.now() > deadline) throw new Error(`session ${sessionId} has no open stream`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function structured(result: unknown): any {
  const r = result as { isError?: boolean; structuredContent?: unknown; content: Array<{ text?: string }> };
  if (r.isError) {
    const text = r.content[0]!.text!;
    try {
      return JSON.parse(text);
    } catch {
      // The SDK's own "Input validation error" / "Tool not found" texts.
      return { error: { code: 'validation_error', message: text } };
    }
  }
  return r.structuredContent;
}
