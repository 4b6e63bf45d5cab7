import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '../../src/profiles/reasoning.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { has, keys, learned } from '../helpers/extracted.js';

/**
 * What must not be learned: someone else's details carried across a clause, supposed cases, made-up
 * writing, material handed over to be worked on. Each mechanism with a construction it handles and a
 * near miss it must leave alone (the user's own statement beside it).
 */

const values = (facts: ExtractedFact[]) => facts.filter((f) => !f.retract).flatMap((f) => (Array.isArray(f.value) ? f.value : [f.value]).map(String));

describe('offline extraction: someone else carried across clauses', () => {
  it('reads a fragment led by an inflected verb after a clause about someone else as theirs', async () => {
    const facts = await learned('filling a visa form for my father. his occupation is farmer, born 1958 in Multan, he speaks Punjabi');
    expect(values(facts).join(' ')).not.toMatch(/1958|Multan|farmer|Punjabi/i);
  });

  it('reads an aside in brackets after someone else as theirs ("my dad (68, retired plumber, lives in Hull)")', async () => {
    expect(await learned('my dad (68, retired plumber, lives in Hull) wants a new phone')).toEqual([]);
    const own = await learned('I (34, nurse, Leeds) need a new phone');
    expect(has(own, 'age', '34')).toBe(true);
    expect(has(own, 'role', 'nurse')).toBe(true);
  });

  it('still reads the same fragment after a clause about the user', async () => {
    const facts = await learned("I'm a nurse, born 1990 in Leeds");
    expect(has(facts, 'birth_year', '1990')).toBe(true);
    expect(has(facts, 'role', 'nurse')).toBe(true);
  });

  it('does not take a noun after a preposition for a subject ("after my knee surgery and got into road cycling")', async () => {
    const facts = await learned('Gave up marathons after my knee surgery and got into road cycling instead');
    expect(has(facts, 'interests', 'cycling')).toBe(true);
  });

  it('splits "…, husband works nights at the hospital" off as the husband\'s clause', async () => {
    const facts = await learned('2 kids, both under 5, husband works nights at the hospital so bedtime is hard');
    expect(has(facts, 'family', '2 kids')).toBe(true);
    expect(facts.some((f) => f.key === 'company' || f.key === 'work_style')).toBe(false);
  });

  it('keeps "…, doc wants me on lower-carb meals" the user\'s', async () => {
    const facts = await learned('type 2 diabetic here, doc wants me on lower-carb meals');
    expect(has(facts, 'diet', 'carb')).toBe(true);
  });
});

describe('offline extraction: supposed cases', () => {
  it('reads "say someone is 30 and earning 40k in the uk" as a supposition', async () => {
    expect(await learned('say someone is 30 and earning 40k in the uk, roughly how much take home?')).toEqual([]);
  });

  it('still reads "I\'d say I\'m fluent in Spanish"', async () => {
    expect(has(await learned("I'd say I'm fluent in Spanish"), 'language', 'Spanish')).toBe(true);
  });
});

describe('offline extraction: requests for made-up writing', () => {
  it('reads nothing of the characters of a story asked for, however the request is put', async () => {
    for (const content of [
      'write short story (500 words) about old fisherman Tomasz who lives in Gdynia, lost his wife last winter and talks to seagulls. sad but hopeful ending',
      'can u pls write me a poem about a nurse in Glasgow who adopts a three-legged dog',
      'Make up a character called Li Wei from Chengdu who loves badminton.',
    ])
      expect(values(await learned(content)).join(' '), content).not.toMatch(/Gdynia|fisherman|hopeful|Glasgow|nurse|dog|Chengdu|badminton/i);
  });

  it("keeps the user's own statements before and after the request", async () => {
    const facts = await learned("I'm a primary teacher in Leeds, write a short story about a fisherman who lives in Gdynia. Also I'm vegan btw");
    expect(has(facts, 'role', 'teacher')).toBe(true);
    expect(has(facts, 'location', 'Leeds')).toBe(true);
    expect(has(facts, 'diet', 'vegan')).toBe(true);
    expect(values(facts).join(' ')).not.toMatch(/Gdynia|fisherman/i);
  });

  it('is no frame when the user is the writer ("I write fantasy short stories on the side")', async () => {
    const facts = await learned('I write fantasy short stories on the side and I live in Gdynia');
    expect(has(facts, 'location', 'Gdynia')).toBe(true);
  });
});

