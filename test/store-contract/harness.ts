import type { Store } from '../../src/profiles/ports.js';

/**
 * How the contract suite reaches one adapter. A "location" is a fresh, empty store (a temp directory,
 * a fresh database schema); opening it again gives another instance on the same data, the way a
 * second server process would see it.
 */
export interface StoreHarness {
  kind: 'json' | 'postgres';
  fresh(): Promise<string>;
  open(location: string): Promise<Store>;
  /** Arguments for test/store-contract/fixtures/writer.ts to open the same location in a child process. */
  childArgs(location: string): string[];
}

/** Open instances are closed after each test. */
export function tracked(harness: StoreHarness): StoreHarness & { closeAll(): Promise<void> } {
  const open: Store[] = [];
  return {
    ...harness,
    async open(location: string) {
      const store = await harness.open(location);
      open.push(store);
      return store;
    },
    async closeAll() {
      for (const store of open.splice(0)) await store.close().catch(() => undefined);
    },
  };
}
