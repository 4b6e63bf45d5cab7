import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Reasoner } from '../profiles/reasoning.js';
import { AnthropicReasoner } from './anthropic.js';
import { reasonerConfigFromEnv, type ReasonerConfig } from './config.js';
import { OfflineReasoner } from './offline/index.js';
import { SamplingReasoner, clientCanSample } from './sampling.js';
import { unavailableReasoner } from './unavailable.js';

/**
 * Picks the reasoner for one call. `client.server` is the McpServer of the MCP connection making
 * the call (needed for sampling); REST calls pass nothing, so sampling is never chosen there.
 */
export type ReasonerFactory = (client?: { server?: McpServer }) => Reasoner;

/**
 * PROFILE_MCP_REASONER=auto (default): anthropic when ANTHROPIC_API_KEY is set, else sampling when the
 * connected client declared it, else offline. `anthropic` without a key and `sampling` without a
 * sampling client answer `llm_unavailable` when used. A bad setting throws at start-up.
 */
export function reasonerFactoryFromEnv(env: NodeJS.ProcessEnv = process.env): ReasonerFactory {
  return reasonerFactory(reasonerConfigFromEnv(env));
}

export function reasonerFactory(config: ReasonerConfig): ReasonerFactory {
  const offline = new OfflineReasoner();
  let anthropic: Reasoner | undefined;
  const anthropicReasoner = (): Reasoner => {
    if (!config.apiKey) {
      return unavailableReasoner(
        'anthropic',
        'PROFILE_MCP_REASONER is "anthropic" but ANTHROPIC_API_KEY is not set. Set the key, or use PROFILE_MCP_REASONER=auto or offline.',
      );
    }
    anthropic ??= new AnthropicReasoner({
      apiKey: config.apiKey,
      baseURL: config.baseURL,
      model: config.model,
      timeoutMs: config.timeoutMs,
      maxRetries: config.maxRetries,
    });
    return anthropic;
  };
  const samplingReasoner = (server: McpServer | undefined): Reasoner =>
    clientCanSample(server)
      ? new SamplingReasoner(server, { timeoutMs: config.samplingTimeoutMs })
      : unavailableReasoner(
          'sampling',
          server
            ? 'PROFILE_MCP_REASONER is "sampling" but the connected MCP client does not offer sampling (sampling/createMessage). Use a client that does, or PROFILE_MCP_REASONER=auto.'
            : 'PROFILE_MCP_REASONER is "sampling", which needs an MCP client that offers sampling; it is not available over REST.',
        );
  return (client) => {
    switch (config.mode) {
      case 'offline':
        return offline;
      case 'anthropic':
        return anthropicReasoner();
      case 'sampling':
        return samplingReasoner(client?.server);
      case 'auto':
        if (config.apiKey) return anthropicReasoner();
        if (clientCanSample(client?.server)) return samplingReasoner(client?.server);
        return offline;
    }
  };
}

export { OfflineReasoner } from './offline/index.js';
export { AnthropicReasoner } from './anthropic.js';
export { SamplingReasoner, clientCanSample } from './sampling.js';
export { reasonerConfigFromEnv, DEFAULT_MODEL, REASONER_MODES, type ReasonerConfig, type ReasonerMode } from './config.js';
