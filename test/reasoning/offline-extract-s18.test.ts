import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/reasoners/offline/nlp/normalise.js';
import { has, keys, learned, reasoner } from '../helpers/extracted.js';

/**
 * The offline extractor on voice-typed messages, plans a household makes, pets named inside requests
 * and figures of speech — each with near misses it must leave alone.
 */

describe('offline extraction: voice typing', () => {
  it('turns punctuation said aloud into marks, and years said aloud into numbers', () => {
    expect(normaliseText('my name is margaret full stop i was born in nineteen fifty one question mark')).toBe('my name is margaret. i was born in 1951?');
    expect(normaliseText('coming on thursday comma remind me')).toBe('coming on thursday, remind me');
    expect(normaliseText('we moved in twenty twenty-four')).toBe('we moved in 2024');
  });

  it('leaves the words alone when they name the mark or the text has typed marks, and numbers that are no year', () => {
    expect(normaliseText('where does the comma go in this sentence')).toBe('where does the comma go in this sentence');
    expect(normaliseText('is a full stop needed after Dr')).toBe('is a full stop needed after Dr');
    expect(normaliseText('Oxford comma, always.')).toBe('Oxford comma, always.');
    expect(normaliseText("I'm not doing it, full stop.")).toBe('I am not doing it, full stop.');
    expect(normaliseText('twenty five quid')).toBe('twenty five quid');
  });

  it('learns a name said after a request run on without punctuation, and a birth date', async () => {
    const facts = await learned(
      'can you help me fill in the pension credit form my name is margaret full stop i was born on the fourth of march nineteen fifty one',
    );
    expect(has(facts, 'name', 'margaret')).toBe(true);
    expect(has(facts, 'birthday', '1951')).toBe(true);
    expect(has(await learned('born on 12 June 1988 in Leeds'), 'birthday', '12 june 1988')).toBe(true);
  });

  it('does not take a name asked about, a relative born on a day, or a birthday without a date', async () => {
    expect(keys(await learned('can you tell me what my name is'))).not.toContain('name');
    expect(keys(await learned('guess what my name is lol'))).not.toContain('name');
    expect(keys(await learned('my son was born on 3 may'))).not.toContain('birthday');
    expect(keys(await learned('born on a tuesday lol'))).not.toContain('birthday');
  });
});

describe('offline extraction: plans a household makes', () => {
  it('learns what "we" are saving for or planning, one-word plans and things wanted done by a time', async () => {
    expect(has(await learned("We're saving for a house deposit, got about £18k so far"), 'goals', 'house deposit')).toBe(true);
    expect(has(await learned("once our youngest goes off to uni next year we're planning to downsize"), 'goals', 'downsize')).toBe(true);
    expect(has(await learned("I'm hoping to retire"), 'goals', 'retire')).toBe(true);
    expect(has(await learned('I want the credit card cleared by Christmas.'), 'goals', 'credit card cleared by christmas')).toBe(true);
  });

  it('leaves alone what a child does, one-word wants and things wanted with no time', async () => {
    const uni = await learned("once our youngest goes off to uni next year we're planning to downsize");
    expect(keys(uni)).not.toContain('education');
    expect(keys(await learned('i want to go'))).not.toContain('goals');
    expect(keys(await learned('I want the report done'))).not.toContain('goals');
  });
});

describe('offline extraction: pets and animals', () => {
  it("learns the user's animals named inside a request", async () => {
    const facts = await learned('Need pet insurance quotes for our two cats, Biscuit and Mango, both rescues');
    expect(has(facts, 'pets', 'cats')).toBe(true);
    expect(has(facts, 'pets', 'biscuit')).toBe(true);
  });

  it("leaves alone an animal in a comparison or a picture, a hen do, and a relative's animal texted without the apostrophe", async () => {
    expect(keys(await learned('i have the attention span of a goldfish on espresso lmao'))).not.toContain('pets');
    expect(keys(await learned('i have a picture of a dog on my wall'))).not.toContain('pets');
    expect(keys(await learned('need a hand with a speech for my sisters hen do, its in 3 weeks'))).not.toContain('pets');
    expect(keys(await learned('my sisters cat is ill'))).not.toContain('pets');
    expect(has(await learned('I have a goldfish called Bob'), 'pets', 'goldfish')).toBe(true);
  });
});

describe('offline extraction: words that are not what they look like', () => {
  it('does not read a past form as an occupation ("cooked" is no cook)', async () => {
    expect(keys(await learned('my sleep schedule is so cooked'))).not.toContain('role');
    expect(has(await learned("I'm a cook at a care home"), 'role', 'cook')).toBe(true);
  });

  it('does not take what the user heard today for an event to come, nor notes handed over to tidy', async () => {
    expect(keys(await learned("what's the meaning of that saying? heard it in a meeting today and nodded like I knew"))).toEqual([]);
    expect(await learned('tidy these meeting notes into bullets:\nraj - finish Q3 deck by fri\nemma on leave 12-16 aug\nnew hire starts on the 1st')).toEqual(
      [],
    );
    expect(keys(await learned('I have a meeting today at 3'))).toContain('upcoming_events');
  });
});

