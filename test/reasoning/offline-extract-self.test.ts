import { describe, expect, it } from 'vitest';
import { has, items, keys, learned, reasoner } from '../helpers/extracted.js';

/**
 * The offline extractor on what people say about who they are: work, identity, values, places,
 * skills, languages and education — whole constructions and wide vocabularies, each with a
 * near miss it must leave alone.
 */

describe('offline extraction: work', () => {
  it('knows job titles beyond the common ones, and "been [trade]ing for N years"', async () => {
    expect(has(await learned("I'm a warehouse operative on nights"), 'role', 'warehouse operative')).toBe(true);
    expect(has(await learned("As someone who's been a community midwife for 15 yrs, help me reply"), 'role', 'midwife')).toBe(true);
    expect(has(await learned('Been nursing for 20 years and I still love it'), 'role', 'nurse')).toBe(true);
    expect(has(await learned("I'm head of marketing at a startup"), 'role', 'head of marketing')).toBe(true);
  });

  it('reads the sector of "I work in IT support" and "I\'m in sales", not a town or a duration', async () => {
    expect(has(await learned('I work in IT support at a college'), 'industry', 'IT support')).toBe(true);
    const sales = await learned("I'm in sales");
    expect(has(sales, 'industry', 'sales')).toBe(true);
    expect(keys(sales)).not.toContain('location');
    expect(keys(await learned("I've been a paralegal for 6 years"))).not.toContain('company');
    expect(keys(await learned("I'm interested in tech"))).not.toContain('industry');
  });

  it('does not take a pastime or a self-judgement for a job', async () => {
    expect(keys(await learned("I'm a terrible cook"))).not.toContain('role');
    expect(has(await learned("I'm a line cook at a diner"), 'role', 'line cook')).toBe(true);
  });
});

describe('offline extraction: identity', () => {
  it('reads an age said as a decade, and not one said as a past', async () => {
    expect(has(await learned('im in my late twenties lol, is it too late to start piano?'), 'age', 'late twenties')).toBe(true);
    expect(has(await learned("I'm mid-30s and never ran before"), 'age', '30s')).toBe(true);
    expect(keys(await learned('In my 20s I lived in Spain'))).not.toContain('age');
    expect(keys(await learned("20 years in retail and I'm done"))).not.toContain('age');
  });

  it('reads heritage said as a compound, a half, a descent or roots', async () => {
    expect(has(await learned('Korean-American, second gen, any apps for heritage speakers?'), 'nationality', 'Korean-American')).toBe(true);
    expect(has(await learned("I'm half Irish half Italian"), 'heritage', 'Irish')).toBe(true);
    expect(has(await learned("I'm of Chinese descent"), 'heritage', 'Chinese')).toBe(true);
    expect(has(await learned('my family is Punjabi'), 'heritage', 'Punjabi')).toBe(true);
  });

  it('reads a name from "it\'s Priya" and a sign-off, never the assistant\'s name or a weekday', async () => {
    expect(has(await learned("It's Priya btw, can you look at this?"), 'name', 'Priya')).toBe(true);
    expect(has(await learned('Can you check my cover letter? Cheers, Mike'), 'name', 'Mike')).toBe(true);
    expect(keys(await learned("It's Tuesday and I'm tired"))).not.toContain('name');
    expect(keys(await learned('Thanks Claude'))).not.toContain('name');
  });
});

