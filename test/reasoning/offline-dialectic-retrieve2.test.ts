import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 21, dialectic retrieval round: by class — boats as vehicles of the water, leave from work and the
 * return from it, licences and tickets to do a thing.
 */

const { cited } = offlineCiter();

describe('offline dialectic: boats are vehicles of the water', () => {
  const ally = factsOf({
    name: 'Alasdair MacLeod',
    boat: "Westerly Centaur 26 called 'Morven', moored at Largs Yacht Haven",
    car: 'Skoda Octavia estate',
    hobbies: ['valve radios'],
  });
  const jo = factsOf({ name: 'Jo Pike', narrowboat: "lives aboard a 57ft narrowboat, 'Kingfisher', on the Kennet and Avon", hobbies: ['pottery'] });

  it('finds the boat by a kind of boat the question names', async () => {
    expect(await cited(ally, 'whats the name of his yacht')).toEqual(['boat']);
    expect(await cited(ally, 'where does he keep his sailboat?')).toEqual(['boat']);
    expect(await cited(jo, 'what is her boat called?')).toEqual(['narrowboat']);
  });

  it('leaves the car, other hobbies and other people alone', async () => {
    expect(await cited(ally, 'what car does he drive?')).toEqual(['car']);
    expect(await cited(ally, "what's his son's yacht called?")).toEqual([]);
    expect(await cited(jo, 'what does she do for fun?')).toEqual(['hobbies']);
  });
});

describe('offline dialectic: leave from work and the return from it', () => {
  const hannah = factsOf({
    name: 'Hannah Okafor',
    employment_status: 'on maternity leave since December 2024',
    return_to_work_date: '1 September 2025',
    preferred_return_pattern: '3 days a week, no weekend shifts at first',
    drinks: 'decaf flat white in the morning',
    career_goal: 'antimicrobial stewardship lead',
  });

  it('reads mat leave, parental leave and going back to work as that leave', async () => {
    expect(await cited(hannah, 'when does her mat leave end')).toContain('return_to_work_date');
    expect(await cited(hannah, 'when does her mat leave end')).not.toContain('drinks');
    expect(await cited(hannah, 'when is she back to work?')).toContain('return_to_work_date');
    expect(await cited(hannah, 'Is she planning to go back full-time or on reduced hours?')).toContain('preferred_return_pattern');
  });

  it('leaves a yerba mate, trips home and other people alone', async () => {
    expect(await cited(hannah, 'does she drink yerba mate?')).toEqual(['drinks']);
    expect(await cited(hannah, 'when does her husband go back to work?')).toEqual([]);
    expect(await cited(hannah, 'what does she drink in the morning?')).toEqual(['drinks']);
  });
});

describe('offline dialectic: licences and tickets to do a thing', () => {
  const ally = factsOf({
    name: 'Alasdair MacLeod',
    sailing_experience: 'RYA Yachtmaster Coastal; about 40 years sailing the Clyde',
    sailing_club: 'Largs Sailing Club',
    education: 'BEng Mechanical Engineering, Strathclyde',
  });
  const gaz = factsOf({ name: 'Gaz Evans', occupation: 'plumber', tickets: ['CSCS card', 'Gas Safe registered'], hobbies: ['rugby'] });

  it('finds the ticket a question about being qualified to do something asks for', async () => {
    expect(await cited(ally, 'Is he qualified to skipper a coastal passage himself, or should we hire a skipper?')).toEqual(['sailing_experience']);
    expect(await cited(gaz, 'is he qualified to fix a gas boiler?')).toEqual(['tickets']);
    expect(await cited(gaz, 'does he hold a CSCS card?')).toEqual(['tickets']);
  });

  it('leaves what was studied and other people alone', async () => {
    expect(await cited(ally, 'where did he study?')).toEqual(['education']);
    expect(await cited(ally, 'is his son qualified to skipper?')).toEqual([]);
  });
});
