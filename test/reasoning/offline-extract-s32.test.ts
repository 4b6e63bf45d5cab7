import { describe, expect, it } from 'vitest';
import { answered, has, items, keys, learned, learnedOver } from '../helpers/extracted.js';

/**
 * Session 32: general readings of clauses (a time or reason clause put first, a sentence adverb, a share of a group as a
 * subject, a bare noun that said something), relatives said without "my", lists under a label, and what a clinician found.
 */

describe('offline extraction: clauses', () => {
  it('reads the main clause after a fronted clause of time or reason with its own subject and verb', async () => {
    expect(has(await learned('since the twins came along I work part-time at Boots.'), 'company', 'boots')).toBe(true);
    expect(has(await learned('When my husband got the job we moved to Aberdeen.'), 'location', 'aberdeen')).toBe(true);
    expect(has(await learned("I was a chef for ten years but since Leo arrived I've been a stay-at-home dad."), 'role', 'stay-at-home dad')).toBe(true);
  });

  it('keeps what is said or thought, and a question, inside the fronted clause', async () => {
    expect(keys(await learned('since my sister told me I was a natural, what should I charge for cakes?'))).not.toContain('role');
    expect(keys(await learned('after the op can I go back to running in Leeds?'))).not.toContain('location');
  });

  it('reads a clause opened by a sentence adverb not in "-ly"', async () => {
    expect(has(await learned('forget the Spain trip, not happening. instead i want to get my HGV licence this year'), 'goals', 'hgv licence')).toBe(true);
  });

  it("splits at a share of a group as the subject, so the group's place is not the user's", async () => {
    const facts = await learned('I edit videos from Cebu, 9pm to 2am kasi most of my clients are in Canada.');
    expect(has(facts, 'location', 'cebu')).toBe(true);
    expect(has(facts, 'location', 'canada')).toBe(false);
  });

  it('reads a bare noun before a verb of saying as someone else, not a role of the user', async () => {
    expect(has(await learned('hiya its chidinma again, physio said to keep doing the pelvic floor stuff'), 'name', 'chidinma')).toBe(true);
    expect(keys(await learned('hey, physio said to rest it for a week, is that normal?'))).not.toContain('role');
  });
});

describe('offline extraction: who the user is and lives with', () => {
  it('learns the age said right after the name the user opens with', async () => {
    expect(has(await learned('Kofi here, 38, been driving trucks 15 years, need help with a cover letter'), 'age', '38')).toBe(true);
  });

  it('learns a relative said without "my" as the subject of the sentence', async () => {
    expect(has(await learned("husband's a firefighter on nights so the mornings are chaos"), 'family', 'husband')).toBe(true);
    expect(has(await learned('3 kids, wife works weekends, so Saturdays are mine'), 'family', 'wife')).toBe(true);
    expect(keys(await learned("her husband's a firefighter, what do I get him for his birthday?"))).not.toContain('family');
  });

  it('names twins said with their names', async () => {
    expect(has(await learned('Our twins, Ava and Isla, start nursery in January.'), 'family', 'isla')).toBe(true);
  });

  it('reads "live with her" as the relative just named', async () => {
    expect(has(await learned('just my nan, i live with her since mum died'), 'living_situation', 'nan')).toBe(true);
    expect(keys(await learned('my boss is lovely, I live with her sister though'))).not.toContain('living_situation');
  });

  it('learns no faith said of the household, or of "neither of us"', async () => {
    expect(has(await learned("we're not religious, so a civil ceremony it is"), 'religion', 'not religious')).toBe(true);
    expect(has(await learned('Neither of us is religious. Any ideas for readings?'), 'religion', 'not religious')).toBe(true);
  });

  it('learns a language the user picked up', async () => {
    expect(has(await learned("I've picked up enough Portuguese to order food on the job"), 'language', 'portuguese')).toBe(true);
  });

  it("learns the status said after the user's own clause", async () => {
    const facts = await learned("I'm a midwife in Derby, on maternity leave until June.");
    expect(has(facts, 'work_status', 'maternity leave')).toBe(true);
    expect(has(facts, 'location', 'derby')).toBe(true);
  });
});

