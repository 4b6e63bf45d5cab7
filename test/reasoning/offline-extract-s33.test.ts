import { describe, expect, it } from 'vitest';
import { compile } from '../../src/reasoners/offline/extract/engine.js';
import { answered, has, keys, learned, learnedOver } from '../helpers/extracted.js';

/**
 * Session 33: the pattern tables' own syntax checked when they compile (a mark inside a sequence had made two patterns
 * match nothing), and general readings found on round 34's development thirds and the older sets' misses.
 */

describe('offline extraction: the pattern syntax', () => {
  it('reads a lemma mark on a word inside a sequence', async () => {
    expect(has(await learned('half my regulars speak Tagalog. trying to pick up some Spanish too for the taco places'), 'language_learning', 'spanish')).toBe(
      true,
    );
    expect(has(await learned("my wife is Polish and I've been brushing up on it"), 'language_learning', 'polish')).toBe(true);
  });

  it('refuses a mark that would be a literal character no token has', () => {
    expect(() => compile('brushing_up_on?|improving {x:word}', new Map())).toThrow(/a mark inside/);
    expect(() => compile('pi~ck_up {x:word}', new Map())).toThrow(/a mark inside/);
    expect(() => compile('pick~_up {x:word}', new Map())).not.toThrow();
  });
});

describe('offline extraction: clauses and places', () => {
  it('does not pair a subject with "I" when the words before "and" are a clause of their own', async () => {
    expect(has(await learned("my wife is Polish and I've been learning it"), 'language_learning', 'polish')).toBe(true);
    // (Still one subject of two: "my wife and I have lived in Cork for years" is about both.)
    expect(has(await learned('my wife and I have lived in Cork for years'), 'location', 'cork')).toBe(true);
  });

  it('reads "till" before a time of day as hours, not a stay', async () => {
    expect(has(await learned('I run a suya spot in Lekki, Lagos, open from 6pm till late.'), 'location', 'lagos')).toBe(true);
    expect(has(await learned('I do reception at a clinic in Leeds, 9 till 5.'), 'location', 'leeds')).toBe(true);
    const stay = await learned("I'm in Dubai on contract till March");
    expect(has(stay, 'location', 'dubai')).toBe(false);
  });

  it('learns where the business the user runs is based ("out of")', async () => {
    expect(has(await learned('I run a small cleaning business out of Bolton, any tips for invoices?'), 'location', 'bolton')).toBe(true);
    expect(has(await learned('we ran out of Lagos rice at the party, what can I cook instead?'), 'location', 'lagos')).toBe(false);
  });

  it('reads a span of time that qualifies a noun as no stay, and "mostly" as a habit, not an event', async () => {
    const facts = await learned("Running my food truck out of Brisbane's northside, mostly weekend markets — what permits do I need?");
    expect(has(facts, 'location', 'brisbane')).toBe(true);
    expect(has(facts, 'role', 'food truck')).toBe(true);
    expect(keys(facts)).not.toContain('upcoming_events');
  });
});

describe('offline extraction: work', () => {
  it('reads verbs that name a job ("I bartend", "I nanny")', async () => {
    expect(has(await learned('I bartend at a dive bar in Austin, how do I report cash tips?'), 'role', 'bartend')).toBe(true);
    expect(has(await learned('I nanny for a family in Chelsea four days a week'), 'role', 'nanny')).toBe(true);
  });

  it('reads a fragment that opens on running a business, not on running late', async () => {
    expect(has(await learned('Running a small cleaning business these days, what software for invoices?'), 'role', 'cleaning business')).toBe(true);
    expect(keys(await learned('running late today, sorry, can you summarise this?'))).not.toContain('role');
  });
});

describe('offline extraction: family and names', () => {
  it('reads boys and girls with a count or a word of age as the children', async () => {
    const facts = await learned("my husband and our two boys (7 and 4) are still in Cebu, I'm hoping to bring them over next year");
    expect(has(facts, 'family', 'two boys')).toBe(true);
    expect(has(await learned('my little girl starts school on Monday, any tips for the first week?'), 'family', 'little girl')).toBe(true);
    expect(keys(await learned('out with my boys tonight, what should I wear?'))).not.toContain('family');
  });

  it('reads a sign-off only where it opens its sentence', async () => {
    expect(keys(await learned('my two boys love football')).includes('name')).toBe(false);
    expect(has(await learned('can you check this cover letter? thanks, Sam'), 'name', 'sam')).toBe(true);
  });
});

