import { describe, expect, it } from 'vitest';
import { has, keys, learned, learnedOver } from '../helpers/extracted.js';

const valueOf = (facts: Awaited<ReturnType<typeof learned>>, key: string) => facts.find((f) => f.key === key && !f.retract)?.value;

/**
 * Session 45: general readings found on round 46's development thirds (sales reps and recruiters; miners, quarry workers
 * and plant operators; vets, vet nurses, groomers and kennel staff). Each behaviour beside a near miss that must stay as
 * it was.
 */

describe('offline extraction: words the model splits', () => {
  it('reads ".NET" as one word, not the end of a sentence', async () => {
    const facts = await learned('build me a string for a .NET dev in Birmingham with fintech experience, excluding anyone at an agency');
    expect(keys(facts)).not.toContain('location');
    expect(keys(facts)).not.toContain('role');
    expect(valueOf(await learned("I'm a .NET developer and I live in Leeds"), 'role')).toBe('.NET developer');
    // (A stop that ends a sentence still does.)
    expect(valueOf(await learned('I moved to Leeds. Love it here'), 'location')).toBe('Leeds');
  });

  it('reads "C#" and "C++" whole', async () => {
    expect(valueOf(await learned('I write C# and F# mostly'), 'expertise')).toEqual(['C#', 'F#']);
    expect(has(await learned("I'm a C++ dev"), 'expertise', 'C++')).toBe(true);
    // (A grade and a hashtag are no language.)
    expect(keys(await learned('A+ student here'))).not.toContain('expertise');
    expect(valueOf(await learned('I live in Leeds #blessed'), 'location')).toBe('Leeds');
  });

  it('reads a fan said with a hyphenated intensifier ("die-hard"), and years after it as how long', async () => {
    const facts = await learned('die-hard Kaizer Chiefs fan, 30 years. can u write me a funny message to roast my shift boss');
    expect(valueOf(facts, 'interests')).toEqual(['Kaizer Chiefs']);
    expect(keys(facts)).not.toContain('age');
    expect(valueOf(await learned("i'm a die-hard Kaizer Chiefs fan"), 'interests')).toEqual(['Kaizer Chiefs']);
    // (An age in a roll call stays an age; "live-in" is no role of "live".)
    expect(valueOf(await learned('single mum, 34, two kids'), 'age')).toBe('34');
    expect(valueOf(await learned("I'm working here as a live-in helper and they stay in Cebu"), 'role')).not.toBe('live');
  });
});

describe('offline extraction: requests and notes', () => {
  it('reads a style asked for "from now on please"', async () => {
    const facts = await learned('dot points from now on please, not paragraphs — same as how we run our prestarts');
    expect(valueOf(facts, 'communication_style')).toEqual(['dot points']);
    // (A clause cut at its "how" is no note.)
    expect(keys(facts)).not.toContain('notes');
    // (Something else asked for "from now on" is no style.)
    expect(keys(await learned('a coffee from now on please'))).not.toContain('communication_style');
  });

  it('keeps no note of settings written as code', async () => {
    const facts = await learned(
      "my lead hates tabs but personally I'm a tabs person, 4 wide. doesn't matter here though, just format this file however the repo's editorconfig says (indent_style = space, indent_size = 2)",
    );
    expect(keys(facts)).not.toContain('notes');
    expect(has(facts, 'preferences', 'tabs')).toBe(true);
  });
});

describe('offline extraction: family, places and work', () => {
  it('reads a spouse who has died as widowed, not as a spouse', async () => {
    const facts = await learned("single dad to 2 girls (9 and 12) since my wife passed, so FIFO's out for me");
    expect(has(facts, 'family', 'widowed')).toBe(true);
    expect(valueOf(facts, 'family')).not.toContain('wife');
    // (Passing an exam is no death.)
    expect(valueOf(await learned('my son passed his driving test'), 'family')).toEqual(['son']);
  });

  it('reads "live in" as a figure when hedged or said "all day": the software used, not a home', async () => {
    const linkedIn = await learned("i basically live in LinkedIn Recruiter and i'm ok at boolean but not great.");
    expect(keys(linkedIn)).not.toContain('location');
    expect(valueOf(linkedIn, 'tools')).toEqual(['LinkedIn Recruiter']);
    const deswik = await learned('mine planner here, I live in Deswik and Vulcan all day, plus a bit of Python');
    expect(keys(deswik)).not.toContain('location');
    expect(valueOf(deswik, 'tools')).toEqual(['Deswik', 'Vulcan']);
    // (A home is still a home, hedged or all year round.)
    expect(valueOf(await learned('we live in Leeds all year round'), 'location')).toBe('Leeds');
    expect(keys(await learned('i practically live in the gym'))).not.toContain('tools');
  });

  it('reads a job as a kind of hand, said before where it is', async () => {
    expect(valueOf(await learned('im 19 and 3 weeks into my first job as a kennel hand near Ballarat is it normal to be this wrecked'), 'role')).toBe(
      'kennel hand',
    );
    expect(keys(await learned('give me a hand with this'))).not.toContain('role');
  });

  it('takes "my left ear" for no employer left', async () => {
    // (Not even a withdrawal of an employer called "ear".)
    expect((await learned('partially deaf in my left ear — 20 yrs of loud kennels will do that')).filter((f) => f.key === 'company')).toEqual([]);
    expect((await learnedOver('I work at Google', 'I left Google in May')).find((f) => f.key === 'company')).toBeUndefined();
  });
});
