import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createJobRunner } from '../../../src/main/jobs/jobRunner';
import { makeCore, snapshot, tempDir } from '../helpers';

function setup(file?: string) {
  const t = makeCore(file);
  const a = t.must('groups-create', { name: 'Spring Cohort' });
  const b = t.must('groups-create', { name: 'Night Shift' });
  return { t, a, b };
}

describe('learners-import-preview', () => {
  it('handles a BOM, CRLF, quoted commas, quotes and newlines; group by name or join code', () => {
    const { t, a, b } = setup();
    const csv =
      '\uFEFFName,Email,Group,Join code\r\n' +
      '"Ruiz, Ana",ana@example.com,spring cohort,\r\n' +
      '"Bo ""The Boss"" Chen",bo@example.com,,' +
      b.joinCode.toLowerCase() +
      '\r\n' +
      '"Cy\nDiaz",cy@example.com,Night Shift,\r\n';
    const preview = t.must('learners-import-preview', { csv });
    expect(preview).toMatchObject({ total: 3, valid: 3, existing: 0, errorCount: 0, errors: [] });
    expect(preview.sample.map((r) => [r.line, r.name, r.groupName])).toEqual([
      [2, 'Ruiz, Ana', a.name],
      [3, 'Bo "The Boss" Chen', 'Night Shift'],
      [4, 'Cy Diaz', 'Night Shift'],
    ]);
  });

  it('reports each row’s problem: bad email, unknown group, duplicate in the file, already registered', () => {
    const { t, a } = setup();
    t.must('kiosk-register', { name: 'Known', email: 'known@example.com', code: a.joinCode });
    const csv = [
      'name,email,group',
      'Good One,good@example.com,Spring Cohort',
      'Bad Email,not-an-email,Spring Cohort',
      'No Group,nogroup@example.com,Atlantis',
      'Good Again,GOOD@example.com,Night Shift',
      'Known,known@example.com,Night Shift',
      ',noname@example.com,Night Shift',
    ].join('\n');
    const preview = t.must('learners-import-preview', { csv });
    expect(preview).toMatchObject({ total: 6, valid: 2, existing: 1, errorCount: 4 });
    expect(preview.errors).toEqual([
      { line: 3, field: 'email', message: 'Enter a valid email address, like name@example.com.' },
      { line: 4, field: 'group', message: 'There is no group named “Atlantis”.' },
      { line: 5, field: 'email', message: 'This email is already on line 2 of the file.' },
      { line: 7, field: 'name', message: 'Enter your full name.' },
    ]);
    expect(preview.sample[1]).toMatchObject({
      line: 6,
      status: 'existing',
      currentGroupName: 'Spring Cohort',
      groupName: 'Night Shift',
    });
  });

  it.each([
    ['', 'The file is empty.'],
    ['email,group\nx@example.com,A', 'The first row must name the columns: name, email, and group (or join code).'],
  ])('refuses %j with a clear message', (csv, message) => {
    const { t } = setup();
    expect(t.call('learners-import-preview', { csv })).toEqual({
      ok: false,
      error: { code: 'validation', field: 'csv', message },
    });
  });
});

