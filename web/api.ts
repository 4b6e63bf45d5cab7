/**
 * The page's only way to the server: the public REST API under /v1 (relative to the page, so the
 * page also works behind a proxy that serves it under a path). The API key, when one is needed,
 * lives in sessionStorage (this tab only) and travels as `Authorization: Bearer`.
 */

const KEY_STORAGE = 'profile-mcp.api-key';

/** The spec's error object, or a network failure (status 0, code "network"). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function storedKey(): string | null {
  try {
    return sessionStorage.getItem(KEY_STORAGE);
  } catch {
    return null;
  }
}

export function storeKey(key: string | null): void {
  try {
    if (key === null) sessionStorage.removeItem(KEY_STORAGE);
    else sessionStorage.setItem(KEY_STORAGE, key);
  } catch {
    // storage disabled: the key is not kept, the user is asked again after a reload
  }
}

let onUnauthorized: ((error: ApiError) => void) | null = null;

/** Called on every 401 (missing, unknown or revoked key) before the request's promise rejects. */
export function setUnauthorizedHandler(handler: (error: ApiError) => void): void {
  onUnauthorized = handler;
}

export type Query = Record<string, string | number | null | undefined>;

function urlOf(path: string, query: Query = {}): string {
  const url = new URL(`v1${path}`, document.baseURI);
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(name, String(value));
  }
  return url.toString();
}

function headersFor(key: string | null, body: boolean): Record<string, string> {
  // The activity records writes from this page as coming through the review page.
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Profile-Client': 'review-page' };
  if (body) headers['Content-Type'] = 'application/json';
  if (key) headers.Authorization = `Bearer ${key}`;
  return headers;
}

async function errorOf(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    if (body.error && typeof body.error.code === 'string' && typeof body.error.message === 'string') {
      return new ApiError(res.status, body.error.code, body.error.message, body.error.details);
    }
  } catch {
    // not the spec's error object: described below
  }
  return new ApiError(res.status, 'http_error', `The server answered ${res.status} ${res.statusText || ''}`.trim() + '.');
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Use this key instead of the stored one (checking a key before keeping it). */
  key?: string | null;
}

/**
 * Another road to the server for the same requests: the MCP App (web/app/) answers them with tool
 * calls through its host, so the Inbox and the Activity run unchanged in both.
 */
export type Transport = (method: string, path: string, options: RequestOptions) => Promise<unknown>;
let transport: Transport | null = null;

export function setTransport(next: Transport): void {
  transport = next;
}

export async function api<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  if (transport) return (await transport(method, path, options)) as T;
  const key = options.key !== undefined ? options.key : storedKey();
  let res: Response;
  try {
    res = await fetch(urlOf(path, options.query), {
      method,
      headers: headersFor(key, options.body !== undefined),
      body: options.body === undefined ? null : JSON.stringify(options.body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ApiError(0, 'network', 'Cannot reach the server. Is `profile-mcp http` still running?');
  }
  if (!res.ok) {
    const error = await errorOf(res);
    if (res.status === 401 && options.key === undefined) onUnauthorized?.(error);
    throw error;
  }
  return (await res.json()) as T;
}

/** A request that outlives the page (pagehide): used to commit pending deletes. */
export function sendOnExit(method: string, path: string, query: Query = {}): void {
  try {
    void fetch(urlOf(path, query), { method, headers: headersFor(storedKey(), false), keepalive: true, credentials: 'omit' }).catch(() => undefined);
  } catch {
    // nothing more can be done while the page goes away
  }
}
