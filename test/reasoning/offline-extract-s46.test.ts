import { describe, expect, it } from 'vitest';
import { has, keys, learned, learnedOver } from '../helpers/extracted.js';

const valueOf = (facts: Awaited<ReturnType<typeof learned>>, key: string) => facts.find((f) => f.key === key && !f.retract)?.value;

/**
 * Session 46: general readings found on round 47's development thirds (theatre, cinema and live-events crew; bank,
 * insurance and building-society staff; postal workers, refuse collectors and street cleaners). Each behaviour beside a
 * near miss that must stay as it was.
 */

describe('offline extraction: jobs', () => {
  it('knows stage and festival crew, projectionists and street sweepers as jobs', async () => {
    expect(valueOf(await learned('DSM on a west end musical, eight shows a week, and i call the book on tuesdays'), 'role')).toBe('DSM');
    expect(valueOf(await learned('im site crew for a couple of festivals up in northland'), 'role')).toBe('site crew');
    expect(valueOf(await learned("I'm a street sweeper with Pikitup in the Joburg CBD"), 'role')).toBe('street sweeper');
    // ("a roofing crew" is still an employer's word, not the user's post.)
    expect(valueOf(await learned('I work for a roofing crew in Leeds'), 'role')).toBeUndefined();
  });

  it('reads a post named bare after "work" or "do", and after a comma where the user is placed', async () => {
    expect(valueOf(await learned('I work box office at the Kenya National Theatre'), 'role')).toBe('box office');
    expect(valueOf(await learned('I do customer support for a bank'), 'role')).toBe('customer support');
    expect(valueOf(await learned("I'm in Kumasi, teller at the Adum branch."), 'role')).toBe('teller');
    // ("I do PT twice a week" is a workout; a relative's job after a comma is theirs.)
    expect(valueOf(await learned('I do PT twice a week'), 'role')).toBeUndefined();
    expect(valueOf(await learned('I live with my sister, nurse at the Royal'), 'role')).toBeUndefined();
  });

  it('finds the employer after "our … team at", and no industry in a country\'s adjective', async () => {
    expect(valueOf(await learned("I'm the SAS person on our fraud analytics team at Capitec"), 'company')).toBe('Capitec');
    expect(keys(await learned('im on the fraud ops team for an aussie bank'))).not.toContain('industry');
    expect(valueOf(await learned('I work at a fintech startup'), 'industry')).toBe('fintech');
  });

  it('names no job from an object cut short after its article', async () => {
    const facts = await learned("now I coach the under 10s on Saturdays when I'm not on overtime");
    expect(valueOf(facts, 'role')).toBeUndefined();
    expect(valueOf(await learned('I teach maths at a comp in Leeds'), 'role')).toBe('teach maths');
  });
});

describe('offline extraction: times and habits', () => {
  it('reads "eight shows a week" as a schedule, not a date', async () => {
    expect(keys(await learned('DSM on a west end musical, eight shows a week'))).not.toContain('upcoming_events');
    // ("in a week" is still a date.)
    expect(keys(await learned("I'm off to two weddings in a week"))).toContain('current_status');
  });

  it('keeps a span of days written with a dash in one clause, dated when it is this week', async () => {
    expect(keys(await learned('Newcastle based but down in London Tues–Thurs for compliance training at head office'))).not.toContain('upcoming_events');
    expect(has(await learned('on nights mon–thu this week so nothing before 10am please'), 'current_status', 'nights')).toBe(true);
  });

  it('reads a share of every year as no present state', async () => {
    const facts = await learned("two kids, 6 and 9, and I'm away touring about 5 months of the year while my partner does the school run");
    expect(keys(facts)).not.toContain('current_status');
    expect(valueOf(await learned("I'm away this week"), 'current_status')).toBe('away');
  });

  it('reads what the user does not do, said in the present, as a standing habit', async () => {
    expect(valueOf(await learned("I'm Seventh-day Adventist so I don't work Saturdays."), 'preferences')).toEqual(['no Saturdays']);
    expect(valueOf(await learned("I don't take tips or gifts from anyone on my walk"), 'preferences')).toEqual(['no tips or gifts from anyone on my walk']);
    // (Said in the past, it is no habit.)
    expect(valueOf(await learned('I did not work saturdays'), 'preferences')).toBeUndefined();
  });

  it('takes no time zone the user asks to be spared', async () => {
    expect(keys(await learned('Perth WA, so please stop giving me AEST times'))).not.toContain('timezone');
    expect(valueOf(await learned("I'm on AEST"), 'timezone')).toBe('AEST');
  });
});

