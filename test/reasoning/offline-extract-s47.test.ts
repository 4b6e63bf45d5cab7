import { describe, expect, it } from 'vitest';
import { keys, learned, learnedOver } from '../helpers/extracted.js';

const valueOf = (facts: Awaited<ReturnType<typeof learned>>, key: string) => facts.find((f) => f.key === key && !f.retract)?.value;

/**
 * Session 47: general readings found on round 48's development thirds (locksmiths, pest controllers, window cleaners and
 * other home-service trades; supermarket and big-chain retail staff; funeral directors, embalmers, crematorium and
 * cemetery staff). Each behaviour beside a near miss that must stay as it was.
 */

describe('offline extraction: employers', () => {
  it('reads a chain named in lower case as the employer where the clause speaks of hours or shifts', async () => {
    const facts = await learned('contracted 16 hours at asda but theyve had me on 30 plus every week');
    expect(valueOf(facts, 'company')).toBe('asda');
    expect(valueOf(facts, 'contracted_hours')).toBe('16 hours');
    expect(valueOf(await learned('now in hamilton stacking shelves on nights at countdown.'), 'company')).toBe('countdown');
    // (Where the user shops, or a place applied to, is no employer.)
    expect(valueOf(await learned('I shop at asda on fridays'), 'company')).toBeUndefined();
    expect(valueOf(await learned('Applying for the Aldi area manager graduate scheme, any tips?'), 'company')).toBeUndefined();
  });

  it('reads shop-floor work at a named place, the same place as a relative, and the firm of a crew the user runs', async () => {
    expect(valueOf(await learned('Filipino here, doing overnight stocking at a Costco in Calgary.'), 'company')).toBe('Costco');
    expect(valueOf(await learned('my wife works at the same Morrisons as me but on opposite shifts'), 'company')).toBe('Morrisons');
    expect(valueOf(await learned('I just supervise the fumigation crew for Safi Pest Control here in Mombasa.'), 'company')).toBe('Safi Pest Control');
    // (A relative's employer alone stays theirs; a firm with no name is none.)
    expect(valueOf(await learned('my wife works at Morrisons'), 'company')).toBeUndefined();
    expect(valueOf(await learned("I'm a funeral arranger at a firm in Gqeberha."), 'company')).toBeUndefined();
  });

  it('knows sextons, celebrants and funeral arrangers as jobs', async () => {
    expect(valueOf(await learned('been a sexton for the council here in dunedin 14 yrs'), 'role')).toBe('sexton');
    expect(valueOf(await learned("I'm a funeral arranger at a firm in Gqeberha."), 'role')).toBe('funeral arranger');
  });
});

describe('offline extraction: places, family and pastimes', () => {
  it('moves the user with the business they moved', async () => {
    expect(valueOf(await learned('moved the business from Limerick down to Cork last year so the signwriting is all wrong'), 'location')).toBe('Cork');
    expect(valueOf(await learned('we moved the whole operation from Limerick down to Cork last year'), 'location')).toBe('Cork');
    expect(valueOf(await learned('my mate moved the business from Leeds to Hull'), 'location')).toBeUndefined();
  });

  it('moves the user where their family moved them, not where work sends them or where they lived as a child', async () => {
    expect(valueOf(await learned('used to live in croydon but my mum moved us to milton keynes in year 9 so thats home now.'), 'location')).toBe(
      'milton keynes',
    );
    expect(valueOf(await learned('my parents moved us to Leeds when I was 5'), 'location')).toBeUndefined();
    expect(valueOf(await learned("i live in larne and our branch shut in march so they've moved me to antrim"), 'location')).toBe('larne');
  });

  it('reads "the wife" opening a clause as the user\'s own, and children the user says they have', async () => {
    expect(valueOf(await learned("the wife does all my books and she's knackered"), 'family')).toEqual(['wife']);
    expect(valueOf(await learned('the wife of my client called about the lock'), 'family')).toBeUndefined();
    expect(valueOf(await learned('I have a son'), 'family')).toEqual(['son']);
    expect(valueOf(await learned("we've got a little one, Maisie, she's 18 months."), 'family')).toEqual(['little one Maisie']);
    // (A child on the way, or someone else's, is not a child the user has.)
    expect(valueOf(await learned("we're having a baby girl in June"), 'family')).toBeUndefined();
    expect(valueOf(await learned('my sister has a son'), 'family')).toBeUndefined();
  });

  it('keeps a known pastime whole when its second word reads as a verb, without the days it is played on', async () => {
    expect(valueOf(await learned('now any spare weekend is mountain biking at Afan.'), 'interests')).toEqual(['mountain biking']);
    expect(valueOf(await learned('i play lawn bowls tues nights'), 'interests')).toEqual(['lawn bowls']);
  });
});

