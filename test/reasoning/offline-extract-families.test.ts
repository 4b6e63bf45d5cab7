import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '../../src/profiles/reasoning.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';

/**
 * The constructions and vocabulary of the everyday families (events, interests, family and pets,
 * goals, health, diet, preferences) — each said in words the development sets do not use, with the
 * near misses each one must leave alone.
 */

const reasoner = new OfflineReasoner({ worker: false }, () => Date.parse('2026-12-02T10:00:00Z'));
const learned = (content: string): Promise<ExtractedFact[]> => reasoner.extract({ messages: [{ role: 'user', content }], profile: [] });
const live = (facts: ExtractedFact[], key: string) =>
  facts.filter((f) => !f.retract && f.key === key).flatMap((f) => (Array.isArray(f.value) ? f.value : [f.value]).map((v) => String(v).toLowerCase()));
const has = (facts: ExtractedFact[], key: string, token: string) => live(facts, key).some((v) => v.includes(token.toLowerCase()));

describe('offline extraction: near-term events named by their noun', () => {
  it('reads "my X is on <day>" and dated fragments for events it has a word for', async () => {
    const memorial = await learned("My uncle's memorial service is on Saturday, what should I wear?");
    expect(has(memorial, 'upcoming_events', 'memorial')).toBe(true);
    expect(memorial.find((f) => f.key === 'upcoming_events')).toMatchObject({ bucket: 'dynamic' });
    expect(has(await learned('colonoscopy on the 9th, dreading the prep'), 'upcoming_events', 'colonoscopy')).toBe(true);
    expect(has(await learned("I'm presenting at the regional sales summit next Thursday"), 'upcoming_events', 'summit')).toBe(true);
  });

  it('leaves past events and questions about events alone', async () => {
    expect(live(await learned('The concert was amazing on Saturday'), 'upcoming_events')).toEqual([]);
    expect(live(await learned('what time does the final start on Sunday?'), 'upcoming_events')).toEqual([]);
  });
});

describe('offline extraction: interests said as habits and as things taken up', () => {
  it('keeps what was taken up in the past tense and withdraws what was given up', async () => {
    expect(has(await learned('I got really into kayaking over the summer, any tips for rolling?'), 'interests', 'kayaking')).toBe(true);
    expect(has(await learned('got hooked on chess during lockdown'), 'interests', 'chess')).toBe(true);
    const was = await learned('I used to be hooked on chess');
    expect(live(was, 'interests')).toEqual([]);
  });

  it('reads "these days its X", weekday habits, "my own", and "as someone who"', async () => {
    expect(has(await learned('used to run a lot, these days its swimming'), 'interests', 'swimming')).toBe(true);
    expect(has(await learned('I knit on thursdays at the library group'), 'interests', 'knit')).toBe(true);
    expect(has(await learned('we brew our own cider in the shed'), 'interests', 'cider')).toBe(true);
    expect(has(await learned('As someone who surfs twice a week, which wetsuit should I get?'), 'interests', 'surf')).toBe(true);
    expect(has(await learned('I paint landscapes on the side'), 'interests', 'paint landscapes')).toBe(true);
  });
});

describe('offline extraction: family, household and pets', () => {
  it('reads birth order, who lives with the user, and whom the user cares for', async () => {
    expect(has(await learned("I'm the youngest of five, so hand-me-downs were my life"), 'family', 'youngest of five')).toBe(true);
    expect(has(await learned('As the eldest I always got blamed'), 'family', 'eldest')).toBe(true);
    expect(has(await learned('my father-in-law is staying with us until spring'), 'living_situation', 'father-in-law')).toBe(true);
    expect(has(await learned("I'm caring for my grandad after his fall"), 'family', 'carer for grandad')).toBe(true);
    expect(live(await learned('I look after my kids after school'), 'family').some((v) => v.startsWith('carer'))).toBe(false);
  });

  it('reads pets in a household roll call and lower-case names after "called"', async () => {
    expect(has(await learned('three kids and a spaniel called rolo, so holidays need to be dog friendly'), 'pets', 'rolo')).toBe(true);
    expect(live(await learned('my kids want a puppy and a kitten'), 'pets')).toEqual([]);
  });

  it('dates a pregnancy', async () => {
    const facts = await learned('my partner is expecting twins in May, what pram should we get?');
    expect(facts.find((f) => f.key === 'upcoming_events' && String(f.value).includes('expecting'))).toMatchObject({ bucket: 'dynamic' });
  });
});

