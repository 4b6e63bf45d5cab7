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

describe('offline extraction: round 46, second reading', () => {
  it('takes a role-play named as a thing for no request to play a part', async () => {
    const facts = await learned("got an interview thursday for an account exec role at Xero 🤞 they said there's a roleplay bit, what should i expect?");
    expect(has(facts, 'upcoming_events', 'interview')).toBe(true);
    // (A role-play asked for still starts a character's words.)
    expect(await learned("Let's do a role-play: you're a customs officer and I'm a traveller from Leeds")).toEqual([]);
  });

  it('reads no place in a code with figures or at the start of the name of a school', async () => {
    const facts = await learned("I've got a BSc in Marketing from UNILAG and an MBA from Lagos Business School, now in B2B sales for a telco.");
    expect(keys(facts)).not.toContain('location');
    expect(keys(facts)).not.toContain('hometown');
    expect(valueOf(facts, 'education')).toEqual(['a BSc in Marketing from UNILAG and an MBA from Lagos']);
    expect(valueOf(await learned("I'm originally from Lagos but now in Leeds"), 'hometown')).toBe('Lagos');
  });

  it('takes a language said to be nonexistent for none, and reads "it\'s X and Y for me"', async () => {
    const facts = await learned("my afrikaans is honestly nonexistent even tho i grew up in pretoria, it's english and sepedi for me.");
    expect(has(facts, 'language', 'afrikaans')).toBe(false);
    expect(has(facts, 'language', 'sepedi')).toBe(true);
    expect(valueOf(await learned('my German is about B1'), 'language')).toEqual(['German B1']);
    expect(keys(await learned("it's pizza and chips for me"))).not.toContain('language');
  });

  it('reads "half my clients …" as said of other people', async () => {
    expect(keys(await learned('half my farm clients prefer afrikaans, is there a polite way to say i can only do english?'))).not.toContain('preferences');
  });

  it('reads the area a rep covers and the desk a recruiter works', async () => {
    expect(valueOf(await learned('im a field sales rep, my patch is the whole Free State plus bits of the Northern Cape'), 'territory')).toBe('Free State');
    expect(valueOf(await learned('I cover theatres right across Queensland, ortho implants mostly.'), 'territory')).toBe('Queensland');
    expect(valueOf(await learned('Got given DACH as my region from next quarter'), 'territory')).toBe('DACH');
    expect(valueOf(await learned("I'm a perm recruiter on a construction & engineering desk."), 'team')).toBe('construction & engineering desk');
    // (An area that is only somewhere, and a desk to sit at, are neither.)
    expect(keys(await learned('my area is in Leeds'))).not.toContain('territory');
    expect(keys(await learned("I've just bought a standing desk"))).not.toContain('team');
  });

  it('knows recruitment and mine-planning software, and a tool typed into', async () => {
    expect(has(await learned("We run everything through Bullhorn and I'm pretty handy with Excel."), 'tools', 'Bullhorn')).toBe(true);
    expect(has(await learned("i'm dyslexic so typing up call notes in Salesforce takes me forever."), 'tools', 'Salesforce')).toBe(true);
    // (A volcano's god in lower case is no tool.)
    expect(keys(await learned('my favourite word is vulcan'))).not.toContain('tools');
  });
});

describe('offline extraction: round 46, third reading', () => {
  it('reads "plain English" as a register asked for, not a language', async () => {
    const facts = await learned('anything I get you to write for owners — plain English, year 6 reading level, no jargon.');
    expect(has(facts, 'communication_style', 'plain English')).toBe(true);
    expect(keys(facts)).not.toContain('language');
    // (A language spoken simply is spoken; one task in simple English is no standing request.)
    expect(valueOf(await learned('I speak simple Hindi at home'), 'language')).toEqual(['Hindi']);
    expect(keys(await learned('help me explain contingency fuel to the new starters in simple english'))).not.toContain('communication_style');
  });

  it('splits "…, so no emojis ever in anything you draft for me" off as a request', async () => {
    const facts = await learned('I run a home euthanasia service in Surrey, so no emojis ever in anything you draft for me, and keep the tone gentle');
    expect(has(facts, 'communication_style', 'no emojis')).toBe(true);
    // ("so no replies from me" is what the user will not do.)
    expect(keys(await learned("I'm off on an 8-day silent retreat from the 14th, so no replies from me — can you help me?"))).not.toContain(
      'communication_style',
    );
  });

  it('reads Tagalog and Cebuano "taga X" as where the user is from', async () => {
    expect(valueOf(await learned('taga Cebu ako, working as a vet assistant in a clinic in Mandaue for 2 years na.'), 'hometown')).toBe('Cebu');
  });
});
