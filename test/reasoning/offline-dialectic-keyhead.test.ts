import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 22: the noun a question asks for, written as the key's own noun (its last part, or the last one that is
 * not a unit, a wrapper or a word of state) answers it, also when the concept table does not know the key —
 * not a key that only uses the noun to qualify another ("business_hours" for "what's his business called?").
 */

const { cited } = offlineCiter();

describe('offline dialectic: the noun asked for, as the key names it', () => {
  const liam = factsOf({
    name: 'Liam Walsh',
    occupation: 'PE teacher',
    training_schedule: 'swims 5am Mon/Wed/Fri; long ride Saturday 5:30am',
    weekly_training_hours: 'about 10 hours in build phase',
    triathlon_club: 'Wynnum Tri Club',
    work_hours: 'school day 8:15am to 3:15pm',
    hobbies: ['surfing'],
  });
  const shiv = factsOf({
    name: 'Siobhán Doyle',
    occupation: 'ED staff nurse',
    contracted_hours: '39 hours a week, 3 long days',
    rota_pattern: 'long days 7:30am to 8pm',
    commute: 'drives from Naas, about 50 minutes',
  });

  it('finds a key unknown to the vocabulary by its own noun', async () => {
    expect(await cited(liam, 'which tri club is he a member of')).toEqual(['triathlon_club']);
    expect(await cited(liam, 'How many hours a week can he realistically give to training right now?')).toContain('weekly_training_hours');
    expect(await cited(shiv, 'how many hrs is she contracted for')).toEqual(['contracted_hours']);
  });

  it('does not take a key that only qualifies another noun, nor answer other people', async () => {
    const dev = factsOf({ name: 'Dev Rao', business_name: 'Pawfect Grooming', business_hours: 'Tue to Sat, 8am to 4pm', town: 'Fremantle' });
    expect(await cited(dev, 'whats his business called again')).toEqual(['business_name']);
    expect(await cited(liam, "which club is his wife's netball team?")).toEqual([]);
    expect(await cited(liam, 'what car does he drive?')).toEqual([]);
  });
});

describe('offline dialectic: a key for another variety of the thing asked', () => {
  const siobhan = factsOf({
    name: 'Siobhán Kelly',
    running_pb_marathon: '3:12:40 (Dublin 2023)',
    heart_rate_max_bpm: 188,
    weekly_mileage_km: 55,
    grocery_budget_cad_per_week: '230',
  });

  it('abstains when the question names a variety the fact does not speak of and the key names its own', async () => {
    expect(await cited(siobhan, "What's her half-marathon PB?")).toEqual([]);
    expect(await cited(siobhan, "what's her resting heart rate these days")).toEqual([]);
  });

  it('still answers the variety the key names, and a qualifier the key writes another way', async () => {
    expect(await cited(siobhan, "what's her marathon PB?")).toEqual(['running_pb_marathon']);
    expect(await cited(siobhan, "what's her max heart rate?")).toEqual(['heart_rate_max_bpm']);
    expect(await cited(siobhan, 'whats the weekly grocery budget')).toEqual(['grocery_budget_cad_per_week']);
  });
});

describe('offline dialectic: which one of a kind of kit', () => {
  const jonas = factsOf({ name: 'Jonas Weber', gear: ['Reaper', 'Ableton Live', 'Zoom F6 recorder'], transport: 'bike; no car' });
  const mateus = factsOf({ name: 'Mateus Costa', camera_gear: ['Sony A7 IV', 'Sony 85mm f/1.8 lens'], laptop: 'MacBook Pro 14' });

  it('abstains when the fact names the kind of gear or of getting about, not which one', async () => {
    expect(await cited(jonas, 'what laptop do they mix on?')).toEqual([]);
    expect(await cited(jonas, 'what bike does he ride, and is it insured?')).toEqual([]);
  });

  it('abstains on which flight, aid or wall when the fact names none', async () => {
    const ravi = factsOf({
      name: 'Ravi Menon',
      hearing: 'partial hearing loss in his left ear; struggles with background noise',
      current_trip: 'in Bristol Monday to Wednesday this week',
      interests: ['bouldering', 'sourdough baking'],
    });
    expect(await cited(ravi, 'which hearing aid does he use, and does it need charging on long flights?')).toEqual([]);
    expect(await cited(ravi, 'which flight is he on to Bristol on Monday morning?')).toEqual([]);
    expect(await cited(ravi, 'which climbing wall does he go to?')).toEqual([]);
    const named = factsOf({ name: 'Ravi Menon', hearing: 'wears a Phonak Audeo hearing aid in his left ear' });
    expect(await cited(named, 'which hearing aid does he use?')).toEqual(['hearing']);
  });

  it('answers when the fact names the one asked for', async () => {
    expect(await cited(mateus, 'which lens does he use for portraits?')).toEqual(['camera_gear']);
    expect(await cited(mateus, 'what laptop does he edit on?')).toEqual(['laptop']);
  });
});

describe('offline dialectic: the noun asked for, anywhere in a key the table does not know', () => {
  const geoff = factsOf({
    name: 'Geoff Hale',
    club_memberships: ['Caravan and Motorhome Club', 'National Trust'],
    hobbies: ['caravanning', 'bowls'],
  });

  it('answers from a key that writes the noun before its own', async () => {
    expect(await cited(geoff, 'wich clubs is he a member of? want to check for discounts on sites')).toEqual(['club_memberships']);
  });

  it('does not answer a noun the key does not write', async () => {
    expect(await cited(geoff, 'which gym is he a member of?')).toEqual([]);
  });
});

describe("offline dialectic: a word of the key noun's ring, with the key's qualifier", () => {
  const marta = factsOf({
    name: 'Marta Kowalczyk',
    kitchen_equipment: ['slow cooker', 'air fryer', 'stand mixer'],
    kitchen_constraints: 'one oven, small freezer',
    rugby_team: 'Cardiff Blues',
    hearing: 'deaf in his left ear',
  });

  it('answers "kitchen gadgets" from kitchen_equipment', async () => {
    expect(await cited(marta, 'what kitchen gadgets can I plan recipes around?')).toEqual(['kitchen_equipment']);
  });

  it('does not take a ring word alone for the key ("which side" is no team)', async () => {
    expect(await cited(marta, 'on which side should I sit so he hears me?')).not.toContain('rugby_team');
  });
});
