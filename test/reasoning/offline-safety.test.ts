import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { extractSteps } from '../../src/reasoners/offline/extract/index.js';
import { WorkBudget, runSteps } from '../../src/reasoners/offline/nlp/budget.js';
import { normaliseText, MAX_TOKEN_CHARS } from '../../src/reasoners/offline/nlp/normalise.js';
import { Scheduler } from '../../src/reasoners/offline/worker/scheduler.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';

/**
 * The offline reasoner is safe by construction: text is normalised first, no regex can backtrack
 * super-linearly, work is metered and grows linearly with the input, a call over its budget stops
 * with "input too complex", and calls share the worker thread round-robin.
 */

const user = (content: string) => ({ messages: [{ role: 'user' as const, content }], profile: [] });

function unitsFor(content: string): number {
  const budget = new WorkBudget(1e12);
  runSteps(extractSteps(user(content), budget));
  return budget.used;
}

/** Inputs built to be expensive, each as a function of its size. */
const HOSTILE: Record<string, (n: number) => string> = {
  'unusual white space': (n) => 'x\u2003\r\u3000'.repeat(n),
  'dots between letters': (n) => `x${'.'.repeat(n * 4)}x `,
  'one very long token': (n) => 'a'.repeat(n * 4),
  'separators only': (n) => 'a, '.repeat(n),
  'endless coordination': (n) => 'I love hiking and '.repeat(Math.ceil(n / 4)),
  'quotes and parentheses': (n) => '"(\'['.repeat(n),
  emoji: (n) => '🙂 '.repeat(n),
  'code fences': (n) => '```\nI live in utils.py\n'.repeat(Math.ceil(n / 6)),
  'control characters': (n) => '\u0000\u0007\u001b[31m'.repeat(n),
};

describe('offline reasoner: safe by construction', () => {
  it('normalises every kind of white space and control character, and caps tokens', () => {
    const text = normaliseText(`a\u2003b\u3000c\r\nd\u2028e\u0000f\u200bg ${'z'.repeat(500)}`);
    expect(text).toBe(`a b c\nd\nefg ${'z'.repeat(MAX_TOKEN_CHARS)}`);
  });

  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`finishes "${name}" with work linear in its length`, () => {
      // Twice the input costs at most about twice the work (less when normalisation drops it).
      const small = unitsFor(make(4000));
      const large = unitsFor(make(8000));
      expect(large).toBeLessThanOrEqual(2.4 * small + 200);
      expect(Array.isArray(runSteps(extractSteps(user(make(2000)))))).toBe(true);
    });
  }

  it('stops a call over its work budget with validation_error "input too complex"', () => {
    const steps = extractSteps(user('I live in Oslo and I love hiking. '.repeat(2000)), new WorkBudget(10_000));
    expect(() => runSteps(steps)).toThrowError(/input too complex/i);
    try {
      runSteps(extractSteps(user('a, '.repeat(50_000)), new WorkBudget(10_000)));
    } catch (err) {
      expect(err).toMatchObject({ code: 'validation_error', details: [{ field: 'messages' }] });
    }
  });

  it('interleaves calls: a short call finishes while a long one is still running', async () => {
    let now = 0;
    const order: string[] = [];
    const scheduler = new Scheduler(
      async () => undefined,
      () => now,
    );
    function* job(name: string, steps: number) {
      for (let i = 0; i < steps; i++) {
        now += 1; // each step costs 1 ms of the fake clock
        yield;
      }
      order.push(name);
      return name;
    }
    const long = scheduler.run(job('long', 1000), 'messages');
    await Promise.resolve();
    const short = scheduler.run(job('short', 5), 'messages');
    await Promise.all([long, short]);
    expect(order).toEqual(['short', 'long']);
  });

  it('refuses a call that would run longer than its compute limit', async () => {
    let now = 0;
    const scheduler = new Scheduler(
      async () => undefined,
      () => now,
    );
    function* endless() {
      for (;;) {
        now += 100;
        yield;
      }
    }
    await expect(scheduler.run(endless(), 'messages')).rejects.toMatchObject({ code: 'validation_error' });
  });

  it('runs on a worker thread: the answer is the same as inline', async () => {
    const worker = new OfflineReasoner({ workUnits: 50_000 });
    try {
      const input = user("I'm a nurse in Leeds, vegan since 2019, and I speak Welsh.");
      expect(await worker.extract(input)).toEqual(await new OfflineReasoner({ worker: false }).extract(input));
      await expect(worker.extract(user('a, '.repeat(20_000)))).rejects.toMatchObject({ code: 'validation_error' });
    } finally {
      await worker.close();
    }
  });
});

describe('offline reasoner: regular expressions', () => {
  it('has no regex that can backtrack super-linearly (checked with recheck)', () => {
    const root = join(import.meta.dirname, '../../src/reasoners/offline');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk(root);
    const unsafe: string[] = [];
    let count = 0;
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(source);
          const end = text.lastIndexOf('/');
          count++;
          // (30 s each: the longest, segment.ts's role-play regex, takes about 6 s alone and ran past 10 s on a loaded machine,
          // where recheck answers "unknown".)
          const result = checkSync(text.slice(1, end), text.slice(end + 1).replace(/[gy]/g, ''), { timeout: 30_000 });
          if (result.status !== 'safe') unsafe.push(`${file.slice(root.length + 1)}: ${text} (${result.status})`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(count).toBeGreaterThan(50);
    expect(unsafe).toEqual([]);
  }, 300_000);
});
