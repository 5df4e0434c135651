import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { createCore } from '../../../src/main/core';
import { createJobRunner } from '../../../src/main/jobs/jobRunner';
import type { Result } from '../../../src/shared/result';
import { makeCore, tempDir } from '../helpers';

const WORKER = path.join(import.meta.dirname, 'workers', 'jobWorker.mjs');

/** A core wired as the apps wire it: long work in a worker, sign-ups paused while it holds the lock. */
function setup(learners: number) {
  const file = path.join(tempDir(), 'joindesk.db');
  const t = makeCore(file);
  const g = t.must('groups-create', { name: 'Wave' });
  const rows = Array.from({ length: learners }, (_, i) => `Person ${i},person${i}@example.com,Wave`);
  t.must('learners-import-commit', { csv: `name,email,group\n${rows.join('\n')}\n`, existing: 'skip' });
  const runner = createJobRunner({ dbFile: file, workerFile: WORKER, onWriting: (on) => core.setWriting(on) });
  const core: Core = createCore(t.db, { host: { runInWorker: runner.run, importProgress: runner.progress } });
  // A call that waited a second for the write lock fails as `busy`: none may. (Held whole, a 30,000-row
  // import holds it for seconds; in slices a sign-up waits tens of milliseconds — npm run faults
  // prints how long.)
  t.db.pragma('busy_timeout = 1000');
  return { t, g, core };
}

/** Signs learners up, one every few milliseconds, until `work` is done; returns every answer. */
async function signUpsDuring(core: Core, code: string, work: Promise<Result<unknown>>) {
  const answers: { code: string; email: string }[] = [];
  let done = false;
  const finished = work.finally(() => (done = true));
  for (let i = 0; !done && i < 5000; i++) {
    const email = `walkup${i}@example.com`;
    const r = core.call('kiosk-register', { name: `Walk Up ${i}`, email, code }, 'kiosk', { kioskId: 'k' }) as Result<unknown>;
    answers.push({ code: r.ok ? 'ok' : r.error.code, email });
    await new Promise((resume) => setTimeout(resume, 3));
  }
  return { result: await finished, answers };
}

const codes = (answers: { code: string }[]) => [...new Set(answers.map((a) => a.code))].sort();

describe('long work in a worker never makes a sign-up wait on the lock', () => {
  it('a backup: sign-ups go on throughout', async () => {
    const { t, g, core } = setup(20_000);
    const { result, answers } = await signUpsDuring(
      core,
      g.joinCode,
      core.invoke('backup-create', {}, 'admin') as Promise<Result<unknown>>,
    );
    expect(result).toMatchObject({ ok: true, value: { name: expect.stringMatching(/^joindesk-/) } });
    expect(codes(answers)).toEqual(['ok']);
    expect(answers.length).toBeGreaterThan(1);
    expect(t.db.prepare("SELECT count(*) FROM learners WHERE email LIKE 'walkup%'").pluck().get()).toBe(answers.length);
  }, 60_000);

  it('a restore: sign-ups pause for all of it ("one moment"), none is acknowledged and then restored away', async () => {
    const { t, g, core } = setup(20_000);
    const backup = (await core.invoke('backup-create', {}, 'admin')) as Result<{ name: string }>;
    if (!backup.ok) throw new Error(backup.error.message);
    const { result, answers } = await signUpsDuring(
      core,
      g.joinCode,
      core.invoke('backup-restore', { name: backup.value.name }, 'admin') as Promise<Result<unknown>>,
    );
    expect(result).toMatchObject({ ok: true });
    expect(codes(answers)).toEqual(['paused']);
    expect(t.call('kiosk-register', { name: 'After', email: 'after@example.com', code: g.joinCode }, 'kiosk').ok).toBe(true);
    expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 60_000);

  it('an import: written in slices, sign-ups go on throughout; every acknowledged one is there', async () => {
    const { t, g, core } = setup(1000);
    const rows = Array.from({ length: 30_000 }, (_, i) => `Bulk ${i},bulk${i}@example.com,Wave`);
    const importing = core.invoke(
      'learners-import-commit',
      { csv: `name,email,group\n${rows.join('\n')}\n`, existing: 'skip' },
      'admin',
    );
    const { result, answers } = await signUpsDuring(core, g.joinCode, importing as Promise<Result<unknown>>);
    expect(result).toMatchObject({ ok: true, value: { added: 30_000 } });
    expect(codes(answers)).toEqual(['ok']);
    expect(answers.length).toBeGreaterThan(5);
    const acknowledged = answers.filter((a) => a.code === 'ok').map((a) => a.email);
    const stored = new Set(t.db.prepare("SELECT email FROM learners WHERE email LIKE 'walkup%'").pluck().all() as string[]);
    expect(acknowledged.filter((e) => !stored.has(e))).toEqual([]);
    expect(stored.size).toBe(acknowledged.length);
  }, 60_000);

  it('an export: made in the worker, the same file as here, while sign-ups go on', async () => {
    const { t, g, core } = setup(20_000);
    const here = t.must('export-csv', { kind: 'learners' });
    const { result, answers } = await signUpsDuring(
      core,
      g.joinCode,
      core.invoke('export-csv', { kind: 'learners' }, 'admin') as Promise<Result<unknown>>,
    );
    expect(codes(answers)).toEqual(['ok']);
    const made = (result as { ok: true; value: { filename: string; content: string } }).value;
    expect(made.filename).toMatch(/^joindesk-learners-\d{4}-\d{2}-\d{2}\.csv$/); // the worker's own clock
    // Read after the first walk-up sign-ups: every row of the export made here is in it, and more.
    const lines = new Set(made.content.split('\r\n'));
    expect(here.content.split('\r\n').filter((line) => !lines.has(line))).toEqual([]);
    expect(lines.size).toBeGreaterThan(20_000);
  }, 60_000);
});
