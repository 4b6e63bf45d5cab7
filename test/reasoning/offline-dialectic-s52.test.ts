import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 52: question shapes found on round 53's development thirds and the development sets before them. Each beside a
 * near miss that must stay as it was.
 */

const { cited } = offlineCiter();

const aroha = factsOf({
  name: 'Aroha Tipene',
  location: 'Porirua',
  timezone: 'Pacific/Auckland',
  role: 'contact centre team leader',
  schedule: 'Monday to Friday, 7am to 3pm',
  shift_pattern: 'earlies one week, lates the next',
  communication_style: ['short messages', 'texts rather than calls in the evening'],
  dislikes: ['micromanagement', 'mandatory overtime'],
  values: ['treat callers like whānau'],
  religion: 'Seventh-day Adventist, keeps the Sabbath',
  health_conditions: ['vocal cord nodules'],
  upcoming_events: 'hospital appointment on the 22nd',
  licences: ['CS30 chainsaw', 'full driving licence'],
  interests: ['waka ama', 'lifting weights at the gym', 'church choir'],
});

describe('offline dialectic: a choice whose side is a verb', () => {
  it('reads "or just text" as one side of the choice, which a stated habit answers', async () => {
    expect(await cited(aroha, 'should i teams-call her after hours or just text')).toEqual(['communication_style']);
  });

  it('still abstains when neither side is held', async () => {
    const sione = factsOf({ name: 'Sione Latu', role: 'bus driver', location: 'Otara' });
    expect(await cited(sione, 'should i teams-call him after hours or just text')).toEqual([]);
  });
});

describe('offline dialectic: health asked about loosely', () => {
  it('reads "something up with" and "the matter with" as a question on health', async () => {
    expect(await cited(aroha, 'is there something up with her voice?')).toEqual(['health_conditions']);
    expect(await cited(aroha, "what's the matter with her voice lately?")).toEqual(['health_conditions']);
  });

  it('reads "well enough to" as a question on health', async () => {
    const cal = factsOf({ name: 'Cal Rennie', role: 'head gamekeeper', health_conditions: ['bad lower back'], interests: ['shinty'] });
    expect(await cited(cal, 'is he well enough to lift the feed bags off the trailer?')).toEqual(['health_conditions']);
  });
});

describe('offline dialectic: a shift is no time zone', () => {
  it('does not cite the time zone for a shift asked about', async () => {
    expect(await cited(aroha, 'could she do a saturday shift?')).not.toContain('timezone');
  });

  it('answers a clock time of the user day from the schedule, not from the time zone', async () => {
    const kofi = factsOf({ name: 'Kofi Asante', location: 'Stoke', schedule: 'Mon–Fri 8am to 5pm at the depot' });
    expect(await cited(kofi, 'what time does he knock off most days')).toEqual(['schedule']);
  });

  it('cites the fact that names the day of the month asked about', async () => {
    expect(await cited(aroha, 'can she cover a shift on the 22nd?')).toContain('upcoming_events');
    // (Another day named: the fact on that day is not what is asked.)
    expect(await cited(aroha, 'can she cover a shift on the 9th?')).not.toContain('upcoming_events');
  });
});

describe('offline dialectic: which one of a named body', () => {
  it('abstains when no fact cited names which one', async () => {
    expect(await cited(aroha, 'which church choir does she sing in?')).toEqual([]);
    expect(await cited(aroha, 'which gym does she go to?')).toEqual([]);
  });

  it('answers when a fact names it', async () => {
    const ben = factsOf({ name: 'Ben Hall', interests: ['boxing at Tiger Gym', 'five-a-side football'] });
    expect(await cited(ben, 'which gym does he go to?')).toEqual(['interests']);
  });
});

describe('offline dialectic: what a thing sells for', () => {
  const bree = factsOf({ name: 'Bree Walsh', side_business: 'keeps 30 hives for leatherwood honey', goals: ['grow to 60 hives'] });

  it('asks a price, which a count of hives does not give', async () => {
    expect(await cited(bree, 'what does her honey sell for per kilo?')).toEqual([]);
  });

  it('answers from a price stated', async () => {
    const priced = factsOf({ name: 'Bree Walsh', side_business: 'sells leatherwood honey at $28 a kilo' });
    expect(await cited(priced, 'what does her honey sell for per kilo?')).toEqual(['side_business']);
  });
});

