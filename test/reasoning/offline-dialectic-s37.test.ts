import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 37: readings found on the development thirds (round 38: faith workers, lawyers and paralegals, bus, tram and
 * train drivers; and misses left from earlier rounds) — places by their divisions, a grandchild by a pet name, sweets by
 * name, where a career is headed.
 */

const { cited } = offlineCiter();

describe('offline dialectic: places and people', () => {
  const kj = factsOf({
    name: 'KJ',
    location: 'Quezon City, Metro Manila',
    hometown: 'Iloilo City',
    role: 'team leader',
  });

  it('reads a province or county as a place', async () => {
    expect(await cited(kj, 'what province is she originaly from')).toEqual(['hometown']);
    expect(await cited(kj, 'which county does she live in?')).toEqual(['location']);
  });

  it('reads a grandbaby or grandkid as a grandchild', async () => {
    const lorri = factsOf({
      name: 'Lorri',
      family: ['daughter Kate', 'son Ben (lives in Perth)', 'grandson Hugo, 9 months'],
      interests: ['lawn bowls', 'quilting'],
    });
    expect(await cited(lorri, 'how old is the grandbaby')).toEqual(['family']);
    expect(await cited(lorri, "what's her grandkid called?")).toEqual(['family']);
  });
});

describe('offline dialectic: food, learning, career', () => {
  it('knows a pavlova or a tiramisu as a sweet', async () => {
    const low = factsOf({ name: 'Lorri', diet: 'low-sugar', interests: ['quilting'], pets: ['kelpie cross named Rosie'] });
    expect(await cited(low, 'would a big slice of pavlova be a nice treat for her?')).toEqual(['diet']);
    expect(await cited(low, 'can I bring tiramisu for her?')).toEqual(['diet']);
  });

  it('reads brushing up on something as learning', async () => {
    const goals = factsOf({
      name: 'Lorri',
      goals: ['do an infant CPR refresher'],
      interests: ['lawn bowls', 'growing roses'],
      location: 'Ballarat, Victoria',
    });
    expect(await cited(goals, "anything she's keen to brush up on?")).toEqual(['goals']);
  });

  it('reads where a career is going as a goal, and a career change as one', async () => {
    const lerato = factsOf({
      name: 'Lerato',
      role: 'team leader',
      company: 'a Bellville contact centre',
      goals: ['become an operations manager by 2027'],
    });
    expect(await cited(lerato, 'where does she want her career to go in the next few years?')).toEqual(['goals']);
    const cal = factsOf({
      name: 'Cal',
      role: 'customer service adviser (inbound)',
      career_change: 'leaving the call centre to become an electrician',
      interests: ['five-a-side'],
    });
    expect(await cited(cal, 'is he planning a career change?')).toEqual(['career_change']);
    expect(await cited(cal, 'what does Cal do for a living right now?')).toEqual(['role']);
  });
});

describe('offline dialectic: drivers, lawyers and clergy', () => {
  const daz = factsOf({
    name: 'Daz',
    role: 'train driver',
    previous_role: 'coal haul truck driver in the Bowen Basin',
    goals: ['pay off the mortgage by 2030', 'sign off on the new Queensland-built trains'],
    diet: 'low-carb',
    communication_style: ['straight to the point', 'no corporate waffle'],
    commute: 'drives 25 minutes to the Redbank yard',
    union: 'RTBU',
    shift_pattern: 'rotating earlies and lates',
  });

  it('reads corporate waffle as talk, and pizza, pasta and donuts as carbs', async () => {
    expect(await cited(daz, "we're doing pizza and pasta at the barbie, will that suit him?")).toEqual(['diet']);
    expect(await cited(daz, "I'm bringing donuts to the meetup, will he want one?")).toEqual(['diet']);
    expect(await cited(daz, 'how does he like feedback?')).toEqual(['communication_style']);
  });

  it('reads a dispute with management as a union matter and getting in to the yard as the commute', async () => {
    expect(await cited(daz, "who represents him if there's a dispute with management?")).toEqual(['union']);
    expect(await cited(daz, 'how does he get in to the yard each day?')).toContain('commute');
  });

  it('reads what closes a question after "before" as when, not what is asked', async () => {
    const driver = factsOf({
      name: 'Darren Whitfield',
      location: 'Ipswich, Queensland',
      role: 'train driver',
      company: 'Queensland Rail',
      depot: 'Mayne',
      previous_role: 'coal haul truck driver in the Bowen Basin',
      qualifications: ['Cert IV in Train Driving'],
      interests: ['fishing', 'rugby league (Broncos)'],
      goals: ['pay off the mortgage by 2030', 'retire to Hervey Bay', 'sign off on the new Queensland-built trains'],
      commute: '20-minute drive to the depot',
      current_focus: 'route training on the new Springfield line timetable',
    });
    expect(await cited(driver, 'what did he do before the railways?')).toContain('previous_role');
  });

  it('reads long-term medical stuff as health and drug reactions as allergies', async () => {
    const tariq = factsOf({
      name: 'Tariq',
      health_conditions: ['type 2 diabetes, diet-controlled'],
      allergies: ['penicillin'],
      goals: ['write a PhD proposal by 2026'],
      interests: ['cricket'],
    });
    expect(await cited(tariq, "any long-term medical stuff I should bear in mind if he's fasting?")).toContain('health_conditions');
    expect(await cited(tariq, "any long-term medical stuff I should bear in mind if he's fasting?")).not.toContain('goals');
    expect(await cited(tariq, 'what are his long-term plans?')).toEqual(['goals']);
    expect(await cited(tariq, 'any drug reactions I should know about?')).toEqual(['allergies']);
  });

  it('knows exams by how they are said ("sit the bar", "his big test")', async () => {
    const shiru = factsOf({
      name: 'Shiru',
      role: 'paralegal',
      exams: 'bar exams at the Kenya School of Law in November',
      hometown: 'Nyeri',
      location: 'Kilimani, Nairobi',
      interests: ['netball'],
    });
    expect(await cited(shiru, 'when does she sit the bar?')).toEqual(['exams']);
    expect(await cited(shiru, "when's her big test?")).toEqual(['exams']);
    expect(await cited(shiru, 'which town is she from upcountry?')).toEqual(['hometown']);
    expect(await cited(shiru, 'which town does she live in?')).toEqual(['location']);
  });

  it('reads a letter written in a spoken language as a question of languages, not of code', async () => {
    const priya = factsOf({
      name: 'Priya',
      language: ['English', 'Tamil', 'conversational French'],
      role: 'family law associate',
      communication_style: ['short bullet points', 'no legalese'],
      dislikes: ['phone calls after 8pm', 'last-minute disclosure dumps'],
      interests: ['Carnatic music', 'bouldering'],
    });
    expect(await cited(priya, 'could she read a letter written in Tamil?')).toContain('language');
  });
});

