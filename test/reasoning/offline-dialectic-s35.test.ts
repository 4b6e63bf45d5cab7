import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 35: readings found on round 36's development thirds (domestic workers, fitness coaches, seafarers) — a parent
 * spelt as another English spells it, the right to stay and work, money sent home, weeks on and off, the firm a worker is
 * contracted through.
 */

const { cited } = offlineCiter();

describe("offline dialectic: the user's people", () => {
  const wanji = factsOf({
    name: 'Wanji',
    family: ['single', 'mum in Nyeri', 'younger brother (16)'],
    location: 'Oakville, Ontario',
    role: 'live-in nanny',
  });

  it('finds a parent however the question spells the word ("mom" beside "mum in Nyeri")', async () => {
    expect(await cited(wanji, 'where does her mom live')).toEqual(['family']);
    expect(await cited(wanji, 'where does her mother live?')).toEqual(['family']);
    // (What no item says stays unanswered.)
    expect(await cited(wanji, 'where does her brother live')).toEqual([]);
    expect(await cited(wanji, "what's her mom's name?")).toEqual([]);
  });
});

describe('offline dialectic: work at sea and abroad', () => {
  const kirsty = factsOf({
    name: 'Kirsty',
    role: 'instrument technician',
    company: 'Brodie Offshore Services',
    rotation: '3 weeks on, 3 weeks off',
    location: 'Aberdeen',
    diet: 'pescatarian',
  });

  it('reads weeks on and off as the work pattern, and the firm one is contracted through as the employer', async () => {
    expect(await cited(kirsty, 'how does her work pattern go')).toEqual(['rotation']);
    expect(await cited(kirsty, "what's her rotation like?")).toEqual(['rotation']);
    expect(await cited(kirsty, "who's she contracted through?")).toEqual(['company']);
    // (A rota sent round is a document, not her pattern of work.)
    expect(await cited(kirsty, 'should I email her the rota changes?')).not.toContain('rotation');
  });

  const linda = factsOf({
    name: 'Linda',
    role: 'domestic helper',
    remittances: 'sends HK$3500 a month home via GCash',
    visa: 'foreign domestic helper visa; contract renews in March',
    location: 'Sha Tin',
  });

  it('reads money sent home and the permit to work', async () => {
    expect(await cited(linda, 'how much money does she send back to the philippines')).toEqual(['remittances']);
    expect(await cited(linda, 'what kind of work permit is she on?')).toEqual(['visa']);
  });
});

describe('offline dialectic: someone else by the post they hold', () => {
  const linda = factsOf({
    name: 'Linda',
    role: 'domestic helper',
    employer: 'the Wong family: a couple and an elderly grandmother',
    language: ['Tagalog', 'English', 'basic Cantonese'],
    years_in_role: 'nine years in Hong Kong',
  });

  it('reads an employer who acts as someone else, and the employer asked about as the employer', async () => {
    expect(await cited(linda, 'which language does her employer speak at home?')).toEqual([]);
    expect(await cited(linda, 'what do her employers do for a living?')).toEqual([]);
    expect(await cited(linda, "who's her employer?")).toEqual(['employer']);
    expect(await cited(linda, 'how is her employer funded?')).toEqual(['employer']);
  });

  const jojo = factsOf({ name: 'Joel', role: 'Second Engineer', company: 'Hyperion LNG Shipping', goals: ['pass the Chief Engineer exam by 2026'] });

  it('reads "who\'s the <post> …?" as someone else', async () => {
    expect(await cited(jojo, "who's the chief engineer on his vessel?")).toEqual([]);
    expect(await cited(jojo, "what's his job on the ship?")).toContain('role');
  });
});
