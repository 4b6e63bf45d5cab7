import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { concurrentWriters, crashRounds } from './processes.js';
import { record } from './summary.js';

describe('reliability across processes (stress)', () => {
  it('8 stdio servers x 200 mixed writes to one scope lose nothing', async () => {
    const r = await concurrentWriters(tempDir(), 8, 200);
    record('concurrent writers: 8 processes x 200', {
      acknowledged: r.acknowledged,
      'live facts expected': r.expected,
      'live facts found': r.found,
      lost: r.expected - r.found,
    });
    expect(r.found).toBe(r.expected);
  }, 600_000);

  it('20 rounds of SIGKILL during write loops lose no acknowledged write', async () => {
    const r = await crashRounds(tempDir(), 20, 3);
    record('crash safety: 20 SIGKILL rounds', {
      kills: r.kills,
      'writes acknowledged': r.acknowledged,
      'writes found': r.found,
      lost: r.acknowledged - r.found,
    });
    expect(r.found).toBe(r.acknowledged);
  }, 600_000);
});
