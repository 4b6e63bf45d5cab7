import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { InMemoryTransport as V2InMemoryTransport } from '@modelcontextprotocol/client';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { createMcpServer, type McpServerOptions } from '../../src/mcp/server.js';
import { MODERN, modernClient } from './client-era.js';

/** A real SDK client connected to a fresh server over the in-memory transport (v1, or v2 on 2026-07-28: see client-era.ts). */
export async function connectClient(
  options: McpServerOptions,
  clientOptions: ConstructorParameters<typeof Client>[1] = {},
): Promise<{ client: Client; close: () => Promise<void> }> {
  const client = MODERN
    ? modernClient({ name: 'test-client', version: '1.0.0' }, clientOptions as Record<string, unknown>)
    : new Client({ name: 'test-client', version: '1.0.0' }, clientOptions);
  let server: { close(): Promise<void> };
  if (MODERN) {
    // The SDK's era-owning entry (the one stdio uses) over an in-memory pair: it answers server/discover.
    const [clientTransport, serverTransport] = V2InMemoryTransport.createLinkedPair();
    server = serveStdio((ctx) => createMcpServer({ ...options, era: ctx.era }), { transport: serverTransport });
    await client.connect(clientTransport as never);
  } else {
    const mcp = createMcpServer(options);
    const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
    await mcp.connect(serverTransport);
    await client.connect(clientTransport);
    server = mcp;
  }
  return {
    client,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

/** Call a tool; returns structuredContent on success, or the parsed error object on isError. */
export async function call(client: Client, name: string, args: Record<string, unknown> = {}): Promise<any> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  if (result.isError) {
    const text = (result.content[0] as { text: string }).text;
    try {
      return JSON.parse(text);
    } catch {
      return { error: { code: 'validation_error', message: text } };
    }
  }
  return result.structuredContent;
}

export function textOf(result: CallToolResult): string {
  return result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
}