describe('offline extraction: values and beliefs', () => {
  it('reads what the user cares about, holds important, or refuses', async () => {
    expect(has(await learned('I care a lot about the environment'), 'values', 'environment')).toBe(true);
    expect(has(await learned('Honesty is really important to me'), 'values', 'honesty')).toBe(true);
    expect(has(await learned('Kindness matters more than anything to me'), 'values', 'kindness')).toBe(true);
    expect(has(await learned("I don't believe in astrology"), 'values', "doesn't believe in astrology")).toBe(true);
    expect(has(await learned('I refuse to buy fast fashion'), 'values', 'fast fashion')).toBe(true);
    expect(has(await learned('I fast during Ramadan'), 'values', 'Ramadan')).toBe(true);
  });

  it('reads politics only when the user states their own', async () => {
    expect(has(await learned("I'm quite left-wing"), 'politics', 'left-wing')).toBe(true);
    expect(has(await learned('I always vote Green'), 'politics', 'Green')).toBe(true);
    expect(keys(await learned('my dad is a Tory'))).not.toContain('politics');
  });

  it('leaves a one-off concern and a negated care alone', async () => {
    expect(keys(await learned('The deadline is really important to me'))).not.toContain('values');
    expect(keys(await learned("I don't care about football"))).not.toContain('values');
  });
});

describe('offline extraction: names typed in lower case, pronouns without a slash', () => {
  it('reads a lower-case name after "my name is" and "call me", but not "call me crazy"', async () => {
    expect(has(await learned('my name is siobhan'), 'name', 'Siobhan')).toBe(true);
    expect(has(await learned('ok so my names beverley, can you help'), 'name', 'Beverley')).toBe(true);
    expect(has(await learned('call me dee'), 'name', 'Dee')).toBe(true);
    expect(keys(await learned('call me crazy but I like it'))).not.toContain('name');
    expect(keys(await learned('my name is on the list'))).not.toContain('name');
  });

  it('reads "they them pronouns", a name said before them, and "my pronouns are" cut in two', async () => {
    const sam = await learned('hiya im sam they them pronouns please, can you help me');
    expect(has(sam, 'pronouns', 'they them')).toBe(true);
    expect(has(sam, 'name', 'Sam')).toBe(true);
    expect(has(await learned('fyi my pronouns are they/them – can u swap that throughout'), 'pronouns', 'they/them')).toBe(true);
  });
});

describe('offline extraction: places', () => {
  it('keeps home apart from a stay ("home is Cebu but i\'m in Dubai on contract till march")', async () => {
    const facts = await learned("home is Cebu but i'm in Dubai on contract till march");
    expect(has(facts, 'location', 'Cebu')).toBe(true);
    expect(has(facts, 'current_location', 'Dubai')).toBe(true);
    expect(has(facts, 'location', 'Dubai')).toBe(false);
  });

  it('reads a move said "from X to Y", a village outside a town, and not someone else\'s town', async () => {
    expect(has(await learned('we moved from preston to lancaster last spring'), 'location', 'lancaster')).toBe(true);
    expect(has(await learned('I wfh from a tiny village outside Galway'), 'location', 'Galway')).toBe(true);
    const calgary = await learned("I'm in Calgary (MT), the client's in Halifax — find me a slot");
    expect(has(calgary, 'location', 'Calgary')).toBe(true);
    expect(has(calgary, 'location', 'Halifax')).toBe(false);
  });
});

describe('offline extraction: skills and tools', () => {
  it('reads tools from labels, lists and "what I use", and drops the one switched away from', async () => {
    expect(has(await learned('excel: wizard. SQL: ok-ish. R: zero.'), 'expertise', 'SQL')).toBe(true);
    expect(has(await learned('I track my own stuff in Obsidian'), 'tools', 'Obsidian')).toBe(true);
    expect(has(await learned("I'm decent-ish at After Effects"), 'tools', 'After Effects')).toBe(true);
    expect(has(await learned("write it in rust pls, that's what i use at work"), 'expertise', 'rust')).toBe(true);
    expect(has(await learned('but my side project is in elixir'), 'expertise', 'elixir')).toBe(true);
    const switched = await reasoner.extract({ messages: [{ role: 'user', content: 'switched from IntelliJ to Cursor a couple of months ago' }], profile: [] });
    expect(switched.some((f) => f.key === 'tools' && f.retract && items(f).includes('intellij'))).toBe(true);
    expect(has(switched, 'tools', 'IntelliJ')).toBe(false);
  });
});

