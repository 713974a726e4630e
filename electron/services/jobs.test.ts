import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ERROR_CODES } from '../../shared/contract';
import { createJobs } from './jobs';
import { ServiceError } from './service-error';

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('long-running jobs', () => {
  it('report progress while running and the outcome when done', async () => {
    const jobs = createJobs();
    let finish = () => {};
    const jobId = jobs.start(async ({ progress }) => {
      progress(10, 100);
      await new Promise<void>((resolve) => (finish = resolve));
      return {};
    });
    expect(jobId).toMatch(/^[0-9a-f]{32}$/);
    await vi.waitFor(() => expect(jobs.status(jobId)).toEqual({ state: 'running', done: 10, total: 100 }));
    finish();
    await jobs.finished(jobId);
    expect(jobs.status(jobId)).toEqual({ state: 'done', done: 100, total: 100 });
  });

  it('stop when cancelled, and say so', async () => {
    const jobs = createJobs();
    const jobId = jobs.start(
      ({ signal }) =>
        new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
    );
    await vi.waitFor(() => expect(jobs.status(jobId).state).toBe('running'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    jobs.cancel(jobId);
    await jobs.finished(jobId);
    expect(jobs.status(jobId)).toMatchObject({ state: 'cancelled', error: { code: ERROR_CODES.cancelled } });
  });

  it('pass a deliberate refusal on, and hide internal failures behind `internal`', async () => {
    const jobs = createJobs();
    const refused = jobs.start(async () => {
      throw new ServiceError(ERROR_CODES.backupFolderUnusable, 'The drive is gone');
    });
    const crashed = jobs.start(async () => {
      throw new Error("EACCES: permission denied, open '/home/li/secret'");
    });
    await Promise.all([jobs.finished(refused), jobs.finished(crashed)]);
    expect(jobs.status(refused)).toMatchObject({
      state: 'failed',
      error: { code: ERROR_CODES.backupFolderUnusable, message: 'The drive is gone' },
    });
    expect(jobs.status(crashed)).toEqual({
      state: 'failed',
      done: 0,
      total: 0,
      error: { code: ERROR_CODES.internal, message: 'The job failed' },
    });
  });

  it('ignore a cancel after the job finished', async () => {
    const jobs = createJobs();
    const jobId = jobs.start(async () => ({}));
    await jobs.finished(jobId);
    jobs.cancel(jobId);
    expect(jobs.status(jobId).state).toBe('done');
  });

  it('keep a finished job a while, then forget it', async () => {
    let now = 1_000;
    const jobs = createJobs({ now: () => now, keepFinishedMs: 500 });
    const jobId = jobs.start(async () => ({}));
    await jobs.finished(jobId);
    now += 400;
    expect(jobs.status(jobId).state).toBe('done');
    now += 200;
    expect(() => jobs.status(jobId)).toThrow(expect.objectContaining({ code: ERROR_CODES.notFound }));
  });

  it('answer notFound for an unknown job', () => {
    expect(() => createJobs().cancel('f'.repeat(32))).toThrow(
      expect.objectContaining({ code: ERROR_CODES.notFound }),
    );
  });
});
