import { describe, expect, it } from 'vitest';
import { answered, learned, learnedOver } from '../helpers/extracted.js';

const valueOf = (facts: readonly { key: string; value: unknown; retract?: boolean }[], key: string) =>
  facts.find((f) => f.key === key && f.retract !== true)?.value;

/**
 * Session 55: general readings found on round 56's development thirds (sommeliers and the wine trade; air traffic control
 * and airport operations; barristers, solicitors and court staff). Each behaviour beside a near miss that must stay as it was.
 */

describe('offline extraction: someone named with "the" and a place, then a verb in the past', () => {
  it('learns nothing from "the usher at Bow told me she\'s done the list for 30 years and lives in Walthamstow"', async () => {
    const facts = await learned("the usher at Bow told me she's done the list for 30 years and lives in Walthamstow — is that a normal career length?");
    expect(valueOf(facts, 'location')).toBeUndefined();
    expect(valueOf(facts, 'role')).toBeUndefined();
  });

  it('still reads "Usher at Bow Crown Court for six years now, I live in Leyton" as the user', async () => {
    const facts = await learned('Usher at Bow Crown Court for six years now, I live in Leyton');
    expect(valueOf(facts, 'location')).toBe('Leyton');
  });
});

describe('offline extraction: an employer of no name', () => {
  it('reads no employer from "head sommelier at a wee place in Glasgow"', async () => {
    const facts = await learned("Siobhán here — head sommelier at a wee place in Glasgow's West End. Can you help me tidy up our list?");
    expect(valueOf(facts, 'company')).toBeUndefined();
    expect(valueOf(facts, 'role')).toBe('head sommelier');
  });

  it('still reads "a solicitor at Marlow Finch" and "a cashier at a credit union" with what they name', async () => {
    expect(valueOf(await learned("I'm a solicitor at Marlow Finch in Reading"), 'company')).toBe('Marlow Finch');
    expect(valueOf(await learned("I'm a cashier at a credit union in Belfast"), 'company')).toBe('credit union');
  });
});

describe('offline extraction: a worker named with "hand"', () => {
  it('reads "im a cellar hand at a winery in the barossa" as the role', async () => {
    expect(valueOf(await learned('im a cellar hand at a winery in the barossa. how do i meal prep for 12 hr shifts'), 'role')).toBe('cellar hand');
  });

  it('still reads no role from "I\'m a dab hand at Tableau"', async () => {
    expect(valueOf(await learned("I'm a dab hand at Tableau from my bank days"), 'role')).toBeUndefined();
  });
});

describe('offline extraction: a comma, a noun and a verb of starting the tagger read as a plural noun', () => {
  it('reads ", vintage starts monday" as its own clause, not as the job before it', async () => {
    const facts = await learned("I'm a cellar hand at a winery in the barossa, vintage starts monday");
    expect(valueOf(facts, 'role')).toBe('cellar hand');
    expect(valueOf(facts, 'upcoming_events')).toEqual(['vintage starts monday']);
  });

  it('still reads "I work at a bakery, the course starts monday" as before', async () => {
    expect(valueOf(await learned('I work at a bakery, the course starts monday'), 'upcoming_events')).toEqual(['the course starts monday']);
  });
});

describe('offline extraction: where the user comes from, said as a home town', () => {
  it('reads "I am based in Nashik only, my hometown is Pune" as location and home town', async () => {
    const facts = await learned('I am based in Nashik only, my hometown is Pune. Kindly suggest some wines.');
    expect(valueOf(facts, 'location')).toBe('Nashik');
    expect(valueOf(facts, 'hometown')).toBe('Pune');
  });

  it('still reads "my city is Pune" as the location', async () => {
    expect(valueOf(await learned('my city is Pune'), 'location')).toBe('Pune');
  });
});

describe('offline extraction: a known place with a word for the lie of the land', () => {
  it('reads "the Clare Valley" and "the Adelaide Hills" whole', async () => {
    expect(valueOf(await learned("I'm up in the Clare Valley"), 'location')).toBe('Clare Valley');
    expect(valueOf(await learned('I live in the Adelaide Hills'), 'location')).toBe('Adelaide Hills');
  });

  it('still reads "Leeds City Centre" as Leeds', async () => {
    expect(valueOf(await learned("I'm in Leeds City Centre"), 'location')).toBe('Leeds');
  });
});

