import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 20, abstention stated as grammar: what is asked of someone else is not the words that name them; a thing of
 * the user's written as an abbreviation after a possessive; the user's last one of something, in a past tense; and
 * "who" as the doer of something to a thing of the user's.
 */

const { reasoner, cited } = offlineCiter();

describe('offline dialectic: the words that name someone else are not what is asked of them', () => {
  const hannah = factsOf({
    name: 'Hannah Pryce',
    occupation: 'estate agent',
    vet_practice: 'Gloucester Road Veterinary Surgery',
    dog_walker_days: ['Tuesday', 'Thursday'],
    client_hours: 'weekdays 6–10am and 4–8pm; Saturdays 7–11am',
    gp_clinic: 'Murgon Medical Centre',
    phd_supervisor: 'Prof. Anders Lindqvist',
    pet: 'Biscuit, French bulldog',
  });

  it('abstains on what is asked of a person a key of the user names', async () => {
    expect(await cited(hannah, "What's the vet's phone number?")).toEqual([]);
    expect(await cited(hannah, "what's the client's budget per session?")).toEqual([]);
    expect(await cited(hannah, 'does her 6am client have any injuries I should flag?')).toEqual([]);
    expect(await cited(hannah, "what's the dog walker called?")).toEqual([]);
    expect(await cited(hannah, "what's her GP's name at the Murgon clinic?")).toEqual([]);
    // In other words of my own.
    expect(await cited(hannah, "what's the vet's email address?")).toEqual([]);
    expect(await cited(hannah, 'does her 8am client eat meat?')).toEqual([]);
    expect(await cited(hannah, "what's her dog walker's name?")).toEqual([]);
  });

  it('names the person with their modifier when it abstains', async () => {
    const answer = await reasoner.answer({ question: 'does her 6am client have any injuries I should flag?', facts: hannah, history: [] });
    expect(answer.text).toContain("her 6am client's health");
  });

  it('still answers which one of them the user has, who they are, and the thing of the user a key names', async () => {
    expect(await cited(hannah, 'which vet does she use?')).toEqual(['vet_practice']);
    expect(await cited(hannah, "who's her supervisor? need to cc them on the draft")).toEqual(['phd_supervisor']);
    expect(await cited(hannah, 'what are her client hours?')).toEqual(['client_hours']);
    expect(await cited(hannah, 'which days does the dog walker come?')).toEqual(['dog_walker_days']);
  });
});

describe('offline dialectic: a proper noun alone after a possessive is a thing of the user asked for', () => {
  const seun = factsOf({
    name: 'Seun Adeyemi',
    invoicing: 'invoices monthly in USD, net 15, paid by Wise into his Portuguese bank account',
    tax_id: 'NIF 123 456 789',
    client_call_window: 'US client calls until 9pm IST',
  });
  const aniket = factsOf({
    name: 'Aniket Joshi',
    invoicing: 'invoices monthly in USD, net 15',
    client_call_window: 'US client calls until 9pm IST',
  });

  it('abstains when no fact holds it', async () => {
    expect(await cited(aniket, "What's his NIF? the invoice template needs it")).toEqual([]);
    expect(await cited(aniket, "What's his GSTIN? The client's accounts team needs it on the invoice.")).toEqual([]);
    // In other words of my own.
    expect(await cited(aniket, "What's his EIN? the invoice template needs it")).toEqual([]);
    expect(await cited(aniket, "What's his ABN? US clients want it on invoices")).toEqual([]);
    expect(await cited(aniket, "what's his SWIFT? clients ask on invoices")).toEqual([]);
  });

  it('still answers it where a fact holds it, and a name that is no possession', async () => {
    expect(await cited(seun, "What's his NIF? the invoice template needs it")).toEqual(['tax_id']);
    expect(await cited(seun, 'how does he invoice?')).toEqual(['invoicing']);
  });
});

