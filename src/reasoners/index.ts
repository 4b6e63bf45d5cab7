import type { McpServer } from '@modelcontextprotocol/server';
import type { Reasoner, ReasonerName } from '../profiles/reasoning.js';
import { reasonerConfigFromEnv, type ReasonerConfig } from './config.js';
import { unavailableReasoner } from './unavailable.js';
import { serverSampler, type Sampler } from './sampler.js';

/**
 * Picks the reasoner for one call. `client.server` is the McpServer of the MCP connection making
 * the call (2025 sampling goes through it); `client.sampler` is there on a 2026-07-28 request whose
 * envelope declares sampling (input requests, src/mcp/input-sampling.ts). REST calls pass nothing,
 * so sampling is never chosen there.
 */
export type ReasonerFactory = (client?: ReasonerClient) => Reasoner;

export interface ReasonerClient {
  server?: McpServer;
  sampler?: Sampler;
}

/** How this call can reach the client's model, if it can: input requests (2026-07-28) or the session (2025). */
function samplerOf(client: ReasonerClient | undefined): Sampler | undefined {
  if (client?.sampler) return client.sampler;
  return clientCanSample(client?.server) ? serverSampler(client.server) : undefined;
}

/**
 * PROFILE_MCP_REASONER=auto (default): anthropic when ANTHROPIC_API_KEY is set, else sampling when the
 * connected client declared it, else offline. `anthropic` without a key and `sampling` without a
 * sampling client answer `llm_unavailable` when used. A bad setting throws at start-up.
 */
export function reasonerFactoryFromEnv(env: NodeJS.ProcessEnv = process.env): ReasonerFactory {
  return reasonerFactory(reasonerConfigFromEnv(env));
}

/** Whether the MCP client behind `server` declared the sampling capability. */
export function clientCanSample(server: McpServer | undefined): server is McpServer {
  return Boolean(server?.server.getClientCapabilities()?.sampling);
}

/**
 * A reasoner whose implementation module is loaded on its first call, so that starting a server
 * (stdio hosts launch it often) does not pay for rule tables, prompts or SDKs it may never use.
 */
function lazy(name: ReasonerName, load: () => Promise<Reasoner>): Reasoner {
  let loaded: Promise<Reasoner> | undefined;
  const get = () =>
    (loaded ??= load().catch((err: unknown) => {
      loaded = undefined;
      throw err;
    }));
  return {
    name,
    answer: async (input) => (await get()).answer(input),
    extract: async (input) => (await get()).extract(input),
    complete: async (input) => (await get()).complete(input),
  };
}

export function reasonerFactory(config: ReasonerConfig): ReasonerFactory {
  const offline = lazy('offline', async () => new (await import('./offline/index.js')).OfflineReasoner());
  let anthropic: Reasoner | undefined;
  const anthropicReasoner = (): Reasoner => {
    if (!config.apiKey) {
      return unavailableReasoner(
        'anthropic',
        'PROFILE_MCP_REASONER is "anthropic" but ANTHROPIC_API_KEY is not set. Set the key, or use PROFILE_MCP_REASONER=auto or offline.',
      );
    }
    const apiKey = config.apiKey;
    anthropic ??= lazy(
      'anthropic',
      async () =>
        new (await import('./anthropic.js')).AnthropicReasoner({
          apiKey,
          baseURL: config.baseURL,
          model: config.model,
          extractModel: config.extractModel,
          answerModel: config.answerModel,
          timeoutMs: config.timeoutMs,
          maxRetries: config.maxRetries,
        }),
    );
    return anthropic;
  };
  const samplingReasoner = (client: ReasonerClient | undefined): Reasoner => {
    const sampler = samplerOf(client);
    return sampler
      ? lazy('sampling', async () => new (await import('./sampling.js')).SamplingReasoner(sampler, { timeoutMs: config.samplingTimeoutMs }))
      : unavailableReasoner(
          'sampling',
          client?.server
            ? 'PROFILE_MCP_REASONER is "sampling" but the connected MCP client does not offer sampling (sampling/createMessage). Use a client that does, or PROFILE_MCP_REASONER=auto.'
            : 'PROFILE_MCP_REASONER is "sampling", which needs an MCP client that offers sampling; it is not available over REST.',
        );
  };
  return (client) => {
    switch (config.mode) {
      case 'offline':
        return offline;
      case 'anthropic':
        return anthropicReasoner();
      case 'sampling':
        return samplingReasoner(client);
      case 'auto':
        if (config.apiKey) return anthropicReasoner();
        if (samplerOf(client)) return samplingReasoner(client);
        return offline;
    }
  };
}

export { reasonerConfigFromEnv, DEFAULT_MODEL, REASONER_MODES, type ReasonerConfig, type ReasonerMode } from './config.js';
