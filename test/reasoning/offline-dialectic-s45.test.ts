import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../src/reasoners/offline/dialectic/concepts/index.js';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 45: question shapes found on round 46's development thirds (sales reps and recruiters; miners and plant
 * operators; vets, vet nurses and groomers) and recurring in older rounds. Each beside a near miss that must stay as it was.
 */

const { cited } = offlineCiter();

describe('offline dialectic: clubs and sports', () => {
  it('finds a club named after the league it plays in ("AFL, Fremantle Dockers")', async () => {
    const shaz = factsOf({ name: 'Sharon Kelly', role: 'haul truck operator', interests: ['reef fishing off Rottnest', 'AFL, Fremantle Dockers'] });
    expect(await cited(shaz, 'who does she barrack for')).toEqual(['interests']);
    expect(await cited(shaz, "shaz is coming round for the footy on sunday, who'll she be barracking for")).toEqual(['interests']);
  });

  it('answers a footy team with a club of a code of football, not a team of another sport', async () => {
    const priya = factsOf({ name: 'Priya Raman', role: 'vet nurse', interests: ['Carnatic violin', 'bouldering', 'AFL — Western Bulldogs'] });
    expect(await cited(priya, 'which footy team should I not bag in front of her?')).toEqual(['interests']);
    expect(await cited(priya, 'which cricket team does she support?')).toEqual([]);
  });

  it('knows camogie and other team sports as sports', async () => {
    const aoife = factsOf({ name: 'Aoife Murphy', role: 'farm vet', interests: ['camogie', 'sea swimming'] });
    expect(await cited(aoife, 'does she play any sport?')).toEqual(['interests']);
  });

  it('answers the position played only from a fact that names one', async () => {
    const noPosition = factsOf({ name: 'Aoife Kelly', sports: 'plays hockey for the university club, training Tuesday evenings' });
    expect(await cited(noPosition, 'what position does she play in hockey')).toEqual([]);
    const goalie = factsOf({ name: 'Aoife Kelly', sports: 'plays hockey for the university club as goalie' });
    expect(await cited(goalie, 'what position does she play in hockey')).toEqual(['sports']);
    const esports = factsOf({ name: 'Jarrah Smith', team_role: 'entry fragger (rifler)' });
    expect(await cited(esports, 'what position does he play for the squad?')).toEqual(['team_role']);
    // (A position at work is no playing position.)
    expect(await cited(factsOf({ name: 'Ann Lee', role: 'HR manager' }), 'what position does she hold at work')).toEqual(['role']);
  });
});

describe("offline dialectic: the user's animals, schools and unions", () => {
  it('finds dogs named by their breed in the plural ("two collies, Fly and Jess")', async () => {
    const aoife = factsOf({ name: 'Aoife Murphy', pets: ['two collies, Fly and Jess', 'a retired hunter mare called Maeve'] });
    expect(await cited(aoife, "what's her dog's name?")).toEqual(['pets']);
    expect(await cited(aoife, 'whats her dogs names again')).toEqual(['pets']);
    // (An animal the profile does not hold is still someone else's.)
    expect(await cited(aoife, "what's her cat called?")).toEqual([]);
  });

  it('reads "which vet school" as the user\'s school, not a vet', async () => {
    const aoife = factsOf({ name: 'Aoife Murphy', role: 'mixed-practice vet', education: 'MVB, UCD, 2014', pets: ['two collies'] });
    expect(await cited(aoife, 'which vet school did she go to')).toEqual(['education']);
    // (Which vet the user sees is another person.)
    expect(await cited(aoife, 'which vet does she use for her dogs?')).toEqual([]);
  });

  it('answers being in the union, or involved with it, from the union fact', async () => {
    const kojo = factsOf({ name: 'Kojo Mensah', role: 'underground shift supervisor', union: "Ghana Mineworkers' Union, branch secretary" });
    expect(await cited(kojo, 'is he in the union?')).toEqual(['union']);
    expect(await cited(kojo, 'is he involved with the union side of things at all?')).toEqual(['union']);
  });
});