describe('offline extraction: notes kept alone, and the notes that are no lasting fact', () => {
  const notes = (facts: ExtractedFact[]) => facts.filter((f) => f.key === 'notes').flatMap((f) => f.value as string[]);

  it('keeps a plain first-person note alone in a turn, and reads "Cannulation I can do in my sleep" as a skill, no note', async () => {
    // (Session 25: "I sing bass in a barbershop quartet" is now read as an interest, the quartet; another plain note stands in.)
    expect(notes(await learned('I sort the recycling for our whole street'))).toEqual(['I sort the recycling for our whole street']);
    // (Session 48: a skill put first and done "in my sleep" is the user's expertise, alone or beside another fact.)
    expect(await learned('Cannulation I can do in my sleep')).toMatchObject([{ key: 'expertise', value: ['Cannulation'] }]);
    expect(notes(await learned("I'm a nurse in Leeds. Cannulation I can do in my sleep"))).toEqual([]);
    expect(await learned('I guess I sort the recycling for our whole street')).toEqual([]);
  });

  it('keeps no note of an errand for or with someone else', async () => {
    expect(await learned('filling a visa form for my father')).toEqual([]);
    expect(await learned('settling a bet with a friend')).toEqual([]);
  });

  it('keeps no note of a statement tied to a date', async () => {
    expect(await learned('my flight home to manila is on the 20th')).toEqual([]);
  });

  it('keeps no note of material handed over, of a group of other people, or of a statement cut short', async () => {
    expect(notes(await learned("dont sugarcoat feedback on my writing, id rather you be blunt. here's the intro para:"))).toEqual([]);
    expect(notes(await learned('based in Lagos but my whole team sits in Berlin so my days are weird'))).toEqual([]);
    expect(notes(await learned("wait no, sorry, it's aspirin I'm allergic to — I mixed them up"))).toEqual([]);
    expect(notes(await learned('my commute is two hours each way'))).toEqual(['my commute is two hours each way']);
  });

  it("keeps no note of a fragment after the user's own question (its options or its answer)", async () => {
    expect(await learned('which of these lunch spots is safest for them? Wahaca, Dishoom, Honest Burgers')).toEqual([]);
  });
});

describe('offline extraction: requests for a piece of work, and tasks on the text at hand', () => {
  const style = (facts: ExtractedFact[]) => facts.filter((f) => f.key === 'communication_style' || f.key === 'preferences');

  it('learns no style or preference from a request to make something', async () => {
    expect(style(await learned('abeg help me write short intro for linkedin'))).toEqual([]);
    expect(style(await learned('Make me a playlist for a long drive up to Inverness'))).toEqual([]);
  });

  it('still learns a request about the answers themselves, or one made lasting', async () => {
    expect(style(await learned('give me shorter answers please'))).toHaveLength(1);
    expect(style(await learned('always give me a summary first'))).toHaveLength(1);
    expect(style(await learned('keep it short pls'))).toHaveLength(1);
  });

  it('learns no style from instructions for a reply to the text at hand ("reply to this for me, keep it warm but short:")', async () => {
    const content = "reply to this for me, keep it warm but short:\n> Hi! I'm Dave, the new head of procurement, based in the Leeds office.";
    expect(await learned(content)).toEqual([]);
    expect(style(await learned('answer this for me and always keep answers short with me'))).toHaveLength(1);
  });
});

describe('offline extraction: pasted commands and blanks', () => {
  it('reads nothing from a pasted shell command with its flags ("git rebase -i HEAD~3 → error …")', async () => {
    expect(await learned('git rebase -i HEAD~3 → error: cannot rebase: You have unstaged changes. help')).toEqual([]);
    expect(await learned('sudo apt-get install -y nginx fails with 404, why')).toEqual([]);
  });

  it('still reads a tool named in prose ("git is what I use every day, docker too")', async () => {
    expect(has(await learned('I use git every day, docker --version says 24 btw'), 'tools', 'git')).toBe(true);
  });

  it('keeps no value without a letter or a digit ("Name: ___")', async () => {
    expect(await learned('Give me placeholder data for this form: Name: ___ Age: ___ City: ___ Job: ___')).toEqual([]);
    expect(has(await learned('Name: Priyanka Iyer; pronouns: she/they'), 'name', 'Priyanka')).toBe(true);
  });
});

