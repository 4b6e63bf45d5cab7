import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 38: readings found on the development thirds (round 39: farm workers abroad, freelance creatives, vets and
 * animal care workers) — a club followed, a side of a sport, where home is in the country left, an island as a place.
 */

const { cited } = offlineCiter();

describe('offline dialectic: clubs followed', () => {
  const vusi = factsOf({
    name: 'Vusi',
    location: 'Nelspruit',
    interests: ['football (Orlando Pirates)', 'braai', 'jazz'],
    role: 'game ranger',
  });

  it('reads a side of a sport as a team ("which soccer side does he follow?")', async () => {
    expect(await cited(vusi, 'which soccer side does he follow?')).toEqual(['interests']);
    // (A club nobody named is not in the profile.)
    expect(await cited(factsOf({ name: 'Vusi', interests: ['football', 'jazz'] }), 'which soccer side does he follow?')).toEqual([]);
  });

  it('reads a name said to be followed or supported as a club ("cricket (follows RCB)")', async () => {
    const dev = factsOf({ name: 'Dev', interests: ['cricket (follows CSK)', 'road cycling'], role: 'illustrator' });
    expect(await cited(dev, 'which ipl team does he suport')).toEqual(['interests']);
    const sam = factsOf({ name: 'Sam', interests: ['football (Hibs supporter)', 'chess'] });
    expect(await cited(sam, 'what football team does she support?')).toEqual(['interests']);
    // (A band followed is no club: "follows" says nothing of a team unless a name follows it.)
    expect(await cited(factsOf({ name: 'Sam', interests: ['follows the local music scene', 'chess'] }), 'which football team does she support?')).toEqual([]);
  });
});

describe('offline dialectic: where home is', () => {
  const ana = factsOf({
    name: 'Ana',
    nationality: 'Mexican',
    hometown: 'Huamantla, Tlaxcala',
    location: 'Saint-Rémi, Quebec',
    role: 'greenhouse tomato harvester',
  });

  it('reads "where is home back in <country>" as the home town', async () => {
    expect(await cited(ana, "where's home for her back in mexico")).toEqual(['hometown']);
    expect(await cited(ana, "where's home for her these days?")).toEqual(['location']);
  });

  it('reads an island or a village as a kind of place', async () => {
    const sione = factsOf({ name: 'Sione', hometown: "Neiafu, Vava'u, Tonga", location: 'Hastings', role: 'apple picker' });
    expect(await cited(sione, 'which island is sione originally from?')).toEqual(['hometown']);
    expect(await cited(sione, 'what village is his wife from?')).toEqual([]);
  });
});
