import { describe, expect, it } from 'vitest';
import { has, learned } from '../helpers/extracted.js';

/**
 * Session 37: general readings found on round 38's development thirds (faith workers, lawyers and paralegals, bus, tram
 * and train drivers). Each behaviour beside a near miss that must stay as it was.
 */

const values = (facts: Awaited<ReturnType<typeof learned>>): string => JSON.stringify(facts.map((f) => f.value)).toLowerCase();

describe('offline extraction: identity and work', () => {
  it('reads a nationality taken on ("naturalised British", "became a Canadian citizen") and a common misspelling', async () => {
    const both = await learned('im ghanian by birth but naturalised british last yr, how do i renew my sons passport');
    expect(has(both, 'nationality', 'ghanian')).toBe(true);
    expect(has(both, 'nationality', 'british')).toBe(true);
    expect(has(await learned('I became a Canadian citizen in 2019, so which forms do I need now?'), 'nationality', 'Canadian')).toBe(true);
    // (Someone else's citizenship is theirs.)
    expect((await learned('my wife became a british citizen last year')).some((f) => f.key === 'nationality')).toBe(false);
  });

  it('reads where a job said with "my job is …" is done', async () => {
    const job = await learned('I volunteer at the masjid on Fridays — my day job is accounting at Safaricom.');
    expect(has(job, 'company', 'Safaricom')).toBe(true);
    expect((await learned('my job is a nightmare at the moment with all the overtime')).some((f) => f.key === 'company')).toBe(false);
  });

  it('reads whom the user drives or works for ("been driving for Edinburgh Trams", "my job driving for OC Transpo")', async () => {
    const trams = await learned("Used to drive for First Bus, but I've been driving for Edinburgh Trams since last spring");
    expect(has(trams, 'company', 'Edinburgh Trams')).toBe(true);
    expect(has(await learned("it's mandatory for my job driving for OC Transpo here in Ottawa"), 'company', 'OC Transpo')).toBe(true);
    // (Someone else's employer is theirs, and an app driven for is a gig platform.)
    expect((await learned('my brother has been driving for Stagecoach for years')).some((f) => f.key === 'company')).toBe(false);
    expect((await learned('I drive for Uber at weekends')).some((f) => f.key === 'company')).toBe(false);
  });

  it('reads a short name in capitals as part of a name ("GO Transit"), and ends a phrase before a count run on after it', async () => {
    expect(has(await learned("I'm a bus operator with GO Transit out of Mississauga"), 'company', 'GO Transit')).toBe(true);
    const run = await learned('im a signaller at york rail operating centre 12 hr shifts need help w a letter');
    expect(has(run, 'company', 'york rail operating centre')).toBe(true);
    expect(has(run, 'company', '12')).toBe(false);
  });

  it('does not read personal injury law as an injury of the user', async () => {
    const law = await learned('Moved over to claimant personal injury at a smaller firm in March, can you fix my headline?');
    expect(law.some((f) => f.key === 'health_conditions')).toBe(false);
    expect(has(await learned('I had a knee injury last year and still limp'), 'health_conditions', 'injury')).toBe(true);
  });
});

describe('offline extraction: health, diet, family, style', () => {
  it('reads a part of the body said to be worn out at the start of a fragment, "r" for "are"', async () => {
    expect(has(await learned('knees r shot after 30 yrs of kneeling, need a seated version of the service'), 'health_conditions', 'knees')).toBe(true);
    expect((await learned('her knees are shot, mine are fine')).some((f) => f.key === 'health_conditions')).toBe(false);
  });

  it('knows palpitations as a condition', async () => {
    expect(has(await learned('the GP told me to cut out caffeine because of palpitations'), 'health_conditions', 'palpitations')).toBe(true);
  });

  it('reads fast days said without "on" ("we fast Wednesdays and Fridays")', async () => {
    expect(values(await learned('we fast Wednesdays and Fridays, no meat or dairy, so plan me some dinners'))).toContain('wednesdays');
  });

  it('keeps a baby on the way apart from what follows it ("… so not much help from this house")', async () => {
    expect(values(await learned("we've got a 2 yo and a baby due in may so not much help from this house lol"))).toContain('baby due in may');
  });

  it('reads a style the user does not want after "but no", and a tone as no pastime', async () => {
    const tone = await learned('I like a warm tone but no churchy jargon in the newsletter');
    expect(has(tone, 'communication_style', 'warm tone')).toBe(true);
    expect(has(tone, 'communication_style', 'jargon')).toBe(true);
    expect(tone.some((f) => f.key === 'interests')).toBe(false);
    // (What the user will not do is no way to be written to.)
    const away = await learned("I'm off on a silent retreat from the 14th, so no replies from me");
    expect(away.some((f) => f.key === 'communication_style')).toBe(false);
  });
});

