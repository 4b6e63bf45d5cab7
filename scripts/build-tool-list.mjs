#!/usr/bin/env node
// Part of `npm run build`: write dist/mcp/tool-list.json, the tools/list answer of the standard
// server (core and reasoning tools), so a starting server need not convert its zod schemas to JSON
// Schema on the first tools/list (see src/mcp/tool-list.ts). Built from the compiled server itself.
import { writeFileSync } from 'node:fs';
import { InMemoryTransport } from '@modelcontextprotocol/server';

const dist = new URL('../dist/', import.meta.url);
const { createMcpServer } = await import(new URL('mcp/server.js', dist).href);
const { ProfileService } = await import(new URL('profiles/service.js', dist).href);
const { MemoryStore } = await import(new URL('store/memory.js', dist).href);
const { reasonerFactoryFromEnv } = await import(new URL('reasoners/index.js', dist).href);
const { TOOL_LIST_FILE } = await import(new URL('mcp/tool-list.js', dist).href);

const server = createMcpServer({
  service: new ProfileService({ store: new MemoryStore() }),
  account: 'local',
  reasoners: reasonerFactoryFromEnv({}),
  precomputedToolList: false,
});
// The SDK's own tools/list answer, asked over an in-memory pair the way a 2025 client asks it.
const [near, far] = InMemoryTransport.createLinkedPair();
const answers = new Map();
near.onmessage = (message) => {
  if ('id' in message) answers.get(message.id)?.(message);
};
const ask = (id, method, params) =>
  new Promise((resolve, reject) => {
    answers.set(id, (message) => (message.error ? reject(new Error(message.error.message)) : resolve(message.result)));
    void near.send({ jsonrpc: '2.0', id, method, params });
  });
await server.connect(far);
await near.start();
await ask(1, 'initialize', { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'build-tool-list', version: '0' } });
await near.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
const result = await ask(2, 'tools/list', {});
await server.close();
writeFileSync(TOOL_LIST_FILE, `${JSON.stringify(result)}\n`);
process.stderr.write(`build-tool-list: ${result.tools.length} tools\n`);
