import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 40: question shapes found on round 41's development thirds and recurring in older rounds — what someone is
 * aiming for, what they do for fun, what they do for an employer, a time marked by one of theirs.
 */

const { cited } = offlineCiter();

describe('offline dialectic: what the user is aiming for', () => {
  const kofi = factsOf({
    name: 'Kofi',
    role: 'baggage handler',
    goals: ['become a ramp supervisor', 'save for a plot in Kumasi'],
    interests: ['football', 'gospel music'],
  });

  it('reads "what job is he aiming for next?" and "is he gunning for …?" as his goals, not his job now', async () => {
    expect(await cited(kofi, 'what job is he aiming for next?')).toEqual(['goals']);
    expect(await cited(kofi, 'is he gunning for a promotion at some point?')).toEqual(['goals']);
    // (Someone else's aim is theirs.)
    expect(await cited(kofi, 'what is his brother aiming for?')).toEqual([]);
  });
});

describe('offline dialectic: a pastime asked by what it is for or what is liked', () => {
  const priya = factsOf({
    name: 'Priya',
    role: 'cabin crew',
    experience: '6 years flying long-haul',
    goals: ['leave flying by 2027'],
    interests: ['Kathak', 'baking', 'thrift shopping'],
  });

  it('reads "what does she do for fun when she\'s not flying?" as her interests, the "when" clause only setting the time', async () => {
    expect(await cited(priya, "what does she do for fun when she's not flying?")).toEqual(['interests']);
    expect(await cited(priya, 'what does she do to unwind?')).toEqual(['interests']);
  });

  it('reads "what does she like doing (when she gets a minute)?" as her interests', async () => {
    expect(await cited(priya, 'what does she like doing when she gets a minute?')).toEqual(['interests']);
    expect(await cited(priya, 'what does she enjoy doing?')).toEqual(['interests']);
    // (What someone else likes doing is theirs.)
    expect(await cited(priya, 'what does her husband like doing?')).toEqual([]);
  });
});

describe('offline dialectic: what someone does for an employer', () => {
  const kemi = factsOf({ name: 'Kemi', role: 'senior social worker in a fostering team', employer: 'Leeds City Council', pets: ['a cat called Tofu'] });

  it('reads "what does she actually do for the council?" as her role', async () => {
    expect(await cited(kemi, 'what does kemi actually do for the council?')).toContain('role');
    // (What she does for someone else is no job: "for the kids".)
    expect(await cited(kemi, 'what does she do for the kids?')).not.toContain('role');
  });
});

describe("offline dialectic: a time marked by one of the user's people", () => {
  const dawn = factsOf({
    name: 'Dawn',
    role: 'full-time parent carer',
    former_job: 'dental nurse (left in 2019)',
    family: ['son Alfie (10)', 'daughter Millie (6)'],
  });

  it('reads "what did she do for work before Alfie?" as her own past job, not Alfie\'s', async () => {
    expect(await cited(dawn, 'what did she do for work before Alfie?')).toEqual(['former_job']);
    // (Alfie's own things stay his.)
    expect(await cited(dawn, "what is Alfie's favourite food?")).toEqual([]);
    // (Someone looked after is asked about: "who looks after Alfie?" is not about a time.)
    expect(await cited(dawn, 'who looks after Alfie when she is away?')).toEqual([]);
  });
});

describe('offline dialectic: a value naming what its key is related to', () => {
  it('answers "is she ok with voice notes?" from a communication style that names them', async () => {
    const facts = factsOf({ name: 'Dawn', communication_style: ['voice notes are fine', 'short messages'], dislikes: ['calls from withheld numbers'] });
    expect(await cited(facts, 'she ok with voice notes or should i type')).toContain('communication_style');
    // (With nothing about them, nothing is said.)
    expect(await cited(factsOf({ name: 'Dawn', communication_style: ['short messages'] }), 'is she ok with voice notes?')).toEqual([]);
  });
});
