import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/extracted.js';

const valueOf = (facts: Awaited<ReturnType<typeof learned>>, key: string) => facts.find((f) => f.key === key && !f.retract)?.value;

/**
 * Session 50: general readings found on round 51's development thirds (lifeguards, swimming teachers and leisure-centre
 * staff; surveyors, drone pilots and site engineers; butchers, fishmongers, greengrocers and market traders). Each
 * behaviour beside a near miss that must stay as it was.
 */

describe('offline extraction: the home said beside places only passed through', () => {
  it('keeps where the user stays over where their work is', async () => {
    expect(valueOf(await learned('I stay in Maseno but the pool I work at is in Kisumu town, matatu is about 40 mins.'), 'location')).toBe('Maseno');
    // (A place only passed through is still the user's place when nothing else is said.)
    expect(valueOf(await learned('the pool I work at is in Kisumu town'), 'location')).toBe('Kisumu');
  });

  it('reads "home\'s in X" after a comma as where the user lives, over the sites they work at', async () => {
    const facts = await learned("I split my week between the Manchester office and sites in Warrington and Bolton, home's in Stockport.");
    expect(valueOf(facts, 'location')).toBe('Stockport');
    expect(valueOf(facts, 'hometown')).toBeUndefined();
    expect(valueOf(await learned("I work in Bolton, home's in Stockport."), 'location')).toBe('Stockport');
    // (Beside where the user is based, home is where they come from.)
    expect(valueOf(await learned('based out of Rotterdam for work but home is Cebu'), 'hometown')).toBe('Cebu');
  });

  it('reads "at home in X" as the home beside a place the user spends some months at', async () => {
    const facts = await learned(
      'We spend January to March at our apartment outside Alicante most years — the chest is better in the warm — and the rest of the year at home in Dundalk.',
    );
    expect(valueOf(facts, 'location')).toBe('Dundalk');
    // (A passing place that only says more of the home said stays.)
    expect(valueOf(await learned("I'm in Perth — sorry, Perth in Scotland, not Australia — and looking for a Quaker meeting."), 'location')).toBe(
      'Perth, Scotland',
    );
  });
});
