import { describe, expect, it } from 'vitest';
import { answered, has, keys, learned } from '../helpers/extracted.js';

/**
 * Session 42: general readings found on round 43's development thirds (librarians, archivists and museum staff; dentists,
 * hygienists and opticians; accountants and bookkeepers) and on misses that recur in older rounds. Each behaviour beside
 * a near miss that must stay as it was.
 */

const valueOf = (facts: Awaited<ReturnType<typeof learned>>, key: string) => facts.find((f) => f.key === key && !f.retract)?.value;

describe('offline extraction: what is prose and what is not', () => {
  it('reads prose that opens on "if" or "for" and has a colon later as prose, not as a line of code', async () => {
    const facts = await learned(
      "if i ever won the lotto i'd open a tiny community library in my village lol. anyway real question: my actual plan is to finish my MLIS part time",
    );
    expect(has(facts, 'goals', 'MLIS')).toBe(true);
    expect(has(facts, 'goals', 'community library')).toBe(false);
    expect(valueOf(await learned("for the 'meet the team' page: I'm Sam Achterberg, they/them, dental hygienist"), 'name')).toBe('Sam Achterberg');
    // (Pasted lines of code are still dropped.)
    expect(await learned('for city in ["Leeds", "York"]:')).toEqual([]);
    expect(await learned('if (user.location === "Leeds") {')).toEqual([]);
    expect(await learned('const home = "I live in Leeds";')).toEqual([]);
  });

  it("reads \"let's practise: you're a … and I'm a …\" as a role-play, whose parts are nobody's", async () => {
    expect(await learned("ok so let's practise: you're a magistrate in Nairobi and I'm a nervous pupil making a bail application. go")).toEqual([]);
    expect(await learned("right, let's do a bit: you're a wedding planner and i'm a bridezilla who wants live swans at the reception")).toEqual([]);
    // (What the user says of themselves before it stays theirs.)
    const own = await learned("I'm a pupil barrister in Leeds. let's practise: you're the judge and I'm the applicant");
    expect(valueOf(own, 'location')).toBe('Leeds');
    expect(has(own, 'role', 'applicant')).toBe(false);
  });
});

describe('offline extraction: work and tools', () => {
  it('reads a name used for a task as a tool, whether or not the lists know it', async () => {
    expect(has(await learned('we use Mosaic for case recording and I still cannot attach a chronology'), 'tools', 'Mosaic')).toBe(true);
    expect(has(await learned('jsut started using Omeka S for our online exhbition at the museum'), 'tools', 'Omeka S')).toBe(true);
    expect(has(await learned("we're on Dentally for the appointment book"), 'tools', 'Dentally')).toBe(true);
    // (Not the user's own things, nor what one is "on" for one's health.)
    expect(keys(await learned('I use my lunch break for reading'))).not.toContain('tools');
    expect(keys(await learned("I'm on Ozempic for my weight"))).not.toContain('tools');
  });

  it("does not take a workplace's reach or owner for its trade", async () => {
    expect(keys(await learned('assistant curator at a regional gallery in Ballarat'))).not.toContain('industry');
    expect(keys(await learned('paper conservator at a county record office'))).not.toContain('industry');
    expect(keys(await learned('archivist post at the diocesan archive'))).not.toContain('industry');
    // (A trade is still one.)
    expect(valueOf(await learned('I work at a small law firm in Leeds'), 'industry')).toBe('law');
  });
});

describe('offline extraction: goals, health, household and trips', () => {
  it('reads leaving a sector, a field or a trade as a goal', async () => {
    expect(has(await learned("i'm planning to leave the sector altogether by next summer"), 'goals', 'leave the sector')).toBe(true);
    expect(keys(await learned("i'm planning to leave the office early on friday"))).not.toContain('goals');
  });

  it('reads "goal for the next couple of years: …" as a label', async () => {
    expect(has(await learned('goal for the next couple of years: go from visitor services to a curatorial role'), 'goals', 'curatorial role')).toBe(true);
    expect(keys(await learned('thanks for the help: that worked'))).not.toContain('goals');
  });

  it('reads specialising as a goal', async () => {
    expect(has(await learned("long term I'd love to specialise in ortho — it's a 3 yr training post"), 'goals', 'specialise in ortho')).toBe(true);
  });

  it('reads pain named by its part of the body as a condition', async () => {
    expect(has(await learned('ive got chronic neck pain from 15 yrs of hunching over patients'), 'health_conditions', 'neck pain')).toBe(true);
    expect(keys(await learned('my dad has knee pain, what should he take'))).not.toContain('health_conditions');
  });

  it('lets a "no" negate only its own noun before a comma that opens another counted one', async () => {
    const facts = await learned('no kids, two cats (Molar and Incisor, yes really)');
    expect(has(facts, 'family', 'no kids')).toBe(true);
    expect(has(facts, 'pets', 'cats')).toBe(true);
    expect(has(await learned('no dairy, eggs or nuts please'), 'pets', 'eggs')).toBe(false);
    expect(keys(await learned("no, we don't have two cats"))).not.toContain('pets');
  });

  it('reads where the user will be as a visit, not a home', async () => {
    const facts = await learned("I'll be at the ARA conference in Belfast Wed–Fri, so write me an out of office");
    expect(facts.some((f) => f.key === 'location' && f.bucket === 'static')).toBe(false);
    expect(valueOf(await learned("I'm an archivist in Belfast"), 'location')).toBe('Belfast');
  });
});