describe("offline dialectic: the user's last one of something, in a past tense, is over", () => {
  const rafa = factsOf({
    name: 'Rafael Ortiz',
    next_fight: 'Chicago Golden Gloves, late March',
    upcoming_appointment: 'diabetic eye screening, 3 June',
    practice_routine: '30 minutes a day before streams, always with a metronome',
    previous_job: 'line cook at a diner',
  });

  it('abstains when the profile keeps only the one to come', async () => {
    expect(await cited(rafa, 'When was his last fight and how did it go?')).toEqual([]);
    expect(await cited(rafa, 'when was his last appointment?')).toEqual([]);
    expect(await cited(rafa, 'how did his last fight go?')).toEqual([]);
    expect(await cited(rafa, 'what did he practise at his last session?')).toEqual([]);
  });

  it('names the last one as asked when it abstains, not as a previous last one', async () => {
    const answer = await reasoner.answer({ question: 'When was his last fight and how did it go?', facts: rafa, history: [] });
    expect(answer.text).toContain('nothing about his last fight');
  });

  it('still answers the next one, the last one not in a past tense, and a past the profile keeps', async () => {
    expect(await cited(rafa, 'when is his next fight?')).toEqual(['next_fight']);
    expect(await cited(rafa, "when's his last fight before the summer?")).toEqual(['next_fight']);
    expect(await cited(rafa, 'what was his last job?')).toEqual(['previous_job']);
  });
});

describe("offline dialectic: who does something to a thing of the user's is someone else", () => {
  const tash = factsOf({
    name: 'Tash Kovač',
    languages: ['English', 'Croatian', 'Italian (learning, about A2)'],
    upcoming_events: ['Italian class oral test, 24 March'],
    hair: 'short, dyed red',
    employer: 'Royal Melbourne Hospital',
    pets: 'a cat, Mishka',
  });

  it('abstains', async () => {
    expect(await cited(tash, 'who teaches her italian class')).toEqual([]);
    expect(await cited(tash, 'who cuts her hair?')).toEqual([]);
    expect(await cited(tash, 'who looks after her cat when she is away?')).toEqual([]);
    expect(await cited(tash, 'who marks her italian tests?')).toEqual([]);
    expect(await cited(tash, 'who feeds her cat?')).toEqual([]);
    expect(await cited(tash, 'who signs off her hospital rota?')).toEqual([]);
  });

  it('still answers who she works for, and what she does herself', async () => {
    expect(await cited(tash, 'who does she work for?')).toEqual(['employer']);
    expect(await cited(tash, 'when is her italian test?')).toEqual(['upcoming_events']);
    expect(await cited(tash, 'what languages does she speak?')).toEqual(['languages']);
  });
});

describe('offline dialectic: a number before a unit of time is a length of time, no amount of money', () => {
  const ravi = factsOf({
    name: 'Ravi Chandran',
    current_event: 'running a 12-hour charity stream for Mind on Saturday',
    practice_routine: '30 minutes a day before streams',
    stream_schedule: 'Thursday and Friday evenings from 8pm UK time',
  });
  const raised = factsOf({
    name: 'Ravi Chandran',
    current_event: 'running a 12-hour charity stream for Mind on Saturday',
    fundraising: 'raised £640 for Mind so far',
  });

  it('abstains on money asked of a fact that only gives a length of time', async () => {
    expect(await cited(ravi, 'how much has the charity stream raised so far')).toEqual([]);
    expect(await cited(ravi, 'how much is the charity stream raising for Mind?')).toEqual([]);
    expect(await cited(ravi, 'how much does he charge for practice sessions?')).toEqual([]);
  });

  it('still answers an amount the profile holds, and how long the stream is', async () => {
    expect(await cited(raised, 'how much has he raised for Mind?')).toEqual(['fundraising']);
    expect(await cited(ravi, 'how long is the charity stream?')).toContain('current_event');
  });
});

describe('offline dialectic: an adverb of what is usual asks for a habit, which a short-lived fact does not state', () => {
  const geoff = factsOf(
    {
      name: 'Geoff Marsh',
      current_task: 'disputing a £311 water bill with Wessex Water',
      current_status: 'staying with his daughter in Exeter this week',
      location: 'Taunton',
      bills: 'council tax £180 a month by direct debit',
    },
    ['current_task', 'current_status'],
  );

  it('abstains when only a short-lived fact speaks of it', async () => {
    expect(await cited(geoff, 'how much does he normally pay Wessex Water a month?')).toEqual([]);
    expect(await cited(geoff, 'what does he usually pay for water?')).toEqual([]);
    expect(await cited(geoff, "what's his water bill normally?")).toEqual([]);
    expect(await cited(geoff, 'how big is his water bill typically?')).toEqual([]);
    expect(await cited(geoff, 'does he generally stay with his daughter?')).not.toContain('current_status');
  });

  it('still answers the habit a lasting fact states, and the present without the adverb', async () => {
    expect(await cited(geoff, 'how much does he normally pay in council tax?')).toEqual(['bills']);
    expect(await cited(geoff, 'how much is the water bill he is disputing?')).toEqual(['current_task']);
    expect(await cited(geoff, 'is he in Exeter this week?')).toContain('current_status');
  });
});