describe('offline extraction: papers, tools, aims and stances', () => {
  it('reads a scheme named by its letters that trained the user as a certification, never as a name', async () => {
    const facts = await learned('I am NEBOSH trained');
    expect(valueOf(facts, 'certifications')).toEqual(['NEBOSH']);
    expect(keys(facts)).not.toContain('name');
    expect(valueOf(await learned('NACS trained last year, still waiting on my assessment.'), 'certifications')).toEqual(['NACS']);
    expect(valueOf(await learned('my boss is CSCS qualified'), 'certifications')).toBeUndefined();
  });

  it('lists a second card or licence whose purpose runs long', async () => {
    expect(valueOf(await learned('I hold a C1 licence and a CPCS card for the 360 excavator, so I cover both'), 'certifications')).toEqual([
      'C1 licence',
      'CPCS card',
    ]);
  });

  it("reads the tool the user's paperwork goes through", async () => {
    expect(valueOf(await learned('the invoicing goes through QuickBooks.'), 'tools')).toEqual(['QuickBooks']);
    expect(valueOf(await learned('her invoices are done in Xero'), 'tools')).toBeUndefined();
  });

  it('reads a count of things wanted by a year as a goal, and a graduate scheme applied to', async () => {
    expect(valueOf(await learned('want 3 vans on the road by 2027 and to stop doing the night call outs myself.'), 'goals')).toEqual([
      '3 vans on the road by 2027',
    ]);
    expect(valueOf(await learned('I want 5 quotes by 5pm'), 'goals')).toBeUndefined();
    const scheme = await learned('Applying for the Aldi area manager graduate scheme, any tips?');
    expect(valueOf(scheme, 'goals')).toEqual(['Applying for the Aldi area manager graduate scheme']);
    expect(valueOf(scheme, 'education')).toBeUndefined();
    expect(valueOf(await learned('I want a scheme that works'), 'goals')).toBeUndefined();
  });

  it('reads a rule of how the user trades, and a refusal beside their faith', async () => {
    expect(valueOf(await learned("I never charge pensioners a call-out fee, that's how my dad ran it."), 'values')).toEqual([
      'never charge pensioners a call-out fee',
    ]);
    expect(valueOf(await learned("I'm Muslim and I don't sell alcohol, someone else scans it at my till."), 'values')).toEqual(['never sell alcohol']);
    expect(valueOf(await learned("I'm Seventh-day Adventist so I don't work from Friday sunset to Saturday sunset."), 'values')).toEqual([
      'never work from Friday sunset to Saturday sunset',
    ]);
    // (Not a habit, nor what one eats or drinks, nor a wish cut short.)
    expect(valueOf(await learned('I never sell it to them'), 'values')).toBeUndefined();
    expect(valueOf(await learned("I'm an atheist and don't want to be rude"), 'values')).toBeUndefined();
    expect(valueOf(await learned("I don't drink, for religious reasons"), 'values')).not.toEqual(['never drink']);
  });
});

