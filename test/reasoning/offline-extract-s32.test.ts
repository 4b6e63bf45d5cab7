import { describe, expect, it } from 'vitest';
import { answered, has, keys, learned } from '../helpers/extracted.js';

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
