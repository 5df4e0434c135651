import type { AppErrorData, Result } from '../../shared/result';
import { AppError, fail } from '../../shared/result';
import type { Db } from '../db/open';
import { deferIndexing, dropDeferredIndex, writeDeferredIndex } from './searchTerms';

/**
 * Group commit for sign-ups: those that arrive together (in the same turn of the event loop, as
 * concurrent HTTP requests do) run one after another inside one write transaction and share its
 * commit — one fsync instead of one each. Nothing is answered before that commit is durable.
 *
 * Each piece of work runs exactly as it would alone: its own transactions become savepoints of the
 * shared one, so a sign-up that fails rolls back its own writes (and keeps what it would keep alone,
 * such as a counted failure) without touching the others. If the shared transaction itself is lost
 * (SQLite rolls everything back on a full disk or an I/O error) or its commit fails, every sign-up
 * it held is answered with that failure: none is acknowledged and then missing.
 */
export interface GroupCommit {
  /** Queues `work` for the next shared commit; answers once that commit is on disk. */
  run(work: () => Result<unknown>): Promise<Result<unknown>>;
}

interface Queued {
  work: () => Result<unknown>;
  answer: (result: Result<unknown>) => void;
}

/** `failed` turns an SQLite error into the answer a caller gets (the core's own wording). */
export function createGroupCommit(db: Db, failed: (error: unknown) => AppErrorData): GroupCommit {
  let queue: Queued[] = [];

  function flush(): void {
    const batch = queue;
    queue = [];
    if (batch.length === 1 || db.inTransaction) {
      for (const q of batch) q.answer(q.work());
      return;
    }
    try {
      db.prepare('BEGIN IMMEDIATE').run();
    } catch {
      // The lock is not to be had (the busy timeout passed): each tries alone and says why it failed.
      for (const q of batch) q.answer(q.work());
      return;
    }
    const results: Result<unknown>[] = [];
    let i = 0;
    // The search entries of the batch's learners are written together just before the commit.
    deferIndexing(db);
    try {
      for (; i < batch.length; i++) {
        results.push(batch[i]!.work());
        if (!db.inTransaction) break;
      }
    } finally {
      if (i < batch.length) dropDeferredIndex(db);
    }
    if (i < batch.length) {
      // SQLite rolled the shared transaction back: what ran before is gone; the rest run alone.
      const lost = lostResult(results[i]!);
      for (let j = 0; j <= i; j++) if (results[j]!.ok) results[j] = lost;
      for (let k = i + 1; k < batch.length; k++) results.push(batch[k]!.work());
    } else {
      try {
        writeDeferredIndex(db);
        db.prepare('COMMIT').run();
      } catch (error) {
        if (db.inTransaction) db.prepare('ROLLBACK').run();
        const lost = fail(failed(error));
        for (let j = 0; j < results.length; j++) if (results[j]!.ok) results[j] = lost;
      }
    }
    batch.forEach((q, j) => q.answer(results[j]!));
  }

  return {
    run(work) {
      return new Promise((answer) => {
        if (queue.push({ work, answer }) === 1) setImmediate(flush);
      });
    },
  };
}

/** The failure that ended the shared transaction, or a plain one if it ended without an error. */
function lostResult(breaking: Result<unknown>): Result<unknown> {
  if (!breaking.ok) return breaking;
  return fail(new AppError('internal', { id: 'request.internal' }).data);
}
