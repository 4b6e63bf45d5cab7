import { describe, expect, it } from 'vitest';
import { has, learned } from '../helpers/extracted.js';

/**
 * Session 27: extraction classes from the development sets, each with near misses that must not change.
 */

describe('offline extraction: a book under way', () => {
  it('keeps a title that opens with its own "The"', async () => {
    expect(has(await learned("I'm currently reading The Overstory."), 'current_reading', 'the overstory')).toBe(true);
    expect(has(await learned("I'm halfway through Demon Copperhead and loving it"), 'current_reading', 'demon copperhead')).toBe(true);
  });

  it('reads no book in a paper read with a small "the"', async () => {
    expect(has(await learned("I'm reading the Guardian every morning"), 'current_reading', 'guardian')).toBe(false);
  });
});
