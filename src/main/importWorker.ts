import { parentPort, workerData } from 'node:worker_threads';
import type { Result } from '../shared/result';
import type { ImportSummary } from '../shared/types';
import { createCore } from './core';
import { openDatabase } from './db/open';
import type { ImportJobData, ImportMessage } from './jobs/importRunner';

// A worker thread: commits one bulk import on its own connection and reports progress (see jobs/importRunner.ts).
const job = workerData as ImportJobData;
const post = (message: ImportMessage) => parentPort?.postMessage(message);
const db = openDatabase(job.dbFile, { nativeBinding: job.nativeBinding });
try {
  const core = createCore(db, { host: { onImportProgress: (done, total) => post({ type: 'progress', done, total }) } });
  const result = core.invoke('learners-import-commit', job.input, 'admin');
  if (result instanceof Promise) throw new Error('the import must run synchronously here');
  post({ type: 'result', result: result as Result<ImportSummary> });
} finally {
  db.close();
}
