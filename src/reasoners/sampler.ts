import type { CreateMessageRequest, CreateMessageResult, McpServer } from '@modelcontextprotocol/server';

/**
 * How the sampling reasoner reaches the client's model. On 2025 connections a `sampling/createMessage`
 * request on the session (`serverSampler`); on 2026-07-28, input requests (src/mcp/input-sampling.ts):
 * the sampler answers from what the client sent with the retried call, or throws `InputNeeded` so
 * the tool call returns an input request instead of a result.
 */
export type Sampler = (params: CreateMessageRequest['params'], options: { timeout: number; signal: AbortSignal }) => Promise<CreateMessageResult>;

/** The client's answers are needed first: not an error of the call, the tool answers with an input request. */
export class InputNeeded extends Error {
  constructor() {
    super('the client must answer input requests first');
    this.name = 'InputNeeded';
  }
}

export function serverSampler(server: McpServer): Sampler {
  return async (params, options) => (await server.server.createMessage(params, options)) as CreateMessageResult;
}
