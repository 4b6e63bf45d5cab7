import { describe, expect, it } from 'vitest';
import { answered, has, learned, learnedOver } from '../helpers/extracted.js';

/**
 * Session 34: general readings found on round 35's development thirds (teachers, hairdressers and barbers, people living
 * with disability or chronic illness). Each behaviour beside a near miss that must stay as it was.
 */

describe('offline extraction: work', () => {
  it('reads a noun of someone who does a thing, then the place it is done, as the job', async () => {
    expect(has(await learned("i'm a braider in Lekki, mostly knotless and cornrows"), 'role', 'braider')).toBe(true);
    expect(has(await learned("I'm a shopfitter from Leeds, what's a fair day rate?"), 'role', 'shopfitter')).toBe(true);
    // (Not a way of being somewhere, nor a trait.)
    expect(has(await learned("I'm a tourist in Rome this week"), 'role', 'tourist')).toBe(false);
    expect(has(await learned("I'm a worrier in Leeds lol"), 'role', 'worrier')).toBe(false);
  });

  it('reads a rank before "head" as the job, not a fan', async () => {
    const deputy = await learned("I'm deputy head so curriculum is all on me");
    expect(has(deputy, 'role', 'deputy head')).toBe(true);
    expect(has(deputy, 'interests', 'deputy')).toBe(false);
    expect(has(await learned("I'm a massive car head"), 'interests', 'car')).toBe(true);
  });

  it('knows a para as a job in a classroom', async () => {
    expect(has(await learned("I'm a para in a 3rd grade classroom in Tucson and I use they/them"), 'role', 'para')).toBe(true);
  });

  it('reads "thinking of leaving X for Y" as a goal', async () => {
    expect(has(await learned('honestly thinking of leaving teaching for instructional design, how do i reframe my cv'), 'goals', 'instructional design')).toBe(
      true,
    );
    // (Leaving early for something is no change of work.)
    expect(has(await learned('thinking of leaving work early for good weather'), 'goals', 'weather')).toBe(false);
  });

  it('does not read a support group as an industry', async () => {
    const esa = await learned("I'm medically retired now and on ESA in the support group");
    expect(has(esa, 'industry', 'support')).toBe(false);
    expect(has(await learned('I work for a media group'), 'industry', 'media')).toBe(true);
  });
});

describe('offline extraction: benefits and places', () => {
  it('reads a benefit the user is on as a second predicate', async () => {
    expect(has(await learned("I'm medically retired now and on ESA in the support group"), 'benefits', 'esa')).toBe(true);
    // (Someone else's benefit is not the user's.)
    expect(has(await learned('my mum is 80 and on PIP'), 'benefits', 'pip')).toBe(false);
  });

  it('does not read a benefit one is "on" as a place', async () => {
    const on = await learned("I'm on PIP and Universal Credit");
    expect(has(on, 'benefits', 'pip')).toBe(true);
    expect(has(on, 'location', 'pip')).toBe(false);
    expect(has(await learned("I'm on Mull"), 'location', 'mull')).toBe(true);
  });

  it('does not read a value before a dash and "now" as restated', async () => {
    const moncton = await learned("Barber in Moncton, NB — now that I'm over the $30k threshold do I have to charge HST?");
    expect(has(moncton, 'location', 'moncton')).toBe(true);
  });

  it("answers where the user's own business is as their location", async () => {
    expect(has(await answered("Where's the salon, so I can suggest suppliers nearby?", 'Kumasi, close to Adum'), 'location', 'kumasi')).toBe(true);
    expect(has(await answered("Where's the pain worst?", 'lower back mostly'), 'location', 'lower back')).toBe(false);
  });
});

describe('offline extraction: family and health', () => {
  it('counts children said with a word for their age', async () => {
    expect(has(await learned('42, divorced, two teenage boys, and I just bought a barbershop'), 'family', 'two teenage boys')).toBe(true);
    expect(has(await learned('I have 3 little girls'), 'family', '3 little girls')).toBe(true);
  });

  it('does not count children who are the object of another verb as the user’s', async () => {
    expect(has(await learned('we teach two boys from the estate'), 'family', 'two boys')).toBe(false);
    expect(has(await learned('I look after 4 kids three days a week'), 'family', '4 kids')).toBe(false);
    expect(has(await learned('we have 3 kids'), 'family', '3 kids')).toBe(true);
    expect(has(await learned('raising 2 girls on my own'), 'family', '2 girls')).toBe(true);
  });

  it('knows a spinal injury, vocal nodules and a manual chair', async () => {
    expect(has(await learned('I have a spinal injury'), 'health_conditions', 'spinal injury')).toBe(true);
    expect(has(await learned("I've got vocal nodules, any tips for teaching without raising my voice?"), 'health_conditions', 'vocal nodules')).toBe(true);
    expect(has(await learned('Halifax-based, manual chair user. Does the ferry have a ramp?'), 'accessibility', 'manual chair')).toBe(true);
  });
});

