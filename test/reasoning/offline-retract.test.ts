import { describe, expect, it } from 'vitest';
import { learnFrom } from '../../src/profiles/learn.js';
import { ProfileService } from '../../src/profiles/service.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { MemoryStore } from '../../src/store/memory.js';

/**
 * docs/spec.md §6 retractions through the offline rules: the same scenarios the model paths pass in
 * rules.test.ts ("retractions through the ... reasoner").
 */

const offline = new OfflineReasoner({ worker: false });
const user = (content: string) => ({ role: 'user' as const, content });
const learn = (service: ProfileService, content: string, review?: boolean) =>
  learnFrom(service, offline, 'local', { messages: [user(content)], ...(review === undefined ? {} : { review }) });
const fresh = () => new ProfileService({ store: new MemoryStore() });

describe('retractions through the offline reasoner', () => {
  it('removes a learned list item when the user says it no longer holds', async () => {
    const service = fresh();
    await learn(service, 'I love surfing and golf.');
    const result = await learn(service, 'Not into golf these days.');
    expect(result).toMatchObject({ retracted: 1 });
    expect(result.changes).toMatchObject([{ key: 'interests', action: 'retract', before: ['surfing', 'golf'], after: ['surfing'] }]);
  });

  it('removes a learned fact whose whole value is withdrawn ("I\'m not vegetarian anymore")', async () => {
    const service = fresh();
    await learn(service, "I'm vegetarian.");
    const result = await learn(service, "I'm not vegetarian anymore.");
    expect(result.changes).toMatchObject([{ key: 'diet', action: 'retract', before: ['vegetarian'] }]);
    expect((await service.listFacts('local', { key: 'diet' })).facts).toEqual([]);
  });

  it('a company withdrawn by name goes even when the stored value says more ("I quit Shoprite")', async () => {
    const service = fresh();
    await learn(service, "I'm a buyer at Shoprite head office in Cape Town.");
    const result = await learn(service, 'I quit Shoprite last week, going freelance as a retail consultant.');
    expect(result.changes.find((c) => c.key === 'company')).toMatchObject({ action: 'retract', before: 'Shoprite head office' });
    expect((await service.listFacts('local', { key: 'role' })).facts[0]).toMatchObject({ value: 'retail consultant' });
  });

  it('a withdrawal that names a topic removes what holds it ("forget what I said about the gluten thing")', async () => {
    const service = fresh();
    await learn(service, "I'm gluten intolerant and I live in Shoreditch, I love climbing and pottery");
    const forgot = await learn(service, 'forget what I said about the gluten thing, turns out it was lactose all along');
    expect(forgot.retracted).toBeGreaterThan(0);
    const live = JSON.stringify((await service.listFacts('local', {})).facts.map((f) => f.value));
    expect(live).not.toMatch(/gluten/);
    expect(live).toMatch(/Shoreditch/);
    expect(live).toMatch(/lactose/);
    // "…after all", "remove … from my profile" and "don't save …" withdraw the same way; one item of a list goes alone.
    await learn(service, "turns out I'm not that into pottery after all");
    expect((await service.listFacts('local', { key: 'interests' })).facts[0]?.value).toEqual(['climbing']);
    await learn(service, 'please remove Shoreditch from my profile');
    expect((await service.listFacts('local', { key: 'location' })).facts).toEqual([]);
  });

  it('ordinary requests with "forget", "remove" or "after all" withdraw nothing', async () => {
    const service = fresh();
    await learn(service, "I'm hard of hearing, I code in Python and I keep my keys on a hook");
    const before = (await service.listFacts('local', {})).facts.map((f) => f.value);
    for (const said of [
      'I always forget my keys, any tips?',
      'remove duplicates from this Python list',
      "it's not that hard after all, thanks",
      'delete the last paragraph of this draft',
      'forget it, let us do the SQL instead',
    ])
      await learn(service, said);
    expect((await service.listFacts('local', {})).facts.map((f) => f.value)).toEqual(before);
  });

  it('a stored fact mentioned again in passing is reinforced, never changed ("yoga again today")', async () => {
    const service = fresh();
    await learn(service, 'i do yoga most mornings before work');
    const first = (await service.listFacts('local', { key: 'interests' })).facts[0]!;
    const again = await learn(service, 'yoga again today, 30 day streak');
    expect(again.changes.find((c) => c.key === 'interests')).toMatchObject({ action: 'reinforce', before: first.value, after: first.value });
    const raised = (await service.listFacts('local', { key: 'interests' })).facts[0]!;
    expect(raised.confidence).toBeGreaterThan(first.confidence);
    // Someone else's yoga, a question, or stopping it is no mention of the user's own.
    for (const said of ['my sister does yoga every day', 'is yoga good for back pain?', "I haven't done yoga in weeks, not doing it anymore"]) {
      const r = await learn(service, said);
      expect(r.changes.filter((c) => c.key === 'interests' && c.action === 'reinforce')).toEqual([]);
    }
  });

  it('a value that cannot hold beside the stored one replaces it ("pescatarian now" over "vegetarian")', async () => {
    const service = fresh();
    await learn(service, "vegetarian here, and I'm allergic to peanuts");
    await learn(service, "I've started eating fish again, so pescatarian now I guess");
    const diet = JSON.stringify((await service.listFacts('local', {})).facts.map((f) => f.value));
    expect(diet).toMatch(/pescatarian/);
    expect(diet).not.toMatch(/vegetarian/);
    expect(diet).toMatch(/peanut/);
  });

  it('a retraction of a manual fact becomes a conflict proposal to remove it', async () => {
    const service = fresh();
    await service.patchProfile('local', { facts: { company: 'Acme' } });
    const result = await learn(service, 'I quit Acme.');
    expect(result.changes).toMatchObject([{ key: 'company', action: 'conflict', before: 'Acme', after: null }]);
    expect((await service.listFacts('local', { key: 'company' })).facts[0]).toMatchObject({ value: 'Acme' });
    expect((await service.listPending('local', {})).proposals).toMatchObject([{ action: 'conflict', after: null }]);
  });

  it('"I used to X, now Y" replaces X with Y', async () => {
    const service = fresh();
    await learn(service, 'I live in Rome.');
    const result = await learn(service, 'I used to live in Rome, now I live in Paris.');
    expect(result.changes).toMatchObject([{ key: 'location', action: 'update', before: 'Rome', after: 'Paris' }]);
  });

  it('under review mode a retraction of a learned fact waits as a pending "retract" proposal', async () => {
    const service = fresh();
    await learn(service, 'I love surfing and golf.');
    const result = await learn(service, 'Not into golf these days.', true);
    expect(result.changes).toMatchObject([{ key: 'interests', action: 'pending', after: ['surfing'] }]);
    expect((await service.listPending('local', {})).proposals).toMatchObject([{ action: 'retract', after: ['surfing'] }]);
  });
});
