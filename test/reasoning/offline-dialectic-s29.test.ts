import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 29, dialectic classes: a sport named before "team" beside a key that names sports, a time of the calendar
 * that says when and not what, whether the user is around, drinks behind the bar, a ride of so many kilometres, and
 * a relative's name written with an accent.
 */

const { cited } = offlineCiter();

describe('offline dialectic: the team, the bar and the ride', () => {
  const graham = factsOf({
    name: 'Graham Pryce',
    pronouns: 'he/him',
    sports_team: 'Ospreys',
    retirement_party: 'Saturday 29 March at Mumbles Rugby Club',
    favorite_drink: 'real ale',
    interests: ['sea fishing', 'road cycling'],
  });

  it('answers "which rugby team" from sports_team, but not from a team of another sport', async () => {
    expect(await cited(graham, 'which rugby team does he follow?')).toEqual(['sports_team']);
    const other = factsOf({ name: 'Jo', sports_team: 'Arsenal (football)', interests: ['darts'] });
    expect(await cited(other, 'which rugby team does she follow?')).toEqual([]);
  });

  it('reads what to stock behind the bar as drinks', async () => {
    expect(await cited(graham, 'what should we stock behind the bar for him?')).toEqual(['favorite_drink']);
  });

  it('reads a ride of so many kilometres as cycling', async () => {
    expect(await cited(graham, 'would he be up for a 100km ride with us?')).toEqual(['interests']);
  });
});

describe('offline dialectic: whether the user is around', () => {
  const tom = factsOf(
    {
      name: 'Tomasz',
      pronouns: 'he/him',
      interests: ['gravel cycling', 'bouldering'],
      upcoming_travel: 'Night Riviera sleeper to Penzance on Friday',
      work_schedule: 'four long days, Monday to Thursday',
    },
    ['upcoming_travel'],
  );

  it('answers "is he around this weekend?" with his plans, not his hobbies', async () => {
    expect(await cited(tom, 'is he around this weekend?')).toContain('upcoming_travel');
    expect(await cited(tom, 'is he around this weekend?')).not.toContain('interests');
  });

  it('still answers what he does at weekends with his hobbies', async () => {
    expect(await cited(tom, 'what does he do at the weekend?')).toContain('interests');
  });
});

describe("offline dialectic: a relative's name with an accent", () => {
  const bridie = factsOf({
    name: 'Bridget Keane',
    pronouns: 'she/her',
    children: ['Siobhán (lives in Galway)', 'Gerard (lives nearby)'],
    favourite_foods: ['brown bread', 'rhubarb tart'],
    interests: ['the crossword'],
  });

  it('reads "Siobhán\'s coming … what\'s her favourite cake" as about Siobhán', async () => {
    expect(await cited(bridie, "Siobhán's coming this weekend — what's her favourite cake so I can add it to the shop?")).toEqual([]);
    expect(await cited(bridie, "what's her favourite cake?")).toEqual(['favourite_foods']);
  });
});

describe('offline dialectic: "who\'s X?" of someone the profile names', () => {
  const kobby = factsOf({ name: 'Kobby Mensah', pronouns: 'he/him', housemates: ['Lily (ICU nurse)', 'Declan'], interests: ['lily pads in ponds'] });

  it('answers with the item that names them', async () => {
    expect(await cited(kobby, "who's lily?")).toEqual(['housemates']);
    expect(await cited(kobby, 'who is Declan?')).toEqual(['housemates']);
  });

  it('does not answer for a name no item writes as a name', async () => {
    expect(await cited(kobby, 'who is bob?')).toEqual([]);
    expect(await cited(factsOf({ name: 'Kobby', interests: ['lily pads in ponds'] }), "who's lily?")).toEqual([]);
  });
});

