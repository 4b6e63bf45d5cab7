import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 24, dialectic classes: a child asked about by sex ("his daughter", "her little girl") is found in a key of
 * the user's children or in a family item that says "daughter"; who does something with the user's children ("who has
 * the kids on Thursdays?") is read from an item that names the children, the rest asked and someone who does it; a
 * question of one word ("when did he propose?") is answered by a fact holding that word in the kind of answer asked
 * for when nothing else reaches the bar.
 */

const { cited, reasoner } = offlineCiter();

describe('offline dialectic: a child asked about by sex', () => {
  const kwame = factsOf({
    name: 'Kwame Mensah',
    partner: 'Mireille (fiancée)',
    children: ['Efua, 15'],
    engagement_date: 'proposed on 14 February 2025',
    wedding_date: '22 August 2026',
  });
  const sol = factsOf({ name: 'Marisol Dela Cruz', family: ['married', 'daughter Bea (6)'] });
  const ama = factsOf({ name: 'Ama Owusu', children: ['Kojo (son), 8'] });

  it('reads the key of the children and a family item that says daughter', async () => {
    expect(await cited(kwame, 'how old is his daughter?')).toEqual(['children']);
    expect(await cited(sol, 'how old is her little girl?')).toEqual(['family']);
  });

  it('does not answer for a child of the other sex, or for a child no item gives', async () => {
    expect(await cited(ama, 'how old is her daughter?')).toEqual([]);
    expect(await cited(sol, 'how old is her son?')).toEqual([]);
    expect(await cited(kwame, "what's his ex-wife's name?")).not.toContain('children');
  });

  it('answers a question of one word from the fact holding it as a date', async () => {
    expect(await cited(kwame, 'when did he propose?')).toEqual(['engagement_date']);
    expect(await cited(kwame, 'when did he graduate?')).toEqual([]);
  });
});

describe("offline dialectic: who does something with the user's children", () => {
  const tam = factsOf({
    name: 'Tam Okafor',
    children: ['Femi, 7', 'Nell, 3'],
    grandparent_help: 'her mum Jan has both kids every Thursday after school',
    transport: 'no car; cargo bike for the school run',
  });
  const jess = factsOf({ name: 'Jess Taylor', children: ['Ruby, 9', 'Finn, 6'], childcare: 'her mum (Nan) does Monday pickups; OSHC on Thursdays' });

  it('reads an item naming the children, the day asked and who has them', async () => {
    expect(await cited(tam, 'who has the kids on Thursdays after school?')).toEqual(['grandparent_help']);
    expect(await cited(jess, 'who grabs the kids on mondays')).toEqual(['childcare']);
  });

  it('does not answer for another day, or from an item that names nobody who does it', async () => {
    expect(await cited(tam, 'who has the kids on Saturdays?')).toEqual([]);
    expect(await cited(tam, 'who does the school run with the kids?')).toEqual([]);
  });
});

describe('offline dialectic: a former relative, and an allergy a list does not name', () => {
  const kwame = factsOf({ name: 'Kwame Mensah', partner: 'Mireille (fiancée)', marital_status: 'engaged' });
  const dev = factsOf({ name: 'Priya Nair', family: ['ex-husband Dev (divorced 2019)', 'son Arun, 8'] });
  const shiv = factsOf({ name: 'Siobhán Naas', allergies: ['penicillin'], diet: 'vegetarian' });
  const ama = factsOf({ name: 'Ama Owusu', allergies: ['tree nuts, especially cashews'] });

  it('answers for a former relative only where the profile says former', async () => {
    expect(await cited(kwame, "what's his ex-wife's name?")).toEqual([]);
    expect(await cited(kwame, "what's his fiancee's name?")).toEqual(['partner']);
    expect(await cited(dev, "what's her ex-husband's name?")).toEqual(['family']);
  });

  it('does not answer whether the user is allergic to a thing the allergies do not name', async () => {
    expect(await cited(shiv, 'is she allergic to latex? the refresher uses latex gloves')).toEqual([]);
    const { text } = await reasoner.answer({ question: 'is she allergic to latex?', facts: shiv, history: [] });
    expect(text).toMatch(/has nothing about .* do not name it/);
    // With no allergies listed, it does not speak of a list.
    const none = factsOf({ name: 'Siobhán Naas', health_conditions: ['asthma'] });
    const plain = await reasoner.answer({ question: 'is she allergic to latex?', facts: none, history: [] });
    expect(plain.facts_used).toEqual([]);
    expect(plain.text).toMatch(/has nothing about/);
    expect(plain.text).not.toMatch(/do not name it/);
  });

  it('still answers for a thing the list names, or names the kind of, and for a question that asks no one thing', async () => {
    expect(await cited(shiv, 'is she allergic to penicillin?')).toEqual(['allergies']);
    expect(await cited(shiv, 'is she allergic to anything?')).toEqual(['allergies']);
    expect(await cited(ama, 'is she allergic to cashews?')).toEqual(['allergies']);
    expect(await cited(factsOf({ name: 'Hannes', pets: ['Jack Russell called Pip'] }), "does he have any animals? i'm quite allergic to cats")).toEqual([
      'pets',
    ]);
  });
});

describe('offline dialectic: what the user earns is not what they spend', () => {
  const rafa = factsOf({ name: 'Rafa Ortiz', role: 'GM at a boxing gym', shopping_budget: 'tries to keep gear spending under $150 a month' });
  const ines = factsOf({ name: 'Inês Costa', salary: '€52,000 a year', monthly_budget: '€1,800 after rent' });

  it('does not answer what the user earns from a budget', async () => {
    expect(await cited(rafa, 'How much does he earn as GM?')).toEqual([]);
  });

  it('answers it from what they earn, and what they spend from a budget', async () => {
    expect(await cited(ines, 'how much does she earn?')).toEqual(['salary']);
    expect(await cited(ines, "what's her monthly budget?")).toEqual(['monthly_budget']);
  });
});

describe("offline dialectic: a photographer's second shooter is someone else", () => {
  const niamh = factsOf({ name: 'Niamh Byrne', occupation: 'freelance wedding photographer', camera_gear: ['Canon EOS R5', 'Canon EOS R6'] });

  it("does not answer the second shooter's camera with the user's", async () => {
    expect(await cited(niamh, 'Which camera does her second shooter use?')).toEqual([]);
    expect(await cited(niamh, 'which camera does she shoot on?')).toContain('camera_gear');
  });
});
