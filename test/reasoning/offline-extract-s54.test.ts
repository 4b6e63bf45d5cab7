import { describe, expect, it } from 'vitest';
import { answered, learned, learnedOver } from '../helpers/extracted.js';

const valueOf = (facts: readonly { key: string; value: unknown; retract?: boolean }[], key: string) =>
  facts.find((f) => f.key === key && f.retract !== true)?.value;

/**
 * Session 54: general readings found on round 55's development thirds (zookeepers and aquarists; clergy, chaplains and
 * faith workers; roofers, scaffolders and crane operators). Each behaviour beside a near miss that must stay as it was.
 */

describe('offline extraction: the employer of a job the occupation list does not know', () => {
  it('reads "now I\'m an aquarist at the National Marine Aquarium" as the employer', async () => {
    const facts = await learned("used to be a keeper at Whipsnade, now I'm an aquarist at the National Marine Aquarium in Plymouth. need help with my cv");
    expect(valueOf(facts, 'company')).toBe('National Marine Aquarium');
    expect(valueOf(facts, 'role')).toBe('aquarist');
  });

  it('still reads no employer from "a listener at heart"', async () => {
    expect(valueOf(await learned("I'm a listener at heart"), 'company')).toBeUndefined();
  });
});

describe('offline extraction: the employer as a short answer', () => {
  it('reads "Chester, on the ungulates team" after "Which zoo are you with?" as the employer', async () => {
    const facts = await answered('Sounds like a busy season! Which zoo are you with, and what do you look after?', 'Chester, on the ungulates team');
    expect(valueOf(facts, 'company')).toBe('Chester');
  });

  it('reads "St James\'s in Leeds" after "Which hospital do you work at?" as the name only', async () => {
    expect(valueOf(await answered('Which hospital do you work at?', "St James's in Leeds"), 'company')).toBe("St James's");
  });

  it('still reads no employer from "myself mostly" or "a small one in town"', async () => {
    expect(valueOf(await answered('who do you work for?', 'myself mostly'), 'company')).toBeUndefined();
    expect(valueOf(await answered('which firm are you with?', 'a small one in town'), 'company')).toBeUndefined();
  });
});

describe('offline extraction: a new employer said as where the user is now', () => {
  it('replaces the employer held on "correction, I\'m at HMP Pentonville now"', async () => {
    const facts = await learnedOver(
      "I'm the Anglican chaplain at HMP Wandsworth, can you help me with a Remembrance service?",
      "correction, I'm at HMP Pentonville now, moved in January. forgot I'd said Wandsworth",
    );
    expect(valueOf(facts, 'company')).toBe('HMP Pentonville');
  });

  it('still learns no employer from "I\'m at Tesco now" when none is held', async () => {
    expect(valueOf(await learned("I'm at Tesco now, what wine goes with lamb?"), 'company')).toBeUndefined();
  });
});

describe('offline extraction: a job named with the noun after a listed one', () => {
  it('reads "I\'m the assistant curate" as "assistant curate", not "assistant"', async () => {
    expect(valueOf(await learned("I'm the assistant curate at St Luke's, can you help with a baptism handout?"), 'role')).toBe('assistant curate');
  });

  it('still keeps "a nurse" alone before a word of when it is done', async () => {
    expect(valueOf(await learned("I'm a teacher nights"), 'role')).toBe('teacher');
    expect(valueOf(await learned("I'm a chef and I love it"), 'role')).toBe('chef');
  });
});

