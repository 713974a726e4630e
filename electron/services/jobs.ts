import { ERROR_CODES, type BackupSummary, type JobStatus } from '../../shared/contract';
import { newHandle } from './handles';
import { ServiceError } from './service-error';

export type JobContext = {
  signal: AbortSignal;
  /** Reports how far the job is, in bytes (or rows) done out of a total. */
  progress(done: number, total: number): void;
};

export type JobOutcome = { backup?: BackupSummary };

export type Jobs = {
  /** Starts the work now and answers its id at once; the work reports through `status`. */
  start(work: (context: JobContext) => Promise<JobOutcome>): string;
  status(jobId: string): JobStatus;
  /** Asks the work to stop; a job that already finished keeps its outcome. */
  cancel(jobId: string): void;
  /** Settles when the job has finished, whichever way (tests, shutdown). */
  finished(jobId: string): Promise<void>;
};

type Job = {
  status: JobStatus;
  controller: AbortController;
  finishedAt: number | null;
  done: Promise<void>;
};

/** Long enough for a renderer that was busy (or reloaded) to read the outcome. */
const KEEP_FINISHED_MS = 60 * 60 * 1000;

function unknownJob(): ServiceError {
  return new ServiceError(ERROR_CODES.notFound, 'There is no such job');
}

function failureOf(error: unknown, signal: AbortSignal): Pick<JobStatus, 'state' | 'error'> {
  if (signal.aborted) {
    return { state: 'cancelled', error: { code: ERROR_CODES.cancelled, message: 'Cancelled' } };
  }
  if (error instanceof ServiceError) {
    return { state: 'failed', error: { code: error.code, message: error.message } };
  }
  // Internal details (paths, Node codes) go to the log, not to the screen.
  console.error('TrainDesk: a job failed:', error);
  return { state: 'failed', error: { code: ERROR_CODES.internal, message: 'The job failed' } };
}

export function createJobs(options: { now?: () => number; keepFinishedMs?: number } = {}): Jobs {
  const now = options.now ?? Date.now;
  const keepFinishedMs = options.keepFinishedMs ?? KEEP_FINISHED_MS;
  const jobs = new Map<string, Job>();

  function forgetOldJobs(): void {
    for (const [id, job] of jobs) {
      if (job.finishedAt !== null && now() - job.finishedAt > keepFinishedMs) jobs.delete(id);
    }
  }

  function find(jobId: string): Job {
    forgetOldJobs();
    const job = jobs.get(jobId);
    if (job === undefined) throw unknownJob();
    return job;
  }

  function start(work: (context: JobContext) => Promise<JobOutcome>): string {
    forgetOldJobs();
    const jobId = newHandle();
    const controller = new AbortController();
    const job: Job = {
      status: { state: 'running', done: 0, total: 0 },
      controller,
      finishedAt: null,
      done: Promise.resolve(),
    };
    const context: JobContext = {
      signal: controller.signal,
      progress(done, total) {
        if (job.status.state === 'running') job.status = { ...job.status, done, total };
      },
    };
    job.done = Promise.resolve()
      .then(() => work(context))
      .then(
        (outcome) => {
          job.status = { ...job.status, state: 'done', done: job.status.total, ...outcome };
        },
        (error: unknown) => {
          job.status = { ...job.status, ...failureOf(error, controller.signal) };
        },
      )
      .finally(() => {
        job.finishedAt = now();
      });
    jobs.set(jobId, job);
    return jobId;
  }

  return {
    start,
    status: (jobId) => structuredClone(find(jobId).status),
    cancel(jobId) {
      const job = find(jobId);
      if (job.status.state === 'running') job.controller.abort();
    },
    finished: (jobId) => find(jobId).done,
  };
}
