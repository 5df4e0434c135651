import { parentPort, workerData } from 'node:worker_threads';
import { createCore } from './core';
import { openDatabase } from './db/open';
import type { ImportJobData, ImportMessage } from './jobs/importRunner';

// A worker thread: previews or commits one bulk import on its own connection, reporting a commit's
// progress (see jobs/importRunner.ts). Its core has no import hooks, so the job runs here, synchronously.
const { dbFile, nativeBinding, job } = workerData as ImportJobData;
const post = (message: ImportMessage) => parentPort?.postMessage(message);
const db = openDatabase(dbFile, { nativeBinding });
try {
  const core = createCore(db, { host: { onImportProgress: (done, total) => post({ type: 'progress', done, total }) } });
  const result = core.invoke(job.channel, job.input, 'admin');
  if (result instanceof Promise) throw new Error('the import must run synchronously here');
  post({ type: 'result', result });
} finally {
  db.close();
}
