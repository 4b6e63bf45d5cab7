import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 37: readings found on the development thirds (round 38: faith workers, lawyers and paralegals, bus, tram and
 * train drivers; and misses left from earlier rounds) — places by their divisions, a grandchild by a pet name, sweets by
 * name, where a career is headed.
 */

const { cited } = offlineCiter();

describe('offline dialectic: places and people', () => {
  const kj = factsOf({
    name: 'KJ',
    location: 'Quezon City, Metro Manila',
    hometown: 'Iloilo City',
    role: 'team leader',
  });

  it('reads a province or county as a place', async () => {
    expect(await cited(kj, 'what province is she originaly from')).toEqual(['hometown']);
    expect(await cited(kj, 'which county does she live in?')).toEqual(['location']);
  });

  it('reads a grandbaby or grandkid as a grandchild', async () => {
    const lorri = factsOf({
      name: 'Lorri',
      family: ['daughter Kate', 'son Ben (lives in Perth)', 'grandson Hugo, 9 months'],
      interests: ['lawn bowls', 'quilting'],
    });
    expect(await cited(lorri, 'how old is the grandbaby')).toEqual(['family']);
    expect(await cited(lorri, "what's her grandkid called?")).toEqual(['family']);
  });
});

describe('offline dialectic: food, learning, career', () => {
  it('knows a pavlova or a tiramisu as a sweet', async () => {
    const low = factsOf({ name: 'Lorri', diet: 'low-sugar', interests: ['quilting'], pets: ['kelpie cross named Rosie'] });
    expect(await cited(low, 'would a big slice of pavlova be a nice treat for her?')).toEqual(['diet']);
    expect(await cited(low, 'can I bring tiramisu for her?')).toEqual(['diet']);
  });

  it('reads brushing up on something as learning', async () => {
    const goals = factsOf({
      name: 'Lorri',
      goals: ['do an infant CPR refresher'],
      interests: ['lawn bowls', 'growing roses'],
      location: 'Ballarat, Victoria',
    });
    expect(await cited(goals, "anything she's keen to brush up on?")).toEqual(['goals']);
  });

  it('reads where a career is going as a goal, and a career change as one', async () => {
    const lerato = factsOf({
      name: 'Lerato',
      role: 'team leader',
      company: 'a Bellville contact centre',
      goals: ['become an operations manager by 2027'],
    });
    expect(await cited(lerato, 'where does she want her career to go in the next few years?')).toEqual(['goals']);
    const cal = factsOf({
      name: 'Cal',
      role: 'customer service adviser (inbound)',
      career_change: 'leaving the call centre to become an electrician',
      interests: ['five-a-side'],
    });
    expect(await cited(cal, 'is he planning a career change?')).toEqual(['career_change']);
    expect(await cited(cal, 'what does Cal do for a living right now?')).toEqual(['role']);
  });
});
