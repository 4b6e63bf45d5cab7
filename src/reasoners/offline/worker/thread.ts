import { parentPort } from 'node:worker_threads';
import { toProfileError } from '../../../profiles/errors.js';
import type { JobReply, JobRequest } from './protocol.js';
import { stepsOf } from './jobs.js';
import { Scheduler } from './scheduler.js';

/** The offline reasoning worker: jobs arrive as messages and share the thread round-robin. */

const port = parentPort;
if (!port) throw new Error('offline reasoning worker: no parent port');
const scheduler = new Scheduler();

port.on('message', (job: JobRequest) => {
  const steps = job.kind === 'extract' ? stepsOf('extract', job.input, job.now, job.units) : stepsOf('answer', job.input, job.now, job.units);
  scheduler.run<unknown>(steps, job.kind === 'extract' ? 'messages' : 'user_message').then(
    (result) => port.postMessage({ id: job.id, ok: true, result } as JobReply),
    (err: unknown) => port.postMessage({ id: job.id, ok: false, error: toProfileError(err).toBody().error } as JobReply),
  );
});
