import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 18, fourth abstention round: a professional the user goes to, picked out by which/what with a verb of using
 * or seeing them, is someone else.
 */

const { cited } = offlineCiter();

describe('offline dialectic: a trade picked out by which/what with a verb of using it is someone else', () => {
  const tash = factsOf({
    name: 'Natasha Kovač',
    occupation: 'ICU registered nurse at the Royal Melbourne Hospital',
    current_focus: 'building weekly running to 35 km and getting home-loan pre-approval',
    fitness_goal: 'half marathon in October, under 2 hours',
  });
  const ann = factsOf({ name: 'Ann Lee', occupation: 'nurse', accountant: 'Jane Moss at Moss & Co' });

  it('abstains on the professional the user uses or sees', async () => {
    expect(await cited(tash, 'Which mortgage broker is she using for the pre-approval?')).toEqual([]);
    expect(await cited(tash, 'which physio does she usually see?')).toEqual([]);
    expect(await cited(tash, 'what accountant does she use?')).toEqual([]);
  });

  it('still answers the trade the user is, and the professional the profile names', async () => {
    expect(await cited(tash, 'what kind of nurse is she?')).toEqual(['occupation']);
    expect(await cited(tash, 'is she a mortgage broker?')).toEqual(['occupation']);
    expect(await cited(ann, 'which accountant does she use?')).toEqual(['accountant']);
  });
});

describe('offline dialectic: a day cut short ("mon-thu") is no name of someone else', () => {
  const nadia = factsOf({
    name: 'Nadia Hussain',
    cooking_routine: 'batch cooks on Sundays; weeknight dinners Mon-Thu must take 25 minutes max',
    pets: 'a cat called Tom',
  });

  it('answers the question that names days cut short', async () => {
    expect(await cited(nadia, 'max cooking time for mon-thu dinners?')).toContain('cooking_routine');
    expect(await cited(nadia, 'what does she cook on sat?')).toContain('cooking_routine');
  });

  it('still abstains on an unknown name', async () => {
    expect(await cited(nadia, 'what does Marek cook on weeknights?')).toEqual([]);
  });
});

describe('offline dialectic: "who is X with?" asked of a thing asks for its provider, not a person', () => {
  const aoife = factsOf({
    name: 'Aoife Brennan',
    mortgage: 'with AIB, fixed until 2028',
    broadband: 'Eir fibre, contract ends March 2026',
    upcoming_events: 'dinner with Sinead on Friday',
  });

  it('answers the provider the profile holds', async () => {
    expect(await cited(aoife, 'who is the mortgage with?')).toEqual(['mortgage']);
    expect(await cited(aoife, "who's the broadband with")).toEqual(['broadband']);
  });

  it('still abstains on a person to identify', async () => {
    expect(await cited(aoife, 'who is the new manager?')).toEqual([]);
    expect(await cited(aoife, "who's the boss going with?")).toEqual([]);
  });
});

describe('offline dialectic: a value on work that names the place of work answers where the user works', () => {
  const tash = factsOf({
    name: 'Natasha Kovač',
    occupation: 'ICU registered nurse at the Royal Melbourne Hospital',
    transport: 'cycles to work, no car',
  });
  const ann = factsOf({ name: 'Ann Lee', occupation: 'freelance illustrator', location: 'Leeds' });

  it('answers from the occupation that names the workplace', async () => {
    expect(await cited(tash, 'which hospital does she work at?')).toEqual(['occupation']);
    expect(await cited(tash, 'where does she work?')).toEqual(['occupation']);
  });

  it('still abstains when no workplace is named', async () => {
    expect(await cited(ann, 'which hospital does she work at?')).toEqual([]);
  });
});
