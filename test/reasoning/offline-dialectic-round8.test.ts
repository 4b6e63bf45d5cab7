import { describe, expect, it } from 'vitest';
import { readProfile } from '../../src/reasoners/offline/dialectic/facts.js';
import { stem } from '../../src/reasoners/offline/dialectic/words.js';
import { WorkBudget } from '../../src/reasoners/offline/nlp/budget.js';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 18, second dialectic retrieval round: by class — the user's children said the everyday way, the
 * words of a pets fact that are no animals, a doubled consonant before a final 'e', where the user likes to
 * sit, money put aside, a professional registration.
 */

const { cited } = offlineCiter();

function animalsOf(pets: string): string[] {
  const steps = readProfile(factsOf({ name: 'Sam Reid', pets }), new WorkBudget(1e9, 'user_message'));
  let r = steps.next();
  while (!r.done) r = steps.next();
  return [...r.value.animals];
}

describe('offline dialectic: boys, girls and lads are the children', () => {
  const dan = factsOf({ name: 'Dan Kowalski', age: '47', children: 'two sons, 12 and 15' });

  it("reads 'his boys' as someone else, not the user's age", async () => {
    // (Session 24: the key of his children answers for his boys; his age never does.)
    expect(await cited(dan, 'how old are his boys exactly?')).toEqual(['children']);
    expect(await cited(dan, 'how old are his girls?')).toEqual([]);
    expect(await cited(dan, 'what are his girls called?')).toEqual([]);
  });

  it('reads having boys as the family the user has', async () => {
    expect(await cited(dan, 'does he have boys?')).toEqual(['children']);
    expect(await cited(dan, 'how old is he?')).toEqual(['age']);
  });
});

describe('offline dialectic: the words of a pets fact that are no animals', () => {
  it('keeps only the animal of "a dog named Rex", "a cat she calls Mochi", "two cats, names Tig and Tog"', () => {
    expect(animalsOf('a dog named Rex')).toEqual(['dog']);
    expect(animalsOf('a black cat she calls Mochi')).toEqual(['cat']);
    expect(animalsOf('two cats, names Tig and Tog')).toEqual(['cat']);
  });

  it('still reads the animals themselves', () => {
    expect(animalsOf('an old greyhound and a rabbit')).toEqual(['greyhound', 'rabbit']);
  });
});

describe("offline dialectic: a doubled consonant before a final 'e' stays", () => {
  it("does not read 'latte' as 'late', nor 'gazette' as 'gazet'", () => {
    expect(stem('latte')).not.toBe(stem('late'));
    expect(stem('lattes')).toBe(stem('latte'));
  });

  it('still undoubles after -ing and -ed, and drops a final e', () => {
    expect(stem('running')).toBe('run');
    expect(stem('hopped')).toBe('hop');
    expect(stem('late')).toBe(stem('lates'));
  });

  it('does not cite a late shift for a latte', async () => {
    const cel = factsOf({ name: 'Cel Byrne', drinks: 'oat latte, no sugar', work_schedule: 'works late on Thursdays' });
    expect(await cited(cel, 'does she drink lattes?')).toEqual(['drinks']);
    expect(await cited(cel, 'does she work late?')).toEqual(['work_schedule']);
  });
});

describe('offline dialectic: where the user likes to sit', () => {
  const brenda = factsOf({
    name: 'Brenda Shaw',
    seat_preference: 'aisle seat near the front',
    flight_preferences: 'direct flights only; nothing departing before 9am',
    travel_style: 'river cruises and coach tours',
  });

  it('reads aisle or window as the seat preference alone', async () => {
    expect(await cited(brenda, 'window or aisle for her?')).toEqual(['seat_preference']);
    expect(await cited(brenda, 'does she like an aisle seat?')).toEqual(['seat_preference']);
  });

  it('reads a seat inside a wider travel preference by its value', async () => {
    const nuala = factsOf({ name: 'Nuala Byrne', travel_preferences: 'aisle seat near the toilets; direct flights where possible', hobbies: ['choir'] });
    expect(await cited(nuala, 'she asked for a window seat on the flight - is that what she usually goes for?')).toEqual(['travel_preferences']);
  });
});

