// A large import preview must not stall the event loop: while it runs, every kiosk waits.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Host } from '../../src/main/core';
import { createCore } from '../../src/main/core';
import { createJobRunner } from '../../src/main/jobs/jobRunner';
import { makeCore, tempDir } from '../unit/helpers';

const WORKER = path.join(import.meta.dirname, '..', 'unit', 'core', 'workers', 'jobWorker.mjs');

function setup() {
  const file = path.join(tempDir(), 'joindesk.db');
  const t = makeCore(file);
  const spring = t.must('groups-create', { name: 'Spring Cohort' });
  t.must('groups-create', { name: 'Night Shift' });
  const runner = createJobRunner({ dbFile: file, workerFile: WORKER });
  // Wired as serve mode and the desktop app wire it.
  const host: Host = { runInWorker: runner.run, importProgress: runner.progress };
  const core = createCore(t.db, { host });
  return { t, core, runner, spring };
}

/** Runs `work` while a 100 ms interval timer measures the longest gap between its ticks (ms). */
async function longestGapDuring(work: () => unknown): Promise<{ value: unknown; longestGap: number }> {
  let last = performance.now();
  let longestGap = 0;
  const tick = () => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  };
  const timer = setInterval(tick, 100);
  try {
    const value = await work();
    tick(); // a synchronous stall shows up as the gap up to now
    return { value, longestGap };
  } finally {
    clearInterval(timer);
  }
}

describe('import preview off the main thread', () => {
  it('previewing 400,000 rows leaves the event loop free (no gap over 250 ms)', async () => {
    const { core } = setup();
    const rows = Array.from(
      { length: 400_000 },
      (_, i) => `"Learner ${i}, Jr",learner${i}@example.com,${i % 2 ? 'Spring Cohort' : 'Night Shift'}`,
    );
    const csv = `name,email,group\r\n${rows.join('\r\n')}\r\n`;
    const { value, longestGap } = await longestGapDuring(() => core.invoke('learners-import-preview', { csv }, 'admin'));
    expect(value).toMatchObject({ ok: true, value: { total: 400_000, valid: 400_000, existing: 0, errorCount: 0 } });
    expect(longestGap).toBeLessThan(250);
  }, 120_000);

  it('answers exactly as the synchronous preview does: errors, existing learners, sample', async () => {
    const { t, core, spring } = setup();
    t.must('kiosk-register', { name: 'Known', email: 'known@example.com', code: spring.joinCode });
    const csv = [
      'Name,Email,Group',
      '"Ruiz, Ana",ana@example.com,spring cohort',
      'Bad Email,not-an-email,Spring Cohort',
      'No Group,nogroup@example.com,Atlantis',
      'Again,ANA@example.com,Night Shift',
      'Known,known@example.com,Night Shift',
      ...Array.from({ length: 30 }, (_, i) => `P ${i},p${i}@example.com,Night Shift`),
    ].join('\n');
    const inWorker = await core.invoke('learners-import-preview', { csv }, 'admin');
    expect(inWorker).toEqual(t.call('learners-import-preview', { csv }));
    expect(inWorker).toMatchObject({ ok: true, value: { total: 35, valid: 32, existing: 1, errorCount: 3 } });
    // Errors come back the same way too.
    const bad = await core.invoke('learners-import-preview', { csv: 'nonsense' }, 'admin');
    expect(bad).toEqual(t.call('learners-import-preview', { csv: 'nonsense' }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', field: 'csv' } });
  }, 60_000);

  it('runs one job at a time: a preview is refused while a commit runs', async () => {
    const { core, runner } = setup();
    const rows = Array.from({ length: 20_000 }, (_, i) => `P ${i},w${i}@example.com,Night Shift`);
    const csv = `name,email,group\n${rows.join('\n')}\n`;
    const commit = core.invoke('learners-import-commit', { csv, existing: 'skip' }, 'admin');
    expect(await core.invoke('learners-import-preview', { csv }, 'admin')).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await commit).toMatchObject({ ok: true, value: { added: 20_000 } });
    expect(runner.progress()).toBeNull();
    expect(await core.invoke('learners-import-preview', { csv }, 'admin')).toMatchObject({
      ok: true,
      value: { total: 20_000, existing: 0, members: 20_000 },
    });
  }, 60_000);
});