describe('offline extraction: education and languages', () => {
  it('reads a field of study with its school, a year of a course, leaving school, and self-teaching', async () => {
    expect(has(await learned('did engineering in Trinity, then a HDip in computing'), 'education', 'engineering in Trinity')).toBe(true);
    expect(has(await learned('1st year law at UCD, exams in january'), 'education', 'law')).toBe(true);
    expect(has(await learned('left school at 16 went straight into an apprenticeship as a joiner'), 'education', 'apprenticeship')).toBe(true);
    expect(has(await learned('dropped out of uni after first year (comp sci), self-taught since then'), 'education', 'self-taught')).toBe(true);
    expect(keys(await learned('Irish speaker since primary school but rusty now'))).not.toContain('education');
    expect(keys(await learned('I did the dishes in the kitchen'))).not.toContain('education');
  });

  it('keeps a CEFR level with the language and reads "reply in simple spanish from now on?"', async () => {
    expect(has(await learned('my German is about B1, can you check this sentence'), 'language', 'German B1')).toBe(true);
    expect(has(await learned('can you reply in simple spanish from now on?'), 'preferred_language', 'spanish')).toBe(true);
    expect(keys(await learned("I'm B2 in French"))).not.toContain('name');
  });
});

describe('offline extraction: work and values said in passing', () => {
  it('reads a team moved to, a field gone into, a subject taught, a trade and a Caribbean "mi a ..."', async () => {
    expect(has(await learned('been a backend dev at Monzo for 3 yrs, just moved over to the platform team last month'), 'team', 'platform')).toBe(true);
    expect(has(await learned("I'm a sparky by trade but went into project mgmt last year"), 'industry', 'project mgmt')).toBe(true);
    expect(has(await learned('Retired now, but I taught chemistry at a high school in Durban for 31 years.'), 'former_role', 'chemistry')).toBe(true);
    expect(has(await learned('Been welding on the ship repair yards in Gdańsk for twelve years'), 'role', 'welder')).toBe(true);
    expect(has(await learned('Mi a fisherman from Port Antonio'), 'role', 'fisherman')).toBe(true);
  });

  it('reads ages and years said without a verb or with an apostrophe', async () => {
    expect(has(await learned("born in '87 if that matters"), 'birth_year', '1987')).toBe(true);
    expect(has(await learned('wah i already 34 this year leh'), 'age', '34')).toBe(true);
    const dee = await learned("just call me Dee. full name's Deirdre");
    expect(has(dee, 'name', 'Dee')).toBe(true);
    expect(has(dee, 'full_name', 'Deirdre')).toBe(true);
  });

  it('reads a rule the user keeps: against their beliefs, for ethical reasons, "full stop", fasting days', async () => {
    expect(has(await learned('i dont do gambling of any kind its against my beliefs'), 'values', 'no gambling')).toBe(true);
    expect(has(await learned('i dont buy animal products at all - ethical thing not a diet thing'), 'values', 'animal products')).toBe(true);
    expect(has(await learned("I don't put my kids' faces online, full stop."), 'values', 'faces online')).toBe(true);
    expect(has(await learned('we fast from meat and dairy most Wednesdays and Fridays'), 'values', 'Wednesdays')).toBe(true);
    expect(keys(await learned("I don't eat after 8pm"))).not.toContain('values');
  });
});

