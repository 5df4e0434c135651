import { parentPort, workerData } from 'node:worker_threads';
import { createCore } from './core';
import type { WholeFileCheckData } from './db/backgroundCheck';
import { checkWholeFile, openDatabase } from './db/open';
import type { JobData, JobMessage } from './jobs/jobRunner';

// A worker thread: runs one long job (an import, its preview, a backup, a restore) through the same
// core channel on its own connection (see jobs/jobRunner.ts). Its core has no worker of its own, so
// the job runs here, synchronously. The thread that started it has checked the file already — or,
// after a quick start, asks this thread to check every page of it (db/backgroundCheck.ts).
if ((workerData as Partial<WholeFileCheckData>).wholeFileCheck) {
  const { dbFile, nativeBinding } = workerData as WholeFileCheckData;
  parentPort?.postMessage(checkWholeFile(dbFile, nativeBinding));
} else runJob(workerData as JobData);

function runJob({ dbFile, nativeBinding, channel, input, writingAck }: JobData): void {
  const ack = new Int32Array(writingAck);
  const post = (message: JobMessage) => parentPort?.postMessage(message);
  // Nothing ever wakes this cell: waiting on it is a plain synchronous sleep.
  const nap = new Int32Array(new SharedArrayBuffer(4));
  const db = openDatabase(dbFile, { nativeBinding, checked: true });
  try {
    const core = createCore(db, {
      host: {
        onImportProgress: (done, total) => post({ type: 'progress', done, total }),
        onWriting: (on) => {
          post({ type: 'writing', on });
          // Before taking the lock, wait (a little, at most) until the app has paused what would wait on it.
          if (on) Atomics.wait(ack, 0, 0, 2000);
        },
        // Between an import's slices the lock is free: a sign-up waiting for it gets it now.
        betweenSlices: () => Atomics.wait(nap, 0, 0, 10),
      },
    });
    // This core has no worker of its own, so the job answers here and now.
    const result = core.call(channel, input, 'admin');
    if (result instanceof Promise) throw new Error('a job must run synchronously in its worker');
    post({ type: 'result', result });
  } finally {
    db.close();
  }
}