describe('offline extraction: household rules, lists and health', () => {
  it('learns a rule of the home', async () => {
    expect(has(await learned('House rule: no phones at the dinner table. How do I get my teenager to stick to it?'), 'values', 'no phones')).toBe(true);
    expect(has(await learned("we're a no-sugar household, what can I bake for a party?"), 'values', 'no-sugar')).toBe(true);
    expect(keys(await learned("we're a football family, who should I support?"))).not.toContain('values');
  });

  it('reads a labelled list with an aside before its colon, and bulleted items under it', async () => {
    const listed = await learned('my hobbies, in no particular order: sea swimming, darts, and fixing up old bikes');
    expect(has(listed, 'interests', 'sea swimming')).toBe(true);
    expect(has(listed, 'interests', 'fixing up old bikes')).toBe(true);
    const bulleted = await learned('interests, since you asked:\n- birdwatching (mostly waders)\n- chess\n\nany gift ideas?');
    expect(has(bulleted, 'interests', 'birdwatching')).toBe(true);
    expect(has(bulleted, 'interests', 'chess')).toBe(true);
    expect(keys(bulleted)).not.toContain('age');
  });

  it('learns a condition a clinician found', async () => {
    expect(has(await learned('my optician found early glaucoma last month, what should I ask the specialist?'), 'health_conditions', 'glaucoma')).toBe(true);
    expect(keys(await learned('the scan found nothing, thank god'))).not.toContain('health_conditions');
  });

  it('does not take a school word that describes another noun for schooling, nor names for devices', async () => {
    expect(keys(await learned('I do the school run most days'))).not.toContain('education');
    expect(keys(await learned('we have two dogs called Pixel and Echo'))).not.toContain('tools');
    expect(has(await learned('we have two dogs called Pixel and Echo'), 'pets', 'echo')).toBe(true);
  });

  it('keeps what an answer to the assistant says about the user', async () => {
    expect(has(await answered('Who lives with you?', 'just my mum, i live with her'), 'living_situation', 'mum')).toBe(true);
  });
});

describe('offline extraction: what is not the user', () => {
  it("reads a third-person verb after someone else's clause as theirs", async () => {
    const facts = await learned("my neighbour's daughter is 12, has epilepsy and wants to learn the drums. any tips?");
    expect(keys(facts)).not.toContain('health_conditions');
  });

  it('reads a noun phrase joined to a request by "and" as part of what is asked for', async () => {
    expect(keys(await learned('tell me a joke about a nurse, a chef and a plumber walking into a pub'))).not.toContain('role');
  });

  it('withdraws a diet together with what it was said as', async () => {
    const facts = await learnedOver('doing keto for a month so meals need to be low carb please', "forget what I said about keto, I've stopped");
    expect(facts.filter((f) => f.key === 'diet')).toEqual([]);
  });
});

describe('offline extraction: names and shifts in fragments', () => {
  it('learns a lower-case name set right against a wrong one', async () => {
    expect(has(await learned('hey its keziah btw not kezia, my phone keeps changing it'), 'name', 'keziah')).toBe(true);
  });

  it('learns the shifts said after the job, in a fragment or with a kind of nights', async () => {
    expect(has(await learned('A&E nurse on nights (4 on, 4 off). what should I eat at 3am?'), 'work_style', 'nights')).toBe(true);
    expect(has(await learned("I'm a porter on permanent nights at St James's"), 'work_style', 'nights')).toBe(true);
    expect(keys(await learned('my brother, a nurse on nights, is visiting'))).not.toContain('work_style');
  });
});

describe('offline extraction: plans', () => {
  it('learns a plan the user has made up their mind about, said with "going to"', async () => {
    expect(has(await learned("At 70 I've finally decided I'm going to learn to play the cello."), 'goals', 'learn to play the cello')).toBe(true);
    expect(keys(await learned("I'm going to learn to cook tonight lol, wish me luck"))).not.toContain('goals');
  });

  it('learns what the household needs to do by a date, its amount kept whole', async () => {
    expect(has(await learned('we need to save £3,500 by June for the van'), 'goals', 'save £3,500 by june')).toBe(true);
  });

  it('does not read a plan to retire as being retired', async () => {
    expect(keys(await learned("the plan is to go down to three days at 58 and retire at 62. how's my pension looking?"))).not.toContain('work_status');
    expect(has(await learned("I'm retired now, 66 and loving it"), 'work_status', 'retired')).toBe(true);
  });

  it('keeps a style asked for after "and" a request of its own', async () => {
    expect(has(await learned('keep it brief and no bullet points please'), 'communication_style', 'no bullet points')).toBe(true);
  });
});

