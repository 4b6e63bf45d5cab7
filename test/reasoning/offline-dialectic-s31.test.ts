import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 31, dialectic vocabulary of round 32's themes: service in the forces (and aircraft flown), a shop's suppliers
 * and payment set-up, reunions, associations, and a few words people use for drinks, pets, travel sickness, nuts and
 * where the user wants to be in a few years.
 */

const { cited } = offlineCiter();

describe('offline dialectic: service in the forces', () => {
  const col = factsOf({
    name: 'Colin',
    pronouns: 'he/him',
    role: 'site manager for a housebuilder',
    service_history: 'Royal Engineers, 18 years, two tours of Afghanistan; left as a Staff Sergeant in 2016',
    reunion: 'regimental association dinner every October in Chatham',
    hobbies: ['fly fishing', 'restoring Land Rovers'],
  });

  it('answers which branch and where he served from his service history', async () => {
    expect(await cited(col, 'which branch of the forces was he in?')).toEqual(['service_history']);
    expect(await cited(col, 'was he ever deployed?')).toEqual(['service_history']);
    expect(await cited(factsOf({ name: 'Ann', role: 'pharmacist' }), 'which branch of the forces was she in?')).toEqual([]);
  });

  it('finds the service as past work, and a reunion by another name', async () => {
    expect(await cited(col, 'what did he do before the housebuilding job?')).toEqual(['service_history']);
    expect(await cited(col, "when's his old regiment's get-together?")).toEqual(['reunion']);
  });

  it('finds the aircraft flown in a service history', async () => {
    const pilot = factsOf({ name: 'Ruth', service_history: 'RAF, 16 years, flew Chinook helicopters', role: 'airline first officer' });
    expect(await cited(pilot, 'what kind of aircraft did she fly in the forces?')).toEqual(['service_history']);
  });
});

describe("offline dialectic: a small shop's suppliers, payments and associations", () => {
  const shop = factsOf({
    name: 'Deepa',
    role: 'owner of a convenience store',
    suppliers: ['Bestway cash and carry', 'a local baker for bread'],
    payment_setup: 'Zettle card reader; takes cash too',
    association: 'committee member of the local traders association',
    allergies: ['latex'],
  });

  it('answers where the stock comes from and how the shop takes payment', async () => {
    expect(await cited(shop, 'where does she stock up on fizzy drinks?')).toEqual(['suppliers']);
    expect(await cited(shop, 'can I pay by card at her shop?')).toEqual(['payment_setup']);
    expect(await cited(shop, 'which card machine does she use?')).toEqual(['payment_setup']);
    expect(await cited(factsOf({ name: 'Ed', role: 'shop owner' }), 'who is his wholesaler?')).toEqual([]);
  });

  it('answers a post in an association', async () => {
    const fisher = factsOf({ name: 'Efua', association: "treasurer of the Elmina fish smokers' cooperative", location: 'Elmina' });
    expect(await cited(fisher, 'does she hold any post in the co-op?')).toEqual(['association']);
    expect(await cited(fisher, 'is she in a union?')).toEqual(['association']);
  });
});

describe('offline dialectic: more words for drinks, pets, sickness, nuts and plans', () => {
  const gus = factsOf({
    name: 'Gus',
    favorite_drink: 'Talisker whisky',
    pets: ['budgie called Kiwi'],
    health_conditions: ['gets seasick on small boats'],
    medications: ['Stugeron before ferry trips'],
    allergies: ['groundnuts'],
    goals: ['open a second shop by 2028'],
    employer: 'Harbour Fuels Ltd',
  });

  it('reads a tipple as a drink and keeping birds as pets', async () => {
    expect(await cited(gus, "what's his tipple of choice?")).toEqual(['favorite_drink']);
    expect(await cited(gus, 'does he keep any birds?')).toEqual(['pets']);
  });

  it('reads motion sickness as seasickness, and peanut butter against groundnuts', async () => {
    expect(await cited(gus, 'does he take anything for motion sickness?')).toEqual(['medications']);
    expect(await cited(factsOf({ name: 'Liv', health: 'seasick on anything smaller than a ferry' }), 'does she get motion sickness?')).toEqual(['health']);
    expect(await cited(gus, 'is a satay made with peanut butter ok for him?')).toEqual(['allergies']);
  });

  it('answers who pays his wages and where he wants to be in a few years', async () => {
    expect(await cited(gus, "who's paying his wages now?")).toEqual(['employer']);
    expect(await cited(gus, 'where does he want the business to be in a few years?')).toEqual(['goals']);
  });
});

