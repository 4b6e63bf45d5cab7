import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 34: "which suits her better?" asks which option fits the user (no head noun); a noun counted in a value
 * ("3 processes open") is that value's head, and a month across a separator is no day of the month.
 */

const { cited } = offlineCiter();

describe('offline dialectic: which option fits the user', () => {
  const aoife = factsOf({
    name: 'Aoife',
    learning_style: 'learns best with active recall and flashcards; loses focus in long readings',
    study_tools: ['Anki', 'Notion'],
    diet: 'vegetarian',
    commute: 'cycles to campus',
  });

  it('reads a third-person verb with the user as its object as no head', async () => {
    expect(await cited(aoife, 'long reading lists or flashcards — which suits her better?')).toEqual(['learning_style']);
    expect(await cited(aoife, 'flashcards or long readings, which works for her?')).toEqual(['learning_style']);
  });

  it('still reads a noun after "which" as the head', async () => {
    expect(await cited(aoife, 'which apps does she study with?')).toEqual(['study_tools']);
  });
});

describe('offline dialectic: a count in a value', () => {
  const grace = factsOf({
    name: 'Grace',
    job_search_status: 'actively applying since April; 3 processes open',
    role: 'product manager',
    location: 'Manchester',
  });

  it('answers how many of a thing the value counts, past a month before a separator', async () => {
    expect(await cited(grace, 'how many processes has she got going rn')).toEqual(['job_search_status']);
  });

  it('still abstains on a count the profile does not hold', async () => {
    expect(await cited(grace, 'how many interviews has she done this week?')).toEqual([]);
  });
});
