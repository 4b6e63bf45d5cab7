import { describe, expect, it } from 'vitest';
import { learnFrom } from '../../src/profiles/learn.js';
import { ProfileService } from '../../src/profiles/service.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { MemoryStore } from '../../src/store/memory.js';
import { has, learned } from '../helpers/extracted.js';

/**
 * Session 23: extraction classes from the round-24 development sets (housing and moving; pets and the outdoors),
 * each with near misses that must not change.
 */

const offline = new OfflineReasoner({ worker: false }, () => Date.parse('2026-12-02T10:00:00Z'));
const learn = (service: ProfileService, content: string) => learnFrom(service, offline, 'local', { messages: [{ role: 'user', content }] });
const fresh = () => new ProfileService({ store: new MemoryStore() });
const values = async (service: ProfileService, key: string): Promise<string> =>
  JSON.stringify((await service.listFacts('local', { key })).facts.map((f) => f.value)).toLowerCase();

describe('offline extraction: a correction with articles ("a whippet, not a lurcher")', () => {
  it('replaces the word corrected in the stored value', async () => {
    const service = fresh();
    await learn(service, "I've got a 5 year old lurcher called Fern, what's a good harness for a deep-chested dog?");
    await learn(service, "sorry, got that wrong — Fern's a whippet, not a lurcher. still 5, still deep-chested lol");
    const pets = await values(service, 'pets');
    expect(pets).toContain('whippet');
    expect(pets).toContain('fern');
    expect(pets).not.toContain('lurcher');
  });

  it('changes nothing when the profile does not hold the word corrected', async () => {
    const service = fresh();
    await learn(service, "I've got a 5 year old lurcher called Fern.");
    await learn(service, "it's a harness, not a collar, that I need");
    expect(await values(service, 'pets')).toContain('lurcher');
  });
});

describe('offline extraction: a walk, a hike or a tour planned is a trip', () => {
  it('reads the place of a walk or a hike being planned', async () => {
    expect(has(await learned('Just planning a gentle coastal walk in Pembrokeshire instead'), 'travel_plans', 'Pembrokeshire')).toBe(true);
    expect(has(await learned("we're planning a hike up Snowdon"), 'travel_plans', 'Snowdon')).toBe(true);
  });

  it('does not read a walk that goes to no place', async () => {
    expect(await learned('planning a walk in the park with the dog')).toEqual([]);
  });
});

describe('offline extraction: a form of answer asked for, however the request opens', () => {
  it('reads "X only" and a request after what it is for', async () => {
    const brief = await learned("keep it brief pls, i'm usually reading these on my phone halfway up a hill 📱⛰️ bullet points only, no waffle");
    expect(has(brief, 'communication_style', 'bullet points')).toBe(true);
    const bills = await learned("for anything about bills or paperwork just give me bullet points and the bottom line — I don't need an essay, ta");
    expect(has(bills, 'communication_style', 'bullet points')).toBe(true);
  });

  it('does not read a one-off or a thing that is no form of answer', async () => {
    expect(await learned('for this email just give me three subject lines')).toEqual([]);
    expect(await learned('cash only')).toEqual([]);
    expect(await learned('one page only for the CV')).toEqual([]);
  });
});

describe('offline extraction: a move when the user retires, and surgery the user had', () => {
  it('reads "retiring to" a place as a planned move', async () => {
    expect(has(await learned("we're retiring to the Algarve in 2027. I'm 61 and my husband's 64."), 'planned_move', 'Algarve')).toBe(true);
  });

  it("reads a reconstruction or surgery the user had, not someone else's", async () => {
    expect(has(await learned('I had an ACL reconstruction on my left knee two years ago so steep descents are hard.'), 'health_conditions', 'ACL')).toBe(true);
    expect(has(await learned('my husband had knee surgery last year'), 'health_conditions', 'knee')).toBe(false);
    expect(has(await learned('my parents are retiring to Spain'), 'planned_move', 'Spain')).toBe(false);
  });
});
