import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 40: question shapes found on round 41's development thirds and recurring in older rounds — what someone is
 * aiming for, what they do for fun, what they do for an employer, a time marked by one of theirs.
 */

const { cited } = offlineCiter();

describe('offline dialectic: what the user is aiming for', () => {
  const kofi = factsOf({
    name: 'Kofi',
    role: 'baggage handler',
    goals: ['become a ramp supervisor', 'save for a plot in Kumasi'],
    interests: ['football', 'gospel music'],
  });

  it('reads "what job is he aiming for next?" and "is he gunning for …?" as his goals, not his job now', async () => {
    expect(await cited(kofi, 'what job is he aiming for next?')).toEqual(['goals']);
    expect(await cited(kofi, 'is he gunning for a promotion at some point?')).toEqual(['goals']);
    // (Someone else's aim is theirs.)
    expect(await cited(kofi, 'what is his brother aiming for?')).toEqual([]);
  });
});

describe('offline dialectic: a pastime asked by what it is for or what is liked', () => {
  const priya = factsOf({
    name: 'Priya',
    role: 'cabin crew',
    experience: '6 years flying long-haul',
    goals: ['leave flying by 2027'],
    interests: ['Kathak', 'baking', 'thrift shopping'],
  });

  it('reads "what does she do for fun when she\'s not flying?" as her interests, the "when" clause only setting the time', async () => {
    expect(await cited(priya, "what does she do for fun when she's not flying?")).toEqual(['interests']);
    expect(await cited(priya, 'what does she do to unwind?')).toEqual(['interests']);
  });

  it('reads "what does she like doing (when she gets a minute)?" as her interests', async () => {
    expect(await cited(priya, 'what does she like doing when she gets a minute?')).toEqual(['interests']);
    expect(await cited(priya, 'what does she enjoy doing?')).toEqual(['interests']);
    // (What someone else likes doing is theirs.)
    expect(await cited(priya, 'what does her husband like doing?')).toEqual([]);
  });
});

describe('offline dialectic: what someone does for an employer', () => {
  const kemi = factsOf({ name: 'Kemi', role: 'senior social worker in a fostering team', employer: 'Leeds City Council', pets: ['a cat called Tofu'] });

  it('reads "what does she actually do for the council?" as her role', async () => {
    expect(await cited(kemi, 'what does kemi actually do for the council?')).toContain('role');
    // (What she does for someone else is no job: "for the kids".)
    expect(await cited(kemi, 'what does she do for the kids?')).not.toContain('role');
  });
});

describe("offline dialectic: a time marked by one of the user's people", () => {
  const dawn = factsOf({
    name: 'Dawn',
    role: 'full-time parent carer',
    former_job: 'dental nurse (left in 2019)',
    family: ['son Alfie (10)', 'daughter Millie (6)'],
  });

  it('reads "what did she do for work before Alfie?" as her own past job, not Alfie\'s', async () => {
    expect(await cited(dawn, 'what did she do for work before Alfie?')).toEqual(['former_job']);
    // (Alfie's own things stay his.)
    expect(await cited(dawn, "what is Alfie's favourite food?")).toEqual([]);
    // (Someone looked after is asked about: "who looks after Alfie?" is not about a time.)
    expect(await cited(dawn, 'who looks after Alfie when she is away?')).toEqual([]);
  });
});

describe('offline dialectic: a value naming what its key is related to', () => {
  it('answers "is she ok with voice notes?" from a communication style that names them', async () => {
    const facts = factsOf({ name: 'Dawn', communication_style: ['voice notes are fine', 'short messages'], dislikes: ['calls from withheld numbers'] });
    expect(await cited(facts, 'she ok with voice notes or should i type')).toContain('communication_style');
    // (With nothing about them, nothing is said.)
    expect(await cited(factsOf({ name: 'Dawn', communication_style: ['short messages'] }), 'is she ok with voice notes?')).toEqual([]);
  });
});

describe('offline dialectic: pay', () => {
  const darek = factsOf({
    name: 'Darek',
    role: 'warehouse picker',
    schedule: 'nights, 10pm to 6:30am',
    pay: '£12.45 an hour, £14.90 on Sunday nights',
    dislikes: ['calls during the day'],
  });

  it('reads "how much is he on an hour?" and "what\'s he paid?" as his pay, not his hours', async () => {
    expect(await cited(darek, 'how much is he on an hour')).toEqual(['pay']);
    expect(await cited(darek, "what's he paid at the warehouse?")).toEqual(['pay']);
    // (What he is on at a time is no pay: "what shift is he on tonight?")
    expect(await cited(darek, 'what shift is he on tonight?')).not.toContain('pay');
  });
});

