import type { EventStore, JSONRPCMessage } from '@modelcontextprotocol/server';

interface StoredEvent {
  streamId: string;
  message: JSONRPCMessage;
  size: number;
}

/**
 * Events of one Streamable HTTP session, kept so a client that lost its SSE stream can resume with
 * Last-Event-ID. Bounded: the oldest events go first once `maxEvents` or `maxBytes` is exceeded (a
 * resume from an event that was dropped replays nothing).
 */
export class BoundedEventStore implements EventStore {
  private readonly events = new Map<string, StoredEvent>();
  private bytes = 0;
  private sequence = 0;

  constructor(
    private readonly maxEvents = 500,
    private readonly maxBytes = 4 * 1024 * 1024,
  ) {}

  async storeEvent(streamId: string, message: JSONRPCMessage): Promise<string> {
    const id = `${(++this.sequence).toString(36).padStart(8, '0')}`;
    const size = JSON.stringify(message).length;
    this.events.set(id, { streamId, message, size });
    this.bytes += size;
    while (this.events.size > this.maxEvents || (this.bytes > this.maxBytes && this.events.size > 1)) {
      const [oldest, event] = this.events.entries().next().value as [string, StoredEvent];
      this.events.delete(oldest);
      this.bytes -= event.size;
    }
    return id;
  }

  async getStreamIdForEventId(eventId: string): Promise<string | undefined> {
    return this.events.get(eventId)?.streamId;
  }

  async replayEventsAfter(lastEventId: string, { send }: { send: (eventId: string, message: JSONRPCMessage) => Promise<void> }): Promise<string> {
    const last = this.events.get(lastEventId);
    if (!last) return '';
    let after = false;
    for (const [id, event] of [...this.events]) {
      if (id === lastEventId) {
        after = true;
        continue;
      }
      if (after && event.streamId === last.streamId && Object.keys(event.message).length > 0) await send(id, event.message);
    }
    return last.streamId;
  }

  get size(): number {
    return this.events.size;
  }
}
