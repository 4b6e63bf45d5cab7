import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 26, dialectic classes from round 27 (adult learning, hobbies and making, entertainment): a person named by a
 * member of a class ("a Welsh speaker") asks about the class; "is he from X?" asks where the user is from; a doubled
 * letter is the commonest slip ("carreer"); a cheaper choice asks about money; "what did he do before …?" asks for the
 * job held before.
 */

const { cited } = offlineCiter();

describe('offline dialectic: a speaker of a language, and where the user is from', () => {
  const bron = factsOf({ name: 'Bronwen Ellis', pronouns: 'she/her', languages: ['English', 'Welsh'], location: 'Stroud', interests: ['pottery'] });
  const kwame = factsOf({
    name: 'Kwame Asante',
    pronouns: 'he/him',
    location: 'Hamilton, Ontario',
    hometown: 'Cape Coast, Ghana',
    interests: ['model railways'],
  });

  it('reads "a Welsh speaker" as a question about languages, not "a public speaker"', async () => {
    expect(await cited(bron, 'is she a welsh speaker?')).toEqual(['languages']);
    expect(await cited(bron, 'is she a public speaker?')).toEqual([]);
  });

  it('answers "is he from ghana?" from where he comes from and lives', async () => {
    expect(await cited(kwame, 'is he from ghana')).toContain('hometown');
    // (Where he lives answers beside the home town, which says he is from elsewhere: session 39 reads "is he from X?"
    // as a question about the home town first.)
    expect(await cited(kwame, 'is he from Hamilton?')).toEqual(['hometown', 'location']);
  });
});

describe('offline dialectic: a doubled letter, a cheaper choice, the job held before', () => {
  const deepa = factsOf({ name: 'Deepa Raval', pronouns: 'she/her', goals: ['become a pharmacist via the MPharm route'], role: 'pharmacy technician' });
  const callum = factsOf({
    name: 'Callum Reyes',
    pronouns: 'he/him',
    role: 'second-year electrical apprentice',
    previous_career: 'chef for 12 years',
    finances: 'on apprentice wages, budget is tight',
    interests: ['surfing at Noosa'],
  });

  it('reads a word with a letter doubled as the word ("carreer")', async () => {
    expect(await cited(deepa, 'whats her long term carreer plan')).toEqual(['goals']);
  });

  it('reads a cheaper choice as a question about money', async () => {
    expect(await cited(callum, 'should I recomend the $180 textbook or a cheaper one?')).toEqual(['finances']);
  });

  it('reads "what did he do before …?" as the job held before, "what does he do before work?" not', async () => {
    expect(await cited(callum, 'what did he do before he went back to training?')).toEqual(['previous_career']);
    expect(await cited(callum, 'what does he do before work?')).not.toContain('previous_career');
  });
});

describe('offline dialectic: everyday and regional names of the same thing', () => {
  const ruki = factsOf({
    name: 'Ruki Begum',
    pronouns: 'she/her',
    role: 'primary school deputy head',
    volunteering: 'magistrate on the Bradford bench',
    interests: ['cricket', 'Urdu poetry'],
  });

  it('reads "is she a JP?" as asking about a magistrate', async () => {
    expect(await cited(ruki, 'is she a JP?')).toEqual(['volunteering']);
  });
});

describe('offline dialectic: subscriptions, a commute too far, anything physical', () => {
  const kofi = factsOf({ name: 'Kofi Mensah', pronouns: 'he/him', streaming_subscriptions: ['Netflix', 'MUBI'], interests: ['vinyl collecting'] });
  const den = factsOf({
    name: 'Dennis Kowalczyk',
    pronouns: 'he/him',
    employment_status: 'made redundant in August',
    commute_range: 'will travel up to an hour',
    health_conditions: ['dodgy right knee'],
    interests: ['fishing off the pier'],
  });

  it('reads streaming services as subscriptions', async () => {
    expect(await cited(kofi, 'which streaming services does he pay for?')).toEqual(['streaming_subscriptions']);
  });

  it('reads "too far" as the commute, "anything physical" as health', async () => {
    expect(await cited(den, 'is Werribee too far for him?')).toEqual(['commute_range']);
    expect(await cited(den, "is there anything physical that'd make a long site walk-around hard for him?")).toContain('health_conditions');
  });
});
