import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '../../src/profiles/reasoning.js';
import { has, learned, reasoner } from '../helpers/extracted.js';

/**
 * Session 26: extraction classes from the development sets — pronouns said on their own or set against the wrong
 * ones, the name accepted when asked how to address the user — each with near misses that must not change.
 */

const answered = (question: string, reply: string): Promise<ExtractedFact[]> =>
  reasoner.extract({
    messages: [
      { role: 'assistant', content: question },
      { role: 'user', content: reply },
    ],
    profile: [],
  });

describe('offline extraction: pronouns on their own', () => {
  it('reads a set of pronouns set against the wrong one, in brackets inside a request, or after "it\'s"', async () => {
    expect(has(await learned('they/them please, not she — I need a blurb for our new comp'), 'pronouns', 'they/them')).toBe(true);
    expect(has(await learned('they/them pls not she. can u redo the bio'), 'pronouns', 'they/them')).toBe(true);
    expect(has(await learned('Can you sign off the cover letter as Sam Okafor (they/them)?'), 'pronouns', 'they/them')).toBe(true);
    expect(has(await learned("sasha is fine lol. and it's she/her"), 'pronouns', 'she/her')).toBe(true);
  });

  it('reads no pronouns denied, asked about or said of someone else', async () => {
    expect(has(await learned('not they/them please'), 'pronouns', 'they/them')).toBe(false);
    expect(has(await learned('is it they/them?'), 'pronouns', 'they/them')).toBe(false);
    expect(has(await learned("my kid came out last year and it's they/them now"), 'pronouns', 'they/them')).toBe(false);
  });
});

describe('offline extraction: how the user would like to be addressed', () => {
  it('reads the name accepted in reply, not the one nobody uses', async () => {
    const reply = await answered(
      'Before I draft the intro email to the new team, how would you like to be addressed?',
      'sasha is fine, nobody calls me aleksandra except my gran lol',
    );
    expect(has(reply, 'name', 'Sasha')).toBe(true);
    expect(has(reply, 'name', 'Aleksandra')).toBe(false);
    expect(has(await learned('everyone calls me Shiv'), 'nickname', 'Shiv')).toBe(true);
  });
});