describe('offline dialectic: trainees and their hours', () => {
  const declan = factsOf({
    name: 'Declan',
    role: 'trainee solicitor',
    company: 'Fitzwilliam Byrne',
    education: ['BCL, University of Galway', 'passed all eight FE-1 exams in 2023'],
    study_habits: 'night owl — studies from 10pm to 1am',
    called_to_bar: 'Ontario, 2019',
    billable_target: '1,650 hours a year',
    grandchildren: 'one granddaughter, Isla (2)',
    interests: ['hurling', 'sea swimming'],
  });

  it('reads "fully qualified yet" as a question of the role and studying habits as learning', async () => {
    expect(await cited(declan, 'is dec fully qualified yet?')).toEqual(['role']);
    expect(await cited(declan, "when's he at his sharpest for studying?")).toEqual(['study_habits']);
  });

  it('reads being licensed to practise as an admission and the hours billed as a billing target', async () => {
    expect(await cited(declan, 'when did he get licensed to practise?')).toEqual(['called_to_bar']);
    expect(await cited(declan, 'how many hours a year is he expected to bill?')).toEqual(['billable_target']);
  });

  it('reads grandweans as grandchildren', async () => {
    expect(await cited(declan, 'has he got any wee grandweans?')).toEqual(['grandchildren']);
  });
});

describe('offline dialectic: whether the user is free', () => {
  const niamh = factsOf(
    {
      name: 'Niamh',
      role: 'wedding photographer',
      location: 'Brisbane',
      dislikes: ['call times before 4am', 'vague Pinterest boards'],
      interests: ['surfing', 'trivia nights'],
      current_focus: 'wedding in Noosa on Saturday, bridal party of six',
      current_status: 'booked out every weekend until mid-November',
    },
    ['current_focus', 'current_status'],
  );

  it('reads "is she free" at a time as a question of what is on then', async () => {
    const free = await cited(niamh, 'is she free this weekend for a barbie?');
    expect(free).toContain('current_status');
    expect(free).not.toContain('dislikes');
  });

  it('reads a day close by ("this weekend", "tomorrow") as the present', async () => {
    const leila = factsOf(
      {
        name: 'Leila',
        location: 'Montreal',
        interests: ['pottery'],
        current_status: 'away in Quebec City until Monday',
      },
      ['current_status'],
    );
    expect(await cited(leila, 'shud i send the usual delivery this weekend?')).toContain('current_status');
  });
});

describe('offline dialectic: retiring and what comes next', () => {
  const rhian = factsOf({
    name: 'Rhian',
    role: 'secondary school teacher',
    goals: ['pay off the Uplands mortgage by 2028', 'retire from teaching at 58'],
    interests: ['sea swimming', 'choir'],
    location: 'Swansea',
  });

  it('reads packing it in as retiring, and an age it happens at as when', async () => {
    expect(await cited(rhian, "when does she reckon she'll pack in teaching?")).toEqual(['goals']);
    expect(await cited(rhian, 'when does she want to retire?')).toEqual(['goals']);
  });

  it('reads what is planned next as a goal', async () => {
    const arjun = factsOf({
      name: 'Arjun',
      role: 'yoga teacher',
      company: 'Prana Loft Yoga',
      goals: ['open a second studio in HSR Layout'],
      interests: ['cricket'],
    });
    expect(await cited(arjun, "what's he planning next for the business?")).toContain('goals');
  });
});