describe('offline dialectic: what the law allows', () => {
  it('reads "legally" as a question on licences', async () => {
    expect(await cited(aroha, "she's helping with the firewood — is she ok to run a chainsaw legally")).toEqual(['licences']);
  });
});

describe('offline dialectic: a car is not care', () => {
  const priya = factsOf({
    name: 'Priya Raman',
    role: 'driver examiner',
    family: ['married to Karthik', 'one son (10)'],
    accessibility: ['needs a lumbar support cushion on long drives'],
    health_conditions: ['lower back pain'],
  });

  it('does not read "car for" as "care for", and reads "for her back" as her health', async () => {
    const got = await cited(priya, 'anything i should set up in the test car for her back?');
    expect(got).not.toContain('family');
    expect(got).toContain('health_conditions');
  });

  it('still reads "cares for" as family', async () => {
    const dev = factsOf({ name: 'Dev Mistry', caring_role: 'cares for her mum, who lives with her', role: 'nurse' });
    expect(await cited(dev, 'who does she care for?')).toEqual(['caring_role']);
  });
});

describe('offline dialectic: an animal asked beside one granted', () => {
  const grace = factsOf({ name: 'Grace Mensah', pets: ['a tabby cat called Biscuit'], role: 'driving instructor' });

  it('abstains when the animal granted is held and the one asked is named by none', async () => {
    expect(await cited(grace, 'has she got a dog as well as the cat?')).toEqual([]);
  });

  it('still answers a plain question on her animals', async () => {
    expect(await cited(grace, 'does she have a dog?')).toEqual(['pets']);
    const den = factsOf({ name: 'Den Walker', pets: ['Bluey, a blue heeler', 'a tabby cat'] });
    expect(await cited(den, 'has he got a cat as well as the dog?')).toEqual(['pets']);
  });
});

describe('offline dialectic: a name offered as one side of a choice', () => {
  const gaz = factsOf({ name: 'Gaz Whitley', company: 'Northern Powergrid', role: 'cable jointer', location: 'Leeds' });

  it('answers from the fact that names it, whatever the head is called', async () => {
    expect(await cited(gaz, 'which crowd is he with again, Powergrid or one of the contractors?')).toContain('company');
  });

  it('still abstains when neither side is named and the head is unknown', async () => {
    expect(await cited(gaz, 'which crowd is he with again, Yorkshire Water or one of the contractors?')).toEqual([]);
  });
});

describe('offline dialectic: prices put before what they buy', () => {
  const tam = factsOf({ name: 'Tam Okafor', role: 'dog walker', pricing: ['£18 solo walk', '£12 group walk', '£40 overnight sit'] });

  it('does not answer a price for another thing', async () => {
    expect(await cited(tam, 'how much does she charge for grooming?')).toEqual([]);
  });

  it('answers a price for a thing it names, and a price counted per unit', async () => {
    expect(await cited(tam, 'how much does she charge for a group walk?')).toEqual(['pricing']);
    const mere = factsOf({ name: 'Mere Tane', day_rate: '$450 NZD for a 12-hour festival day' });
    expect(await cited(mere, "what's she charge for a 12hr day on the festival")).toEqual(['day_rate']);
  });
});

describe('offline dialectic: occasions counted are no amount of money', () => {
  it('does not read "two evenings a week" as a price', async () => {
    const arjun = factsOf({ name: 'Arjun Rao', client_call_window: 'US client calls until 9pm IST, at most two evenings a week' });
    expect(await cited(arjun, 'what does he charge clients per hour?')).toEqual([]);
    const priced = factsOf({ name: 'Arjun Rao', rates: 'two thousand rupees an hour for Indian clients' });
    expect(await cited(priced, 'what does he charge clients per hour?')).toEqual(['rates']);
  });
});
