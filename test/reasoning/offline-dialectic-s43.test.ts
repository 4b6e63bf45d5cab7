import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 43: question shapes found on round 44's development thirds and recurring in older rounds — which team the user
 * follows, when the club is named only as clubs are named ("North Queensland Cowboys", "Arsenal") among other interests.
 */

const { cited } = offlineCiter();

describe('offline dialectic: the team the user follows', () => {
  it('finds a club named by a town and a plural, or known by one word, among other interests', async () => {
    const bron = factsOf({ name: 'Bron Kelly', role: 'family support worker', interests: ['barramundi fishing', 'North Queensland Cowboys', 'op-shopping'] });
    expect(await cited(bron, 'footy tickets as a thank you — who does she go for?')).toEqual(['interests']);
    expect(await cited(bron, 'who does she support?')).toEqual(['interests']);
    const dele = factsOf({ name: 'Dele Okoro', role: 'firefighter', interests: ['Arsenal', 'DJing afrobeats', 'cooking for the watch'] });
    expect(await cited(dele, 'which footy club does he support')).toEqual(['interests']);
    expect(await cited(dele, 'who does he support?')).toEqual(['interests']);
    // (A place walked in is no club; nor is a word that only starts a longer name.)
    const walker = factsOf({ name: 'Rhian Evans', role: 'lab technician', interests: ['hill walking in the Brecon Beacons', 'Arsenal Stadium tours'] });
    expect(await cited(walker, 'who does she support?')).toEqual([]);
  });

  it('answers a team of a sport from the item that names a club and no other sport', async () => {
    const mick = factsOf({
      name: 'Mick Doyle',
      role: 'cricket ground curator',
      interests: ['fishing off Cunningham Pier', 'growing Vietnamese herbs and chillies', 'Geelong Cats supporter'],
    });
    expect(await cited(mick, 'which afl side does he barrack for')).toEqual(['interests']);
    expect(await cited(mick, 'which afl team does he support?')).toEqual(['interests']);
    // (An item that names a club of another sport does not answer for this one.)
    const prakash = factsOf({ name: 'Prakash Gurung', role: 'farm worker', interests: ['football (Arsenal fan)', 'karaoke'] });
    expect(await cited(prakash, 'which cricket team does he support?')).toEqual([]);
  });
});

describe('offline dialectic: work, records and the week', () => {
  const lee = factsOf(
    {
      name: 'Leanne Hartley',
      preferred_name: 'Lee',
      role: 'MOT tester and master technician',
      company: 'Hartshill Motor Services, an independent garage',
      age: 38,
      family: ['partner Jo', 'stepdaughter (12)', 'son (4)'],
      favorite_cuisine: 'South Indian',
      tools: ['Reapit', 'Excel'],
      apprenticeship: 'four-year apprenticeship at a Vauxhall main dealer in Crewe',
      current_focus: 'chasing 12 overdue gas safety certificates before month end',
    },
    ['current_focus'],
  );

  it('reads the systems a trade keeps its records in as tools, when the tools name one of that kind', async () => {
    expect(await cited(lee, 'which CRM is she on?')).toEqual(['tools']);
    const kechi = factsOf({ name: 'Kechi Obi', role: 'child protection social worker', tools: ['Liquidlogic', 'Outlook'] });
    expect(await cited(kechi, 'which case system does she record on')).toEqual(['tools']);
    // (A CRM is not a case system; neither is accounting software.)
    expect(await cited(lee, 'which case system does she record on')).toEqual([]);
    expect(await cited(kechi, 'which CRM is she on?')).toEqual([]);
  });

  it('reads time "eaten up" as the work in hand, not food', async () => {
    expect(await cited(lee, "what's eating up her week at the moment?")).toContain('current_focus');
    expect(await cited(lee, "what's eating up her time at work right now")).toContain('current_focus');
    expect(await cited(lee, "what's eating up her week at the moment?")).not.toContain('favorite_cuisine');
  });

  it("reads ages in the plural beside children as the children's, which the household says", async () => {
    expect(await cited(lee, 'buying presents for her kids at christmas, how many and what ages roughly')).toEqual(['family']);
    // (The user's own age is still the age.)
    expect(await cited(lee, 'how old is she?')).toEqual(['age']);
  });

  it('reads "what does <name in lower case> do at the garage" as work, and serving one\'s time as an apprenticeship', async () => {
    expect(await cited(lee, 'whats lee actually do at the garage')).toContain('role');
    expect(await cited(lee, 'where did she serve her time?')).toEqual(['apprenticeship']);
  });
});

