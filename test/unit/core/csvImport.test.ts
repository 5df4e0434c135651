import Papa from 'papaparse';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createJobRunner } from '../../../src/main/jobs/jobRunner';
import { rejectedRowsCsv } from '../../../src/shared/rejectedRows';
import type { TestCore } from '../helpers';
import { makeCore, snapshot, tempDir } from '../helpers';

/**
 * Every table but the search index's own storage (and `except`): the index's pages are not the same
 * bytes after rows are added and taken out again, though it finds the same learners (checked apart).
 */
function tablesExceptSearchIndex(db: TestCore['db'], except: string[] = []): string {
  const index = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name GLOB 'learner_search?*'")
    .pluck()
    .all() as string[];
  return snapshot(db, [...except, ...index]);
}

function setup(file?: string) {
  const t = makeCore(file);
  const a = t.must('groups-create', { name: 'Spring Cohort' });
  const b = t.must('groups-create', { name: 'Night Shift' });
  return { t, a, b };
}

const people = (n: number, group: string, from = 0) =>
  Array.from({ length: n }, (_, i) => `Person ${from + i},p${from + i}@example.com,${group}`);

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
    expect(preview).toMatchObject({ total: 3, valid: 3, existing: 0, errorCount: 0, errors: [], limits: [] });
    expect(preview.columns).toEqual(['Name', 'Email', 'Group', 'Join code']);
    expect(preview.sample.map((r) => [r.line, r.name, r.groupName])).toEqual([
      [2, 'Ruiz, Ana', a.name],
      [3, 'Bo "The Boss" Chen', 'Night Shift'],
      [4, 'Cy Diaz', 'Night Shift'],
    ]);
  });

  it('numbers rows as a spreadsheet does: blank rows count, a quoted line break does not start a row', () => {
    const { t } = setup();
    const csv = 'name,email,group\n\nOne,one@example.com,Night Shift\n"Two\nLines",bad,Night Shift\n   \nThree,x,Night Shift\n';
    const preview = t.must('learners-import-preview', { csv });
    expect(preview.total).toBe(3);
    expect(preview.sample.map((r) => r.line)).toEqual([3]);
    expect(preview.errors.map((e) => e.line)).toEqual([4, 6]);
  });

  it('shows each problem row with its name and email as typed, and why', () => {
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
      'No Mail,,Night Shift',
      'Member,KNOWN@example.com,Spring Cohort',
    ].join('\n');
    const preview = t.must('learners-import-preview', { csv });
    expect(preview).toMatchObject({
      total: 8,
      valid: 2,
      existing: 1,
      members: 0,
      invalid: 4,
      duplicates: 2,
      errorCount: 6,
    });
    expect(preview.errors).toEqual([
      {
        line: 3,
        name: 'Bad Email',
        email: 'not-an-email',
        reason: 'invalid',
        field: 'email',
        message: 'Enter a valid email address, like name@example.com.',
        reasonText: { id: 'field.emailInvalid' },
      },
      {
        line: 4,
        name: 'No Group',
        email: 'nogroup@example.com',
        reason: 'invalid',
        field: 'group',
        message: 'There is no group named “Atlantis”.',
        reasonText: { id: 'import.row.noGroupNamed', values: { group: 'Atlantis' } },
      },
      {
        line: 5,
        name: 'Good Again',
        email: 'GOOD@example.com',
        reason: 'duplicate',
        field: 'email',
        message: 'This email is already on row 2 of the file.',
        reasonText: { id: 'import.row.duplicate', values: { line: 2 } },
      },
      {
        line: 7,
        name: '',
        email: 'noname@example.com',
        reason: 'invalid',
        field: 'name',
        message: 'The name is empty.',
        reasonText: { id: 'import.row.nameEmpty' },
      },
      {
        line: 8,
        name: 'No Mail',
        email: '',
        reason: 'invalid',
        field: 'email',
        message: 'The email is empty.',
        reasonText: { id: 'import.row.emailEmpty' },
      },
      {
        line: 9,
        name: 'Member',
        email: 'KNOWN@example.com',
        reason: 'duplicate',
        field: 'email',
        message: 'This email is already on row 6 of the file.',
        reasonText: { id: 'import.row.duplicate', values: { line: 6 } },
      },
    ]);
    expect(preview.registered).toEqual([
      {
        line: 6,
        name: 'Known',
        email: 'known@example.com',
        groupName: 'Night Shift',
        status: 'existing',
        currentGroupName: 'Spring Cohort',
      },
    ]);
    expect(preview.sample.map((r) => r.line)).toEqual([2]);
  });

  it.each([
    ['E-mail', 'Full name', 'Group'],
    ['Email address', 'NAME', 'Group name'],
    [' e_mail ', 'full-name', 'GROUP NAME'],
    ['E-Mail Address', 'Learner name', 'Cohort'],
  ])('reads a %j header as email (with %j and %j)', (email, name, group) => {
    const { t } = setup();
    const csv = `${name},${email},${group}\nAna Ruiz,ana@example.com,Night Shift\n`;
    expect(t.must('learners-import-preview', { csv }).sample).toMatchObject([
      { name: 'Ana Ruiz', email: 'ana@example.com', groupName: 'Night Shift' },
    ]);
  });

  it('joins First name and Last name into the name; a Name column wins when it has one', () => {
    const { t } = setup();
    const csv = [
      'First name,Last name,E-mail,Join code,Group name',
      'Siobhan,O’Brien,s@example.com,,Night Shift',
      '王,小明,w@example.com,,Night Shift',
      'Cher,,c@example.com,,Night Shift',
    ].join('\n');
    expect(t.must('learners-import-preview', { csv }).sample.map((r) => r.name)).toEqual(['Siobhan O’Brien', '王 小明', 'Cher']);
    const both =
      'Name,First name,Last name,Email,Group\nAna Ruiz,A,R,a@example.com,Night Shift\n,Bo,Chen,b@example.com,Night Shift\n';
    expect(t.must('learners-import-preview', { csv: both }).sample.map((r) => r.name)).toEqual(['Ana Ruiz', 'Bo Chen']);
  });

  it.each([
    ['', 'The file is empty.', { id: 'import.empty' }],
    ['\n  \n', 'The file is empty.', { id: 'import.empty' }],
    [
      'email,group\nx@example.com,A',
      'No name column. The first row has: “email”, “group”. JoinDesk reads: name (or first name and last name), email, and group (or join code).',
      { id: 'import.columnsMissing', values: { missing: 'name', columns: '“email”, “group”' } },
    ],
    [
      'Nom,Courriel,Groupe\nAna,a@example.com,A',
      'No name or email or group column. The first row has: “Nom”, “Courriel”, “Groupe”. JoinDesk reads: name (or first name and last name), email, and group (or join code).',
      { id: 'import.columnsMissing', values: { missing: 'all', columns: '“Nom”, “Courriel”, “Groupe”' } },
    ],
    [
      'Email,E-mail,Name,Group\n',
      'Two columns mean the same thing: “Email” and “E-mail”. Keep one of them.',
      { id: 'import.columnsSame', values: { first: 'Email', second: 'E-mail' } },
    ],
  ])('refuses %j with a message naming the headers found and expected', (csv, message, text) => {
    const { t } = setup();
    const before = snapshot(t.db);
    expect(t.call('learners-import-preview', { csv })).toEqual({
      ok: false,
      error: { code: 'validation', field: 'csv', message, text },
    });
    expect(t.call('learners-import-commit', { csv, existing: 'skip' })).toEqual({
      ok: false,
      error: { code: 'validation', field: 'csv', message, text },
    });
    expect(snapshot(t.db)).toBe(before);
  });
});

