import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 44: question shapes found on round 45's development thirds (translators and interpreters; factory workers;
 * council and civil-service staff) and recurring in older rounds. Each beside a near miss that must stay as it was.
 */

const { cited } = offlineCiter();

describe('offline dialectic: the team the user follows', () => {
  it('finds a club of two words, a town and the plural of a noun ("Leeds Rhinos")', async () => {
    const gary = factsOf({ name: 'Gary Holt', role: 'line operator', interests: ['Leeds Rhinos', 'carp fishing'] });
    expect(await cited(gary, 'who does he support?')).toEqual(['interests']);
    // (A person's name that opens with a town's is no club: David is a town, Hollis no noun.)
    const david = factsOf({ name: 'David Hollis', role: 'planning officer', interests: ['parkrun', 'birdwatching'] });
    expect(await cited(david, 'who does he support?')).toEqual([]);
    const partner = factsOf({ name: 'Sian Roberts', partner: 'Jordan Williams', interests: ['netball'] });
    expect(await cited(partner, 'which team does she support?')).toEqual([]);
  });
});

describe('offline dialectic: what the asker says around the question', () => {
  it('reads an aim the asker gives after the question as why it is asked ("wanted to grab coffee")', async () => {
    const joy = factsOf({ name: 'Joy Santos', location: 'Auckland', current_status: 'visiting family in Cebu until the 20th', interests: ['karaoke'] }, [
      'current_status',
    ]);
    expect(await cited(joy, 'is she in auckland rn? wanted to grab coffee')).toContain('current_status');
    // (A statement after the question that is no aim still names what is asked: the asker's cats, beside an allergy.)
    const cats = factsOf({ name: 'Ann Lee', allergies: ['cats'], location: 'Leeds' });
    expect(await cited(cats, "can she come round to mine? I've got three cats")).toEqual(['allergies']);
  });

  it('reads "\'s" before a verb done to the user as "is", not as someone else\'s', async () => {
    const bronagh = factsOf({ name: 'Bronagh Kelly', allergies: ['penicillin'], role: 'senior planning officer' });
    expect(await cited(bronagh, "if the GP's giving her antibiotics is there anything they need to avoid")).toEqual(['allergies']);
    // (Whoever is said to be coming stays someone else.)
    const josh = factsOf({ name: 'Josh Lee', diet: 'vegan', role: 'personal trainer' });
    expect(await cited(josh, "his girlfriend's coming over for dinner saturday, is she vegan too?")).toEqual([]);
  });
});

describe('offline dialectic: work, credentials and plans', () => {
  it('reads office-based and home working as how the user works', async () => {
    const kobby = factsOf({ name: 'Kobby Mensah', work_pattern: 'frontline, fully office-based, no home working', tools: ['Outlook', 'Teams'] });
    expect(await cited(kobby, 'can i set up a teams call with him on one of his WFH days?')).toContain('work_pattern');
    expect(await cited(kobby, 'which days does he work from home')).toEqual(['work_pattern']);
  });

  it('reads membership of a chartered body as a credential', async () => {
    const bronagh = factsOf({
      name: 'Bronagh Kelly',
      professional_membership: 'chartered member of the RTPI (MRTPI)',
      education: "MSc Spatial Planning, Queen's University Belfast",
    });
    expect(await cited(bronagh, 'is she chartered or not?')).toEqual(['professional_membership']);
  });

  it('reads "jumping ship" as a plan to leave for other work', async () => {
    const bronagh = factsOf({ name: 'Bronagh Kelly', career_plans: 'weighing up a move to a private planning consultancy', location: 'Holywood, County Down' });
    expect(await cited(bronagh, "she's not thinking of jumping ship to the private side is she")).toEqual(['career_plans']);
  });
});

describe('offline dialectic: what a list of prices or licences does not say', () => {
  it('does not answer a price asked for one thing from prices said for other things', async () => {
    const farah = factsOf({
      name: 'Farah Iqbal',
      rates: '£32 an hour with a 3-hour minimum for court; £0.10 per word for written translation',
      languages: ['Urdu'],
    });
    expect(await cited(farah, 'what does she charge for conference work?')).toEqual([]);
    // (A price for the thing asked, or prices that name no purpose, still answer.)
    expect(await cited(farah, 'what does she charge for court work?')).toEqual(['rates']);
    const kobby = factsOf({ name: 'Kobby Asante', rates: 'GHS 1,500 per session day', role: 'sound engineer' });
    expect(await cited(kobby, 'how much does he charge for a full day?')).toEqual(['rates']);
  });

  it('does not answer whether the user holds a licence of a kind no fact names', async () => {
    const sipho = factsOf({ name: 'Sipho Dlamini', licences: ['reach truck', 'counterbalance', 'code 10 driving licence'], role: 'reach truck driver' });
    expect(await cited(sipho, 'does he have a VNA licence?')).toEqual([]);
    // (A kind it names, or any of a class, is answered.)
    expect(await cited(sipho, 'has he got his reach truck licence?')).toEqual(['licences']);
    // (A licence to drive is asked of any: "a driving licence" beside "drives a 2014 Skoda Octavia".)
    const gosia = factsOf({ name: 'Gosia Nowak', transport: 'drives a 2014 Skoda Octavia', role: 'bakery line lead' });
    expect(await cited(gosia, 'does she have a driving licence?')).toEqual(['transport']);
    const grace = factsOf({ name: 'Grace Obi', certifications: ['PSPO I (Scrum.org)'], role: 'product manager' });
    expect(await cited(grace, 'does she have any agile certs?')).toEqual(['certifications']);
  });
});

describe('offline dialectic: what the world knows of hands and breathing', () => {
  it('reads work done by hand over and over as touching a condition of the arms or hands', async () => {
    const gosia = factsOf({ name: 'Gosia Nowak', health_conditions: ['RSI in right wrist'], role: 'line lead', interests: ['baking'] });
    expect(await cited(gosia, 'hows she with long stints of hand packing, any reason to go easy on her?')).toEqual(['health_conditions']);
    expect(await cited(gosia, 'should I ask her to type up the interview transcripts by hand?')).toEqual(['health_conditions']);
    // (A type of person is no typing.)
    const ravi = factsOf({ name: 'Ravi Shah', health_conditions: ['type 2 diabetes'], schedule: 'in bed by 10' });
    expect(await cited(ravi, 'is a late evening zoom ok with him or is he an early-to-bed type')).not.toContain('health_conditions');
  });

  it('reads dust and coughing as touching the breathing', async () => {
    const kofi = factsOf({ name: 'Kofi Mensah', health_conditions: ['asthma'], dislikes: ['crowds'], allergies: ['penicillin'], interests: ['hiking'] });
    expect(await cited(kofi, 'would a dusty harmattan hike suit him?')).toContain('health_conditions');
    expect(await cited(kofi, 'he keeps coughing near the ovens, why?')).toEqual(['health_conditions']);
  });
});

describe('offline dialectic: what the user is working towards', () => {
  it('answers which certificate the user is working towards from a goal of getting one', async () => {
    const joy = factsOf({ name: 'Joy Santos', goals: ['get NAATI certified for Tagalog', 'cap work at 40 hours a week'], role: 'subtitler' });
    expect(await cited(joy, 'what certification is she working towards')).toEqual(['goals']);
    // (Plans as a noun are no pursuit: "what platform do they write training plans in?")
    const jordan = factsOf({ name: 'Jordan Lee', goals: ['complete a 100-mile race'], tools: ['TrainingPeaks'] });
    expect(await cited(jordan, 'what platform do they write training plans in')).not.toContain('goals');
  });
});
