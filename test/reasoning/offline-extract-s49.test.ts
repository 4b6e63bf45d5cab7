import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/extracted.js';

const valueOf = (facts: Awaited<ReturnType<typeof learned>>, key: string) => facts.find((f) => f.key === key && !f.retract)?.value;

/**
 * Session 49: general readings found on round 50's development thirds (airport security, border-force and customs
 * officers; care-home activity coordinators, occupational therapists and rehab assistants; tattooists, piercers,
 * sign-makers and print shops). Each behaviour beside a near miss that must stay as it was.
 */

describe('offline extraction: where the user lives and where work sends them', () => {
  it('keeps the home said beside a posting, and reads the posting as where the user works', async () => {
    const facts = await learned("I stay at Tema Community 25 but I'm posted to Kotoka, the traffic on the motorway every morning ehh.");
    expect(valueOf(facts, 'location')).toBe('Tema');
    expect(valueOf(facts, 'workplace')).toBe('Kotoka');
    // (A posting said alone is still where the user is.)
    expect(valueOf(await learned("I've been posted to Catterick since March."), 'location')).toBe('Catterick');
  });

  it('reads a place said to be where the user is originally from as no home now', async () => {
    const facts = await learned('originally from Kochi, now staying in Shamshabad near the Hyderabad airport');
    expect(valueOf(facts, 'hometown')).toBe('Kochi');
    expect(valueOf(facts, 'location')).toBeUndefined();
    // (A place the user is from, said plainly, is still their place when no other is given.)
    expect(valueOf(await learned("I'm from Kochi, can you help me write a leave application?"), 'location')).toBe('Kochi');
  });
});

describe('offline extraction: pastimes said as what the user does or is', () => {
  it('reads a pastime said in the plain present with nothing after it', async () => {
    expect(valueOf(await learned("my oga won't shut up about his golf handicap lol. i actually bake — sourdough mostly"), 'interests')).toEqual(['bake']);
    expect(valueOf(await learned('I knit too'), 'interests')).toEqual(['knit']);
    // (Not denied, not someone else's, not one swim planned.)
    expect(valueOf(await learned("I don't knit"), 'interests')).toBeUndefined();
    expect(valueOf(await learned('my wife knits'), 'interests')).toBeUndefined();
    expect(valueOf(await learned('I swim to the island tomorrow'), 'interests')).toBeUndefined();
  });

  it('reads the doer of a pastime, and not of a trade', async () => {
    expect(valueOf(await learned("I'm a wild swimmer, in Loch Lomond most weekends even in January"), 'interests')).toEqual(['wild swimmer']);
    expect(valueOf(await learned("I'm a climber"), 'interests')).toEqual(['climber']);
    expect(valueOf(await learned("I'm a baker"), 'interests')).toBeUndefined();
    expect(valueOf(await learned("she's a swimmer"), 'interests')).toBeUndefined();
  });
});

describe('offline extraction: a faith said with "as a" and a word before it', () => {
  it('reads "as an amritdhari Sikh" as the religion', async () => {
    expect(valueOf(await learned('as an amritdhari Sikh I wear my kirpan at all times — how does that square with the search rules?'), 'religion')).toBe(
      'Sikh',
    );
    // (Not a faith the user is asked about.)
    expect(valueOf(await learned('as a non-Muslim can I visit the mosque?'), 'religion')).toBeUndefined();
  });
});
