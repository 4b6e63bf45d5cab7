import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 36: readings found on round 37's development thirds (streamers and esports players, pharmacists, call-centre
 * workers) — going live, the kit of a desk or a stream by the names it goes by, being used to something, what keeps
 * someone busy now.
 */

const { cited } = offlineCiter();

describe('offline dialectic: streaming', () => {
  const priya = factsOf(
    {
      name: 'Priya',
      location: 'Leicester, England',
      role: 'full-time variety streamer',
      platforms: ['Twitch', 'YouTube for VODs and shorts'],
      stream_schedule: 'Mon, Wed and Fri, 7pm to 11pm UK time',
      audience_size: 'around 60 average concurrent viewers',
      follower_count: '4,200 Twitch followers',
      setup: ['Elgato Wave:3 mic', 'Sony ZV-1 camera', 'Ryzen 5 7600 PC'],
      family: ['lives with her partner'],
      current_focus: 'planning a 12-hour charity stream for Mind',
    },
    ['current_focus'],
  );

  it('reads going live as broadcasting, not as where the user lives', async () => {
    expect(await cited(priya, 'when does she usually go live?')).toEqual(['stream_schedule']);
    expect(await cited(priya, 'what days does she go live')).toEqual(['stream_schedule']);
    expect(await cited(priya, 'where does she live?')).toEqual(['location']);
    expect(await cited(priya, 'roughly how many people watch her streams?')).toContain('audience_size');
  });

  it('reads "partnered yet" as the partner programme and a horror game as horror', async () => {
    const pri = factsOf({
      name: 'Pri',
      family: ['lives with her partner'],
      monetisation: ['Twitch affiliate subs', 'Ko-fi tips'],
      dislikes: ['horror games', 'jump scares'],
      interests: ['cross-stitch', 'bouldering'],
    });
    expect(await cited(pri, 'is she partnered yet or still on affiliate?')).toEqual(['monetisation']);
    expect(await cited(pri, 'does she have a partner?')).toEqual(['family']);
    expect(await cited(pri, 'should i invite her to our resident evil marathon collab')).toEqual(['dislikes']);
  });

  it('leaves unanswered what the stream figures do not say', async () => {
    // (Twitch followers are not YouTube subscribers; a charity stream's takings are not its audience.)
    expect(await cited(priya, 'how many subscribers does her YouTube channel have?')).toEqual([]);
    expect(await cited(priya, 'how much has the charity stream raised so far')).toEqual([]);
    // (A count a key names is no amount: "follower_count: 1450" says nothing of money raised.)
    const ravi = factsOf({ name: 'Ravi', stream_schedule: 'Thursday and Friday evenings', follower_count: '1450' });
    expect(await cited(ravi, 'how much has the charity stream raised so far')).toEqual([]);
    expect(await cited(ravi, 'how many followers does he have?')).toEqual(['follower_count']);
  });

  it('finds a microphone by the "mic" a setup lists', async () => {
    expect(await cited(priya, 'what microphone has she got?')).toEqual(['setup']);
    expect(await cited(priya, 'what webcam does she use?')).toEqual([]);
  });

  it('keeps a concept named before a closing time what is asked ("busy preparing at the moment")', async () => {
    expect(await cited(priya, "what's she busy preparing at the moment?")).toEqual(['current_focus']);
  });
});

describe('offline dialectic: the software of a desk job', () => {
  const lerato = factsOf({
    name: 'Lerato',
    role: 'team leader',
    tools: ['Genesys', 'Zendesk', 'Power BI'],
    skills: ['Figma', 'de-escalation'],
    location: 'Bellville',
  });
  const tobi = factsOf({ name: 'Tobi', role: 'pharmacist and owner', tools: ['Kroll', 'Excel'], previous_role: 'hospital pharmacist' });

  it('finds a dialler, a phone system, design software and a dispensing system by the products named', async () => {
    expect(await cited(lerato, 'which dialler platform does her floor run on?')).toEqual(['tools']);
    expect(await cited(lerato, 'what phone system is she using at work?')).toEqual(['tools']);
    expect(await cited(lerato, 'which design software does she know?')).toEqual(['skills']);
    expect(await cited(tobi, 'which dispensing system is he used to?')).toEqual(['tools']);
  });

  it('reads "is he used to" as a habit had now, and "used to" alone as the past', async () => {
    expect(await cited(tobi, 'what is he used to working with?')).not.toEqual([]);
    expect(await cited(tobi, 'what did he used to do?')).not.toContain('tools');
  });
});

