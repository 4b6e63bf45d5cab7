import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 28, dialectic classes: the kind of answer a question asks for, read more closely — an age is no count of
 * things, a number joined to a word is no price, a model year is no price, and what was got for a thing is its price.
 */

const { cited } = offlineCiter();

describe('offline dialectic: what a number in a value can answer', () => {
  const dee = factsOf({
    name: 'Dee Nguyen',
    pronouns: 'she/her',
    age: '37',
    pets: 'two guinea pigs, Pav and Lamington',
    children: 'Mia 9, Theo 6',
    car: 'a 2012 Mazda 3',
    housing: 'renting a 3-bed townhouse',
    vehicle: '2016 Toyota LandCruiser',
    current_focus: 'selling his old work ute',
  });

  it('does not answer "how old are the …" with the user\'s age, nor with a count of the things', async () => {
    expect(await cited(dee, 'how old are the guinea pigs?')).toEqual([]);
    expect(await cited(dee, 'how old is she?')).toEqual(['age']);
    expect(await cited(dee, 'how old are her kids?')).toEqual(['children']);
  });

  it('does not read "3-bed" or a model year as a price, and reads what was got for a thing as one', async () => {
    expect(await cited(dee, 'how much is her rent?')).toEqual([]);
    expect(await cited(dee, 'how much did he get for the work ute?')).toEqual([]);
    expect(await cited(factsOf({ name: 'Kechi', housing: 'renting a 3-bed flat, £1,150 a month' }), 'how much is her rent?')).toEqual(['housing']);
  });
});
