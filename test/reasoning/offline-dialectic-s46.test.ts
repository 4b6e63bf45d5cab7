import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 46: question shapes found on round 47's development thirds (theatre, cinema and live-events crew; bank,
 * insurance and building-society staff; postal workers, refuse collectors and street cleaners). Each beside a near miss
 * that must stay as it was.
 */

const { cited } = offlineCiter();

const niamh = factsOf({
  name: "Niamh O'Sullivan",
  location: 'Carrigaline, County Cork',
  role: 'claims team leader (motor and property)',
  company: 'Munster Mutual Insurance',
  team_size: 'leads 9 claims handlers',
  education: 'BA in History, University College Cork',
  tools: ['Guidewire ClaimCenter', 'Excel pivot tables', 'Power BI'],
  goals: ['finish the Diploma in Insurance by 2026', 'move into claims quality and training'],
  commute: "drives to the city office, park and ride when it's busy",
});

describe('offline dialectic: the people who report to the user', () => {
  it('reads those who report to the user as their staff', async () => {
    expect(await cited(niamh, 'how many ppl report to her')).toEqual(['team_size']);
    expect(await cited(niamh, 'how many direct reports does she have?')).toEqual(['team_size']);
    // (Whom the user reports to is no one the profile holds.)
    expect(await cited(niamh, 'who does she report to?')).not.toContain('team_size');
  });
});

describe('offline dialectic: a name the question shares with one fact', () => {
  it('answers from the one fact whose value writes a name the question asks about', async () => {
    expect(await cited(niamh, 'is she comfortable in ClaimCenter?')).toEqual(['tools']);
    // (Not the user's own name, nor a place, nor a name in a sentence that does not ask.)
    expect(await cited(niamh, 'what does Niamh do for work?')).toEqual(['role']);
    expect(await cited(niamh, "What's her full name? The Munster form wants it exactly")).toEqual(['name']);
  });
});
