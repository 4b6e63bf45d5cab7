import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatCompletion } from '../../src/profiles/chat.js';
import { importDocument } from '../../src/profiles/transfer.js';
import { ProfileService } from '../../src/profiles/service.js';
import { MemoryStore } from '../../src/store/memory.js';
import { DRIVERS, user, type Driver } from './drivers.js';

/**
 * docs/spec.md §6's learning rules, for every reasoner path (offline rules, Anthropic through the fake
 * Messages API, the MCP client's model through sampling). Retractions of the offline path wait in
 * offline-retract.test.ts until its extractor emits them.
 */

const DAY = 24 * 3600 * 1000;

function setup(learnMode?: 'auto' | 'review') {
  let now = Date.parse('2026-06-01T09:00:00.000Z');
  const service = new ProfileService({ store: new MemoryStore(), clock: () => now, learnMode });
  return { service, advance: (ms: number) => (now += ms) };
}

const location = async (service: ProfileService) => (await service.listFacts('local', { key: 'location' })).facts[0];

describe.each(DRIVERS)('learning rules through the %s reasoner', (_name, make) => {
  let driver: Driver;
  beforeEach(async () => {
    driver = await make();
  });
  afterEach(async () => {
    await driver.close();
  });

  it('a correction after reinforcement wins: Calgary twice, then Halifax', async () => {
    const { service, advance } = setup();
    const first = await driver.learn(service, { messages: [user('I live in Calgary.')] });
    expect(first.changes).toMatchObject([{ key: 'location', action: 'create', after: 'Calgary' }]);
    advance(1000);
    const again = await driver.learn(service, { messages: [user('I live in Calgary.')] });
    expect(again.changes).toMatchObject([{ key: 'location', action: 'reinforce' }]);
    expect(again.changes[0]!.confidence).toBeLessThanOrEqual(0.95);
    advance(1000);
    const moved = await driver.learn(service, { messages: [user('I live in Halifax.')] });
    expect(moved).toMatchObject({ updated: 1, skipped: 0, conflicts: 0 });
    expect(moved.changes).toMatchObject([{ key: 'location', action: 'update', before: 'Calgary', after: 'Halifax', fact_id: first.changes[0]!.fact_id }]);
    const fact = await service.getFact('local', { id: first.changes[0]!.fact_id! });
    expect(fact).toMatchObject({ value: 'Halifax', source: 'conversation' });
    expect(fact.confidence).toBeLessThan(1);
    expect(fact.history.map((h) => h.value)).toEqual(['Calgary']);
  });

  it("a new value for a manual fact is a conflict proposal with the user's words; the fact is unchanged", async () => {
    const { service } = setup();
    await service.patchProfile('local', { facts: { location: 'Calgary' } });
    const result = await driver.learn(service, { messages: [user('I live in Halifax.')] });
    expect(result).toMatchObject({ conflicts: 1, updated: 0, skipped: 0 });
    const change = result.changes[0]!;
    expect(change).toMatchObject({ key: 'location', action: 'conflict', before: 'Calgary', after: 'Halifax' });
    expect(await location(service)).toMatchObject({ value: 'Calgary', source: 'manual', confidence: 1 });
    const { proposals } = await service.listPending('local', {});
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({
      id: change.proposal_id,
      key: 'location',
      action: 'conflict',
      before: 'Calgary',
      after: 'Halifax',
      collection_id: null,
    });
    expect(proposals[0]!.evidence).toContain('I live in Halifax');
    // Saying it again replaces the proposal rather than piling up copies.
    await driver.learn(service, { messages: [user('I live in Halifax.')] });
    expect((await service.listPending('local', {})).total).toBe(1);
  });

  it('new items join an imported list (union) and the list keeps its source', async () => {
    const { service } = setup();
    await importDocument(service, 'local', {
      format: 'profile-mcp.export',
      version: 1,
      scopes: [{ collection_id: null, facts: [{ key: 'interests', value: ['chess', 'jazz'] }] }],
    });
    const result = await driver.learn(service, { messages: [user('I love surfing.')] });
    expect(result.changes).toMatchObject([{ key: 'interests', action: 'update', before: ['chess', 'jazz'], after: ['chess', 'jazz', 'surfing'] }]);
    const fact = (await service.listFacts('local', { key: 'interests' })).facts[0]!;
    expect(fact).toMatchObject({ value: ['chess', 'jazz', 'surfing'], source: 'import' });
    expect((await service.getFact('local', { id: fact.id })).history.map((h) => h.value)).toEqual([['chess', 'jazz']]);
    expect((await service.listPending('local', {})).total).toBe(0);
  });

  it("review mode: every change but reinforcement waits as a pending proposal; accepting writes the person's word", async () => {
    const { service } = setup('review');
    const pending = await driver.learn(service, { messages: [user('I live in Calgary.')] });
    expect(pending).toMatchObject({ pending: 1, created: 0 });
    expect(pending.changes[0]).toMatchObject({ key: 'location', action: 'pending', before: null, after: 'Calgary', fact_id: null });
    expect(await location(service)).toBeUndefined();
    const { proposals } = await service.listPending('local', {});
    expect(proposals).toMatchObject([{ id: pending.changes[0]!.proposal_id, action: 'create', after: 'Calgary' }]);
    const resolved = await service.resolvePending('local', { ids: [proposals[0]!.id], decision: 'accept' });
    expect(resolved).toMatchObject({ accepted: 1, rejected: 0, facts: [{ key: 'location', value: 'Calgary', source: 'manual', confidence: 1 }] });
    // The same word again reinforces (nothing to review); review: false on the call writes directly.
    const again = await driver.learn(service, { messages: [user('I live in Calgary.')] });
    expect(again.changes).toMatchObject([{ action: 'reinforce' }]);
    const direct = await driver.learn(service, { messages: [user('I love surfing.')], review: false });
    expect(direct.changes).toMatchObject([{ key: 'interests', action: 'create' }]);
    expect((await service.listPending('local', {})).total).toBe(0);
  });

  it('a rejected value is not proposed again for 90 days', async () => {
    const { service, advance } = setup();
    await service.patchProfile('local', { facts: { location: 'Calgary' } });
    await driver.learn(service, { messages: [user('I live in Halifax.')] });
    const [proposal] = (await service.listPending('local', {})).proposals;
    expect(await service.resolvePending('local', { ids: [proposal!.id], decision: 'reject' })).toMatchObject({ accepted: 0, rejected: 1, facts: [] });
    advance(DAY);
    const again = await driver.learn(service, { messages: [user('I live in Halifax.')] });
    expect(again.changes).toMatchObject([{ key: 'location', action: 'skip', after: 'Halifax' }]);
    expect((await service.listPending('local', {})).total).toBe(0);
    advance(90 * DAY);
    const later = await driver.learn(service, { messages: [user('I live in Halifax.')] });
    expect(later.changes).toMatchObject([{ key: 'location', action: 'conflict' }]);
  });
});

