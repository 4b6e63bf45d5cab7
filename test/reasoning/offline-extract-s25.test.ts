import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '../../src/profiles/reasoning.js';
import { has, learned, reasoner } from '../helpers/extracted.js';

/**
 * Session 25: extraction classes from the development sets of round 26 (requests to draft, sign and book; faith and
 * community life; job hunting) — the name a message is signed with, a hedged request, places said beside a kind of
 * workplace or inside the ask, and pastimes kept up for years or made in a group — each with near misses that must not change.
 */

const answered = (question: string, reply: string): Promise<ExtractedFact[]> =>
  reasoner.extract({
    messages: [
      { role: 'assistant', content: question },
      { role: 'user', content: reply },
    ],
    profile: [],
  });

describe('offline extraction: the name a message is signed with', () => {
  it('reads the name after the thing signed, after the object, or after a closing word', async () => {
    expect(has(await learned('Can you sign off the cover letter as Sam Okafor (they/them)?'), 'name', 'Sam Okafor')).toBe(true);
    expect(has(await learned("Sign it Peggy — nobody's called me Margaret since primary school."), 'name', 'Peggy')).toBe(true);
    expect(has(await learned("draft a thank-you to the caterers? sign off 'Cheers, Liam' like I always do"), 'name', 'Liam')).toBe(true);
  });

  it('keeps a name given before, and reads no name signed by two or of a sign-in', async () => {
    const seun = await learned("Name's Oluwaseun but everyone on watch calls me Seun, so sign the email off as Seun please.");
    expect(has(seun, 'name', 'Oluwaseun')).toBe(true);
    expect(has(seun, 'preferred_name', 'Seun')).toBe(true);
    expect(has(await learned('can you sign the card from Peggy and Joe'), 'name', 'Peggy')).toBe(false);
    expect(await learned('sign in with Google please')).toEqual([]);
    expect(has(await learned('should I sign it as my boss?'), 'name', 'boss')).toBe(false);
  });

  it('reads the reply to a question about how to sign, a hyphenated name whole', async () => {
    const mine = await answered('Whose name should go at the bottom?', 'mine — Declan Fitzgerald. and keep it short');
    expect(has(mine, 'name', 'Declan Fitzgerald')).toBe(true);
    const title = await answered('What name and title should I sign it off with?', 'kwabena owusu-ansah, assembly member for asokwa');
    expect(title.find((f) => f.key === 'name')?.value).toBe('Kwabena Owusu-Ansah');
    expect(has(await answered("What's your name?", 'Mary-Jane Watson'), 'name', 'Mary-Jane Watson')).toBe(true);
  });
});

describe('offline extraction: a request opened by a hedge, and what could be', () => {
  it('learns no event from a request asked with "reckon you could"', async () => {
    expect(await learned("reckon you could draft a thank-you to the caterers from Saturday's do?")).toEqual([]);
    expect(await learned('think you could check my cv before friday?')).toEqual([]);
  });

  it('learns no event from what the user could do', async () => {
    const facts = await learned("I'm in Perth — sorry, Perth in Scotland, not Australia — and looking for a Quaker meeting I could get to on a Sunday.");
    expect(facts.some((f) => f.key === 'upcoming_events')).toBe(false);
  });
});

describe('offline extraction: places beside a kind of workplace, after a town, inside the ask', () => {
  it('reads where a charity for someone is', async () => {
    const facts = await learned("I work as a fundraising officer for a children's charity in Kisumu.");
    expect(has(facts, 'location', 'Kisumu')).toBe(true);
    expect(facts.some((f) => f.key === 'industry' && JSON.stringify(f.value).includes("'s"))).toBe(false);
    expect(has(await learned("my mum's flat in Leeds is cold"), 'location', 'Leeds')).toBe(false);
    expect(has(await learned("I have a master's in public health from Edinburgh"), 'location', 'Edinburgh')).toBe(false);
  });

  it('reads a town and the country it is in', async () => {
    expect(has(await learned("I'm in Perth — sorry, Perth in Scotland, not Australia"), 'location', 'Perth, Scotland')).toBe(true);
    expect(has(await learned('I work at Google in London'), 'location', 'Google')).toBe(false);
  });

  it('reads "near me in" inside a question, and a known town read as a verb', async () => {
    expect(has(await learned('how do i find one near me in stoke'), 'location', 'stoke')).toBe(true);
    expect(has(await learned('any good jobs near me in Stoke?'), 'location', 'Stoke')).toBe(true);
  });

  it('does not read a town that is also a word before a noun', async () => {
    expect(has(await learned("I'm interested in reading books"), 'location', 'reading')).toBe(false);
    expect(has(await learned('I live in reading'), 'location', 'reading')).toBe(true);
    expect(has(await learned('we live in bath near the abbey'), 'location', 'bath')).toBe(true);
  });
});

