import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 21, whose question it is: questions about the user that mention someone or something else, which the
 * dialectic must not take for questions about another person, while real third-party questions still abstain.
 */

const { cited } = offlineCiter();

describe('offline dialectic: a proper name inside a thing is no person', () => {
  const seun = factsOf({
    name: 'Seun Adebayo',
    seat_preference: 'aisle, near the front',
    broadband: 'BT broadband and landline, contract ends August 2025',
    last_a1c: '7.4% in March',
    hobbies: ['football'],
  });

  it('reads a place or firm before a noun, and a code with a digit, as part of what is asked', async () => {
    expect(await cited(seun, 'aisle or window for the Lagos flight?')).toEqual(['seat_preference']);
    expect(await cited(seun, 'when does the BT contract finish? thinking of switching broadband')).toEqual(['broadband']);
    expect(await cited(seun, 'most recent a1c?')).toEqual(['last_a1c']);
  });

  it('still abstains on a person named alone or as a possessor', async () => {
    expect(await cited(seun, "aisle or window for Tunde's flight?")).toEqual([]);
    expect(await cited(seun, 'does Tunde prefer the aisle?')).toEqual([]);
    expect(await cited(seun, 'aisle or window for Tunde?')).toEqual([]);
  });
});

describe("offline dialectic: people that name an occasion ('parents' evening') are its setting", () => {
  const siobhan = factsOf({
    name: 'Siobhan Price',
    occupation: 'secondary maths teacher',
    hot_drinks: 'tea, milk no sugar; no coffee after noon',
    languages: ['English', 'Irish'],
    hobbies: ['netball'],
  });

  it('answers about the user at an occasion named by a group of people', async () => {
    expect(await cited(siobhan, "Tea or coffee for her during the parents' evening break?")).toEqual(['hot_drinks']);
    expect(await cited(siobhan, "which languages could she help translate at parents' evening?")).toEqual(['languages']);
  });

  it('still abstains when the people are named as hers', async () => {
    expect(await cited(siobhan, 'what do her parents drink in the evening?')).toEqual([]);
    expect(await cited(siobhan, 'which languages do her parents speak?')).toEqual([]);
    expect(await cited(siobhan, "what's her mum's day off?")).toEqual([]);
  });
});

describe('offline dialectic: who proposes a plan in a clause of context is not whom the closing question asks about', () => {
  const siobhan = factsOf({
    name: 'Siobhan Price',
    diet: 'pescatarian',
    this_week: 'county netball tournament Saturday in Loughborough',
    family: 'married to Darren; two boys',
    hobbies: ['netball'],
  });

  it('answers the closing question about the user', async () => {
    expect(await cited(siobhan, 'Darren suggested the new steakhouse for Friday family dinner - will that work for her?')).toEqual(['diet']);
    expect(await cited(siobhan, 'Tom picked a steakhouse for the team dinner. Will she be OK with that?')).toEqual(['diet']);
  });

  it('still abstains on the other person, or when a relative of the same gender may be meant', async () => {
    expect(await cited(siobhan, 'Darren suggested a steakhouse. Does his mum eat meat?')).toEqual([]);
    expect(await cited(siobhan, 'Darren is coming to dinner. Does he eat fish?')).toEqual([]);
    expect(await cited(siobhan, "Her husband's sister suggested a steakhouse. Is she OK with that?")).toEqual([]);
  });
});

describe('offline dialectic: a relative named as whom the user acts for or with', () => {
  const alasdair = factsOf({
    name: 'Alasdair MacLeod',
    household: 'lives with his wife Morag, who has Parkinson’s',
    power_of_attorney: 'holds welfare and continuing power of attorney for Morag',
    video_calls: 'calls his son Declan in Calgary every Sunday at 6pm',
    hobbies: ['sailing'],
  });

  it('answers about the user when the name follows for/to/with after the user as subject', async () => {
    expect(await cited(alasdair, 'does he have the legal authority to make welfare decisions for Morag?')).toEqual(['power_of_attorney']);
    expect(await cited(alasdair, 'When does he usually talk to Declan?')).toEqual(['video_calls']);
  });

  it('still abstains when the named person is the subject', async () => {
    expect(await cited(alasdair, 'does Morag have the legal authority to make decisions for him?')).toEqual([]);
    expect(await cited(alasdair, 'when does Declan usually talk to his friends?')).toEqual([]);
    expect(await cited(alasdair, 'what does Morag eat? he is cooking for Declan')).toEqual([]);
  });
});

describe("offline dialectic: the user's own animal, stored under pet keys or named before its kind", () => {
  const hannah = factsOf({ name: 'Hannah Okafor', pets: ['Pickle, a rescue tabby cat, about 7 years old'], hobbies: ['climbing'] });
  const jo = factsOf({ name: 'Jo Hart', pet: 'Biscuit, French bulldog', pet_weight_kg: 12.5, hobbies: ['running'] });

  it('answers what the pet facts hold', async () => {
    expect(await cited(hannah, 'whats the cats name')).toEqual(['pets']);
    expect(await cited(jo, 'whats the dogs weight in kilos')).toEqual(['pet_weight_kg']);
  });

  it("still abstains on someone else's animal or a detail the facts do not hold", async () => {
    expect(await cited(hannah, "what's her neighbour's cat called?")).toEqual([]);
    expect(await cited(jo, "what's her sister's dog's weight?")).toEqual([]);
    expect(await cited(jo, "what's the dog's vet called?")).toEqual([]);
  });
});