describe.each(DRIVERS.filter(([name]) => name !== 'offline'))('retractions through the %s reasoner', (_name, make) => {
  let driver: Driver;
  beforeEach(async () => {
    driver = await make();
  });
  afterEach(async () => {
    await driver.close();
  });

  it('removes a learned list item, and a learned fact whose value is withdrawn', async () => {
    const { service } = setup();
    await driver.learn(service, { messages: [user('I love surfing and golf.')] });
    const result = await driver.learn(service, { messages: [user('Not into golf these days.')] });
    expect(result).toMatchObject({ retracted: 1 });
    expect(result.changes).toMatchObject([{ key: 'interests', action: 'retract', before: ['surfing', 'golf'], after: ['surfing'] }]);
    await driver.learn(service, { messages: [user('I work at Globex.')] });
    await service.patchProfile('local', { facts: { company: null } });
    await driver.learn(service, { messages: [user('I work at Globex.')] });
    // A withdrawal of something never stored changes nothing.
    expect((await driver.learn(service, { messages: [user('I quit Acme.')] })).changes).toMatchObject([{ key: 'company', action: 'skip' }]);
  });

  it('a retraction of a manual fact becomes a conflict proposal to remove it', async () => {
    const { service } = setup();
    await service.patchProfile('local', { facts: { company: 'Acme' } });
    const result = await driver.learn(service, { messages: [user('I quit Acme.')] });
    expect(result.changes).toMatchObject([{ key: 'company', action: 'conflict', before: 'Acme', after: null }]);
    expect((await service.listFacts('local', { key: 'company' })).facts[0]).toMatchObject({ value: 'Acme' });
    const [proposal] = (await service.listPending('local', {})).proposals;
    expect(proposal).toMatchObject({ action: 'conflict', before: 'Acme', after: null, evidence: 'I quit Acme.' });
    await service.resolvePending('local', { ids: [proposal!.id], decision: 'accept' });
    expect((await service.listFacts('local', { key: 'company' })).total).toBe(0);
  });

  it('"I used to X, now Y" records Y, never X', async () => {
    const { service } = setup();
    const result = await driver.learn(service, { messages: [user('I used to live in Rome, now I live in Paris.')] });
    expect(result.changes).toMatchObject([{ key: 'location', action: 'create', after: 'Paris' }]);
    await driver.learn(service, { messages: [user('I live in Calgary.')] });
    const moved = await driver.learn(service, { messages: [user('I used to live in Rome, now I live in Paris.')] });
    expect(moved.changes).toMatchObject([{ key: 'location', action: 'update', before: 'Calgary', after: 'Paris' }]);
  });

  it('under review mode a retraction of a learned fact waits as a pending "retract" proposal', async () => {
    const { service } = setup();
    await driver.learn(service, { messages: [user('I love surfing and golf.')] });
    const result = await driver.learn(service, { messages: [user('Not into golf these days.')], review: true });
    expect(result.changes).toMatchObject([{ key: 'interests', action: 'pending', after: ['surfing'] }]);
    expect((await service.listPending('local', {})).proposals).toMatchObject([{ action: 'retract', before: ['surfing', 'golf'], after: ['surfing'] }]);
  });
});

