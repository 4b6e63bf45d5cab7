import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 49: question shapes found on rounds 15 to 50's development sets. Each beside a near miss that must stay as it was.
 */

const { cited } = offlineCiter();

const kofi = factsOf(
  {
    name: 'Kofi Mensah',
    location: 'Salford',
    role: 'vehicle wrap installer',
    dislikes: ['musicals', 'chrome wraps (too many comebacks)', 'cold calls'],
    values: ['pays his fitters the real living wage', 'no piracy'],
    current_focus: 'wrapping a fleet of 6 vans for a bakery, due Friday',
    vehicle: 'a white Transit Custom',
  },
  ['current_focus'],
);

describe('offline dialectic: a plan put to the user is weighed against their stances', () => {
  it('answers a plan nothing else speaks of with what the user dislikes and holds to', async () => {
    expect(await cited(kofi, "we've got spare tickets for Les Mis, would he be up for it?")).toEqual(['dislikes', 'values']);
    expect(await cited(kofi, 'shall we organise a surprise do for his birthday?')).toEqual(['dislikes', 'values']);
    expect(await cited(kofi, 'getting him panto tickets for christmas, good idea?')).toEqual(['dislikes', 'values']);
    expect(await cited(kofi, 'would a flat in the new developments appeal to him?')).toEqual(['dislikes', 'values']);
    // (The user by name.)
    expect(await cited(kofi, 'my 14 yr old wants a sticker sleeve done, will kofi do it?')).toEqual(['dislikes', 'values']);
  });

  it('cites a stance on what the plan names beside the best fact', async () => {
    // (Since session 51 the stance that writes "chrome wrap" comes first: asked what he would do, it speaks to it most.)
    expect(await cited(kofi, 'would he take on a chrome wrap on my Golf?')).toEqual(['dislikes', 'current_focus']);
  });

  it('still abstains on questions that put no plan to the user', async () => {
    // (A question that asks which or what, a state, a fact held by no one.)
    expect(await cited(kofi, 'what size hoodie should I order for him?')).toEqual([]);
    expect(await cited(kofi, 'which farm will he be on next season?')).toEqual([]);
    expect(await cited(kofi, 'does he have a motorbike licence?')).toEqual([]);
    expect(await cited(kofi, 'should we be worried about his blood pressure?')).toEqual([]);
  });

  it('keeps the stances out of a profile that holds none', async () => {
    const bare = factsOf({ name: 'Kofi Mensah', role: 'vehicle wrap installer' });
    expect(await cited(bare, "we've got spare tickets for Les Mis, would he be up for it?")).toEqual([]);
  });
});

const aroha = factsOf({
  name: 'Aroha Ngata',
  location: 'Rotorua',
  role: 'body piercer',
  allergies: ['nickel'],
  expertise: ['curated ear projects', 'dermal anchors'],
  favorite_music: 'Six60',
});

describe('offline dialectic: what to be careful of', () => {
  it('reads "anything to steer clear of" and "anything … shouldn\'t give her" as asking what to be careful of', async () => {
    expect(await cited(aroha, 'buying her a present for her birthday, anything to steer clear of?')).toContain('allergies');
    expect(await cited(aroha, "she cut her hand — anything urgent care shouldn't give her?")).toEqual(['allergies']);
    // (Not a question about what she gives.)
    expect(await cited(aroha, 'anything she gives her clients to take home?')).not.toContain('allergies');
  });
});

const abena = factsOf({
  name: 'Abena Owusu',
  location: 'Tema',
  languages: ['English', 'Twi', 'Ga'],
  company: 'Ghana Revenue Authority (Customs Division)',
  tools: ['ASYCUDA', 'Excel'],
  seniority: '11 years in customs',
  instagram: '@abena.at.tema',
});

describe('offline dialectic: a kind named before a class known by names', () => {
  it('answers "what local languages", "which government agency" from the key that lists the class', async () => {
    expect(await cited(abena, 'what local languages can she speak apart from English?')).toEqual(['languages']);
    expect(await cited(abena, 'which government agency is she with?')).toEqual(['company']);
  });

  it('still abstains on a kind named by a noun the list may lack, and on a name of another kind', async () => {
    expect(await cited(abena, 'what accounting software does she use?')).toEqual([]);
    expect(await cited(abena, "what's her maiden name?")).toEqual([]);
  });
});

