import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/extracted.js';

const valueOf = (facts: Awaited<ReturnType<typeof learned>>, key: string) => facts.find((f) => f.key === key && !f.retract)?.value;

/**
 * Session 51: general readings found on round 52's development thirds (hospital porters, domestics and ward clerks; freight,
 * customs and port workers; utility field workers). Each behaviour beside a near miss that must stay as it was.
 */

describe('offline extraction: names that close on "\'s"', () => {
  it('keeps the "\'s" of a firm or a place named with it', async () => {
    expect(valueOf(await learned("dartford, and i work at guy's. train into london bridge"), 'company')).toBe("guy's");
    expect(valueOf(await learned("I'm a porter at Addenbrooke's"), 'company')).toBe("Addenbrooke's");
    expect(valueOf(await learned("I work at Sainsbury's in Leeds"), 'company')).toBe("Sainsbury's");
  });

  it('leaves an "\'s" that owns the next word to the phrase', async () => {
    expect(valueOf(await learned("I work at Tesco's car park"), 'company')).toBe("Tesco's car park");
  });
});

describe('offline extraction: travelling "into" a place', () => {
  it('reads no liking in "train into london bridge"', async () => {
    expect(valueOf(await learned("dartford, and i work at guy's. train into london bridge"), 'interests')).toBeUndefined();
    expect(valueOf(await learned("i'm really into hiking, i drive into the peaks most weekends"), 'interests')).toEqual(['hiking']);
  });

  it('still reads getting into a pastime as taking it up', async () => {
    expect(valueOf(await learned('got into road cycling last year'), 'interests')).toEqual(['road cycling']);
  });
});

describe('offline extraction: identity said plainly', () => {
  it('reads "i\'m she/they" as the user\'s pronouns', async () => {
    expect(valueOf(await learned("fyi i'm she/they, the union newsletter keeps printing 'he' under my photo lol"), 'pronouns')).toBe('she/they');
    // (Not a set the user says is not theirs.)
    expect(valueOf(await learned("i'm not she/they"), 'pronouns')).toBeUndefined();
    expect(valueOf(await learned("I'm not she/her, it's they/them"), 'pronouns')).toBe('they/them');
  });

  it('reads a nationality "by birth" beside one taken on', async () => {
    expect(valueOf(await learned('Ghanaian by birth, British citizen since 2019 — how do I word it on the form?'), 'nationality')).toEqual([
      'British',
      'Ghanaian',
    ]);
  });
});

describe('offline extraction: work said the shop-floor way', () => {
  it('reads a step up as the role now', async () => {
    expect(valueOf(await learned('was a porter for 8 years, moved up to porter supervisor on the helpdesk in January'), 'role')).toBe('porter supervisor');
    expect(valueOf(await learned("for now I'm staying put as lashing foreman in Bremerhaven."), 'role')).toBe('lashing foreman');
    // (Moving up to a place is no role.)
    expect(valueOf(await learned('we moved up to Leeds last year'), 'role')).toBeUndefined();
  });

  it('reads how often a duty comes round', async () => {
    expect(valueOf(await learned('we work a 1 in 4 standby rota so every 4th week my phone is never off'), 'shift_pattern')).toBe('1 in 4');
    expect(valueOf(await learned("I'm on a 1 in 3 on-call rota"), 'shift_pattern')).toBe('1 in 3');
    // (Not a share of other things.)
    expect(valueOf(await learned('1 in 4 people have it'), 'shift_pattern')).toBeUndefined();
    expect(valueOf(await learned('we won 2 in 3 games'), 'shift_pattern')).toBeUndefined();
  });

  it('reads standby as a status of now', async () => {
    expect(valueOf(await learned("storm's due in tonight and i'm on standby from 6pm"), 'current_status')).toBe('on standby');
  });
});

describe('offline extraction: tickets and cards', () => {
  it("reads a scheme's cards named by its letters, a list labelled first, and the machines qualified on", async () => {
    expect(valueOf(await learned("I've got my NRSWA operative and supervisor cards, plus C1 on my licence"), 'certifications')).toEqual([
      'NRSWA operative and supervisor',
    ]);
    expect(valueOf(await learned("Certs I've got: IMDG dangerous goods, forklift counterbalance. Need a CV section"), 'certifications')).toEqual([
      'IMDG dangerous goods',
      'forklift counterbalance',
    ]);
    expect(valueOf(await learned('qualified on RTGs and ship-to-shore gantry, not on straddles yet.'), 'certifications')).toEqual([
      'RTGs and ship-to-shore gantry',
    ]);
  });
});