describe('offline extraction: where the work is done, and what is applied for', () => {
  it('reads a name no dictionary holds after "work in" as a place, not a trade', async () => {
    const parramatta = await learned('I work in Parramatta');
    expect(has(parramatta, 'location', 'parramatta')).toBe(true);
    expect(has(parramatta, 'industry', 'parramatta')).toBe(false);
    // (A trade or a department is still one; initials are a body more than a town.)
    expect(has(await learned('I work in Marketing'), 'location', 'marketing')).toBe(false);
    expect(has(await learned("I'm based in Galway now, working in UHG, from Kochi originally."), 'location', 'uhg')).toBe(false);
  });

  it('reads the home the work is done from as the location, and a beauty trade done as the job', async () => {
    const nails = await learned('I do nails from home in Parramatta, mostly BIAB and gel');
    expect(has(nails, 'location', 'parramatta')).toBe(true);
    expect(has(nails, 'role', 'nails')).toBe(true);
    const hair = await learned('I do hair from home in Leeds');
    expect(has(hair, 'interests', 'hair')).toBe(false);
    expect(has(await learned('I do yoga most mornings'), 'interests', 'yoga')).toBe(true);
  });

  it('reads a scheme, a course or a job applied for as a goal', async () => {
    expect(has(await learned("for context, I'm 26, working as a TA in Croydon, and I've just applied to Teach First"), 'goals', 'teach first')).toBe(true);
    expect(has(await learned("I've applied for a PGCE at Leeds"), 'goals', 'pgce')).toBe(true);
    expect(has(await learned("I applied to Tom's company"), 'goals', 'tom')).toBe(false);
    expect(has(await learned('I applied sunscreen to my arms'), 'goals', 'sunscreen')).toBe(false);
  });
});

describe('offline extraction: a value set against the one it replaces', () => {
  it('restates "X not Y" over the stored Y', async () => {
    const stoke = await learnedOver("I'm a supply teacher in Stoke, is £130 a day normal?", "sorry, it's Stockport not Stoke 🙄 autocorrect strikes again");
    expect(stoke.filter((f) => f.key === 'location').map((f) => f.value)).toEqual(['Stockport']);
  });

  it('reads "X!! not Y" as one correction', async () => {
    const penrith = await learnedOver('I do nails from home in Parramatta, mostly BIAB and gel', 'sorry, Penrith!! not Parramatta, no idea why I typed that');
    expect(penrith.filter((f) => f.key === 'location').map((f) => f.value)).toEqual(['Penrith']);
  });
});

describe('offline extraction: what the user always wants, said as a fragment', () => {
  it('reads "X, always" with a comma, and "just the X, always"', async () => {
    expect(has(await learned('Oxford comma, always. I will die on this hill. Can you check my essay?'), 'preferences', 'oxford comma')).toBe(true);
    expect(has(await learned("just the formula, always — I'll ask if I get stuck"), 'preferences', 'formula')).toBe(true);
    expect(has(await learned('Window seat always'), 'preferences', 'window seat')).toBe(true);
    // (Not a thing after a word that is not the fragment's start, nor a state.)
    expect(has(await learned('tired, always'), 'preferences', 'tired')).toBe(false);
    expect(has(await learned('my kids, always'), 'preferences', 'kids')).toBe(false);
  });
});

describe('offline extraction: occasions', () => {
  it("reads a plural's possessive as part of the name, not a quotation ('parents' evening', 'farmers' market')", async () => {
    const evening = await learned("parents' evening is on the 21st and I've not written a single report");
    expect(evening.some((f) => f.key === 'upcoming_events' && String(f.value).toLowerCase().includes('parents evening'))).toBe(true);
    // (A quotation that opens before it is still one: its closing mark is no possessive.)
    expect(has(await learned("she said 'my parents' house' is nice"), 'upcoming_events', 'house')).toBe(false);
  });

  it('reads an occasion moved to another date', async () => {
    const moved = await learned("parents' evening was meant to be this Thursday but it's been moved to the 21st, so I've got an extra week");
    expect(has(moved, 'upcoming_events', '21st')).toBe(true);
    expect(has(await learned('the match was moved to the 14th'), 'upcoming_events', '14th')).toBe(true);
    // (A move of house is no occasion.)
    expect(has(await learned('we moved to Leeds in March'), 'upcoming_events', 'leeds')).toBe(false);
  });
});

describe('offline extraction: a team followed for life', () => {
  it('reads "X till I die" as a team the user follows', async () => {
    expect(has(await learned('Huge cricket fan, RCB till I die 😅 predict this season for me'), 'interests', 'rcb')).toBe(true);
    expect(has(await learned('NRL tragic here, Broncos till I die.'), 'interests', 'broncos')).toBe(true);
    expect(await learned("I'll love you till I die")).toEqual([]);
  });
});

describe('offline extraction: the area a job covers', () => {
  it('reads the place a job covers as the location', async () => {
    expect(has(await learned('Mobile hairdresser covering the Sunshine Coast hinterland — mostly older clients'), 'location', 'sunshine coast')).toBe(true);
    expect(has(await learned("I'm a locum covering North Wales"), 'location', 'north wales')).toBe(true);
    // (Covering for someone is no place.)
    expect(has(await learned("I'm covering Sarah's shift on Friday"), 'location', 'sarah')).toBe(false);
  });
});
