import { describe, expect, it } from 'vitest';
import { editDistance, inLexicon, typingSlip } from '../../src/reasoners/offline/dialectic/spelling.js';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 22: questions as people misspell them. A question word that no vocabulary knows (not a cue word of
 * the concept tables, not a word of the profile, not in the English lexicon) is read as the one nearest word
 * of the profile or of the concept tables within a small edit distance; chat spellings too short for that are
 * read through the table of informal spellings. Names, quoted words and real words are left as written.
 * Also here: accounting software known by its names (which a misspelt "acounting" question needed), and a
 * favourite of another kind (favorite_cuisines) that no longer answers "her favourite dessert".
 */

const { cited } = offlineCiter();

describe('offline dialectic: misspelt question words', () => {
  const camille = factsOf({
    name: 'Camille Roux',
    occupation: 'baker, runs a small sourdough bakery in Lyon',
    flour_supplier: 'Moulin Bertrand, delivers on Tuesdays',
    upcoming_trip: 'Danube river cruise in September',
    hobbies: ['desert hiking', 'bouldering'],
    passport: 'French passport, renewed 2024',
  });
  const tash = factsOf({
    name: 'Tash Nguyen',
    occupation: 'ICU nurse at St Vincent’s Hospital',
    location: 'Fitzroy, Melbourne',
    date_night: 'every second Friday',
    hobbies: ['baking bread', 'netball'],
    religion: 'Buddhist, goes to temple at Lunar New Year',
  });

  it('reads a misspelt word as the word of the profile it is one slip away from', async () => {
    expect(await cited(camille, 'whos her flour suplier?')).toEqual(['flour_supplier']);
    expect(await cited(camille, 'when is the danube crusie again')).toEqual(['upcoming_trip']);
    expect(await cited(tash, 'which hosptial does she work at')).toEqual(['occupation']);
  });

  it('reads a misspelt cue word of the vocabulary, and chat spellings through the table', async () => {
    // "work" is no word of her profile: the concept tables' cue word for her job.
    expect(await cited(tash, 'where does she wokr')).toEqual(['occupation']);
    expect(await cited(tash, 'wen is date nite')).toEqual(['date_night']);
  });

  it('reads a misspelt relation word, so a question about someone else still abstains', async () => {
    expect(await cited(tash, 'where does her nieghbour live')).toEqual([]);
  });

  it('leaves real words, names and quoted words as written', async () => {
    // "dessert" is a word: never the "desert" of her hiking.
    expect(await cited(camille, "what's her favourite dessert")).toEqual([]);
    // "breed" is a word of the English lexicon, though no cue word: not the "bread" she bakes.
    expect(await cited(tash, 'which breed does she like')).toEqual([]);
    // A capitalised word inside the question is a name ("Breda"), not "bread".
    expect(await cited(tash, 'what does Breda like to bake?')).toEqual([]);
    // Words in quotes or code are asked about as written; the same words outside them are read.
    expect(await cited(camille, 'when is "the crusie thing" she wrote about?')).toEqual([]);
    expect(await cited(camille, 'when is `the crusie thing` she wrote about?')).toEqual([]);
    expect(await cited(camille, 'when is the crusie thing she wrote about?')).toEqual(['upcoming_trip']);
  });
});

describe('offline dialectic: accounting software by name', () => {
  it('finds the package a profile names for "accounting software"', async () => {
    const dev = factsOf({ name: 'Dev Rao', business_name: 'Pawfect Grooming', tools: ['Square POS', 'Xero', 'Google Sheets'], hobbies: ['cricket'] });
    expect(await cited(dev, 'which accounting software does he use')).toEqual(['tools']);
    expect(await cited(dev, 'which acounting package does he use?')).toEqual(['tools']);
    expect(await cited(dev, 'which CRM does he use?')).toEqual([]);
  });
});

describe('offline dialectic: a favourite of another kind', () => {
  it('does not answer a favourite dessert with the favourite cuisine, but a favourite food or meal still with it', async () => {
    const marta = factsOf({ name: 'Marta Nowak', favorite_cuisines: ['Polish', 'Georgian'], cooking_skill: 'confident home cook' });
    expect(await cited(marta, "what's her favourite dessert?")).toEqual([]);
    expect(await cited(marta, "what's her favourite food?")).toEqual(['favorite_cuisines']);
    expect(await cited(marta, "what's her favourite meal?")).toEqual(['favorite_cuisines']);
    expect(await cited(marta, "what's her favourite cuisine?")).toEqual(['favorite_cuisines']);
  });

  it('answers it with a favourite of food as a whole, or of that very kind', async () => {
    const ola = factsOf({ name: 'Ola Berg', favorite_foods: ['tiramisu', 'pierogi'], favourite_snack: 'salted almonds' });
    expect(await cited(ola, "what's her favourite dessert?")).toEqual(['favorite_foods']);
    expect(await cited(ola, "what's her favourite snack?")).toContain('favourite_snack');
  });
});

describe('spelling: distance and slips', () => {
  it('counts a swap of two neighbouring letters as one edit, and stops past the bound', () => {
    expect(editDistance('hosptial', 'hospital', 2)).toBe(1);
    expect(editDistance('suplier', 'supplier', 1)).toBe(1);
    expect(editDistance('acounting', 'accounting', 2)).toBe(1);
    expect(editDistance('custmers', 'customer', 2)).toBe(2);
    expect(editDistance('breakfast', 'bookshelf', 2)).toBe(3);
  });

  it('takes a dropped, doubled, swapped or neighbouring-key letter for a slip, not a different letter', () => {
    expect(typingSlip('suplier', 'supplier')).toBe(true);
    expect(typingSlip('crusie', 'cruise')).toBe(true);
    expect(typingSlip('cofffee', 'coffee')).toBe(true);
    expect(typingSlip('hospitsl', 'hospital')).toBe(true);
    expect(typingSlip('seperate', 'separate')).toBe(true);
    expect(typingSlip('marsala', 'masala')).toBe(false);
    expect(typingSlip('ceili', 'chili')).toBe(false);
    expect(typingSlip('repro', 'retro')).toBe(false);
  });
});

describe('offline dialectic: the lexicon check stays bounded', () => {
  it('keeps telling words from made-up ones after more made-up words than one instance keeps', () => {
    const letters = (n: number): string => [...n.toString(26)].map((d) => String.fromCharCode(97 + Number.parseInt(d, 26))).join('');
    for (let i = 0; i < 20_050; i++) expect(inLexicon(`qzv${letters(i)}xk`)).toBe(false);
    expect(inLexicon('dessert')).toBe(true);
    expect(inLexicon('suplier')).toBe(false);
  });
});
