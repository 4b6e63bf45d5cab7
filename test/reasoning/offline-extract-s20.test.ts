import { describe, expect, it } from 'vitest';
import { has, items, keys, learned } from '../helpers/extracted.js';

/**
 * Session 20: the offline extractor on holidays and seasons as times to come, and on someone named in apposition
 * ("my sister, Priya, is 31") — each with near misses it must leave alone.
 */

describe('offline extraction: a holiday or a season is a time to come', () => {
  it('learns a trip dated by a holiday, a school break or a season', async () => {
    for (const [message, place] of [
      ['we are flying to Lisbon for Easter', 'lisbon'],
      ["I'm off to Krakow over Christmas, any tips for the markets?", 'krakow'],
      ['heading to Cornwall at half term with the kids', 'cornwall'],
      ["I'm going to Japan in the spring", 'japan'],
    ] as const) {
      const facts = await learned(message);
      expect(has(facts, 'travel_plans', place), message).toBe(true);
      expect(facts.find((f) => f.key === 'travel_plans')?.bucket, message).toBe('dynamic');
    }
  });

  it('leaves alone a season that modifies a noun, one gone by, and a trip told in the past', async () => {
    expect(keys(await learned('I bought winter boots for Norway'))).not.toContain('travel_plans');
    expect(await learned('we went to Spain last summer')).toEqual([]);
    expect(await learned('my mum flew to Perth in the spring')).toEqual([]);
    expect(keys(await learned('my dad moved in with us after his stroke in the spring'))).not.toContain('upcoming_events');
  });
});

describe('offline extraction: someone named in apposition is the subject of what follows', () => {
  it('learns nothing of the user from what a relative named before it is or does', async () => {
    expect(await learned('my sister, Priya, is 31 and training for a marathon in the spring')).toEqual([]);
    expect(keys(await learned('my boss, Graham, lives in Leeds'))).not.toContain('location');
    expect(keys(await learned('my neighbour, Ruth, is moving to Devon at Easter'))).toEqual([]);
    expect(keys(await learned('our cat, Miso, is 14 and starting to lose weight over winter'))).not.toContain('upcoming_events');
  });

  it('still learns the user facts beside them, and an event that is the subject of its own clause', async () => {
    expect(has(await learned('my son, Theo, has asthma'), 'family', 'theo')).toBe(true);
    expect(keys(await learned('my exams start on Monday'))).toContain('upcoming_events');
    expect(has(await learned('my sister, Priya, lives in Leeds and I live in York'), 'location', 'york')).toBe(true);
  });
});

describe('offline extraction: "me and …" after a label opens a clause, and a wedding to come is no marriage yet', () => {
  it('reads "me and my fiancée …" after a colon as the user and someone else', async () => {
    const facts = await learned('bit of background: me and my partner are getting married on 12 June, about 60 guests');
    expect(keys(facts)).toContain('upcoming_events');
    // The label that opens the message is no note of its own.
    expect(keys(facts)).not.toContain('notes');
    expect(keys(await learned('quick context: me and my wife are moving to Bristol next month'))).toContain('planned_move');
  });

  it('learns "married" only when the wedding happened, and nothing from a relative wedding', async () => {
    expect(has(await learned("I'm getting married on 3 May, can you help with the speech?"), 'family', 'married')).toBe(false);
    expect(has(await learned('we got married in 2019 and moved to Hull'), 'family', 'married')).toBe(true);
    expect(has(await learned('my sister got married last year'), 'family', 'married')).toBe(false);
  });
});

describe('offline extraction: a stay or a journey the user asks for, with its dates, is a trip to come', () => {
  it('learns the place of a dated booking request, said as an order, a need or a question', async () => {
    for (const [message, place] of [
      ['need a hotel in Lisbon for 10-13 April', 'lisbon'],
      ['can you find us a cottage near Keswick for a week in October?', 'keswick'],
      ['sort me out a train to Edinburgh on Friday morning pls', 'edinburgh'],
    ] as const) {
      const facts = await learned(message);
      expect(has(facts, 'travel_plans', place), message).toBe(true);
    }
  });

  it('leaves alone a booking for someone else, one with no date, and a question about travel in general', async () => {
    expect(keys(await learned('book a cottage in the Lake District for my parents for a week in October'))).not.toContain('travel_plans');
    expect(keys(await learned('book flights to Rome for my boss next Tuesday'))).not.toContain('travel_plans');
    expect(keys(await learned("what's the best hotel in Paris?"))).toEqual([]);
    expect(await learned('are trains to Vienna cheaper in May?')).toEqual([]);
  });
});

describe('offline extraction: schedules, centres and homes one retired to', () => {
  it('reads days in the plural as a schedule, not a place, and a centre by its whole name', async () => {
    const facts = await learned('these days I drive the community minibus for the day centre on Tuesdays and Thursdays');
    expect(keys(facts)).not.toContain('location');
    expect(facts.some((f) => f.key === 'industry' && items(f).includes('day'))).toBe(false);
    expect(has(await learned('I work at a call centre in Sunderland'), 'industry', 'call centre')).toBe(true);
    expect(has(await learned('I work for a law firm'), 'industry', 'law')).toBe(true);
  });

  it('learns the home the user downsized or retired to, not a relative one', async () => {
    expect(has(await learned('we downsized last year to a flat in Whitstable'), 'location', 'whitstable')).toBe(true);
    expect(has(await learned('we retired to a cottage near Whitby in 2015'), 'location', 'whitby')).toBe(true);
    expect(keys(await learned('my parents downsized to a flat in Leeds'))).not.toContain('location');
  });
});

describe('offline extraction: how the user wants to be reached', () => {
  it('learns the channel the user asks to be reached by, said to the assistant or asked of others', async () => {
    expect(has(await learned('could you draft a note to the dentist asking them to contact me by text message?'), 'contact_preference', 'text')).toBe(true);
    expect(has(await learned('best to reach me on WhatsApp, I hardly check email'), 'contact_preference', 'whatsapp')).toBe(true);
    expect(has(await learned('I prefer to be contacted by email'), 'contact_preference', 'email')).toBe(true);
  });

  it('leaves alone a channel for someone else and a question about what happened', async () => {
    expect(keys(await learned('can you contact the council by email for me'))).not.toContain('contact_preference');
    expect(keys(await learned('could you call the plumber on his mobile'))).not.toContain('contact_preference');
    expect(await learned('did the bank contact me by email or post?')).toEqual([]);
  });
});
