import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 17: retrieval on indirect and far-paraphrased questions, by class — texting short forms, choices
 * between named alternatives, everyday knowledge linking a thing asked about to a stored attribute.
 */

const { cited } = offlineCiter();

describe('offline dialectic: texting short forms read as the words they stand for', () => {
  const nadia = factsOf({
    name: 'Nadia Haddad',
    timezone: 'Asia/Beirut',
    occupation: 'RN on a cardiac ward',
    current_focus: 'revising for her pharmacology exam',
    working_hours: '9-5, works from home on Fridays',
  });

  it('reads tz as the time zone, with or without a possessive before it', async () => {
    expect(await cited(nadia, 'what tz does she live by')).toEqual(['timezone']);
    expect(await cited(nadia, "what's her time zone?")).toEqual(['timezone']);
  });

  it('reads a lower-case rn as right now, and RN in capitals as the nurse', async () => {
    expect(await cited(nadia, 'what is she busy with rn')).toEqual(['current_focus']);
    expect(await cited(nadia, 'is she an RN?')).toEqual(['occupation']);
  });
});

describe('offline dialectic: a choice between named alternatives', () => {
  const tomi = factsOf({
    name: 'Tomi Okafor',
    programming_languages: ['Python', 'R'],
    ml_tools: ['PyTorch Lightning', 'scikit-learn'],
    hobbies: ['camping', 'chess'],
  });

  it('finds an alternative inside a camel-case name in a value', async () => {
    expect(await cited(tomi, 'jax or torch for the prototype?')).toEqual(['ml_tools']);
  });

  it('does not look inside names when no choice is asked', async () => {
    expect(await cited(tomi, 'does he own a torch for the night walk?')).toEqual([]);
  });

  it('reads a short capitalised alternative beside a known language as a language, not a person', async () => {
    expect(await cited(tomi, 'R or python for the stats notebook?')).toEqual(['programming_languages']);
  });

  it('still reads two names on both sides of the choice as other people', async () => {
    expect(await cited(tomi, 'is Jess or Dayo the older one?')).toEqual([]);
  });
});

describe('offline dialectic: a time at the edge of the day bears on the daily rhythm', () => {
  const ines = factsOf({
    name: 'Inês Costa',
    working_hours: '10:00-18:00, Monday to Friday',
    chronotype: 'night owl, rarely up before 9',
    hobbies: ['surfing', 'pottery'],
  });

  it('an early slot finds the chronotype first', async () => {
    expect((await cited(ines, 'would a 6:30am planning session suit her?'))[0]).toBe('chronotype');
  });

  it('a slot in the middle of the day still finds the working hours first', async () => {
    expect((await cited(ines, 'would a 2pm planning session suit her?'))[0]).toBe('working_hours');
  });
});

describe('offline dialectic: everyday knowledge as classes (drinks, sweets, heavy loads, exercise, stairs)', () => {
  const lwazi = factsOf({
    name: 'Lwazi Dube',
    caffeine: 'no more than one coffee a day (heart palpitations)',
    alcohol: 'a glass of wine with Sunday lunch only',
    health: ['type 1 diabetes'],
    back: 'herniated disc, told to avoid lifting',
    exercise: 'low-impact only: swimming and yoga',
    hobbies: ['gardening', 'jazz records'],
  });

  it('a coffee drink is caffeine, a cold one is alcohol', async () => {
    expect((await cited(lwazi, 'should I bring him a flat white on the way in?'))[0]).toBe('caffeine');
    expect(await cited(lwazi, 'should I get a round of cold ones in for him after work?')).toEqual(['alcohol']);
  });

  it('a sweet is sugar, which bears on diabetes', async () => {
    expect(await cited(lwazi, 'is a tin of toffee a good thank-you present for him?')).toEqual(['health']);
  });

  it('unloading pallets is heavy lifting, which bears on a back problem', async () => {
    expect(await cited(lwazi, 'can he help us unload the pallets of tiles?')).toEqual(['back']);
  });

  it('a HIIT class is high-impact exercise', async () => {
    expect(await cited(lwazi, 'would he enjoy a HIIT bootcamp with the team?')).toEqual(['exercise']);
  });

  it('a thing that only shares a word with a class is not a member ("coffee table", a kettle)', async () => {
    expect(await cited(lwazi, 'what kind of coffee table should I get him?')).toEqual([]);
    expect(await cited(lwazi, 'what brand of kettle does he have?')).toEqual([]);
  });

  it('bad knees bear on stairs', async () => {
    const ada = factsOf({ name: 'Ada Nwosu', conditions: ['osteoarthritis in her left knee'], hobbies: ['choir'] });
    expect(await cited(ada, 'the book club meets up three flights of stairs, is that ok for her?')).toEqual(['conditions']);
  });
});