describe.each(DRIVERS.filter(([name]) => name !== 'offline'))('chat memory through the %s reasoner', (_name, make) => {
  let driver: Driver;
  beforeEach(async () => {
    driver = await make();
  });
  afterEach(async () => {
    await driver.close();
  });

  it('learns from the newest user turn only: over 10 turns each fact is learned once and reinforced only when repeated', async () => {
    const { service, advance } = setup();
    const reasoner = await driver.reasoner(service);
    const said = [
      'My name is Dana.',
      'I live in Calgary.',
      "What's the weather like there?",
      'I love surfing.',
      'Tell me a joke.',
      'I live in Calgary.', // repeated: reinforced, once
      'I enjoy chess.',
      'I work at Globex.',
      'Thanks!',
      'I prefer short answers.',
    ];
    const transcript: Array<{ role: 'user' | 'assistant'; content: string }> = [];
    const opsPerTurn: number[] = [];
    for (const text of said) {
      transcript.push(user(text));
      const before = (await service.listOperations('local', {})).total;
      const reply = await chatCompletion(service, reasoner, 'local', { messages: [...transcript], features: { memory: true } });
      transcript.push({ role: 'assistant', content: reply.choices[0]!.message.content });
      opsPerTurn.push((await service.listOperations('local', {})).total - before);
      advance(1000);
    }
    // One extraction per request, each mining only that request's newest user turn.
    expect(driver.prompts).toHaveLength(10);
    driver.prompts.forEach((prompt, i) => {
      const mined = prompt.slice(prompt.lastIndexOf('<conversation>'));
      expect(mined).toContain(said[i]!);
      for (const earlier of said.slice(0, i)) if (earlier !== said[i]) expect(mined).not.toContain(earlier);
      if (i > 0) expect(prompt).toContain('<earlier_conversation>');
    });
    expect(opsPerTurn).toEqual([1, 1, 0, 1, 0, 1, 1, 1, 0, 1]);
    const { operations } = await service.listOperations('local', {});
    const touched = operations.flatMap((op) => op.changes.map((c) => `${c.key}:${c.action}`)).reverse();
    expect(touched).toEqual([
      'name:create',
      'location:create',
      'interests:create',
      'location:update', // the reinforcement (confidence only)
      'interests:update',
      'company:create',
      'communication_style:create',
    ]);
    const facts = Object.fromEntries((await service.listFacts('local', {})).facts.map((f) => [f.key, f]));
    expect(facts.name).toMatchObject({ value: 'Dana', confidence: 0.9 }); // said once: never reinforced
    expect(facts.location).toMatchObject({ value: 'Calgary', confidence: 0.95 });
    expect(facts.interests!.value).toEqual(['surfing', 'chess']);
    expect(facts.company!.confidence).toBe(0.85);
  });
});