describe('offline extraction: pastimes kept up for years, and a group the user sings or plays in', () => {
  it('reads what the user has been doing for years', async () => {
    expect(has(await learned('Been ringing church bells for about 15 years, mostly Grandsire and Stedman.'), 'interests', 'bells')).toBe(true);
    expect(has(await learned("I've been knitting for years"), 'interests', 'knitting')).toBe(true);
    expect(has(await learned('been keeping bees for about 6 years now'), 'interests', 'bees')).toBe(true);
  });

  it('does not read work, a home or waiting as a pastime', async () => {
    expect((await learned('been working at Tesco for 5 years')).some((f) => f.key === 'interests')).toBe(false);
    expect(await learned("I've been renting this flat for 3 years")).toEqual([]);
    expect(await learned('been waiting for 3 years')).toEqual([]);
  });

  it('reads the choir or orchestra the user is part of', async () => {
    expect(has(await learned('i sing alto in the youth choir at my parish'), 'interests', 'choir')).toBe(true);
    expect(has(await learned('I play second violin in the county orchestra'), 'interests', 'orchestra')).toBe(true);
    expect(has(await learned('I play football in the park on Sundays'), 'interests', 'park')).toBe(false);
  });
});

describe('offline extraction: a misspelling is a word outside the vocabulary, and a pastime got into', () => {
  it('does not read a real word one letter from a lexicon entry as that entry', async () => {
    expect(await learned('been waiting for 3 years')).toEqual([]);
    const move = await learned('we move house this saturday so cancel the gym reminders for the weekend');
    expect(has(move, 'upcoming_events', 'move house')).toBe(true);
    expect(move.some((f) => f.key === 'health_conditions')).toBe(false);
  });

  it('reads a pastime the user got into, not a place or a university got into', async () => {
    expect(has(await learned('since lockdown ive got really into growing chillies out there'), 'interests', 'chillies')).toBe(true);
    expect(has(await learned("I've been getting into bouldering lately"), 'interests', 'bouldering')).toBe(true);
    expect((await learned('we got into town at 9')).some((f) => f.key === 'interests')).toBe(false);
    expect(has(await learned('I got into uni last year'), 'interests', 'uni')).toBe(false);
  });

  it('reads spare time as a habit, not a spare key', async () => {
    expect(await learned('I keep a spare key under the blue pot')).toEqual([]);
    expect(has(await learned('in my spare time I restore old bikes'), 'interests', 'bikes')).toBe(true);
  });
});

describe('offline extraction: goals weighed, named by a cleft, or said with a time', () => {
  it('reads the goal after a time said between the attribute and its verb', async () => {
    const facts = await learned('My goal for the next 3 years is to save enough for Hajj for me and my mum.');
    expect(has(facts, 'goals', 'save enough for Hajj')).toBe(true);
    expect(facts.some((f) => f.key === 'goals' && JSON.stringify(f.value) === '["mum"]')).toBe(false);
  });

  it('reads "what I want now is to …" as a goal, not a question', async () => {
    expect(has(await learned('what I want now is to become a licensed lay minister in the diocese.'), 'goals', 'lay minister')).toBe(true);
    const cert = await learned('What I want to do is a postgrad cert in MRI so I can cross-train.');
    expect(has(cert, 'goals', 'postgrad cert in MRI')).toBe(true);
    expect(has(cert, 'education', 'what i want')).toBe(false);
    expect(await learned('what i want is for you to rewrite this')).toEqual([]);
  });

  it('reads a step the user is thinking about, after a comma too', async () => {
    expect(has(await learned('seriously thinking about standing for the town council in the may elections.'), 'goals', 'town council')).toBe(true);
    const apprentice = await learned("im 17 and i don't want to go to uni, thinking a level 3 electrical apprenticeship instead.");
    expect(has(apprentice, 'goals', 'apprenticeship')).toBe(true);
    expect(has(apprentice, 'goals', 'instead')).toBe(false);
    expect(has(await learned("I'm 34 and thinking about a career change into data analysis"), 'goals', 'data analysis')).toBe(true);
    expect((await learned('thinking about dinner')).some((f) => f.key === 'goals')).toBe(false);
    expect(await learned('I keep thinking about my ex')).toEqual([]);
  });

  it('reads a goal of sitting a test', async () => {
    expect(has(await learned('I want to sit my citizenship test before the end of the year so I can finally vote here.'), 'goals', 'citizenship')).toBe(true);
  });
});

