import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 43: question shapes found on round 44's development thirds and recurring in older rounds — which team the user
 * follows, when the club is named only as clubs are named ("North Queensland Cowboys", "Arsenal") among other interests.
 */

const { cited } = offlineCiter();

describe('offline dialectic: the team the user follows', () => {
  it('finds a club named by a town and a plural, or known by one word, among other interests', async () => {
    const bron = factsOf({ name: 'Bron Kelly', role: 'family support worker', interests: ['barramundi fishing', 'North Queensland Cowboys', 'op-shopping'] });
    expect(await cited(bron, 'footy tickets as a thank you — who does she go for?')).toEqual(['interests']);
    expect(await cited(bron, 'who does she support?')).toEqual(['interests']);
    const dele = factsOf({ name: 'Dele Okoro', role: 'firefighter', interests: ['Arsenal', 'DJing afrobeats', 'cooking for the watch'] });
    expect(await cited(dele, 'which footy club does he support')).toEqual(['interests']);
    expect(await cited(dele, 'who does he support?')).toEqual(['interests']);
    // (A place walked in is no club; nor is a word that only starts a longer name.)
    const walker = factsOf({ name: 'Rhian Evans', role: 'lab technician', interests: ['hill walking in the Brecon Beacons', 'Arsenal Stadium tours'] });
    expect(await cited(walker, 'who does she support?')).toEqual([]);
  });

  it('answers a team of a sport from the item that names a club and no other sport', async () => {
    const mick = factsOf({
      name: 'Mick Doyle',
      role: 'cricket ground curator',
      interests: ['fishing off Cunningham Pier', 'growing Vietnamese herbs and chillies', 'Geelong Cats supporter'],
    });
    expect(await cited(mick, 'which afl side does he barrack for')).toEqual(['interests']);
    expect(await cited(mick, 'which afl team does he support?')).toEqual(['interests']);
    // (An item that names a club of another sport does not answer for this one.)
    const prakash = factsOf({ name: 'Prakash Gurung', role: 'farm worker', interests: ['football (Arsenal fan)', 'karaoke'] });
    expect(await cited(prakash, 'which cricket team does he support?')).toEqual([]);
  });
});