describe('honest counts', () => {
  it('an 18-row file with one learner already registered says 17 added, and adds 17', () => {
    const { t, b } = setup();
    t.must('kiosk-register', { name: 'Person 5', email: 'p5@example.com', code: b.joinCode });
    const csv = ['name,email,group', ...people(18, 'Night Shift')].join('\n');
    const preview = t.must('learners-import-preview', { csv });
    expect(preview).toMatchObject({ total: 18, valid: 18, existing: 0, members: 1 });
    expect(preview.outcomes.skip.fit).toEqual({ added: 17, moved: 0, registered: 1, full: 0 });
    expect(preview.outcomes.move.fit).toEqual({ added: 17, moved: 0, registered: 1, full: 0 });
    const summary = t.must('learners-import-commit', { csv, existing: 'skip' });
    expect(summary).toMatchObject({ added: 17, moved: 0, registered: 1, full: 0, invalid: 0, duplicates: 0 });
    expect(summary.rejected).toEqual([
      {
        line: 7,
        name: 'Person 5',
        email: 'p5@example.com',
        cells: ['Person 5', 'p5@example.com', 'Night Shift'],
        reason: 'member',
        message: 'Already in Night Shift.',
        reasonText: { id: 'import.row.member', values: { group: 'Night Shift' } },
      },
    ]);
    expect(t.must('learners-list', { groupId: b.id }).total).toBe(18);
  });

  it('every choice’s preview counts are what the commit then writes', () => {
    for (const existing of ['skip', 'move'] as const) {
      for (const overLimit of ['fit', 'raise'] as const) {
        const { t, a, b } = setup();
        t.must('join-code-settings', { groupId: b.id, maxUses: 4 });
        t.must('kiosk-register', { name: 'Known', email: 'known@example.com', code: a.joinCode });
        t.must('kiosk-register', { name: 'Kim', email: 'kim@example.com', code: b.joinCode });
        const csv = [
          'name,email,group',
          ...people(4, 'Night Shift'),
          'Known,known@example.com,Night Shift',
          'Kim,kim@example.com,Night Shift',
          'Bad,bad,Night Shift',
          'Person 0,P0@example.com,Spring Cohort',
        ].join('\n');
        const outcome = t.must('learners-import-preview', { csv }).outcomes[existing][overLimit];
        const summary = t.must('learners-import-commit', { csv, existing, overLimit });
        expect({ added: summary.added, moved: summary.moved, registered: summary.registered, full: summary.full }).toEqual(
          outcome,
        );
        expect(summary).toMatchObject({ invalid: 1, duplicates: 1 });
        expect(summary.rejected).toHaveLength(summary.registered + summary.full + 2);
        expect(outcome.added + outcome.moved + outcome.registered + outcome.full + 2).toBe(8);
      }
    }
  });

  it('lists every row not written, in file order, with its cells as in the file and why', () => {
    const { t, a, b } = setup();
    t.must('join-code-settings', { groupId: a.id, maxUses: 1 });
    t.must('kiosk-register', { name: 'Known', email: 'known@example.com', code: b.joinCode });
    const csv = [
      'E-mail,Full name,Group,Notes',
      'one@example.com,One,Spring Cohort,first',
      'two@example.com,Two,Spring Cohort,no seat left',
      'known@example.com,Known,Spring Cohort,registered',
      'bad,=HYPERLINK("x"),Spring Cohort,invalid',
      'ONE@example.com,One Again,Night Shift,dup',
    ].join('\r\n');
    const summary = t.must('learners-import-commit', { csv, existing: 'skip', overLimit: 'fit' });
    expect(summary).toMatchObject({ added: 1, moved: 0, registered: 1, full: 1, invalid: 1, duplicates: 1 });
    expect(summary.columns).toEqual(['E-mail', 'Full name', 'Group', 'Notes']);
    expect(summary.rejected).toEqual([
      {
        line: 3,
        name: 'Two',
        email: 'two@example.com',
        cells: ['two@example.com', 'Two', 'Spring Cohort', 'no seat left'],
        reason: 'full',
        message: 'Spring Cohort is at its maximum (1 seat).',
        reasonText: { id: 'import.row.full', values: { group: 'Spring Cohort', seats: 1 } },
      },
      {
        line: 4,
        name: 'Known',
        email: 'known@example.com',
        cells: ['known@example.com', 'Known', 'Spring Cohort', 'registered'],
        reason: 'registered',
        message: 'Already registered, in Night Shift.',
        reasonText: { id: 'import.row.registered', values: { group: 'Night Shift' } },
      },
      {
        line: 5,
        name: '=HYPERLINK("x")',
        email: 'bad',
        cells: ['bad', '=HYPERLINK("x")', 'Spring Cohort', 'invalid'],
        reason: 'invalid',
        message: 'Enter a valid email address, like name@example.com.',
        reasonText: { id: 'field.emailInvalid' },
      },
      {
        line: 6,
        name: 'One Again',
        email: 'ONE@example.com',
        cells: ['ONE@example.com', 'One Again', 'Night Shift', 'dup'],
        reason: 'duplicate',
        message: 'This email is already on row 2 of the file.',
        reasonText: { id: 'import.row.duplicate', values: { line: 2 } },
      },
    ]);

    // The download: the file's columns, its row and the reason; a formula is plain text; it reads back.
    const file = rejectedRowsCsv(summary);
    expect(file.startsWith('\uFEFFE-mail,Full name,Group,Notes,row,reason\r\n')).toBe(true);
    expect(file).toContain(`bad,"'=HYPERLINK(""x"")",Spring Cohort,invalid,5,`);
    const parsed = Papa.parse<string[]>(file.slice(1), { skipEmptyLines: true }).data;
    expect(parsed.map((r) => [r[0], r[4], r[5]])).toEqual([
      ['E-mail', 'row', 'reason'],
      ['two@example.com', '3', 'Spring Cohort is at its maximum (1 seat).'],
      ['known@example.com', '4', 'Already registered, in Night Shift.'],
      ['bad', '5', 'Enter a valid email address, like name@example.com.'],
      ['ONE@example.com', '6', 'This email is already on row 2 of the file.'],
    ]);
    // Uploaded again as it is, its extra columns are left alone and each row is read as before.
    const again = t.must('learners-import-preview', { csv: file });
    expect(again.errors.map((e) => [e.line, e.email, e.reason])).toEqual([[4, 'bad', 'invalid']]);
    expect(again.registered.map((r) => [r.line, r.email])).toEqual([
      [3, 'known@example.com'],
      [5, 'ONE@example.com'],
    ]);
    expect(again.sample.map((r) => [r.line, r.email])).toEqual([[2, 'two@example.com']]);
  });
});

