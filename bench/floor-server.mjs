#!/usr/bin/env node
// The protocol floor: a bare SDK McpServer over stdio whose one tool, get_profile, returns a precomputed
// result captured from profile-mcp (same structuredContent, same text block, same input and output
// schemas). Timing it shows what MCP itself costs (JSON-RPC, stdio, SDK input/output validation, client
// validation) with no storage or service work at all.
//
//   FLOOR_RESULTS  JSON file: { "<collection_id or 'global'>": CallToolResult, ... }
//   FLOOR_SCHEMAS  path of profile-mcp's compiled dist/profiles/schemas.js
//   FLOOR_SCHEMA   "loose" (what-if): the same output schema with plain strings where Fact has ISO date-times
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';

const resultsFile = process.env.FLOOR_RESULTS;
const schemasFile = process.env.FLOOR_SCHEMAS;
if (!resultsFile || !schemasFile) {
  process.stderr.write('floor-server: FLOOR_RESULTS and FLOOR_SCHEMAS must be set\n');
  process.exit(2);
}
const { GetProfileInput, ProfileResult: StrictResult } = await import(pathToFileURL(schemasFile).href);
let ProfileResult = StrictResult;
if (process.env.FLOOR_SCHEMA === 'loose') {
  const { z } = await import('zod');
  const fact = StrictResult.shape.profile.shape.static.element;
  const loose = fact.extend({ created_at: z.string(), updated_at: z.string(), expires_at: z.string().nullable() });
  ProfileResult = StrictResult.extend({ profile: z.object({ static: z.array(loose), dynamic: z.array(loose) }) });
}
const results = JSON.parse(readFileSync(resultsFile, 'utf8'));

const server = new McpServer({ name: 'protocol-floor', version: '1.0.0' });
server.registerTool(
  'get_profile',
  {
    title: 'Read the user profile (precomputed)',
    description: 'Returns a precomputed get_profile result of profile-mcp.',
    inputSchema: GetProfileInput,
    outputSchema: ProfileResult,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
  },
  async (args) => {
    const result = results[args.collection_id ?? 'global'];
    if (!result) return { isError: true, content: [{ type: 'text', text: 'no precomputed result for this scope' }] };
    return result;
  },
);
await server.connect(new StdioServerTransport());
