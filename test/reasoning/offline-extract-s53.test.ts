import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/extracted.js';

const valueOf = (facts: Awaited<ReturnType<typeof learned>>, key: string) => facts.find((f) => f.key === key && !f.retract)?.value;

/**
 * Session 53: general readings found on round 54's development thirds (jockeys, grooms and farriers; ski instructors and
 * outdoor guides; architects, interior designers and planners). Each behaviour beside a near miss that must stay as it was.
 */

describe('offline extraction: where the user lives, said by what they have done there', () => {
  it('reads "been riding out in Newmarket since 2019" as where the user is', async () => {
    expect(valueOf(await learned('been riding out in Newmarket since 2019 and honestly the cold still gets me'), 'location')).toBe('Newmarket');
  });

  it('reads "we moved the whole string up to Malton" as a move', async () => {
    expect(valueOf(await learned('we moved the whole string up to Malton in the spring, Yorkshire suits the horses'), 'location')).toBe('Malton');
  });

  it('still leaves a relative moved, a meeting moved and a bank moved to alone', async () => {
    expect(valueOf(await learned('we moved my mum up to Malton in the spring'), 'location')).toBeUndefined();
    expect(valueOf(await learned('I moved the meeting to Leeds'), 'location')).toBeUndefined();
    expect(valueOf(await learned('i moved my savings over to monzo last month'), 'location')).toBeUndefined();
  });

  it('reads "Fremantle local." as where the user lives, but not "Leeds local council"', async () => {
    expect(valueOf(await learned('Fremantle local. Doing up a heritage terrace on weekends'), 'location')).toBe('Fremantle');
    expect(valueOf(await learned('Leeds local council sent me a letter about the bins'), 'location')).toBeUndefined();
  });
});

describe('offline extraction: a course code is no time zone', () => {
  it('does not read "AST 1" as the Atlantic time zone', async () => {
    expect(valueOf(await learned('doing my AST 1 this saturday at Rogers Pass, what should I pack'), 'timezone')).toBeUndefined();
  });

  it('still reads a zone said on its own', async () => {
    expect(valueOf(await learned("I'm on AST, so mornings are best for calls"), 'timezone')).toBe('AST');
  });
});
