import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 34: readings found on round 35's development thirds — heads that are not what is asked ("which suits her
 * better?", "what's got her …", what one trained as), counts in values, teams and groups, keys that are the noun asked for,
 * places one is from, prefixed language names, and compounds in a head.
 */

const { cited, reasoner } = offlineCiter();

describe('offline dialectic: which option fits the user', () => {
  const aoife = factsOf({
    name: 'Aoife',
    learning_style: 'learns best with active recall and flashcards; loses focus in long readings',
    study_tools: ['Anki', 'Notion'],
    diet: 'vegetarian',
    commute: 'cycles to campus',
  });

  it('reads a third-person verb with the user as its object as no head', async () => {
    expect(await cited(aoife, 'long reading lists or flashcards — which suits her better?')).toEqual(['learning_style']);
    expect(await cited(aoife, 'flashcards or long readings, which works for her?')).toEqual(['learning_style']);
  });

  it('still reads a noun after "which" as the head', async () => {
    expect(await cited(aoife, 'which apps does she study with?')).toEqual(['study_tools']);
  });
});

describe('offline dialectic: a count in a value', () => {
  const grace = factsOf({
    name: 'Grace',
    job_search_status: 'actively applying since April; 3 processes open',
    role: 'product manager',
    location: 'Manchester',
  });

  it('answers how many of a thing the value counts, past a month before a separator', async () => {
    expect(await cited(grace, 'how many processes has she got going rn')).toEqual(['job_search_status']);
  });

  it('still abstains on a count the profile does not hold', async () => {
    expect(await cited(grace, 'how many interviews has she done this week?')).toEqual([]);
  });
});

describe('offline dialectic: teams, schools and places', () => {
  const kobby = factsOf({
    name: 'Kobby',
    location: 'Manchester',
    interests: ['Manchester City', 'collecting highlife vinyl', 'five-a-side on Wednesday nights'],
    role: 'barber',
  });

  it('reads "who\'s his team?" as a group asked for, and a club named like "Manchester City" as a team', async () => {
    expect(await cited(kobby, 'whos his footy team')).toEqual(['interests']);
    // (A city that is a home is no club: "Mexico City" answers where, not which team.)
    const ana = factsOf({ name: 'Ana', location: 'Mexico City', interests: ['salsa', 'baking'] });
    expect(await cited(ana, 'which football team does she support?')).toEqual([]);
  });

  it('reads a rugby side as a team supported', async () => {
    const gareth = factsOf({ name: 'Gareth', favorite_team: 'Ospreys', location: 'Swansea', hobbies: ['wheelchair rugby', 'fishing'] });
    expect(await cited(gareth, 'which rugby side does he shout for')).toEqual(['favorite_team']);
  });

  it('answers a key that is the very noun asked for, when no other key answers its concept', async () => {
    const tomasz = factsOf({
      name: 'Tomasz',
      role: 'geography teacher and head of year 10',
      school: 'Avonvale Academy',
      education: ['BSc Geography', 'PGCE, University of the West of England'],
    });
    expect(await cited(tomasz, 'which school is he at these days')).toContain('school');
  });

  it('finds a hometown for "which part of X is she from"', async () => {
    const niamh = factsOf({ name: 'Niamh', location: 'Brisbane', hometown: 'Letterkenny, Co. Donegal', role: 'bridal hairstylist' });
    expect(await cited(niamh, 'which part of ireland is she from')).toEqual(['hometown']);
  });

  it('knows a language named with its own prefix', async () => {
    const mercy = factsOf({ name: 'Mercy', languages: ['English', 'Kiswahili', 'Kikuyu'], location: 'Nakuru' });
    expect(await cited(mercy, 'if i write the notice in swahili will she understand')).toEqual(['languages']);
  });
});

describe('offline dialectic: how the user is feeling', () => {
  it('reads "is she feeling alright?" as a question on health', async () => {
    const mei = factsOf({ name: 'Mei', current_status: 'recovering from a chest infection', skills: ['Figma'], location: 'Fremantle' }, ['current_status']);
    expect(await cited(mei, 'is she feeling alright at the moment?')).toEqual(['current_status']);
    expect(await cited(mei, 'is she feeling poorly this week?')).toEqual(['current_status']);
  });
});

describe('offline dialectic: heads that are not what is asked', () => {
  const ama = factsOf({
    name: 'Ama',
    role: 'Year 3 teacher',
    current_focus: 'preparing her class for the KHDA inspection',
    location: 'Dubai',
    education: ['BEd, University of Cape Coast', 'PGCE, University of Sunderland'],
    protein_target_g: 150,
  });

  it('reads "what\'s got her …" as "what has", with no head', async () => {
    expect(await cited(ama, "what's got her so busy this week?")).toEqual(['current_focus']);
    // (Abstaining, it names no "got" as the thing the profile lacks.)
    const answer = await reasoner.answer({ question: "what's got her stressed about money?", facts: ama, history: [] });
    expect(answer.facts_used).toEqual([]);
    expect(answer.text).not.toMatch(/\bgot\b/);
  });

  it('reads what the user trained as as the training, not the job held', async () => {
    expect(await cited(ama, 'where did she train as a teacher?')).toEqual(['education']);
    expect(await cited(ama, 'what does she teach?')).toEqual(['role']);
  });

  it('reads "how many grams of protein" as a question on protein', async () => {
    expect(await cited(ama, 'how many grams of protein is she aiming for?')).toEqual(['protein_target_g']);
    // (A unit of time stays the head: "how many hours of PA cover" asks for hours.)
    expect(await cited(ama, 'how many grams of fibre is she aiming for?')).toEqual([]);
  });

  it('reads "which café is hers?" as her business', async () => {
    const paolo = factsOf({ name: 'Paolo', company: 'Kape Corner', business_type: '20-seat café doing breakfast and lunch', location: 'Footscray' });
    expect(await cited(paolo, 'which café is his?')).toEqual(['company']);
  });
});

describe('offline dialectic: a compound in the head', () => {
  const seun = factsOf({ name: 'Seun', sports: 'five-a-side football on Saturday mornings in Alvalade', favorite_food: 'jollof rice', location: 'Lisbon' });

  it('keeps the parts of a hyphenated compound in the head ("his five-a-side team")', async () => {
    expect(await cited(seun, "what's his five-a-side team called?")).toEqual([]);
    expect(await cited(seun, 'when does he play five-a-side?')).toEqual(['sports']);
    // (A compound that opens the phrase is still read as before: "all-time favourite".)
    expect(await cited(seun, "what's his all-time favourite thing to eat?")).toEqual(['favorite_food']);
  });
});
