import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 27, dialectic classes: an occasion that is over ("last year", "last week's order", "the last blood test")
 * sets a question in the past, which the profile's present does not answer.
 */

const { cited } = offlineCiter();

describe('offline dialectic: "last" names an occasion that is over', () => {
  const kwame = factsOf({
    name: 'Kwame Boateng',
    pronouns: 'he/him',
    goal_race: 'Ironman 70.3 Staffordshire in June',
    medical_conditions: ['type 2 diabetes', 'high blood pressure'],
    weekly_budget: '$180 CAD',
    previous_role: 'sous chef at the Midland Hotel',
    on_call: 'on call the last weekend of every month',
  });

  const bev = factsOf({ name: 'Bev Tane', pronouns: 'she/her', book_club: 'runs the library book club, second Wednesday of the month' });

  it('abstains on a past occasion by its unit of time or as "the last" one', async () => {
    expect(await cited(kwame, 'what did he finish in at Staffordshire last year?')).toEqual([]);
    expect(await cited(kwame, "how much did last week's order come to?")).toEqual([]);
    expect(await cited(bev, 'what did the book club read last month?')).toEqual([]);
    expect(await cited(kwame, 'what was his cholesterol on the last blood test?')).toEqual([]);
  });

  it('still answers the present, a place in a period, and the past a fact keeps', async () => {
    expect(await cited(kwame, 'which race is he training for?')).toEqual(['goal_race']);
    expect(await cited(kwame, 'shuld I avoid booking anything the last weekend of the month?')).toEqual(['on_call']);
    expect(await cited(kwame, 'what was his last job?')).toEqual(['previous_role']);
    expect(await cited(bev, 'when does her book club meet?')).toEqual(['book_club']);
  });
});

describe('offline dialectic: everyday names of people, money and medicines', () => {
  const woz = factsOf({
    name: 'Warren Pittaway',
    pronouns: 'he/him',
    family: ['married to Deb', 'three adult kids'],
    debts: 'none except a $9,000 caravan loan',
    budget_method: 'fortnightly budget lined up with the pension payments',
    retirement_income: ['account-based pension'],
    savings: '$650 emergency fund in a saver account',
    favorite_team: 'Geelong Cats',
    work_schedule: 'small jobs two days a week',
    health_conditions: ['hypothyroidism (takes thyroxine daily)'],
  });

  it('reads "other half" and "at home with" as family, "barrack for" as a team followed', async () => {
    expect(await cited(woz, "who's his other half these days?")).toEqual(['family']);
    expect(await cited(woz, "who's at home with him?")).toEqual(['family']);
    expect(await cited(woz, 'who does he barrack for?')).toEqual(['favorite_team']);
  });

  it('reads owing money as debts and a rainy day fund as savings', async () => {
    expect(await cited(woz, 'does he owe money on anything?')).toEqual(['debts']);
    expect(await cited(woz, 'does he have a rainy day fund')).toEqual(['savings']);
  });

  it('knows thyroxine for a medicine', async () => {
    expect(await cited(woz, 'is he on any regular meds?')).toEqual(['health_conditions']);
  });
});

describe('offline dialectic: who minds the children', () => {
  const dee = factsOf({
    name: 'Deepa Raghunathan',
    pronouns: 'she/her',
    family: ['married to Jess', 'son Arjun (7)', 'daughter Mira (3)'],
    childcare: 'Mira at Little Wattle childcare centre Mon–Thu; Jess does drop-off, her mum does the Wednesday pickup',
    childcare_budget: 'up to $1,200 a month',
    work_schedule: 'in the office 7:45 to 5; runs the after-work football club on Wednesdays',
    values: ['flexibility for the school run matters more than salary', "won't work for gambling companies"],
  });

  it("reads the nursery drop-off and the kids picked up as childcare, the user's own arrangement", async () => {
    expect(await cited(dee, 'who does the nursery drop-off in the mornings?')).toEqual(['childcare']);
    expect(await cited(dee, "who picks the kids up on wednesdays when she's doing football club?")).toEqual(['childcare']);
    expect(await cited(dee, "what's the most she can put towards nursery each month?")).toEqual(['childcare_budget']);
  });

  it('still reads "who" of a person to identify as someone else, and a school run in a value as its setting', async () => {
    expect(await cited(dee, "who's the principal at the school?")).toEqual([]);
    expect(await cited(dee, 'would a sports betting startup be a good fit for her?')).toEqual(['values']);
  });
});