describe('offline extraction: skills said as practice, places said as distance', () => {
  it('reads typing speed, a craft practised for years, and tools known well', async () => {
    expect(has(await learned('I type about 110 wpm and touch-type on Dvorak'), 'skills', '110 wpm')).toBe(true);
    expect(has(await learned('Been doing balayage for years'), 'expertise', 'balayage')).toBe(true);
    expect(keys(await learned('been doing nights for a month'))).not.toContain('expertise');
    expect(has(await learned('I know Tally ERP and GST filing very well'), 'expertise', 'GST filing')).toBe(true);
  });

  it('reads a home said by its distance or inside a question', async () => {
    expect(has(await learned('We live off-grid about two hours north of Yellowknife, on a lake'), 'location', 'Yellowknife')).toBe(true);
    expect(has(await learned('whats the cheapest way to get from my place in wollongong to sydney airport'), 'location', 'wollongong')).toBe(true);
  });
});

describe('offline extraction: a value taken back and replaced in the same breath', () => {
  it('keeps only the second value ("34 — no, 35", "Bristol, sorry, Bath", "Jo, well Joanna really")', async () => {
    const age = await learned("I'm 34 — no, 35, the birthday was on Tuesday. what should I get for dinner");
    expect(has(age, 'age', '35')).toBe(true);
    expect(has(age, 'age', '34')).toBe(false);
    const town = await learned('I live in Bristol, sorry, Bath, too many moves lately. any good running clubs?');
    expect(has(town, 'location', 'Bath')).toBe(true);
    expect(has(town, 'location', 'Bristol')).toBe(false);
    expect(has(await learned('My name is Jo, well Joanna really'), 'name', 'Joanna')).toBe(true);
  });

  it('reads a statement taken back as past no more ("I work at Greggs — sorry, used to, …")', async () => {
    const student = await learned("I work at Greggs — sorry, used to, I'm a full-time student now.");
    expect(student.some((f) => items(f).some((v) => v.includes('greggs')))).toBe(false);
    expect(has(student, 'role', 'student')).toBe(true);
    const diet = await learned("I'm a vegan — sorry, used to, I eat everything now");
    expect(has(diet, 'diet', 'vegan')).toBe(false);
    expect(has(await learned('I work at Greggs.'), 'company', 'Greggs')).toBe(true);
  });

  it('leaves an apology, a ruled-out list and a change of subject as written', async () => {
    expect(has(await learned("I'm a paramedic, sorry for the essay"), 'role', 'paramedic')).toBe(true);
    expect(has(await learned('I eat halal — no pork, no alcohol, obviously'), 'diet', 'halal')).toBe(true);
    expect(has(await learned("I'm 52 — sorry, I mean my husband is"), 'age', '52')).toBe(true);
  });
});

describe('offline extraction: a hedge the user disowns at once', () => {
  it('drops what "not diagnosed", "nothing decided yet" or "not sure yet" disown, and keeps the plain statements beside them', async () => {
    const coeliac = await learned('I might be coeliac?? not officially diagnosed. any good gluten free bakeries near me');
    expect(coeliac.some((f) => items(f).some((v) => v.includes('coeliac')))).toBe(false);
    const move = await learned("We'll probably move to Cork next spring, nothing's confirmed yet. For now I'm in Limerick.");
    expect(move.some((f) => items(f).some((v) => v.includes('cork')))).toBe(false);
    expect(has(move, 'location', 'Limerick')).toBe(true);
  });

  it('keeps a hedge nobody disowned, and "not sure" that asks something', async () => {
    expect(has(await learned("I think I'm coeliac? bread always wrecks me"), 'health_conditions', 'coeliac')).toBe(true);
    expect(has(await learned("I'm a vet nurse, not sure how to word this email"), 'role', 'vet nurse')).toBe(true);
  });
});

describe('offline extraction: statements joined by "and"', () => {
  it('keeps a value whose negation belongs to the next statement ("I\'m 81 and not great with phones")', async () => {
    expect(has(await learned("I'm 81 and not great with phones, so go slowly please"), 'age', '81')).toBe(true);
    expect(keys(await learned("I'm not 81, that's my husband"))).not.toContain('age');
  });

  it('reads an activity taken up, and gives an "-ing" verb joined to someone else\'s progressive to them', async () => {
    expect(has(await learned("I've taken up sea swimming since the move"), 'interests', 'sea swimming')).toBe(true);
    expect(has(await learned("I'm moving to Galway and taking up surfing"), 'interests', 'surfing')).toBe(true);
    const neighbour = await learned("My neighbour is retiring and taking up golf, what's a good gift?");
    expect(neighbour.some((f) => items(f).some((v) => v.includes('golf')))).toBe(false);
  });
});

