import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import type { Result } from '../../shared/result';
import type { ImportSummary } from '../../shared/types';

export interface ImportJobData {
  dbFile: string;
  nativeBinding?: string;
  input: { csv: string; existing: 'skip' | 'move' };
}

export type ImportMessage = { type: 'progress'; done: number; total: number } | { type: 'result'; result: Result<ImportSummary> };

/**
 * Runs a bulk import in a worker thread with its own connection to the same file, so the app keeps
 * answering — the kiosk, and the progress bar asking how far the import has got — while it runs.
 */
export function createImportRunner(options: { dbFile: string; workerFile: string; nativeBinding?: string; execArgv?: string[] }) {
  let progress: { done: number; total: number } | null = null;

  return {
    progress: () => progress,
    run(input: ImportJobData['input']): Promise<ImportSummary> {
      if (progress) return Promise.reject(new AppError('conflict', 'An import is already running. Wait for it to finish.'));
      progress = { done: 0, total: 0 };
      const workerData: ImportJobData = { dbFile: options.dbFile, nativeBinding: options.nativeBinding, input };
      return new Promise<ImportSummary>((resolve, reject) => {
        const worker = new Worker(options.workerFile, { workerData, execArgv: options.execArgv });
        worker.on('message', (message: ImportMessage) => {
          if (message.type === 'progress') progress = { done: message.done, total: message.total };
          else if (message.result.ok) resolve(message.result.value);
          else reject(new AppError(message.result.error.code, message.result.error.message, message.result.error));
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`import worker exited with ${code}`)));
      }).finally(() => {
        progress = null;
      });
    },
  };
}
