import { describe, expect, it } from 'vitest';
import { answered, has, items, learned, learnedOver } from '../helpers/extracted.js';

/**
 * Session 35: general readings found on round 36's development thirds (cleaners, nannies and domestic workers; fitness
 * coaches and yoga teachers; seafarers and offshore workers). Each behaviour beside a near miss that must stay as it was.
 */

describe('offline extraction: work', () => {
  it('knows ranks at sea and offshore, "mate" after a rank included', async () => {
    expect(has(await learned('44, ex-navy, two kids, chief mate on a car carrier now. pension advice?'), 'role', 'chief mate')).toBe(true);
    expect(has(await learned('im a roustabout on a rig in the north sea 2 on 2 off'), 'role', 'roustabout')).toBe(true);
    // ("mate" said to someone is no part of a job.)
    const nurse = await learned("thanks mate, I'm a nurse");
    expect(has(nurse, 'role', 'nurse')).toBe(true);
    expect(has(nurse, 'role', 'mate')).toBe(false);
  });

  it('keeps a job said now beside a bare noun phrase in the past ("…, second mate was 3 years ago")', async () => {
    const now = await learned("haha thanks but I'm actually chief officer now, second mate was 3 years ago. day work is a nice change though");
    expect(has(now, 'role', 'chief officer')).toBe(true);
    expect(now.some((f) => f.key === 'role' && f.retract)).toBe(false);
  });

  it('reads what work is like ("my job is a nightmare") as no job, but any title as the title', async () => {
    expect(has(await learned('my job is a nightmare this month'), 'role', 'nightmare')).toBe(false);
    expect(has(await learned('day work is a nice change from nights'), 'role', 'change')).toBe(false);
    expect(has(await learned('my title is VP Engineering'), 'role', 'vp engineering')).toBe(true);
    expect(has(await learned('my day job is teaching high school chem in Scarborough'), 'role', 'chem')).toBe(true);
  });
});

describe('offline extraction: places', () => {
  it('reads the place the user flies or goes home to as home', async () => {
    expect(has(await learned('Flying home to Accra on 3 Dec for Christmas, can you write a handover note?'), 'hometown', 'Accra')).toBe(true);
    expect((await learned('going home to bed now')).some((f) => f.key === 'hometown')).toBe(false);
  });

  it('reads "Durban boy", "a Glasgow girl" as where the user is from', async () => {
    expect(has(await learned('Durban boy, working out of Port Elizabeth on the bunker barges now.'), 'hometown', 'Durban')).toBe(true);
    const glasgow = await learned("I'm a Glasgow girl");
    expect(has(glasgow, 'hometown', 'Glasgow')).toBe(true);
    expect(has(glasgow, 'preferences', 'glasgow')).toBe(false);
    // (Not a word in lower case, nor someone else of the place; a thing liked is still a preference.)
    expect((await learned("fwiw I'm a trans man, please use he/him")).some((f) => f.key === 'hometown')).toBe(false);
    expect((await learned('a Leeds man told me to try it')).some((f) => f.key === 'hometown')).toBe(false);
    expect(has(await learned("I'm a coffee girl"), 'preferences', 'coffee person')).toBe(true);
  });
});

describe('offline extraction: health', () => {
  it('knows a condition by its ending, not the everyday words that end the same way', async () => {
    expect(has(await learned('I have trigeminal neuralgia'), 'health_conditions', 'neuralgia')).toBe(true);
    expect(has(await learned("I've got labyrinthitis again"), 'health_conditions', 'labyrinthitis')).toBe(true);
    expect((await learned('I have a diagnosis appointment on Friday')).some((f) => f.key === 'health_conditions')).toBe(false);
    expect((await learned("I'm feeling nostalgia for home")).some((f) => f.key === 'health_conditions')).toBe(false);
  });

  it('reads a condition a clinician named for the user, not for someone else or denied', async () => {
    const gp = await learned("Not asthma actually — the GP says it's occupational rhinitis from the sprays I use at work.");
    expect(has(gp, 'health_conditions', 'rhinitis')).toBe(true);
    expect(has(gp, 'health_conditions', 'asthma')).toBe(false);
    expect(has(await learned('my knees are shot, physio says its early osteoarthritis'), 'health_conditions', 'osteoarthritis')).toBe(true);
    expect((await learned("my mum's GP says it's arthritis")).some((f) => f.key === 'health_conditions')).toBe(false);
    expect((await learned("the doctor says it's not arthritis")).some((f) => f.key === 'health_conditions')).toBe(false);
  });

  it('keeps what a condition comes from out of it when it is said again ("it\'s asthma from the sprays")', async () => {
    const said = await learned("the GP says it's asthma from the sprays");
    expect(said.filter((f) => f.key === 'health_conditions').flatMap(items)).toEqual(['asthma']);
  });

  it('knows seasickness, hypermobility and contact dermatitis', async () => {
    expect(has(await learned('I still get seasick after 11 years at sea'), 'health_conditions', 'seasick')).toBe(true);
    expect(has(await learned("hypermobile (diagnosed EDS type 3) so i'm careful with end range"), 'health_conditions', 'hypermobile')).toBe(true);
  });
});

