/** Types of scripts/server-json.mjs (server.json for the MCP Registry; docs/registry.md). */
import type { z } from 'zod';

export interface ServerJson {
  $schema?: string;
  name?: string;
  version?: string;
  description?: string;
  packages?: Array<Record<string, unknown> & { registryType?: string; environmentVariables?: Array<Record<string, unknown> & { name: string }> }>;
  [key: string]: unknown;
}
export interface PackageJson {
  name: string;
  version: string;
  mcpName?: string;
  repository?: string | { type?: string; url?: string };
}
export const SERVER_JSON_PATH: string;
export const SCHEMA_PATH: string;
export const SCHEMA_URL: string;
export const SCHEMA_SHA256: string;
export const BUNDLE_ASSET: string;
export function readSchema(path?: string): Record<string, unknown>;
export function schemaProblems(doc: unknown): string[];
export function repositoryUrl(pkg: PackageJson): string;
export function bundleUrl(pkg: PackageJson): string;
export function synced(doc: ServerJson, pkg: PackageJson): ServerJson;
export function releaseServerJson(doc: ServerJson, pkg: PackageJson, bundleBytes: Uint8Array): ServerJson;
export function serverJsonProblems(
  doc: ServerJson,
  options: { pkg: PackageJson; envSchema: z.ZodObject<z.ZodRawShape>; release?: { bundleBytes: Uint8Array } },
): string[];