describe('offline extraction: "X, not Y"', () => {
  it('keeps the value a "not" after it sets against another thing', async () => {
    expect(has(await learned("Please it's Ama, not Amma — my phone keeps autocorrecting it"), 'name', 'ama')).toBe(true);
    expect(has(await learned('its Thabo not Thabang btw, can you draft a message to our veg supplier?'), 'name', 'thabo')).toBe(true);
    const role = await learned("actually I'm a commis, not a chef de partie — can you fix the reference letter?");
    expect(has(role, 'role', 'commis')).toBe(true);
    expect(has(role, 'role', 'chef de partie')).toBe(false);
  });

  it('still drops a value the "not" belongs to', async () => {
    expect(keys(await learned("I'm not a nurse, I just help out on the ward"))).not.toContain('role');
  });

  it('reads no name in "my name" as the object of another verb', async () => {
    expect(keys(await learned('the staff rota spells my name wrong every week, can you help me write to HR?'))).not.toContain('name');
    expect(has(await learned('hi my name is thabo, i need help with a CV'), 'name', 'thabo')).toBe(true);
  });
});

describe('offline extraction: goals and preferences', () => {
  it('reads what the user wants to lose as a goal, not a way to write', async () => {
    const facts = await learned('just want to lose the truck-stop belly - 10 kg by Christmas would do me.');
    expect(keys(facts)).not.toContain('communication_style');
    expect(has(await learned('drop the emojis please'), 'communication_style', 'emojis')).toBe(true);
  });

  it('reads a goal to focus on or ace something', async () => {
    expect(has(await learned('i want to focus on nailing my sommelier interview at the hotel instead'), 'goals', 'sommelier interview')).toBe(true);
  });

  it('reads what works best for the user', async () => {
    expect(has(await learned('voice notes work better for me than long texts'), 'communication_style', 'voice notes')).toBe(true);
    expect(keys(await learned('what works best for me?'))).toEqual([]);
  });
});

describe('offline extraction: places as modifiers, routes and work left', () => {
  it('reads no home in a place that names what the user is on ("the London train")', async () => {
    expect(keys(await learned("I'm on the London train, can you find me a hotel near Euston?"))).not.toContain('location');
    expect(has(await learned("I'm in the Leeds area, any good dentists?"), 'location', 'leeds')).toBe(true);
  });

  it('keeps a hyphen inside a word of an event ("Holyhead-Dublin")', async () => {
    const facts = await learned("I'm on the Holyhead-Dublin sailing Tuesday, what time should I be at the port?");
    expect(has(facts, 'upcoming_events', 'holyhead-dublin')).toBe(true);
  });

  it('reads a vehicle driven for hire as the job, a car as a car', async () => {
    expect(has(await learned("Habari! I'm Wanjiru, I drive a matatu on the Nakuru-Nairobi route"), 'role', 'matatu driver')).toBe(true);
    expect(keys(await learned('I drive a Corolla, is it good on fuel?'))).not.toContain('role');
  });

  it('withdraws the kind of work the user left', async () => {
    const facts = await learnedOver("I'm a bus driver in Nairobi", 'update: I left the bus work last month, now I do Glovo deliveries in Nairobi');
    expect(facts.filter((f) => f.key === 'role')).toEqual([]);
    // (Not which job it was: "left my old job" withdraws no "old".)
    expect((await learned('I left my old job last month, can you help with a CV?')).filter((f) => f.retract)).toEqual([]);
  });

  it('reads grandsons as family and "well, technically" as a value set right', async () => {
    expect(has(await learned('I have two grandsons, which games are safe for them on my tablet?'), 'family', 'two grandsons')).toBe(true);
    const facts = await learned('I live in Walthamstow — well, technically Leyton, the postcode lies');
    expect(has(facts, 'location', 'leyton')).toBe(true);
    expect(has(facts, 'location', 'walthamstow')).toBe(false);
  });
});

describe('offline extraction: a pet described after it is named', () => {
  it('reads "she\'s a … staffie (called Bonnie)" after the user spoke of their pet', async () => {
    expect(has(await learned("My dog Biscuit rides with me in the cab, she's a 4yo staffie. Any tips for the ferry?"), 'pets', 'staffie')).toBe(true);
    const pip = await learned("our dog barks all day when we're out. she's a rescue greyhound called Pip, how can I check?");
    expect(has(pip, 'pets', 'greyhound pip')).toBe(true);
    expect(has(await answered('does anyone depend on you financially?', "nah, just me and the cat. she's called Biscuit"), 'pets', 'biscuit')).toBe(true);
  });

  it('reads a breed in brackets after a pet the user named', async () => {
    expect(has(await learned('my studio dog Biscuit (beagle, 9 yrs old) sleeps under the mixing desk'), 'pets', 'beagle')).toBe(true);
  });

  it('reads no pet in "she\'s a …" about a person, or without a pet spoken of', async () => {
    expect(keys(await learned("my sister is lovely, she's a nurse in Leeds"))).not.toContain('pets');
    expect(keys(await learned("she's a border collie, the one in the photo, what breed is that?"))).not.toContain('pets');
  });
});