describe('offline extraction: skills, schooling and plans', () => {
  it('reads named desks and software the user is comfortable on as tools, not days', async () => {
    expect(valueOf(await learned('comfortable on DiGiCo SD10 and Yamaha CL5 but never touched an Avid S6L'), 'tools')).toEqual(['DiGiCo SD10', 'Yamaha CL5']);
    expect(keys(await learned("I'm good on Mondays"))).not.toContain('tools');
  });

  it('reads "X please" after the first sentence of a turn as a request, not schooling', async () => {
    const facts = await learned("I've a festival gig on one in 2 weeks. crash course please");
    expect(keys(facts)).not.toContain('education');
    // (Opening a reply it still answers; a style asked for is still learned.)
    expect(valueOf(await learned('hausa pls'), 'language')).toEqual(['hausa']);
    expect(valueOf(await learned("I'm vegan. metric pls"), 'preferences')).toEqual(['metric']);
  });

  it('reads two fields of study joined by "and", and leaves why the user dropped out out of the course', async () => {
    expect(valueOf(await learned('I read Banking and Finance at KNUST, finished 2019'), 'education')).toEqual(['Banking and Finance at KNUST']);
    const dropped = await learned('no degree, I dropped out of BCom in second year to work as a light boy on Telugu film sets');
    expect(valueOf(dropped, 'education')).toEqual(['dropped out of BCom in second year']);
  });

  it('reads the step after "and" in a change weighed', async () => {
    const facts = await learned('honestly thinking of leaving live events for good next year and retraining as an electrician');
    expect(valueOf(facts, 'goals')).toEqual(['retraining as an electrician']);
  });
});

describe('offline extraction: people, pets and pastimes', () => {
  it('reads "lost my wife" as widowed, and grandchildren said with "the"', async () => {
    const facts = await learned("lost my wife in 2019, it's just me and the cat now. the grandkids come over Sundays");
    expect(valueOf(facts, 'family')).toEqual(['widowed', 'grandkids']);
    expect(valueOf(await learned("I lost my wife's ring"), 'family')).toEqual(['wife']);
  });

  it('reads no status from a hyphened word', async () => {
    expect(has(await learned("I've been pushing for zero single-use plastic backstage"), 'family', 'single')).toBe(false);
    expect(valueOf(await learned('54, widowed, had the paper shop 22 years'), 'family')).toEqual(['widowed']);
  });

  it('names pets listed after "of my own", and no pets in animals liked in general', async () => {
    expect(valueOf(await learned('I love dogs, got two staffies of my own, Bella and Tyson'), 'pets')).toEqual(['staffies', 'Bella', 'Tyson']);
    expect(valueOf(await learned('I love dogs, got two cats, Milo and Luna'), 'pets')).toEqual(['cats', 'Milo', 'Luna']);
  });

  it('reads no language from a variety asked for ("Irish English please")', async () => {
    const facts = await learned("Irish English please, not American — I'm writing to the county council");
    expect(keys(facts)).not.toContain('language');
    expect(valueOf(facts, 'communication_style')).toEqual(['Irish English']);
    expect(valueOf(await learned('I speak Hindi English and Tamil'), 'language')).toEqual(expect.arrayContaining(['Hindi', 'English', 'Tamil']));
  });
});

describe('offline extraction: conversations', () => {
  it('reads no name in "it\'s all farms and holiday lets"', async () => {
    const facts = await learned("it's all farms and holiday lets up past Devil's Bridge, signal's rubbish so offline maps would be ideal");
    expect(keys(facts)).not.toContain('name');
    expect(valueOf(await learned("hi, it's Tom again"), 'name')).toBe('Tom');
  });

  it('replaces an employer said to be the old one before the new one ("Biffa was the old contractor — it\'s Serco now")', async () => {
    const facts = await learnedOver(
      'I drive for Biffa at the Leicester depot, need help with a grievance letter',
      "sorry, Biffa was the old contractor — it's Serco now, same depot, they took the contract over in April",
    );
    expect(facts.find((f) => f.key === 'company')?.value).toBe('Serco');
  });

  it('reads a part of the body that keeps hurting as a condition', async () => {
    expect(valueOf(await learned("my left knee's been clicking since I started on the bins"), 'health_conditions')).toEqual(['left knee clicking']);
    expect(valueOf(await learned('my wrist has been aching for weeks'), 'health_conditions')).toEqual(['wrist aching']);
    expect(valueOf(await learned("my back's been playing up"), 'health_conditions')).toEqual(['back playing up']);
    expect(valueOf(await learned("knee's swollen again after today, 1,100 lifts on the trade waste round"), 'health_conditions')).toEqual(['knee swollen']);
    // (Someone else's knee is theirs; a back that plays the piano is no complaint.)
    expect(keys(await learned("Tom's knee is sore"))).not.toContain('health_conditions');
    expect(keys(await learned("my back's been playing the piano"))).not.toContain('health_conditions');
  });
});

