import { describe, expect, it } from 'vitest';
import { readProfile } from '../../src/reasoners/offline/dialectic/facts.js';
import { WorkBudget } from '../../src/reasoners/offline/nlp/budget.js';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 23: a question about one of the user's people is answered by an item of any fact that names that person
 * and, in the same item, the things the question asks about them — its head noun and the kind of answer it asks for
 * (what / which / when), or every common noun it names (yes or no). A fact that names the person beside something
 * else answers nothing about them.
 */

const { cited } = offlineCiter();

describe("offline dialectic: what a fact says of the user's people", () => {
  const jess = factsOf({
    name: 'Jess Walker',
    occupation: 'mobile hairdresser',
    children: ['daughter Ruby, 10', 'son Finn, 7'],
    kids_activities: ['Ruby: netball Saturday mornings', 'Finn: swimming lessons Wednesdays 4:30pm'],
    current_focus: 'finding a nursery place for Finn from September',
  });
  const nuala = factsOf({
    name: 'Nuala Byrne',
    household: 'lives with her husband Tom, who has dementia (diagnosed 2021)',
    upcoming_events: ["Tom's respite week at a nursing home in Oughterard, 9–16 June", 'hand clinic, 14 May 10:30am'],
  });
  const aniket = factsOf({ name: 'Aniket Joshi', children: ['daughter Ira, 11, Class 6', 'son Vihaan, 7, Class 2'] });

  it('answers from the item that names the person and what is asked of them', async () => {
    expect(await cited(jess, "what day is Finn's swimming?")).toEqual(['kids_activities']);
    expect(await cited(jess, 'does ruby have anything on saturday morning')).toEqual(['kids_activities']);
    expect(await cited(nuala, "When is Tom's respite week? I need to build her trip around it.")).toEqual(['upcoming_events']);
    expect(await cited(aniket, 'Which class is Ira in this year?')).toEqual(['children']);
  });

  it('abstains when the item names the person but not what is asked of them', async () => {
    expect(await cited(nuala, "What's Tom's date of birth? The travel insurer is asking.")).toEqual([]);
    expect(await cited(jess, 'Does Finn have any allergies I should tell the nursery about?')).toEqual([]);
    expect(await cited(jess, "what time is Ruby's swimming?")).toEqual([]);
    expect(await cited(nuala, 'What does Tom do for work?')).toEqual([]);
  });
});

describe("offline dialectic: the names of the user's people", () => {
  it('does not take a class or a year at school for a name ("Class 6", "Year 3")', () => {
    const steps = readProfile(factsOf({ children: ['daughter Ira, 11, Class 6', 'son Sam, Year 3'] }), new WorkBudget(1e9, 'user_message'));
    let r = steps.next();
    while (!r.done) r = steps.next();
    expect([...r.value.otherNames].sort()).toEqual(['ira', 'sam']);
  });
});
