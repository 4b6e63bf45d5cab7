import type { McpServer } from '@modelcontextprotocol/server';
import type { ProfileService, ScopeChange } from '../profiles/service.js';
import { errorFields, log } from '../log.js';

export const GLOBAL_URI = 'profile://me';
export const COLLECTION_URI_PREFIX = 'profile://collections/';

export function scopeUri(collection_id: string | null): string {
  return collection_id === null ? GLOBAL_URI : `${COLLECTION_URI_PREFIX}${collection_id}`;
}

interface Session {
  account: string;
  server: McpServer;
  uris: Set<string>;
  /** 2026-07-28 stdio: every change goes out; the SDK's listen router filters per subscription. */
  all: boolean;
}

/**
 * Every live MCP server (one per connection) with its account and subscribed URIs. A committed
 * write to a scope sends `notifications/resources/updated` to each subscribed session of that
 * account, whatever edge made the write, and never to another account.
 */
export class SubscriptionHub {
  private readonly sessions = new Set<Session>();
  private readonly stop: () => void;

  constructor(service: ProfileService) {
    this.stop = service.onChange((change) => this.publish(change));
  }

  attach(server: McpServer, account: string, options: { all?: boolean } = {}): Set<string> {
    const session: Session = { account, server, uris: new Set(), all: options.all === true };
    this.sessions.add(session);
    const previous = server.server.onclose;
    server.server.onclose = () => {
      this.sessions.delete(session);
      previous?.();
    };
    return session.uris;
  }

  get size(): number {
    return this.sessions.size;
  }

  close(): void {
    this.stop();
    this.sessions.clear();
  }

  private publish(change: ScopeChange): void {
    const uri = scopeUri(change.collection_id);
    for (const session of this.sessions) {
      if (session.account !== change.account || !(session.all || session.uris.has(uri))) continue;
      session.server.server.sendResourceUpdated({ uri }).catch((err: unknown) => {
        log.debug('could not send a resource update', errorFields(err));
      });
    }
  }
}
