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

describe('offline dialectic: people, places of work and times', () => {
  it('reads "her ex" as someone else', async () => {
    const mere = factsOf({ name: 'Mere Tane', role: 'stage manager at a Wellington theatre in winter', employment: 'contract, season to season' });
    expect(await cited(mere, 'what does her ex do for work?')).toEqual([]);
    expect(await cited(mere, 'what does she do for work?')).toContain('role');
    // ("ex" before a noun is a former one of the user's own: "is she ex army?" still asks about her.)
    expect(await cited(factsOf({ name: 'Mere Tane', role: 'stage manager, ex army' }), 'is she ex army?')).toEqual(['role']);
  });

  it('finds the venues the user works out of, by an arena or a theatre', async () => {
    const niamh = factsOf({ name: 'Niamh Doherty', role: 'head rigger', work_venues: ['SSE Arena Belfast', 'Ulster Hall'] });
    expect(await cited(niamh, 'which arena does she mostly work out of')).toEqual(['work_venues']);
    expect(await cited(niamh, 'which theatre does she work at most')).toEqual(['work_venues']);
    // (Working out is still exercise.)
    expect(await cited(factsOf({ name: 'Niamh Doherty', interests: ['weightlifting'], role: 'head rigger' }), 'does she work out?')).toEqual(['interests']);
  });

  it('reads a time said after the noun asked for as no part of it ("which day midweek")', async () => {
    const moira = factsOf({ name: 'Moira Fraser', schedule: '6am start, Monday to Saturday, Wednesdays off', workplace: 'Inverness delivery office' });
    expect(await cited(moira, 'which day midweek is she usually off')).toEqual(['schedule']);
    expect(await cited(moira, 'which day is she usually off')).toEqual(['schedule']);
  });

  it('answers the age the user means to retire at from the plan, not from their age', async () => {
    const moira = factsOf({ name: 'Moira Fraser', age: 52, goals: ['retire at 60', 'finish all 282 Munros'] });
    expect(await cited(moira, 'at what age does she want to pack it in?')).toEqual(['goals']);
    expect(await cited(moira, 'what age is she retiring')).toEqual(['goals']);
    expect(await cited(moira, 'how old is she')).toEqual(['age']);
  });
});

describe('offline dialectic: what takes the user up now, and the long game', () => {
  const kylie = factsOf(
    { name: 'Kylie Nguyen', role: 'parcel sorter', interests: ['Muay Thai'], current_focus: 'peak season: 12-hour shifts until Christmas Eve' },
    ['current_focus'],
  );

  it('answers what the user is flat out with, busy with or kept busy by now from the present', async () => {
    expect(await cited(kylie, 'whats she flat out with at work right now')).toEqual(['current_focus']);
    expect(await cited(kylie, "why's she so busy at the moment")).toEqual(['current_focus']);
    expect(await cited(kylie, "what's keeping her busy at the moment?")).toEqual(['current_focus']);
    // (A pastime is no present task.)
    expect(await cited(kylie, 'what does she train in after shift')).not.toContain('current_focus');
  });

  it('reads "the long game" and "career wise" as goals', async () => {
    const mere = factsOf({ name: 'Mere Tane', role: 'stage manager', goals: ['tour manage an international act by 2028'] });
    expect(await cited(mere, 'whats her long game career wise')).toEqual(['goals']);
    // (Work asked of now is still the job.)
    expect(await cited(mere, 'what does she do for work these days?')).toEqual(['role']);
  });
});