describe('offline extraction: brothers and sisters, and whose place a relative clause gives', () => {
  it('learns brothers and sisters the user says they have', async () => {
    expect(has(await learned('I have a sister, can you help me plan her 40th?'), 'family', 'sister')).toBe(true);
    expect(has(await learned("I've got two older brothers, both in Lagos"), 'family', 'two older brothers')).toBe(true);
    expect(keys(await learned('my sister says I have a problem with sugar, is she right?'))).not.toContain('family');
  });

  it('reads "who lives in X" after someone else as their place', async () => {
    const facts = await learned('I have a sister who lives in Perth, what time is it there now?');
    expect(has(facts, 'location', 'perth')).toBe(false);
    expect(has(await learned('I look after my mum who lives in Perth'), 'location', 'perth')).toBe(false);
    // (Said of the user, the place is theirs.)
    expect(has(await learned("I'm someone who lives in Leeds and hates the rain"), 'location', 'leeds')).toBe(true);
  });
});

describe('offline extraction: a name of two capitalised words after "and"', () => {
  it('keeps "Uber Eats" one name, not a clause of "Uber" that "eats"', async () => {
    expect(has(await learned('I do Deliveroo and Uber Eats, how do I track mileage for two apps?'), 'gig_platforms', 'uber eats')).toBe(true);
    // (A bare noun with its verb still opens a clause: "2 kids, husband works nights".)
    expect(has(await learned('2 kids, husband works nights, so mornings are chaos'), 'family', 'husband')).toBe(true);
  });
});

describe('offline extraction: shifts, bases and businesses taken over', () => {
  it('reads the shifts a verb of work is done on', async () => {
    expect(has(await learned('i drive out of the Doncaster depot on nights, 4 on 4 off'), 'work_style', 'nights')).toBe(true);
    expect(keys(await learned("I'm working on nights this week, can you plan my meals?"))).not.toContain('work_style');
  });

  it('reads the site a driver works out of, and sets it right', async () => {
    expect(has(await learned('i drive out of the Doncaster depot on nights'), 'company', 'doncaster depot')).toBe(true);
    const facts = await learnedOver('i drive out of the Doncaster depot on nights', 'sorry I meant Wakefield, Doncaster was my old one');
    expect(JSON.stringify(facts.filter((f) => f.key === 'company').map((f) => f.value))).toContain('Wakefield');
    expect(JSON.stringify(facts.map((f) => f.value))).not.toContain('Doncaster');
  });

  it('reads a business the user has taken over as theirs, in its town', async () => {
    const facts = await learned("I've just taken over my aunt's café in Cape Coast and I'm a bit overwhelmed");
    expect(has(facts, 'role', 'café')).toBe(true);
    expect(has(facts, 'location', 'cape coast')).toBe(true);
    expect(has(await learned("my aunt's café in Cape Coast is closing, so sad"), 'location', 'cape coast')).toBe(false);
  });
});

describe('offline extraction: rotas, measures and small words', () => {
  it('reads a rota of shifts on and days off, and its change', async () => {
    expect(has(await learned('night manager here, four nights on four off at a hotel in Ottawa'), 'shift_pattern', 'four nights on four off')).toBe(true);
    const facts = await learnedOver('I work 4 on 4 off at the depot', "actually scratch that, it's 3 on 3 off now");
    expect(JSON.stringify(facts.filter((f) => f.key === 'shift_pattern').map((f) => f.value))).toContain('3 on 3 off');
    expect(keys(await learned('turn the lights on 2 off 3'))).not.toContain('shift_pattern');
  });

  it('reads no age in a number with a unit after it', async () => {
    expect(keys(await answered('are you on US hours of service?', 'yeah US, 70 hour/8 day'))).not.toContain('age');
    expect(has(await learned("I'm Tendai, 33, grew up in Harare"), 'age', '33')).toBe(true);
  });

  it('does not read "on" in a stored value as a place a correction replaces', async () => {
    const facts = await learnedOver('i drive out of the Doncaster depot on nights, 4 on 4 off', 'sorry I meant Wakefield');
    expect(JSON.stringify(facts.filter((f) => f.key === 'shift_pattern').map((f) => f.value))).toContain('4 on 4 off');
  });
});