describe('offline extraction: requests put as questions, units and tools', () => {
  it('learns a lasting request put as a question', async () => {
    expect(has(await learned('could you always do numbered steps for me?'), 'communication_style', 'numbered steps')).toBe(true);
    expect(keys(await learned('can you give me a packing list for the weekend?'))).not.toContain('preferences');
    expect(keys(await learned('can you give me a packing list for the weekend?'))).not.toContain('communication_style');
  });

  it('does not take the unit set aside for the one wanted, nor a lower-case common word for a school', async () => {
    const facts = await learned('Use litres and kilos instead of gallons please.');
    expect(facts.some((f) => items(f).includes('gallons'))).toBe(false);
    expect(keys(await learned('metric rather than imperial, please'))).not.toContain('education');
  });

  it('keeps the tools a thing was made with', async () => {
    const facts = await learned('I built a little weather station on a Raspberry Pi last winter.');
    expect(facts.some((f) => f.retract && JSON.stringify(f.value).toLowerCase().includes('raspberry'))).toBe(false);
  });
});

describe('offline extraction: what says nothing of the user', () => {
  it('reads a second question joined by "and" as a question, without its mark', async () => {
    expect(await learned('what does a neap tide mean, and are king tides always higher in winter')).toEqual([]);
  });

  it('learns no event from how things are, said with "a bit"', async () => {
    expect(await learned('evening! bit chilly out there tonight')).toEqual([]);
    expect(has(await learned('bit nervous about my driving test tomorrow'), 'upcoming_events', 'driving test')).toBe(true);
  });

  it('learns nothing from what anyone would do ("you\'d")', async () => {
    expect(keys(await learned("write a 20-second ad for a coffee brand, cheerful, the kind you'd hear on a Twitch stream"))).toEqual([]);
  });
});

describe('offline extraction: answers about teaching', () => {
  it('learns what the user teaches and whom, from answers to the assistant', async () => {
    expect(has(await answered('Lovely! What do you teach?', 'violin and music theory'), 'teaching', 'violin')).toBe(true);
    expect(has(await answered('Who are your students, mostly?', 'mostly teenagers doing their grade exams, some adults'), 'students', 'teenagers')).toBe(true);
  });
});

describe('offline extraction: misspelt words of the tables', () => {
  it('reads a word one slip of typing from a word the tables match', async () => {
    expect(has(await learned('i drvie for uber in leicester most nights'), 'gig_platforms', 'uber')).toBe(true);
    expect(has(await learned('could you alwyas use metric for me?'), 'preferences', 'metric')).toBe(true);
  });

  it('leaves places, words of the lexicons and inflected words as written', async () => {
    expect(has(await learned('we moved to leeds in march'), 'location', 'leeds')).toBe(true);
    expect(JSON.stringify(await learned('any tips for stacking round bales in the barn?'))).not.toContain('bakes');
  });
});

describe('offline extraction: a question run on after "whats"', () => {
  it('splits at "whats" followed by a noun phrase, so the statement before it stands', async () => {
    expect(has(await learned('im 20 and at uni in bristol whats the cheapest way to get to leeds for a weekend'), 'location', 'bristol')).toBe(true);
  });
});

describe('offline extraction: statements framed by "I know", animals beside "me"', () => {
  it('reads "I know I\'m …" as a plain statement', async () => {
    expect(has(await learned("yeah I know I'm only 52, but my knees disagree"), 'age', '52')).toBe(true);
  });

  it('learns the animal said with "the" beside "me"', async () => {
    expect(has(await answered('Who lives with you?', 'just me and the dog these days'), 'pets', 'dog')).toBe(true);
  });
});
