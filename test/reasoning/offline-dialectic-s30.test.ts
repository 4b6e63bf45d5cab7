import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 30, dialectic classes: the user's people and animals asked about by name or by birth order, names after a
 * word or two of the kind ("kelpie cross called Rosie"), a year of birth for an age, a trade asked for by another of its
 * names, a plural possessive that only says which occasion, records that are the past by nature, nicknames of places.
 */

const { cited } = offlineCiter();

describe("offline dialectic: the user's people and animals", () => {
  const hannah = factsOf({
    name: 'Hannah',
    pronouns: 'she/her',
    children: ['Zofia, 7', 'Leo, 4'],
    pet: 'Biscuit, French bulldog (fawn, male)',
    pet_food: 'hypoallergenic salmon & potato kibble, 2 meals a day, 95 g each',
    occupation: 'estate agent',
  });

  it('reads "her youngest" and "her eldest" as one of her children', async () => {
    expect(await cited(hannah, 'whats the name of her youngest')).toEqual(['children']);
    expect(await cited(hannah, 'how old is her eldest?')).toEqual(['children']);
    expect(await cited(hannah, "what's her oldest friend called?")).toEqual([]);
  });

  it('answers what a named pet eats from a key of her pet', async () => {
    expect(await cited(hannah, 'what does Biscuit eat + how much per meal?')).toEqual(['pet_food']);
    expect(await cited(hannah, 'what does Leo eat for lunch?')).toEqual([]);
  });

  it("finds a pet's or children's names after a word or two more of their kind", async () => {
    const jess = factsOf({ name: 'Jess', pets: 'kelpie cross called Rosie', children: 'twin toddlers Ava and Noah, aged 2' });
    expect(await cited(jess, "what's the dog called? need to book her into kennels")).toEqual(['pets']);
    expect(await cited(jess, 'what are the twins called?')).toEqual(['children']);
    expect(await cited(factsOf({ name: 'Jo', pets: 'kelpie cross, very shy' }), "what's the dog called?")).toEqual([]);
  });

  it("gives a child's age from a year of birth", async () => {
    const farah = factsOf({
      name: 'Farah',
      children: ['Zayd, born March 2023'],
      childcare: 'Little Acorns Daycare — Mon to Thu, drop-off 8am, pickup by 5:45pm',
    });
    expect(await cited(farah, 'How old is her kid? The swim class form asks under-3 or 3+.')).toEqual(['children']);
    expect(await cited(farah, 'does zayd go to daycare on fridays')).toEqual(['childcare']);
    expect(await cited(farah, 'Does Zayd have any food allergies the daycare should know about?')).toEqual([]);
  });
});

describe('offline dialectic: providers, occasions and records', () => {
  const bridie = factsOf({
    name: 'Bridie',
    pronouns: 'she/her',
    pharmacy: "Quinn's Pharmacy, Ennistymon",
    diet: 'pescatarian',
    landlord_status: 'two flats in Swansea',
    injuries: 'right Achilles tendinopathy in 2023, now managed',
  });

  it('answers which chemist from the pharmacy', async () => {
    expect(await cited(bridie, 'which chemist does she get her prescriptions from')).toEqual(['pharmacy']);
  });

  it('reads "the landlords\' forum dinner" as an occasion, not other people', async () => {
    expect(await cited(bridie, "thinking of booking the steakhouse for the landlords' forum dinner, will that suit her?")).toContain('diet');
    expect(await cited(bridie, "what are the landlords' names?")).toEqual([]);
  });

  it('answers "has she had X before?" from a record of injuries', async () => {
    expect(await cited(bridie, 'has she had achilles trouble before?')).toEqual(['injuries']);
    expect(await cited(bridie, 'what did she do before?')).toEqual([]);
  });
});

describe('offline dialectic: words for the same thing', () => {
  const trev = factsOf(
    {
      name: 'Trev',
      pronouns: 'he/him',
      upcoming_trip: 'Tasmania 3–17 November with Lorraine',
      next_fight: 'Chicago Golden Gloves, late March',
      diet: 'vegetarian (eats eggs)',
      work_schedule: 'nights, Sunday to Wednesday',
      phone: 'Google Pixel 7',
      hearing: 'mild hearing loss; hearing aids paired to his phone',
    },
    ['upcoming_trip', 'next_fight'],
  );

  it('knows a nickname of a place', async () => {
    expect(await cited(trev, "when's the tassie trip")).toEqual(['upcoming_trip']);
  });

  it('reads a bout as a fight', async () => {
    expect(await cited(trev, "When's his next bout?")).toEqual(['next_fight']);
  });

  it('reads "veg or non-veg" as a question of diet', async () => {
    expect(await cited(trev, 'veg or non-veg for the workshop lunch?')).toEqual(['diet']);
  });

  it('reads "does he work nights?" as his shifts', async () => {
    expect(await cited(trev, 'does he work nights?')).toContain('work_schedule');
  });

  it('answers which phone from a key of the phone itself', async () => {
    expect(await cited(trev, 'which phone has he got')).toContain('phone');
  });
});