describe('offline dialectic: hours, tests and plans put as questions', () => {
  const karthik = factsOf(
    {
      name: 'Karthik Reddy',
      role: 'QC analyst at a generic-drugs plant',
      schedule: 'general shift 9 to 6, six days a week, second Saturdays off',
      timezone: 'Asia/Kolkata',
      dislikes: ['phone calls in the daytime after a night shift'],
      language: ['Telugu', 'English', 'Hindi'],
      upcoming_events: 'IELTS exam on the 22nd',
      current_status: 'on nights until Sunday',
    },
    ['upcoming_events', 'current_status'],
  );

  it('reads "what time is he …" about the user as the hours kept, not the time where he is', async () => {
    expect(await cited(karthik, 'till what time is he usually at work')).toContain('schedule');
    expect(await cited(karthik, 'what time is it for him now?')).toEqual(['timezone']);
  });

  it('finds a test of a language by its name', async () => {
    expect(await cited(karthik, "when's his english test again")).toEqual(['upcoming_events']);
    expect(await cited(karthik, 'does he speak english?')).toEqual(['language']);
  });

  it('reads a plan closed by "bad idea?" as a yes-or-no question about a time close by', async () => {
    expect(await cited(karthik, 'thinking of ringing him tomorrow afternoon, bad idea?')).toContain('current_status');
    // (Without a time close by, the tag asks nothing of the present.)
    expect(await cited(karthik, 'thinking of getting him a book on chemistry, good idea?')).not.toContain('current_status');
  });
});

describe('offline dialectic: a club named that the profile does not name', () => {
  it('does not answer whether the user follows a club no fact names in full', async () => {
    const cal = factsOf({ name: 'Cal Fahy', location: 'Salthill, Galway', interests: ['hurling (follows Galway)', 'sea swimming at Salthill'] });
    expect(await cited(cal, 'does he follow Galway United in the soccer too?')).toEqual([]);
    const graham = factsOf({ name: 'Graham Hughes', location: 'Mumbles, Swansea', interests: ['Ospreys', 'sea fishing'] });
    expect(await cited(graham, 'does he follow Swansea City as well?')).toEqual([]);
    // (A club the profile names, in part of its name or all of it, is answered; so is a sport.)
    expect(await cited(cal, 'does he follow Galway in the hurling?')).toEqual(['interests']);
    const pri = factsOf({ name: 'Priya Raval', interests: ['Bollywood dance classes', 'Leicester Tigers rugby'] });
    expect(await cited(pri, 'does she support the Tigers?')).toEqual(['interests']);
    expect(await cited(pri, 'does she follow any rugby?')).toEqual(['interests']);
  });
});

describe('offline dialectic: what a like or a pastime does not say', () => {
  it('does not take a dislike of dogs for a dog of the user', async () => {
    const mick = factsOf({ name: 'Mick Doyle', dislikes: ['rain delays on match days', 'dogs on the oval'], interests: ['fishing'] });
    expect(await cited(mick, 'does he have a dog?')).toEqual([]);
    // (The user's animals, or a household that counts them, answer.)
    const liam = factsOf({ name: 'Liam Tane', pets: 'rescue greyhound called Dara', dislikes: ['dogs off the lead'] });
    expect(await cited(liam, 'does he have a dog?')).toEqual(['pets']);
    const ana = factsOf({ name: 'Ana Cruz', family: ['husband Rui', 'two dogs'] });
    expect(await cited(ana, 'does she have a dog?')).toEqual(['family']);
  });

  it('does not answer which camera from a pastime that names none', async () => {
    const ravi = factsOf({ name: 'Ravi Nair', interests: ['cricket', 'cooking Kerala food', 'street photography'] });
    expect(await cited(ravi, 'what camera does he shoot with?')).toEqual([]);
    // (A camera named, by its maker, answers.)
    const nia = factsOf({ name: 'Nia Jones', interests: ['street photography on a Fujifilm X100V'] });
    expect(await cited(nia, 'what camera does she shoot with?')).toEqual(['interests']);
  });
});