describe('offline extraction: a negation that a contrast breaks off', () => {
  it('reads "I\'m not vegan any more, just vegetarian" as vegetarian', async () => {
    expect(valueOf(await learned("I'm not vegan any more, just vegetarian."), 'diet')).toEqual(['vegetarian']);
  });

  it('corrects a diet held over two turns', async () => {
    const facts = await learnedOver('put me down as vegan for the clergy conference dinner', "actually ignore that — I'm not vegan any more, just vegetarian.");
    expect(valueOf(facts, 'diet')).toEqual(['vegetarian']);
  });

  it('still reads a plain negation as nothing held', async () => {
    expect(valueOf(await learned("I'm not vegan"), 'diet')).toBeUndefined();
  });

  it('does not read "two retired greyhounds" as the user retired', async () => {
    expect(valueOf(await learned('No kids, just two retired greyhounds called Vellum and Quire.'), 'work_status')).toBeUndefined();
    expect(valueOf(await learned('two retired greyhounds and a cat at home'), 'work_status')).toBeUndefined();
    expect(valueOf(await learned("I'm retired now, 67 next month"), 'work_status')).toBe('retired');
  });
});

describe('offline extraction: what the user left out the subject of after a statement of theirs', () => {
  it('reads "the only lady scaffolder in my gang, want to become a supervisor" as a goal', async () => {
    expect(valueOf(await learned('the only lady scaffolder in my gang, want to become a supervisor by next year'), 'goals')).toEqual([
      'become a supervisor by next year',
    ]);
  });

  it('still reads nothing of the user after a request', async () => {
    expect(valueOf(await learned('can you help me with my cv, want to become a supervisor'), 'goals')).toBeUndefined();
  });
});

describe('offline extraction: a pastime written as a noun and its "-ing" word', () => {
  it('reads "big into pigeon racing" as pigeon racing', async () => {
    expect(valueOf(await learned('big into pigeon racing, got 40 birds in a loft'), 'interests')).toContain('pigeon racing');
  });

  it('still reads no pastime from a participle with its complement ("my job driving for OC Transpo")', async () => {
    expect(valueOf(await learned("it's mandatory for my job driving for OC Transpo here in Ottawa"), 'company')).toBe('OC Transpo');
  });
});

describe('offline extraction: a place named with "City"', () => {
  it('reads "based in Cebu City" whole', async () => {
    expect(valueOf(await learned("Good evening po! I'm based in Cebu City and I work at the aquarium near the mall."), 'location')).toBe('Cebu City');
  });

  it('still reads "Leeds City centre" as Leeds', async () => {
    expect(valueOf(await learned("I'm in Leeds City centre"), 'location')).toBe('Leeds');
  });
});

describe('offline extraction: a home that goes with a post', () => {
  it('reads "we\'ve just moved into the manse in Portree" as where the user lives', async () => {
    expect(valueOf(await learned("We've just moved into the manse in Portree, it's freezing"), 'location')).toBe('Portree');
  });

  it('still reads nothing from "moved into management in Leeds"', async () => {
    expect(valueOf(await learned('I moved into management in Leeds'), 'location')).toBeUndefined();
  });
});

describe('offline extraction: someone named as the subject of "called me"', () => {
  it('keeps no plan of the user from "the council called me in August"', async () => {
    expect(valueOf(await learned('We moved in March. The council called me to a meeting in August.'), 'upcoming_events')).toBeUndefined();
  });

  it('still reads "a bearded dragon called Kevin" as a named pet', async () => {
    expect(JSON.stringify(valueOf(await learned('I have a bearded dragon called Kevin'), 'pets'))).toContain('Kevin');
  });
});

describe('offline extraction: a habit done in a language', () => {
  it('reads "I give the khutbah in Arabic and English" as languages the user uses', async () => {
    expect(valueOf(await learned('I give the khutbah in Arabic and English.'), 'language')).toEqual(['Arabic', 'English']);
  });

  it('still reads no language from a need, a request or a place named after one', async () => {
    expect(valueOf(await learned('I need this in French'), 'language')).toBeUndefined();
    expect(valueOf(await learned('can you write it in German'), 'language')).toBeUndefined();
    expect(valueOf(await learned('I take care of my mother in Spanish Town so weekends are out'), 'language')).toBeUndefined();
  });
});

