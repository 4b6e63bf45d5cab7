import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 17, second abstention round: a question that asks for more than the value holds (a clock time beside
 * "Friday evenings", a size beside the name of a bike) abstains; the same question answers when the value holds it.
 */

const { cited } = offlineCiter();

describe('offline dialectic: "what time exactly" asks for a clock time', () => {
  const gwyn = factsOf({
    name: 'Gwyn Parry',
    band: 'plays cornet in the town brass band; rehearsals on Tuesday nights',
    work: 'early shift at the depot, starts at 6am',
  });

  it('abstains when the schedule names a day and a part of it but no time', async () => {
    expect(await cited(gwyn, 'what time exactly do his band rehearsals begin on tuesdays?')).toEqual([]);
  });

  it('still answers when the value names the time, an adverb between or not', async () => {
    expect(await cited(gwyn, 'what time roughly does his shift start?')).toEqual(['work']);
    expect(await cited(gwyn, 'what time exactly does his shift start?')).toEqual(['work']);
  });
});

describe('offline dialectic: a size asked for is given by a number, a size word or a key for it', () => {
  const aoife = factsOf({
    name: 'Aoife Byrne',
    shoe_size: 'EU 38',
    sports_kit: ['Cube Attain road bike', 'Wahoo Elemnt 530 computer'],
    eyesight: 'needs large print since her cataract surgery',
  });

  it('abstains when the fact only names the thing whose size is asked', async () => {
    expect(await cited(aoife, 'what size bike does she ride?')).toEqual([]);
    expect(await cited(aoife, 'wat frame size is her cube bike')).toEqual([]);
    expect(await cited(aoife, 'what size is the road bike she rides?')).toEqual([]);
  });

  it('still answers a size held as a number, under a size key, or as a word for a size', async () => {
    expect(await cited(aoife, 'what size shoes does she wear?')).toEqual(['shoe_size']);
    expect(await cited(aoife, 'what font size should her handouts use?')).toEqual(['eyesight']);
  });
});

describe('offline dialectic: a verb that only says how something is done names no topic of its own', () => {
  const bo = factsOf({
    name: 'Bo Lindqvist',
    bedtime: 'asleep by 10pm on weeknights',
    ide: 'VS Code with vim bindings',
    fitness: 'lifts weights three mornings a week',
    city: 'Uppsala, Sweden',
    employer: 'Northvolt',
  });

  it('does not cite beside the best fact one matched only through such a verb', async () => {
    expect(await cited(bo, 'can we set up an 11pm video call with him on a Monday?')).not.toContain('ide');
    expect(await cited(bo, 'what does he do these days to stay fit?')).toEqual(['fitness']);
  });

  it("still cites through the user's own verbs and phrasal verbs", async () => {
    expect(await cited(bo, "who's he working for at the moment?")).toContain('employer');
    expect(await cited(bo, 'what editor setup does he use?')).toContain('ide');
    expect(await cited(bo, 'where does he stay when he is home?')).toContain('city');
  });
});

describe('offline dialectic: beside a fact on one side of a choice, a fact on neither side is not cited', () => {
  const noor = factsOf({
    name: 'Noor Haddad',
    seat_preference: 'window seat on long-haul flights',
    current_trip: 'filming in Chile until March',
    drinks: 'green tea, no sugar',
    hobbies: 'plays oud in a café band',
  });

  it('cites only the fact that speaks of the choice', async () => {
    expect(await cited(noor, 'aisle or window for her on the flight to Santiago?')).toEqual(['seat_preference']);
  });

  it('still cites the facts on the topic when no choice is offered', async () => {
    expect(await cited(noor, 'is she flying out on a trip soon?')).toContain('current_trip');
    expect(await cited(noor, 'coffee or tea for her when she drops by?')).toEqual(['drinks']);
  });
});
