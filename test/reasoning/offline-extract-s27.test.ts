import { describe, expect, it } from 'vitest';
import { answered, has, learned, learnedOver } from '../helpers/extracted.js';

/**
 * Session 27: extraction classes from the development sets, each with near misses that must not change.
 */

describe('offline extraction: a book under way', () => {
  it('keeps a title that opens with its own "The"', async () => {
    expect(has(await learned("I'm currently reading The Overstory."), 'current_reading', 'the overstory')).toBe(true);
    expect(has(await learned("I'm halfway through Demon Copperhead and loving it"), 'current_reading', 'demon copperhead')).toBe(true);
  });

  it('reads no book in a paper read with a small "the"', async () => {
    expect(has(await learned("I'm reading the Guardian every morning"), 'current_reading', 'guardian')).toBe(false);
  });
});

describe("offline extraction: where the user lives, beside someone else's place", () => {
  it('reads the place of the person just named as theirs, and "here in" as the speaker\'s', async () => {
    const nakuru = await learned("I'm in Nakuru and I also pay rent for my mum in Kisumu, so it's two households on KSh 85,000 a month.");
    expect(has(nakuru, 'location', 'nakuru')).toBe(true);
    expect(has(nakuru, 'location', 'kisumu')).toBe(false);
    expect(has(nakuru, 'location', 'households')).toBe(false);
    expect(has(await learned('Our oldest is in French immersion here in Ottawa and we speak no French.'), 'location', 'ottawa')).toBe(true);
  });

  it('still reads the place of the people the user lives with', async () => {
    expect(has(await learned('27, still living with my parents in Mississauga to save for a condo'), 'location', 'mississauga')).toBe(true);
  });
});

describe('offline extraction: a number corrected as it is said', () => {
  it('takes the number after "wait, no," as the one meant', async () => {
    const facts = await learned("I'm 41 — wait, no, 42, my birthday was in March and the kids made me a cake");
    expect(has(facts, 'age', '42')).toBe(true);
    expect(has(facts, 'age', '41')).toBe(false);
  });

  it('corrects nothing with a "no," that follows no correction word', async () => {
    expect(has(await learned("I'm 41, no, I don't want a party"), 'age', '41')).toBe(true);
  });
});

describe('offline extraction: pay', () => {
  it('reads what the user earns, with its sign, "k" and period', async () => {
    expect(has(await learned("I'm 29 and make about 68k. Should I go Roth or traditional?"), 'salary', '68k')).toBe(true);
    expect(has(await learned("I'm on £38,500 a year, can you work out my take-home?"), 'salary', '£38,500 a year')).toBe(true);
    expect(has(await learned('I make £12.50 an hour at the café'), 'salary', '£12.50 an hour')).toBe(true);
    expect(has(await learned("my salary's 45k since the April pay rise"), 'salary', '45k')).toBe(true);
  });

  it('reads no pay in a number that is not money', async () => {
    expect(has(await learned('I make 3 batches a week'), 'salary', '3')).toBe(false);
    expect(has(await learned("I'm on 2 a day for my blood pressure"), 'salary', '2')).toBe(false);
    expect(has(await learned("I'm on 20mg of citalopram"), 'salary', '20')).toBe(false);
  });

  it('replaces the amount when a typo is corrected', async () => {
    const facts = await learnedOver("I'm on £38,500 a year, can you work out my take-home?", "sorry, typo 🤦 it's £35,800 not £38,500");
    const salary = facts.filter((f) => f.key === 'salary');
    expect(salary.map((f) => f.value)).toEqual(['£35,800']);
  });
});

describe('offline extraction: a team followed, in Australian English', () => {
  it('reads "barrack for"', async () => {
    expect(has(await learned('I run the office AFL tipping comp and barrack for the Dockers (sorry).'), 'interests', 'dockers')).toBe(true);
    expect(has(await learned('we barrack for Collingwood'), 'interests', 'collingwood')).toBe(true);
  });
});

describe('offline extraction: a goal the user needs to reach', () => {
  it('reads "need to" with the year or "finally" as a goal', async () => {
    expect(has(await learned('Need to finally learn to drive this year — two buses to nursery'), 'goals', 'learn to drive')).toBe(true);
  });

  it('reads no goal in a chore for this week', async () => {
    expect(has(await learned('I need to email my boss this week'), 'goals', 'email')).toBe(false);
  });
});

describe('offline extraction: a thing refused outright, and "old school"', () => {
  it('reads "won\'t touch X" as a dislike, "old school" as no school', async () => {
    const facts = await learned("Old school here — I do cash envelopes for groceries, and I won't touch buy now pay later.");
    expect(has(facts, 'dislikes', 'buy now pay later')).toBe(true);
    expect(facts.some((f) => f.key === 'education')).toBe(false);
  });

  it('reads no dislike in "won\'t touch it" or an instruction', async () => {
    expect((await learned("I won't touch it")).some((f) => f.key === 'dislikes')).toBe(false);
    expect((await learned("don't touch the settings please")).some((f) => f.key === 'dislikes')).toBe(false);
  });
});

describe('offline extraction: a job kept on new terms', () => {
  it('reads the job after "went part time as", "went back as"', async () => {
    expect(has(await learned('the drop-offs are all me since I went part time as a bookkeeper.'), 'role', 'bookkeeper')).toBe(true);
    expect(has(await learned('I went back as a nurse after the kids'), 'role', 'nurse')).toBe(true);
  });

  it('reads no job in a costume', async () => {
    expect((await learned('I went as a pirate to the party')).some((f) => f.key === 'role')).toBe(false);
  });
});

describe('offline extraction: pastimes by their full names', () => {
  it('reads "surf fishing" whole and "canicross"', async () => {
    expect(has(await learned("Gave up golf when the fees went up, these days it's surf fishing off the beach"), 'interests', 'surf fishing')).toBe(true);
    expect(has(await learned('Me and my collie Bramble have started doing canicross on Saturday mornings'), 'interests', 'canicross')).toBe(true);
  });
});

describe('offline extraction: a short answer with a remark joined on', () => {
  it('reads the answer before "so", "but", "cos"', async () => {
    const reply = await answered('Nursery funding works a bit differently in each part of the UK — whereabouts are you?', 'cardiff so welsh rules i guess');
    expect(has(reply, 'location', 'cardiff')).toBe(true);
    expect(has(reply, 'location', 'welsh')).toBe(false);
  });
});

describe('offline extraction: "a levels"', () => {
  it('keeps the "a" of the qualification', async () => {
    const reply = await answered('Before I suggest any courses, do you have any qualifications already?', 'a levels and 2 yrs of a nursing degree');
    expect(has(reply, 'education', 'a levels')).toBe(true);
  });
});
