import { describe, expect, it } from 'vitest';
import { answered, has, keys, learned } from '../helpers/extracted.js';

const valueOf = (facts: Awaited<ReturnType<typeof learned>>, key: string) => facts.find((f) => f.key === key && !f.retract)?.value;

/**
 * Session 43: general readings found on round 44's development thirds (estate and letting agents; motor mechanics, MOT
 * testers and valeters; laboratory scientists and technicians) and on misses that recur in older rounds. Each behaviour
 * beside a near miss that must stay as it was.
 */

describe('offline extraction: clauses that carry the subject over', () => {
  it('reads "got" opening a clause whose subject is carried over as "have got"', async () => {
    const facts = await learned('nurse in leeds, got two kids and a dog');
    expect(has(facts, 'family', 'two kids')).toBe(true);
    expect(has(await learned('mechanic in Bolton, got three kids under five'), 'family', 'three kids')).toBe(true);
  });
});

describe('offline extraction: work named by an animal', () => {
  it('does not take the animal in "lab tech", "dog walker" or "cat sitter" for a pet', async () => {
    expect(keys(await learned('lab tech at the royal, got bad eczema on my hands'))).not.toContain('pets');
    expect(keys(await learned("i'm a dog walker in leeds"))).not.toContain('pets');
    // ("lab" opening a longer noun is the place of work, in a household roll call or after "my".)
    expect(keys(await learned("My wife's a paramedic and I'm a lab manager, so the shift calendar is pure chaos"))).not.toContain('pets');
    expect(keys(await learned('Which of my lab skills actually transfer to industry?'))).not.toContain('pets');
    // (The user's own animal still is one, with its name in lower case too.)
    expect(has(await learned('got a black lab called Bramble'), 'pets', 'lab')).toBe(true);
    expect(has(await learned('my dog bruno hates the vet'), 'pets', 'dog')).toBe(true);
    expect(has(await learned('a husband, three kids and a lab'), 'pets', 'lab')).toBe(true);
  });
});

describe('offline extraction: household, shifts and habits', () => {
  it('reads twins said by what they are as children', async () => {
    expect(has(await learned('married with twin boys, 4, so saturday mornings at the garage are done'), 'family', 'twin boys')).toBe(true);
    expect(has(await learned('i have twin girls'), 'family', 'twin girls')).toBe(true);
    // (Not someone else's twins, nor a twin brother.)
    expect(keys(await learned('my sister has twin boys'))).not.toContain('family');
    expect(has(await learned('my twin brother lives in cork'), 'family', 'twin')).toBe(false);
  });

  it('reads the shifts the user does as a habit ("I do nights", "I work nights")', async () => {
    expect(valueOf(await learned('i do nights on the blood sciences bench, 4 on 4 off'), 'work_style')).toBe('nights');
    expect(valueOf(await learned('I work nights at the Lidl distribution centre in Belvedere'), 'work_style')).toBe('nights');
    // (Nights for a while are a status; someone else's nights are theirs.)
    expect(keys(await learned('i do nights this week'))).not.toContain('work_style');
    expect(keys(await learned('my husband works nights'))).not.toContain('work_style');
  });

  it('keeps a time the tagger takes for a sign in an event ("on 6am starts all this month")', async () => {
    expect(has(await learned("on 6am starts all this month cos the other tech's on paternity leave"), 'upcoming_events', '6am')).toBe(true);
  });

  it('reads what the user does at the weekend, in the present, as a habit and not an event', async () => {
    expect(keys(await learned('I take macro photos of slime moulds and fungi at the weekend'))).not.toContain('upcoming_events');
    // (A weekend to come is one.)
    expect(has(await learned("I'm going to Leeds at the weekend"), 'travel_plans', 'Leeds')).toBe(true);
  });

  it('does not take a word inside a longer noun for a pastime', async () => {
    expect(keys(await learned("i do nights on the blood sciences bench, so dont worry about replying whenever — i'm up at 3am anyway"))).not.toContain(
      'interests',
    );
    // (A pastime's own team is still the pastime.)
    expect(has(await learned("I've been made captain of the ladies' bowls team at Kelvingrove this season"), 'interests', 'bowls')).toBe(true);
  });
});

