import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../../src/shared/csv';
import { makeCore, snapshot } from '../helpers';

function classroom() {
  const t = makeCore();
  const g = t.must('groups-create', { name: 'Wave 1' });
  const a = t.must('courses-create', { title: 'Safety' });
  const b = t.must('courses-create', { title: 'Forklift' });
  t.must('group-courses-set', { groupId: g.id, courseIds: [a.id, b.id] });
  const ids = ['Ana', 'Bo', 'Cy', 'Dee'].map(
    (name) => t.must('kiosk-register', { name, email: `${name.toLowerCase()}@example.com`, code: g.joinCode }).learnerId,
  );
  return { t, g, a, b, ids };
}

describe('progress', () => {
  it('computes completion per learner, per course and for the group on known data', () => {
    const { t, g, a, b, ids } = classroom();
    t.must('progress-set', { learnerId: ids[0]!, courseId: a.id, status: 'completed', completedAt: '2026-03-02T10:00:00Z' });
    t.must('progress-set', { learnerId: ids[0]!, courseId: b.id, status: 'completed' });
    t.must('progress-set-many', { learnerIds: [ids[1]!, ids[2]!], courseId: a.id, status: 'completed' });
    t.must('progress-set', { learnerId: ids[3]!, courseId: a.id, status: 'started' });
    const grid = t.must('progress-group', { groupId: g.id });
    expect(grid.percent).toBe(50); // 4 of 8
    expect(grid.courses.map((c) => [c.title, c.completed, c.percent])).toEqual([
      ['Forklift', 1, 25],
      ['Safety', 3, 75],
    ]);
    expect(grid.learners.map((l) => [l.name, l.completed, l.percent])).toEqual([
      ['Ana', 2, 100],
      ['Bo', 1, 50],
      ['Cy', 1, 50],
      ['Dee', 0, 0],
    ]);
    expect(grid.learners[0]!.statuses[a.id]).toEqual({ status: 'completed', completedAt: '2026-03-02T10:00:00.000Z' });
    expect(grid.learners[3]!.statuses[a.id]).toEqual({ status: 'started', completedAt: null });
    // Back to not started: the entry goes.
    t.must('progress-set', { learnerId: ids[3]!, courseId: a.id, status: 'not-started' });
    expect(t.must('progress-group', { groupId: g.id }).learners[3]!.statuses).toEqual({});
  });

  it('refuses a course outside the learner’s group, and a batch with one bad learner changes nothing', () => {
    const { t, ids, a } = classroom();
    const other = t.must('courses-create', { title: 'Elsewhere' });
    expect(t.call('progress-set', { learnerId: ids[0]!, courseId: other.id, status: 'started' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'courseId' },
    });
    const before = snapshot(t.db);
    expect(t.call('progress-set-many', { learnerIds: [ids[0]!, 999], courseId: a.id, status: 'completed' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(snapshot(t.db)).toBe(before);
  });
});

describe('dashboard', () => {
  it('counts registrations by day and group, completion by group and course, and codes to watch', () => {
    const { t, g, a, ids } = classroom();
    t.must('progress-set', { learnerId: ids[0]!, courseId: a.id, status: 'completed' });
    const soon = t.must('groups-create', { name: 'Closing soon' });
    t.must('join-code-settings', { groupId: soon.id, validUntil: '2026-03-04T00:00:00Z' });
    const filling = t.must('groups-create', { name: 'Nearly full' });
    t.must('join-code-settings', { groupId: filling.id, maxUses: 5 });
    for (let i = 0; i < 4; i++) t.must('kiosk-register', { name: `F${i}`, email: `f${i}@example.com`, code: filling.joinCode });
    const d = t.must('reports-dashboard', {});
    expect(d.registrationsByDay).toEqual([{ day: '2026-03-01', count: 8 }]);
    expect(d.registrationsByGroup.find((r) => r.groupId === g.id)).toMatchObject({ total: 4, last30Days: 4 });
    expect(d.completionByGroup).toEqual([{ groupId: g.id, groupName: 'Wave 1', members: 4, courses: 2, percent: 12.5 }]);
    expect(d.completionByCourse.map((c) => [c.title, c.learners, c.percent])).toEqual([
      ['Forklift', 4, 0],
      ['Safety', 4, 25],
    ]);
    expect(d.codesNeedingAttention).toEqual([
      { groupId: soon.id, groupName: 'Closing soon', reason: 'expiring', detail: '2026-03-04T00:00:00.000Z' },
      { groupId: filling.id, groupName: 'Nearly full', reason: 'filling', detail: '4 of 5' },
    ]);
  });
});

describe('CSV exports', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
  ])('quotes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('exports learners as UTF-8 with BOM and CRLF, and a formula name round-trips through import as text', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Wave 1' });
    t.must('kiosk-register', { name: '=HYPERLINK("http://x")', email: 'h@example.com', code: g.joinCode });
    t.must('kiosk-register', { name: 'Ruiz, Ana', email: 'ana@example.com', code: g.joinCode });
    const { filename, content } = t.must('export-csv', { kind: 'learners' });
    expect(filename).toBe('joindesk-learners-2026-03-01.csv');
    expect(content.startsWith('\uFEFFName,Email,Group,Role,Joined via,Registered\r\n')).toBe(true);
    expect(content).toContain(`"'=HYPERLINK(""http://x"")",h@example.com,Wave 1`);
    const rows = Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;
    expect(rows.map((r) => r[0])).toEqual(['Name', '\'=HYPERLINK("http://x")', 'Ruiz, Ana']);

    // The exported file goes into another JoinDesk: the name arrives exactly as it was.
    const other = makeCore();
    other.must('groups-create', { name: 'Wave 1' });
    const roster = content.replace('Name,Email,Group', 'name,email,group');
    expect(other.must('learners-import-commit', { csv: roster, existing: 'skip' })).toMatchObject({ added: 2, invalid: 0 });
    expect(other.must('learners-list', { sort: 'email' }).items.map((l) => l.name)).toEqual([
      'Ruiz, Ana',
      '=HYPERLINK("http://x")',
    ]);
  });

  it('exports groups, progress and Moodle users, for one group or all', () => {
    const { t, g, a, ids } = classroom();
    t.must('progress-set', { learnerId: ids[0]!, courseId: a.id, status: 'completed', completedAt: '2026-03-02T10:00:00Z' });
    const parse = (content: string) => Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;
    expect(parse(t.must('export-csv', { kind: 'groups' }).content)[1]).toEqual([
      'Wave 1',
      '',
      'learner',
      g.joinCode,
      '4',
      '2026-03-01T09:00:00.000Z',
    ]);
    const progress = parse(t.must('export-csv', { kind: 'progress', groupId: g.id }).content);
    expect(progress).toHaveLength(1 + 8);
    expect(progress).toContainEqual(['Ana', 'ana@example.com', 'Wave 1', 'Safety', 'completed', '2026-03-02T10:00:00.000Z']);
    const moodle = t.must('export-csv', { kind: 'moodle-users', groupId: g.id });
    expect(moodle.filename).toBe('joindesk-moodle-users-Wave-1-2026-03-01.csv');
    expect(parse(moodle.content).slice(0, 2)).toEqual([
      ['username', 'firstname', 'lastname', 'email', 'cohort1'],
      ['ana@example.com', 'Ana', '.', 'ana@example.com', 'Wave 1'],
    ]);
  });
});

describe('audit-list', () => {
  it('filters by action, group and date, and holds ids, not people', () => {
    const { t, g } = classroom();
    t.clock.set('2026-03-05T09:00:00Z');
    t.must('join-code-regenerate', { groupId: g.id });
    const page = t.must('audit-list', { action: 'learner-registered', groupId: g.id });
    expect(page.total).toBe(4);
    expect(t.must('audit-list', { from: '2026-03-04T00:00:00Z' }).items.map((e) => e.action)).toEqual(['join-code-regenerated']);
    expect(JSON.stringify(t.must('audit-list', { limit: 500 }))).not.toMatch(/Ana|example\.com/);
  });
});