describe('offline extraction: no faith, a pet that died, working from home, notes handed over', () => {
  it('reads "not religious" as an answer about faith, but not someone else\'s', async () => {
    expect(has(await learned("I'm not very religious these days"), 'religion', 'not religious')).toBe(true);
    expect(keys(await learned('my husband is not religious at all'))).not.toContain('religion');
  });

  it('keeps a pet that died apart from the pets the user has now', async () => {
    const pets = await learned('our old collie Skye passed away in spring, and last month we adopted a kitten called Pip');
    expect(has(pets, 'past_pets', 'Skye')).toBe(true);
    expect(has(pets, 'pets', 'Skye')).toBe(false);
    expect(has(pets, 'pets', 'Pip')).toBe(true);
  });

  it('says "works from home", not "from home"', async () => {
    expect(has(await learned('I work from home three days a week'), 'work_style', 'works from home')).toBe(true);
  });

  it('reads nothing from the notes of a meeting handed over to be written up', async () => {
    const minutes = await learned(
      'Please write up the minutes from my notes: - Priya to book the venue - fees going up to £30 - Tom moving to Oslo next month',
    );
    expect(minutes.some((f) => items(f).some((v) => v.includes('oslo') || v.includes('venue')))).toBe(false);
  });
});

describe('offline extraction: where the user lives, said in more ways', () => {
  it('reads "we live in a flat in X" and "my partner and I are … and we\'re in a flat in X"', async () => {
    expect(has(await learned("we're in a two-bed flat in Stockport, is it worth getting a cleaner?"), 'location', 'Stockport')).toBe(true);
    const pair = await learned("My husband and I are expecting twins in May and we're in a tiny house in Cobh. Cots that fit?");
    expect(has(pair, 'location', 'Cobh')).toBe(true);
    expect(keys(await learned("my sister is in a flat in Galway, she's a nurse"))).not.toContain('location');
  });

  it('keeps a capitalised compass word in a name ("East Legon", "North Shields")', async () => {
    expect(has(await learned('I live in South Shields'), 'location', 'South Shields')).toBe(true);
  });

  it('reads the plain present "I stay at X" as home, and "I\'m staying at X" as a stay', async () => {
    const home = await learned('Please I stay at Adenta, Accra. Where can I buy a good generator?');
    expect(has(home, 'location', 'Adenta')).toBe(true);
    expect(keys(home)).not.toContain('current_location');
    const stay = await learned("I'm staying at the Ibis by the station, any dinner spots?");
    expect(keys(stay)).not.toContain('location');
    expect(keys(await learned("I'll stay at my brother's in Kumasi"))).not.toContain('location');
  });
});

describe('offline extraction: how the user works, said after the job', () => {
  it('reads the arrangement right after the job ("a joiner, self employed", "a midwife on nights")', async () => {
    expect(has(await learned("I'm a joiner self employed, need a quote template"), 'work_style', 'self employed')).toBe(true);
    expect(has(await learned("I'm a midwife on nights this month"), 'work_style', 'nights')).toBe(true);
    expect(keys(await learned("I'm a teacher and remote learning drains me"))).not.toContain('work_style');
  });
});

describe('offline extraction: children named after the group', () => {
  it('keeps the names (and skips their ages) after "my kids", "two kids," and "(…)"', async () => {
    expect(has(await learned('my kids Finn and Oisín are obsessed with trains'), 'family', 'Oisín')).toBe(true);
    const three = await learned('three kids under 10 (Ada 9, Jude 6 and baby Rosa) — packed lunch ideas?');
    for (const name of ['Ada', 'Jude', 'Rosa']) expect(has(three, 'family', name)).toBe(true);
    expect(has(await learned('my kids love Lego and Minecraft'), 'family', 'Lego')).toBe(false);
  });
});