describe('offline extraction: a dislike said of "them"', () => {
  it('keeps no dislike "them" from "except mushrooms, hate them"', async () => {
    expect(valueOf(await learned('I eat pretty much anything except mushrooms, hate them.'), 'dislikes')).toBeUndefined();
    expect(valueOf(await learned('mushrooms. I hate them'), 'dislikes')).toBeUndefined();
  });

  it('still reads a dislike named', async () => {
    expect(valueOf(await learned('I hate long meetings'), 'dislikes')).toEqual(['long meetings']);
  });
});

describe('offline extraction: more short answers — the role asked as "current", licences held, how long in the work', () => {
  it('reads "tower crane operator po" after "What\'s your current role?" as the role, without the word of respect', async () => {
    expect(valueOf(await answered("What's your current role?", 'tower crane operator po'), 'role')).toBe('tower crane operator');
  });

  it('reads the licences named after "Which licences do you hold?"', async () => {
    expect(
      valueOf(await answered('Which licences do you hold?', 'TESDA NC II for tower crane and Saudi Aramco crane operator card'), 'certifications'),
    ).toEqual(['TESDA NC II for tower crane', 'Saudi Aramco crane operator card']);
  });

  it('reads "about six years" after "how long have you been a nurse?" as experience', async () => {
    expect(valueOf(await answered('how long have you been a nurse?', 'about six years'), 'experience')).toBe('six years');
  });

  it('still reads nothing from a wait, a stay or a denial', async () => {
    expect(valueOf(await answered('how long have you been waiting?', '2 months'), 'experience')).toBeUndefined();
    expect(valueOf(await answered('how long have you been in Leeds?', '3 years'), 'experience')).toBeUndefined();
    expect(valueOf(await answered('Any certifications?', 'no not really'), 'certifications')).toBeUndefined();
  });
});

describe('offline extraction: the section or ward the user works on', () => {
  it('reads "I\'m on the reptile section" and "I\'m on the cardiac ward" as the team', async () => {
    expect(valueOf(await learned("I'm on the reptile section at a wildlife park just out of Ballarat"), 'team')).toBe('reptile section');
    expect(valueOf(await learned("I'm on the cardiac ward"), 'team')).toBe('cardiac ward');
  });

  it("still reads no team of the user's from someone else on a ward", async () => {
    expect(valueOf(await learned('my mum is on the cardiac ward'), 'team')).toBeUndefined();
  });
});

describe("offline extraction: a trade's noun said on its own, and what the work is mostly about", () => {
  it('reads "I\'m an aquarist, mostly jellyfish culture" as the role and its speciality', async () => {
    const facts = await learned("I'm an aquarist, mostly jellyfish culture");
    expect(valueOf(facts, 'role')).toBe('aquarist');
    expect(valueOf(facts, 'expertise')).toEqual(['jellyfish culture']);
  });

  it('reinforces the role said again in later turns', async () => {
    const facts = await learnedOver("I'm an aquarist, mostly jellyfish culture", 'as an aquarist I also do the dive checks in the big tank on Wednesdays');
    expect(facts.find((f) => f.key === 'role')?.confidence).toBeGreaterThan(0.8);
  });

  it('still reads no role from a creed or a diet, and no speciality from when the work is done', async () => {
    expect(valueOf(await learned("I'm an atheist, so no prayers"), 'role')).toBeUndefined();
    expect(valueOf(await learned("I'm a vegetarian, by the way"), 'role')).toBeUndefined();
    expect(valueOf(await learned("I'm a nurse, mostly nights"), 'expertise')).toBeUndefined();
  });
});

describe("offline extraction: an exam's letters that spell a word", () => {
  it('reads no schooling from "11 hours sat in the car"', async () => {
    expect(valueOf(await learned('lower back again, 11 hours sat in the car will do that'), 'education')).toBeUndefined();
  });

  it('still reads the exam written in capitals', async () => {
    expect(JSON.stringify(valueOf(await learned('did my SAT last year'), 'education'))).toContain('SAT');
  });
});