describe('offline dialectic: money put aside, a professional registration', () => {
  it('reads putting money aside as saving for a goal', async () => {
    const hannah = factsOf({ name: 'Hannah Cole', current_goal: 'saving for a kitchen extension', occupation: 'teacher' });
    expect(await cited(hannah, 'what is she putting money aside for at the moment')).toEqual(['current_goal']);
    expect(await cited(hannah, 'what does she do for a living?')).toEqual(['occupation']);
  });

  it("reads an AHPRA rego as the registration, not a car's", async () => {
    const tash = factsOf({ name: 'Tash Novak', registration: 'AHPRA registration renews by 31 May each year', transport: 'cycles to work' });
    expect(await cited(tash, "When's her AHPRA rego due?")).toEqual(['registration']);
    expect(await cited(tash, 'how does she get to work?')).toEqual(['transport']);
  });
});

describe('offline dialectic: the tenancy, the home search, winding down', () => {
  const tash = factsOf({
    name: 'Tash Novak',
    living_situation: 'rents a 2-bed flat in Brunswick with a housemate; lease ends 30 June',
    home_search: 'first home buyer; 2-bedroom apartment in Coburg or Preston, under $600k',
    wellbeing: 'journals after hard shifts; sees a psychologist fortnightly',
    running_pb: '10 km in 52:40',
    location: 'Brunswick, Melbourne',
  });

  it('reads a lease running out as the living situation, not a run', async () => {
    expect(await cited(tash, 'When does her lease run out?')).toEqual(['living_situation']);
    expect(await cited(tash, 'is she on a fixed-term tenancy?')).toEqual(['living_situation']);
  });

  it('reads house-hunting as the home search', async () => {
    expect(await cited(tash, 'which suburbs is she house-hunting in?')).toContain('home_search');
  });

  it('reads winding down and switching off as her wellbeing', async () => {
    expect(await cited(tash, 'How does she usually wind down after a rough shift?')).toEqual(['wellbeing']);
    expect(await cited(tash, 'how does she switch off?')).toEqual(['wellbeing']);
  });

  it('still reads a run as running and the town as the location', async () => {
    expect(await cited(tash, "what's her 10 km time?")).toEqual(['running_pb']);
    expect(await cited(tash, 'where does she live?')).toContain('location');
  });
});

describe('offline dialectic: when to call, how the user bills, how often a value says', () => {
  const nuala = factsOf({
    name: 'Nuala Byrne',
    best_contact_times: '10am–12pm, or after 8:30pm; afternoons are unpredictable',
    accessibility_needs: 'large text on screens; needs a hearing loop for meetings',
    travel_budget: 'about €3,000 a year, off-peak where possible',
    nickname: 'Nu',
  });

  it('reads a call with her and the best time to ring as her contact times', async () => {
    expect(await cited(nuala, 'Morning or evening for a quick call with her?')).toEqual(['best_contact_times']);
    expect(await cited(nuala, 'when is the best time to call her?')).toEqual(['best_contact_times']);
    expect(await cited(nuala, 'what should I call her?')).toEqual(['nickname']);
  });

  it('reads yearly as a year, monthly as a month', async () => {
    expect(await cited(nuala, 'whats her yearly travel budget')).toEqual(['travel_budget']);
    expect(await cited(nuala, 'whats her monthly travel budget')).toEqual([]);
  });

  it('reads the currency of the invoices as invoicing', async () => {
    const seun = factsOf({ name: 'Seun Adeyemi', invoicing: 'invoices monthly in USD, net 15', languages: ['English', 'Yoruba'] });
    expect(await cited(seun, 'what currency do his invoices go out in')).toEqual(['invoicing']);
    expect(await cited(seun, 'what languages does he speak?')).toEqual(['languages']);
  });
});

describe('offline dialectic: busy planning is what is on now', () => {
  const nuala = factsOf(
    {
      name: 'Nuala Byrne',
      current_focus: 'planning a week in Toronto with her son while Tom is in respite in June',
      goals: 'to sing a solo at the Christmas concert',
    },
    ['current_focus'],
  );

  it("reads 'busy planning' and 'busy organising' as the current focus", async () => {
    expect(await cited(nuala, "what's she busy planning rn?")).toEqual(['current_focus']);
    expect(await cited(nuala, 'what is she busy organising?')).toEqual(['current_focus']);
  });

  it('still reads what she hopes for as a goal', async () => {
    expect(await cited(nuala, 'what is she hoping to achieve?')).toContain('goals');
  });
});
