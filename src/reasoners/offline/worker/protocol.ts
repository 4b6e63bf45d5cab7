import type { Answer, AnswerInput, ExtractInput, ExtractedFact } from '../../../profiles/reasoning.js';
import type { ErrorBody } from '../../../profiles/errors.js';

/** Messages between the main thread and the offline reasoning worker. */

export type JobRequest =
  | { id: number; kind: 'extract'; input: ExtractInput; now: number; units: number }
  | { id: number; kind: 'answer'; input: AnswerInput; now: number; units: number };

export type JobReply = { id: number; ok: true; result: ExtractedFact[] | Answer } | { id: number; ok: false; error: ErrorBody['error'] };