describe('learners-import-commit', () => {
  it('adds the valid rows as bulk learners; skips or moves existing ones', () => {
    const { t, a, b } = setup();
    t.must('kiosk-register', { name: 'Known', email: 'known@example.com', code: a.joinCode });
    const csv =
      'name,email,group\nNew Person,new@example.com,Night Shift\nKnown,known@example.com,Night Shift\nBad,bad,Night Shift\n';
    expect(t.must('learners-import-commit', { csv, existing: 'skip' })).toEqual({ added: 1, moved: 0, skipped: 1, invalid: 1 });
    expect(t.must('learners-list', { search: 'new' }).items[0]).toMatchObject({ source: 'bulk', groupName: 'Night Shift' });
    expect(t.must('learners-list', { search: 'known' }).items[0]?.groupId).toBe(a.id);
    const csv2 = 'name,email,group\nKnown,known@example.com,Night Shift\n';
    expect(t.must('learners-import-commit', { csv: csv2, existing: 'move' })).toEqual({
      added: 0,
      moved: 1,
      skipped: 0,
      invalid: 0,
    });
    expect(t.must('learners-list', { search: 'known' }).items[0]?.groupId).toBe(b.id);
  });

  it('stores a formula cell as plain text', () => {
    const { t } = setup();
    const formula = "=cmd|' /C calc'!A0";
    t.must('learners-import-commit', { csv: `name,email,group\n"${formula}",f@example.com,Night Shift\n`, existing: 'skip' });
    expect(t.db.prepare('SELECT name FROM learners').pluck().get()).toBe(formula);
  });

  it('an import that fails half-way changes nothing (it was written in slices, and taken back whole)', () => {
    const { t } = setup();
    const lines = Array.from({ length: 1000 }, (_, i) => `Person ${i},p${i}@example.com,Night Shift`);
    t.db.exec(
      "CREATE TRIGGER fail_half_way BEFORE INSERT ON learners WHEN NEW.email = 'p500@example.com' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const before = snapshot(t.db, ['import_batches']);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = t.call('learners-import-commit', { csv: `name,email,group\n${lines.join('\n')}\n`, existing: 'skip' });
    expect(log).toHaveBeenCalledWith('[core] learners-import-commit failed: SqliteError SQLITE_CONSTRAINT_TRIGGER');
    log.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    // Only the batch's own record says an import was tried and taken back.
    expect(snapshot(t.db, ['import_batches'])).toBe(before);
    expect(t.db.prepare('SELECT state FROM import_batches').pluck().all()).toEqual(['undone']);
  });

  it('takes 100,000 rows in one go', () => {
    const { t } = setup();
    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `"Learner ${i}, Jr",learner${i}@example.com,${i % 2 ? 'Spring Cohort' : 'Night Shift'}`,
    );
    const csv = `name,email,group\r\n${rows.join('\r\n')}\r\n`;
    expect(t.must('learners-import-preview', { csv })).toMatchObject({ total: 100_000, valid: 100_000, errorCount: 0 });
    expect(t.core.call('learners-import-commit', { csv, existing: 'skip' }, 'admin')).toMatchObject({
      ok: true,
      value: { added: 100_000 },
    });
    expect(t.must('learners-list', {}).total).toBe(100_000);
    expect(t.must('learners-list', { search: 'learner99999' }).items[0]?.name).toBe('Learner 99999, Jr');
  }, 60_000);
});

describe('import in a worker thread', () => {
  it('runs on its own connection, reports progress, and answers like the core', async () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const { t } = setup(file);
    const runner = createJobRunner({
      dbFile: file,
      workerFile: path.join(import.meta.dirname, 'workers', 'jobWorker.mjs'),
    });
    const rows = Array.from({ length: 5000 }, (_, i) => `P ${i},w${i}@example.com,Night Shift`);
    const seen: number[] = [];
    const poll = setInterval(() => {
      const p = runner.progress();
      if (p) seen.push(p.done);
    }, 1);
    const summary = await runner.run('learners-import-commit', {
      csv: `name,email,group\n${rows.join('\n')}\n`,
      existing: 'skip',
    });
    clearInterval(poll);
    expect(summary).toEqual({ added: 5000, moved: 0, skipped: 0, invalid: 0 });
    expect(runner.progress()).toBeNull();
    expect(t.must('learners-list', {}).total).toBe(5000);
    expect(seen.length).toBeGreaterThan(0);
    await expect(runner.run('learners-import-commit', { csv: 'nonsense', existing: 'skip' })).rejects.toMatchObject({
      data: { code: 'validation', field: 'csv' },
    });
  }, 60_000);
});