describe('offline dialectic: the body by its parts and symptoms', () => {
  const jarrah = factsOf({
    name: 'Jarrah',
    role: 'professional Counter-Strike 2 player',
    health_conditions: ['right-wrist tendonitis'],
    dislikes: ['long-haul flights', 'early mornings'],
  });
  const kj = factsOf({ name: 'KJ', role: 'customer service agent', health_conditions: ['insomnia'], diet: 'no pork', favorite_food: 'chicken inasal' });
  const aoife = factsOf({ name: 'Aoife', role: 'antimicrobial pharmacist', health_conditions: ['migraines set off by caffeine withdrawal'] });
  const jordan = factsOf({ name: 'Jordan', role: 'triathlon coach', health_conditions: ['exercise-induced asthma'], pets: ['two cats'] });

  it('finds a condition of the part or the symptom a question names', async () => {
    expect(await cited(jarrah, 'is his arm gonna cope with 10 hour days?')).toEqual(['health_conditions']);
    expect(await cited(kj, 'why is she always so tired in the daytime?')).toEqual(['health_conditions']);
    expect(await cited(aoife, 'what brings on her headaches?')).toEqual(['health_conditions']);
    expect(await cited(jordan, 'any breathing issues I should know about before a hard interval session?')).toEqual(['health_conditions']);
    // (A symptom no condition is of stays unanswered.)
    expect(await cited(jarrah, 'does he get headaches from the screens?')).toEqual([]);
  });

  it('knows lechon is pork', async () => {
    expect(await cited(kj, "we're ordering lechon for the team party — will she eat it?")).toContain('diet');
  });
});

describe('offline dialectic: plans and studies', () => {
  const sol = factsOf({
    name: 'Sol',
    role: 'esports caster',
    goals: ['cast at the M-series World Championship'],
    interests: ['karaoke', 'K-pop'],
  });
  const callum = factsOf({
    name: 'Callum',
    role: 'customer service adviser',
    location: 'Dennistoun, Glasgow',
    studying: 'electrical installation course at City of Glasgow College, two evenings a week',
    goals: ['become an electrician'],
  });
  const aoife = factsOf({ name: 'Aoife', location: 'Cork', upcoming_event: 'presenting a poster at the HPAI conference in Dublin next Saturday' }, [
    'upcoming_event',
  ]);

  it('reads a dream named by what it is of as a goal', async () => {
    expect(await cited(sol, "what's her dream gig?")).toEqual(['goals']);
  });

  it('reads night classes and studying now as what the user studies', async () => {
    expect(await cited(callum, 'where does he go to night classes?')).toEqual(['studying']);
    expect(await cited(callum, "what's he studying in the evenings?")).toEqual(['studying']);
  });

  it('reads presenting as what the user does, not a present given', async () => {
    expect(await cited(aoife, "where's she presenting soon?")).toEqual(['upcoming_event']);
  });
});

describe('offline dialectic: other names for the same thing', () => {
  const sol = factsOf({
    name: 'Sol',
    role: 'esports caster and streamer',
    language: ['Filipino', 'English', 'Cebuano'],
    internet: 'PLDT fibre with a Globe pocket wifi as backup',
    team_role: 'entry fragger (rifler)',
  });
  const ravi = factsOf({ name: 'Ravi', location: 'Auckland', dislikes: ['cold weather'], interests: ['cricket', 'street photography'] });

  it('finds a language, a connection, a fallback and a place in a team by their other names', async () => {
    expect(await cited(sol, 'can she do a segment in bisaya?')).toEqual(['language']);
    expect(await cited(sol, "if her main net drops mid-cast what's the fallback?")).toEqual(['internet']);
    expect(await cited(sol, 'what position does she play for the squad?')).toEqual(['team_role']);
    // (A language no item names stays unanswered.)
    expect(await cited(sol, 'can she do a segment in Ilocano?')).toEqual([]);
  });

  it('reads a walk in winter as the cold', async () => {
    expect(await cited(ravi, 'would he enjoy a winter tramp in the Tararuas?')).toEqual(['dislikes']);
  });
});