describe('offline extraction: a diagnosis told in the past holds now', () => {
  it('"I was just diagnosed with a sesame allergy" learns the allergy, not its withdrawal', async () => {
    const facts = await learned('swap the tahini in my usual order — I was just diagnosed with a sesame allergy');
    expect(has(facts, 'allergies', 'sesame')).toBe(true);
    expect(facts.some((f) => f.retract)).toBe(false);
  });
});

describe('offline extraction: an injury', () => {
  it("reads a recent injury to a part of the body as short-lived, and not someone else's", async () => {
    const ankle = await learned('twisted my right knee at five-a-side on Sunday, need a physio appointment');
    expect(ankle.some((f) => f.key === 'injury' && f.bucket === 'dynamic' && String(f.value).includes('right knee'))).toBe(true);
    expect(keys(await learned('my daughter broke her arm at school, what do I pack for A&E?'))).not.toContain('injury');
  });
});

describe('offline extraction: "it" for the language just named, and values that only point back', () => {
  it('reads "my husband speaks Welsh and I\'m learning it" as learning Welsh, and stores no "learn it"', async () => {
    const welsh = await learned("my husband's Welsh and I'm trying to learn it before the wedding");
    expect(has(welsh, 'language_learning', 'Welsh')).toBe(true);
    expect(welsh.some((f) => items(f).some((v) => v === 'learn it'))).toBe(false);
  });

  it('keeps no plan said only in the future as a note ("so I will be online at odd hours")', async () => {
    expect(keys(await learned("I'm on nights this week so I will be online at odd hours"))).not.toContain('notes');
  });
});

describe('offline extraction: time spent with a language', () => {
  it('reads "years of Python" and "my first Rust project", not someone else\'s', async () => {
    const both = await learned('first Kotlin app after years of Java, why is this null check failing?');
    expect(has(both, 'expertise', 'Kotlin')).toBe(true);
    expect(has(both, 'expertise', 'Java')).toBe(true);
    expect(keys(await learned('my son has 3 years of Python already'))).not.toContain('expertise');
  });
});

describe('offline extraction: a club the user belongs to', () => {
  it('reads "I host a book club", "our running club is …", not a club someone else is in or a night club', async () => {
    expect(has(await learned('I run a supper club in Leith, menu ideas for March?'), 'interests', 'supper club')).toBe(true);
    expect(has(await learned('Our walking club is doing the Pennine Way next summer'), 'interests', 'walking club')).toBe(true);
    expect(keys(await learned("my son's chess club meets on Friday"))).not.toContain('interests');
    expect(keys(await learned('is there a night club near the station?'))).not.toContain('interests');
  });
});

describe('offline extraction: an introduction in one breath', () => {
  it('reads "I\'m Ama, 41, grew up in Kumasi, came to Leicester for work and never left"', async () => {
    const intro = await learned("quick intro: I'm Ama, 41, grew up in Kumasi, came to Leicester for work and never left.");
    expect(has(intro, 'age', '41')).toBe(true);
    expect(has(intro, 'location', 'Leicester')).toBe(true);
    expect(has(await learned('came to Leicester for a conference last week'), 'location', 'Leicester')).toBe(false);
  });

  it('reads "self employed joiner" as a job and how it is done, not as someone else', async () => {
    const joiner = await learned('self employed joiner, 20 yrs in the trade. best way to price a staircase?');
    expect(has(joiner, 'role', 'joiner')).toBe(true);
    expect(has(joiner, 'work_style', 'self employed')).toBe(true);
  });
});