describe('offline dialectic: a club named as clubs are, and a council that is not one', () => {
  it('does not read "Sheffield City Council" as a football team, but still reads "Manchester City"', async () => {
    const kechi = factsOf({ name: 'Kechi', role: 'social worker', employer: 'Sheffield City Council', interests: ['crochet'] });
    expect(await cited(kechi, 'which football team does she follow?')).toEqual([]);
    const sam = factsOf({ name: 'Sam', role: 'social worker', interests: ['Manchester City', 'crochet'] });
    expect(await cited(sam, 'which football team does he follow?')).toEqual(['interests']);
  });
});

describe('offline dialectic: a health condition named and not held', () => {
  const joe = factsOf({ name: 'Joe', role: 'ramp supervisor', health_conditions: ['lower back pain', 'mild hearing loss in the left ear'] });

  it('abstains on "what\'s his blood pressure like?" when no condition of its kind is listed', async () => {
    expect(await cited(joe, "what's his blood pressure like these days?")).toEqual([]);
    // (A condition of its kind listed answers: "hypertension" for blood pressure; the condition itself too.)
    const held = factsOf({ name: 'Joe', health_conditions: ['hypertension, on amlodipine', 'lower back pain'] });
    expect(await cited(held, "what's his blood pressure like these days?")).toEqual(['health_conditions']);
    expect(await cited(joe, 'how is his hearing loss these days?')).toEqual(['health_conditions']);
  });
});

describe('offline dialectic: what keeps the user busy now', () => {
  const ama = factsOf(
    {
      name: 'Ama',
      role: 'primary teacher',
      employer: 'a British school in Dubai',
      schedule: '7am to 3pm, Monday to Friday',
      current_focus: 'preparing her class for the inspection',
    },
    ['current_focus'],
  );

  it('reads "what\'s got her so busy at the mo?", "what\'s got her stressed at work?" and "what\'s she buried in atm" as her current focus', async () => {
    expect(await cited(ama, 'whats got her so busy at the mo')).toEqual(['current_focus']);
    expect(await cited(ama, "what's got her stressed at work at the moment?")).toEqual(['current_focus']);
    expect(await cited(ama, "what's she buried in atm")).toContain('current_focus');
    // (What has someone else busy is theirs.)
    expect(await cited(ama, "what's got her husband so busy?")).toEqual([]);
  });
});

describe('offline dialectic: a rank held, and what someone is after', () => {
  it('reads "what\'s hemi\'s rank?" as the title held, not a rank in a game nor a measure', async () => {
    const hemi = factsOf({ name: 'Hemi', role: 'station officer', interests: ['shogi', 'mobile legends'] });
    expect(await cited(hemi, "what's hemi's rank?")).toEqual(['role']);
    expect(await cited(hemi, "what's his rank on the watch?")).toEqual(['role']);
    expect(await cited(hemi, "what's his rank in mobile legends?")).toEqual([]);
    expect(await cited(hemi, "what's his shogi rank?")).toEqual([]);
  });

  it('reads "what\'s he after once the doctorate\'s done?" as his goals, the degree in the "once" clause only setting when', async () => {
    const kofi = factsOf({
      name: 'Kofi',
      role: 'PhD candidate in hydrology',
      education: ['BSc Civil Engineering', 'MSc Water Management'],
      goals: ['submit thesis by June 2026', 'a flood-risk role at a forecasting agency'],
    });
    expect(await cited(kofi, "what's he after once the doctorate's done")).toContain('goals');
    // (A degree asked about outright still narrows to education: "did he do a master's?")
    expect(await cited(kofi, "did he do a master's?")).toEqual(['education']);
  });
});

describe('offline dialectic: a go-to thing is a favourite', () => {
  it('reads "what\'s her go-to karaoke song?" as a favourite, which a pastime alone does not name', async () => {
    const lou = factsOf({ name: 'Lou', interests: ['karaoke', 'trail running'], favourite_songs: ['Dancing Queen'] });
    expect(await cited(lou, "what's her go-to karaoke song?")).toEqual(['favourite_songs']);
    expect(await cited(factsOf({ name: 'Lou', interests: ['karaoke', 'trail running'] }), "what's her go-to karaoke song?")).toEqual([]);
  });
});
