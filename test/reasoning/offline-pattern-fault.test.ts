import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PatternSpec } from '../../src/reasoners/offline/extract/pattern.js';
import { TABLES } from '../../src/reasoners/offline/extract/patterns/index.js';
import { keys, learned } from '../helpers/extracted.js';

/**
 * A fault in one pattern's code (its value or key function throwing) must cost that pattern's fact, not the whole
 * `learn` call: before, one throwing value function turned every fact of the message into an `internal_error`.
 */

type Writable = { -readonly [K in keyof PatternSpec]: PatternSpec[K] };
const WORK = TABLES.find(([family]) => family === 'work')![1] as Writable[];
const saved = WORK.map((spec) => ({ spec, value: spec.value, keyOf: spec.keyOf }));

afterEach(() => {
  for (const { spec, value, keyOf } of saved) Object.assign(spec, { value, keyOf });
  vi.restoreAllMocks();
});

describe('offline extraction: a faulty pattern', () => {
  it('skips a pattern whose value function throws, logs it to stderr, and keeps the other facts', async () => {
    expect(keys(await learned("I'm a nurse and I live in Leeds"))).toEqual(expect.arrayContaining(['role', 'location']));
    for (const spec of WORK)
      spec.value = () => {
        throw new TypeError('a fault in a value function');
      };
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write');
    const facts = await learned("I'm a nurse and I live in Leeds");
    expect(keys(facts)).toContain('location');
    expect(keys(facts)).not.toContain('role');
    const lines = stderr.mock.calls.map(([chunk]) => String(chunk)).join('');
    expect(lines).toMatch(/a pattern failed and was skipped/);
    expect(lines).toMatch(/a fault in a value function/);
    // (Nothing goes to stdout: under stdio it carries the protocol.)
    expect(stdout).not.toHaveBeenCalled();
  });

  it('skips a pattern whose key function throws', async () => {
    for (const spec of WORK)
      spec.keyOf = () => {
        throw new RangeError('a fault in a key function');
      };
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const facts = await learned("I'm a nurse and I live in Leeds");
    expect(keys(facts)).toContain('location');
    expect(keys(facts)).not.toContain('role');
  });
});