describe('offline extraction: an age said before the job', () => {
  it('keeps the age out of the job ("a 68 year old retired bus driver")', async () => {
    const driver = await learned("I'm a 68 year old retired bus driver, how do I make the writing bigger?");
    expect(has(driver, 'role', 'retired bus driver')).toBe(true);
    expect(has(driver, 'role', '68')).toBe(false);
    expect(has(driver, 'age', '68')).toBe(true);
    expect(has(await learned("I'm a 911 dispatcher on nights"), 'role', '911 dispatcher')).toBe(true);
  });
});

describe('offline extraction: the town of a workplace', () => {
  it('reads "I teach at Kwame Nkrumah University, Kumasi" as living in Kumasi, not a place met in passing', async () => {
    expect(has(await learned('I teach maths at Prempeh College, Kumasi. Quiz ideas for form 2?'), 'location', 'Kumasi')).toBe(true);
    expect(keys(await learned('I met him at the conference, Berlin was lovely'))).not.toContain('location');
  });
});

describe('offline extraction: how the user gets to work', () => {
  it('reads "cycle to work" in the user\'s words, not a wish or someone else\'s', async () => {
    expect(has(await learned('i live in regina and cycle to work year round, tips for -30?'), 'commute', 'cycle to work')).toBe(true);
    expect(keys(await learned('I want to cycle to work next year'))).not.toContain('commute');
    expect(keys(await learned('my wife drives to work, which car is cheapest to run?'))).not.toContain('commute');
  });
});

describe('offline extraction: constructions met in round 17 (session 16)', () => {
  it('reads the subject after a sentence adverb ("realistically I\'m saving for …")', async () => {
    const facts = await learned("if I went back to uni I'd do law lol, but realistically I'm saving for a house deposit by 2026");
    expect(has(facts, 'goals', 'house deposit')).toBe(true);
    expect(facts.flatMap(items).join(' ')).not.toMatch(/law/);
    expect(has(await learned('honestly I am vegan'), 'diet', 'vegan')).toBe(true);
  });

  it('keeps "only" and an adverb before someone else out of it', async () => {
    expect(has(await learned('obviously my sister is vegan'), 'diet', 'vegan')).toBe(false);
  });

  it('reads a goal with a time between the attribute and its verb ("goal this year is …")', async () => {
    expect(has(await learned('goal this year is a sub-2 half marathon, currently at 2:14'), 'goals', 'half marathon')).toBe(true);
    expect(has(await learned('plan for 2027 is moving to Spain'), 'goals', 'spain')).toBe(true);
    expect(has(await learned("my son's goal this year is a sub-2 half marathon"), 'goals', 'half marathon')).toBe(false);
  });

  it('reads "I eat anything" as a diet without restrictions, and leaves an exception to diet.except', async () => {
    expect(has(await learned("my husband's coeliac but I eat anything, need a dinner party menu"), 'diet', 'eats anything')).toBe(true);
    const except = await learned('I eat pretty much anything except mushrooms, hate them');
    expect(has(except, 'diet', 'mushrooms')).toBe(true);
    expect(has(except, 'diet', 'eats anything')).toBe(false);
    expect(has(await learned('my son will eat anything'), 'diet', 'eats anything')).toBe(false);
  });
});