describe('offline extraction: reasons, homes, babies and habits to drop', () => {
  it('reads a reason given with "as", where the user rents or moved into, a baby named at its birth and a habit of the assistant to drop', async () => {
    expect(has(await learned("I don't take any loans with interest as I'm Muslim."), 'religion', 'muslim')).toBe(true);
    expect(has(await learned("We've been renting in Headingley, Leeds for 4 years."), 'location', 'leeds')).toBe(true);
    expect(has(await learned('Just moved from Croydon down to a bungalow in Bexhill-on-Sea. Who do I tell?'), 'location', 'bexhill')).toBe(true);
    expect(has(await learned('we had our second baby on the 4th, a little girl called Maeve'), 'family', 'daughter maeve')).toBe(true);
    expect(has(await learned('can you stop with the emojis, in general I mean, not just here.'), 'communication_style', 'emojis')).toBe(true);
  });

  it('leaves alone a comparison with "as", a car rented, a relative who moved or had a baby, and a question about the past', async () => {
    expect(await learned("I'm not as tall as I look")).toEqual([]);
    expect(keys(await learned("we're renting a car in Faro"))).not.toContain('location');
    expect(keys(await learned('my sister just moved into a flat in Leeds'))).not.toContain('location');
    expect(keys(await learned('my sister had a baby girl called Rose'))).not.toContain('family');
    expect(keys(await learned('a girl called Maeve in my class is mean'))).not.toContain('family');
    expect(await learned('why did you stop using bullet points?')).toEqual([]);
  });
});

describe('offline extraction: replies to the assistant', () => {
  const replying = (assistant: string, user: string) =>
    reasoner.extract({
      messages: [
        { role: 'assistant', content: assistant },
        { role: 'user', content: user },
      ],
      profile: [],
    });

  it('does not take a reply about someone else, nor a place the question named that the reply only mentions later', async () => {
    expect(keys(await replying('Any dietary needs I should mention to the restaurant?', 'shes pescatarian, im not fussy'))).not.toContain('diet');
    expect(keys(await replying('Any dietary needs I should mention?', 'my wife is vegan'))).not.toContain('diet');
    const moved = await replying(
      'Will you be in Calgary itself or one of the towns around it?',
      'sorry, I meant Edmonton!! Calgary was the other offer, we turned it down.',
    );
    expect(moved.filter((f) => !f.retract && JSON.stringify(f.value).toLowerCase().includes('calgary'))).toEqual([]);
  });

  it('still takes the reply that starts with the place the question named, and a value corrected in the next sentence', async () => {
    expect(has(await replying('Are you in Leeds or Bradford?', 'leeds, city centre'), 'location', 'leeds')).toBe(true);
    const diet = await replying('Any dietary restrictions I should build the meal plan around?', 'vegetarian. well, pescatarian — I eat fish.');
    expect(has(diet, 'diet', 'pescatarian')).toBe(true);
    expect(has(diet, 'diet', 'vegetarian')).toBe(false);
    expect(has(await learned("I'm a nurse. Well, I was."), 'role', 'nurse')).toBe(true);
  });
});

describe('offline extraction: events named inside a question or request', () => {
  it('learns the event and its time', async () => {
    expect(has(await learned('what do i need to bring to the mortgage appointment on wednesday'), 'upcoming_events', 'mortgage appointment on wednesday')).toBe(
      true,
    );
    expect(has(await learned("I need a caterer in Bolton for my daughter's mehndi on the 21st"), 'upcoming_events', 'mehndi on the 21st')).toBe(true);
    expect(has(await learned("help me design bracelets for the listening party at my mate's on saturday"), 'upcoming_events', 'listening party')).toBe(true);
  });

  it('leaves alone an event with no time, a thing with a time that is no event, and an event told in the past', async () => {
    expect(keys(await learned('what should I wear to a wedding?'))).not.toContain('upcoming_events');
    expect(keys(await learned('can you explain what a mehndi is'))).not.toContain('upcoming_events');
    expect(keys(await learned('can you check the weather on wednesday'))).not.toContain('upcoming_events');
    expect(keys(await learned('what did I get wrong in the exam last friday?'))).not.toContain('upcoming_events');
  });
});