describe('offline extraction: identity', () => {
  it('reads "no it\'s Mrs Khumalo now" as how the user is addressed, and "first name Zanele" as the name', async () => {
    const reply = await answered('Should I address the letter to you as Ms Dlamini?', "no it's Mrs Khumalo now, got married in March. first name Zanele");
    expect(has(reply, 'preferred_address', 'Mrs Khumalo')).toBe(true);
    expect(has(reply, 'name', 'Zanele')).toBe(true);
    expect(has(await learned("sorry it's Aoife not Eva"), 'name', 'Aoife')).toBe(true);
    // (A place set right is no name.)
    expect((await learned("no it's Leeds")).some((f) => f.key === 'name')).toBe(false);
  });
});

describe('offline extraction: family', () => {
  it("reads a child of the user's with the age said, once", async () => {
    const daughter = await learned('my daughter is 15 and wants to go au pairing in Spain');
    expect(daughter.filter((f) => f.key === 'family').flatMap(items)).toEqual(['daughter (15)']);
    expect(has(await learned("I'm a mum of three, my eldest Kwame is 12."), 'family', 'eldest kwame (12)')).toBe(true);
    expect(has(await learned('our youngest turns 3 in May'), 'family', 'youngest (3)')).toBe(true);
    // (Not an amount of something else, nor a sister.)
    expect(has(await learned('my daughter is 15 minutes late again'), 'family', '15')).toBe(false);
    expect(has(await learned('my sister is 15'), 'family', '15')).toBe(false);
  });
});

describe('offline extraction: interests', () => {
  it('reads pastimes said with the free time they fill, emoji and "+" between them', async () => {
    const days = await learned('climbing 🧗‍♀️ + surfing 🏄‍♀️ on days off, yoga the rest of the time haha');
    expect(has(days, 'interests', 'climbing')).toBe(true);
    expect(has(days, 'interests', 'surfing')).toBe(true);
    expect(has(await learned('running and swimming at weekends'), 'interests', 'swimming')).toBe(true);
    // (Work is no pastime; an emoji before a new subject still ends what came before; "me + wife + 3 kids" as it was.)
    expect(has(await learned('working on days off'), 'interests', 'working')).toBe(false);
    expect(has(await learned('love it 😍 I live in Leeds'), 'location', 'Leeds')).toBe(true);
    const family = await learned('me + wife + 3 kids');
    expect(has(family, 'family', 'wife')).toBe(true);
    expect(has(family, 'family', '3 kids')).toBe(true);
  });
});

