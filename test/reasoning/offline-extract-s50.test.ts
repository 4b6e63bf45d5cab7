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

describe('offline extraction: a family said in fragments', () => {
  it('reads a child named first after a comma, with no "my", as the user\'s', async () => {
    const facts = await learned("single dad, daughter Leila is 6, so school runs mean I can't do the 5am Spitalfields pickups anymore");
    expect(valueOf(facts, 'family')).toEqual(['single dad', 'daughter Leila (6)']);
    // ("school runs" is no schooling.)
    expect(valueOf(facts, 'education')).toBeUndefined();
    // (Not a child of someone named before it, nor an amount of something else.)
    expect(valueOf(await learned("I met Amy's family, daughter Leila is 6"), 'family')).toBeUndefined();
    expect(valueOf(await learned('son is 15 minutes late again'), 'family')).toBeUndefined();
  });
});

describe('offline extraction: a business run with others', () => {
  it('reads "myself and my brother run …" and "we run a …" as the user\'s work', async () => {
    const facts = await learned('Myself and my brother run the family greengrocers in Ennis — Da started it in 1979.');
    expect(valueOf(facts, 'role')).toBe('run the family greengrocers');
    expect(valueOf(facts, 'location')).toBe('Ennis');
    expect(valueOf(await learned('we run a B&B in Oban'), 'role')).toBe('run a B&B');
    // (Not a run on a day of the week, by the user or by others; not what the user's parents run.)
    expect(valueOf(await learned('we run every Sunday morning'), 'role')).toBeUndefined();
    expect(valueOf(await learned('I run every Sunday morning'), 'role')).toBeUndefined();
    expect(valueOf(await learned('my parents run a shop in Leeds'), 'role')).toBeUndefined();
  });
});

describe('offline extraction: Scots "fae"', () => {
  it('reads "originally fae X" as the home town', async () => {
    const facts = await learned('originally fae Peterhead, bidin in Aberdeen now, fish filleter at the harbour.');
    expect(valueOf(facts, 'hometown')).toBe('Peterhead');
    expect(valueOf(facts, 'location')).toBe('Aberdeen');
  });
});

describe('offline extraction: two tools used for two tasks, the verb said once', () => {
  it('reads the second name used for a task as a tool too', async () => {
    expect(valueOf(await learned('we use Legend for bookings and Deputy for the rota, can u help me export hours'), 'tools')).toEqual(['Legend', 'Deputy']);
    // (Not a person turned to for something.)
    expect(valueOf(await learned('I use Excel for budgets and my sister for advice'), 'tools')).toEqual(['Excel']);
  });
});

describe('offline extraction: a name said with the papers it is written on', () => {
  it('reads "it\'s X on my passport / card" as the name', async () => {
    const facts = await learned("it's Oluwatobiloba on my CSCS card but everyone on site calls me Tobi — can you help me write a short intro?");
    expect(valueOf(facts, 'name')).toBe('Oluwatobiloba');
    expect(valueOf(facts, 'nickname')).toBe('Tobi');
    // (Not a place on a map.)
    expect(valueOf(await learned("it's Lombok on the map"), 'name')).toBeUndefined();
  });
});