describe('offline extraction: what the user gave up', () => {
  it('learns a food, drink or habit given up as a lasting "no", even said in the past', async () => {
    expect(has(await learned('I stopped eating meat two years ago'), 'diet', 'no meat')).toBe(true);
    expect(has(await learned("I've given up alcohol"), 'diet', 'no alcohol')).toBe(true);
    expect(has(await learned('I stopped drinking in 2020'), 'diet', 'no alcohol')).toBe(true);
    expect(has(await learned('I quit sugar'), 'diet', 'no sugar')).toBe(true);
    expect(has(await learned('I stopped flying a couple of years ago for climate reasons, trains or nothing now.'), 'values', 'no flying')).toBe(true);
    expect(has(await learned('I quit smoking last year'), 'values', 'no smoking')).toBe(true);
  });

  it("leaves alone a drink swapped for another, someone else's habit, a question, giving up on something and one route given up", async () => {
    expect(keys(await learned("Gave up coffee in January, now it's just green tea for me."))).not.toContain('diet');
    expect(keys(await learned('I quit drinking coffee'))).not.toContain('diet');
    expect(await learned('my dad gave up meat')).toEqual([]);
    expect(await learned('should I give up sugar?')).toEqual([]);
    expect(keys(await learned('I gave up on the diet'))).not.toContain('diet');
    expect(keys(await learned('I stopped driving to work, can you plan a bus route'))).not.toContain('values');
  });
});

describe("offline extraction: the household trying, the user's condition inside a request", () => {
  it('learns what "we" are trying to do and a condition named as "my …" inside a request', async () => {
    expect(has(await learned('me and my fiancé are trying to save a house deposit by the end of 2026'), 'goals', 'house deposit')).toBe(true);
    expect(has(await learned('can you suggest meals that help my IBS'), 'health_conditions', 'ibs')).toBe(true);
  });

  it("leaves alone a condition asked about and a relative's condition", async () => {
    expect(await learned('can you explain what IBS is')).toEqual([]);
    expect(keys(await learned("write a poem about my son's asthma"))).not.toContain('health_conditions');
  });
});

describe('offline extraction: shifts after a job with modifiers, children with ages in brackets', () => {
  it('learns the shift pattern after a job of several words, and every child named with an age', async () => {
    expect(has(await learned("I'm a paediatric nurse on rotating shifts and my husband's a firefighter"), 'work_style', 'rotating shifts')).toBe(true);
    expect(has(await learned('I work rotating shifts'), 'work_style', 'rotating shifts')).toBe(true);
    expect(has(await learned('my kids Aarav (9) and Diya (6) love the zoo'), 'family', 'diya')).toBe(true);
  });

  it("leaves alone someone else's shifts", async () => {
    expect(keys(await learned("my husband's a firefighter on rotating shifts"))).not.toContain('work_style');
  });
});

describe('offline extraction: notes said as a joke', () => {
  it('keeps no free-text note of a statement said laughing or as a figure', async () => {
    expect(await learned('i have the attention span of a goldfish on espresso lmao. anyway whats the capital of australia')).toEqual([]);
    expect(await learned('my sleep schedule is so cooked im basically a vampire now')).toEqual([]);
  });

  it('still keeps a note said with a "lol"', async () => {
    expect(keys(await learned("I'm slightly allergic lol"))).toContain('notes');
    expect(keys(await learned("We adopted a ginger cat last week even though I'm slightly allergic lol."))).toContain('notes');
  });
});

describe('offline extraction: a worker coming to the house', () => {
  it('learns the visit and its day', async () => {
    expect(
      has(await learned('the boiler man is coming on thursday between eight and twelve, remind me to clear the cupboard'), 'upcoming_events', 'boiler man'),
    ).toBe(true);
    expect(has(await learned('the plumber is coming on monday'), 'upcoming_events', 'plumber')).toBe(true);
  });

  it('leaves alone a relative visiting, a man with no trade, and a visit in the past', async () => {
    expect(keys(await learned('my sister is coming on thursday'))).not.toContain('upcoming_events');
    expect(keys(await learned('the man is coming on thursday'))).not.toContain('upcoming_events');
    expect(keys(await learned('the gas engineer came on tuesday'))).not.toContain('upcoming_events');
  });
});

describe('offline extraction: events told in the past', () => {
  it('learns no event to come from one told in the past or from a birth day', async () => {
    expect(keys(await learned('the meeting on monday was a disaster'))).not.toContain('upcoming_events');
    expect(keys(await learned('the party on saturday was great'))).not.toContain('upcoming_events');
    expect(keys(await learned('I had my scan on monday'))).not.toContain('upcoming_events');
    expect(keys(await learned('born on a tuesday lol'))).not.toContain('upcoming_events');
  });

  it('still learns an event to come, and a last one among several', async () => {
    expect(keys(await learned('my exam is on friday'))).toContain('upcoming_events');
    expect(keys(await learned('I have my last shift on monday'))).toContain('upcoming_events');
  });
});
