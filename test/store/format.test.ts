import { describe, expect, it } from 'vitest';
import { ProfileService } from '../../src/profiles/service.js';
import { serialiseScopeDoc, validateScopeFile } from '../../src/store/json-dir/format.js';
import { MemoryStore } from '../../src/store/memory.js';

describe('scope file bytes', () => {
  it('are exactly JSON.stringify of the document (with the activity log marker), also when facts are reused across documents', async () => {
    const service = new ProfileService({ store: new MemoryStore() });
    await service.patchProfile('local', { facts: { name: 'Zoë 🧑‍💻', nested: { a: [1, { b: null }], 'quo"te': '\\n' }, n: -0.5 } });
    await service.patchProfile('local', { facts: { name: 'Zoe' } });
    const first = await service.store.read({ account: 'local', collection_id: null });
    const withSession = {
      ...first,
      sessions: [
        {
          id: 'sess_1',
          created_at: '2026-11-28T10:00:00.000Z',
          updated_at: '2026-11-28T10:00:00.000Z',
          turns: [{ role: 'user' as const, content: 'hi ü', at: '2026-11-28T10:00:00.000Z' }],
        },
      ],
    };
    for (const doc of [first, withSession, { ...first, facts: [] }]) {
      const bytes = serialiseScopeDoc(doc);
      const { activity, ...rest } = doc;
      expect(bytes.toString('utf8')).toBe(JSON.stringify({ ...rest, activity_logged: null, activity_first: null, activity }));
      expect(validateScopeFile(bytes.toString('utf8'))).toEqual({ doc, logged: null, first: null });
      // Operations up to one the log holds are left out of the file, which names that operation.
      const split = serialiseScopeDoc(doc, { logged: activity[0]!.id, first: activity[0]!.id, from: 1 });
      expect(split.toString('utf8')).toBe(
        JSON.stringify({ ...rest, activity_logged: activity[0]!.id, activity_first: activity[0]!.id, activity: activity.slice(1) }),
      );
    }
  });
});