describe('offline extraction: what was never done is no standing preference, and a negated request keeps its negation', () => {
  it('learns nothing from "never done anything political before"', async () => {
    expect(await learned('never done anything political before')).toEqual([]);
    expect(has(await learned('I never take calls after 6pm'), 'preferences', 'no calls after 6pm')).toBe(true);
  });

  it('keeps "never" with the request it negates', async () => {
    expect(has(await learned('never use emojis with me'), 'communication_style', 'never use emojis')).toBe(true);
  });
});

describe('offline extraction: standing requests said as fragments', () => {
  it('reads "british spelling please" after a clause that says from now on, and a recruiter as someone else', async () => {
    const facts = await learned("whatever you write for me from now on, british spelling please — a recruiter once told me my CV looked 'very american'");
    expect(has(facts, 'communication_style', 'british spelling')).toBe(true);
    expect(has(facts, 'role', 'recruiter')).toBe(false);
  });

  it('still reads a language named first in a reply with "pls"', async () => {
    const facts = await answered('Which language would you like the summary in?', "hausa pls, it's my first language");
    expect(has(facts, 'language', 'hausa')).toBe(true);
  });

  it('reads "keep my text drafts short", a thing wanted always and a thing never wanted', async () => {
    const drafts = await learned('keep my text drafts short and no emojis please, they look daft coming from someone my age.');
    expect(has(drafts, 'communication_style', 'short')).toBe(true);
    expect(has(drafts, 'communication_style', 'no emojis')).toBe(true);
    const flights = await learned("Two things for any flights you find me: window seat always, and never Ryanair if there's any other option.");
    expect(has(flights, 'preferences', 'window seat')).toBe(true);
    expect(has(flights, 'preferences', 'never Ryanair')).toBe(true);
  });

  it('reads no material handed over after a colon, and no quotation as a thing never wanted', async () => {
    const euros = await learned('Always show amounts in euros please. Can you total up Q1 from these: 1,200 / 850 / 2,340 / 400');
    expect(euros.some((f) => JSON.stringify(f.value).includes('2,340'))).toBe(false);
    const quote = await learned("Never 'I hope this email finds you well', I can't stand it.");
    expect(has(quote, 'preferences', 'never quote')).toBe(false);
  });
});

describe('offline extraction: events said as what the user is doing, reaching or preparing for', () => {
  it('reads an event of "our", a fragment opening on what the user will be doing, and a stage reached', async () => {
    expect(has(await learned("Our 10th wedding anniversary is on the 14th — what's the traditional gift?"), 'upcoming_events', 'anniversary')).toBe(true);
    const march = await learned('Marching with the climate mob in Melbourne on Saturday — what are my rights?');
    expect(has(march, 'upcoming_events', 'climate')).toBe(true);
    expect(march.some((f) => f.key === 'industry')).toBe(false);
    expect(has(await learned('Got through to the final round and it includes lunch with the team.'), 'upcoming_events', 'final round')).toBe(true);
    expect(
      has(await learned('Need help to prepare for managerial round tomorrow itself, kindly give likely questions.'), 'upcoming_events', 'managerial round'),
    ).toBe(true);
  });

  it('does not read a trip twice, and still reads an employer after "work with"', async () => {
    const trip = await learned('Flying to Lagos on Friday, what should I pack?');
    expect(trip.filter((f) => f.key === 'upcoming_events')).toEqual([]);
    expect(has(await learned('I work with a law firm in Leeds'), 'industry', 'law')).toBe(true);
  });

  it("reads no role from a person of the user's named by their job, but the user's own role for their people", async () => {
    const refs = await learned('references being checked this week for the new job, my old supervisor at tesco never replies to emails.');
    expect(refs.some((f) => f.key === 'role')).toBe(false);
    expect(has(await learned("I've been our Jira admin for six years."), 'role', 'Jira admin')).toBe(true);
  });
});