describe('offline dialectic: names asked for', () => {
  const nadia = factsOf({
    name: 'Nadia',
    company: 'Crumb & Co',
    role: 'owner and baker',
    suppliers: ['flour from a mill in Shipton', 'eggs from a farm near Burford'],
  });

  it('does not take a name the question uses itself for the answer (the roaster asked about is in Brunswick, the mill in Shipton)', async () => {
    expect(await cited(nadia, "what's the name of the mill in Shipton?")).toEqual([]);
    expect(await cited(factsOf({ name: 'Nadia', suppliers: ['flour from Shipton Mill'] }), "what's the name of the mill she buys from?")).toEqual([
      'suppliers',
    ]);
  });

  it("names the user's own café by the employer's key", async () => {
    expect(await cited(factsOf({ name: 'Paolo', company: 'Kape Corner', business_type: 'a 20-seat café' }), "what's his café called?")).toEqual(['company']);
  });
});

describe('offline dialectic: what the profile does not hold', () => {
  const efua = factsOf({
    name: 'Efua',
    timezone: 'Africa/Accra',
    religion: 'Methodist',
    working_hours: 'at the landing beach from 5am',
    company: 'Owusu Smoked Fish',
    interests: ['rugby league', 'church choir'],
    role: 'fish trader',
  });

  it('does not give the time of day in her time zone for the time of an occasion', async () => {
    expect(await cited(efua, 'what time is the service at her church on Sundays?')).toEqual([]);
    expect(await cited(efua, 'what time is it where she is?')).toEqual(['timezone']);
    expect(await cited(efua, 'what time should we ring her?')).toContain('timezone');
  });

  it('reads a capitalised code after "the" as the thing asked for ("the Eircode")', async () => {
    expect(await cited(efua, "what's the Eircode for her shop?")).toEqual([]);
  });

  it('reads the position a player plays as neither her job nor the sport', async () => {
    expect(await cited(efua, 'what position does she play in league?')).toEqual([]);
    expect(await cited(factsOf({ name: 'Ali', sports: 'rugby league', playing_position: 'hooker' }), 'what position does he play?')).toEqual([
      'playing_position',
    ]);
  });
});

describe('offline dialectic: shellfish boils and time on the water', () => {
  it('reads a crawfish boil against a shellfish allergy', async () => {
    expect(
      await cited(factsOf({ name: 'Mari', allergies: ['shellfish'], diet: 'vegetarian' }), 'thinking of taking her to a crawfish boil this weekend'),
    ).toContain('allergies');
  });

  it('reads "something for the water" as time on the water, not a drink', async () => {
    const hemi = factsOf({ name: 'Hemi', interests: ['spearfishing', 'rugby league'], favorite_drink: 'flat white' });
    expect(await cited(hemi, 'good present for him, maybe something for the water?')).toEqual(['interests']);
  });
});

describe('offline dialectic: travel cards and car sickness', () => {
  it('answers a discount card from a railcard key, and the back seat from car sickness', async () => {
    const kez = factsOf({ name: 'Kez', railcard: 'Disabled Persons Railcard', health_conditions: ['gets car sick on winding roads'] });
    expect(await cited(kez, 'what discount card does she use on the trains?')).toEqual(['railcard']);
    expect(await cited(kez, 'would she be ok on the back seat for the coast road?')).toEqual(['health_conditions']);
  });
});

describe('offline dialectic: the house is the home', () => {
  it('answers who insures the house from an insurance fact that says "home"', async () => {
    const aoife = factsOf({ name: 'Aoife', home: 'semi-detached house, mortgage with AIB', insurance: 'car with FBD; home with Aviva' });
    expect(await cited(aoife, "who's the house insured with")).toEqual(['insurance']);
  });
});

describe('offline dialectic: what a teacher teaches', () => {
  it('answers "what does she teach?" from the subjects, not from what she is learning', async () => {
    const hannah = factsOf({ name: 'Hannah', occupation: 'secondary school teacher', subjects: ['chemistry'], learning_goals: 'improve her Spanish' });
    expect(await cited(hannah, 'what does she teach')).toContain('subjects');
    expect(await cited(hannah, 'what does she teach')).not.toContain('learning_goals');
  });
});

describe('offline dialectic: loyalty schemes', () => {
  it('answers status with an airline from a loyalty key', async () => {
    const ravi = factsOf({
      name: 'Ravi',
      loyalty_programs: ['British Airways Executive Club (Silver)', 'Marriott Bonvoy'],
      seat_preference: 'aisle',
      role: 'management consultant',
    });
    expect(await cited(ravi, 'does he have any status with BA?')).toEqual(['loyalty_programs']);
    expect(await cited(factsOf({ name: 'Ann', role: 'teacher' }), 'is she in any airline loyalty programme?')).toEqual([]);
  });
});
