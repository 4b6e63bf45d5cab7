import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/extracted.js';

const valueOf = (facts: Awaited<ReturnType<typeof learned>>, key: string) => facts.find((f) => f.key === key && !f.retract)?.value;

/**
 * Session 52: general readings found on round 53's development thirds (contact-centre agents; rangers, foresters,
 * gamekeepers and beekeepers; driving instructors and taxi drivers). Each behaviour beside a near miss that must stay as it was.
 */

describe('offline extraction: countryside and call-centre trades', () => {
  it('reads keepers, foresters and call handlers as roles', async () => {
    expect(valueOf(await learned("I'm head keeper on a grouse moor near Braemar, 2 underkeepers under me."), 'role')).toBe('head keeper');
    expect(valueOf(await learned("I'm a forester with the county council"), 'role')).toBe('forester');
    expect(valueOf(await learned("I'm a call handler for a water company"), 'role')).toBe('call handler');
  });
});

describe('offline extraction: an attribute written with a hyphen', () => {
  it('reads "long-term plan is to …" as a goal, as "long term plan" is', async () => {
    const goals = valueOf(await learned('long-term plan is to buy a small croft on Skye.'), 'goals');
    expect(goals).toContain('buy a small croft on Skye');
    expect(valueOf(await learned('long term plan is to buy a small croft on Skye.'), 'goals')).toContain('buy a small croft on Skye');
  });

  it("still leaves someone else's plan alone", async () => {
    expect(valueOf(await learned("my sister's long-term plan is to buy a small croft on Skye."), 'goals')).toBeUndefined();
  });
});

describe('offline extraction: tickets named by their codes', () => {
  it('reads "my CS30 and CS31 chainsaw tickets" as the user\'s', async () => {
    const certs = valueOf(await learned("I've got my CS30 and CS31 chainsaw tickets. what's next for arb work?"), 'certifications') as string[];
    expect(certs.join(' | ')).toContain('CS30');
    expect(certs.join(' | ')).toContain('CS31');
  });

  it('still leaves a possessive ticket with no code to the certificate table', async () => {
    expect(valueOf(await learned("I've got my tickets for the match on saturday"), 'certifications')).toBeUndefined();
  });
});

describe('offline extraction: an animal called by its name and its kind', () => {
  it('reads "just Bess the cocker" and "my dogs … Pip the terrier"', async () => {
    expect(valueOf(await learned("our old lab died in March so it's just Bess the cocker now. when can I start her on woodcock?"), 'pets')).toContain(
      'Bess the cocker',
    );
    expect(valueOf(await learned('My dogs: Bracken and Pip the terrier. Need a feeding plan'), 'pets')).toContain('Pip the terrier');
  });

  it("leaves someone else's animal alone", async () => {
    expect(valueOf(await learned("my sister's got Max the labrador and he's a handful"), 'pets')).toBeUndefined();
  });
});

describe('offline extraction: small words of age and health', () => {
  it('reads "a 2 yr old" as a child', async () => {
    expect(valueOf(await learned("we've got a 2 yr old. how do other shift-working couples manage?"), 'family')).toContain('2 yr old');
  });

  it('knows reflux and Lyme disease as conditions', async () => {
    expect(valueOf(await learned('also got reflux which is worse on late shifts'), 'health_conditions')).toContain('reflux');
    expect(valueOf(await learned('had lyme disease in 2019 so I check for ticks every day'), 'health_conditions')).toContain('lyme disease');
  });
});