describe('offline extraction: languages and events', () => {
  it('reads a language said to be second ("English is second")', async () => {
    const two = await learned('Swahili is my first language, English is second, so please keep the explanations simple.');
    expect(has(two, 'language', 'Swahili')).toBe(true);
    expect(has(two, 'language', 'English')).toBe(true);
  });

  it("reads the user's last day as still to come", async () => {
    const last = await learned('Starting at a new firm on Monday — my last day at the current firm is Friday');
    expect(values(last)).toContain('last day at the current firm is friday');
    expect(values(await learned('the last day of the sale is Friday'))).not.toContain('friday');
  });
});

describe('offline extraction: interests and goals', () => {
  it('reads a pastime on rest days, and a second one after "and" in a fragment', async () => {
    const two = await learned('darts on tuesdays with the lads from the garage and fishing on my rest days. whats a decent rod for carp');
    expect(has(two, 'interests', 'darts')).toBe(true);
    expect(has(two, 'interests', 'fishing')).toBe(true);
  });

  it('keeps the kind of an activity said "these days" ("choral singing")', async () => {
    const now = await learned('I used to play guitar in a band, these days it is mostly choral singing with the cathedral choir');
    expect(has(now, 'interests', 'choral singing')).toBe(true);
    expect(has(now, 'interests', 'guitar')).toBe(false);
  });

  it('reads a next step joined by ", then" as a goal of its own', async () => {
    const steps = await learned('Want to finish my articles and pass the board exams by next year, then open my own practice back home');
    expect(has(steps, 'goals', 'open my own practice')).toBe(true);
    expect(has(steps, 'goals', 'finish my articles')).toBe(true);
  });
});

describe('offline extraction: misspellings, faith practice, pastimes kept', () => {
  it('reads a nationality, a religion or a medicine misspelt by one slip', async () => {
    expect(has(await learned("I'm nigerain, living in Leeds"), 'nationality', 'nigerain')).toBe(true);
    expect(has(await learned('I take metfromin every morning'), 'medications', 'metfromin')).toBe(true);
    expect(has(await learned("I'm a practising catholc"), 'religion', 'catholc')).toBe(true);
  });

  it('reads finance without interest as a stance, not every mention of interest', async () => {
    expect(has(await learned("I'm Muslim so no interest-bearing accounts please."), 'values', 'interest-bearing')).toBe(true);
    expect(has(await learned("I don't take interest-based loans for religious reasons, so what are my options?"), 'values', 'interest')).toBe(true);
    expect((await learned('what interest rate is on my mortgage?')).some((f) => f.key === 'values')).toBe(false);
    expect((await learned('my savings account pays no interest')).some((f) => f.key === 'values')).toBe(false);
  });

  it('reads the sabbath kept and when, tithing, and the reason a stance is held', async () => {
    const sabbath = await learned("I'm a Seventh-day Adventist so I can't play Saturday fixtures — sabbath is Friday sunset to Saturday sunset.");
    expect(values(sabbath)).toContain('keeps the sabbath, friday sunset to saturday sunset');
    expect(has(await learned('We tithe 10% to our church before anything else goes out'), 'values', 'tithes 10% to our church')).toBe(true);
    expect(has(await learned("I don't fly for climate reasons, so trains only"), 'values', 'climate')).toBe(true);
    // (Kept once, not twice.)
    expect((await learned('I keep Shabbat')).filter((f) => f.key === 'values').flatMap((f) => [f.value].flat())).toHaveLength(1);
  });

  it('reads a pastime kept by its place or done with the family ("my allotment shed", "we do junior parkrun")', async () => {
    expect(has(await learned("What's the best way to insure the stuff in my allotment shed?"), 'interests', 'allotment')).toBe(true);
    expect(has(await learned("I've taken an allotment plot with two ladies from church"), 'interests', 'allotment')).toBe(true);
    expect((await learned("my neighbour's greenhouse blew over")).some((f) => f.key === 'interests')).toBe(false);
    expect(has(await learned('me and the kids do junior parkrun on sundays'), 'interests', 'parkrun')).toBe(true);
    const saturday = await learned('Saturday mornings are for parkrun before my shift');
    expect(has(saturday, 'interests', 'parkrun')).toBe(true);
    expect(saturday.some((f) => f.key === 'volunteering')).toBe(false);
    expect((await learned('mornings are for coffee and emails')).some((f) => f.key === 'interests')).toBe(false);
  });
});