describe('offline dialectic: age bounds, nationalities by their everyday names, bosses and teenagers', () => {
  const georgia = factsOf({
    name: 'Georgia',
    pronouns: 'she/her',
    age: 20,
    nationality: 'New Zealander',
    allergies: 'kiwifruit',
    interests: ['five-a-side football', 'playing the oud'],
    manager: 'Vikram Shenoy, VP Product',
    family: ['married to Leanne', 'two teenagers: Mia (17) and Josh (15)'],
  });

  it('answers "is she over 18?" from her age', async () => {
    expect(await cited(georgia, 'is she over 18?')).toEqual(['age']);
  });

  it('answers "is she a kiwi?" from her nationality, and kiwi fruit from her allergies', async () => {
    expect(await cited(georgia, 'is she a kiwi?')).toEqual(['nationality']);
    expect(await cited(georgia, 'can she eat kiwi?')).toContain('allergies');
  });

  it('knows the oud for an instrument', async () => {
    expect(await cited(georgia, 'what instrument does she play?')).toEqual(['interests']);
  });

  it("answers who her boss is from her manager's key", async () => {
    expect(await cited(georgia, "who's her boss")).toEqual(['manager']);
  });

  it('gives the ages of "two teenagers: Mia (17) and Josh (15)" for her kids', async () => {
    expect(await cited(georgia, 'how old are her kids?')).toEqual(['family']);
  });
});

describe('offline dialectic: fruit, compounds and where someone of theirs lives', () => {
  const hamish = factsOf({
    name: 'Hamish',
    pronouns: 'he/him',
    allergies: ['kiwifruit'],
    pets: ['cat called Miso, living with his parents'],
    caring_responsibilities: "main support for his dad Ron (81), who lives alone in Rangiora and has Parkinson's",
    goals: 'ride the Indian Pacific to visit Karen in Perth next autumn',
  });

  it('reads a fruit platter as food an allergy to a fruit rules out', async () => {
    expect(await cited(hamish, "I'm making a fruit platter for his leaving do, anything to keep off it?")).toEqual(['allergies']);
  });

  it('reads "a cat-themed mug" as about a present for him, not about a cat', async () => {
    expect(await cited(hamish, 'would a cat-themed mug be a good present for him?')).toEqual(['pets']);
  });

  it('answers where someone of his lives from an item that names them and a place after them', async () => {
    expect(await cited(hamish, 'where does Ron live?')).toEqual(['caring_responsibilities']);
    expect(await cited(hamish, 'where does his dad work?')).toEqual([]);
    expect(await cited(hamish, "where do Ron's neighbours live?")).toEqual([]);
  });
});

describe('offline dialectic: what a professional does to the user, where in town, and what the body allows', () => {
  const tariq = factsOf({
    name: 'Tariq',
    pronouns: 'he/him',
    allergies: ['penicillin'],
    location: 'Leipzig, Germany',
    accommodation: 'WG room in Connewitz',
    diet: 'vegetarian, but fine with dashi',
    health_conditions: ['right shoulder injury from a fall in 2022', 'slipped disc in his lower back'],
  });

  it('reads "can the doctor just give him amoxicillin?" as about him', async () => {
    expect(await cited(tariq, 'if he gets a chest infection can the doctor just give him amoxicillin?')).toEqual(['allergies']);
    expect(await cited(tariq, 'can his boss give him a raise?')).toEqual([]);
  });

  it('answers which part of town from where he lodges', async () => {
    expect(await cited(tariq, 'which part of town does he live in')).toContain('accommodation');
  });

  it('reads carrying a wardrobe and hours on bean bags against his shoulder and back', async () => {
    expect(await cited(tariq, 'could he help me carry a wardrobe up to the loft?')).toEqual(['health_conditions']);
    expect(await cited(tariq, 'can he sit through a 3 hour workshop on bean bags')).toEqual(['health_conditions']);
  });

  it('reads a yakiniku night as meat', async () => {
    expect(await cited(tariq, "we're doing a yakiniku night for the group — will he be ok with that?")).toEqual(['diet']);
  });
});

describe('offline dialectic: records, racket sports, how long, what is wrong, first and last days', () => {
  const teo = factsOf({
    name: 'Teo',
    pronouns: 'he/him',
    personal_best: 'Olympic-distance triathlon in 2:21:40 (2025)',
    hobbies: ['badminton', 'film photography'],
    instruments: ['electric guitar (12 years)', 'jazz piano (learning, 6 months)'],
    injuries: ['left Achilles tendinopathy'],
    retirement_date: 'Friday 28 March',
    occupation: 'Twitch streamer',
  });

  it("answers the quickest he's ever done a race from his personal best", async () => {
    expect(await cited(teo, "what's the quickest he's ever done an olympic-distance tri?")).toEqual(['personal_best']);
  });

  it('reads doubles and racket sports as badminton and its kind', async () => {
    expect(await cited(teo, 'we need a fourth for doubles, does he play any racket sport?')).toEqual(['hobbies']);
  });

  it('answers how long he has done a thing from a fact on it that says a duration', async () => {
    expect(await cited(teo, 'how long has he been playing guitar')).toEqual(['instruments']);
    expect(await cited(teo, 'how long has he been streaming?')).toEqual([]);
  });

  it('reads "whats wrong with his achilles" as asking what ails it', async () => {
    expect(await cited(teo, 'whats wrong with his achilles')).toEqual(['injuries']);
  });

  it('answers his last day from the retirement date', async () => {
    expect(await cited(teo, "when's his last day?")).toEqual(['retirement_date']);
  });
});

describe('offline dialectic: another job', () => {
  it('answers "another job apart from delivering" from second_job', async () => {
    const ibrahim = factsOf({
      name: 'Ibrahim',
      pronouns: 'he/him',
      role: 'self-employed food delivery rider',
      second_job: 'Sunday warehouse shifts at a Trafford Park distribution centre',
    });
    expect(await cited(ibrahim, 'does he have another job apart from delivering?')).toContain('second_job');
  });
});
