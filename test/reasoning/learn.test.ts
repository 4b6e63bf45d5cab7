import { describe, expect, it } from 'vitest';
import { learnFrom, LEARN_RULES } from '../../src/profiles/learn.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { diskService, memoryService, scripted, snapshot } from './setup.js';

const offline = new OfflineReasoner();
const user = (content: string) => ({ role: 'user' as const, content });

describe('learn: confidence rules', () => {
  it('creates learned facts with source "conversation" and confidence below 1 (the example of docs/spec.md)', async () => {
    const service = memoryService();
    const result = await learnFrom(service, offline, 'a', { messages: [user("I'm a senior engineer at Acme and I prefer short answers")] });
    expect(result).toMatchObject({ status: 'success', created: 3, updated: 0, reinforced: 0, skipped: 0, reasoner: 'offline' });
    const role = result.changes.find((c) => c.key === 'role')!;
    expect(role).toMatchObject({ action: 'create', before: null, after: 'senior engineer', bucket: 'static', category: 'role' });
    expect(role.confidence).toBeLessThan(1);
    const fact = await service.getFact('a', { id: role.fact_id! });
    expect(fact).toMatchObject({ key: 'role', value: 'senior engineer', source: 'conversation' });
    expect(fact.confidence).toBeLessThan(1);
  });

  it('rates explicit statements higher than hedged ones', async () => {
    const service = memoryService();
    const explicit = await learnFrom(service, offline, 'a', { messages: [user('My name is Dana.')] });
    const hedged = await learnFrom(service, offline, 'a', { messages: [user("I guess I'm kind of a night owl.")] });
    expect(explicit.changes[0]!.confidence).toBeGreaterThan(hedged.changes[0]!.confidence);
  });

  it('reinforces the same fact seen again: confidence rises, capped below 1', async () => {
    const service = memoryService();
    const said = { messages: [user('I live in Oslo.')] };
    const first = await learnFrom(service, offline, 'a', said);
    let confidence = first.changes[0]!.confidence;
    for (let i = 0; i < 6; i++) {
      const again = await learnFrom(service, offline, 'a', said);
      expect(again).toMatchObject({ created: 0, updated: 0, reinforced: 1 });
      expect(again.changes[0]).toMatchObject({ action: 'reinforce', fact_id: first.changes[0]!.fact_id });
      expect(again.changes[0]!.confidence).toBeGreaterThanOrEqual(confidence);
      confidence = again.changes[0]!.confidence;
    }
    expect(confidence).toBe(LEARN_RULES.maxLearnedConfidence);
    expect(confidence).toBeLessThan(1);
    expect((await service.getFact('a', { id: first.changes[0]!.fact_id! })).history).toEqual([]);
  });

  it('replaces a learned value with a contradicting one and keeps the old value in history', async () => {
    const service = memoryService();
    const first = await learnFrom(service, offline, 'a', { messages: [user('I live in Oslo.')] });
    const second = await learnFrom(service, offline, 'a', { messages: [user('I live in Bergen.')] });
    expect(second).toMatchObject({ updated: 1, created: 0 });
    expect(second.changes[0]).toMatchObject({ key: 'location', action: 'update', before: 'Oslo', after: 'Bergen', fact_id: first.changes[0]!.fact_id });
    const fact = await service.getFact('a', { id: first.changes[0]!.fact_id! });
    expect(fact.value).toBe('Bergen');
    expect(fact.history[0]).toMatchObject({ value: 'Oslo', source: 'conversation' });
  });

  it("never overwrites a manual fact: a new value becomes a conflict proposal with the user's words", async () => {
    const service = memoryService();
    await service.patchProfile('a', { facts: { role: 'CTO' } });
    const result = await learnFrom(service, offline, 'a', { messages: [user("I'm a junior developer.")] });
    expect(result).toMatchObject({ conflicts: 1, skipped: 0, updated: 0, created: 0 });
    expect(result.changes[0]).toMatchObject({
      key: 'role',
      action: 'conflict',
      before: 'CTO',
      after: 'junior developer',
      proposal_id: expect.stringMatching(/^prop_/),
    });
    const { facts } = await service.listFacts('a', { key: 'role' });
    expect(facts[0]).toMatchObject({ value: 'CTO', source: 'manual', confidence: 1 });
    const { proposals } = await service.listPending('a', {});
    expect(proposals).toEqual([
      expect.objectContaining({
        id: result.changes[0]!.proposal_id,
        key: 'role',
        action: 'conflict',
        before: 'CTO',
        after: 'junior developer',
        evidence: "I'm a junior developer.",
        fact_id: facts[0]!.id,
      }),
    ]);
  });

  it('lets the latest word win over a learned fact whatever its confidence', async () => {
    const service = memoryService();
    await learnFrom(service, offline, 'a', { messages: [user('My name is Dana Scully.')] }); // explicit: 0.9
    const weak = await learnFrom(
      service,
      scripted({ extract: async () => [{ key: 'name', value: 'Fox', category: 'name', bucket: 'static', confidence: 0.5 }] }),
      'a',
      { messages: [user('x')] },
    );
    expect(weak.changes[0]).toMatchObject({ action: 'update', before: 'Dana Scully', after: 'Fox', confidence: 0.5 });
  });

  it('puts short-lived statements in the dynamic bucket with an expiry, and they expire', async () => {
    let now = Date.parse('2026-03-02T09:00:00.000Z');
    const service = memoryService(() => now);
    const result = await learnFrom(service, offline, 'a', { messages: [user("This week I'm preparing a talk for PyCon.")] });
    const change = result.changes[0]!;
    expect(change).toMatchObject({ key: 'current_focus', bucket: 'dynamic', action: 'create' });
    const fact = await service.getFact('a', { id: change.fact_id! });
    expect(fact.expires_at).toBe(new Date(now + 7 * 24 * 3600 * 1000).toISOString());
    now += 8 * 24 * 3600 * 1000;
    await expect(service.getFact('a', { id: change.fact_id! })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('grows list facts by union: new items update, known items reinforce', async () => {
    const service = memoryService();
    await learnFrom(service, offline, 'a', { messages: [user('I love hiking and jazz.')] });
    const more = await learnFrom(service, offline, 'a', { messages: [user('I love chess.')] });
    expect(more.changes[0]).toMatchObject({ key: 'interests', action: 'update', before: ['hiking', 'jazz'], after: ['hiking', 'jazz', 'chess'] });
    const same = await learnFrom(service, offline, 'a', { messages: [user('I enjoy jazz.')] });
    expect(same.changes[0]).toMatchObject({ action: 'reinforce' });
  });

  it('reinforces a list whose known items are said again beside new ones, and does not lower it for new items alone', async () => {
    const service = memoryService();
    const said = (value: string[], confidence: number) =>
      scripted({ extract: async () => [{ key: 'diet', value, category: 'preferences', bucket: 'static', confidence }] });
    const first = await learnFrom(service, said(['vegetarian'], 0.8), 'a', { messages: [user('x')] });
    expect(first.changes[0]!.confidence).toBe(0.8);
    // "definitely vegetarian, so no fish sauce": the known item again, and a new one.
    const both = await learnFrom(service, said(['vegetarian', 'no fish sauce'], 0.75), 'a', { messages: [user('y')] });
    expect(both.changes[0]).toMatchObject({ action: 'update', after: ['vegetarian', 'no fish sauce'] });
    expect(both.changes[0]!.confidence).toBe(0.8 + LEARN_RULES.reinforceStep);
    // A new item alone is the newest word: its confidence is the statement's.
    const only = await learnFrom(service, said(['no mushrooms'], 0.6), 'a', { messages: [user('z')] });
    expect(only.changes[0]!.confidence).toBe(0.6);
  });

  it('lets a communication-style preference replace the one it contradicts', async () => {
    const service = memoryService();
    await learnFrom(service, offline, 'a', { messages: [user('I prefer short answers and I like bullet points.')] });
    const flip = await learnFrom(service, offline, 'a', { messages: [user('I prefer detailed answers.')] });
    expect(flip.changes[0]!.after).toEqual(['bullet points', 'detailed answers']);
  });
});

describe('learn: what is mined', () => {
  it('mines user messages only; assistant turns are context', async () => {
    const service = memoryService();
    const result = await learnFrom(service, offline, 'a', {
      messages: [
        { role: 'assistant', content: "I'm a doctor in Paris and I love opera." },
        { role: 'assistant', content: 'What do you do for work?' },
        user('A pharmacist.'),
      ],
    });
    expect(result.changes.map((c) => [c.key, c.after])).toEqual([['role', 'pharmacist']]);
  });

  it('learns nothing from questions, requests, other people, hypotheticals or negations', async () => {
    const service = memoryService();
    const result = await learnFrom(service, offline, 'a', {
      messages: [
        user('My friend John is a doctor.'),
        user('Can you write me a poem about Paris?'),
        user('If I were rich I would live in Monaco.'),
        user("I'm not a doctor and I don't live in Rome anymore."),
        user('What is the capital of Peru?'),
      ],
    });
    // "I don't live in Rome anymore" withdraws a place nobody stored: reported as a skip, nothing written.
    expect(result.changes.filter((c) => c.action !== 'skip')).toEqual([]);
    expect(result).toMatchObject({ created: 0, updated: 0, retracted: 0 });
    expect((await service.getProfile('a', {})).fact_count).toBe(0);
  });

  it('never stores secrets, whatever the reasoner proposes', async () => {
    const service = memoryService();
    const result = await learnFrom(
      service,
      scripted({
        extract: async () => [
          { key: 'api_key', value: 'sk-123', category: 'other', bucket: 'static', confidence: 0.9 },
          { key: 'Bad Key!!', value: 'x', category: 'other', bucket: 'static', confidence: 0.9 },
        ],
      }),
      'a',
      { messages: [user('my api key is sk-123')] },
    );
    expect(result.changes).toEqual([]);
  });

  it('keeps scopes apart: learning in a collection never touches the global profile', async () => {
    const service = memoryService();
    await learnFrom(service, offline, 'a', { messages: [user('I live in Oslo.')], collection_id: 'c1' });
    expect((await service.getProfile('a', {})).fact_count).toBe(0);
    expect((await service.getProfile('a', { collection_id: 'c1' })).fact_count).toBe(1);
  });
});

describe('learn: writes', () => {
  it('dry_run previews the changes and leaves every file byte-identical', async () => {
    const { service, dir } = diskService();
    await service.patchProfile('a', { facts: { role: 'CTO' } });
    const before = snapshot(dir);
    const preview = await learnFrom(service, offline, 'a', { messages: [user("I'm a nurse and I live in Oslo.")], dry_run: true });
    expect(preview.status).toBe('preview');
    expect(preview.changes.map((c) => [c.key, c.action, c.fact_id === null])).toEqual([
      ['location', 'create', true],
      ['role', 'conflict', false],
    ]);
    expect(preview.changes[1]!.proposal_id).toBeNull();
    expect(snapshot(dir)).toEqual(before);
  });

  it('calls the model before taking the lock and merges on fresh data: a concurrent write is not lost', async () => {
    const { service } = diskService();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let extracting!: () => void;
    const started = new Promise<void>((r) => (extracting = r));
    const slow = scripted({
      extract: async () => {
        extracting();
        await gate;
        return [{ key: 'location', value: 'Oslo', category: 'custom_fields', bucket: 'static', confidence: 0.9 }];
      },
    });
    const learning = learnFrom(service, slow, 'a', { messages: [user('I live in Oslo')] });
    await started;
    // While the "model" thinks, another client writes to the same scope; the lock is free.
    await service.patchProfile('a', { facts: { company: 'Acme' } });
    release();
    await learning;
    const profile = await service.getProfile('a', {});
    expect(profile.profile.static.map((f) => [f.key, f.value])).toEqual([
      ['company', 'Acme'],
      ['location', 'Oslo'],
    ]);
  });

  it('gives keys that are not a category name one category, `other`, through learn as through patch_profile', async () => {
    const service = memoryService();
    const model = scripted({
      extract: async () => [
        { key: 'location', value: 'Oslo', category: 'custom_fields', bucket: 'static', confidence: 0.9 },
        { key: 'role', value: 'Nurse', category: 'custom_fields', bucket: 'static', confidence: 0.9 },
      ],
    });
    await learnFrom(service, model, 'a', { messages: [user('I live in Oslo and I am a nurse')] });
    await service.patchProfile('a', { facts: { hobby: 'chess' } });
    const { facts } = await service.listFacts('a', {});
    expect(Object.fromEntries(facts.map((f) => [f.key, f.category]))).toEqual({ hobby: 'other', location: 'other', role: 'role' });
  });

  it('writes nothing when the reasoner fails', async () => {
    const { service, dir } = diskService();
    await service.patchProfile('a', { facts: { role: 'CTO' } });
    const before = snapshot(dir);
    const failing = scripted({
      extract: async () => {
        throw Object.assign(new Error('boom'), { code: 'ECONNRESET' });
      },
    });
    await expect(learnFrom(service, failing, 'a', { messages: [user("I'm a nurse")] })).rejects.toThrow();
    expect(snapshot(dir)).toEqual(before);
  });
});
