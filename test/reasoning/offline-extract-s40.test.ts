import { describe, expect, it } from 'vitest';
import { answered, has, learned, learnedOver } from '../helpers/extracted.js';

/**
 * Session 40: general readings found on round 41's development thirds (social workers and parent carers, cleaners and
 * security guards on agency contracts, cabin crew and pilots) and on misses that recur in older rounds. Each behaviour
 * beside a near miss that must stay as it was.
 */

const valueOf = (facts: Awaited<ReturnType<typeof learned>>, key: string) => facts.find((f) => f.key === key && !f.retract)?.value;

describe('offline extraction: where the user lives and where they work', () => {
  it('keeps the home said outright over a place only mentioned as where the work is', async () => {
    expect(valueOf(await learned('I live in Eldoret but I work in Iten with a running club for girls'), 'location')).toBe('Eldoret');
    // (Without a home said, the place of work still says where the user is.)
    expect(valueOf(await learned('I work in Iten with a running club for girls'), 'location')).toBe('Iten');
    // (A move said after the home still wins: the latest statement stands.)
    expect(valueOf(await learned('I used to live in Leeds but I moved to York last year'), 'location')).toBe('York');
  });

  it('reads a shop or charity named with its "\'s" as the employer, and the town after it as where the user is', async () => {
    const shop = await learned("I'm a shift manager at Greggs's in Salford, can you help me with a rota");
    expect(has(shop, 'location', 'Salford')).toBe(true);
    expect(has(await learned("I'm a support worker at Barnardo's in Newport"), 'location', 'Newport')).toBe(true);
    // (Someone else's place stays theirs: "the client's in Halifax".)
    expect(has(await learned("the client's in Halifax, can you draft the letter"), 'location', 'Halifax')).toBe(false);
  });

  it('reads "based at X" like "based out of X", and a transfer named after where from', async () => {
    expect(valueOf(await learned("I'm based at Stansted, mostly short-haul"), 'location')).toBe('Stansted');
    expect(valueOf(await learned('got transferred from the Luton base to Bristol in May, loving the sea air'), 'location')).toBe('Bristol');
    // (A place that is no name after "based at" is left alone.)
    expect((await learned("I'm based at the hospital most days")).some((f) => f.key === 'location')).toBe(false);
  });

  it('reads "From X originally" opening a message as the home town, beside where the user lives now', async () => {
    const facts = await learned('From Thrissur originally, been living in Swords for 2 years, nights in the airport.');
    expect(valueOf(facts, 'hometown')).toBe('Thrissur');
    expect(valueOf(facts, 'location')).toBe('Swords');
  });
});

describe('offline extraction: family said as a couple and with counts', () => {
  it('reads "we\'re foster carers" and "our own daughter" as the user\'s family', async () => {
    const facts = await learned("we're foster carers, two little ones with us right now alongside our own son who's 9.");
    expect(has(facts, 'family', 'foster carer')).toBe(true);
    expect(has(facts, 'family', 'son')).toBe(true);
    // (Someone else's fostering is theirs.)
    expect(has(await learned('my sister and her husband are foster carers'), 'family', 'foster')).toBe(false);
  });

  it('keeps how many children there are, and twins', async () => {
    expect(has(await learned('My three kids live with my mum in Harare'), 'family', 'three kids')).toBe(true);
    expect(has(await learned('my husband and our twin girls (4) are still in Manila'), 'family', 'twin girls')).toBe(true);
    // (No count said, none added.)
    expect(has(await learned('my kids are with my mum this week'), 'family', 'kids')).toBe(true);
  });
});

describe('offline extraction: clauses the tagger joins', () => {
  it('splits "…, GP\'s calling it burnout" off a subject-less clause about the user, which then stands', async () => {
    const facts = await learned("been signed off with stress for 3 weeks, doctor's calling it burnout.");
    expect(has(facts, 'current_status', 'signed off')).toBe(true);
    // (The doctor is no job of the user's.)
    expect(facts.some((f) => f.key === 'role')).toBe(false);
  });

  it('reads "both run out in 2025" as things expiring, not a business run', async () => {
    const facts = await learned('Got my forklift licence in 2021 and my first aid, both run out next year.');
    expect(facts.some((f) => f.key === 'role')).toBe(false);
    expect(has(await learned('I run a small cleaning business'), 'role', 'cleaning business')).toBe(true);
  });
});

describe('offline extraction: a correction that names the old value as old', () => {
  it('reads "I mean X — Y was my old base" and "I mean X — I left Y" as replacing the stored Y', async () => {
    const base = await learnedOver("I'm based at Shannon, flying the ATR", 'oops I mean Knock — Shannon was my old base until June');
    expect(base.some((f) => f.key === 'location' && f.value === 'Knock')).toBe(true);
    expect(base.some((f) => JSON.stringify(f.value).includes('Shannon'))).toBe(false);
    const charity = await learnedOver("I'm a family support worker at Barnardo's in Swansea", "sorry I mean Action for Children — I left Barnardo's in May");
    expect(charity.some((f) => f.key === 'company' && f.value === 'Action for Children')).toBe(true);
    // (A name said with no old value named as old does not replace a stored one of another kind.)
    const kept = await learnedOver('I work at Tesco in Leeds', 'sorry I mean it, the shifts are brutal');
    expect(kept.some((f) => f.key === 'company' && f.value === 'Tesco')).toBe(true);
  });
});