describe('offline dialectic: kinds of software tool and their members', () => {
  const mei = factsOf({
    name: 'Mei Lin',
    testing: 'vitest, with playwright for e2e',
    package_manager: 'pnpm',
    hosting: ['GCP (Cloud Run)', 'Cloudflare for DNS'],
    hobbies: ['weather photography', 'plotting garden beds'],
    editor: 'Zed',
  });

  it('a kind of tool asked for finds the tool stored under any key', async () => {
    expect(await cited(mei, 'what testing library should the generated specs use for her?')).toEqual(['testing']);
    expect(await cited(mei, 'which cloud platform should the deploy script assume?')).toEqual(['hosting']);
  });

  it('other members of the kind offered as a choice find the one stored', async () => {
    expect(await cited(mei, 'npm or yarn in her monorepo?')).toEqual(['package_manager']);
  });

  it('a kind the profile holds nothing of, and a word that only looks like a tool, abstain', async () => {
    expect(await cited(mei, 'which CI service does she use?')).toEqual([]);
    expect(await cited(mei, 'what kind of clouds does she like to photograph?')).toEqual([]);
  });
});

describe("offline dialectic: the user's own business, staff, driving, rest and pastimes in everyday words", () => {
  const thabo = factsOf({
    name: 'Thabo Mokoena',
    business: 'runs a small bicycle repair shop in Maboneng',
    trading_since: 2011,
    staff: 2,
    transport: 'does not drive; cycles everywhere',
    hobbies: ['birding', 'braai with friends'],
    sleep: 'about 6 hours, up at 4:30 to open',
    family: 'wife Lerato, two sons',
  });

  it('his shop, how long he has run it, and how many people he employs', async () => {
    expect(await cited(thabo, 'what sort of shop has he got?')).toEqual(['business']);
    expect(await cited(thabo, 'how long has he been running the shop?')).toEqual(['trading_since']);
    expect(await cited(thabo, 'how many people does he employ?')).toEqual(['staff']);
  });

  it('whether he drives, asked through a lift or a rental car', async () => {
    expect(await cited(thabo, 'can he drive himself to the airport?')).toEqual(['transport']);
    expect(await cited(thabo, 'should I book him a rental car in Durban?')).toEqual(['transport']);
  });

  it('rest is sleep, and what he gets up to is his pastimes', async () => {
    expect(await cited(thabo, 'is he getting enough rest?')).toEqual(['sleep']);
    expect(await cited(thabo, 'what does he get up to on a day off?')).toEqual(['hobbies']);
  });

  it("the names of the staff a count stands for, and his wife's job, stay unknown", async () => {
    expect(await cited(thabo, 'what are his staff called?')).toEqual([]);
    expect(await cited(thabo, "what is his wife's job?")).toEqual([]);
  });
});

describe('offline dialectic: what is coming up for the user, in everyday words', () => {
  const ruth = factsOf({
    name: 'Ruth Bekele',
    upcoming_events: "dentist on Thursday; sister's wedding on Saturday",
    current_focus: 'writing the annual grant report',
    hobbies: ['pottery'],
  });

  it('what is on her plate, or what she has got on, finds the events ahead', async () => {
    expect(await cited(ruth, 'anything big on her plate I should work around?')).toEqual(['upcoming_events']);
    expect(await cited(ruth, 'what has she got on this week?')).toContain('upcoming_events');
  });

  it('what she is working on now is still her current focus alone', async () => {
    expect(await cited(ruth, 'is she working on anything at the moment?')).toEqual(['current_focus']);
  });
});

describe('offline dialectic: a closing "when" clause says when, not what is asked', () => {
  const grace = factsOf({
    name: 'Grace Mensah',
    business: 'runs a bakery in Kumasi',
    shop_hours: 'Mon-Fri 6-4, closed weekends',
    hobbies: ['woodcarving', 'highlife music'],
  });

  it('finds her pastimes beside the shop the clause names', async () => {
    expect(await cited(grace, 'what does she get up to when the shop is closed?')).toContain('hobbies');
  });

  it('without the clause, the pastimes alone', async () => {
    expect(await cited(grace, 'what does she get up to?')).toEqual(['hobbies']);
  });
});
