import { describe, expect, it } from 'vitest';
import { auditActionLabel } from '../../../src/shared/domains/audit';
import { emailKey } from '../../../src/shared/email';
import { makeCore, snapshot } from '../helpers';

function roster() {
  const t = makeCore();
  const a = t.must('groups-create', { name: 'Morning' });
  const b = t.must('groups-create', { name: 'Evening', role: 'instructor' });
  return { t, a, b };
}

const auditRows = (t: ReturnType<typeof makeCore>) =>
  t.db.prepare('SELECT * FROM audit ORDER BY id').all() as Record<string, unknown>[];

const found = (t: ReturnType<typeof makeCore>, search: string) => t.must('learners-list', { search }).items.map((l) => l.email);

describe('learners-update', () => {
  it('the kiosk typo: the admin corrects the email, search finds the corrected one, the mistyped one is free', () => {
    const { t, a } = roster();
    const typo = t.must('kiosk-register', { name: 'Siobhan Kelly', email: 'siobhan@exmaple.com', code: a.joinCode });
    // Signing up again with the right address is what a learner tries next; the fix is the admin's.
    const fixed = t.must('learners-update', { id: typo.learnerId, email: 'Siobhan@example.com' });
    expect(fixed).toMatchObject({
      id: typo.learnerId,
      name: 'Siobhan Kelly',
      email: 'Siobhan@example.com',
      groupName: 'Morning',
    });

    expect(found(t, 'siobhan@example')).toEqual(['Siobhan@example.com']);
    expect(found(t, 'example.com')).toEqual(['Siobhan@example.com']);
    expect(found(t, 'exmaple')).toEqual([]);
    // The corrected address is hers now; the mistyped one can be used by someone else.
    expect(t.call('kiosk-register', { name: 'Siobhan Kelly', email: 'siobhan@example.com', code: a.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'email-registered' },
    });
    t.must('kiosk-register', { name: 'Someone Else', email: 'siobhan@exmaple.com', code: a.joinCode });
    expect(t.must('learners-list', {}).total).toBe(2);
  });

  it('changes the name and the role; search follows the name', () => {
    const { t, a } = roster();
    const reg = t.must('kiosk-register', { name: 'Jon Smyth', email: 'jon@example.com', code: a.joinCode });
    const l = t.must('learners-update', { id: reg.learnerId, name: '  John   Smith ', role: 'manager' });
    expect(l).toMatchObject({ name: 'John Smith', role: 'manager', groupId: a.id });
    expect(t.must('groups-get', { id: a.id }).role).toBe('learner'); // the group keeps its own role
    expect(found(t, 'smith')).toEqual(['jon@example.com']);
    expect(found(t, 'smyth')).toEqual([]);
  });

  it('audits the names of the fields that changed, never their values', () => {
    const { t, a } = roster();
    const reg = t.must('kiosk-register', { name: 'Ana Ruiz', email: 'ana@example.com', code: a.joinCode });
    const before = auditRows(t).length;
    t.must('learners-update', { id: reg.learnerId, name: 'Ana María Ruiz', email: 'ana.ruiz@example.com', role: 'learner' });
    const rows = auditRows(t).slice(before);
    expect(rows).toEqual([
      expect.objectContaining({ action: 'learner-updated:name,email', learner_id: reg.learnerId, group_id: a.id }),
    ]);
    const text = JSON.stringify(rows);
    for (const value of ['Ana', 'Ruiz', 'ana@', 'ana.ruiz', 'example.com']) expect(text).not.toContain(value);
    // The log's filter on the action finds it, and reads it as what changed.
    const [logged, ...others] = t.must('audit-list', { action: 'learner-updated' }).items;
    expect(others).toEqual([]);
    expect(logged).toMatchObject({ action: 'learner-updated:name,email', learnerName: 'Ana María Ruiz' });
    expect(auditActionLabel(logged!.action)).toBe('Learner changed (name, email)');
    t.must('learners-update', { id: reg.learnerId, role: 'manager' });
    expect(auditRows(t).at(-1)).toMatchObject({ action: 'learner-updated:role' });
  });

  it('an edit that changes nothing writes nothing', () => {
    const { t, a } = roster();
    const reg = t.must('kiosk-register', { name: 'Ana Ruiz', email: 'ana@example.com', code: a.joinCode });
    const before = snapshot(t.db);
    const same = t.must('learners-update', {
      id: reg.learnerId,
      name: ' Ana  Ruiz ',
      email: 'ana@example.com ',
      role: 'learner',
    });
    expect(same).toMatchObject({ id: reg.learnerId, name: 'Ana Ruiz', email: 'ana@example.com' });
    expect(snapshot(t.db)).toBe(before);
  });

  it('a change of case in the email is a change, and no clash with the learner themselves', () => {
    const { t, a } = roster();
    const reg = t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: a.joinCode });
    expect(t.must('learners-update', { id: reg.learnerId, email: 'Ana@Example.com' }).email).toBe('Ana@Example.com');
    expect(auditRows(t).at(-1)).toMatchObject({ action: 'learner-updated:email' });
  });

  it('refuses an email another learner has, by the same key as sign-up, naming their group; nothing changes', () => {
    const { t, a, b } = roster();
    const taken = 'ana.ruiz@example.com';
    t.must('learners-add', { name: 'Ana', email: taken, groupId: b.id });
    const reg = t.must('kiosk-register', { name: 'Bo', email: 'bo@example.com', code: a.joinCode });
    const variants = ['ANA.RUIZ@EXAMPLE.COM', 'Ana.Ruiz@example.com', 'anaruiz@example.com', 'ana.ruiz@example.co'];
    expect(variants.filter((v) => emailKey(v) === emailKey(taken)).length).toBeGreaterThan(0);
    for (const email of variants) {
      const before = snapshot(t.db);
      const r = t.call('learners-update', { id: reg.learnerId, email });
      if (emailKey(email) === emailKey(taken)) {
        expect(r).toMatchObject({
          ok: false,
          error: { code: 'conflict', field: 'email', message: expect.stringContaining('in Evening') },
        });
        expect(snapshot(t.db)).toBe(before);
      } else {
        expect(r).toMatchObject({ ok: true, value: { email } });
      }
    }
  });

  it('validates like sign-up and like a group’s role; bad input and unknown ids change nothing', async () => {
    const { t, a } = roster();
    const reg = t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: a.joinCode });
    const before = snapshot(t.db);
    const cases: [unknown, object][] = [
      [{ id: reg.learnerId }, { code: 'validation', message: 'Change the name, the email or the role.' }],
      [
        { id: reg.learnerId, name: '   ' },
        { code: 'validation', field: 'name', message: 'Enter your full name.' },
      ],
      [
        { id: reg.learnerId, name: 'x'.repeat(201) },
        { code: 'validation', field: 'name' },
      ],
      [
        { id: reg.learnerId, email: 'not-an-email' },
        { code: 'validation', field: 'email', message: expect.stringContaining('valid email') },
      ],
      [
        { id: reg.learnerId, email: '' },
        { code: 'validation', field: 'email', message: 'Enter your email address.' },
      ],
      [
        { id: reg.learnerId, role: 'owner' },
        { code: 'validation', field: 'role', message: 'Choose one of: learner, instructor, manager.' },
      ],
      [{ id: reg.learnerId, name: 'Ana', groupId: a.id }, { code: 'validation' }],
      [
        { id: 999, name: 'Ana' },
        { code: 'not-found', field: 'id' },
      ],
    ];
    for (const [input, error] of cases) {
      expect(await t.core.invoke('learners-update', input, 'admin')).toMatchObject({ ok: false, error });
    }
    expect(await t.core.invoke('learners-update', { id: reg.learnerId, name: 'Eve' }, 'kiosk')).toMatchObject({ ok: false });
    expect(snapshot(t.db)).toBe(before);
  });
});