describe('offline dialectic: what is under way now', () => {
  const wanjiru = factsOf(
    {
      name: 'Wanjiru Kamau',
      role: 'detective sergeant, cybercrime unit',
      commute: 'matatu, avoids the rush hour',
      favourite_cuisine: 'Ethiopian',
      current_focus: 'forensic report on a SIM-swap fraud case due Wednesday',
    },
    ['current_focus'],
  );

  it('reads "what is she <doing> this week" as what is under way, even with a final verb and a word of another field', async () => {
    expect(await cited(wanjiru, "what's she rushing to finish this week")).toEqual(['current_focus']);
    expect(await cited(wanjiru, 'whats got her so stressed this week')).toEqual(['current_focus']);
  });

  it('reads "flat out on" and "at the minute" as the present', async () => {
    expect(await cited(wanjiru, "what's she flat out on at the minute")).toEqual(['current_focus']);
    // (What she eats is still food.)
    expect(await cited(wanjiru, 'what food does she like?')).toEqual(['favourite_cuisine']);
  });
});

describe('offline dialectic: plans said another way', () => {
  it('reads "planning on" and "at some point" as asking about goals', async () => {
    const nadia = factsOf({
      name: 'Nadia Rahman',
      role: 'freelance illustrator',
      location: 'Glasgow',
      goals: ['clear the £4,200 credit card by December', 'consider going limited once profit passes £50k'],
    });
    expect(await cited(nadia, 'is she thinking about incorporating at some point?')).toEqual(['goals']);
    expect(await cited(nadia, 'is she planning on staying freelance forever?')).toContain('goals');
    // (The asker's own plan is no goal of the user's.)
    expect(await cited(nadia, 'thinking of getting her a sketchbook for her birthday, good idea?')).not.toContain('goals');
  });
});

describe('offline dialectic: registered to practise', () => {
  it('reads "registered to practise" as a licence to practise, not a faith practised', async () => {
    const chi = factsOf({
      name: 'Chidinma Okafor',
      role: 'specialist biomedical scientist',
      religion: 'Catholic, goes to Mass most Sundays',
      registration: 'HCPC-registered biomedical scientist; Fellow of the IBMS',
    });
    expect(await cited(chi, 'is she properly registered to practise in the UK?')).toEqual(['registration']);
    // (Her faith is still asked as faith.)
    expect(await cited(chi, 'does she practise any religion?')).toEqual(['religion']);
  });
});

describe('offline dialectic: time left on a contract', () => {
  it('reads how long is left on a contract as when it ends, not how long the job has been held', async () => {
    const lerato = factsOf({
      name: 'Lerato Mokoena',
      role: 'postdoctoral researcher in TB immunology',
      broadband: 'fibre with Vumatel',
      contract: 'fixed-term, grant-funded until 31 August',
    });
    expect(await cited(lerato, 'how long has she got left on her contract?')).toEqual(['contract']);
    expect(await cited(lerato, 'how long is she locked in with them')).toEqual(['contract']);
    // (How long she has held it is not said.)
    expect(await cited(lerato, 'how long has she been a postdoc?')).toEqual([]);
  });
});

describe("offline dialectic: the asker's animal", () => {
  it("cites the user's allergy to an animal the asker keeps, when asked whether it is fine", async () => {
    const freya = factsOf({ name: 'Freya Maddox', role: 'Twitch streamer', pets: ['rescue greyhound called Noodle'], allergies: ['cat dander'] });
    expect(await cited(freya, "she's coming to stay, is it fine if my cat sleeps in the spare room?")).toContain('allergies');
    // (The asker's own people stay weak: "my daughter" says why it is asked.)
    expect(await cited(freya, 'any animals at her place? my daughter is allergic to fur')).toContain('pets');
    expect(await cited(freya, 'can my daughter come along to her stream this weekend?')).not.toContain('allergies');
  });
});