describe('offline extraction: another person carried into the next sentence', () => {
  it('reads a fragment opening the sentence after one about another person as theirs', async () => {
    expect(await learned('my mate is gf, any places in soho that do decent gf pizza? going sat maybe')).toEqual([]);
    expect(has(await learned('my sister is staying with us. allergic to nuts, so what can I cook?'), 'allergies', 'nut')).toBe(false);
  });

  it('does not carry a thing as a subject ("my flat is tiny. vegan since 2019")', async () => {
    expect(has(await learned('my flat is tiny. vegan since 2019, need quick recipes'), 'diet', 'vegan')).toBe(true);
  });
});

describe("offline extraction: a message about someone else's matter", () => {
  it('reads nothing of the person a form, a question or homework is for', async () => {
    for (const content of [
      'asking for a friend: 34, vegan, lives in Leeds, what protein powder?',
      "Filling in my daughter's school form: name: Maya, allergic to peanuts, vegetarian, 9 years old.",
      'for my mum: 72, diabetic, lives alone in Bath. what meals can she freeze?',
      'my son homework, check grammar pls: "Describe yourself. I am 10 year old, I like football and minecraft"',
    ])
      expect(await learned(content), content).toEqual([]);
  });

  it("keeps the user's own statements beside the frame", async () => {
    expect(has(await learned("I'm a nurse, filling a visa form for my father"), 'role', 'nurse')).toBe(true);
    expect(has(await learned("my wife's visa application came through, we're moving to Toronto in May"), 'planned_move', 'Toronto')).toBe(true);
  });
});

describe('offline extraction: clauses that describe someone or something else', () => {
  const reasoner = new OfflineReasoner({ worker: false }, () => Date.parse('2026-12-02T10:00:00Z'));
  const learnedHere = (content: string) => reasoner.extract({ messages: [{ role: 'user', content }], profile: [] });
  const holds = (facts: { value: unknown }[], word: string) =>
    facts.some((f) => (Array.isArray(f.value) ? f.value : [f.value]).some((v) => String(v).toLowerCase().includes(word)));

  it('gives a relative clause to its noun ("a ranger whos vegan"), unless the noun is what the user is', async () => {
    expect(holds(await learnedHere('writing a story about a ranger whos vegan and scared of heights, any plot ideas'), 'vegan')).toBe(false);
    expect(holds(await learnedHere("I'm a paramedic who's vegan, quick high-protein lunches?"), 'vegan')).toBe(true);
  });

  it('reads examples as part of the clause they illustrate ("any allergies (e.g. nuts, dairy)" in a form)', async () => {
    expect(holds(await learnedHere('draft a sign-up form: name, phone, any allergies (e.g. sesame, eggs), shirt size'), 'sesame')).toBe(false);
  });

  it('gives what the helped one does to them ("help my daughter save for her first car")', async () => {
    expect(holds(await learnedHere('Trying to help my daughter save for her first car, she earns £60 a week'), 'car')).toBe(false);
    expect(holds(await learnedHere("I'm helping Dad move to Whitby next month"), 'whitby')).toBe(false);
  });

  it('reads "brother\'s diet is …" as someone else\'s', async () => {
    expect(holds(await learnedHere("brother's diet is strictly vegan, what do I cook for him?"), 'vegan')).toBe(false);
    expect(holds(await learnedHere("neighbour's kid speaks fluent Welsh"), 'welsh')).toBe(false);
    expect(holds(await learnedHere("flatmate's cat is called Biscuit"), 'cat')).toBe(false);
  });
});

