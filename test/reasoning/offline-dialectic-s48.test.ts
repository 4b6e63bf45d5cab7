import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 48: question shapes found on round 49's development thirds. Each beside a near miss that must stay as it was.
 */

const { cited } = offlineCiter();

const maricel = factsOf({
  name: 'Maricel Santos',
  location: 'Winnipeg',
  language: ['Tagalog', 'Hiligaynon', 'English'],
  role: 'licensed family child care provider',
  family: ['husband Jun', 'son Miguel (10)'],
});

describe('offline dialectic: a dialect is a language', () => {
  it('finds the languages for a question about a dialect', async () => {
    expect(await cited(maricel, 'which dialect does she speak with her family back home')).toEqual(['language']);
  });
});

const aoife = factsOf({
  name: 'Aoife Byrne',
  role: 'data centre technician',
  education: ['BSc Computing (2:1), TU Dublin'],
  certifications: ['CCNA', 'CompTIA Server+'],
});

describe('offline dialectic: a result asked for', () => {
  it('abstains on the grade got in an exam the profile holds no result for', async () => {
    expect(await cited(aoife, 'what did she get in her Leaving Cert?')).toEqual([]);
    expect(await cited(aoife, 'what did she get for maths in matric?')).toEqual([]);
    // (A result the profile holds answers; a thing got is no result.)
    expect(await cited(aoife, 'what did she get in her degree?')).toEqual(['education']);
  });
});

const nadia = factsOf({
  name: 'Nadia Rahman',
  role: 'freelance bookkeeper',
  business_bank: 'Starling business account',
  mortgage: 'interest-only buy-to-let mortgage on the Dundee flat',
  employer: 'Northpay (contract via an agency)',
  family: ['husband Anand', 'son (19) studying engineering'],
  living_situation: 'shares a flat with two roommates',
  rates: '£30 an hour',
  stack: ['Kotlin + Spring Boot services', 'PostgreSQL 15'],
});

describe('offline dialectic: the kind of answer a question asks for', () => {
  it('reads "what does the postdoc pay", "what does she charge" as asking for an amount', async () => {
    const maggie = factsOf({ name: 'Maggie Tremblay', role: 'postdoc in ecology', contract: 'two-year postdoc ending May 2026' });
    expect(await cited(maggie, 'what does the postdoc pay?')).toEqual([]);
    expect(await cited(nadia, 'what does she charge per hour?')).toEqual(['rates']);
  });

  it('reads a version or a number as a measure', async () => {
    expect(await cited(nadia, 'which kotlin version is the repo on?')).toEqual([]);
    expect(await cited(nadia, 'which postgres version is she on?')).toEqual(['stack']);
  });

  it("takes no amount from a relative's age or a count of flatmates", async () => {
    expect(await cited(nadia, 'how much rent does she pay?')).toEqual([]);
    expect(await cited(nadia, 'how old is her son?')).toEqual(['family']);
  });
});

describe('offline dialectic: another kind of the thing asked about', () => {
  it('abstains when the fact most on the topic is about another kind', async () => {
    expect(await cited(nadia, 'which bank is her personal current account with?')).toEqual([]);
    expect(await cited(nadia, 'which bank does she use for the business?')).toContain('business_bank');
  });
});

const bernie = factsOf({
  name: 'Bernie Okafor',
  role: 'Ofsted-registered childminder',
  business_name: 'Little Acorns Home Childcare',
  team: 'leads 4 practitioners and 1 modern apprentice',
  previous_role: 'live-in nanny in Cheshire for 7 years',
  family: ['married to Gareth', 'daughter Chioma (12)'],
  certifications: ['CS30/31 chainsaw'],
});

describe('offline dialectic: people and places of the work', () => {
  it('knows a household the user worked for as someone else', async () => {
    expect(await cited(bernie, 'what was the name of the family she nannied for?')).toEqual([]);
    expect(await cited(bernie, "what's her husband called?")).toEqual(['family']);
  });

  it("knows a tree surgeon's groundie as someone else", async () => {
    expect(await cited(bernie, 'has his groundie got a chainsaw ticket yet?')).toEqual([]);
    expect(await cited(bernie, 'has he got a chainsaw ticket?')).toEqual(['certifications']);
  });

  it('finds the people the user leads for the size of their team', async () => {
    expect(await cited(bernie, 'how big is her team?')).toEqual(['team']);
    expect(await cited(bernie, 'how many people does she manage?')).toEqual(['team']);
  });

  it("finds the business's name for her setting or her daycare", async () => {
    expect(await cited(bernie, "what's her setting called, for the invoice header?")).toEqual(['business_name']);
    expect(await cited(bernie, "what's the name of her daycare?")).toEqual(['business_name']);
  });
});

const rhea = factsOf(
  {
    name: 'Rhea Villanueva',
    role: 'senior service desk analyst',
    family: ['engaged, wedding in December'],
    retirement_party: 'Friday 7pm at the Rugby Club',
    current_focus: 'covering for two colleagues on leave; the queue is over 200 tickets',
    upcoming_event: 'Security+ exam on Saturday',
  },
  ['current_focus', 'upcoming_event'],
);

describe('offline dialectic: places and days of occasions', () => {
  it('asks a place of an occasion by its name, which a date does not give', async () => {
    expect(await cited(rhea, "where's the wedding being held?")).toEqual([]);
    expect(await cited(rhea, "where's the leaving do?")).toEqual(['retirement_party']);
  });

  it('reads "this weekend" as its Saturday and Sunday', async () => {
    expect(await cited(rhea, 'anything on this weekend?')).toEqual(['upcoming_event']);
    expect(await cited(rhea, "what's she up to on Saturday?")).toEqual(['upcoming_event']);
  });
});

const dev = factsOf({
  name: 'Devendra Mistry',
  age: 44,
  role: 'locksmith',
  insurance: '£5m public liability',
  energy: 'Octopus Energy, fixed tariff',
  diet: 'gluten free (coeliac)',
});

describe('offline dialectic: a date of birth and a firm that serves the user', () => {
  it('asks a date for a date of birth or a birthday, which an age does not give', async () => {
    expect(await cited(dev, "what's his date of birth?")).toEqual([]);
    expect(await cited(dev, "what's his birthday?")).toEqual([]);
    // (A birthday that modifies another noun asks no date.)
    expect(await cited(dev, 'can he have a normal sponge birthday cake?')).toEqual(['diet']);
  });

  it('asks a firm that serves the user by its name', async () => {
    expect(await cited(dev, "what's his insurer?")).toEqual([]);
    expect(await cited(dev, "who's his energy supplier?")).toEqual(['energy']);
  });
});