describe('offline extraction: a full name in lower case', () => {
  it('reads "name is rajesh venkataraman, ATCO at chennai approach" with the surname', async () => {
    expect(valueOf(await learned('name is rajesh venkataraman, ATCO at chennai approach. kindly draft a mail to HR'), 'name')).toBe('Rajesh Venkataraman');
  });

  it('still reads "my name is tom btw" and "my name is aoife, i work nights" as the first name', async () => {
    expect(valueOf(await learned('my name is tom btw'), 'name')).toBe('Tom');
    expect(valueOf(await learned('my name is aoife, i work nights'), 'name')).toBe('Aoife');
  });
});

describe('offline extraction: a pastime with the noun that says what kind', () => {
  it('reads "kente weaving" and "pigeon racing" whole', async () => {
    expect(valueOf(await learned('I also do a bit of kente weaving as a side hobby'), 'interests')).toEqual(['kente weaving']);
    expect(valueOf(await learned('I love pigeon racing'), 'interests')).toEqual(['pigeon racing']);
  });

  it('still reads "I go swimming most weekends" without a kind', async () => {
    expect(valueOf(await learned('I go swimming most weekends'), 'interests')).toEqual(['swimming']);
  });
});

describe('offline extraction: an emoji before each item of a list', () => {
  it('reads "hobbies: 🧶 knitting, 🎭 am-dram, 🍷 wine tasting" without the emoji', async () => {
    const facts = await learned("hobbies: 🧶 knitting, 🎭 am-dram, 🍷 wine tasting — can you turn that into something that doesn't sound naff");
    expect([...((valueOf(facts, 'interests') as string[] | undefined) ?? [])].sort()).toEqual(['am-dram', 'knitting', 'wine tasting']);
  });

  it('still reads "🏃 running is my thing"', async () => {
    expect(valueOf(await learned('🏃 running is my thing'), 'interests')).toEqual(['running']);
  });
});

describe('offline extraction: a rule the user keeps, said with "do" and "full stop"', () => {
  it('reads "I won\'t do any work for tobacco companies, full stop" as a value', async () => {
    const values = valueOf(await learned("I won't do any work for tobacco companies, full stop — it's why I turned down the secondment"), 'values');
    expect(values).toEqual(['never do any work for tobacco companies']);
  });

  it('still reads nothing lasting from "I don\'t do any overtime on Sundays"', async () => {
    expect(valueOf(await learned("I don't do any overtime on Sundays"), 'values')).toBeUndefined();
  });
});

describe('offline extraction: what should be, unpunctuated', () => {
  it('reads "i believe tips should go 100% to the floor and … management takes none" up to the second subject', async () => {
    const facts = await learned(
      'i believe tips should go 100% to the floor and kitchen team and management takes none always been my rule can you help me explain our tronc policy',
    );
    expect(valueOf(facts, 'values')).toEqual(['tips should go 100% to the floor']);
  });

  it('still reads nothing from "i believe you can help me with this"', async () => {
    expect(valueOf(await learned('i believe you can help me with this'), 'values')).toBeUndefined();
  });
});

describe('offline extraction: "live in" two names that are no places', () => {
  it('reads "I live in Westlaw and Lexis" as no location', async () => {
    const facts = await learned('I live in Westlaw and Lexis but our firm uses iManage for documents');
    expect(valueOf(facts, 'location')).toBeUndefined();
    expect(valueOf(facts, 'tools')).toEqual(['Westlaw']);
  });

  it('still reads "I live in Mosman and Tom lives in Manly" as the location', async () => {
    expect(valueOf(await learned('I live in Mosman and Tom lives in Manly'), 'location')).toBe('Mosman');
  });
});

describe('offline extraction: a style asked for from now on', () => {
  it('reads "from now on just bullet points, no waffle" and "going forward, shorter answers"', async () => {
    expect(valueOf(await learned('from now on just bullet points, no waffle.'), 'communication_style')).toContain('bullet points');
    expect(valueOf(await learned('going forward, shorter answers'), 'communication_style')).toEqual(['shorter answers']);
  });

  it('still reads "from now on I\'m vegan" as a diet only', async () => {
    const facts = await learned("from now on I'm vegan");
    expect(valueOf(facts, 'communication_style')).toBeUndefined();
    expect(valueOf(facts, 'diet')).toEqual(['vegan']);
  });
});

