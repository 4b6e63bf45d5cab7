import { describe, expect, it } from 'vitest';
import { raw, rest, startHarness } from './helpers.js';

describe('GET /v1/profile caching', () => {
  it('answers an unchanged profile with the same bytes and ETag, 304 on If-None-Match, a new ETag after a write', async () => {
    const h = await startHarness({ accounts: ['acme'] });
    try {
      const api = rest(h.url, h.tokens.acme);
      await api.patch('/v1/profile', { role: 'Engineer', name: 'Ada' });
      const first = await api.get('/v1/profile');
      const second = await api.get('/v1/profile');
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toMatch(/^application\/json/);
      expect(first.json.name).toBe('Ada');
      expect(second.text).toBe(first.text);
      const etag = first.headers.etag!;
      expect(etag).toMatch(/^W\/"/);
      expect(second.headers.etag).toBe(etag);
      const notModified = await raw(h.url, '/v1/profile', { key: h.tokens.acme, headers: { 'if-none-match': etag } });
      expect(notModified.status).toBe(304);
      await api.patch('/v1/profile', { role: 'Staff Engineer' });
      const third = await api.get('/v1/profile');
      expect(third.headers.etag).not.toBe(etag);
      expect(third.json.profile.static[0].value).toBe('Staff Engineer');
      // another scope, another body
      expect((await api.get('/v1/profile?collection_id=c1')).json.fact_count).toBe(0);
    } finally {
      await h.close();
    }
  });
});
