import { describe, expect, it } from 'vitest';
import { has, learned } from '../helpers/extracted.js';

/**
 * Session 36: general readings found on round 37's development thirds (streamers and esports players, pharmacists,
 * call-centre workers). Each behaviour beside a near miss that must stay as it was.
 */

describe('offline extraction: identity and work', () => {
  it('reads an age and an occupation a fragment opens with ("34 hospital pharmacist two kids …")', async () => {
    const fragment = await learned('34 hospital pharmacist two kids migraine prone need a simple rota template for the dispensary');
    expect(has(fragment, 'age', '34')).toBe(true);
    expect(has(fragment, 'role', 'hospital pharmacist')).toBe(true);
    const nurse = await learned('28 nurse from Cebu, need help with my CV');
    expect(has(nurse, 'age', '28')).toBe(true);
    expect(has(nurse, 'role', '28 nurse')).toBe(false);
    expect(has(nurse, 'role', 'nurse')).toBe(true);
    // (A count of people or of hours is no age.)
    expect((await learned('20 teachers in my school')).some((f) => f.key === 'age')).toBe(false);
    expect((await learned('40 hours a week at the hospital')).some((f) => f.key === 'age')).toBe(false);
  });

  it('knows casters and prescribers as jobs and qualifications', async () => {
    expect(has(await learned("I'm a Rocket League caster from Cork, heading to Gamescom in August"), 'role', 'caster')).toBe(true);
    const ip = await learned('just qualified as an independent prescriber!! 🎉 can you help me with a patient leaflet?');
    expect(ip.some((f) => JSON.stringify(f.value).toLowerCase().includes('independent prescriber'))).toBe(true);
    expect(ip.some((f) => JSON.stringify(f.value).toLowerCase().includes('prescribed'))).toBe(false);
  });
});

describe('offline extraction: health, languages, goals', () => {
  it('knows conditions of the eyes', async () => {
    const eyes = await learned("I already wear blue-light glasses on stream and I still get eye strain every night, plus I've got astigmatism.");
    expect(has(eyes, 'health_conditions', 'astigmatism')).toBe(true);
    expect(has(eyes, 'health_conditions', 'eye strain')).toBe(true);
  });

  it('reads the languages the user streams or commentates in', async () => {
    const stream = await learned('I stream in Tagalog and English, how do I set up bilingual stream titles?');
    expect(has(stream, 'language', 'Tagalog')).toBe(true);
    expect(has(stream, 'language', 'English')).toBe(true);
    // (A stream someone else runs in a language is theirs.)
    expect((await learned('my brother streams in Tagalog')).some((f) => f.key === 'language')).toBe(false);
  });

  it('reads goals counted or ranked before their label ("Two goals: …", "main goal: …")', async () => {
    const two = await learned('Two goals: 1k subs on YouTube by December, and launch merch right after. Which do I focus on first?');
    expect(has(two, 'goals', '1k subs')).toBe(true);
    expect(has(two, 'goals', 'merch')).toBe(true);
    expect(has(await learned('main goal: pass the GPhC exam'), 'goals', 'GPhC')).toBe(true);
    // (Someone else's goals stay theirs.)
    expect((await learned('my mate has two goals: make the team and pass his exams')).some((f) => f.key === 'goals')).toBe(false);
  });
});

describe('offline extraction: names and phrases', () => {
  it('reads a full name said as a fragment ("Call me Joy, full name Maria Joy Dizon")', async () => {
    const joy = await learned('Hello po! Call me Joy, full name Maria Joy Dizon 😊 RPh from Cebu, been working in Riyadh');
    expect(has(joy, 'full_name', 'Maria Joy Dizon')).toBe(true);
    expect(has(joy, 'name', 'Joy')).toBe(true);
    // (Someone else's full name is theirs.)
    expect((await learned("my son's full name Daniel James Okoro")).some((f) => f.key === 'full_name')).toBe(false);
  });

  it('ends a phrase before a time said after it, and reads a number of people as no title', async () => {
    const promoted = await learned('Got promoted to team leader last month!! 14 agents under me at Concentrix in Cape Town');
    expect(promoted.find((f) => f.key === 'role')?.value).toBe('team leader');
    expect(has(await learned("I'm a night manager this summer at a hotel"), 'role', 'night manager')).toBe(true);
    expect(has(await learned('911 dispatcher here, nights mostly'), 'role', '911 dispatcher')).toBe(true);
  });

  it('reads a visa a move is planned on as not held yet', async () => {
    const planned = await learned("We're in Leeds and planning to move to Portugal on a D7 visa next spring — what income do they want to see?");
    expect(planned.some((f) => f.key === 'immigration_status')).toBe(false);
    expect(has(await learned("I'm on a Tier 2 visa till 2027"), 'immigration_status', 'Tier 2 visa')).toBe(true);
    // (An interview at the Home Office says nothing of the user's trade.)
    expect((await learned('substantive interview at the home office next wednesday.')).some((f) => f.key === 'industry')).toBe(false);
  });
});

describe('offline extraction: diet and pastimes', () => {
  it('reads the diet the user is now after what they stopped ("…, so fully vegetarian now")', async () => {
    const now = await learned('used to be pescatarian but I stopped eating fish last year, so fully vegetarian now. high protein snacks?');
    expect(has(now, 'diet', 'vegetarian')).toBe(true);
    expect(has(now, 'diet', 'pescatarian')).toBe(false);
    expect((await learned('my sister stopped eating meat, so vegan now')).some((f) => f.key === 'diet')).toBe(false);
  });

  it('reads what the user is "all about" and what "is life" as pastimes', async () => {
    expect(has(await learned("used to game loads, but now I'm all about running"), 'interests', 'running')).toBe(true);
    expect(has(await learned('Karaoke is life haha 🎤 every Friday after shift'), 'interests', 'Karaoke')).toBe(true);
    expect((await learned('my brother is all about football')).some((f) => f.key === 'interests')).toBe(false);
    expect((await learned("my dad's golf is his life")).some((f) => f.key === 'interests')).toBe(false);
  });
});
