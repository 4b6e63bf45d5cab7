import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 51: question shapes found on round 52's development thirds and the development sets before them. Each beside a
 * near miss that must stay as it was.
 */

const { cited } = offlineCiter();

const leanne = factsOf({
  name: 'Leanne McAuley',
  location: 'Larne',
  role: 'haulage company owner',
  favorite_music: 'Nathan Carter',
  interests: ['year-round sea swimming', 'country music', 'Ulster rugby'],
  diet: 'coeliac, strictly gluten-free',
  health_conditions: ['knee replacement in 2022'],
});

describe('offline dialectic: a favourite performer', () => {
  it('reads "her favourite singer" as a taste of hers, answered by a name under her music', async () => {
    expect(await cited(leanne, "who's her favourite singer?")).toEqual(['favorite_music']);
    expect(await cited(leanne, "who's her favourite band?")).toEqual(['favorite_music']);
    // (Beside a genre that scores higher but names no singer.)
    expect(await cited(leanne, "i've got spare tickets for a country gig — who's her favourite singer?")).toEqual(['favorite_music']);
  });

  it('still reads a trade of hers as someone else', async () => {
    expect(await cited(leanne, "what's her accountant's name?")).toEqual([]);
  });

  it('still abstains when the best fact on the topic cannot give the kind asked and none answers the head in full', async () => {
    const zanele = factsOf({ name: 'Zanele Dube', hobbies: ['trail running', 'marathon training'], goal: 'run the Comrades Marathon in 2027' });
    expect(await cited(zanele, 'whats her marathon PB')).toEqual([]);
  });
});

describe('offline dialectic: cautions for a meal', () => {
  it('leaves out a condition that has nothing to do with eating', async () => {
    expect(await cited(leanne, "we're getting pastries from the bakery for her leaving do... anything to watch?")).toEqual(['diet']);
    const bisi = factsOf({
      name: 'Bisi Adeyemi',
      diet: 'no pork',
      allergies: ['penicillin'],
      health_conditions: ['dodgy left knee from an old football injury'],
      goals: ['move up to a Band 4 portering manager role'],
    });
    expect(await cited(bisi, "we're doing a bacon butty morning for the porters, anything to watch for him?")).toEqual(['diet', 'allergies']);
  });

  it('keeps a condition that bears on eating', async () => {
    const kemi = factsOf({ name: 'Kemi Bello', diet: 'no pork', health_conditions: ['type 2 diabetes', 'bad back'] });
    expect(await cited(kemi, 'ordering pizza for the office, anything to watch for her?')).toEqual(['diet', 'health_conditions']);
    // (Asked of no meal, what is known of the user's health still answers.)
    expect(await cited(kemi, "she's offered to help me move house — anything I should know first?")).toContain('health_conditions');
  });
});

describe('offline dialectic: schemes, statuses and rotas', () => {
  const shiv = factsOf({
    name: 'Siobhán Walsh',
    role: 'network technician',
    company: 'ESB Networks',
    certifications: ['Safe Pass', 'Working at Height', 'pole climbing and rescue'],
    nationality: 'Irish',
    visa: 'Stamp 4',
    schedule: '4 on 4 off, 7am–7pm, plus a standby week every six weeks',
    communication_style: ['short and direct'],
  });

  it('abstains on a scheme in capitals the certifications do not name', async () => {
    expect(await cited(shiv, 'is she Gas Safe registered as well?')).toEqual([]);
    expect(await cited(shiv, 'is she Safe Pass certified?')).toEqual(['certifications']);
  });

  it('reads "ticketed" as holding a ticket, and not every "ticket"', async () => {
    expect(await cited(shiv, 'can she go down into a chamber or does she need someone else ticketed?')).toContain('certifications');
    expect(await cited(shiv, 'got a spare rugby ticket, would she want it?')).not.toContain('certifications');
  });

  it('reads an immigration status as the right to stay', async () => {
    expect(await cited(shiv, 'what immigration status is she on?')).toContain('visa');
  });

  it('reads a rota or roster asked about as the schedule, but not one sent to the user', async () => {
    expect(await cited(shiv, "what's her roster like")).toEqual(['schedule']);
    expect(await cited(shiv, 'how should i send her the rota changes')).not.toContain('schedule');
  });

  it('reads mokopuna as grandchildren, someone else', async () => {
    const hemi = factsOf({ name: 'Hemi Tane', education: 'NZ Certificate in Water Reticulation (Level 4)' });
    expect(await cited(hemi, 'which school do his mokopuna go to?')).toEqual([]);
    expect(await cited(hemi, 'which school did he go to?')).toEqual(['education']);
  });
});