describe('offline dialectic: a ride asked for, and what a question says around itself', () => {
  const kechi = factsOf({
    name: 'Nkechi Adeyemi-Brown',
    pronouns: 'she/her',
    transport: 'drives a 2014 Vauxhall Corsa',
    interests: ['Nollywood films', 'car boot sales'],
    sports: ['fell running', 'netball (goal defence, Monday night league)'],
    work_schedule: 'Wednesday to Saturday, plus Sunday mornings after church',
    household: ['single mum', 'two sons (9 and 14)'],
    diet: 'pescatarian',
  });
  const harry = factsOf({ name: 'Harold Whitfield', pronouns: 'he/him', driving: 'gave up his licence in 2024', conditions: ['type 2 diabetes'] });
  const lucia = factsOf({ name: 'Lucía Ramos', pronouns: 'she/her', allergies: ['cat dander'], diet: 'vegetarian' });

  it('reads where a ride goes as its setting', async () => {
    // (Her Sunday mornings are fair to cite beside it.)
    expect(await cited(kechi, 'could she give me a lift to the car boot sale on sunday?')).toContain('transport');
    expect(await cited(kechi, 'could she give me a lift to the car boot sale on sunday?')).not.toContain('interests');
    expect(await cited(kechi, 'can she give me a lift to the race start?')).toEqual(['transport']);
  });

  it('reads "or should I …" as a second question, not a choice between two words', async () => {
    expect(await cited(harry, 'can he drive himself to the clinic or should I sort a lift?')).toEqual(['driving']);
  });

  it('reads a statement after a question as its reason, unless the question names no topic or the statement gives examples', async () => {
    expect(await cited(kechi, "does she drive? there's a baby sensory class at the retail park out of town")).toEqual(['transport']);
    expect(await cited(lucia, "Can she come round to mine? I've got three cats.")).toEqual(['allergies']);
  });
});

describe('offline dialectic: what is under way now', () => {
  const hyejin = factsOf({
    name: 'Hye-jin Park',
    pronouns: 'she/her',
    current_focus: 'Spanish travel phrases and ordering food before Mexico',
    interests: ['piano', 'bouldering'],
    weak_areas: ['listening at native speed'],
    vehicle: 'a red Ford Puma',
  });

  it('reads "what is she <doing> right now?" as asking for her current focus', async () => {
    expect(await cited(hyejin, 'what is she practising rn')).toContain('current_focus');
  });

  it('reads "what is she driving at the moment?" as asking for a car, "what is she researching …?" for the research', async () => {
    const arjun = factsOf({ name: 'Arjun Nair', current_status: 'on call this week', research_area: 'sepsis prediction from ICU vitals' });
    expect(await cited(arjun, 'what is he researching at the moment?')).toEqual(['research_area']);
    expect(await cited(hyejin, "what's she driving at the moment?")).toEqual(['vehicle']);
  });
});

describe('offline dialectic: a reason asked for', () => {
  const meera = factsOf({
    name: 'Meera Iyer',
    pronouns: 'she/her',
    health_conditions: ['iron-deficiency anaemia, on supplements'],
    injuries: ['IT band syndrome in right knee'],
    sports: ['triathlon'],
  });

  it('reads "reason" as saying nothing of the topic ("is there a medical reason …?")', async () => {
    expect(await cited(meera, 'is there a medical reason she gets tired easily?')).toContain('health_conditions');
  });
});

describe('offline dialectic: a position played', () => {
  const dani = factsOf({
    name: 'Danielle Clarke',
    pronouns: 'she/her',
    role: 'MSK physiotherapist',
    sports: ['fell running', 'netball (goal defence, Monday night league)'],
  });

  it('reads "what position does she play in netball?" as the sport, "her role at the clinic" as the job', async () => {
    expect(await cited(dani, 'what position does she play in netball?')).toEqual(['sports']);
    expect(await cited(dani, "what's her role at the clinic?")).toEqual(['role']);
  });
});