describe('offline extraction: the venue in a town the user is staying in', () => {
  it('reads "I\'m in Mombasa for hearings at the Law Courts this week" as a stay in Mombasa', async () => {
    const facts = await learned("Based in Nairobi but I'm in Mombasa for hearings at the Law Courts this week, staying near Nyali.");
    expect(valueOf(facts, 'current_location')).toBe('Mombasa');
    expect(valueOf(facts, 'location')).toBe('Nairobi');
  });

  it('still reads "I\'m at the Hilton in Leeds this week" as a stay in Leeds', async () => {
    expect(valueOf(await learned("I'm at the Hilton in Leeds this week"), 'current_location')).toBe('Leeds');
  });
});

describe('offline extraction: a name set right past an aside', () => {
  it('reads "It\'s Ngaire by the way, not Nyree" as the name', async () => {
    expect(valueOf(await learned("It's Ngaire by the way, not Nyree — the reservations app keeps 'fixing' it."), 'name')).toBe('Ngaire');
  });

  it('still reads "It\'s Priya btw" and "it\'s Ama, not Amma"', async () => {
    expect(valueOf(await learned("It's Priya btw"), 'name')).toBe('Priya');
    expect(valueOf(await learned("it's Ama, not Amma"), 'name')).toBe('Ama');
  });
});

describe('offline extraction: a word made from a known one is no typing slip', () => {
  it('keeps "oaky Chardonnay" as written, not "okay"', async () => {
    expect(valueOf(await learned("personally I can't stand oaky Chardonnay, give me something mineral"), 'dislikes')).toEqual(['oaky Chardonnay']);
  });

  it('still reads "i drvie for bolt" as driving', async () => {
    expect(valueOf(await learned('i drvie for bolt'), 'gig_platforms')).toEqual(['bolt']);
  });
});

describe('offline extraction: a condition word as a figure before a noun', () => {
  it('reads no condition from "I host a blind tasting group"', async () => {
    expect(
      valueOf(await learned('Every Thursday I host a blind tasting group with a few other somms from around Dublin'), 'health_conditions'),
    ).toBeUndefined();
  });

  it('still reads "I\'m blind and use a screen reader" as a condition', async () => {
    expect(valueOf(await learned("I'm blind and use a screen reader"), 'health_conditions')).toEqual(['blind']);
  });
});

describe('offline extraction: children said by what they are, then their names', () => {
  it('reads "I have twins, Wanjiru and Kamau" and "a single dad to twins, Wanjiru and Kamau" with the names', async () => {
    expect(valueOf(await learned("I have twins, Wanjiru and Kamau, they're 7."), 'family')).toEqual(['twins Wanjiru, Kamau']);
    expect(valueOf(await learned("I'm a single dad to twins, Wanjiru and Kamau, they're 7."), 'family')).toContain('single dad of twins Wanjiru, Kamau');
  });

  it('still reads "we\'ve got twins starting reception in september" without names', async () => {
    expect(valueOf(await learned("we've got twins starting reception in september"), 'family')).toEqual(['twins']);
  });
});

describe('offline extraction: a new job said as what the employer did', () => {
  it('reads "they\'ve just moved me over to assistant sommelier" as the role now', async () => {
    const facts = await learnedOver(
      "I'm a sous chef at a bistro in Leeds, trying to learn wine on the side",
      "oh — update, they've just moved me over to assistant sommelier, same place, so bye bye kitchen 😂",
    );
    expect(valueOf(facts, 'role')).toBe('assistant sommelier');
  });

  it('still reads no role from "they moved me to Leeds"', async () => {
    expect(valueOf(await learned('they moved me to Leeds'), 'role')).toBeUndefined();
  });
});

describe('offline extraction: the area a profession is practised in, as a short answer', () => {
  it('reads "employment mostly" after "What area do you mainly practise in?" as the field, not a place', async () => {
    const facts = await answered('What area do you mainly practise in?', 'employment mostly');
    expect(valueOf(facts, 'expertise')).toEqual(['employment']);
    expect(valueOf(facts, 'location')).toBeUndefined();
  });

  it('still reads "Leeds" after "What area are you in?" as the location', async () => {
    expect(valueOf(await answered('What area are you in?', 'Leeds'), 'location')).toBe('Leeds');
  });
});

describe('offline extraction: somewhere the user often is', () => {
  it('reads "glasgow, though i\'m up at the tribunal in aberdeen a lot" after "where are you based?" as Glasgow', async () => {
    expect(valueOf(await answered('And where are you based?', "glasgow, though i'm up at the tribunal in aberdeen a lot"), 'location')).toBe('glasgow');
  });

  it('still reads "I\'m a nurse in Leeds, love it" as Leeds', async () => {
    expect(valueOf(await learned("I'm a nurse in Leeds, love it"), 'location')).toBe('Leeds');
  });
});
