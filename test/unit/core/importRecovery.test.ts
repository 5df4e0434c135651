import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { JobData, JobMessage } from '../../../src/main/jobs/jobRunner';
import type { TestCore } from '../helpers';
import { makeCore, snapshot, tempDir } from '../helpers';

const WORKER = path.join(import.meta.dirname, 'workers', 'jobWorker.mjs');

/**
 * Every table but the search index's own storage: its pages are not the same bytes after rows are
 * added and taken out again, though it finds the same learners (checked apart, by searching).
 */
const exceptSearchIndex = (t: TestCore): string[] =>
  t.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name GLOB 'learner_search?*'").pluck().all() as string[];

/** Runs an import in a worker thread and kills the thread once a few slices are in (rows written, not finished). */
async function importKilledMidway(dbFile: string, rows: string[], existing: 'skip' | 'move'): Promise<void> {
  const job: JobData = {
    dbFile,
    channel: 'learners-import-commit',
    input: { csv: `name,email,group\n${rows.join('\n')}\n`, existing },
    writingAck: new SharedArrayBuffer(4),
  };
  const worker = new Worker(WORKER, { workerData: job });
  await new Promise<void>((resolve) =>
    worker.on('message', (m: JobMessage) => {
      if (m.type === 'progress' && m.done >= 2000) resolve();
    }),
  );
  await worker.terminate();
}

/** An import written in slices is still all or nothing: cut short (here, its thread killed), it is taken back. */
describe('an import cut short', () => {
  it('is taken back whole at the next start, moves included; a finished one stays', async () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const t = makeCore(file);
    t.must('groups-create', { name: 'Wave' });
    const other = t.must('groups-create', { name: 'Night Shift' });
    t.must('learners-add', { name: 'Moved Mo', email: 'mo@example.com', groupId: other.id });
    const before = snapshot(t.db, ['import_batches', ...exceptSearchIndex(t)]);
    const rows = [
      'Moved Mo,mo@example.com,Wave',
      ...Array.from({ length: 40_000 }, (_, i) => `Bulk ${i},bulk${i}@example.com,Wave`),
    ];
    await importKilledMidway(file, rows, 'move');
    expect(t.db.prepare('SELECT count(*) FROM learners').pluck().get()).toBeGreaterThan(1000);
    expect(t.db.prepare('SELECT state FROM import_batches').pluck().all()).toEqual(['running']);

    expect(t.core.undoInterruptedImports()).toBe(1);
    expect(snapshot(t.db, ['import_batches', ...exceptSearchIndex(t)])).toBe(before);
    expect(t.db.prepare('SELECT state FROM import_batches').pluck().all()).toEqual(['undone']);
    expect(t.must('learners-list', { search: 'mo@example.com' }).items[0]?.groupName).toBe('Night Shift');
    expect(t.must('learners-list', { search: 'bulk' }).total).toBe(0);
    expect(t.core.undoInterruptedImports()).toBe(0);

    // A finished import is never taken back.
    t.must('learners-import-commit', { csv: 'name,email,group\nKept Kim,kim@example.com,Wave\n', existing: 'skip' });
    expect(t.core.undoInterruptedImports()).toBe(0);
    expect(t.must('learners-list', { search: 'kim' }).total).toBe(1);
  }, 60_000);

  it('takes back only what it wrote: a learner who signed up meanwhile under a freed id stays', async () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const t = makeCore(file);
    const g = t.must('groups-create', { name: 'Wave' });
    const rows = Array.from({ length: 40_000 }, (_, i) => `Bulk ${i},bulk${i}@example.com,Wave`);
    await importKilledMidway(file, rows, 'skip');
    // The newest imported learner is erased, and the next sign-up is given the same id.
    const newest = t.db.prepare('SELECT max(id) FROM learners').pluck().get() as number;
    t.must('learners-erase', { learnerId: newest });
    t.clock.advance(1000);
    const walkIn = t.must('kiosk-register', { name: 'Walk In', email: 'walk.in@example.com', code: g.joinCode });
    expect(walkIn.learnerId).toBe(newest);
    expect(t.core.undoInterruptedImports()).toBe(1);
    expect(t.db.prepare('SELECT name FROM learners').pluck().all()).toEqual(['Walk In']);
    expect(t.db.prepare("SELECT count(*) FROM audit WHERE action = 'learner-registered'").pluck().get()).toBe(1);
  }, 60_000);
});
