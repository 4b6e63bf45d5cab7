import { describe, expect, it } from 'vitest';
import { has, keys, learned } from '../helpers/extracted.js';

/**
 * Session 31: service in the armed forces, a lasting fact about the user whether the service is over or not.
 */

describe('offline extraction: service in the forces', () => {
  it('learns the forces the user served in, said many ways', async () => {
    expect(has(await learned('51, ex-navy, three kids — can you help me with a CV for a civvy job?'), 'service_history', 'navy')).toBe(true);
    expect(has(await learned('Ex-SANDF, now running a security firm in Pretoria. Help me write a tender?'), 'service_history', 'sandf')).toBe(true);
    expect(has(await learned("I'm 60 and ex-Black Watch, looking for a walking group near Perth"), 'service_history', 'black watch')).toBe(true);
    expect(has(await learned('I served nine years in the Royal Signals before going into IT.'), 'service_history', 'royal signals')).toBe(true);
    expect(has(await learned('I retired from the Indian Air Force in 2019 and now consult on aviation safety.'), 'service_history', 'indian air force')).toBe(
      true,
    );
    expect(has(await learned("I'm a reservist with the Royal Irish, can you help me tell my boss about annual camp?"), 'service_history', 'reservist')).toBe(
      true,
    );
    expect(has(await learned('Hi! former Philippine Navy cook here, can you help me price a catering job?'), 'service_history', 'philippine navy')).toBe(true);
  });

  it('keeps a service the user has left: it is still who they are', async () => {
    expect(has(await learned('I was in the RAF for twelve years, now I drive a bus in Lincoln.'), 'service_history', 'raf')).toBe(true);
  });

  it("does not learn someone else's service, nor an ex who is no force", async () => {
    expect(keys(await learned('my dad was in the army for 30 years, what medals would he have?'))).not.toContain('service_history');
    expect(keys(await learned('my ex-husband joined the navy last year, can he still see the kids?'))).not.toContain('service_history');
    expect(keys(await learned('ex-boyfriend keeps texting me, how do I block him?'))).not.toContain('service_history');
  });
});

describe('offline extraction: names, ways of being reached, pastimes and courses', () => {
  it('takes a capital right after "called" as the name, however the tagger reads it', async () => {
    expect(has(await learned("two kids and a collie called Skipper who thinks he's crew. any dog life jackets for a collie?"), 'pets', 'skipper')).toBe(true);
  });

  it('learns the ways of being reached that suit the user', async () => {
    expect(has(await learned("I can't hear well on the phone — text or email works best for me."), 'communication_style', 'text or email')).toBe(true);
    expect(keys(await learned('email works best for my boss, can you draft one?'))).not.toContain('communication_style');
  });

  it('learns knot tying as a pastime and a refresher course as an event', async () => {
    expect(has(await learned("i'm into knot tying, got a board with 60 on it"), 'interests', 'knot tying')).toBe(true);
    expect(has(await learned('my STCW refresher is on the 14th in Cork, what do they make you do?'), 'upcoming_events', 'refresher')).toBe(true);
  });
});

describe('offline extraction: a small business the user has or runs', () => {
  it("learns the shop as the user's work, said with have, got, running or 'we are'", async () => {
    expect(has(await learned("Howzit, I've got a spaza shop in Soweto, been running it 6 years now."), 'role', 'spaza shop')).toBe(true);
    expect(has(await learned('I am running a kirana store in Pune only, my son does the WhatsApp orders.'), 'role', 'kirana store')).toBe(true);
    expect(has(await learned("We're a cheese shop, NOT a deli — write us an about page?"), 'role', 'cheese shop')).toBe(true);
  });

  it('does not take a shop the user goes to, or someone else has, for their work', async () => {
    expect(keys(await learned('I went to the corner shop for milk and they had none'))).not.toContain('role');
    expect(keys(await learned('my sister has a flower shop in Leeds, can you help her with a logo?'))).not.toContain('role');
    expect(keys(await learned("I'm running a half marathon in May, any tips?"))).not.toContain('role');
  });
});

describe('offline extraction: a status in a roll call of fragments', () => {
  it('learns "widowed" or "divorced" between commas after an age', async () => {
    expect(has(await learned('54, widowed, had the paper shop on Bridge St for 22 years. need a sign for sundays'), 'family', 'widowed')).toBe(true);
    expect(has(await learned('44, divorced, two kids — help me write a dating profile?'), 'family', 'divorced')).toBe(true);
    expect(keys(await learned('can you book me a single room near the station?'))).not.toContain('family');
  });
});

describe('offline extraction: pronouns, goals for a time to come, and what has just happened', () => {
  it("learns pronouns said 'for me, please', unless said of someone of the user's", async () => {
    expect(has(await learned("It's they/them for me, please — the supplier keeps calling me 'sir' and it does my head in."), 'pronouns', 'they/them')).toBe(
      true,
    );
    expect(keys(await learned("my sister is coming to the shop, it's she/her"))).not.toContain('pronouns');
  });

  it('learns a goal said for next year', async () => {
    expect(has(await learned('Goal for next year is opening a second branch in Kilkenny, so I need a business plan.'), 'goals', 'second branch')).toBe(true);
    expect(keys(await learned("my son's goal for next year is to pass his driving test"))).not.toContain('goals');
  });

  it('learns a break-in or a scam that has just happened, as short-lived', async () => {
    const facts = await learned('we got broken into last night — they took the till float. police or insurance first?');
    expect(has(facts, 'current_status', 'broken into')).toBe(true);
    expect(facts.find((f) => f.key === 'current_status')?.bucket).toBe('dynamic');
    expect(keys(await learned('I was burgled years ago and still check the locks twice'))).not.toContain('current_status');
    expect(keys(await learned('my neighbour got burgled last week, should I get a camera?'))).not.toContain('current_status');
  });
});

describe('offline extraction: units thought in, and spicy food ruled out', () => {
  it('learns the units the user thinks in', async () => {
    expect(has(await learned('after 12 years in the Army I think in metric — klicks and kilos, not miles'), 'preferences', 'metric')).toBe(true);
  });

  it('learns "i dont do spicy" without the word food', async () => {
    expect(has(await learned('lactose intolerant and i dont do spicy'), 'diet', 'spicy')).toBe(true);
  });
});

describe("offline extraction: someone else's verb the tagger reads as a noun", () => {
  it('does not learn where a relative named without "my" lives or works', async () => {
    expect(keys(await learned('sister lives in leeds, can you find a hotel halfway between us?'))).not.toContain('location');
    expect(keys(await learned('ex-boyfriend lives in leeds and keeps texting, how do I block him'))).not.toContain('location');
    expect(keys(await learned('husband works at Tesco on nights, any tips for sleeping in the day?'))).not.toContain('company');
    expect(has(await learned('I live in leeds, can you find a hotel near the station?'), 'location', 'leeds')).toBe(true);
  });
});
