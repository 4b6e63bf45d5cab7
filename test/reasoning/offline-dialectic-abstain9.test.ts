import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 19, fifth abstention round: someone the profile names through a relative ("partner Julien") is someone else,
 * whatever the fact's key.
 */

const { cited } = offlineCiter();

describe('offline dialectic: a name right after a word for a relative names someone else, under any key', () => {
  const mei = factsOf({
    name: 'Mei Tanaka',
    diet: 'vegetarian',
    hobbies: ['trail running', 'pottery'],
    travel_companion: 'her husband Kenta',
    weekends: 'trail running with a brother called Hiro on Sundays',
    languages: ['Japanese', 'English'],
  });

  it('abstains on the named relative', async () => {
    expect(await cited(mei, 'is kenta vegetarian as well?')).toEqual([]);
    expect(await cited(mei, 'does hiro do pottery like her?')).toEqual([]);
    expect(await cited(mei, 'what languages does Kenta speak with her?')).toEqual([]);
  });

  it('still answers about the user, and a name that follows no relative is left alone', async () => {
    expect(await cited(mei, 'is Mei vegetarian?')).toEqual(['diet']);
    expect(await cited(mei, 'who does she travel with?')).toContain('travel_companion');
    expect(await cited(factsOf({ name: 'Mei Tanaka', diet: 'vegetarian', travel_companion: 'travels with Kenta' }), 'who does she travel with?')).toContain(
      'travel_companion',
    );
  });
});

describe('offline dialectic: "a bakery" does not say which bakery', () => {
  const tom = factsOf({
    name: 'Tom Reyes',
    occupation: 'pastry chef at a small family bakery',
    volunteering: 'helps out at an animal charity on Saturdays',
    travel_style: 'boutique hotels, city breaks, no cruises',
  });

  it('abstains when which one is asked and the value names only the kind', async () => {
    expect(await cited(tom, 'which bakery does he work at?')).toEqual([]);
    expect(await cited(tom, 'what charity does he volunteer for?')).toEqual([]);
    expect(await cited(tom, 'what hotel is he staying at in Rome?')).toEqual([]);
  });

  it('still answers a kind asked for, and a value that names the one', async () => {
    expect(await cited(tom, 'what kind of bakery does he work at?')).toEqual(['occupation']);
    expect(
      await cited(factsOf({ name: 'Tom Reyes', volunteering: 'helps out at a charity called Paws on Saturdays' }), 'what charity does he volunteer for?'),
    ).toEqual(['volunteering']);
    expect(await cited(factsOf({ name: 'Tom Reyes', occupation: 'pastry chef at Crumbs Bakery' }), 'which bakery does he work at?')).toEqual(['occupation']);
  });
});

describe('offline dialectic: below the cutoff, a fact that answers one aspect in full is cited only for a choice', () => {
  const lena = factsOf({
    name: 'Lena Vogel',
    residence_permit: 'German residence permit, valid until 2027',
    languages: ['German (B2)', 'English', 'Italian'],
    id_card: 'Italian identity card, expires March 2026',
    hypo_plan: 'keeps glucose tablets in her pack on every hike',
    hobbies: ['hiking', 'choir'],
    gym_access: 'no gym; hikes and swims outdoors',
  });

  it('does not cite the languages for a document, nor outdoor exercise for what she takes on hikes', async () => {
    expect(await cited(lena, 'is her German permit still valid for a trip next spring?')).toEqual(['residence_permit']);
    expect(await cited(lena, 'does her Italian ID card need renewing before the trip?')).toEqual(['id_card']);
    expect(await cited(lena, 'what does she take on hikes for a hypo?')).toEqual(['hypo_plan']);
  });

  it('still cites the fact that answers a choice of languages in full', async () => {
    const marek = factsOf({
      name: 'Marek Nowak',
      communication_style: 'simple English, short sentences, instructions sent by text',
      language: ['Polish (native)', 'English'],
    });
    expect(await cited(marek, 'should I write him the instructions in Polish, or is English ok?')).toContain('language');
  });
});
