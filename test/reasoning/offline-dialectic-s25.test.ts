import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 25, dialectic classes from round 26 (faith and community life, job hunting, everyday requests): where the
 * user trained or went to varsity is their education; an instrument asked for is found by its name; an allergy that a
 * food named in the question holds is always cited; context that proposes a medicine or a meal leaves the question
 * about the user; campaigning has a concept of its own; a trade is what the user does; a team asked by its sport is the
 * stored favourite team when that names no other sport.
 */

const { cited } = offlineCiter();

describe('offline dialectic: training, varsity and instruments', () => {
  const niamh = factsOf({
    name: 'Niamh Gallagher',
    pronouns: 'she/her',
    role: 'deputy head teacher',
    transport: 'drives to school',
    education: 'BEd, Stranmillis University College',
    interests: ['sea swimming', 'trad music - plays the tin whistle', 'true-crime podcasts'],
  });
  const thabo = factsOf({ name: 'Thabo Mokoena', pronouns: 'he/him', education: 'BCom Accounting, University of Pretoria', location: 'Randburg' });
  const miri = factsOf({ name: 'Miri Cohen', pronouns: 'she/her', interests: ['klezmer fiddle', 'cycling'], favorite_food: 'bagels' });

  it('reads teacher training and varsity as education', async () => {
    expect(await cited(niamh, 'where did she do her teacher training?')).toContain('education');
    expect(await cited(thabo, 'where did he go to varsity?')).toEqual(['education']);
  });

  it('finds an instrument by its name, and abstains when none is named', async () => {
    expect(await cited(miri, 'what instrument does she play?')).toEqual(['interests']);
    expect(await cited(niamh, 'what instrument does she play?')).toEqual(['interests']);
    expect(await cited(thabo, 'what instrument does he play?')).toEqual([]);
  });
});

describe('offline dialectic: an allergy the named food holds, and a proposal before the question', () => {
  const thabo = factsOf({
    name: 'Thabo Mokoena',
    pronouns: 'he/him',
    diet: "doesn't eat pork",
    allergies: ['peanuts (carries an EpiPen)'],
    interests: ['road cycling', 'braais with friends'],
  });
  const ruki = factsOf({ name: 'Rukhsana Akhtar', pronouns: 'she/her', allergies: ['penicillin'], activism: 'campaigns for safer crossings outside schools' });

  it('cites the allergy beside the diet when the food named holds the allergen', async () => {
    expect(await cited(thabo, 'can I put satay skewers out at the braai when he comes?')).toContain('allergies');
    expect(await cited(thabo, 'can I put sausages out at the braai when he comes?')).not.toContain('allergies');
  });

  it('reads a question about the user after a proposal of a medicine', async () => {
    expect(await cited(ruki, "the doctor's about to prescribe an antibiotic — is there one she can't take?")).toEqual(['allergies']);
  });

  it('reads campaigning as its own concept', async () => {
    expect(await cited(ruki, 'what does she campaign about locally?')).toEqual(['activism']);
  });
});

describe('offline dialectic: a trade, and a team asked by its sport', () => {
  const den = factsOf({
    name: 'Dennis Kowalczyk',
    pronouns: 'he/him',
    trade: 'fitter and turner (qualified 1985)',
    favorite_team: 'Geelong Cats',
    interests: ['restoring old Triumph motorbikes'],
  });
  const ana = factsOf({ name: 'Ana Silva', pronouns: 'she/her', favorite_team: 'Chicago Bulls (basketball)' });

  it('answers "what\'s his trade?" from the key of that name', async () => {
    expect(await cited(den, "what's his actual trade?")).toContain('trade');
  });

  it('answers a team asked by its sport from a favourite team that names no sport, not from one of another sport', async () => {
    expect(await cited(den, 'which footy team does he barrack for?')).toEqual(['favorite_team']);
    expect(await cited(ana, 'which football team does she support?')).toEqual([]);
  });
});

describe('offline dialectic: when the user could start, who vouches for them, a job search and a gift', () => {
  const tendai = factsOf({
    name: 'Tendai Moyo',
    pronouns: 'she/her',
    current_role: 'junior software developer (apprentice)',
    notice_period: 'one month',
    referees: ['former headteacher at Hillside Academy'],
    job_search_status: 'quietly looking for a mid-level developer role',
    work_style: 'hybrid: in the office Monday and Wednesday',
  });
  const den = factsOf({
    name: 'Dennis Kowalczyk',
    pronouns: 'he/him',
    availability: 'available immediately; open to part-time',
    current_focus: 'rewriting his CV',
    previous_role: 'maintenance planner at Barwon Components',
  });
  const niamh = factsOf({
    name: 'Niamh Gallagher',
    pronouns: 'she/her',
    gift_preferences: 'experiences or books rather than things',
    dislikes: ['surprise parties'],
    interests: ['sea swimming'],
  });
  const priya = factsOf({ name: 'Priya Shah', pronouns: 'she/her', sport: 'triathlon', gear: ['Garmin Forerunner 255'] });

  it('reads how soon the user could start from the notice period or the availability', async () => {
    expect(await cited(tendai, 'if we made her an offer, how soon could she start with us?')).toEqual(['notice_period']);
    expect(await cited(den, 'if we offered him something next week, could he start straight away?')).toContain('availability');
    expect(await cited(den, 'what was his last job?')).toEqual(['previous_role']);
  });

  it('reads who vouches for the user from the referees, and a job search from its key', async () => {
    expect(await cited(tendai, 'who could we contact to vouch for her?')).toEqual(['referees']);
    expect(await cited(tendai, 'is she job hunting at the moment?')).toEqual(['job_search_status']);
  });

  it('reads a gift from what the user says of gifts, and a gift that names a thing from that thing', async () => {
    expect(await cited(niamh, 'what could I get her as a thank-you present?')).toContain('gift_preferences');
    expect(await cited(niamh, 'is she present at the meeting?')).toEqual([]);
    expect(await cited(priya, 'thinking of gifting her a GPS sports watch for her birthday — has she already got one?')).toEqual(['gear']);
  });
});

describe("offline dialectic: which one of someone else's things, from an item that names it", () => {
  const thabo = factsOf({
    name: 'Thabo Mokoena',
    pronouns: 'he/him',
    family: ['married to Lerato', 'son Kagiso, 6'],
    goals: ['move closer to Kagiso’s school'],
  });
  const ama = factsOf({ name: 'Ama Owusu', pronouns: 'she/her', family: ['son Kojo, 8, at Parkview Primary School'] });

  it('abstains when the item names the thing only as theirs, and answers when it names which', async () => {
    expect(await cited(thabo, 'which school does Kagiso go to?')).toEqual([]);
    expect(await cited(ama, 'which school does Kojo go to?')).toEqual(['family']);
  });
});

describe('offline dialectic: a language named in its own tongue', () => {
  const niamh = factsOf({
    name: 'Niamh Gallagher',
    pronouns: 'she/her',
    languages: ['English', 'Irish (conversational)'],
    communication_style: ['short texts'],
  });

  it('reads "as gaeilge" as Irish', async () => {
    expect(await cited(niamh, 'can I write her a message as gaeilge?')).toEqual(['languages']);
    expect(await cited(niamh, 'does she speak Irish?')).toEqual(['languages']);
  });
});
