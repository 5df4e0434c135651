import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { ExportKind } from '../../../src/shared/types';
import { makeCore } from '../helpers';

/**
 * Each export opened the way a spreadsheet opens a CSV: SheetJS reads the bytes (BOM and all) and
 * infers each cell's type as Excel does — a date and time becomes a date cell, a count a number.
 */
function open(content: string): { header: string[]; rows: XLSX.CellObject[][] } {
  const book = XLSX.read(Buffer.from(content, 'utf8'), { type: 'buffer', cellDates: true });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  const cell = (r: number, c: number): XLSX.CellObject => sheet[XLSX.utils.encode_cell({ r, c })] ?? { t: 'z' };
  const header: string[] = [];
  for (let c = range.s.c; c <= range.e.c; c++) header.push(String(cell(0, c).v));
  const rows: XLSX.CellObject[][] = [];
  for (let r = 1; r <= range.e.r; r++) rows.push(header.map((_, c) => cell(r, c)));
  return { header, rows };
}

/** Each column's cell types over every row ('z': empty), e.g. { Registered: 'd', Members: 'n' }. */
function columnTypes(content: string): Record<string, string> {
  const { header, rows } = open(content);
  return Object.fromEntries(header.map((h, c) => [h, [...new Set(rows.map((r) => r[c]!.t))].sort().join('|')]));
}

function school() {
  const t = makeCore();
  const g = t.must('groups-create', { name: 'Wave 1', description: 'Spring intake' });
  t.must('join-code-settings', {
    groupId: g.id,
    maxUses: 40,
    validFrom: '2026-02-01T08:00:00Z',
    validUntil: '2026-06-30T17:00:00Z',
  });
  t.must('groups-update', { id: g.id, description: 'Spring intake' });
  const c = t.must('courses-create', { title: 'Safety' });
  t.must('group-courses-set', { groupId: g.id, courseIds: [c.id] });
  const names = ["O'Brien, Siobhan", '王小明', 'Ana Ruiz', '=HYPERLINK("http://x")'];
  const ids = names.map(
    (name, i) => t.must('kiosk-register', { name, email: `p${i}@example.com`, code: g.joinCode }, 'kiosk').learnerId,
  );
  t.clock.advance(90 * 60_000);
  t.must('progress-set-many', { learnerIds: [ids[0]!, ids[1]!], courseId: c.id, status: 'completed', completedOn: '2026-03-01' });
  t.must('progress-set', { learnerId: ids[2]!, courseId: c.id, status: 'started' });
  t.call('kiosk-register', { name: 'X', email: 'x@example.com', code: 'NOPE-NOPE' }, 'kiosk');
  return t;
}

describe('exports open in a spreadsheet as data', () => {
  it.each<[ExportKind, Record<string, string>]>([
    [
      'groups',
      {
        Group: 's',
        Description: 's',
        Role: 's',
        'Join code': 's',
        State: 's',
        'Places used': 'n',
        Places: 'n',
        Members: 'n',
        Opens: 'd',
        Closes: 'd',
        'Cohort start': 'z',
        Created: 'd',
      },
    ],
    ['learners', { Name: 's', Email: 's', Group: 's', Role: 's', 'Joined via': 's', Registered: 'd' }],
    ['progress', { Name: 's', Email: 's', Group: 's', Course: 's', Status: 's', Completed: 'd|z' }],
    ['moodle-users', { username: 's', firstname: 's', lastname: 's', email: 's', cohort1: 's' }],
    [
      'audit',
      {
        When: 'd',
        Who: 's',
        Action: 's',
        Group: 's|z',
        'From group': 'z',
        Learner: 's|z',
        Course: 's|z',
        'Failed sign-up': 's|z',
        Attempts: 'n|z',
        Kiosk: 's|z',
      },
    ],
  ])('%s: each column has the type a spreadsheet should see', (kind, types) => {
    const t = school();
    expect(columnTypes(t.must('export-csv', { kind }).content)).toEqual(types);
  });

  it('reads dates and times as the moments they are, statuses as words, and formulas as text', () => {
    const t = school();
    const progress = open(t.must('export-csv', { kind: 'progress' }).content);
    const col = (name: string) => progress.header.indexOf(name);
    const completed = progress.rows.filter((r) => r[col('Status')]!.v === 'Completed');
    expect(completed).toHaveLength(2);
    // Marked in bulk at 10:30 for today: 10:30, not a made-up noon (this machine's clock is UTC here).
    for (const r of completed) expect((r[col('Completed')]!.v as Date).toISOString()).toBe('2026-03-01T10:30:00.000Z');
    expect(progress.rows.map((r) => r[col('Status')]!.v).sort()).toEqual(['Completed', 'Completed', 'Not started', 'Started']);
    const learners = open(t.must('export-csv', { kind: 'learners' }).content);
    expect(learners.rows.map((r) => r[0]!.v)).toContain('\'=HYPERLINK("http://x")');
    expect(learners.rows.every((r) => r[0]!.f === undefined)).toBe(true);
    const moodle = open(t.must('export-csv', { kind: 'moodle-users' }).content);
    expect(moodle.rows.map((r) => [r[1]!.v, r[2]!.v])).toEqual(
      expect.arrayContaining([
        ['Siobhan', "O'Brien"],
        ['小明', '王'],
        ['Ana', 'Ruiz'],
      ]),
    );
  });
});
