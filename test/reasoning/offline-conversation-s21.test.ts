import { describe, expect, it } from 'vitest';
import { learnFrom } from '../../src/profiles/learn.js';
import { ProfileService } from '../../src/profiles/service.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { MemoryStore } from '../../src/store/memory.js';

/**
 * Session 21, over several learn calls: a withdrawal that names a kind of fact ("forget the meds bit"), a past clause
 * that only implies a place, and a short answer to "Any room preferences?".
 */

const offline = new OfflineReasoner({ worker: false });
const user = (content: string) => ({ role: 'user' as const, content });
const assistant = (content: string) => ({ role: 'assistant' as const, content });
const fresh = () => new ProfileService({ store: new MemoryStore() });
const live = async (service: ProfileService) => JSON.stringify((await service.listFacts('local', {})).facts.map((f) => [f.key, f.value]));

describe('a withdrawal that names a kind of fact', () => {
  it('"forget the meds bit" withdraws the stored medication, and nothing else', async () => {
    const service = fresh();
    await learnFrom(service, offline, 'local', {
      messages: [user("I'm a primary teacher. I take 50mg sertraline in the mornings — can you help me with a sleep routine?")],
    });
    expect(await live(service)).toMatch(/sertraline/);
    await learnFrom(service, offline, 'local', {
      messages: [assistant('Of course. Is the sertraline something to keep in mind?'), user("actually forget the meds bit, I don't want that saved")],
    });
    const after = await live(service);
    expect(after).not.toMatch(/sertraline/);
    expect(after).toMatch(/primary teacher/);
  });

  it('"don\'t save my address" leaves the city the user lives in; a kind no key is of withdraws nothing', async () => {
    const service = fresh();
    await learnFrom(service, offline, 'local', { messages: [user('I live in Leeds and I take sertraline')] });
    await learnFrom(service, offline, 'local', { messages: [user("don't save my address")] });
    await learnFrom(service, offline, 'local', { messages: [user('forget the shoes bit')] });
    await learnFrom(service, offline, 'local', { messages: [user('forget about my meds for now and just give me a recipe')] });
    const after = await live(service);
    expect(after).toMatch(/Leeds/);
    expect(after).toMatch(/sertraline/);
  });
});

describe('a past clause that only implies a place', () => {
  it('"I did my degree in Mumbai" does not withdraw Mumbai as where the user lives; "I used to live in Mumbai" does', async () => {
    const service = fresh();
    await learnFrom(service, offline, 'local', { messages: [user('I live in Mumbai')] });
    await learnFrom(service, offline, 'local', { messages: [user('I did my B.Ed in Mumbai, can you help me plan a lesson?')] });
    await learnFrom(service, offline, 'local', { messages: [user('we had a lovely week in Mumbai last year')] });
    expect(await live(service)).toMatch(/Mumbai/);
    await learnFrom(service, offline, 'local', { messages: [user('I used to live in Mumbai')] });
    expect(await live(service)).not.toMatch(/"location","Mumbai"/);
  });
});

describe('a short answer to "Any room preferences?"', () => {
  it('learns the preferences the reply names, and no degree from "king bed"', async () => {
    const service = fresh();
    await learnFrom(service, offline, 'local', {
      messages: [
        assistant('Got it — Tuesday to Thursday, Marriott properties. Any room preferences?'),
        user("quiet room, king bed. don't care about breakfast"),
      ],
    });
    const after = await live(service);
    expect(after).toMatch(/"preferences",\["quiet room","king bed"\]/);
    expect(after).not.toMatch(/education/);
  });

  it('learns nothing from the same reply to a question that asks no preference', async () => {
    const service = fresh();
    await learnFrom(service, offline, 'local', { messages: [assistant('Shall I go ahead and book it?'), user('quiet room, king bed')] });
    expect(await live(service)).not.toMatch(/preferences/);
  });
});

describe('a past clause that tells one recent episode', () => {
  it('"I played football yesterday" or "painted the garden gate at the weekend" withdraw nothing', async () => {
    const service = fresh();
    await learnFrom(service, offline, 'local', { messages: [user('I play football and I love gardening')] });
    await learnFrom(service, offline, 'local', { messages: [user('I played football yesterday, my legs are dead')] });
    await learnFrom(service, offline, 'local', { messages: [user('I painted the garden gate at the weekend')] });
    const after = await live(service);
    expect(after).toMatch(/football/);
    expect(after).toMatch(/garden/);
  });

  it('a state told as over still withdraws: "I used to play football"', async () => {
    const service = fresh();
    await learnFrom(service, offline, 'local', { messages: [user('I play football')] });
    await learnFrom(service, offline, 'local', { messages: [user('I used to play football')] });
    expect(await live(service)).not.toMatch(/football/);
  });
});