describe("offline dialectic: a time in the asker's zone, the eyes, a farm", () => {
  const jack = factsOf({
    name: 'Jack Doyle',
    pronouns: 'he/him',
    timezone: 'Australia/Perth',
    dislikes: ['phone calls during seeding', 'people leaving gates open'],
    crops: ['wheat', 'barley', 'canola'],
    livestock: ['2,000 Merino ewes'],
    pets: ['two kelpies'],
    health_conditions: ['glaucoma', 'type 2 diabetes'],
    interests: ['fishing at Bremer Bay'],
    sleep: 'asleep by 9pm, up at 4:30am',
  });

  it("cites the time zone for a time said in the asker's own zone, beside what the rest asks", async () => {
    expect(await cited(jack, "I'm in Sydney — if I ring him at 9am my time, is that too early for him?")).toContain('timezone');
    const tash = factsOf({
      name: 'Tash',
      pronouns: 'she/her',
      timezone: 'Australia/Melbourne',
      sleep_hygiene: 'blackout blinds and earplugs; no caffeine after 3am on a night shift',
      sleep: 'after night shifts sleeps roughly 8:30am–3:30pm',
    });
    expect(await cited(tash, 'is a double espresso at 4am on a night shift ok by her own rules?')).not.toContain('timezone');
  });

  it('reads trouble with the eyes as an eye condition', async () => {
    expect(await cited(jack, 'does he have any trouble with his eyes?')).toEqual(['health_conditions']);
  });

  it('answers what a farmer grows and the stock he runs, not his pets', async () => {
    expect(await cited(jack, 'what does he grow?')).toEqual(['crops']);
    expect(await cited(jack, 'how many sheep does he run?')).toEqual(['livestock']);
    expect(await cited(jack, 'what dogs has he got?')).toEqual(['pets']);
    expect(await cited(factsOf({ name: 'Leila', interests: ['cooking'] }), "Item's out of stock — ok to just substitute something similar?")).toEqual([]);
  });
});

describe('offline dialectic: medication asked for a condition', () => {
  const bron = factsOf({
    name: 'Bron',
    pronouns: 'she/her',
    health_conditions: ['rheumatoid arthritis in her hands'],
    health: 'iron-deficiency anaemia — trying to eat more iron-rich food',
    interests: ['sheepdog trials'],
  });

  it('does not answer "any medication for the arthritis?" with the arthritis', async () => {
    expect(await cited(bron, 'is she on any medication for the arthritis?')).toEqual([]);
    expect(await cited(bron, 'is she taking iron supplements?')).toEqual([]);
    expect(await cited(bron, 'does she have arthritis?')).toContain('health_conditions');
  });

  it('answers what she takes from the medicines she takes', async () => {
    const pat = factsOf({ name: 'Pat', pronouns: 'she/her', medications: ['vitamin D', 'amlodipine'], health_conditions: ['high blood pressure'] });
    expect(await cited(pat, 'does she take anything for blood pressure?')).toContain('medications');
    expect(await cited(pat, 'what supplements does she take?')).toEqual(['medications']);
  });
});

describe('offline dialectic: the school she is at now, the bar, the handover', () => {
  const niamh = factsOf({
    name: 'Niamh',
    pronouns: 'she/her',
    role: 'deputy head teacher',
    employer: "St Colmcille's Primary School",
    education: 'BEd, Stranmillis University College',
    bar_admission: 'called to the Ontario bar in 2017',
    custody_arrangement: 'kids alternate weekends; handover Friday 6pm at his ex-wife’s',
    family: ['divorced', 'son Kai (15)'],
  });

  it('reads "which school is she at these days?" as her workplace', async () => {
    expect(await cited(niamh, 'which school is she at these days?')).toEqual(['employer']);
    expect(await cited(niamh, 'which school is she at?')).toEqual(['employer']);
  });

  it('reads "called to the bar" as no name, and a handover as the custody arrangement', async () => {
    expect(await cited(niamh, 'when was she called to the bar?')).toEqual(['bar_admission']);
    expect(await cited(niamh, "what time's the handover with her ex")).toContain('custody_arrangement');
  });
});

describe('offline dialectic: someone in the context, the user named in the question', () => {
  const tobi = factsOf({
    name: 'Oluwatobi Adeleke',
    preferred_name: 'Tobi',
    pronouns: 'he/him',
    role: 'QA lead',
    values: ['transparency with estate funds', 'everyone pays the same levy, no exceptions'],
  });

  it('reads "the landlord at no. 7 wants … — will Tobi go for it?" as about Tobi, not about landlords', async () => {
    const facts = await cited(tobi, 'the landlord at no. 7 wants a levy discount — will Tobi go for it?');
    expect(facts).toContain('values');
    expect(facts).not.toContain('role');
    expect(await cited(tobi, "what's Tobi's job?")).toEqual(['role']);
  });
});