describe('offline extraction: jobs said in passing', () => {
  it('reads someone placed before their verb as someone else ("Client in Toronto wants …")', async () => {
    const facts = await learned("I'm in Perth (WA). Client in Toronto wants a 9am call their time");
    expect(valueOf(facts, 'location')).toBe('Perth');
    // (A place in the user's own fragment stays theirs.)
    expect(valueOf(await learned('nurse in Leeds, looking for a new job'), 'location')).toBe('Leeds');
  });

  it('keeps a verb and its particle joined by a hyphen in the job ("live-in nanny", "shift in-charge")', async () => {
    expect(valueOf(await learned('live-in nanny in dalkey, south dublin.'), 'role')).toBe('live-in nanny');
    expect(valueOf(await learned('presently working as shift in-charge in a copper mine at Chililabombwe'), 'role')).toBe('shift in-charge');
    expect(valueOf(await learned('I live in Leeds'), 'location')).toBe('Leeds');
  });

  it('reads a job at the end of a clause after "as a", a comma or "I\'m N and"', async () => {
    expect(valueOf(await learned("now I'm full-time at Carlisle East as a crew manager."), 'role')).toBe('crew manager');
    expect(valueOf(await learned("I work at Tesco — sorry, used to, I'm at Lidl now since March, warehouse team leader."), 'role')).toBe(
      'warehouse team leader',
    );
    expect(valueOf(await learned("I'm in Leeds, teacher."), 'role')).toBe('teacher');
    const editor = await learned("I'm 29 and deputy news editor at the Coventry Telegraph right now.");
    expect(valueOf(editor, 'role')).toBe('deputy news editor');
    expect(valueOf(editor, 'company')).toBe('Coventry Telegraph');
    expect(valueOf(await learned("I'm 34 and tired"), 'role')).toBeUndefined();
  });

  it('reads "head of …" after "working as", and a job after "currently a"', async () => {
    expect(valueOf(await learned('I am now working as head of security at a hotel in Nanyuki.'), 'role')).toBe('head of security');
    expect(valueOf(await learned('I work as a nurse'), 'role')).toBe('nurse');
    const lead = await learned("I'm aiming to move into product management within 18 months — currently a QA lead");
    expect(valueOf(lead, 'role')).toBe('QA lead');
  });
});

describe('offline extraction: aims and stances', () => {
  it('reads what the user works towards "so I can …" as a goal, not as an event', async () => {
    const facts = await learned('doing every bit of overtime they give me so I can save a 10% deposit for a flat by next summer.');
    expect(valueOf(facts, 'goals')).toEqual(['save a 10% deposit for a flat by next summer']);
    expect(keys(facts)).not.toContain('upcoming_events');
    // (Not the purpose of something asked of the assistant, nor a verb no one works towards.)
    expect(keys(await learned('can you play a really unhelpful council duty officer so I can practise being assertive on the phone?'))).not.toContain('goals');
    expect(keys(await learned('I work nights so I can pick up the kids'))).not.toContain('goals');
  });

  it('reads a swap the user wants to make as a goal', async () => {
    expect(valueOf(await learned('so I want to swap the gas boiler for a heat pump'), 'goals')).toEqual(['swap the gas boiler for a heat pump']);
  });

  it('reads what the user will not do, of their own conduct, as a stance', async () => {
    expect(valueOf(await learned("I won't push products on people who don't need them just to hit targets"), 'values')).toEqual([
      "won't push products on people",
    ]);
    expect(valueOf(await learned("I won't have my pension invested in fossil fuels or weapons."), 'values')).toEqual([
      "won't have my pension invested in fossil fuels or weapons",
    ]);
    // (What the user will not be or have time for, and a one-off, are no stances.)
    expect(keys(await learned("I won't be in tomorrow"))).not.toContain('values');
    expect(keys(await learned("I won't have time to cook"))).not.toContain('values');
    expect(keys(await learned("I won't do that again lol"))).not.toContain('values');
  });
});

describe("offline extraction: the name on the user's papers", () => {
  it('reads the full name said to go on anything official or the invoices', async () => {
    expect(valueOf(await learned('just Tunde and family is fine. Babatunde Ogunleye on anything official pls'), 'name')).toBe('Babatunde Ogunleye');
    const sipho = await learned("Everyone on site calls me Big Sipho but it's Sipho Ndlovu on the invoices 😂");
    expect(valueOf(sipho, 'name')).toBe('Sipho Ndlovu');
    expect(valueOf(sipho, 'nickname')).toBe('Big Sipho');
    // (Not someone met on a team named after papers, nor a first name alone.)
    expect(keys(await learned('Met Jane Smith on the invoices team'))).not.toContain('name');
    expect(keys(await learned('Tunde on anything official'))).not.toContain('name');
  });
});