describe('offline extraction: aims narrowed down, and what is refused on principle', () => {
  it('reads the aim narrowed down after a comma ("…, ideally FP&A") as the user\'s aim too', async () => {
    expect(has(await learned('Want to move in-house, ideally FP&A at a tech company, within 12 months.'), 'goals', 'FP&A')).toBe(true);
    expect(has(await learned("i'm planning to leave the sector altogether by next summer, probably into UX research"), 'goals', 'UX research')).toBe(true);
    expect(keys(await learned("I'm a nurse, probably the oldest on the ward"))).not.toContain('goals');
    expect(keys(await learned('my sister wants to move abroad, probably Spain'))).not.toContain('goals');
  });

  it('reads a plan opened by a capitalised "Planning to …" and "set up my own practice" as goals', async () => {
    const facts = await learned('Planning to leave the firm and set up my own practice next April, focusing on landlords and property tax.');
    expect(has(facts, 'goals', 'own practice')).toBe(true);
    expect(has(facts, 'goals', 'leave the firm')).toBe(true);
    // ("practice" the noun is no pastime practised.)
    expect(keys(facts)).not.toContain('interests');
    expect(keys(await learned('set up a reminder for my dentist appointment'))).not.toContain('goals');
  });

  it('reads what is refused with a particle and joined words, on principle, as a value', async () => {
    expect(has(await learned("I don't take on clients in alcohol or gambling, it's against my faith."), 'values', 'alcohol')).toBe(true);
    expect(has(await learned('i dont do gambling of any kind its against my beliefs'), 'values', 'no gambling')).toBe(true);
  });

  it('takes no "thing" said of a pastime for another pastime, and knows a sole practitioner for a job', async () => {
    const facts = await learned('parkrun every saturday is the only thing keeping me sane in january.');
    expect(has(facts, 'interests', 'parkrun')).toBe(true);
    expect(has(facts, 'interests', 'thing')).toBe(false);
    expect(valueOf(await learned("I'm a sole practitioner out in Ballarat, about 140 clients"), 'role')).toBe('sole practitioner');
  });
});

describe('offline extraction: where the work is, and for whom', () => {
  it('reads the area a job is done round as where the user works', async () => {
    expect(valueOf(await learned('multi-drop courier, 140ish parcels a day round swindon in a transit.'), 'location')).toBe('swindon');
    expect(valueOf(await learned('Self-employed gardener, got a round of about 22 regular clients round Harrogate'), 'location')).toBe('Harrogate');
    // (Not a trip, nor a place asked about.)
    expect(keys(await learned('we drove around Spain for a month'))).not.toContain('location');
    expect(keys(await learned('warehouse job, nights. any 24hr gyms round Bilston Road?'))).not.toContain('location');
  });

  it('reads "been with <name>" after the user\'s job as the employer', async () => {
    expect(valueOf(await learned("I'm an optometrist, been with Specsavers in Dunedin 4 years now."), 'company')).toBe('Specsavers');
    expect(keys(await learned("I'm an optometrist, been with my partner 4 years now."))).not.toContain('company');
  });
});

describe('offline extraction: how the user wants answers', () => {
  it('reads "whenever you … keep it …" as a lasting style', async () => {
    expect(
      has(await learned("whenever you explain tax stuff for my clients keep it jargon free, they're plumbers"), 'communication_style', 'jargon free'),
    ).toBe(true);
    expect(keys(await learned('when you get a chance keep it in the fridge'))).not.toContain('communication_style');
  });

  it('reads a word or two after the option chosen as more of the same choice', async () => {
    const facts = await answered(
      'Would you like a detailed explanation of the data protection points, or a quick summary?',
      'quick summary, bullets. i read this stuff in between patrons at the desk',
    );
    expect(has(facts, 'preferences', 'quick summary')).toBe(true);
    expect(has(facts, 'preferences', 'bullets')).toBe(true);
    const thanks = await answered('Would you like a detailed explanation, or a quick summary?', 'quick summary, thanks');
    expect(has(thanks, 'preferences', 'thanks')).toBe(false);
  });
});

describe('offline extraction: events known by letters, and terms that run out', () => {
  it('reads a thing known by its letters that is on at a time as an event', async () => {
    expect(has(await learned("NDEB AFK is next Tuesday and i'm panicking, give me a 5 day revision plan"), 'upcoming_events', 'AFK')).toBe(true);
    expect(keys(await learned('NHS is rubbish this week'))).not.toContain('upcoming_events');
  });

  it("reads a term of the user's own that runs out at a time as an event", async () => {
    expect(has(await learned("my CPD cycle ends 31 July and I'm 12 verifiable hours short"), 'upcoming_events', '31 July')).toBe(true);
    expect(keys(await learned("my sister's lease ends in March"))).not.toContain('upcoming_events');
  });
});
