import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 28, dialectic classes: the kind of answer a question asks for, read more closely — an age is no count of
 * things, a number joined to a word is no price, a model year is no price, and what was got for a thing is its price.
 */

const { cited } = offlineCiter();

describe('offline dialectic: what a number in a value can answer', () => {
  const dee = factsOf({
    name: 'Dee Nguyen',
    pronouns: 'she/her',
    age: '37',
    pets: 'two guinea pigs, Pav and Lamington',
    children: 'Mia 9, Theo 6',
    car: 'a 2012 Mazda 3',
    housing: 'renting a 3-bed townhouse',
    vehicle: '2016 Toyota LandCruiser',
    current_focus: 'selling his old work ute',
  });

  it('does not answer "how old are the …" with the user\'s age, nor with a count of the things', async () => {
    expect(await cited(dee, 'how old are the guinea pigs?')).toEqual([]);
    expect(await cited(dee, 'how old is she?')).toEqual(['age']);
    expect(await cited(dee, 'how old are her kids?')).toEqual(['children']);
  });

  it('does not read "3-bed" or a model year as a price, and reads what was got for a thing as one', async () => {
    expect(await cited(dee, 'how much is her rent?')).toEqual([]);
    expect(await cited(dee, 'how much did he get for the work ute?')).toEqual([]);
    expect(await cited(factsOf({ name: 'Kechi', housing: 'renting a 3-bed flat, £1,150 a month' }), 'how much is her rent?')).toEqual(['housing']);
  });
});

describe('offline dialectic: weddings, guests and retiring', () => {
  const ruth = factsOf({
    name: 'Ruth Adeyemi',
    pronouns: 'she/her',
    wedding_date: 'Saturday 14 June',
    wedding_budget: '£22,000 all in',
    guest_count: '140',
    honeymoon: 'two weeks in Zanzibar',
    work_hours: 'works Saturdays, off on Wednesdays',
    marital_status: 'engaged to Daniel',
  });
  const graham = factsOf({
    name: 'Graham Price',
    pronouns: 'he/him',
    years_at_employer: '41 years at the steelworks',
    retirement_date: 'Friday 28 March',
    retirement_party: 'Saturday 29 March at Mumbles Rugby Club',
    retirement_plans: ['walk the Wales Coast Path', 'caravan trip round Scotland'],
    interests: ['sea fishing', 'male voice choir'],
  });

  it('reads "the big day" as the wedding, and counts the people coming', async () => {
    expect(await cited(ruth, "when's the big day?")).toEqual(['wedding_date']);
    expect(await cited(ruth, 'roughly how many people are coming to the wedding?')).toEqual(['guest_count']);
    expect(await cited(ruth, 'is she married?')).toContain('marital_status');
  });

  it('reads a leaving do as retiring, a plan to "do" as what is asked, and years at an employer as how long', async () => {
    expect(await cited(graham, "where's the leaving do?")).toContain('retirement_party');
    expect(await cited(graham, "what's he planning to do once he's retired?")).toEqual(['retirement_plans']);
    expect(await cited(graham, 'how long has he been there?')).toEqual(['years_at_employer']);
  });

  it('answers "how many" only with a count, not with a date', async () => {
    const kwame = factsOf({ name: 'Kwame', wedding_date: '22 August 2026', household: 'lives with partner Tom' });
    expect(await cited(kwame, 'how many people are invited to the wedding?')).toEqual([]);
    expect(await cited(kwame, 'How many portions should the meal plan be for — is it just him?')).toEqual(['household']);
  });
});

describe("offline dialectic: a garden's plot and flowers, a role in the user's plans, someone known of", () => {
  const bev = factsOf({
    name: 'Beverley Hinds',
    pronouns: 'she/her',
    community_groups: ["Palfrey Residents' Association", 'Reedswood Allotment Society'],
    volunteer_roles: ['treasurer of Reedswood Allotment Society'],
    interests: ['growing dahlias', 'gospel choir'],
    allotment: 'half plot 17B at Reedswood; runner beans and onions',
    bridal_party: ['maid of honour: her younger sister', 'three bridesmaids'],
    neighbours: 'ongoing dispute with number 42 over a hedge',
    writing: 'short stories with a twist',
  });

  it('reads an allotment plot as gardening, not the plot of a story, and dahlias as flowers', async () => {
    expect(await cited(bev, 'wheres her allotment plot')).toEqual(['allotment']);
    expect(await cited(bev, 'what flowers does she grow')).toContain('interests');
  });

  it('answers who holds a role the profile names with the person for it', async () => {
    expect(await cited(bev, "who's the maid of honour?")).toEqual(['bridal_party']);
    expect(await cited(bev, 'who is the best man?')).toEqual([]);
  });

  it('reads "the guy with …" as someone else, whose name the profile does not hold', async () => {
    expect(await cited(bev, "what's the name of the guy with the loud generator?")).toEqual([]);
  });
});