describe('offline extraction: pasted data and plural subjects', () => {
  const reasoner = new OfflineReasoner({ worker: false }, () => Date.parse('2026-12-02T10:00:00Z'));
  const learnedHere = (content: string) => reasoner.extract({ messages: [{ role: 'user', content }], profile: [] });
  const holds = (facts: { value: unknown }[], word: string) =>
    facts.some((f) => (Array.isArray(f.value) ? f.value : [f.value]).some((v) => String(v).toLowerCase().includes(word)));

  it('reads no facts from rows of pasted data, but reads the user typing without spaces', async () => {
    const rows = await learnedHere('sort these by surname:\nfirst,last,role\nAmara,Obi,vet nurse\nTom,Reyes,barista');
    expect(holds(rows, 'vet nurse') || holds(rows, 'barista')).toBe(false);
    expect(holds(await learnedHere("I'm a midwife,vegan,live in Derby"), 'midwife')).toBe(true);
  });

  it('gives a plain verb joined to a plural subject to that subject ("staff who are over 40 and speak Swahili")', async () => {
    expect(holds(await learnedHere('list the members who are under 30 and speak Portuguese'), 'portuguese')).toBe(false);
    expect(holds(await learnedHere('we are vegetarian and live in Derby'), 'derby')).toBe(true);
  });
});

describe('offline extraction: a character the user plays', () => {
  const reasoner = new OfflineReasoner({ worker: false }, () => Date.parse('2026-12-02T10:00:00Z'));
  const learnedHere = (content: string) => reasoner.extract({ messages: [{ role: 'user', content }], profile: [] });
  const holds = (facts: { value: unknown }[], word: string) =>
    facts.some((f) => (Array.isArray(f.value) ? f.value : [f.value]).some((v) => String(v).toLowerCase().includes(word)));

  it('reads nothing of the character ("in our campaign I\'m playing an elf ranger who\'s a vegan herbalist")', async () => {
    const elf = await learnedHere("in our dnd campaign I'm playing an elf ranger who's a vegan herbalist from Waterdeep, name ideas?");
    expect(holds(elf, 'vegan') || holds(elf, 'ranger') || holds(elf, 'waterdeep')).toBe(false);
    expect(holds(await learnedHere("I'm vegan and I play a lot of board games"), 'vegan')).toBe(true);
  });
});

describe('offline extraction: forwarded mail, chat logs and writing handed over to be judged (session 16)', () => {
  it("reads forwarded mail as someone else's to the end of the message", async () => {
    const mail =
      "summarise pls\n\n---------- Forwarded message ---------\nFrom: Kevin Walsh\nSubject: office move\n\nHi all, from Monday I'm moving to the Manchester office. I'm also off dairy now.\nKevin";
    expect(await learned(mail)).toEqual([]);
    const headers = "can you answer this for me\nFrom: Dana Ruiz\nTo: team\nSubject: intro\nI'm the new designer, based in Lisbon";
    expect(await learned(headers)).toEqual([]);
  });

  it('keeps the user\'s own words before the forwarded part, and a "From:" line that is no mail header', async () => {
    const facts = await learned("I'm a nurse in Leeds. summarise this:\n\n-----Original Message-----\nFrom: HR\nSubject: rota\nI'm off to Spain");
    expect(has(facts, 'role', 'nurse')).toBe(true);
    expect(values(facts).join(' ')).not.toMatch(/Spain/);
    const own = await learned("I'm vegan.\nFrom: my phone, sorry for typos\nI live in Cork");
    expect(has(own, 'location', 'Cork')).toBe(true);
  });

  it("reads the lines of a pasted chat log as their speakers'", async () => {
    const log = "who's right here 😂\n[09:12] Tunde: I'm Chelsea till I die\n[09:13] Bisi: I'm allergic to that attitude. and to shrimp";
    expect(await learned(log)).toEqual([]);
    const list = "make a list from this:\n[Tolu]: I'll bring jollof\n[Ama]: I'm gluten free so I'll do a salad";
    expect(await learned(list)).toEqual([]);
    const exported = "12/03/2024, 09:12 - Tunde: I'm vegan now\nwho's bringing what?";
    expect(await learned(exported)).toEqual([]);
  });

  it("keeps the user's own line beside a chat log", async () => {
    const facts = await learned("I'm coeliac btw, so plan around that\n[Ama]: I'm bringing bread");
    expect(has(facts, 'health_conditions', 'coeliac') || has(facts, 'diet', 'coeliac') || has(facts, 'allergies', 'coeliac')).toBe(true);
    expect(values(facts).join(' ')).not.toMatch(/bread/i);
  });

  it('reads what follows "rate this CV:" as material, a blank line after the colon included', async () => {
    const cv =
      'rate this CV out of 10, be harsh:\n\nSiobhán Murphy\nRegistered Nurse, 8 yrs ICU, Cork University Hospital\nLanguages: Irish (fluent), Spanish (B2)\nInterests: sea swimming, choir';
    expect(await learned(cv)).toEqual([]);
    expect(await learned('rate this cover letter out of 10, be brutal: "I am a passionate chef with ten years in kitchens across Lyon and Milan."')).toEqual(
      [],
    );
    expect(await learned('make a user persona for our UX test: 34 year old nurse from Brisbane, two kids, uses an old Android')).toEqual([]);
  });
});