describe('learners-merge', () => {
  /** A learner who signed up twice: once with a typo (in Evening), once right (in Morning). */
  function duplicate() {
    const { t, a, b } = roster();
    const courses = ['Safety', 'First aid', 'Fire drill', 'Ladders', 'Evening only'].map((title) =>
      t.must('courses-create', { title }),
    );
    const [safety, firstAid, fire, ladders, eveningOnly] = courses.map((c) => c.id) as [number, number, number, number, number];
    t.must('group-courses-set', { groupId: a.id, courseIds: [safety, firstAid, fire, ladders] });
    t.must('group-courses-set', { groupId: b.id, courseIds: [safety, firstAid, fire, ladders, eveningOnly] });
    t.clock.set('2026-03-01T09:00:00.000Z');
    const typo = t.must('kiosk-register', { name: 'Siobhan Kely', email: 'siobhan@exmaple.com', code: b.joinCode }).learnerId;
    t.clock.set('2026-03-02T09:00:00.000Z');
    const right = t.must('kiosk-register', { name: "Siobhan O'Brien", email: 'siobhan@example.com', code: a.joinCode }).learnerId;
    return { t, a, b, typo, right, safety, firstAid, fire, ladders, eveningOnly };
  }

  it('keeps the furthest status per course with its real completion time, and moves history and audit', () => {
    const { t, a, b, typo, right, safety, firstAid, fire, ladders, eveningOnly } = duplicate();
    const set = (learnerId: number, courseId: number, status: 'started' | 'completed', completedAt?: string) =>
      t.must('progress-set', { learnerId, courseId, status, completedAt });
    set(right, safety, 'started');
    set(typo, safety, 'completed', '2026-03-01T10:15:00.000Z'); // the duplicate got further
    set(right, firstAid, 'completed', '2026-03-02T11:00:00.000Z');
    set(typo, firstAid, 'started'); // the kept one got further
    set(right, fire, 'completed', '2026-03-02T12:00:00.000Z');
    set(typo, fire, 'completed', '2026-03-01T12:30:00.000Z'); // both: the first completion is the real one
    set(right, ladders, 'started'); // the duplicate never started it
    set(typo, eveningOnly, 'completed', '2026-03-01T13:00:00.000Z'); // a course only the duplicate's group has
    // Rows saying "not started" in so many words (older files have them) lose to any progress.
    const notStarted = t.db.prepare("INSERT INTO progress (learner_id, course_id, status) VALUES (?, ?, 'not-started')");
    notStarted.run(typo, ladders);
    notStarted.run(right, eveningOnly);
    t.must('learners-reassign', { learnerId: typo, groupId: a.id, reason: 'Wrong group' });
    t.must('learners-reassign', { learnerId: typo, groupId: b.id, reason: 'Back' });
    const typoAudit = (t.db.prepare('SELECT id FROM audit WHERE learner_id = ?').pluck().all(typo) as number[]).sort();
    expect(typoAudit.length).toBeGreaterThan(0);

    t.clock.set('2026-03-03T09:00:00.000Z');
    const kept = t.must('learners-merge', { keepId: right, mergeId: typo });
    // The kept learner keeps who they are and where they are.
    expect(kept).toMatchObject({
      id: right,
      name: "Siobhan O'Brien",
      email: 'siobhan@example.com',
      groupId: a.id,
      role: 'learner',
    });

    const progress = t.db
      .prepare('SELECT course_id AS course, status, completed_at AS at FROM progress WHERE learner_id = ? ORDER BY course_id')
      .all(right);
    expect(progress).toEqual([
      { course: safety, status: 'completed', at: '2026-03-01T10:15:00.000Z' },
      { course: firstAid, status: 'completed', at: '2026-03-02T11:00:00.000Z' },
      { course: fire, status: 'completed', at: '2026-03-01T12:30:00.000Z' },
      { course: ladders, status: 'started', at: null },
      { course: eveningOnly, status: 'completed', at: '2026-03-01T13:00:00.000Z' },
    ]);
    const detail = t.must('learners-get', { id: right });
    expect(detail.moves.map((m) => [m.fromGroupName, m.toGroupName, m.reason])).toEqual([
      ['Evening', 'Morning', 'Wrong group'],
      ['Morning', 'Evening', 'Back'],
    ]);
    // Every audit row that named the duplicate names the kept learner now; the merge itself is audited.
    const moved = t.db
      .prepare(`SELECT learner_id FROM audit WHERE id IN (${typoAudit.join(',')})`)
      .pluck()
      .all();
    expect(new Set(moved)).toEqual(new Set([right]));
    expect(auditRows(t).at(-1)).toMatchObject({
      action: 'learners-merged',
      learner_id: right,
      group_id: a.id,
      from_group_id: b.id,
      at: '2026-03-03T09:00:00.000Z',
    });
    expect(JSON.stringify(auditRows(t))).not.toMatch(/siobhan|kely|o'brien/i);
  });

  it('the duplicate is gone: not found, not searchable, no row anywhere names it, its email is free', () => {
    const { t, a, typo, right } = duplicate();
    t.must('learners-merge', { keepId: right, mergeId: typo });
    expect(t.call('learners-get', { id: typo })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(found(t, 'kely')).toEqual([]);
    expect(found(t, 'exmaple')).toEqual([]);
    expect(found(t, 'siobhan')).toEqual(['siobhan@example.com']);
    // Every table with a learner_id column.
    const tables = t.db
      .prepare(
        "SELECT DISTINCT m.name FROM sqlite_schema m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'learner_id'",
      )
      .pluck()
      .all() as string[];
    expect(tables).toEqual(expect.arrayContaining(['progress', 'learner_moves', 'audit', 'import_rows']));
    for (const table of tables.filter((name) => name !== 'erasure_ledger')) {
      expect([table, t.db.prepare(`SELECT count(*) FROM "${table}" WHERE learner_id = ?`).pluck().get(typo)]).toEqual([table, 0]);
    }
    // A merge is not an erasure: the ledger does not name the duplicate.
    expect(t.db.prepare('SELECT count(*) FROM erasure_ledger').pluck().get()).toBe(0);
    t.must('kiosk-register', { name: 'Siobhan Kely', email: 'siobhan@exmaple.com', code: a.joinCode });
  });

  it('erasing the kept learner afterwards takes the duplicate’s audit entries too', () => {
    const { t, typo, right } = duplicate();
    t.must('learners-merge', { keepId: right, mergeId: typo });
    t.must('learners-erase', { learnerId: right });
    expect(t.db.prepare('SELECT count(*) FROM audit WHERE learner_id IN (?, ?)').pluck().get(typo, right)).toBe(0);
    expect(t.db.prepare('SELECT count(*) FROM learners').pluck().get()).toBe(0);
  });

  it('refuses unknown ids, the same learner twice, and learners an upload is still writing; nothing changes', async () => {
    const { t, typo, right } = duplicate();
    const before = snapshot(t.db);
    const cases: [unknown, object][] = [
      [
        { keepId: 999, mergeId: typo },
        { code: 'not-found', field: 'keepId' },
      ],
      [
        { keepId: right, mergeId: 999 },
        { code: 'not-found', field: 'mergeId' },
      ],
      [
        { keepId: right, mergeId: right },
        { code: 'validation', field: 'mergeId' },
      ],
      [{ keepId: right }, { code: 'validation', field: 'mergeId' }],
      [
        { keepId: right, mergeId: '2' },
        { code: 'validation', field: 'mergeId' },
      ],
    ];
    for (const [input, error] of cases) {
      expect(await t.core.invoke('learners-merge', input, 'admin')).toMatchObject({ ok: false, error });
    }
    expect(snapshot(t.db)).toBe(before);

    // An upload cut between two slices has noted the kept learner as one it added: undoing it would
    // delete them, and with them everything merged in.
    const batch = Number(
      t.db.prepare("INSERT INTO import_batches (started_at, state) VALUES ('2026-03-02T08:00:00.000Z', 'running')").run()
        .lastInsertRowid,
    );
    t.db
      .prepare(
        'INSERT INTO import_rows (batch_id, learner_id, registered_at) SELECT ?, id, registered_at FROM learners WHERE id = ?',
      )
      .run(batch, right);
    const noted = snapshot(t.db);
    expect(t.call('learners-merge', { keepId: right, mergeId: typo })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshot(t.db)).toBe(noted);
    t.db.prepare("UPDATE import_batches SET state = 'done' WHERE id = ?").run(batch);
    t.db.prepare('DELETE FROM import_rows').run();
    expect(t.call('learners-merge', { keepId: right, mergeId: typo }).ok).toBe(true);
  });
});
