import { ProfileError } from '../profiles/errors.js';
import type { ReasonerName } from '../profiles/reasoning.js';

/**
 * The time budget of one reasoning call (PROFILE_MCP_LLM_TIMEOUT_MS, default 45 s, retries and
 * chunks included — below MCP clients' usual 60 s request timeout), combined with the caller's
 * signal (MCP cancellation, HTTP client disconnect). Pass `signal` to every upstream request.
 */
export class Deadline {
  readonly signal: AbortSignal;
  private readonly endsAt: number;
  private readonly timer: AbortSignal;

  constructor(
    readonly budgetMs: number,
    private readonly caller?: AbortSignal,
  ) {
    this.endsAt = Date.now() + budgetMs;
    this.timer = AbortSignal.timeout(budgetMs);
    this.signal = caller ? AbortSignal.any([caller, this.timer]) : this.timer;
  }

  /** Milliseconds left (at least 1, so a request may still be made and then aborted). */
  remaining(): number {
    return Math.max(1, this.endsAt - Date.now());
  }

  /** The error for an aborted call: the caller went away, or the budget was spent. Undefined when not aborted. */
  abortError(who: ReasonerName): ProfileError | undefined {
    if (this.caller?.aborted) {
      return new ProfileError('llm_unavailable', 'The reasoning call was cancelled by the caller; the upstream request was aborted.', {
        reasoner: who,
        cancelled: true,
      });
    }
    if (this.timer.aborted || this.endsAt <= Date.now()) {
      return new ProfileError(
        'llm_unavailable',
        `The ${who} model did not finish within ${this.budgetMs} ms (PROFILE_MCP_LLM_TIMEOUT_MS, retries included). Nothing was written; try again with fewer messages.`,
        { reasoner: who, timeout_ms: this.budgetMs },
      );
    }
    return undefined;
  }
}
