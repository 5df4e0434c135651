import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../../src/shared/csv';
import { auditActionLabel } from '../../../src/shared/domains/audit';
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

  it('stamps a bulk completion with the real time, like a single one, never a made-up noon', () => {
    const { t, g, a, b, ids } = classroom();
    t.clock.set('2026-03-05T16:47:13.000Z');
    t.must('progress-set', { learnerId: ids[0]!, courseId: b.id, status: 'completed' });
    // Today, as the date picker sends it: the moment of marking.
    t.must('progress-set-many', {
      learnerIds: [ids[0]!, ids[1]!],
      courseId: a.id,
      status: 'completed',
      completedOn: '2026-03-05',
    });
    // An earlier day: that day, at the time of marking.
    t.must('progress-set-many', { learnerIds: [ids[2]!], courseId: a.id, status: 'completed', completedOn: '2026-03-03' });
    const grid = t.must('progress-group', { groupId: g.id });
    const at = (i: number, course: number) => grid.learners.find((l) => l.id === ids[i])!.statuses[course]!.completedAt;
    expect(at(0, b.id)).toBe('2026-03-05T16:47:13.000Z');
    expect(at(0, a.id)).toBe('2026-03-05T16:47:13.000Z');
    expect(at(1, a.id)).toBe('2026-03-05T16:47:13.000Z');
    expect(at(2, a.id)).toBe('2026-03-03T16:47:13.000Z');
    expect(at(2, a.id)).not.toMatch(/T12:00:00/);
  });

  it('takes the picked day on this computer’s calendar, and refuses a day still to come', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Pacific/Auckland'; // UTC+13 in March: 2026-03-05T16:47Z is 6 March, 05:47 there
    try {
      const { t, g, a, ids } = classroom();
      t.clock.set('2026-03-05T16:47:00.000Z');
      t.must('progress-set-many', { learnerIds: [ids[0]!], courseId: a.id, status: 'completed', completedOn: '2026-03-06' });
      t.must('progress-set-many', { learnerIds: [ids[1]!], courseId: a.id, status: 'completed', completedOn: '2026-03-04' });
      const grid = t.must('progress-group', { groupId: g.id });
      expect(grid.learners[0]!.statuses[a.id]!.completedAt).toBe('2026-03-05T16:47:00.000Z');
      expect(grid.learners[1]!.statuses[a.id]!.completedAt).toBe('2026-03-03T16:47:00.000Z'); // 4 March, 05:47 local
      const before = snapshot(t.db);
      expect(
        t.call('progress-set-many', { learnerIds: [ids[2]!], courseId: a.id, status: 'completed', completedOn: '2026-03-07' }),
      ).toMatchObject({ ok: false, error: { code: 'validation', field: 'completedOn' } });
      expect(
        t.call('progress-set-many', {
          learnerIds: [ids[2]!],
          courseId: a.id,
          status: 'completed',
          completedOn: '2026-03-04',
          completedAt: '2026-03-04T10:00:00Z',
        }),
      ).toMatchObject({ ok: false, error: { code: 'validation', field: 'completedOn' } });
      expect(snapshot(t.db)).toBe(before);
    } finally {
      process.env.TZ = tz;
    }
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
      { groupId: soon.id, groupName: 'Closing soon', reason: 'expiring', closes: '2026-03-04T00:00:00.000Z' },
      { groupId: filling.id, groupName: 'Nearly full', reason: 'filling', used: 4, max: 5 },
    ]);
  });
});

const parse = (content: string) => Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;

