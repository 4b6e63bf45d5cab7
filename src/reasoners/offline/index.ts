import { ProfileError } from '../../profiles/errors.js';
import type { Answer, AnswerInput, Completion, ExtractInput, ExtractedFact, Reasoner } from '../../profiles/reasoning.js';
import { DEFAULT_WORK_UNITS } from './nlp/budget.js';
import { WorkerHost } from './worker/host.js';

/**
 * The offline reasoner: no network, deterministic. Learning is rule-based extraction (./extract/),
 * the dialectic is retrieval over the scope's facts with an answer composed only from the cited
 * facts. By default the work runs on a worker thread, interleaved with other calls (./worker/), so
 * no request — however hostile — holds up the server's event loop; `{ worker: false }` runs it
 * inline (evaluation, tools). It cannot chat: `complete` needs an LLM.
 */
export class OfflineReasoner implements Reasoner {
  readonly name = 'offline' as const;
  private readonly host: WorkerHost | undefined;

  private readonly units: number;

  constructor(
    opts: { worker?: boolean; workUnits?: number } = {},
    private readonly clock: () => number = Date.now,
  ) {
    this.host = opts.worker === false ? undefined : new WorkerHost();
    this.units = opts.workUnits ?? DEFAULT_WORK_UNITS;
  }

  async answer(input: AnswerInput): Promise<Answer> {
    if (this.host) return this.host.answer(input, this.clock(), this.units);
    const { stepsOf, runSteps } = await inline();
    return runSteps(stepsOf('answer', input, this.clock(), this.units));
  }

  async extract(input: ExtractInput): Promise<ExtractedFact[]> {
    if (this.host) return this.host.extract(input, this.clock(), this.units);
    const { stepsOf, runSteps } = await inline();
    return runSteps(stepsOf('extract', input, this.clock(), this.units));
  }

  async complete(): Promise<Completion> {
    throw new ProfileError(
      'llm_unavailable',
      'This needs an LLM and none is configured (the offline reasoner only answers from stored facts). Set ANTHROPIC_API_KEY, or connect a client that offers sampling.',
      { reasoner: 'offline' },
    );
  }

  /** Stop the worker thread (tests; a server process just exits). */
  async close(): Promise<void> {
    await this.host?.close();
  }
}

/** The reasoning code itself, loaded only where it runs (the worker thread, or here when inline). */
async function inline() {
  const [{ stepsOf }, { runSteps }] = await Promise.all([import('./worker/jobs.js'), import('./nlp/budget.js')]);
  return { stepsOf, runSteps };
}
