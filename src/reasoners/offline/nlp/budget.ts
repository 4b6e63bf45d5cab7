import { validationError } from '../../../profiles/errors.js';

/**
 * The work budget of one offline reasoning call. Offline work is counted in units (roughly one per
 * token read or fact scored); a call that would spend more than its limit stops with a
 * `validation_error` ("input too complex") instead of running on. Reasoning code is written as
 * generators that `yield` between small steps, so a scheduler can interleave calls (see ../worker/).
 */

/**
 * Units one call may spend. Ordinary text costs about 6.5 units per character (bench/reasoning.ts),
 * so this admits well over a megabyte of conversation — more than a REST body may carry — while
 * input built to be expensive (runs of separators, thousands of one-word lines) is cut off.
 */
export const DEFAULT_WORK_UNITS = 12_000_000;

export class WorkBudget {
  private spent = 0;

  constructor(
    readonly limit: number = DEFAULT_WORK_UNITS,
    private readonly field: string = 'messages',
  ) {}

  /** Count `units` of work; throws `validation_error` once the call is over its budget. */
  spend(units: number): void {
    this.spent += units;
    if (this.spent > this.limit) throw inputTooComplex(this.field);
  }

  get used(): number {
    return this.spent;
  }
}

export function inputTooComplex(field: string) {
  return validationError(
    [{ field, message: 'input too complex for the offline reasoner: shorten it or split it into several calls' }],
    'Input too complex: the offline reasoner stops a call that would take more than its work budget. Send less text (or fewer messages) per call.',
  );
}

/** A reasoning step sequence: yields between small steps, returns the result. */
export type Steps<T> = Generator<void, T, void>;

/** Run steps to the end synchronously (tests, and callers that are already off the event loop). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