describe('offline extraction: reports, openers and politeness', () => {
  it("reads what the user's counsellor says they have as their condition", async () => {
    expect(valueOf(await learned("My counsellor says I've got compassion fatigue after three baby funerals."), 'health_conditions')).toEqual([
      'compassion fatigue',
    ]);
    expect(valueOf(await learned("My boss says I've got compassion fatigue"), 'health_conditions')).toBeUndefined();
  });

  it('reads the statement after "the real problem is"', async () => {
    expect(valueOf(await learned("it's fine now. the real problem is I'm type 1 diabetic and the night calls are hard."), 'health_conditions')).toEqual([
      'type 1 diabetic',
    ]);
    expect(valueOf(await learned('the problem is my husband is diabetic'), 'health_conditions')).toBeUndefined();
  });

  it('keeps a polite "if you don\'t mind" from making what follows it a condition', async () => {
    const facts = await learned("it's Siobhán with the fada if you don't mind 🙂 and I moved over to the Drogheda branch in June");
    expect(valueOf(facts, 'name')).toBe('Siobhán');
    expect(valueOf(facts, 'location')).toBe('Drogheda');
    expect(valueOf(await learned('if we sold up and I moved over to Drogheda, would it be cheaper?'), 'location')).toBeUndefined();
  });

  it('reads a state said bare with the days close by as short-lived', async () => {
    const facts = await learned('on call this weekend fri 6pm to mon 8am 😩 give me some slow cooker meals');
    expect(facts.find((f) => f.key === 'current_status')).toMatchObject({ value: 'on call', bucket: 'dynamic' });
    expect(valueOf(await learned('on call, mostly nights'), 'current_status')).toBeUndefined();
  });

  it('reads the post the user stays in, and does not make a request lasting for a "going for" said before it', async () => {
    expect(valueOf(await learned('staying as customer service supervisor'), 'role')).toBe('customer service supervisor');
    expect(valueOf(await learned('we stayed as guests at the hotel'), 'role')).toBeUndefined();
    const facts = await learned('going for the deputy manager job at our store, interview Friday, help me prep some answers');
    expect(keys(facts)).not.toContain('communication_style');
    expect(valueOf(await learned('going forward, keep your replies short'), 'communication_style')).toBeDefined();
  });
});

describe('offline extraction: a course withdrawn from', () => {
  it('withdraws the course stored under another word for one', async () => {
    const facts = await learnedOver(
      "I'm doing the BIE diploma this year alongside my job as a funeral arranger",
      "update for you: I've withdrawn from the BIE course, couldn't afford it.",
    );
    expect(facts.filter((f) => f.key === 'education')).toEqual([]);
    const kept = await learnedOver("I'm doing the BIE diploma this year alongside my job", "I've withdrawn from the first aid course");
    expect(kept.filter((f) => f.key === 'education')).toHaveLength(1);
  });
});

describe('offline extraction: posts said in the words of the trade', () => {
  it('reads a promotion said as "made up to", and a trade plied "at" a place with that place', async () => {
    expect(valueOf(await learned('I got made up to district officer in March'), 'role')).toBe('district officer');
    expect(valueOf(await learned('the price got bumped up to 40 quid'), 'role')).toBeUndefined();
    const facts = await learned("I'm lecturing at UNILAG for now.");
    expect(valueOf(facts, 'role')).toBe('lecturer');
    expect(valueOf(facts, 'company')).toBe('UNILAG');
    expect(valueOf(await learned("I'm locuming at an equine practice near Newmarket"), 'role')).toBe('locum');
    // (A pastime done somewhere is no trade.)
    expect(valueOf(await learned("I'm fishing at the lake"), 'role')).toBeUndefined();
  });

  it('knows a strength and conditioning coach', async () => {
    expect(valueOf(await learned("I'm the strength and conditioning coach for a women's football side in Abuja."), 'role')).toBe(
      'strength and conditioning coach',
    );
  });
});
