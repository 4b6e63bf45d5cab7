import { describe, expect, it } from 'vitest';
import { readProfile } from '../../src/reasoners/offline/dialectic/facts.js';
import { namedRelatives } from '../../src/reasoners/offline/dialectic/others.js';
import { WorkBudget } from '../../src/reasoners/offline/nlp/budget.js';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 19, the lead's abstention classes: a possessor the question asks about that is not the user nor a thing
 * the profile keeps facts on ("the bride's name", "Biscuit's vet"), and mates named beside the user.
 */

const { reasoner, cited } = offlineCiter();

describe("offline dialectic: what someone or something else's has is not the user's", () => {
  const callum = factsOf({
    name: 'Callum Hartley',
    occupation: 'freelance wedding photographer',
    pets: 'Biscuit, a three-year-old cockapoo',
    day_rate_gbp: 1650,
    bike_frame_size: '56cm',
    flat_lease_end: 'August 2027',
    diet: 'vegetarian',
  });

  it('abstains on the possessor the question opens with, when the profile keeps no fact on it', async () => {
    expect(await cited(callum, "what's the bride's name for the Hughes wedding?")).toEqual([]);
    expect(await cited(callum, "What's Biscuit's vet called? Need to book his booster.")).toEqual([]);
    expect(await cited(callum, "what's the venue's phone number?")).toEqual([]);
    expect(await cited(callum, "is the couple's budget over 2k?")).toEqual([]);
    expect(await cited(callum, "what's Priya's diet?")).toEqual([]);
  });

  it('names the possessor as asked when it abstains', async () => {
    const answer = await reasoner.answer({ question: "what's the bride's name for the Hughes wedding?", facts: callum, history: [] });
    expect(answer.text).toContain("nothing about the bride's name");
  });

  it("still answers the user's own name, a thing the profile keeps facts on, and a possessive that only sets the scene", async () => {
    expect(await cited(callum, "what's Callum's day rate?")).toEqual(['day_rate_gbp']);
    expect(await cited(callum, "what's the bike's frame size?")).toEqual(['bike_frame_size']);
    expect(await cited(callum, "when does the flat's lease end?")).toEqual(['flat_lease_end']);
    expect(await cited(callum, "we're doing a cake for the studio's birthday, anything he can't eat?")).toEqual(['diet']);
  });
});

describe('offline dialectic: a mate named beside the user is someone else', () => {
  const vale = factsOf({ name: 'Valentina Restrepo', diet: 'pescatarian', occupation: 'PhD student in glacier hydrology' });

  it('abstains on a lab mate, a classmate or a flatmate of hers', async () => {
    expect(await cited(vale, "Does her lab mate Johan eat fish too? I'm booking the lab dinner.")).toEqual([]);
    expect(await cited(vale, 'is her classmate vegetarian?')).toEqual([]);
    expect(await cited(vale, "what's her flatmate's diet?")).toEqual([]);
  });

  it('still answers about her', async () => {
    expect(await cited(vale, 'does she eat fish?')).toEqual(['diet']);
  });
});

describe("offline dialectic: the names of the user's people are read within the call's budget", () => {
  const profileOf = (values: Record<string, unknown>) => {
    const steps = readProfile(factsOf(values), new WorkBudget(1e9, 'user_message'));
    let r = steps.next();
    while (!r.done) r = steps.next();
    return r.value;
  };

  it('spends work on each value that speaks of a relative, and stops a call over its budget', () => {
    const many = profileOf(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`household_${i}`, `lives with her partner Sam${i}`])));
    expect(namedRelatives(many, new WorkBudget(100, 'user_message')).has('sam7')).toBe(true);
    expect(() => namedRelatives(many, new WorkBudget(10, 'user_message'))).toThrow();
  });

  it('reads a profile once within one call: a second reading with the same budget spends nothing', () => {
    const many = profileOf(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`household_${i}`, `lives with her partner Sam${i}`])));
    const budget = new WorkBudget(1000, 'user_message');
    const first = namedRelatives(many, budget);
    const used = budget.used;
    expect(used).toBeGreaterThan(0);
    expect(namedRelatives(many, budget)).toBe(first);
    expect(budget.used).toBe(used);
  });

  it('spends nothing on values that speak of no relative', () => {
    const plain = profileOf(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`tool_${i}`, `Neovim ${i}`])));
    const budget = new WorkBudget(1, 'user_message');
    expect(() => namedRelatives(plain, budget)).not.toThrow();
  });
});