describe('offline extraction: goals, languages, triggers, kin, levels', () => {
  it('reads leaving a line of life as a goal, and a second aim joined by "and"', async () => {
    const sea = await learned('want to leave the sea by 40 and get a shore job as a marine superintendent. 34 now. where do i start');
    expect(has(sea, 'goals', 'leave the sea')).toBe(true);
    expect(has(sea, 'goals', 'marine superintendent')).toBe(true);
    expect(has(await learned('I want to learn Spanish and get a job abroad'), 'goals', 'get a job abroad')).toBe(true);
    // (Leaving a place for the day is no aim, nor is what happened after a wish that is past.)
    expect((await learned('I want to leave the house by 8')).some((f) => f.key === 'goals')).toBe(false);
    expect(has(await learned('I wanted to go and I got a job'), 'goals', 'job')).toBe(false);
  });

  it('reads a language the household speaks, said with the language first', async () => {
    const welsh = await answered('Would you like the letter in English or Welsh?', 'Cymraeg plis — Welsh is what we speak at home and on the farm.');
    expect(has(welsh, 'language', 'Welsh')).toBe(true);
    // (Someone else's household is not the user's.)
    expect((await learned('Welsh is what they speak at home')).some((f) => f.key === 'language')).toBe(false);
  });

  it('reads the languages the user teaches in', async () => {
    const welsh = await learned("I teach my classes in both English and Welsh — could you put 'breathe in' into Welsh for my cue cards?");
    expect(has(welsh, 'language', 'Welsh')).toBe(true);
    expect(has(welsh, 'language', 'English')).toBe(true);
  });

  it('reads what sets off a reaction as an allergy', async () => {
    const skin = await learned('I get contact dermatitis from bleach and anything with limonene in it, so I need a list of safe products');
    expect(has(skin, 'allergies', 'bleach')).toBe(true);
    expect(has(skin, 'allergies', 'limonene')).toBe(true);
    expect(has(await learned('I get hives from latex gloves'), 'allergies', 'latex')).toBe(true);
    // (Not how often, nor a liking.)
    expect((await learned('I get a rash from time to time')).some((f) => f.key === 'allergies')).toBe(false);
    expect((await learned('I love anything with chocolate')).some((f) => f.key === 'allergies')).toBe(false);
  });

  it('reads the family the user keeps ("send money to my parents", "fees for my younger brother"), kin only', async () => {
    const kept = await learned("Please I send money home every month to my parents in Takoradi, and I'm paying school fees for my younger brother.");
    expect(has(kept, 'family', 'parents')).toBe(true);
    expect(has(kept, 'family', 'younger brother')).toBe(true);
    expect((await learned('I bought a gift for my boss')).some((f) => f.key === 'family')).toBe(false);
  });

  it("reads a course by its level as the user's education", async () => {
    expect(has(await learned("oh and I'm doing my Level 4 in exercise referral this year"), 'education', 'level 4')).toBe(true);
  });
});

describe('offline extraction: said of anyone, kit bought, the right to stay, an opening moved', () => {
  it('reads "anyone who …" as no one in particular', async () => {
    const anyone = await learned('anyone who drives for a living should have a slow cooker in the cab, I cook nearly every meal in mine now');
    expect(anyone.some((f) => f.key === 'role')).toBe(false);
  });

  it('reads kit bought as kit had, and the kin something was bought for as kin, whenever it was', async () => {
    expect(has(await learned("bought a 12V slow cooker for the cab, chilli's going as I drive"), 'kitchen_equipment', 'slow cooker')).toBe(true);
    const gift = await learned('I bought a slow cooker for my mum');
    expect(has(gift, 'kitchen_equipment', 'slow cooker')).toBe(false);
    expect(has(gift, 'family', 'mum')).toBe(true);
    expect(gift.some((f) => f.retract)).toBe(false);
  });

  it("reads the user's visa or status to stay", async () => {
    expect(has(await learned("I'm Ana, a housekeeper in Kensington, on a Tier 2 visa sponsored by the family"), 'immigration_status', 'Tier 2 visa')).toBe(
      true,
    );
    expect(has(await learned("I've actually got settled status"), 'immigration_status', 'settled status')).toBe(true);
    expect(has(await learned('I have PR now'), 'immigration_status', 'PR')).toBe(true);
    // (Public relations, a route driven, a train are none.)
    expect((await learned("I've got PR experience")).some((f) => f.key === 'immigration_status')).toBe(false);
    expect((await learned("I'm on the Nakuru-Nairobi route most days")).some((f) => f.key === 'immigration_status')).toBe(false);
    expect((await learned("I'm on the train")).some((f) => f.key === 'immigration_status')).toBe(false);
  });

  it('moves a stored plan to the month its opening was pushed to', async () => {
    const facts = await learnedOver(
      'we are opening a studio in Cardiff in September',
      "actually we've pushed the opening to January, the fit-out is taking forever",
    );
    const plans = facts.filter((f) => f.key === 'upcoming_events').flatMap(items);
    expect(plans).toContain('opening a studio in cardiff in january');
    expect(plans.some((p) => p.includes('september'))).toBe(false);
  });
});