describe('offline extraction: the terms of work and going back to it', () => {
  it('reads "on a zero hour contract" and "on zero hours" as the contract the user works on', async () => {
    expect(has(await learned("I'm a kitchen porter on a zero hour contract at a hotel in York"), 'contract', 'zero hour')).toBe(true);
    expect(has(await learned("I'm on zero hours at the cinema and they keep cutting my shifts"), 'contract', 'zero hours')).toBe(true);
    expect(has(await learned("I'm a lecturer on a 12-month contract that ends in July"), 'contract', '12-month contract')).toBe(true);
    // (A phone's contract is no work.)
    expect((await learned("I'm on a phone contract with Vodafone, can I leave early?")).some((f) => f.key === 'contract')).toBe(false);
  });

  it('reads "back at work next Monday" as the return to work to come, but not "back home"', async () => {
    const back = await learned('Back at work next Monday after 6 months of mat leave 😬 any tips for the first week?');
    expect(back.some((f) => f.bucket === 'dynamic' && JSON.stringify(f.value).toLowerCase().includes('back at work'))).toBe(true);
    expect(await learned("I'm back home on Friday")).toEqual([]);
  });
});

describe('offline extraction: dated things to come and goals saved for', () => {
  it('reads "my renewal / medical is on the 14th" as an event to come', async () => {
    const medical = await learned('my class 2 medical with the AME is on the 14th, any tips to get my blood pressure down?');
    expect(medical.some((f) => f.key === 'upcoming_events' && JSON.stringify(f.value).includes('medical'))).toBe(true);
    // (The ask after the comma is a request of its own, no event: "any tips for the days it hits -30".)
    const asked = await learned('i live in regina and cycle to work all winter, any tips for the days it hits -30');
    expect(asked.some((f) => JSON.stringify(f.value).includes('tips'))).toBe(false);
    // (Without a time it is no event: "my medical history is complicated".)
    expect((await learned('my medical history is complicated')).some((f) => f.key === 'upcoming_events')).toBe(false);
  });

  it('reads "saving up to see <a named sight>" as a goal, but not "see if it works"', async () => {
    expect(has(await learned('Saving up to see the Northern Lights in Tromsø next winter'), 'goals', 'Northern Lights')).toBe(true);
    expect((await learned("I'm saving up to see if the new job works out")).some((f) => f.key === 'goals')).toBe(false);
  });
});

describe('offline extraction: pastimes kept all year', () => {
  it('reads "I swim in the sea all year round" as a pastime with where it is done, and "the sea swim" by its name', async () => {
    expect(has(await learned('I swim in the lake all year round, no wetsuit'), 'interests', 'swim in the lake')).toBe(true);
    expect(has(await learned('the only thing keeping me going is the sea swim on a Saturday morning'), 'interests', 'sea swim')).toBe(true);
    // (Once, and not kept up, is no pastime.)
    expect((await learned('I swam in the sea yesterday')).some((f) => f.key === 'interests')).toBe(false);
  });

  it('does not read "I run most mornings" as a business run, but "I run a café" still is', async () => {
    const runner = await learned('I run most mornings before my shift');
    expect(runner.some((f) => f.key === 'role')).toBe(false);
    expect(has(runner, 'interests', 'run')).toBe(true);
    expect(has(await learned('I run a café in Hebden Bridge'), 'role', 'café')).toBe(true);
  });
});

describe('offline extraction: "home is X" beside where the user is based', () => {
  it('reads "home is X" as the home town when the message also says where the user is based, else as where they live', async () => {
    const crew = await learned("i'm based in doha with the airline but home is kochi, i fly back every long off");
    expect(valueOf(crew, 'location')).toBe('doha');
    expect(valueOf(crew, 'hometown')).toBe('kochi');
    expect(valueOf(await learned('home is Peterborough, Ontario — will my phone plan work in Florida?'), 'location')).toBe('Peterborough, Ontario');
  });
});

describe('offline extraction: languages worked in', () => {
  it('reads "I can do PAs in hindi and punjabi, not marathi" as the languages spoken, the one denied left out', async () => {
    const crew = await learned('i can do PAs in hindi and punjabi, not marathi though — the others keep asking me to do theirs lol');
    expect(has(crew, 'language', 'hindi')).toBe(true);
    expect(has(crew, 'language', 'punjabi')).toBe(true);
    expect(has(crew, 'language', 'marathi')).toBe(false);
    // (A language something is to be put into is not one spoken.)
    expect((await learned('I need to translate my CV into German')).some((f) => f.key === 'language')).toBe(false);
  });
});

describe('offline extraction: a short answer naming the local authority', () => {
  it('reads "Fife" after "Which council are you under?" as where the user lives, but not an answer that names no place', async () => {
    expect(valueOf(await answered('Thanks. Which council are you under?', 'Fife'), 'location')).toBe('Fife');
    expect(valueOf(await answered('Which state are you in?', 'victoria'), 'location')).toBe('victoria');
    expect(await answered('Which state are you in?', 'tired lol')).toEqual([]);
  });
});

describe('offline extraction: a pastime of two words said again by its head', () => {
  it('reinforces "community choir" when the user writes "choir practice ran over again", not when the choir is someone else\'s', async () => {
    const confidence = (facts: Awaited<ReturnType<typeof learnedOver>>) => facts.find((f) => f.key === 'interests')?.confidence ?? 0;
    const once = await learnedOver('I sing alto in a community choir, it is my happy place');
    const again = await learnedOver('I sing alto in a community choir, it is my happy place', 'choir practice ran over again lol');
    expect(confidence(again)).toBeGreaterThan(confidence(once));
    const theirs = await learnedOver('I sing alto in a community choir, it is my happy place', 'her choir practice ran over again');
    expect(confidence(theirs)).toBe(confidence(once));
  });
});
