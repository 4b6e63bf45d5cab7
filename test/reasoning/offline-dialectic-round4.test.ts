import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 16, second round: citation precision. Beside the fact that answers, a fact is cited only when it
 * is on the question's topic itself, not through a word of its value that qualifies something else.
 */

const { cited } = offlineCiter();

describe('offline dialectic: a word that only modifies another noun in a value makes no co-citation', () => {
  const rav = factsOf({
    name: 'Rav Sandhu',
    languages_spoken: ['Punjabi', 'English', 'Hindi'],
    hobbies: ['woodworking', 'watching kabaddi', 'Punjabi folk music'],
  });

  it('cites the languages alone for a language asked about', async () => {
    expect(await cited(rav, 'can I send him the reminders in punjabi?')).toEqual(['languages_spoken']);
  });

  it('keeps the fact when it is the best, and the same compound asked about', async () => {
    expect(await cited(rav, 'does he like folk music?')).toEqual(['hobbies']);
    const only = factsOf({ name: 'Rav Sandhu', hobbies: ['woodworking', 'Punjabi folk music'] });
    expect(await cited(only, 'does he like Punjabi music?')).toEqual(['hobbies']);
  });

  it('a day before a part of the day, and a field before a trade, still name their own thing', async () => {
    const kemi = factsOf({
      name: 'Kemi Adeyemi',
      working_hours: '10:00-18:00 WAT; no meetings on Fridays after 14:00',
      religion: 'Christian; church on Sunday mornings',
    });
    expect((await cited(kemi, 'can I stick a deploy review in sunday at 9am for her?')).sort()).toEqual(['religion', 'working_hours']);
    const tomas = factsOf({ name: 'Tomás Ferreira', role: 'senior backend engineer', industry: 'e-commerce', company: 'Maré Commerce' });
    expect((await cited(tomas, 'is he in tech?')).sort()).toEqual(['industry', 'role']);
  });
});

describe('offline dialectic: the fact that answers a part of the question in full, which the best answers in part, is cited', () => {
  const marek = factsOf({
    name: 'Marek Zieliński',
    language: ['Polish', 'English', 'some Russian'],
    communication_style: 'simple English, short answers',
  });

  it('cites the languages beside the communication style', async () => {
    expect((await cited(marek, 'should I send him the instructions in Polish, or is English fine?')).sort()).toEqual(['communication_style', 'language']);
  });

  it('does not cite a fact on a part of the question the best fact does not speak of', async () => {
    const yusuf = factsOf({ name: 'Yusuf Demir', language: ['German', 'Turkish'], expertise: ['sourdough rye', 'simit', 'baklava'] });
    expect(await cited(yusuf, 'Does he know how to make the sort of syrupy Turkish sweets people bring round at Bayram?')).toEqual(['expertise']);
  });
});

describe('offline dialectic: a level of degree asked about', () => {
  const jonas = factsOf({
    name: 'Jonas Weber',
    education: 'BA Music Technology, University of Glasgow',
    location_history: ['Manchester (grew up)', 'Glasgow (2012–2018)', 'Berlin since 2018'],
  });

  it('abstains beside a value that names only another level, and beside facts not on education', async () => {
    expect(await cited(jonas, "did they do a master's after Glasgow?")).toEqual([]);
    expect(await cited(jonas, 'does he have a PhD?')).toEqual([]);
  });

  it('is answered by the level asked about, and the same fact answers other questions', async () => {
    expect(await cited(jonas, "does he have a bachelor's degree?")).toEqual(['education']);
    expect(await cited(jonas, 'where did he study?')).toEqual(['education']);
    const both = factsOf({ name: 'Jonas Weber', education: ['BA Music Technology, University of Glasgow', 'MSc Acoustics, Edinburgh'] });
    expect(await cited(both, "did they do a master's after Glasgow?")).toEqual(['education']);
  });
});