describe('offline extraction: sarcasm (session 16)', () => {
  it('learns nothing from a sentence that says the opposite of what it means', async () => {
    expect(await learned("oh sure because I'm definitely a millionaire 🙄 anyway what's 15% of 84")).toEqual([]);
    expect(values(await learned("yeah I'm SUCH a morning person 🙄 my alarm is my nemesis"))).not.toContain('morning person');
  });

  it('keeps an agreeing "yeah", an abbreviation in capitals and an eye-roll beside a true fact', async () => {
    expect(has(await learned("yeah I'm definitely vegan, since 2019"), 'diet', 'vegan')).toBe(true);
    expect(has(await learned("yeah I'm ADHD, diagnosed last year"), 'health_conditions', 'ADHD')).toBe(true);
    expect(has(await learned('broke my right wrist on the ice tues 🙄 so keep answers short pls'), 'injury', 'wrist')).toBe(true);
  });
});

describe('offline extraction: a wish for this one answer, and pasted rows between bars (session 16)', () => {
  it('keeps "this time" out of the standing style', async () => {
    expect(await learned('shorter pls, and bullet points this time')).toEqual([]);
    expect(has(await learned('always use bullet points with me'), 'communication_style', 'bullet')).toBe(true);
  });

  it('reads rows of fields between bars and banner lines as pasted data', async () => {
    const cvs =
      "can u shortlist from these 2 for me\n\n--- Candidate A ---\nPriya Nair | Data Analyst | 6 yrs | SQL, Tableau | Pune\n--- Candidate B ---\nMarcus Lee | BI Developer | 3 yrs | Power BI, DAX | Leeds\n\nfor context I'm the hiring manager";
    const facts = await learned(cvs);
    expect(values(facts).join(' ')).not.toMatch(/Candidate|DAX|Power BI|Tableau|Pune|Leeds/);
    expect(has(facts, 'role', 'hiring manager')).toBe(true);
    expect(has(await learned('me | nurse | vegan | Leeds'), 'diet', 'vegan')).toBe(true);
  });
});

describe('offline extraction: an abbreviation that is an everyday word (session 16)', () => {
  it('reads "add" as the verb and "ADD" as the condition', async () => {
    expect(keys(await learned('been vegan since 2019, I cook one base and add chicken for the kids at the end'))).not.toContain('health_conditions');
    expect(has(await learned('I have ADD, so short steps please'), 'health_conditions', 'ADD')).toBe(true);
  });
});

describe('offline extraction: an activity verb with a named object (session 16)', () => {
  it('reads "I write mostly Go at work" as the language, not writing as a hobby', async () => {
    const facts = await learned('I write mostly Go at work and a bit of Rust on weekends.');
    expect(keys(facts)).not.toContain('interests');
    expect(has(facts, 'expertise', 'Go')).toBe(true);
    expect(has(await learned('I write poetry on weekends'), 'interests', 'poetry')).toBe(true);
  });
});