describe('offline dialectic: a preference asked as a choice', () => {
  const woz = factsOf({
    name: 'Warren Pittaway',
    pronouns: 'he/him',
    values: ['pays cash where he can', 'buys Australian-made'],
    retirement_income: ['account-based pension'],
  });

  it('answers "would he rather A or B?" with the fact that names one of them', async () => {
    expect(await cited(woz, 'would he rather pay by card or cash?')).toEqual(['values']);
  });

  it('still abstains when neither choice is held', async () => {
    expect(await cited(woz, 'would he rather have tea or coffee?')).toEqual([]);
  });
});

describe('offline dialectic: a swim and a way of giving feedback named in other words', () => {
  const dan = factsOf({
    name: 'Dan Whitlock',
    pronouns: 'he/him',
    interests: ['open-water swimming', 'true-crime podcasts'],
    communication_style: ['direct, no sugar-coating', 'short messages'],
    dislikes: ['hold music'],
  });

  it('reads "a dip in the lake" as swimming and "softened or straight up" as directness', async () => {
    expect(await cited(dan, 'would he be up for a dip in the lake with us?')).toEqual(['interests']);
    expect(await cited(dan, 'how does he like feedback — softened or straight up?')).toEqual(['communication_style']);
  });

  it('abstains on a sport the profile does not name', async () => {
    expect(await cited(dan, 'would he be up for a game of squash?')).toEqual([]);
  });
});

describe('offline dialectic: what the user charges and what they have put away', () => {
  const mateus = factsOf({
    name: 'Mateus Lima',
    pronouns: 'he/him',
    day_rate: '€650 for a full day of shooting',
    current_trip: 'shooting a campaign in Porto this week',
    savings: '£32k towards a deposit',
    upcoming_events: ['viewing a flat on Saturday'],
    mortgage: 'none yet',
  });

  it('reads charging as rates, and money put away as savings', async () => {
    expect(await cited(mateus, 'how much he is charging for one day of shooting?')).toEqual(['day_rate']);
    expect(await cited(mateus, 'how much has he put away for a deposit')).toEqual(['savings']);
  });

  it('does not read "grooming" as a wedding, nor a heart rate as what he charges', async () => {
    expect(await cited(mateus, "what's his max heart rate?")).toEqual([]);
    expect(await cited(factsOf({ name: 'Ruth', wedding_date: 'Saturday 14 June', pets: 'a cockapoo' }), 'who does the dog grooming?')).toEqual([]);
  });
});

describe('offline dialectic: what a count can be taken from', () => {
  it('counts relatives named, not a coach nor a team code', async () => {
    const siobhan = factsOf({
      name: 'Siobhan Doyle',
      pronouns: 'she/her',
      netball_coaching: "coaches the school's U14 and U16 netball teams; training Tuesdays and Thursdays 3:30-5pm",
      household: 'lives with her husband and two sons',
    });
    expect(await cited(siobhan, 'how many girls are in her U16 netball squad?')).toEqual([]);
    expect(await cited(siobhan, 'how many people live in her house?')).toEqual(['household']);
  });
});

describe('offline dialectic: a weight and a height are asked with their units', () => {
  const geoff = factsOf({
    name: 'Geoff Price',
    pronouns: 'he/him',
    caravan: 'Swift Challenger 480, two-berth, 2016',
    height: "6'2",
    bike: 'steel tourer, about 14 kg',
  });

  it('abstains on a weight no fact gives, and answers one that does', async () => {
    expect(await cited(geoff, 'How heavy is the caravan fully loaded?')).toEqual([]);
    expect(await cited(geoff, 'how heavy is his bike?')).toEqual(['bike']);
    expect(await cited(geoff, 'how tall is he?')).toEqual(['height']);
  });
});