describe('a group’s maximum', () => {
  /** Night Shift: 5 seats, 2 taken at the kiosk; the file brings 5 more. */
  function nearlyFull() {
    const { t, a, b } = setup();
    t.must('join-code-settings', { groupId: b.id, maxUses: 5 });
    t.must('kiosk-register', { name: 'K One', email: 'k1@example.com', code: b.joinCode });
    t.must('kiosk-register', { name: 'K Two', email: 'k2@example.com', code: b.joinCode });
    const csv = ['name,email,group', ...people(5, 'Night Shift'), ...people(2, 'Spring Cohort', 10)].join('\n');
    return { t, a, b, csv };
  }

  it('the preview warns, with the seats taken and the rows that would go past', () => {
    const { t, b, csv } = nearlyFull();
    const preview = t.must('learners-import-preview', { csv });
    expect(preview.limits).toEqual([
      { groupId: b.id, groupName: 'Night Shift', maxUses: 5, usedCount: 2, incoming: { skip: 5, move: 5 } },
    ]);
    expect(preview.outcomes.skip).toEqual({
      fit: { added: 5, moved: 0, registered: 0, full: 2 },
      raise: { added: 7, moved: 0, registered: 0, full: 0 },
    });
  });

  it('without a choice the import is refused and nothing changes', () => {
    const { t, csv } = nearlyFull();
    const before = snapshot(t.db);
    expect(t.call('learners-import-commit', { csv, existing: 'skip' })).toEqual({
      ok: false,
      error: {
        code: 'group-full',
        field: 'overLimit',
        message:
          'This file would take Night Shift past its maximum. Choose to import only up to the maximum, or to import all and raise it.',
        text: { id: 'import.overLimit', values: { count: 1, others: '', last: 'Night Shift' } },
      },
    });
    expect(snapshot(t.db)).toBe(before);
  });

  it('fit: imports up to the maximum, the first rows get the seats, and the kiosk then finds the group full', () => {
    const { t, b, csv } = nearlyFull();
    const summary = t.must('learners-import-commit', { csv, existing: 'skip', overLimit: 'fit' });
    expect(summary).toMatchObject({ added: 5, full: 2, raised: [] });
    expect(summary.rejected.map((r) => [r.line, r.reason])).toEqual([
      [5, 'full'],
      [6, 'full'],
    ]);
    expect(t.must('groups-get', { id: b.id })).toMatchObject({ maxUses: 5, usedCount: 5, memberCount: 5, codeState: 'full' });
    expect(t.call('kiosk-register', { name: 'Late', email: 'late@example.com', code: b.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'group-full' },
    });
  });

  it('raise: imports all and raises the maximum to fit them, in the audit log', () => {
    const { t, b, csv } = nearlyFull();
    const summary = t.must('learners-import-commit', { csv, existing: 'skip', overLimit: 'raise' });
    expect(summary).toMatchObject({
      added: 7,
      full: 0,
      raised: [{ groupId: b.id, groupName: 'Night Shift', from: 5, to: 7 }],
    });
    expect(t.must('groups-get', { id: b.id })).toMatchObject({ maxUses: 7, usedCount: 7, memberCount: 7 });
    expect(
      t.db.prepare("SELECT count(*) FROM audit WHERE action = 'join-code-settings-changed' AND group_id = ?").pluck().get(b.id),
    ).toBe(2);
  });

  it('moving a learner in takes a seat too; an import that fits needs no choice', () => {
    const { t, a, b } = setup();
    t.must('join-code-settings', { groupId: b.id, maxUses: 2 });
    t.must('kiosk-register', { name: 'Mo', email: 'mo@example.com', code: a.joinCode });
    const csv = 'name,email,group\nMo,mo@example.com,Night Shift\nNew,new@example.com,Night Shift\n';
    expect(t.must('learners-import-preview', { csv }).limits).toEqual([]);
    expect(t.must('learners-import-commit', { csv, existing: 'move' })).toMatchObject({ added: 1, moved: 1, full: 0 });
    expect(t.must('groups-get', { id: b.id })).toMatchObject({ usedCount: 2, memberCount: 2 });
    expect(t.must('groups-get', { id: a.id })).toMatchObject({ usedCount: 1, memberCount: 0 });
  });

  it('a seat taken at the kiosk while the file was checked is not given twice (fit re-checks as it writes)', () => {
    const { t, b } = setup();
    t.must('join-code-settings', { groupId: b.id, maxUses: 3 });
    const csv = ['name,email,group', ...people(3, 'Night Shift')].join('\n');
    expect(t.must('learners-import-preview', { csv }).limits).toEqual([]);
    t.must('kiosk-register', { name: 'Walk In', email: 'walk@example.com', code: b.joinCode });
    expect(t.must('learners-import-commit', { csv, existing: 'skip', overLimit: 'fit' })).toMatchObject({ added: 2, full: 1 });
    expect(t.must('groups-get', { id: b.id })).toMatchObject({ usedCount: 3, memberCount: 3 });
  });
});