describe('offline extraction: answers', () => {
  it('reads a name given with a title before it, however many parts it has', async () => {
    const facts = await answered('What name should I sign it off with?', 'Dr Siobhán Ní Bhriain, tho everyone in the lab just calls me Shiv');
    expect(has(facts, 'name', 'Siobhán Ní Bhriain')).toBe(true);
    expect(valueOf(await answered('What name should I sign it off with?', 'Dr Priya Shah'), 'name')).toBe('Dr Priya Shah');
    // (A reply of more words than a name is none.)
    expect(keys(await answered('What name should I sign it off with?', 'Dr Who fans would know the one I mean'))).not.toContain('name');
  });
});

describe('offline extraction: words that are something else here', () => {
  it('does not take "ta" (thanks) for a teaching assistant, a name for a misspelt pastime, nor a kind of car for a tool', async () => {
    expect(await learned('ok ta thats perfect')).toEqual([]);
    expect(valueOf(await learned('TA in a year 2 class'), 'role')).toBe('TA');
    expect(keys(await learned("live in kildare and drive into St James's every day for the lab"))).not.toContain('interests');
    expect(keys(await learned("maybe an EV bay if I've done the training by then"))).not.toContain('tools');
    // (A misspelt pastime is still read; a vehicle is still one.)
    expect(has(await learned('i love boulderng at the weekends'), 'interests', 'boulderng')).toBe(true);
    expect(valueOf(await learned('i drive an EV'), 'vehicle')).toBe('EV');
  });

  it('does not read a way of working that describes the noun after it ("hybrid tech") as one', async () => {
    expect(keys(await learned('hybrid tech at the Lexus dealer in Auckland'))).not.toContain('work_style');
    expect(valueOf(await learned('hybrid, 2 days in the office'), 'work_style')).toBe('hybrid');
  });
});

describe('offline extraction: quoted passages and "with no"', () => {
  it('reads "with no …" as what a thing comes without, not a denial of the clause', async () => {
    expect(has(await learned('I want straight, practical answers with no hedging'), 'communication_style', 'no hedging')).toBe(true);
    expect(has(await learned('I want short answers with no jargon'), 'communication_style', 'no jargon')).toBe(true);
    // (A denial is still one.)
    expect(keys(await learned("I don't want short answers"))).not.toContain('communication_style');
  });

  it("learns nothing from a short value that is mostly a quoted passage, but keeps a longer one in the user's words", async () => {
    const facts = await learned("Please skip the 'every child is different' bit. I know.");
    expect(facts.some((f) => /quote/i.test(JSON.stringify(f.value)))).toBe(false);
    const signed = await learned("When you draft letters for me, please always sign them off 'Yours faithfully, R. J. Pemberton' and use British spelling");
    expect(signed.some((f) => /British spelling/.test(JSON.stringify(f.value)))).toBe(true);
  });
});

describe('offline extraction: the family coming home', () => {
  it("reads the user's close family arriving at a time to come as the user's event", async () => {
    expect(has(await learned('hubby gets home from deployment on the 14th!!! want to make a welcome home banner'), 'upcoming_events', '14th')).toBe(true);
    expect(has(await learned('my parents land from Lagos on Friday for omugwo, staying 3 months'), 'upcoming_events', 'Friday')).toBe(true);
    expect(
      has(await learned('Our son and his lot arrive on Friday for the bank holiday weekend — five extra for dinner'), 'upcoming_events', 'bank holiday'),
    ).toBe(true);
    // (Not a past arrival, a daily habit, nor someone outside the household.)
    expect(keys(await learned('my parents arrived last Friday'))).not.toContain('upcoming_events');
    expect(keys(await learned('my son gets home from school at 4 every day'))).not.toContain('upcoming_events');
    expect(keys(await learned('my colleague arrives on Friday'))).not.toContain('upcoming_events');
  });
});
