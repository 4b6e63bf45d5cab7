import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 17: abstention and citation precision. A question about people around the user named by a
 * group, a trade or a part of a group is about them; a detail of one relative is not another's.
 */

const { cited } = offlineCiter();

describe('offline dialectic: people set apart from the user, or some of a group, are someone else', () => {
  const ines = factsOf({
    name: 'Ines Moreau',
    role: 'staff nurse',
    editor: 'Emacs',
    timezone: 'Europe/Paris',
    allergies: ['shellfish'],
    housing: 'shares a house with two housemates',
    employer: 'Hôpital Saint-Louis',
  });

  it('abstains on the others of her trade, the rest of a team, some of her housemates and her co-worker', async () => {
    expect(await cited(ines, 'which editor do the other nurses on her shift prefer?')).toEqual([]);
    expect(await cited(ines, 'what time zone does the rest of the night team work in?')).toEqual([]);
    expect(await cited(ines, 'are any of her housemates allergic to anything?')).toEqual([]);
    expect(await cited(ines, 'what time zone is her co-worker in?')).toEqual([]);
    expect(await cited(ines, "who's her unit manager these days?")).toEqual([]);
  });

  it('still answers about the user herself in the same words', async () => {
    expect(await cited(ines, 'which editor does she prefer?')).toEqual(['editor']);
    expect(await cited(ines, 'is she allergic to anything?')).toEqual(['allergies']);
    expect(await cited(ines, 'what time zone is she in?')).toEqual(['timezone']);
    expect(await cited(ines, 'is the rest of her week free for a call in her time zone?')).toContain('timezone');
  });
});

describe('offline dialectic: her fellow workers and everyone in a group of hers are someone else', () => {
  const ines = factsOf({ name: 'Ines Moreau', role: 'staff nurse', editor: 'Emacs', allergies: ['shellfish'], family: 'two brothers; mother has diabetes' });

  it('abstains on her fellow nurses and on everybody on her team', async () => {
    expect(await cited(ines, 'are her fellow nurses allergic to anything?')).toEqual([]);
    expect(await cited(ines, 'does everybody on her team use emacs?')).toEqual([]);
  });

  it('still answers about her, and about anyone in her family from the family fact', async () => {
    expect(await cited(ines, 'does she use emacs?')).toEqual(['editor']);
    expect(await cited(ines, 'is anyone in her family diabetic?')).toEqual(['family']);
  });
});

describe('offline dialectic: an age in a family fact belongs to the relative it follows', () => {
  const fam = factsOf({ name: 'Ruth Abebe', family: 'married to Dawit; daughter Selam, 7' });

  it('abstains on the age of the spouse named before another relative', async () => {
    expect(await cited(fam, 'how old is dawit?')).toEqual([]);
  });

  it('still gives the age of the relative it follows', async () => {
    expect(await cited(fam, 'how old is selam?')).toEqual(['family']);
    expect(await cited(fam, 'how old is her daughter?')).toEqual(['family']);
  });
});

describe('offline dialectic: asked whether the user has a kind of relative, only a fact on that relative answers', () => {
  const tiago = factsOf({ name: 'Tiago Alves', hometown: 'Porto, Portugal', location: 'Lisbon', languages: ['Portuguese', 'English'] });

  it('abstains when only the place of the question matches', async () => {
    expect(await cited(tiago, 'does he have a girlfriend back home in Portugal?')).toEqual([]);
    expect(await cited(tiago, 'does he have kids back home?')).toEqual([]);
  });

  it('still answers with the relative stored, and when the relative is only the setting', async () => {
    const withFamily = factsOf({ name: 'Tiago Alves', hometown: 'Porto, Portugal', family: 'has a girlfriend, Ana' });
    expect(await cited(withFamily, 'is there a girlfriend in the picture?')).toEqual(['family']);
    expect(await cited(tiago, 'which language should I use for a card to his grandma in Porto?')).toEqual(['languages']);
    expect(await cited(tiago, 'where is he from originally?')).toEqual(['hometown']);
  });
});

describe('offline dialectic: beside the fact that answers what is asked, a weaker match on the same thing is not cited', () => {
  const anouk = factsOf({
    name: 'Anouk Peeters',
    location: 'Ghent, Belgium',
    research_area: 'coastal sea-level modelling',
    package_manager: 'conda (via mamba)',
    religion: 'Protestant',
    values: 'faith, honesty and open data',
    languages: ['Dutch', 'French', 'English'],
    native_language: 'Dutch',
  });

  it('cites the one fact that answers the head in full', async () => {
    expect(await cited(anouk, 'which town is she based in?')).toEqual(['location']);
    expect(await cited(anouk, 'what denomination is she?')).toEqual(['religion']);
  });

  it('still cites two facts that answer the head as well as each other', async () => {
    expect((await cited(anouk, 'which languages does she speak?')).sort()).toEqual(['languages', 'native_language']);
  });
});

describe('offline dialectic: "which N … at?" asks the place the user is at, not where something was done', () => {
  const lena = factsOf({ name: 'Lena Vogt', employer: 'Charité', recovery: 'recovering from knee surgery', education: 'MSc Nursing, Hamburg' });

  it('abstains when the place of an event is asked', async () => {
    expect(await cited(lena, 'which clinic did she get the knee operation at?')).toEqual([]);
  });

  it('still answers the place she works at', async () => {
    expect(await cited(lena, 'which hospital is she at?')).toEqual(['employer']);
    expect(await cited(lena, 'which hospital does she nurse at?')).toEqual(['employer']);
  });
});

describe('offline dialectic: a choice is answered by a fact that speaks of one of its alternatives', () => {
  const omar = factsOf({
    name: 'Omar Haddad',
    employer: 'Northwind Robotics',
    housing: 'rents a furnished flat in Leith',
    diet: 'vegetarian',
    drinks: 'mint tea, no coffee',
  });

  it('abstains when only the thing the choice is about is stored', async () => {
    expect(await cited(omar, 'is his company listed or privately owned?')).toEqual([]);
  });

  it('still answers when a fact names an alternative', async () => {
    expect(await cited(omar, 'is his flat furnished or unfurnished?')).toEqual(['housing']);
    expect(await cited(omar, 'is he vegetarian or vegan?')).toEqual(['diet']);
    expect(await cited(omar, 'coffee or tea when he visits?')).toEqual(['drinks']);
    expect(await cited(omar, 'where does he work?')).toEqual(['employer']);
  });
});

describe("offline dialectic: a trade named with an article and not said of the user is someone else's", () => {
  const wei = factsOf({ name: 'Wei Ling Goh', occupation: 'accountant, on parental leave', languages: ['English', 'Mandarin'], diet: 'vegetarian' });

  it('does not cite her occupation beside her languages for a nanny she would talk to', async () => {
    expect(await cited(wei, 'can she talk to a chinese-speaking nanny?')).toEqual(['languages']);
  });

  it('still cites her occupation when the trade is said of her', async () => {
    expect(await cited(wei, 'is she an accountant?')).toEqual(['occupation']);
    expect(await cited(wei, 'does she work as an accountant?')).toEqual(['occupation']);
  });
});