describe('offline extraction: work and names met in round 17 (session 16)', () => {
  it('reads "been X since …" without its "have" as a state that holds', async () => {
    const facts = await learned("sparky by trade, been self employed since '19. need a budget for lumpy invoices");
    expect(facts.some((f) => f.key === 'work_style' && f.retract)).toBe(false);
    expect(has(facts, 'work_style', 'self employed')).toBe(true);
    expect(facts.some((f) => f.key === 'work_style' && f.retract && items(f).includes('self employed'))).toBe(false);
    const past = await learned('I was self employed until 2020');
    expect(has(past, 'work_style', 'self employed')).toBe(false);
  });

  it('keeps the stated name and the one to use apart ("my name\'s Chidinma but call me Chi")', async () => {
    const facts = await learned("my name's Chidinma but pls call me Chi 😊 I run a hair salon from home");
    expect(facts.find((f) => f.key === 'name')?.value).toBe('Chidinma');
    expect(facts.find((f) => f.key === 'preferred_name')?.value).toBe('Chi');
    expect((await learned('call me Dee')).find((f) => f.key === 'name')?.value).toBe('Dee');
  });

  it('reads "I do X for a fintech / a charity" as the work, not "for fun" or someone else\'s', async () => {
    expect(has(await learned('used to be in retail banking but now i do ux research for a fintech in lagos'), 'role', 'ux research')).toBe(true);
    expect(has(await learned('I do payroll for a charity'), 'role', 'payroll')).toBe(true);
    expect(keys(await learned('I do yoga for fun'))).not.toContain('role');
    expect(keys(await learned('my wife does accounts for a bank'))).not.toContain('role');
  });
});

describe('offline extraction: kin named without "my" (session 16)', () => {
  it('reads "mum moved in with us" as who the user lives with', async () => {
    expect(has(await learned('mum moved in with us after dad passed in the spring'), 'living_situation', 'mum')).toBe(true);
    expect(has(await learned('so mum lives with me now'), 'living_situation', 'mum')).toBe(true);
  });

  it("leaves someone else's mum alone", async () => {
    expect(keys(await learned('her mum moved in with us'))).not.toContain('living_situation');
    expect(keys(await learned("Sarah's mum lives with us"))).not.toContain('living_situation');
  });
});

describe('offline extraction: participles that say what the user is, and an age to come (session 16)', () => {
  it('reads "based in Cardiff" after a fragment as where the user is, not as past', async () => {
    expect(has(await learned('35F, nurse, based in Cardiff. need help with a rota'), 'location', 'Cardiff')).toBe(true);
    expect(has(await learned('I was based in Leeds until 2019'), 'location', 'Leeds')).toBe(false);
  });

  it('keeps an age the user will reach out of their age ("before I turn 40")', async () => {
    const goal = await learned('my goal is to run a marathon before I turn 40');
    expect(keys(goal)).not.toContain('age');
    expect(has(goal, 'goals', 'marathon')).toBe(true);
    expect(has(await learned('I turned 40 in May'), 'age', '40')).toBe(true);
  });
});

describe('offline extraction: a second self-written probe (session 16)', () => {
  it('reads a household faith, freelancing as a role, and "type 2"', async () => {
    expect(has(await learned('we are Catholic so Sunday mornings are mass'), 'religion', 'Catholic')).toBe(true);
    expect(has(await learned('left Deloitte in June, now freelancing as a data analyst'), 'role', 'data analyst')).toBe(true);
    expect(has(await learned('am 52 and just been told I have type 2, what now'), 'health_conditions', 'type 2')).toBe(true);
  });

  it('reads the object of eating as food, not as an activity', async () => {
    expect(keys(await learned('I am vegetarian except I eat fish sometimes'))).not.toContain('interests');
    expect(has(await learned('Wheel-thrown pottery on weekends is my thing'), 'interests', 'pottery')).toBe(true);
  });
});

describe('offline extraction: West African English (session 16)', () => {
  it('reads "me I am a tailor" and Pidgin "I dey Port Harcourt"', async () => {
    expect(has(await learned('me I am a tailor for Kumasi, I do kente designs'), 'role', 'tailor')).toBe(true);
    expect(has(await learned('Wetin I fit cook for my pikin? I dey Port Harcourt, I be teacher'), 'location', 'Port Harcourt')).toBe(true);
  });

  it('leaves "I dey tired" and someone else who "dey Lagos" alone', async () => {
    expect(keys(await learned('I dey tired'))).not.toContain('location');
    expect(keys(await learned('my brother dey Lagos'))).not.toContain('location');
  });
});