describe('learners-import-commit', () => {
  it('adds the valid rows as bulk learners; skips or moves existing ones', () => {
    const { t, a, b } = setup();
    t.must('kiosk-register', { name: 'Known', email: 'known@example.com', code: a.joinCode });
    const csv =
      'name,email,group\nNew Person,new@example.com,Night Shift\nKnown,known@example.com,Night Shift\nBad,bad,Night Shift\n';
    expect(t.must('learners-import-commit', { csv, existing: 'skip' })).toMatchObject({
      added: 1,
      moved: 0,
      registered: 1,
      invalid: 1,
    });
    expect(t.must('learners-list', { search: 'new' }).items[0]).toMatchObject({ source: 'bulk', groupName: 'Night Shift' });
    expect(t.must('learners-list', { search: 'known' }).items[0]?.groupId).toBe(a.id);
    const csv2 = 'name,email,group\nKnown,known@example.com,Night Shift\n';
    expect(t.must('learners-import-commit', { csv: csv2, existing: 'move' })).toMatchObject({
      added: 0,
      moved: 1,
      registered: 0,
      invalid: 0,
      rejected: [],
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
    const before = tablesExceptSearchIndex(t.db, ['import_batches']);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = t.call('learners-import-commit', { csv: `name,email,group\n${lines.join('\n')}\n`, existing: 'skip' });
    expect(log).toHaveBeenCalledWith('[core] learners-import-commit failed: SqliteError SQLITE_CONSTRAINT_TRIGGER');
    log.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    // Only the batch's own record says an import was tried and taken back.
    expect(tablesExceptSearchIndex(t.db, ['import_batches'])).toBe(before);
    expect(t.db.prepare('SELECT state FROM import_batches').pluck().all()).toEqual(['undone']);
    expect(t.must('learners-list', { search: 'example.com' }).total).toBe(0);
  });

  it('taken back, it gives back the seats it took and the maximum it raised', () => {
    const { t, b } = setup();
    t.must('join-code-settings', { groupId: b.id, maxUses: 10 });
    t.must('kiosk-register', { name: 'Kiosk Kay', email: 'kay@example.com', code: b.joinCode });
    t.db.exec(
      "CREATE TRIGGER fail_half_way BEFORE INSERT ON learners WHEN NEW.email = 'p700@example.com' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const before = tablesExceptSearchIndex(t.db, ['import_batches']);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const csv = ['name,email,group', ...people(1000, 'Night Shift')].join('\n');
    expect(t.call('learners-import-commit', { csv, existing: 'skip', overLimit: 'raise' })).toMatchObject({ ok: false });
    log.mockRestore();
    expect(tablesExceptSearchIndex(t.db, ['import_batches'])).toBe(before);
    expect(t.must('groups-get', { id: b.id })).toMatchObject({ maxUses: 10, usedCount: 1 });
    expect(t.db.prepare('SELECT count(*) FROM import_seats').pluck().get()).toBe(0);
    expect(t.must('learners-list', { search: 'example.com' }).items.map((l) => l.name)).toEqual(['Kiosk Kay']);
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
      value: { added: 100_000, rejected: [] },
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
    expect(summary).toMatchObject({ added: 5000, moved: 0, registered: 0, full: 0, invalid: 0, duplicates: 0, rejected: [] });
    expect(runner.progress()).toBeNull();
    expect(t.must('learners-list', {}).total).toBe(5000);
    expect(seen.length).toBeGreaterThan(0);
    await expect(runner.run('learners-import-commit', { csv: 'nonsense', existing: 'skip' })).rejects.toMatchObject({
      data: { code: 'validation', field: 'csv' },
    });
  }, 60_000);
});