describe('offline extraction: writing for someone else, and chat logs without brackets (session 16)', () => {
  it('reads what follows "a dating profile for my brother:" as his, fragments included', async () => {
    expect(await learned('write a dating profile for my brother: 31, loves hiking, works in IT, lives in Leeds')).toEqual([]);
    const own = await learned("write a dating profile for my brother: 31, loves hiking. I'm a nurse btw");
    expect(has(own, 'role', 'nurse')).toBe(true);
  });

  it('reads a form "for my dad pls:" as his', async () => {
    expect(await learned('fill this in for my dad pls:\nName: Thomas Reilly\nAllergies: penicillin\nOccupation: retired welder')).toEqual([]);
  });

  it("reads lines opened by two or more names as their speakers'", async () => {
    expect(await learned("which of these two is funnier\nTunde: I'm Chelsea till I die\nBisi: I'm allergic to shrimp lol")).toEqual([]);
  });

  it("keeps the user's own form, whose labels are the profile's words", async () => {
    const form = await learned("Hobbies: I love climbing\nWork: I'm a nurse in Leeds");
    expect(has(form, 'interests', 'climbing')).toBe(true);
    expect(has(form, 'role', 'nurse')).toBe(true);
  });
});

describe('offline extraction: questions without their mark, and material after "says:" or a dash (session 16)', () => {
  it('reads a sentence opened by an auxiliary and its subject as a question', async () => {
    expect(await learned('does a vegan diet give you enough iron')).toEqual([]);
    expect(await learned('do most Germans speak English')).toEqual([]);
    expect(await learned('is 35 too old to start learning piano')).toEqual([]);
  });

  it("keeps the user's fragments that open with an auxiliary", async () => {
    expect(has(await learned('was a teacher for 20 years, retired now'), 'work_status', 'retired')).toBe(true);
    expect(has(await learned('do yoga every morning before work'), 'interests', 'yoga')).toBe(true);
  });

  it('reads what someone says after "says:", lyrics, and material after a dash as not the user\'s', async () => {
    expect(await learned('Customer says: I am diabetic and your menu has no sugar info. How should we reply?')).toEqual([]);
    expect(await learned('lyrics: I am a rock, I am an island')).toEqual([]);
    expect(await learned('translate to French - I live in Dublin and work as a nurse')).toEqual([]);
  });

  it("keeps the user's words after a dash that follows a quote, and a colon after an earlier sentence's verb", async () => {
    const after = await learned(
      "My doctor said \"if you were diabetic you'd need to cut sugar out completely\" — I'm not, but I'm trying to cut down on sugar anyway.",
    );
    expect(values(after).join(' ')).toMatch(/sugar/i);
    const list = await learned("My family always asks and I never know what to say. Things I'm into: stained glass and geocaching.");
    expect(values(list).join(' ')).toMatch(/stained glass/i);
  });
});

describe('offline extraction: a roster of other people (session 16)', () => {
  it('reads "guests so far: Ana (vegan), Tom (nut allergy)" as theirs', async () => {
    expect(await learned('guests so far: Ana (vegan), Tom (nut allergy), Priya (no beef). what should I cook')).toEqual([]);
    expect(has(await learned("I'm vegan and my guests are easy. what should I cook"), 'diet', 'vegan')).toBe(true);
  });
});

describe('offline extraction: a person named with "the", and a dialogue with "Me:" (session 16)', () => {
  it('reads "the patient in bed 4 is 82, diabetic" and what follows as the patient\'s', async () => {
    expect(await learned('the patient in bed 4 is 82, diabetic and speaks only Punjabi. how do I get an interpreter?')).toEqual([]);
    expect(await learned('the kids are 5 and 7, what films are ok')).toEqual([]);
  });

  it('keeps a thing named with "the" as it was read ("the cold in Winnipeg is …")', async () => {
    expect(has(await learned('Being from Manila, the cold in Winnipeg is a completely different kind of suffering.'), 'location', 'Winnipeg')).toBe(true);
  });

  it('reads the other speaker of a "Her: … / Me: …" dialogue as theirs', async () => {
    expect(await learned('Her: I am moving to Dubai next month\nMe: wow congrats\nHow do I tell her I will miss her?')).toEqual([]);
  });
});

describe('offline extraction: help asked with a task is no style (session 16)', () => {
  it('reads "help me reply to my landlord" as a task', async () => {
    expect(await learned('help me reply to my landlord')).toEqual([]);
    expect(await learned('abeg help me reply my customer, she said she is vegetarian')).toEqual([]);
    expect(has(await learned('always reply to me in short bullet points'), 'communication_style', 'bullet')).toBe(true);
  });
});
