import pg from 'pg';
import type { ClientConfig, Notification } from 'pg';
import { log } from '../../log.js';
import { pgErrorFields } from './errors.js';

/** What a write announces on the change channel (the payload of NOTIFY, as JSON). */
export interface ChangeNotice {
  account: string;
  collection_id: string | null;
  /** The random id of the store instance that wrote. */
  origin: string;
}

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5_000;

/**
 * One dedicated connection that LISTENs on the change channel and hands every notice to `onNotice`.
 * When the connection fails it reconnects with backoff (notices sent while it was down are lost; the
 * log says so). `ready()` resolves once LISTEN is in effect.
 */
export class ChangeListener {
  private client: pg.Client | undefined;
  private closed = false;
  private retryMs = RETRY_MIN_MS;
  private timer: NodeJS.Timeout | undefined;
  private listening = false;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly config: ClientConfig,
    private readonly channel: string,
    private readonly onNotice: (notice: ChangeNotice) => void,
  ) {}

  start(): void {
    if (this.client || this.timer || this.closed) return;
    void this.connect();
  }

  /** Resolves when LISTEN is active (immediately if it already is). */
  ready(): Promise<void> {
    if (this.listening) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const client = this.client;
    this.client = undefined;
    this.listening = false;
    for (const wake of this.waiters.splice(0)) wake();
    if (client) await client.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ ...this.config, keepAlive: true });
    this.client = client;
    let failed = false;
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      if (this.client === client) this.client = undefined;
      const wasListening = this.listening;
      this.listening = false;
      client.end().catch(() => undefined);
      if (this.closed) return;
      log.warn(
        wasListening
          ? 'lost the PostgreSQL change listener; reconnecting (changes made by other processes meanwhile are not announced)'
          : 'cannot start the PostgreSQL change listener; retrying',
        { ...pgErrorFields(err), retry_ms: this.retryMs },
      );
      this.timer = setTimeout(() => {
        this.timer = undefined;
        if (!this.closed) void this.connect();
      }, this.retryMs);
      this.timer.unref();
      this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
    };
    client.on('error', fail);
    client.on('end', () => fail(new Error('connection ended')));
    client.on('notification', (msg: Notification) => this.handle(msg));
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
    } catch (err) {
      fail(err);
      return;
    }
    if (failed || this.closed) return;
    this.listening = true;
    this.retryMs = RETRY_MIN_MS;
    for (const wake of this.waiters.splice(0)) wake();
  }

  private handle(msg: Notification): void {
    if (msg.channel !== this.channel || msg.payload === undefined) return;
    let notice: ChangeNotice;
    try {
      const parsed = JSON.parse(msg.payload) as Partial<ChangeNotice>;
      if (
        typeof parsed.account !== 'string' ||
        typeof parsed.origin !== 'string' ||
        !(parsed.collection_id === null || typeof parsed.collection_id === 'string')
      ) {
        throw new Error('bad shape');
      }
      notice = { account: parsed.account, collection_id: parsed.collection_id, origin: parsed.origin };
    } catch {
      log.debug('ignored a malformed change notice', { channel: this.channel });
      return;
    }
    this.onNotice(notice);
  }
}