describe('codes to look at', () => {
  it('lists full and paused codes, and codes that drew failed sign-ups in the last 24 hours, most pressing first', () => {
    const t = makeCore();
    const full = t.must('groups-create', { name: 'Full one' });
    t.must('join-code-settings', { groupId: full.id, maxUses: 1 });
    t.must('kiosk-register', { name: 'A', email: 'a@example.com', code: full.joinCode }, 'kiosk');
    const paused = t.must('groups-create', { name: 'Paused one' });
    t.must('join-code-settings', { groupId: paused.id, enabled: false });
    const calm = t.must('groups-create', { name: 'Calm' });
    const oldCode = calm.joinCode;
    t.must('join-code-regenerate', { groupId: calm.id });
    t.must('groups-create', { name: 'Untouched' });
    // Two people try the full group, one the paused one, three an old code of Calm's; a wrong code names no group.
    const at = (code: string, i: number) => t.call('kiosk-register', { name: 'X', email: `x${i}@example.com`, code }, 'kiosk');
    [full.joinCode, full.joinCode, paused.joinCode, oldCode, oldCode, oldCode, 'ZZZZ-ZZZZ'].forEach((c, i) => at(c, i));
    expect(t.must('reports-dashboard', {}).codesNeedingAttention).toEqual([
      { groupId: full.id, groupName: 'Full one', reason: 'full', used: 1, max: 1 },
      { groupId: paused.id, groupName: 'Paused one', reason: 'paused' },
      { groupId: calm.id, groupName: 'Calm', reason: 'failures', failures: 3, attemptKind: 'code-retired' },
      { groupId: full.id, groupName: 'Full one', reason: 'failures', failures: 2, attemptKind: 'group-full' },
      { groupId: paused.id, groupName: 'Paused one', reason: 'failures', failures: 1, attemptKind: 'code-disabled' },
    ]);
    // A day later the failures are no longer news; the state of the codes still is.
    t.clock.advance(24 * 60 * 60 * 1000 + 60_000);
    expect(t.must('reports-dashboard', {}).codesNeedingAttention.map((c) => c.reason)).toEqual(['full', 'paused']);
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

  it('exports groups with state, places used of the limit, opening and closing', () => {
    const { t, g } = classroom();
    t.must('join-code-settings', {
      groupId: g.id,
      maxUses: 30,
      validFrom: '2026-02-20T08:00:00Z',
      validUntil: '2026-04-01T17:30:00Z',
    });
    const paused = t.must('groups-create', { name: 'Night shift', role: 'instructor' });
    t.must('join-code-settings', { groupId: paused.id, enabled: false });
    const full = t.must('groups-create', { name: 'Tiny' });
    t.must('join-code-settings', { groupId: full.id, maxUses: 1 });
    t.must('kiosk-register', { name: 'Solo', email: 'solo@example.com', code: full.joinCode });
    const rows = parse(t.must('export-csv', { kind: 'groups' }).content);
    expect(rows[0]).toEqual([
      'Group',
      'Description',
      'Role',
      'Join code',
      'State',
      'Places used',
      'Places',
      'Members',
      'Opens',
      'Closes',
      'Cohort start',
      'Created',
    ]);
    expect(rows.slice(1)).toEqual([
      ['Night shift', '', 'Instructor', paused.joinCode, 'Paused', '0', '', '0', '', '', '', '2026-03-01 09:00'],
      ['Tiny', '', 'Learner', full.joinCode, 'Full', '1', '1', '1', '', '', '', '2026-03-01 09:00'],
      [
        'Wave 1',
        '',
        'Learner',
        g.joinCode,
        'Open',
        '4',
        '30',
        '4',
        '2026-02-20 08:00',
        '2026-04-01 17:30',
        '',
        '2026-03-01 09:00',
      ],
    ]);
  });

  it('exports dates in this computer’s time zone as YYYY-MM-DD HH:MM, and statuses in words', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'America/New_York'; // UTC−5 in early March
    try {
      const { t, g, a, ids } = classroom();
      t.must('progress-set', { learnerId: ids[0]!, courseId: a.id, status: 'completed', completedAt: '2026-03-02T03:15:00Z' });
      t.must('progress-set', { learnerId: ids[1]!, courseId: a.id, status: 'started' });
      const progress = parse(t.must('export-csv', { kind: 'progress', groupId: g.id }).content);
      expect(progress).toHaveLength(1 + 8);
      expect(progress).toContainEqual(['Ana', 'ana@example.com', 'Wave 1', 'Safety', 'Completed', '2026-03-01 22:15']);
      expect(progress).toContainEqual(['Bo', 'bo@example.com', 'Wave 1', 'Safety', 'Started', '']);
      expect(progress).toContainEqual(['Cy', 'cy@example.com', 'Wave 1', 'Safety', 'Not started', '']);
      const learners = parse(t.must('export-csv', { kind: 'learners' }).content);
      expect(learners[1]).toEqual(['Ana', 'ana@example.com', 'Wave 1', 'Learner', 'Kiosk', '2026-03-01 04:00']);
      // No cell anywhere in an ISO instant or an internal code.
      for (const kind of ['groups', 'learners', 'progress', 'moodle-users', 'audit'] as const) {
        const { content } = t.must('export-csv', { kind });
        expect(content).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d|not-started|learner-registered/);
      }
    } finally {
      process.env.TZ = tz;
    }
  });

  it.each([
    ["O'Brien, Siobhan", 'Siobhan', "O'Brien"],
    ['Ruiz,Ana María', 'Ana María', 'Ruiz'],
    ['Ana Ruiz', 'Ana', 'Ruiz'],
    ['Ana María López', 'Ana María', 'López'],
    ['Ana van der Berg', 'Ana', 'van der Berg'],
    ['Madonna', 'Madonna', 'Madonna'],
    ['王小明', '小明', '王'],
    ['欧阳小明', '小明', '欧阳'],
    ['山田 太郎', '太郎', '山田'],
    ['김민준', '민준', '김'],
    ['王', '王', '王'],
  ])('splits %j for Moodle into first %j and last %j', (name, first, last) => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Wave 1' });
    t.must('kiosk-register', { name, email: 'x@example.com', code: g.joinCode });
    const rows = parse(t.must('export-csv', { kind: 'moodle-users' }).content);
    expect(rows).toEqual([
      ['username', 'firstname', 'lastname', 'email', 'cohort1'],
      ['x@example.com', first, last, 'x@example.com', 'Wave 1'],
    ]);
  });

  it('names the file by group and by the local day', () => {
    const { t, g } = classroom();
    expect(t.must('export-csv', { kind: 'moodle-users', groupId: g.id }).filename).toBe(
      'joindesk-moodle-users-Wave-1-2026-03-01.csv',
    );
    expect(t.must('export-csv', { kind: 'audit' }).filename).toBe('joindesk-audit-2026-03-01.csv');
  });
});

