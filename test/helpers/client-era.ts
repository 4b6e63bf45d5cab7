import { Client as V2Client } from '@modelcontextprotocol/client';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';

/**
 * Which MCP client the shared helpers connect with. Default: the v1 SDK client (2025-11-25).
 * `PROFILE_MCP_TEST_CLIENT=v2` runs the same suites with the SDK v2 client pinned to revision
 * 2026-07-28 (server/discover, per-request envelope, subscriptions/listen): `npm run test:mcp-v2`.
 */
export const CLIENT_ERA: 'v1' | 'v2' = process.env.PROFILE_MCP_TEST_CLIENT === 'v2' ? 'v2' : 'v1';
export const MODERN = CLIENT_ERA === 'v2';
export const MODERN_REVISION = '2026-07-28';

type Options = { capabilities?: Record<string, unknown> } & Record<string, unknown>;

/** Handlers are registered by method in v2; the suites pass v1 zod schemas: read the method off them. */
function methodOf(schemaOrMethod: unknown): string {
  if (typeof schemaOrMethod === 'string') return schemaOrMethod;
  const shape = (schemaOrMethod as { shape?: { method?: { value?: unknown } } }).shape;
  const method = shape?.method?.value;
  if (typeof method !== 'string') throw new Error('client-era: cannot read the method of a handler schema');
  return method;
}

/**
 * A real SDK v2 client pinned to 2026-07-28, shaped like the v1 Client the suites were written
 * against: handler registration by schema, and `subscribeResource`/`unsubscribeResource` mapped to
 * `subscriptions/listen` (one listen stream per subscribed URI), the way a 2026 client subscribes.
 * The connection itself, every request and every answer are the v2 SDK's own.
 */
export function modernClient(info: { name: string; version: string }, options: Options = {}): Client {
  const client = new V2Client(info, { ...options, versionNegotiation: { mode: { pin: MODERN_REVISION } } } as never);
  const listening = new Map<string, { close(): Promise<void> }>();
  const raw = client as unknown as Record<string, unknown> & {
    setNotificationHandler(method: string, handler: unknown): void;
    setRequestHandler(method: string, handler: unknown): void;
    listen(filter: { resourceSubscriptions: string[] }): Promise<{ close(): Promise<void> }>;
    close(): Promise<void>;
  };
  const setNotification = raw.setNotificationHandler.bind(client);
  const setRequest = raw.setRequestHandler.bind(client);
  const close = raw.close.bind(client);
  raw.setNotificationHandler = (schema: unknown, handler: unknown) => setNotification(methodOf(schema), handler);
  raw.setRequestHandler = (schema: unknown, handler: unknown) => setRequest(methodOf(schema), handler);
  raw.subscribeResource = async ({ uri }: { uri: string }) => {
    if (!listening.has(uri)) listening.set(uri, await raw.listen({ resourceSubscriptions: [uri] }));
    return {};
  };
  raw.unsubscribeResource = async ({ uri }: { uri: string }) => {
    await listening.get(uri)?.close();
    listening.delete(uri);
    return {};
  };
  raw.close = async () => {
    await Promise.all([...listening.values()].map((s) => s.close().catch(() => undefined)));
    listening.clear();
    await close();
  };
  return client as unknown as Client;
}