describe('offline dialectic: how long the user has done a thing said as a verb', () => {
  it('finds the years of a thing done named by its verb', async () => {
    const mari = factsOf({ name: 'Mari Treviño', role: 'tattoo artist', company: 'Lucky Cathedral Tattoo', seniority: '11 years tattooing' });
    expect(await cited(mari, 'how long has she been tattooing?')).toEqual(['seniority']);
    // (Nothing says how long she has lived there.)
    expect(await cited(mari, 'how long has she been living in San Antonio?')).toEqual([]);
  });
});

describe('offline dialectic: where the user posts', () => {
  it('reads "IG" and "insta" as asking for the user\'s social media', async () => {
    expect(await cited(abena, "what's her IG?")).toEqual(['instagram']);
    expect(await cited(abena, 'is she on insta?')).toEqual(['instagram']);
    const bare = factsOf({ name: 'Abena Owusu', location: 'Tema' });
    expect(await cited(bare, "what's her IG?")).toEqual([]);
  });
});

const marcus = factsOf({
  name: 'Marcus Reyes',
  location: 'Aurora, Colorado',
  role: 'transportation security officer',
  workplace: 'Denver International Airport, south checkpoint',
  health_conditions: ['tinnitus in his right ear'],
  values: ['treats every passenger the same'],
});

describe('offline dialectic: a job asked with its place after a particle, a plan backed, a good idea for the user', () => {
  it('reads "what does he actually do out at the airport?" as asking for the job', async () => {
    expect(await cited(marcus, 'what does Marcus actually do out at the airport?')).toEqual(['role']);
    // (Not what he does out there on his days off.)
    expect(await cited(marcus, 'what does he do out at the lake on his days off?')).not.toContain('role');
  });

  it('reads "would she back …" as a plan put to the user', async () => {
    expect(await cited(marcus, 'would he back a cash bonus scheme?')).toEqual(['values']);
  });

  it('reads "is it a good idea to … him" as asking whether a plan suits the user, which their health says', async () => {
    expect(await cited(marcus, 'is it a good idea to stand him next to the loud alarm on the divest belt?')).toEqual(['health_conditions']);
    // (Not a good idea of his.)
    expect(await cited(marcus, 'what was his good idea at the briefing?')).toEqual([]);
  });
});

const woz = factsOf(
  {
    name: 'Woz Taylor',
    location: 'Geelong',
    role: 'retired fitter',
    hobbies: ['fishing off the pier', 'footy'],
    current_focus: 'sorting out the Centrelink forms for the age pension',
    current_status: 'getting over a chest infection',
  },
  ['current_focus', 'current_status'],
);

describe('offline dialectic: what the user is doing or going through now', () => {
  it('answers a question on the present that nothing names from the short-lived facts', async () => {
    expect(await cited(woz, 'what paperwork is he stuck into at the moment?')).toEqual(['current_focus', 'current_status']);
    expect(await cited(woz, 'hows he holding up at the moment')).toEqual(['current_focus', 'current_status']);
  });

  it('still abstains on a measure, on a lasting topic the profile keeps, and without a mark of the present', async () => {
    expect(await cited(woz, "what's his resting heart rate these days?")).toEqual([]);
    expect(await cited(woz, 'which podcast is he into at the moment?')).toEqual([]);
    expect(await cited(woz, 'what paperwork does he keep in the shed?')).toEqual([]);
  });
});

describe("offline dialectic: how the user's name is said", () => {
  it('answers "how do you say her name?" from a pronunciation the profile holds', async () => {
    const caoimhe = factsOf({ name: 'Caoimhe Brennan', pronunciation: 'KEE-va', location: 'Dublin' });
    expect(await cited(caoimhe, "how do you say her name? don't want to butcher it at the briefing")).toEqual(['pronunciation']);
    // (Her name asked is still her name.)
    expect(await cited(caoimhe, "what's her name?")).toEqual(['name']);
  });
});

describe('offline dialectic: why the user is as they are', () => {
  const kwame = factsOf({ name: 'Kwame Asante', role: 'bassist', health_conditions: ['tinnitus in his left ear'], interests: ['highlife'] });

  it('reads "any reason?", "any idea why?", "is something going on there?" as asking what to be careful of', async () => {
    expect(await cited(kwame, "he keeps saying 'pardon?' at band practice — any reason?")).toContain('health_conditions');
    expect(await cited(kwame, 'he keeps asking people to repeat themselves on calls, is something going on there?')).toEqual(['health_conditions']);
    expect(await cited(kwame, 'he keeps asking people to repeat themselves, any idea why?')).toEqual(['health_conditions']);
    // (Not a saying: "everything happens for a reason".)
    expect(await cited(kwame, "should I send him something upbeat, like 'everything happens for a reason'?")).not.toContain('health_conditions');
  });
});