describe('offline extraction: ways of writing asked for', () => {
  it('reads "for me personally" against someone else\'s rule, and "stick to" as lasting', async () => {
    const mine = await learned('My boss wants everything in long formal paragraphs, but for me personally just give me bullet points — short, no fluff.');
    expect(has(mine, 'communication_style', 'bullet points')).toBe(true);
    expect(has(await learned('Please stick to British spelling for our chama minutes, not American'), 'communication_style', 'British spelling')).toBe(true);
    expect((await learned('I stick to the same routine every day')).some((f) => f.key === 'communication_style')).toBe(false);
  });

  it('reads a way of writing listed beside one the tables know ("Bullet points, no long grammar")', async () => {
    const list = await learned("Abeg keep replies short, I'm juggling the caterer. Bullet points, no long grammar");
    expect(has(list, 'communication_style', 'Bullet points')).toBe(true);
  });
});

describe('offline extraction: certificates by their letters, plans joined to a plan', () => {
  it('reads a licence or certificate known by its letters ("got my PPL", "my Driver CPC")', async () => {
    const crew = await learned("Cabin crew at the moment but I want to be a pilot long term — I've already got my PPL and I'm saving for ATPL theory.");
    expect(has(crew, 'certifications', 'PPL')).toBe(true);
    // ("long term" is a span of time, not a way of writing.)
    expect(crew.some((f) => f.key === 'communication_style')).toBe(false);
    expect(has(await learned("I've got my Driver CPC and a first aid certificate"), 'certifications', 'Driver CPC')).toBe(true);
    expect((await learned('have a ppl question for you')).some((f) => f.key === 'certifications')).toBe(false);
  });

  it('reads a second step joined to "my plan is to …"', async () => {
    const plan = await learned("I'm 52 and my plan is to go part-time at 57 and retire properly at 60 with a big party.");
    expect(has(plan, 'goals', 'retire properly at 60')).toBe(true);
    expect(has(plan, 'goals', 'go part-time at 57')).toBe(true);
  });
});

describe('offline extraction: children shared after a separation', () => {
  it("reads co-parenting, a 50/50 share and split custody, not someone else's", async () => {
    expect(has(await learned("co-parenting with my ex, the kids are with me mon-thu and at their dad's fri-sun."), 'family', 'co-parenting')).toBe(true);
    expect(has(await learned('Separated from my husband in March. We share the kids 50/50.'), 'family', '50/50')).toBe(true);
    const split = await learned('my ex and I split custody — I have the kids every other weekend');
    expect(has(split, 'family', 'split custody')).toBe(true);
    expect(has(split, 'family', 'every other weekend')).toBe(true);
    expect((await learned('my sister is co-parenting with her ex')).some((f) => f.key === 'family' && JSON.stringify(f.value).includes('co-parenting'))).toBe(
      false,
    );
  });
});