describe('offline dialectic: what a number gives', () => {
  const tobi = factsOf({
    name: 'Tobi',
    business: 'independent community pharmacy with 9 staff',
    work_hours: 'Mon–Sat 9am–7pm; the pharmacy is closed on Sundays',
    rent: '$4,200 a month for the shop',
  });

  it('reads a number of people or a time of day as no amount of money', async () => {
    expect(await cited(tobi, 'how much did he pay for the pharmacy?')).toEqual([]);
    expect(await cited(tobi, 'how much is the rent on the shop?')).toEqual(['rent']);
  });

  it('reads a ship as a vessel, not a thing shipped', async () => {
    const jojo = factsOf({ name: 'Jojo', role: 'second engineer', goals: ['pass the Chief Engineer exam by 2026'] });
    expect(await cited(jojo, "what's the name of the ship he's on?")).toEqual([]);
  });
});

describe('offline dialectic: kin and certificates by their everyday names', () => {
  const tendai = factsOf({
    name: 'Tendai',
    role: 'healthcare assistant',
    hometown: 'Bulawayo',
    family: ['single', 'no children'],
    remittance: 'sends money to her gran in Bulawayo through Mukuru',
  });
  const niamh = factsOf({
    name: 'Niamh',
    role: 'head chef',
    certifications: ['HACCP Level 3', 'first aid at work'],
    education: 'Culinary Arts diploma, TU Dublin',
  });

  it('reads a grandparent named in a value as family', async () => {
    expect(await cited(tendai, 'how does she get money to her family back home?')).toContain('remittance');
  });

  it('finds a certificate by the field it covers', async () => {
    expect(await cited(niamh, 'is she qualifed for food safety stuff, any certs?')).toContain('certifications');
    expect(await cited(niamh, 'is she trained in first aid?')).toEqual(['certifications']);
    // (A trade's field is no certificate: what she cooks is her work.)
    expect(await cited(niamh, 'what does she do for work?')).not.toContain('certifications');
  });
});

describe('offline dialectic: settings and things of a kind', () => {
  const jojo = factsOf({
    name: 'Jojo',
    nationality: 'Filipino',
    hometown: 'Talisay, Cebu',
    language: ['Cebuano', 'Tagalog', 'English'],
    family: ['married to Liza', 'two daughters (10 and 7)'],
  });

  it('reads the user\'s people a verb is done with as its setting ("speak with his family back home")', async () => {
    expect(await cited(jojo, 'what does he speak with his family back home')).toContain('language');
    expect(await cited(jojo, 'what does he speak with his family back home')).not.toContain('family');
    // (With nothing else asked, the family is what is asked.)
    expect(await cited(jojo, 'how does he keep in touch with his family?')).toEqual(['family']);
  });

  it('reads insects as stings and kneeling as the knees', async () => {
    const chi = factsOf({ name: 'Chi', allergies: ['bee stings'], interests: ['netball', 'op-shopping'] });
    expect(await cited(chi, 'anything outdoors she reacts badly to, insects and that?')).toEqual(['allergies']);
    const kwame = factsOf({ name: 'Kwame', role: 'cleaning business owner', health_conditions: ['right knee pain (meniscus tear, 2023)'] });
    expect(await cited(kwame, 'is a job that means kneeling all day going to be a problem for him?')).toEqual(['health_conditions']);
  });
});

describe('offline dialectic: reaching the user', () => {
  it('answers how to reach the user from how they like to be reached, and reads "fastest way" as no fasting', async () => {
    const lena = factsOf({ name: 'Lena', contact_preference: 'text, not calls, on bad days', values: ['keeps Sundays free'], faith: 'Catholic' });
    expect(await cited(lena, "how should I get hold of Lena when she's having a bad day?")).toEqual(['contact_preference']);
    expect(await cited(lena, 'fastest way to get hold of her?')).not.toContain('faith');
  });
});