describe('audit-list', () => {
  it('filters by action, group and date, and stores ids, not people', () => {
    const { t, g } = classroom();
    t.clock.set('2026-03-05T09:00:00Z');
    t.must('join-code-regenerate', { groupId: g.id });
    const page = t.must('audit-list', { action: 'learner-registered', groupId: g.id });
    expect(page.total).toBe(4);
    expect(t.must('audit-list', { from: '2026-03-04T00:00:00Z' }).items.map((e) => e.action)).toEqual(['join-code-regenerated']);
    expect(t.must('audit-list', { to: '2026-03-04T00:00:00Z' }).total).toBe(9);
    const rows = JSON.stringify(t.db.prepare('SELECT * FROM audit').all());
    expect(rows).not.toMatch(/Ana|example\.com|Wave/);
  });

  it('shows the names of groups, courses and learners instead of their numbers', () => {
    const { t, g, a, ids } = classroom();
    const other = t.must('groups-create', { name: 'Wave 2' });
    t.must('progress-set', { learnerId: ids[0]!, courseId: a.id, status: 'completed' });
    t.must('learners-reassign', { learnerId: ids[1]!, groupId: other.id });
    const items = t.must('audit-list', {}).items;
    expect(items.find((e) => e.action === 'progress-set')).toMatchObject({
      learnerName: 'Ana',
      courseTitle: 'Safety',
      groupName: 'Wave 1',
    });
    expect(t.must('audit-list', { groupId: g.id, action: 'progress-set' }).total).toBe(1);
    expect(items.find((e) => e.action === 'learner-reassigned')).toMatchObject({
      learnerName: 'Bo',
      groupName: 'Wave 2',
      fromGroupName: 'Wave 1',
    });
    expect(items.find((e) => e.action === 'learner-registered' && e.learnerId === ids[2])).toMatchObject({
      groupId: g.id,
      groupName: 'Wave 1',
      learnerName: 'Cy',
    });
    // A renamed group shows as it is called now.
    t.must('groups-update', { id: g.id, name: 'Wave One' });
    expect(t.must('audit-list', { action: 'learner-registered' }).items[0]).toMatchObject({ groupName: 'Wave One' });
  });

  it('says "removed learner" and "erased learner", and never lends an old number to a newcomer', () => {
    const { t, g, ids } = classroom();
    t.must('learners-remove', { learnerId: ids[3]! }); // Dee, the highest id: SQLite may hand it out again
    t.must('learners-erase', { learnerId: ids[1]! });
    t.clock.advance(60_000);
    const newcomer = t.must('kiosk-register', { name: 'Eve', email: 'eve@example.com', code: g.joinCode }).learnerId;
    expect(newcomer).toBe(ids[3]); // the number came back…
    const items = t.must('audit-list', {}).items;
    const deeEntries = items.filter((e) => e.learnerId === ids[3] && e.at < t.clock.now().toISOString());
    expect(deeEntries.map((e) => [e.action, e.learnerName])).toEqual([
      ['learner-removed', 'removed learner'],
      ['learner-registered', 'removed learner'], // …but not Eve's name on Dee's entries
    ]);
    expect(items.find((e) => e.action === 'learner-erased')).toMatchObject({
      learnerName: 'erased learner',
      groupName: 'Wave 1',
      gone: { learner: 'erased' },
    });
    expect(deeEntries.map((e) => e.gone)).toEqual([{ learner: 'removed' }, { learner: 'removed' }]);
    // Nothing about the erased learner is left in the log.
    expect(items.some((e) => e.learnerId === ids[1])).toBe(false);
    expect(items[0]).toMatchObject({ action: 'learner-registered', learnerName: 'Eve' });
  });

  it('a record called what the log calls a gone one is named as it is, not taken for gone', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'removed group' });
    t.must('learners-add', { name: 'erased learner', email: 'e@example.com', groupId: g.id });
    const added = t.must('audit-list', { action: 'learner-added' }).items[0]!;
    expect(added).toMatchObject({ groupName: 'removed group', learnerName: 'erased learner', gone: {} });
    const german = parse(t.must('export-csv', { kind: 'audit', action: 'learner-added', language: 'de' }).content);
    expect(german[1]!.slice(3, 6)).toEqual(['removed group', '', 'erased learner']);
  });

  it('exports what it shows, with its filters, as CSV with names and local times', () => {
    const { t, g } = classroom();
    const other = t.must('groups-create', { name: 'Wave 2' });
    const csv = t.must('export-csv', { kind: 'audit', groupId: g.id, action: 'learner-registered' });
    const rows = parse(csv.content);
    expect(rows[0]).toEqual([
      'When',
      'Who',
      'Action',
      'Group',
      'From group',
      'Learner',
      'Course',
      'Failed sign-up',
      'Attempts',
      'Kiosk',
    ]);
    expect(rows.slice(1).map((r) => r.slice(0, 6))).toEqual(
      ['Dee', 'Cy', 'Bo', 'Ana'].map((name) => ['2026-03-01 09:00', 'Kiosk', 'Signed up at the kiosk', 'Wave 1', '', name]),
    );
    const all = parse(t.must('export-csv', { kind: 'audit' }).content);
    expect(all).toHaveLength(1 + t.must('audit-list', { limit: 500 }).total);
    expect(all.some((r) => r[3] === 'Wave 2' && r[2] === 'Group created')).toBe(true);
    void other;
  });
});

describe('audit action labels', () => {
  it.each([
    ['learner-registered', 'Signed up at the kiosk'],
    ['sign-up-failed', 'Sign-up failed'],
    ['learner-updated:email,name', 'Learner changed (email, name)'],
    ['something-new', 'Something new'],
  ])('%s reads as %j', (action, label) => {
    expect(auditActionLabel(action)).toBe(label);
  });
});
