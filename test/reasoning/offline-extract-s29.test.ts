import { describe, expect, it } from 'vitest';
import { sentencesOf, spanText } from '../../src/reasoners/offline/nlp/wink.js';
import { has, learned } from '../helpers/extracted.js';

/**
 * Session 29: the same text is read the same whatever the process read before; corrections that name what they take
 * back; a town's name that is also a word; the place of a job in lower case.
 */

describe('offline NLP: a possessive before a mark is read the same in every call', () => {
  it('splits "husband\'s," like "husband\'s", and a later "my husband\'s a dentist" is read as before', () => {
    const first = sentencesOf("they're my husband's, not mine! It's Sam's. the boss's: ok").flat();
    expect(first.some((t) => t.low.endsWith("'s") && t.low !== "'s")).toBe(false);
    const later = sentencesOf("my husband's a dentist and Sam's car is red").flat();
    expect(later.map((t) => t.low)).toEqual(['my', 'husband', "'s", 'a', 'dentist', 'and', 'sam', "'s", 'car', 'is', 'red']);
  });

  it('keeps the spelling and spacing of what was written', () => {
    const text = "they're my husband's, not mine! Then Gdańsk's: ok";
    expect(
      sentencesOf(text)
        .map((s) => spanText(s))
        .join(' '),
    ).toBe(text);
  });

  it('learns the husband however the process has read "husband\'s" before', async () => {
    await learned("I should say, they're my husband's, not mine! I'm the one who's good with gadgets.");
    expect(has(await learned("my husband's a dentist and he's asking if you can write a short bio for his practice website"), 'family', 'husband')).toBe(true);
  });
});

describe('offline extraction: a correction that names what it takes back', () => {
  it('replaces the words after "not" with the value after "it\'s"', async () => {
    const facts = await learned(
      "I'm doing my master's at Monash — sorry, not a master's, it's a Graduate Diploma of Education — and I've got placement coming up.",
    );
    expect(has(facts, 'education', 'graduate diploma of education')).toBe(true);
    expect(has(facts, 'education', "master's")).toBe(false);
  });

  it('reads "a Graduate Diploma" as a course, not as graduating from "Diploma of Education"', async () => {
    const facts = await learned("I'm doing a Graduate Diploma of Education at Monash and I've got placement coming up.");
    expect(facts.find((f) => f.key === 'education')?.value).toEqual(['Graduate Diploma of Education at Monash']);
    expect(has(await learned('I graduated from Leeds in 2019'), 'education', 'leeds')).toBe(true);
  });
});

describe('offline extraction: a town whose name is also a word', () => {
  it('does not take "it\'s a nice place" for a move to Nice', async () => {
    expect(has(await learned("I live in Leeds, it's a nice place"), 'location', 'leeds')).toBe(true);
    expect(has(await learned("I live in Leeds, it's a nice place"), 'location', 'nice')).toBe(false);
    expect(has(await learned("I live in Leeds. oops typo, it's leicester"), 'location', 'leicester')).toBe(true);
  });
});

describe('offline extraction: the place of a job, in lower case', () => {
  it('reads a known place after a word that opens a name ("north leeds")', async () => {
    expect(has(await learned('im a plumber in north leeds and the lady next door keeps asking me to look at her boiler'), 'location', 'north leeds')).toBe(
      true,
    );
    expect(has(await learned('im a plumber in north wales'), 'location', 'north wales')).toBe(true);
    expect(has(await learned('i work in old money'), 'location', 'old money')).toBe(false);
  });
});
