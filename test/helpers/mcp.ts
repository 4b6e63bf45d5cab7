import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createMcpServer, type McpServerOptions } from '../../src/mcp/server.js';

/** A real SDK client connected to a fresh server over the in-memory transport. */
export async function connectClient(
  options: McpServerOptions,
  clientOptions: ConstructorParameters<typeof Client>[1] = {},
): Promise<{ client: Client; close: () => Promise<void> }> {
  const server = createMcpServer(options);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await server.connect(serverTransport);
  const client = new Client({ name: 'test-client', version: '1.0.0' }, clientOptions);
  await client.connect(clientTransport);
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
