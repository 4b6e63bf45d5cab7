import { describe, expect, it } from 'vitest';
import { answered, learned, learnedOver } from '../helpers/extracted.js';

const valueOf = (facts: Awaited<ReturnType<typeof learned>>, key: string) => facts.find((f) => f.key === key && !f.retract)?.value;

/**
 * Session 48: general readings found on round 49's development thirds (hotel, hostel and holiday-park staff; childminders,
 * nursery and early-years workers; IT helpdesk, desktop support and data-centre staff). Each behaviour beside a near miss
 * that must stay as it was.
 */

describe('offline extraction: jobs', () => {
  it('reads a job said with "as a" at the end of its clause, and a shift as no place', async () => {
    const facts = await learned("my husband's a chef at the same hotel, he's on lates and I'm on earlies as a housekeeper so we barely see each other");
    expect(valueOf(facts, 'role')).toBe('housekeeper');
    expect(valueOf(facts, 'location')).toBeUndefined();
    // (A place after "on" is still one; "as a kid" is no job.)
    expect(valueOf(await learned("we're out on Skye for the summer"), 'current_location')).toBe('Skye');
    expect(valueOf(await learned('I loved drawing as a kid'), 'role')).toBeUndefined();
  });

  it('knows room leaders, night auditors and desktop support as jobs, and what a nanny turned into', async () => {
    expect(valueOf(await learned("i'm room leader in the baby room at Bright Beginnings in Leeds, 3 staff under me."), 'role')).toBe('room leader');
    expect(valueOf(await learned('Doh laugh eh, but I only now get my first IT job — desktop support at a credit union.'), 'role')).toBe('desktop support');
    expect(valueOf(await learned("I'm a nanny-turned-daymother in Gqeberha"), 'role')).toBe('daymother');
    expect(valueOf(await learned("I'm a nanny in Gqeberha"), 'role')).toBe('nanny');
  });

  it('reads no industry from the size of a workplace', async () => {
    expect(valueOf(await learned('im the night auditor at a 120 room hotel in calgary'), 'industry')).toBeUndefined();
    expect(valueOf(await learned('I work at a 60-person law firm'), 'industry')).toBe('law');
  });

  it('keeps what is said after "now" from standing for the new post when the sentence names the post itself', async () => {
    const facts = await learned('I retired from the Kenya Defence Forces last year as a warrant officer and I am now working as head of security at a hotel.');
    expect(valueOf(facts, 'role')).toBe('head of security');
    expect(valueOf(await learned('I was a teacher for years and now working as a data analyst.'), 'role')).toBe('data analyst');
  });
});

describe('offline extraction: aims, stances and ways of writing', () => {
  it('reads a post the user is going for as a goal, and withdraws it when they pull out of its interview', async () => {
    expect(valueOf(await learned("realistically I'm going for the supervisor job that just came up at the Ibis, help me prep"), 'goals')).toEqual([
      'going for the supervisor job',
    ]);
    expect(valueOf(await learned("we're going for a walk after lunch"), 'goals')).toBeUndefined();
    const facts = await learnedOver(
      'going for the deputy manager job at our store, interview Friday, help me prep some answers',
      "actually I've pulled out of the deputy interview. the hours would wreck my back.",
    );
    expect(facts.some((f) => f.key === 'goals')).toBe(false);
  });

  it('reads a refusal of fakes as a stance, not a supposition, and no "full stop" as its item', async () => {
    expect(valueOf(await learned("I'll never write fake reviews, full stop, even tho my manager keeps hinting"), 'values')).toEqual([
      'never write fake reviews',
    ]);
    // (Made-up data asked for is still a supposition.)
    expect(await learned('generate 10 fake user profiles (name, job, city, allergies)')).toEqual([]);
  });

  it('reads a way of writing the user keeps out or always wants', async () => {
    expect(valueOf(await learned('I never use emojis in anything for parents, I find it unprofessional'), 'communication_style')).toEqual(['no emojis']);
    expect(valueOf(await learned('I never use Excel'), 'communication_style')).toBeUndefined();
    expect(valueOf(await learned('Bullet points, not paragraphs, always.'), 'preferences')).toEqual(['Bullet points, not paragraphs']);
  });

  it('reads no "non-negotiable" as an interest beside the one named', async () => {
    expect(valueOf(await learned('Tuesday nights are netball, non-negotiable, so I close at 6 sharp.'), 'interests')).toEqual(['netball']);
  });

  it('reads "stay hands-on" whole', async () => {
    expect(valueOf(await learned('i want to stay hands-on and become a network engineer eventually'), 'goals')).toContain('stay hands-on');
  });
});

