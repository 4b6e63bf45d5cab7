import { readFileSync } from 'node:fs';
import type { ListToolsResult } from '@modelcontextprotocol/server';

/**
 * The `tools/list` answer of the standard server, written at build time (scripts/build-tool-list.mjs)
 * next to this module. Converting a dozen zod schemas to JSON Schema on the first `tools/list` is a
 * noticeable part of a stdio server's start-up; the build does it once instead. Used only when the
 * server registers exactly the tools the file lists; otherwise the SDK builds the list as usual.
 */
export const TOOL_LIST_FILE = new URL('./tool-list.json', import.meta.url);

let loaded: ListToolsResult | null | undefined;

export function precomputedToolList(names: readonly string[]): ListToolsResult | null {
  if (loaded === undefined) {
    try {
      loaded = JSON.parse(readFileSync(TOOL_LIST_FILE, 'utf8')) as ListToolsResult;
    } catch {
      loaded = null; // running from source (tsx) or a partial build: let the SDK build the list
    }
  }
  if (!loaded) return null;
  const listed = loaded.tools.map((t) => t.name).sort();
  const wanted = [...names].sort();
  return listed.length === wanted.length && listed.every((n, i) => n === wanted[i]) ? loaded : null;
}
