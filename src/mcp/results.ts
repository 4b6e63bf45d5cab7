import type { CallToolResult } from '@modelcontextprotocol/server';
import { toProfileError } from '../profiles/errors.js';
import { errorFields, log } from '../log.js';

/** The one place where a thrown error becomes an MCP tool result: isError, no structuredContent. */
export function toolError(err: unknown, tool: string): CallToolResult {
  const error = toProfileError(err);
  if (error.code === 'internal_error') log.error('tool failed', { tool, ...errorFields(err) });
  return { isError: true, content: [{ type: 'text', text: JSON.stringify(error.toBody()) }] };
}

export function toolSuccess(result: object, text: string): CallToolResult {
  return { structuredContent: result as Record<string, unknown>, content: [{ type: 'text', text }] };
}
