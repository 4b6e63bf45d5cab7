import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 49: question shapes found on rounds 15 to 50's development sets. Each beside a near miss that must stay as it was.
 */

const { cited } = offlineCiter();

const kofi = factsOf(
  {
    name: 'Kofi Mensah',
    location: 'Salford',
    role: 'vehicle wrap installer',
    dislikes: ['musicals', 'chrome wraps (too many comebacks)', 'cold calls'],
    values: ['pays his fitters the real living wage', 'no piracy'],
    current_focus: 'wrapping a fleet of 6 vans for a bakery, due Friday',
    vehicle: 'a white Transit Custom',
  },
  ['current_focus'],
);

describe('offline dialectic: a plan put to the user is weighed against their stances', () => {
  it('answers a plan nothing else speaks of with what the user dislikes and holds to', async () => {
    expect(await cited(kofi, "we've got spare tickets for Les Mis, would he be up for it?")).toEqual(['dislikes', 'values']);
    expect(await cited(kofi, 'shall we organise a surprise do for his birthday?')).toEqual(['dislikes', 'values']);
    expect(await cited(kofi, 'getting him panto tickets for christmas, good idea?')).toEqual(['dislikes', 'values']);
    expect(await cited(kofi, 'would a flat in the new developments appeal to him?')).toEqual(['dislikes', 'values']);
    // (The user by name.)
    expect(await cited(kofi, 'my 14 yr old wants a sticker sleeve done, will kofi do it?')).toEqual(['dislikes', 'values']);
  });

  it('cites a stance on what the plan names beside the best fact', async () => {
    expect(await cited(kofi, 'would he take on a chrome wrap on my Golf?')).toEqual(['current_focus', 'dislikes']);
  });

  it('still abstains on questions that put no plan to the user', async () => {
    // (A question that asks which or what, a state, a fact held by no one.)
    expect(await cited(kofi, 'what size hoodie should I order for him?')).toEqual([]);
    expect(await cited(kofi, 'which farm will he be on next season?')).toEqual([]);
    expect(await cited(kofi, 'does he have a motorbike licence?')).toEqual([]);
    expect(await cited(kofi, 'should we be worried about his blood pressure?')).toEqual([]);
  });

  it('keeps the stances out of a profile that holds none', async () => {
    const bare = factsOf({ name: 'Kofi Mensah', role: 'vehicle wrap installer' });
    expect(await cited(bare, "we've got spare tickets for Les Mis, would he be up for it?")).toEqual([]);
  });
});

const aroha = factsOf({
  name: 'Aroha Ngata',
  location: 'Rotorua',
  role: 'body piercer',
  allergies: ['nickel'],
  expertise: ['curated ear projects', 'dermal anchors'],
  favorite_music: 'Six60',
});

describe('offline dialectic: what to be careful of', () => {
  it('reads "anything to steer clear of" and "anything … shouldn\'t give her" as asking what to be careful of', async () => {
    expect(await cited(aroha, 'buying her a present for her birthday, anything to steer clear of?')).toContain('allergies');
    expect(await cited(aroha, "she cut her hand — anything urgent care shouldn't give her?")).toEqual(['allergies']);
    // (Not a question about what she gives.)
    expect(await cited(aroha, 'anything she gives her clients to take home?')).not.toContain('allergies');
  });
});
