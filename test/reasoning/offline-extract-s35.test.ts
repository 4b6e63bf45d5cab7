import { describe, expect, it } from 'vitest';
import { has, items, learned } from '../helpers/extracted.js';

/**
 * Session 35: general readings found on round 36's development thirds (cleaners, nannies and domestic workers; fitness
 * coaches and yoga teachers; seafarers and offshore workers). Each behaviour beside a near miss that must stay as it was.
 */

describe('offline extraction: work', () => {
  it('knows ranks at sea and offshore, "mate" after a rank included', async () => {
    expect(has(await learned('44, ex-navy, two kids, chief mate on a car carrier now. pension advice?'), 'role', 'chief mate')).toBe(true);
    expect(has(await learned('im a roustabout on a rig in the north sea 2 on 2 off'), 'role', 'roustabout')).toBe(true);
    // ("mate" said to someone is no part of a job.)
    const nurse = await learned("thanks mate, I'm a nurse");
    expect(has(nurse, 'role', 'nurse')).toBe(true);
    expect(has(nurse, 'role', 'mate')).toBe(false);
  });

  it('keeps a job said now beside a bare noun phrase in the past ("…, second mate was 3 years ago")', async () => {
    const now = await learned("haha thanks but I'm actually chief officer now, second mate was 3 years ago. day work is a nice change though");
    expect(has(now, 'role', 'chief officer')).toBe(true);
    expect(now.some((f) => f.key === 'role' && f.retract)).toBe(false);
  });

  it('reads what work is like ("my job is a nightmare") as no job, but any title as the title', async () => {
    expect(has(await learned('my job is a nightmare this month'), 'role', 'nightmare')).toBe(false);
    expect(has(await learned('day work is a nice change from nights'), 'role', 'change')).toBe(false);
    expect(has(await learned('my title is VP Engineering'), 'role', 'vp engineering')).toBe(true);
    expect(has(await learned('my day job is teaching high school chem in Scarborough'), 'role', 'chem')).toBe(true);
  });
});

describe('offline extraction: places', () => {
  it('reads the place the user flies or goes home to as home', async () => {
    expect(has(await learned('Flying home to Accra on 3 Dec for Christmas, can you write a handover note?'), 'hometown', 'Accra')).toBe(true);
    expect((await learned('going home to bed now')).some((f) => f.key === 'hometown')).toBe(false);
  });

  it('reads "Durban boy", "a Glasgow girl" as where the user is from', async () => {
    expect(has(await learned('Durban boy, working out of Port Elizabeth on the bunker barges now.'), 'hometown', 'Durban')).toBe(true);
    const glasgow = await learned("I'm a Glasgow girl");
    expect(has(glasgow, 'hometown', 'Glasgow')).toBe(true);
    expect(has(glasgow, 'preferences', 'glasgow')).toBe(false);
    // (Not a word in lower case, nor someone else of the place; a thing liked is still a preference.)
    expect((await learned("fwiw I'm a trans man, please use he/him")).some((f) => f.key === 'hometown')).toBe(false);
    expect((await learned('a Leeds man told me to try it')).some((f) => f.key === 'hometown')).toBe(false);
    expect(has(await learned("I'm a coffee girl"), 'preferences', 'coffee person')).toBe(true);
  });
});

describe('offline extraction: health', () => {
  it('knows a condition by its ending, not the everyday words that end the same way', async () => {
    expect(has(await learned('I have trigeminal neuralgia'), 'health_conditions', 'neuralgia')).toBe(true);
    expect(has(await learned("I've got labyrinthitis again"), 'health_conditions', 'labyrinthitis')).toBe(true);
    expect((await learned('I have a diagnosis appointment on Friday')).some((f) => f.key === 'health_conditions')).toBe(false);
    expect((await learned("I'm feeling nostalgia for home")).some((f) => f.key === 'health_conditions')).toBe(false);
  });

  it('reads a condition a clinician named for the user, not for someone else or denied', async () => {
    const gp = await learned("Not asthma actually — the GP says it's occupational rhinitis from the sprays I use at work.");
    expect(has(gp, 'health_conditions', 'rhinitis')).toBe(true);
    expect(has(gp, 'health_conditions', 'asthma')).toBe(false);
    expect(has(await learned('my knees are shot, physio says its early osteoarthritis'), 'health_conditions', 'osteoarthritis')).toBe(true);
    expect((await learned("my mum's GP says it's arthritis")).some((f) => f.key === 'health_conditions')).toBe(false);
    expect((await learned("the doctor says it's not arthritis")).some((f) => f.key === 'health_conditions')).toBe(false);
  });

  it('keeps what a condition comes from out of it when it is said again ("it\'s asthma from the sprays")', async () => {
    const said = await learned("the GP says it's asthma from the sprays");
    expect(said.filter((f) => f.key === 'health_conditions').flatMap(items)).toEqual(['asthma']);
  });

  it('knows seasickness, hypermobility and contact dermatitis', async () => {
    expect(has(await learned('I still get seasick after 11 years at sea'), 'health_conditions', 'seasick')).toBe(true);
    expect(has(await learned("hypermobile (diagnosed EDS type 3) so i'm careful with end range"), 'health_conditions', 'hypermobile')).toBe(true);
  });
});