describe('offline extraction: an option picked', () => {
  it('reads an option the reply picks with a word that only qualifies it, and a long last option by its last word', async () => {
    const formal = await answered(
      'Should I keep these letters formal, or go for something a bit friendlier?',
      "formal but not grovelling. my landlord's a solicitor",
    );
    expect(has(formal, 'preferences', 'formal')).toBe(true);
    expect(
      has(await answered('Would you like it as an ebook, a paperback or an audiobook?', "paperback always, I can't stand screens"), 'preferences', 'paperback'),
    ).toBe(true);
    // (Not an option said with something that changes it, nor a reply that picks none.)
    expect(
      has(await answered('Should I keep these letters formal, or go for something a bit friendlier?', 'formally dressed lol'), 'preferences', 'formal'),
    ).toBe(false);
    expect((await answered('Would you like it as an ebook, a paperback or an audiobook?', 'not fussed')).some((f) => f.key === 'preferences')).toBe(false);
  });
});

describe('offline extraction: a stored thing said again', () => {
  const confidenceOf = (facts: Awaited<ReturnType<typeof learnedOver>>, key: string) => facts.find((f) => f.key === key)?.confidence ?? 0;

  it('reinforces a value when the thing itself is said again, the verb or size said with it aside', async () => {
    const once = confidenceOf(await learnedOver('started keeping bees this spring, two hives'), 'interests');
    const again = confidenceOf(await learnedOver('started keeping bees this spring, two hives', 'all I talk about now is bees lol'), 'interests');
    expect(again).toBeGreaterThan(once);
    const hmo = confidenceOf(await learnedOver('I run a small HMO in Coventry', 'honestly this HMO is a second full-time job'), 'role');
    expect(hmo).toBeGreaterThan(confidenceOf(await learnedOver('I run a small HMO in Coventry'), 'role'));
    // (A doing that is the thing itself must be said; a common word alone is no mention.)
    const year = confidenceOf(await learnedOver('I teach Year 6 in Bolton', 'what a year it has been'), 'role');
    expect(year).toBe(confidenceOf(await learnedOver('I teach Year 6 in Bolton'), 'role'));
  });
});

describe('offline extraction: how to reach the user', () => {
  it('reads one way of contact set against another as the way wanted', async () => {
    expect(has(await learned('bit deaf in my left ear, so text rather than calls please, always'), 'communication_preference', 'text')).toBe(true);
    expect(has(await learned('Deaf in my right ear so text replies work better than voice for me.'), 'communication_preference', 'text replies')).toBe(true);
    expect(has(await learned('email is better than phone for me'), 'communication_preference', 'email')).toBe(true);
    // (Not other things set against each other, nor someone else's way.)
    expect((await learned('my sister prefers text rather than calls')).some((f) => f.key === 'communication_preference')).toBe(false);
    expect((await learned('tea rather than coffee for me, and tea works better than coffee')).some((f) => f.key === 'communication_preference')).toBe(false);
  });
});

describe('offline extraction: what a test found, a score needed', () => {
  it('reads a condition a test found, in the past tense of the finding', async () => {
    expect(
      has(await learned("forget what i said about lactose btw — got tested and it was just IBS flaring up, dairy's fine"), 'health_conditions', 'IBS'),
    ).toBe(true);
    expect(has(await learned('got tested and it turned out to be IBS'), 'health_conditions', 'IBS')).toBe(true);
    // (Not a finding denied, nor a condition that was.)
    expect((await learned('got tested and it was not coeliac')).some((f) => f.key === 'health_conditions')).toBe(false);
    expect((await learned('it was asthma when I was a kid')).some((f) => f.key === 'health_conditions')).toBe(false);
  });

  it('reads a score needed for a step the user is taking as a goal', async () => {
    expect(has(await learned('need ielts 6.5 for the skilled worker visa, exam is in september'), 'goals', 'ielts 6.5')).toBe(true);
    expect(has(await learned('I need a 2:1 for my masters'), 'goals', '2:1')).toBe(true);
    // (A thing asked for is no goal.)
    expect((await learned('need a CV template for the job')).some((f) => f.key === 'goals')).toBe(false);
  });
});
