import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 33: "what was she doing before …" asks for the job held before, and a short-lived fact's "until" is the end
 * of a present state, not a sign that the fact keeps the past.
 */

const { cited } = offlineCiter();

describe('offline dialectic: the job held before', () => {
  const chi = factsOf(
    {
      name: 'Chi',
      role: 'owner-operator of a food truck',
      previous_role: 'barista for six years at a café in Carlton',
      current_status: 'coffee machine in for repair until Wednesday',
      interests: ['netball', 'DJing'],
    },
    ['current_status'],
  );

  it('reads "what was she doing before …" as the job held before', async () => {
    expect(await cited(chi, 'what was she doing before she started the truck')).toEqual(['previous_role']);
    expect(await cited(chi, 'what was she doing before the truck?')).toEqual(['previous_role']);
  });

  it('does not read a short-lived "until" as the past', async () => {
    const rosa = factsOf(
      {
        role: 'rideshare driver',
        previous_career: 'dental hygienist for ten years',
        current_status: 'car in the shop until Wednesday, driving a rental',
      },
      ['current_status'],
    );
    expect(await cited(rosa, 'what did she do before driving?')).toEqual(['previous_career']);
    // (The present state still answers a question about now.)
    expect(await cited(chi, "what's going on with her coffee machine?")).toEqual(['current_status']);
  });
});

describe('offline dialectic: places and teams', () => {
  const gary = factsOf({ name: 'Gary Lusk', location: 'Cookeville, Tennessee', interests: ['Kaizer Chiefs', 'bluegrass'], role: 'truck driver' });

  it('reads "which state" as where the user lives', async () => {
    expect(await cited(gary, 'which state should I mail his christmas card to')).toEqual(['location']);
  });

  it('finds a club named as clubs are when asked which team', async () => {
    expect(await cited(gary, 'which team does he support?')).toEqual(['interests']);
    expect(await cited(factsOf({ interests: ['bhangra fitness', 'Aston Villa'], role: 'planner' }), 'who does she shout for at the football?')).toEqual([
      'interests',
    ]);
  });

  it('still abstains when no club is named', async () => {
    expect(await cited(factsOf({ interests: ['bluegrass', 'fishing'], role: 'driver' }), 'which team does he support?')).toEqual([]);
  });
});

describe('offline dialectic: British and American spellings', () => {
  it('finds the activity a question ends on in its British spelling ("organising")', async () => {
    const bev = factsOf({ current_focus: 'organising the Milton Street party on Saturday', role: 'retired teacher', interests: ['bowls'] }, ['current_focus']);
    expect(await cited(bev, "what's she busy organizing this week?")).toEqual(['current_focus']);
    expect(await cited(bev, "what's she busy organising this week?")).toEqual(['current_focus']);
  });
});