describe('offline extraction: languages, tools, family and health', () => {
  it('reads the languages the user talks to people in, and works in', async () => {
    // (The parents' English is the user's too: spoken to them, a habit done in it — see offline-extract-s54.)
    expect(valueOf(await learned('I chat to the kids in isiXhosa and Afrikaans and the parents in English'), 'language')).toEqual([
      'English',
      'isiXhosa',
      'Afrikaans',
    ]);
    expect(valueOf(await learned('I take calls in Welsh and English on a college helpdesk'), 'language')).toEqual(['Welsh', 'English']);
    expect(valueOf(await learned('my mum talks to me in Urdu'), 'language')).toBeUndefined();
  });

  it('reads what a team runs for a task as its tools', async () => {
    expect(valueOf(await learned('We run ServiceNow for tickets'), 'tools')).toEqual(['ServiceNow']);
    expect(valueOf(await learned('I run marathons for charity'), 'tools')).toBeUndefined();
  });

  it('reads taking care of a parent as family', async () => {
    expect(valueOf(await learned('I take care of my mother in Spanish Town so weekend shifts are a no for me.'), 'family')).toEqual(['carer for mother']);
  });

  it('leaves a child\'s allergy, said with "with", to the child', async () => {
    const facts = await learned("I'm coeliac myself, but I've got a new little one starting with a severe egg allergy and an EpiPen.");
    expect(valueOf(facts, 'allergies')).toBeUndefined();
    expect(valueOf(facts, 'learning')).toBeUndefined();
    expect(valueOf(await learned("i'm the one with the shellfish allergy, not him"), 'allergies')).toEqual(['shellfish']);
    expect(valueOf(await learned('just starting with watercolours'), 'learning')).toBe('watercolours');
  });

  it('reads no learning from "the learning journals"', async () => {
    expect(valueOf(await learned('im dyslexic so writing up the learning journals takes me forever'), 'learning')).toBeUndefined();
    expect(valueOf(await learned("i'm learning Rust"), 'learning')).toBe('Rust');
  });

  it('reads the statement after "remember", and stops a list at the next clause\'s subject', async () => {
    const facts = await learned("order lunch for the CAB meeting for 14 people pls, remember i'm allergic to peanuts and Gareth is vegan");
    expect(valueOf(facts, 'allergies')).toEqual(['peanuts']);
    expect(valueOf(await learned('remember that I work nights'), 'work_style')).toBe('nights');
  });
});

describe('offline extraction: answers', () => {
  it('reads the name given as the sender, without the office said after it', async () => {
    const facts = await answered('Who should I put as the sender at the bottom of the letter?', 'siobhan ni bhriain owner of little acorns childminding');
    expect(valueOf(facts, 'name')).toBe('Siobhan Ni Bhriain');
  });
});

describe('offline extraction: tickets and skills done without thinking', () => {
  it('reads the tickets the user has, named before the word', async () => {
    expect(valueOf(await learned("I'm the first aider on our ramp team and I've got forklift and hi-loader tickets."), 'certifications')).toEqual([
      'forklift and hi-loader',
    ]);
    // (A licence named after "my" is read as it was, by the certificate table.)
    expect(valueOf(await learned("I've got my driving licence"), 'certifications')).toEqual(['driving licence']);
  });

  it('reads a skill put first, done "in my sleep"', async () => {
    expect(valueOf(await learned('Cannulation I can do in my sleep but I still get nervous doing paediatric bloods'), 'expertise')).toEqual(['Cannulation']);
    expect(valueOf(await learned('I could sleep in my car'), 'expertise')).toBeUndefined();
  });
});

describe('offline extraction: training and denials', () => {
  it('reads what the user is trained in as expertise, up to what they do with it', async () => {
    expect(valueOf(await learned('im trained in makaton and use it all day with my SEND kids'), 'expertise')).toEqual(['makaton']);
    expect(valueOf(await learned("I'm trained in cannulation and venepuncture but haven't done male catheters"), 'expertise')).toEqual([
      'cannulation',
      'venepuncture',
    ]);
    expect(valueOf(await learned('my son is trained in karate'), 'expertise')).toBeUndefined();
  });

  it('keeps a language the user denies denied, though another names them its speaker in the same clause', async () => {
    const facts = await learned("I don't speak French at all, despite my manager putting me down as the French speaker on the rota. I'm fluent in Italian.");
    expect(valueOf(facts, 'language')).toEqual(['Italian']);
    expect(valueOf(await learned("I'm the French speaker on our team"), 'language')).toEqual(['French']);
  });
});