describe('offline extraction: family, pets and work status said in passing', () => {
  it('reads the parent a status makes the user, and the one they look after', async () => {
    expect(has(await learned("Single dad, two boys (11 and 8), and I'm at the office until 6 most days."), 'family', 'single dad')).toBe(true);
    expect(has(await learned("I look after my mum, she's got Parkinson's, so whatever I go for has to be local."), 'family', 'carer for mum')).toBe(true);
    expect(has(await learned('I finish work at 5 after my shift ends I go to the gym'), 'family', 'shift')).toBe(false);
  });

  it('reads a pet named before "my" and an age written with hyphens, even beside a wish', async () => {
    const biscuit = await learned('Honestly the main reason I want a hybrid job is Biscuit, my 2-year-old cockapoo');
    expect(has(biscuit, 'pets', 'cockapoo Biscuit')).toBe(true);
    expect(has(await learned('Biscuit, my cockapoo, hates the rain'), 'pets', 'Biscuit')).toBe(true);
    expect(has(await learned('London, my favourite city, is expensive'), 'pets', 'London')).toBe(false);
    expect(has(await learned("I'd love a dog, my kids keep asking"), 'pets', 'dog')).toBe(false);
  });

  it('reads a work status after an age and "and"', async () => {
    expect(has(await learned('58 and just been made redundant after 31 years at the same bank.'), 'work_status', 'redundant')).toBe(true);
  });
});

describe('offline extraction: where the user volunteers', () => {
  it('reads a place or group the user gives time to, and no employer or industry from it', async () => {
    const bank = await learned('I do the Tuesday shift at the food bank, can you help me make a stock checklist for it?');
    expect(has(bank, 'volunteering', 'food bank')).toBe(true);
    expect(bank.some((f) => f.key === 'industry' || f.key === 'company')).toBe(false);
    expect(has(await learned("back at the soup kitchen tonight, they've put me on the serving line"), 'volunteering', 'soup kitchen')).toBe(true);
    expect(has(await learned("these days it's just the tenants' association for me"), 'volunteering', 'tenants')).toBe(true);
    expect(has(await learned('I volunteer with the Samaritans'), 'volunteering', 'Samaritans')).toBe(true);
  });

  it("does not read someone else's volunteering or a place only named", async () => {
    expect(await learned('my mum volunteers at the food bank')).toEqual([]);
    expect(await learned('the food bank near me is closing')).toEqual([]);
  });
});

describe('offline extraction: routines, an opener before the statement, and principles tried', () => {
  it('reads a week of routines as habits, not as events', async () => {
    const week = await learned("I work 8 till 4 at the council, Monday to Thursday. I've got yoga Thursday nights");
    expect(week.some((f) => f.key === 'upcoming_events')).toBe(false);
    expect(has(week, 'interests', 'yoga')).toBe(true);
    expect(has(await learned('the dentist got moved from tuesday to wednesday'), 'upcoming_events', 'dentist')).toBe(true);
    expect(has(await learned('I have yoga on Thursday'), 'upcoming_events', 'yoga')).toBe(true);
  });

  it('reads the statement after "funny thing is"', async () => {
    const facts = await learned("funny thing is I'm in the same boat, 33 and halfway through an electrical apprenticeship with a firm in Cork");
    expect(has(facts, 'age', '33')).toBe(true);
    expect(has(facts, 'location', 'Cork')).toBe(true);
  });

  it('reads what the user tries not to buy', async () => {
    expect(has(await learned('I try not to buy anything from Amazon if I can help it.'), 'values', 'avoids Amazon')).toBe(true);
    expect(await learned('I try not to eat too much sugar')).toEqual([]);
  });
});

describe('offline extraction: getting about without a car, an age asked about, and a step the user is keen on', () => {
  it('reads no car and no licence, and "I don\'t drive"', async () => {
    const bus = await learned("no car and no licence so it's gotta be on a bus route, 45 min each way max.");
    expect(has(bus, 'transport', 'no car')).toBe(true);
    expect(has(bus, 'transport', 'no driving licence')).toBe(true);
    expect(has(await learned("I don't drive"), 'values', "doesn't drive")).toBe(true);
    expect(await learned('no car is faster than mine')).toEqual([]);
  });

  it('reads the age the user asks about being too old at', async () => {
    expect(has(await learned('Keen on a carpentry apprenticeship, is 38 too old to be an apprentice builder?'), 'age', '38')).toBe(true);
    expect(await learned('is 35 too old to start learning piano')).toEqual([]);
  });

  it('reads a step the user is keen on as a goal, not as schooling', async () => {
    const keen = await learned('Keen on a carpentry apprenticeship, is 38 too old to be an apprentice builder?');
    expect(has(keen, 'goals', 'carpentry apprenticeship')).toBe(true);
    expect(has(keen, 'education', 'keen')).toBe(false);
    expect(has(await learned("I'm interested in a career in nursing"), 'goals', 'career in nursing')).toBe(true);
  });
});
