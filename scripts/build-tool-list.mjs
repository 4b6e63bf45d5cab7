#!/usr/bin/env node
// Part of `npm run build`: write dist/mcp/tool-list.json, the tools/list answer of the standard
// server (core and reasoning tools), so a starting server need not convert its zod schemas to JSON
// Schema on the first tools/list (see src/mcp/tool-list.ts). Built from the compiled server itself.
import { writeFileSync } from 'node:fs';
import { ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';

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
// The SDK's own tools/list handler, called the way the protocol layer calls it.
const handler = server.server._requestHandlers.get(ListToolsRequestSchema.shape.method.value);
const result = await handler({ jsonrpc: '2.0', id: 0, method: 'tools/list', params: {} }, {});
writeFileSync(TOOL_LIST_FILE, `${JSON.stringify(result)}\n`);
process.stderr.write(`build-tool-list: ${result.tools.length} tools\n`);
