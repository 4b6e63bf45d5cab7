import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny fake of the Anthropic Messages API (`POST /v1/messages`) on 127.0.0.1, for tests that drive
 * the real `@anthropic-ai/sdk` (point it here with `baseURL: fake.url` or `ANTHROPIC_BASE_URL`).
 *
 * ```ts
 * const fake = await startFakeAnthropic({ reply: 'Hi there' });   // or: start({...})
 * const client = new Anthropic({ apiKey: 'test', baseURL: fake.url, maxRetries: 0 });
 * await client.messages.create({...});
 * fake.requests[0].body.system;   // what the SDK sent (parsed JSON)
 * fake.set({ status: 500 });      // change behaviour for the next requests
 * await fake.close();
 * ```
 *
 * Replies (option `reply`):
 * - a string: one text block with that text (the default is "Hello from the fake Anthropic API.");
 * - `{ tool: { name?, input } }`: one `tool_use` block (name defaults to the tool the request forced
 *   with `tool_choice: {type: 'tool', name}`, else to the first tool offered); `stop_reason: 'tool_use'`;
 * - `{ content: [...blocks], stop_reason? }`: the blocks as given;
 * - a function `(request) => reply`: computed per request (may return any of the above).
 * `status` (other than 200) answers with an Anthropic error body of that status instead
 * (`{type: 'error', error: {type, message}}`); `delayMs` waits before answering (the SDK's own timeout
 * then applies); `rawBody` sends exactly that text with status 200 (to test unparseable upstream output).
 * Every request to any path is recorded in `requests` (method, path, headers, parsed body).
 */

export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined when the body was empty or not JSON). */
  body: any;
}

export type FakeReply = string | { tool: { name?: string; input: unknown } } | { content: unknown[]; stop_reason?: string };

export interface FakeOptions {
  reply?: FakeReply | ((request: FakeRequest) => FakeReply);
  /** HTTP status to answer with; anything but 200 sends an Anthropic error object. Default 200. */
  status?: number;
  /** Milliseconds to wait before answering. Default 0. */
  delayMs?: number;
  /** Send this exact text as a 200 body (overrides reply). */
  rawBody?: string;
}

export interface FakeAnthropic {
  /** Base URL for the SDK (`http://127.0.0.1:PORT`); the SDK appends `/v1/messages`. */
  url: string;
  /** Every request received, oldest first. */
  requests: FakeRequest[];
  /** Requests whose connection the client closed before the answer was sent (an aborted call). */
  readonly aborted: number;
  /** Replace the options for the requests that follow. */
  set(options: FakeOptions): void;
  close(): Promise<void>;
}

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

export async function start(initial: FakeOptions = {}): Promise<FakeAnthropic> {
  let options = initial;
  const requests: FakeRequest[] = [];
  let counter = 0;
  let aborted = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        body = undefined;
      }
      const request: FakeRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body };
      requests.push(request);
      res.on('close', () => {
        if (!res.writableFinished) aborted++;
      });
      const current = options;
      const respond = () => {
        if (res.destroyed) return;
        const status = current.status ?? 200;
        if (status !== 200) {
          const type = ERROR_TYPES[status] ?? 'api_error';
          send(res, status, { type: 'error', error: { type, message: `fake upstream error ${status}` } });
          return;
        }
        if (current.rawBody !== undefined) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(current.rawBody);
          return;
        }
        const reply = typeof current.reply === 'function' ? current.reply(request) : current.reply;
        send(res, 200, messageFor(request, reply ?? 'Hello from the fake Anthropic API.', ++counter));
      };
      if (current.delayMs) setTimeout(respond, current.delayMs);
      else respond();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get aborted() {
      return aborted;
    },
    set(next) {
      options = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Alias with a descriptive name. */
export const startFakeAnthropic = start;

/** A base URL on 127.0.0.1 where nothing listens (a port that was bound, then released). */
export async function unreachableUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** All the text the SDK sent in a request: system prompt and every message, joined (for "contains" asserts). */
export function promptText(request: FakeRequest): string {
  const parts: string[] = [];
  const collect = (content: unknown) => {
    if (typeof content === 'string') parts.push(content);
    else if (Array.isArray(content)) for (const block of content) if (block && typeof block.text === 'string') parts.push(block.text);
  };
  collect(request.body?.system);
  for (const m of request.body?.messages ?? []) collect(m.content);
  return parts.join('\n');
}

function messageFor(request: FakeRequest, reply: FakeReply, n: number): object {
  let content: unknown[];
  let stop_reason = 'end_turn';
  if (typeof reply === 'string') {
    content = [{ type: 'text', text: reply, citations: null }];
  } else if ('tool' in reply) {
    const forced = request.body?.tool_choice?.type === 'tool' ? request.body.tool_choice.name : undefined;
    const name = reply.tool.name ?? forced ?? request.body?.tools?.[0]?.name ?? 'tool';
    content = [{ type: 'tool_use', id: `toolu_fake_${n}`, name, input: reply.tool.input, caller: { type: 'direct' } }];
    stop_reason = 'tool_use';
  } else {
    content = reply.content;
    stop_reason = reply.stop_reason ?? 'end_turn';
  }
  return {
    id: `msg_fake_${n}`,
    type: 'message',
    role: 'assistant',
    model: request.body?.model ?? 'claude-fake',
    content,
    stop_reason,
    stop_sequence: null,
    container: null,
    usage: { input_tokens: 11, output_tokens: 7, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
  };
}

function send(res: import('node:http').ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_fake', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
