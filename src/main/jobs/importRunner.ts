import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import type { Result } from '../../shared/result';
import type { ImportPreview, ImportSummary } from '../../shared/types';

/** The import jobs a worker runs: the same core channels, answered the same way. */
export type ImportJob =
  | { channel: 'learners-import-preview'; input: { csv: string } }
  | { channel: 'learners-import-commit'; input: { csv: string; existing: 'skip' | 'move' } };

type Answer<J extends ImportJob> = J['channel'] extends 'learners-import-preview' ? ImportPreview : ImportSummary;

export interface ImportJobData {
  dbFile: string;
  nativeBinding?: string;
  job: ImportJob;
}

export type ImportMessage = { type: 'progress'; done: number; total: number } | { type: 'result'; result: Result<unknown> };

/**
 * Runs a bulk import, or its preview, in a worker thread with its own connection to the same file, so
 * the app keeps answering — the kiosk, and the progress bar asking how far the import has got —
 * while parsing and checking a large file takes seconds. One job at a time.
 */
export function createImportRunner(options: { dbFile: string; workerFile: string; nativeBinding?: string; execArgv?: string[] }) {
  let busy = false;
  // Only a commit has a progress bar; a preview reports none.
  let progress: { done: number; total: number } | null = null;

  function start<J extends ImportJob>(job: J): Promise<Answer<J>> {
    if (busy) return Promise.reject(new AppError('conflict', 'An import is already running. Wait for it to finish.'));
    busy = true;
    if (job.channel === 'learners-import-commit') progress = { done: 0, total: 0 };
    const workerData: ImportJobData = { dbFile: options.dbFile, nativeBinding: options.nativeBinding, job };
    return new Promise<Answer<J>>((resolve, reject) => {
      const worker = new Worker(options.workerFile, { workerData, execArgv: options.execArgv });
      worker.on('message', (message: ImportMessage) => {
        if (message.type === 'progress') progress = { done: message.done, total: message.total };
        else if (message.result.ok) resolve(message.result.value as Answer<J>);
        else reject(new AppError(message.result.error.code, message.result.error.message, message.result.error));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`import worker exited with ${code}`)));
    }).finally(() => {
      busy = false;
      progress = null;
    });
  }

  return {
    progress: () => progress,
    /** Commits an import. */
    run: (input: { csv: string; existing: 'skip' | 'move' }) => start({ channel: 'learners-import-commit', input }),
    preview: (input: { csv: string }) => start({ channel: 'learners-import-preview', input }),
  };
}