describe('offline dialectic: what the user would do', () => {
  const shiv = factsOf(
    {
      name: 'Siobhán Walsh',
      hometown: 'Belmullet, Co. Mayo',
      values: ['safety over speed', 'never works a line without a permit and an earth'],
      current_status: 'on call this week',
      upcoming_events: 'climbing recertification next Tuesday',
    },
    ['current_status', 'upcoming_events'],
  );

  it('reads a stance that writes the word the question stresses as what answers it', async () => {
    expect(await cited(shiv, "if we're behind, would she skip the permit to get the lights back on quicker?")).toEqual(['values']);
  });

  it('does not put a stance first that writes none of the words asked about', async () => {
    expect(await cited(shiv, 'would she skip the climbing recertification next Tuesday?')).not.toEqual(['values']);
  });
});

describe('offline dialectic: habits and troubles', () => {
  const hemi = factsOf(
    {
      name: 'Hemi Ruatapu',
      health_conditions: ['lower back pain, weekly physio'],
      schedule: '4 on 4 off, 12-hour shifts',
      current_status: 'on call this week',
    },
    ['current_status'],
  );

  it('reads "giving him grief" as a trouble of health', async () => {
    expect(await cited(hemi, 'is his back still giving him grief')).toEqual(['health_conditions']);
  });

  it('answers "how often" by no short-lived fact', async () => {
    expect(await cited(hemi, 'how often does he get landed with on-call?')).not.toContain('current_status');
    // (Asked about now, the short-lived fact answers.)
    expect(await cited(hemi, 'is he on call this week?')).toContain('current_status');
  });
});

describe('offline dialectic: someone else named, and a day of the coming week', () => {
  it('does not take a day for the name of the school asked about', async () => {
    const maricel = factsOf(
      { name: 'Maricel Santos', family: ['married to Jun', 'daughter Aira (7)'], upcoming_event: "Aira's school nativity on Friday afternoon" },
      ['upcoming_event'],
    );
    expect(await cited(maricel, 'which school does Aira go to?')).toEqual([]);
    const named = factsOf(
      { name: 'Maricel Santos', family: ['married to Jun', 'daughter Aira (7)'], upcoming_event: "Aira's school nativity at St Joseph's on Friday" },
      ['upcoming_event'],
    );
    expect(await cited(named, 'which school does Aira go to?')).toEqual(['upcoming_event']);
  });

  const rhys = factsOf(
    {
      name: 'Rhys Pritchard',
      work_schedule: 'Monday to Friday 8:30 to 4:30, no weekends',
      current_status: 'on annual leave until Wednesday',
      current_focus: 'writing up home visit reports',
    },
    ['current_status', 'current_focus'],
  );

  it('reads whether the user is free on a day of the coming week by their state now', async () => {
    expect(await cited(rhys, 'is he around to pick up a referral on monday?')).toContain('current_status');
    // (Not the work in hand.)
    expect(await cited(rhys, 'is he around to pick up a referral on monday?')).not.toContain('current_focus');
  });

  it('does not for a habit, nor for a plan that asks no availability', async () => {
    expect(await cited(rhys, 'is he free every monday?')).not.toContain('current_status');
    expect(await cited(rhys, 'thinking tofu satay noodles for tuesday dinner, ok for him?')).not.toContain('current_status');
  });
});