describe('offline dialectic: the body, asked about by what it does', () => {
  it('links ringing ears to tinnitus and a voice rested to vocal nodules', async () => {
    const shaz = factsOf({ name: 'Sharon Kelly', health_conditions: ['tinnitus', 'lower back pain'], dislikes: ['phone calls during her sleep hours'] });
    expect(await cited(shaz, 'she keeps saying her ears are ringing again — is that a known thing with her?')).toEqual(['health_conditions']);
    const joanna = factsOf({ name: 'Joanna Cruz', health_conditions: ['insomnia from night shifts', 'vocal cord nodules'], interests: ['karaoke'] });
    expect(await cited(joanna, 'why does she have to rest her voice so much?')).toEqual(['health_conditions']);
    // (What to call her is still her name, beside a hearing aid and phone calls.)
    const thandi = factsOf({
      name: 'Thandiwe Zulu',
      preferred_name: 'Thandi',
      accessibility: 'hearing aid in left ear; prefers text messages over phone calls',
    });
    expect(await cited(thandi, 'what should i call her?')).toEqual(['preferred_name']);
  });

  it('has one concept of each name (a second definition would be merged into the first unseen)', () => {
    const names = CONCEPTS.map((c) => c.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});

describe('offline dialectic: round 46, second reading', () => {
  it('asks an amount of "how much … worth", which an age to retire at does not give', async () => {
    const marc = factsOf({ name: 'Marc Tremblay', goals: ['retire at 55 with a full pension', 'train up young blasters'] });
    expect(await cited(marc, 'how much will his pension be worth?')).toEqual([]);
    expect(await cited(marc, 'when does he want to retire?')).toEqual(['goals']);
    const saver = factsOf({ name: 'Ann Lee', pension: 'about £180,000 in her workplace pension' });
    expect(await cited(saver, 'how much will her pension be worth?')).toEqual(['pension']);
  });

  it('answers no master\'s from a bachelor\'s degree named by its letters ("BCom")', async () => {
    const wanjiru = factsOf({ name: 'Wanjiru Kamau', role: 'recruitment consultant', education: 'BCom, Strathmore University' });
    expect(await cited(wanjiru, 'did she do a masters after strathmore?')).toEqual([]);
    expect(await cited(wanjiru, 'where did she study?')).toEqual(['education']);
  });

  it('reads "which agency recruited his cousin?" as about the cousin', async () => {
    const prakash = factsOf({ name: 'Prakash Rai', role: 'fruit picker', company: 'Fenland Berry Co.' });
    expect(await cited(prakash, 'which agency recruited his cousin?')).toEqual([]);
    expect(await cited(prakash, 'which agency recruited him?')).toEqual(['company']);
  });

  it('finds a CRM by its name, and office days written short', async () => {
    const wanjiru = factsOf({ name: 'Wanjiru Kamau', tools: ['Bullhorn', 'Google Sheets'], work_style: 'in the office Mon, Wed and Thu; remote Tue and Fri' });
    expect(await cited(wanjiru, 'which CRM does she keep her candidates in?')).toEqual(['tools']);
    expect(await cited(wanjiru, 'which days is she in the office?')).toEqual(['work_style']);
    // (A short form alone is a word of its own: "Sun" the paper names no day.)
    const reader = factsOf({ name: 'Dave Hill', reading: 'reads the Sun on the train' });
    expect(await cited(reader, 'which days is he free?')).toEqual([]);
  });
});

describe('offline dialectic: round 46, third reading', () => {
  it('links a bottle of red to sulphites, "the same time" to the time zone, and selling on the side to a side business', async () => {
    const shaz = factsOf({ name: 'Sharon Kelly', allergies: ['sulphites'], timezone: 'Australia/Perth', dislikes: ['phone calls during her sleep hours'] });
    expect(await cited(shaz, 'grabbing her a nice bottle of red for her birthday, good idea?')).toEqual(['allergies']);
    expect(await cited(shaz, "if i'm calling from Brisbane, are we on the same time?")).toEqual(['timezone']);
    const joanna = factsOf({ name: 'Joanna Cruz', side_business: 'sells homemade ube halaya online', goals: ['get off the night shift'] });
    expect(await cited(joanna, 'does she sell anything on the side?')).toEqual(['side_business']);
    // (Studying on the side is no business.)
    expect(await cited(joanna, 'is she studying anything on the side?')).not.toContain('side_business');
  });
});
