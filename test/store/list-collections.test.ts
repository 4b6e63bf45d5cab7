import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/profiles/cursor.js';
import { ProfileService } from '../../src/profiles/service.js';
import { tempDir } from '../helpers/tmp.js';
import { jsonStore } from '../helpers/store.js';

/** list_collections at scale (issue 16): a page reads its own collections, not every collection of the account. */

const id = (n: number) => `user_${String(n).padStart(4, '0')}`;

describe('list_collections over the JSON directory', () => {
  it('reads only the page it answers, pages through every collection in id order, and skips empty ones', async () => {
    const dir = tempDir();
    const writer = new ProfileService({ store: jsonStore(dir) });
    for (let n = 0; n < 300; n++) await writer.patchProfile('acme', { facts: { role: `role ${n}` }, collection_id: id(n) });
    // collection 5 is emptied by deleting its one fact: its file stays, it is no longer listed
    const gone = await writer.listFacts('acme', { collection_id: id(5) });
    await writer.deleteFact('acme', { id: gone.facts[0]!.id, collection_id: id(5) });

    // a fresh store (another process): nothing cached
    const store = jsonStore(dir);
    const service = new ProfileService({ store });
    const first = await service.listCollections('acme', { limit: 10 });
    expect(store.counters.parses).toBeLessThanOrEqual(12);
    expect(first.collections.map((c) => c.collection_id)).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10].map(id));
    expect(first.collections[0]).toMatchObject({ fact_count: 1 });
    expect(first.total).toBe(299); // the emptied collection was read on the way, so it is known empty

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await service.listCollections('acme', { limit: 100, ...(cursor ? { cursor } : {}) });
      seen.push(...page.collections.map((c) => c.collection_id));
      cursor = page.next_cursor ?? undefined;
      expect(page.total).toBe(299);
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 300 }, (_, n) => id(n)).filter((c) => c !== id(5)));

    // the listing is cached while the directory is unchanged; a new collection changes it
    const collections = join(dir, 'accounts', 'acme', 'collections');
    const past = new Date(Date.now() - 60_000);
    utimesSync(collections, past, past);
    expect((await service.listCollections('acme', { limit: 1 })).total).toBe(299);
    await writer.patchProfile('acme', { facts: { role: 'new' }, collection_id: 'zz_new' });
    const last = await service.listCollections('acme', { limit: 500, cursor: encodeCursor(id(299)) });
    expect(last.collections.map((c) => c.collection_id)).toEqual(['zz_new']);
    expect(last.total).toBe(300);

    // a write through this service makes an empty collection count again
    await service.patchProfile('acme', { facts: { role: 'back' }, collection_id: id(5) });
    expect((await service.listCollections('acme', { limit: 1 })).total).toBe(301);
    await store.close();
  });
});