describe('offline extraction: family and schooling', () => {
  it('reads two children named with their ages', async () => {
    expect(valueOf(await learned('I do earlies so I can get the kids from school. Tayo is 8 and Funmi is 5.'), 'family')).toEqual(['Tayo (8)', 'Funmi (5)']);
    // (Not grown-ups, nor one name alone.)
    expect(valueOf(await learned('Tom is 30 and Ann is 28'), 'family')).toBeUndefined();
    expect(valueOf(await learned('Tayo is 8'), 'family')).toBeUndefined();
  });

  it('reads no schooling in fetching the kids from school', async () => {
    expect(valueOf(await learned('so I can get the kids from school'), 'education')).toBeUndefined();
    expect(valueOf(await learned('I got my degree from Leeds University'), 'education')).toEqual(['degree from Leeds University']);
  });

  it('reads when the user left school, before what came of it', async () => {
    expect(valueOf(await learned('left school at 16 with no GCSEs worth mentioning, 42 now'), 'education')).toEqual(['left school at 16']);
  });
});

describe('offline extraction: whose clause it is, and one-off requests', () => {
  it('reads a name and the department they are on as someone else', async () => {
    const facts = await learned("no nuts for me - tree nut allergy, carry an epipen. Priya on switchboard is vegan and Dave doesn't eat pork");
    expect(valueOf(facts, 'allergies')).toEqual(['tree nut']);
    expect(valueOf(facts, 'diet')).not.toContain('vegan');
    // (A thing and its place, with "the", is no one's: the user's own part of the clause still counts.)
    expect(valueOf(await learned('Canteen at the depot has nothing halal, only halal for me'), 'diet')).toEqual(['halal']);
  });

  it('ends a sentence at a full stop after a clock time', async () => {
    const facts = await learned('i look after my mum, so i can only do shifts that finish before 6pm. my brother lives in Dundee and is no help');
    expect(valueOf(facts, 'location')).toBeUndefined();
    expect(valueOf(await learned('I finish at 6pm. I live in Dundee.'), 'location')).toBe('Dundee');
  });

  it('reads no lasting style in one reply asked for, nor in tips asked for', async () => {
    expect(valueOf(await learned('write me a reply for the group chat thats funny not nasty'), 'communication_style')).toBeUndefined();
    expect(valueOf(await learned("any tips on sleeping when you're basically always on call?"), 'preferences')).toBeUndefined();
    // (The user's replies, all of them, are a lasting style.)
    expect(valueOf(await learned('keep your replies short and funny'), 'communication_style')).toEqual(['keep your replies short and funny']);
  });
});

describe('offline extraction: pay bands and rosters', () => {
  it('reads a pay band apart from the role it comes with', async () => {
    const facts = await learned("i'm a band 2 healthcare support worker, how much back pay am i owed");
    expect(valueOf(facts, 'pay_band')).toBe('band 2');
    expect(valueOf(facts, 'role')).toBe('healthcare support worker');
    expect(valueOf(await learned('they already rebanded me to band 3 in october'), 'pay_band')).toBe('band 3');
    // (Not someone else's band, nor the band of the people the user names.)
    expect(valueOf(await learned("she's band 6"), 'pay_band')).toBeUndefined();
    expect(valueOf(await learned('the band 2 porters'), 'pay_band')).toBeUndefined();
  });

  it("reads a roster named by its run of days, and the user's own rota said before its turn", async () => {
    expect(valueOf(await learned('scratch that, they moved us to a 2-2-3 roster from this month'), 'shift_pattern')).toBe('2-2-3');
    expect(valueOf(await learned("our standby rota's 1 in 5 at the moment, which is grand"), 'shift_pattern')).toBe('1 in 5');
    // (Not another's.)
    expect(valueOf(await learned("she's on a 2-2-3 roster"), 'shift_pattern')).toBeUndefined();
    expect(valueOf(await learned("she's on a 1 in 4 on-call rota"), 'shift_pattern')).toBeUndefined();
  });
});

describe('offline extraction: a named product used', () => {
  it('reads a product named as used, with no task said', async () => {
    expect(valueOf(await learned("We use Guidewire ClaimCenter and I'm the super-user for our team"), 'tools')).toEqual(['Guidewire ClaimCenter']);
    expect(valueOf(await learned('I use Reapit every day'), 'tools')).toEqual(['Reapit']);
    // (Not someone's thing, nor what another uses.)
    expect(valueOf(await learned("we use Tom's van"), 'tools')).toBeUndefined();
    expect(valueOf(await learned('my sister uses Notion'), 'tools')).toBeUndefined();
  });
});

describe('offline extraction: trades of the port and the utilities, and a pet cut off by "and"', () => {
  it('reads a meter reader or a lasher as a role, not a pastime', async () => {
    const facts = await learned("I'm a meter reader with Morrison in Glasgow");
    expect(valueOf(facts, 'role')).toBe('meter reader');
    expect(valueOf(facts, 'interests')).toBeUndefined();
    expect(valueOf(await learned("I'm a lasher at Tilbury"), 'role')).toBe('lasher');
    // (A reader of books is still a pastime.)
    expect(valueOf(await learned("I'm an avid reader"), 'interests')).toContain('avid reader');
  });

  it('reads "just me and the cat" when the clause reader cuts it at "and"', async () => {
    expect(valueOf(await learned("he's away till the 20th so it's just me and the cat, help me plan a cheap month of dinners"), 'pets')).toEqual(['cat']);
    expect(valueOf(await learned('she brought the dog'), 'pets')).toBeUndefined();
  });
});