describe('offline extraction: goals, health, diet and preferences', () => {
  it('reads goals in their everyday constructions', async () => {
    expect(has(await learned("I'm saving up to buy a campervan"), 'goals', 'campervan')).toBe(true);
    expect(has(await learned('aiming for a sub-2 half marathon'), 'goals', 'half marathon')).toBe(true);
    expect(has(await learned('learning to swim at 50, be gentle'), 'goals', 'learn to swim')).toBe(true);
    expect(has(await learned('week 3 without a vape and the cravings are brutal'), 'goals', 'vape')).toBe(true);
    expect(has(await learned('Paying off my car loan is the main goal for now'), 'goals', 'car loan')).toBe(true);
  });

  it('knows everyday names of conditions', async () => {
    expect(has(await learned('carpal tunnel in my right hand, so voice notes are easier'), 'health_conditions', 'carpal tunnel')).toBe(true);
    expect(has(await learned('I have high cholesterol, what should I cook?'), 'health_conditions', 'high cholesterol')).toBe(true);
  });

  it('reads how much the user drinks and what they eat "everything except"', async () => {
    expect(has(await learned("honestly I'm not much of a drinker"), 'diet', 'light drinker')).toBe(true);
    expect(live(await learned("I'm a drinker"), 'diet')).toEqual([]);
    expect(has(await learned('I eat anything except olives'), 'diet', 'no olives')).toBe(true);
  });

  it('keeps how far along a pregnancy is, and a dislike said as a situation', async () => {
    expect(has(await learned("I'm 31 weeks pregnant and the heartburn is unreal"), 'health_conditions', '31 weeks pregnant')).toBe(true);
    expect(live(await learned('my sister is 31 weeks pregnant'), 'health_conditions')).toEqual([]);
    expect(has(await learned('I hate it when recipes bury the ingredients under a life story'), 'dislikes', 'when recipes bury')).toBe(true);
    expect(live(await learned('I hate when you do that'), 'dislikes')).toEqual([]);
  });

  it('reads standing preferences said in passing', async () => {
    expect(has(await learned('aisle seat always, I get up a lot'), 'preferences', 'aisle seat')).toBe(true);
    expect(has(await learned('Nothing beats a proper espresso for me'), 'preferences', 'espresso')).toBe(true);
    expect(live(await learned('keep it brief i read these on the train'), 'communication_style')).toEqual(['keep it brief']);
  });
});

describe('offline extraction: events said with "got" and habits that are no events', () => {
  it('reads "got my X tomorrow" and "I\'ve got an X at Y on Wednesday" as upcoming', async () => {
    const test = await learned('Got my citizenship test tomorrow afternoon');
    expect(test.some((f) => f.retract)).toBe(false);
    expect(has(test, 'upcoming_events', 'citizenship test')).toBe(true);
    expect(has(await learned("I've got a dentist appointment at Smile Studio on Thursday"), 'upcoming_events', 'dentist appointment')).toBe(true);
  });

  it('takes a weekly habit for no upcoming event, but keeps a habit bounded by "this month"', async () => {
    expect(live(await learned('I swim every saturday morning'), 'upcoming_events')).toEqual([]);
    expect(
      live(await learned("I'm on call every weekend this month"), 'current_status').length +
        live(await learned("I'm on call every weekend this month"), 'current_focus').length,
    ).toBeGreaterThan(0);
  });
});
