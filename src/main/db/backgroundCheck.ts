import { Worker } from 'node:worker_threads';
import type { Db } from './open';
import { forgetCleanClose, startupCheckOf } from './open';

/** What the hosts say when the background check finds damage. */
export const damagedMessage = (file: string, found: string): string =>
  `JoinDesk's data file ${file} failed its full check (${found.slice(0, 120)}). Close JoinDesk and keep the file: ` +
  'the next start reports it and leaves it as it is, and the newest backup can be restored.';

/** What the worker is given for the background check (see jobWorker.ts). */
export interface WholeFileCheckData {
  wholeFileCheck: true;
  dbFile: string;
  nativeBinding?: string;
}

/**
 * After a start that checked only the header and schema (the file was closed cleanly and untouched
 * since), every page is checked in a worker thread while the app works. Damage found there is
 * reported through `onDamage`, and the next start checks the file whole and refuses it. Resolves
 * with what was found ('ok'), or null when the start had checked every page already.
 */
export function checkInBackground(
  db: Db,
  o: { workerFile: string; nativeBinding?: string; execArgv?: string[]; onDamage: (found: string) => void },
): Promise<string | null> {
  if (startupCheckOf(db) !== 'header') return Promise.resolve(null);
  const workerData: WholeFileCheckData = { wholeFileCheck: true, dbFile: db.name, nativeBinding: o.nativeBinding };
  return new Promise((resolve, reject) => {
    const worker = new Worker(o.workerFile, { workerData, execArgv: o.execArgv });
    worker.once('message', (found: string) => {
      if (found !== 'ok') {
        forgetCleanClose(db);
        o.onDamage(found);
      }
      resolve(found);
    });
    worker.once('error', reject);
  });
}
