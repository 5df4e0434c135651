import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCore, snapshot, tempDir } from '../helpers';

function roster() {
  const t = makeCore();
  const a = t.must('groups-create', { name: 'A' });
  const b = t.must('groups-create', { name: 'B' });
  return { t, a, b };
}

describe('learners-list', () => {
  it('filters by group, searches anywhere in names and emails, pages newest first', () => {
    const { t, a, b } = roster();
    const people = [
      ['Ana Ruiz', 'ana@example.com', a],
      ['Bo Chen', 'bo@corp.example', a],
      ['Cy Diaz-Ortega', 'cy@example.com', b],
    ] as const;
    people.forEach(([name, email, g], i) => {
      t.clock.set(`2026-03-0${i + 1}T10:00:00.000Z`);
      t.must('kiosk-register', { name, email, code: g.joinCode });
    });
    expect(t.must('learners-list', {}).items.map((l) => l.name)).toEqual(['Cy Diaz-Ortega', 'Bo Chen', 'Ana Ruiz']);
    expect(t.must('learners-list', { groupId: a.id })).toMatchObject({ total: 2 });
    expect(t.must('learners-list', { search: 'CORP' }).items.map((l) => l.name)).toEqual(['Bo Chen']);
    expect(t.must('learners-list', { search: 'ort' }).items.map((l) => l.name)).toEqual(['Cy Diaz-Ortega']);
    expect(t.must('learners-list', { search: 'cy diaz' }).items.map((l) => l.groupName)).toEqual(['B']);
    expect(t.must('learners-list', { search: 'ana@ex' }).items.map((l) => l.name)).toEqual(['Ana Ruiz']);
    expect(t.must('learners-list', { groupId: b.id, search: 'ana' })).toEqual({ items: [], total: 0, next: null });
    expect(t.must('learners-list', { search: 'uiz' }).items.map((l) => l.name)).toEqual(['Ana Ruiz']); // anywhere, not only word starts
    const page = t.must('learners-list', { limit: 1, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.items.map((l) => l.name)).toEqual(['Bo Chen']);
    expect(t.must('learners-list', { sort: 'name' }).items.map((l) => l.name)).toEqual(['Ana Ruiz', 'Bo Chen', 'Cy Diaz-Ortega']);
    expect(t.must('learners-list', { sort: 'group', direction: 'desc' }).items[0]?.groupName).toBe('B');
  });
});

describe('learners-add', () => {
  it('adds a learner by hand into a group, with its role', () => {
    const { t, a } = roster();
    t.must('groups-update', { id: a.id, role: 'manager' });
    const l = t.must('learners-add', { name: ' Dee  Evans ', email: 'Dee@Example.com', groupId: a.id });
    expect(l).toMatchObject({ name: 'Dee Evans', email: 'Dee@Example.com', groupId: a.id, role: 'manager', source: 'admin' });
    expect(t.must('learners-list', { search: 'evans' }).total).toBe(1);
  });

  it('refuses an email already registered, saying where', () => {
    const { t, a, b } = roster();
    t.must('learners-add', { name: 'Dee', email: 'dee@example.com', groupId: a.id });
    const before = snapshot(t.db);
    expect(t.call('learners-add', { name: 'Dee 2', email: 'DEE@example.com', groupId: b.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'email', message: expect.stringContaining('in A') },
    });
    expect(t.call('learners-add', { name: 'Dee', email: 'x@example.com', groupId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(snapshot(t.db)).toBe(before);
  });
});

describe('learners-reassign', () => {
  it('moves in one transaction, takes the new role, audits from and to, keeps progress on shared courses', () => {
    const { t, a, b } = roster();
    t.must('groups-update', { id: b.id, role: 'instructor' });
    const shared = t.must('courses-create', { title: 'Safety' });
    const onlyA = t.must('courses-create', { title: 'Induction A' });
    const onlyB = t.must('courses-create', { title: 'Induction B' });
    t.must('group-courses-set', { groupId: a.id, courseIds: [shared.id, onlyA.id] });
    t.must('group-courses-set', { groupId: b.id, courseIds: [shared.id, onlyB.id] });
    const reg = t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: a.joinCode });
    t.db
      .prepare(
        "INSERT INTO progress (learner_id, course_id, status, completed_at) VALUES (?, ?, 'completed', '2026-03-01T12:00:00.000Z')",
      )
      .run(reg.learnerId, shared.id);

    const moved = t.must('learners-reassign', { learnerId: reg.learnerId, groupId: b.id, reason: 'Joined the wrong wave' });
    expect(moved).toMatchObject({ groupId: b.id, groupName: 'B', role: 'instructor' });
    const detail = t.must('learners-get', { id: reg.learnerId });
    expect(detail.courses).toEqual([
      { id: onlyB.id, title: 'Induction B', status: 'not-started', completedAt: null },
      { id: shared.id, title: 'Safety', status: 'completed', completedAt: '2026-03-01T12:00:00.000Z' },
    ]);
    expect(detail.moves).toEqual([
      {
        fromGroupId: a.id,
        fromGroupName: 'A',
        toGroupId: b.id,
        toGroupName: 'B',
        reason: 'Joined the wrong wave',
        at: '2026-03-01T09:00:00.000Z',
      },
    ]);
    const audit = t.db
      .prepare(
        "SELECT action, group_id AS toGroup, from_group_id AS fromGroup, learner_id AS learner FROM audit WHERE action = 'learner-reassigned'",
      )
      .all();
    expect(audit).toEqual([{ action: 'learner-reassigned', toGroup: b.id, fromGroup: a.id, learner: reg.learnerId }]);
    expect(JSON.stringify(t.db.prepare('SELECT * FROM audit').all())).not.toContain('wrong wave');
  });

  it('refuses the same group, a missing learner or group, and changes nothing', () => {
    const { t, a } = roster();
    const reg = t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: a.joinCode });
    const before = snapshot(t.db);
    expect(t.call('learners-reassign', { learnerId: reg.learnerId, groupId: a.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'groupId' },
    });
    expect(t.call('learners-reassign', { learnerId: 999, groupId: a.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(t.call('learners-reassign', { learnerId: reg.learnerId, groupId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(snapshot(t.db)).toBe(before);
  });
});

describe('learners-remove, -erase, -export', () => {
  it('remove deletes the learner and their progress, and audits the ids', () => {
    const { t, a } = roster();
    const reg = t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: a.joinCode });
    expect(t.must('learners-remove', { learnerId: reg.learnerId })).toEqual({ removed: true });
    expect(t.must('learners-list', {}).total).toBe(0);
    expect(t.db.prepare("SELECT count(*) FROM learner_search WHERE learner_search MATCH 'ana'").pluck().get()).toBe(0);
    expect(t.db.prepare('SELECT count(*) FROM learner_search_docsize').pluck().get()).toBe(0);
    expect(t.call('learners-remove', { learnerId: reg.learnerId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('erase leaves no trace of the learner in the .db or -wal file', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const t = makeCore(file);
    const a = t.must('groups-create', { name: 'A' });
    const b = t.must('groups-create', { name: 'B' });
    const secret = 'zelda.quixote-erasable@unusual-domain.example';
    const reg = t.must('kiosk-register', { name: 'Zelda Quixote', email: secret, code: a.joinCode });
    t.must('learners-reassign', { learnerId: reg.learnerId, groupId: b.id, reason: 'Quixote asked' });
    t.must('kiosk-register', { name: 'Other Person', email: 'other@example.com', code: b.joinCode });
    t.db.pragma('wal_checkpoint(PASSIVE)'); // some of it in the file, some in the WAL, as in real use
    t.must('learners-add', { name: 'Third', email: 'third@example.com', groupId: a.id });

    expect(t.must('learners-erase', { learnerId: reg.learnerId })).toEqual({ erased: true });
    const raw = Buffer.concat([
      fs.readFileSync(file),
      fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0),
    ]);
    for (const trace of [secret, 'zelda', 'Zelda', 'Quixote', 'quixote', 'unusual-domain']) {
      expect(raw.includes(Buffer.from(trace)), trace).toBe(false);
    }
    expect(raw.includes(Buffer.from('other@example.com'))).toBe(true); // the file is readable, the rest is there
    expect(t.db.prepare('SELECT count(*) FROM audit WHERE learner_id = ?').pluck().get(reg.learnerId)).toBe(0);
    expect(t.db.prepare("SELECT count(*) FROM audit WHERE action = 'learner-erased'").pluck().get()).toBe(1);
    expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('export holds everything about the learner', () => {
    const { t, a, b } = roster();
    const reg = t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: a.joinCode });
    t.must('learners-reassign', { learnerId: reg.learnerId, groupId: b.id });
    const exported = t.must('learners-export', { learnerId: reg.learnerId });
    expect(exported).toMatchObject({
      exportedAt: '2026-03-01T09:00:00.000Z',
      learner: {
        name: 'Ana',
        email: 'ana@example.com',
        groupName: 'B',
        source: 'kiosk',
        moves: [{ fromGroupName: 'A', toGroupName: 'B' }],
      },
    });
    expect(exported.audit.map((e) => e.action)).toEqual(['learner-registered', 'learner-reassigned']);
  });
});

describe('courses', () => {
  it('creates, edits, archives, and assigns from either side', () => {
    const { t, a, b } = roster();
    const c = t.must('courses-create', { title: ' Forklift  basics ', description: 'Two hours' });
    expect(c).toMatchObject({ title: 'Forklift basics', description: 'Two hours', archived: false, groupIds: [] });
    expect(t.must('course-groups-set', { courseId: c.id, groupIds: [b.id, a.id] }).groupIds).toEqual([a.id, b.id]);
    expect(t.must('group-courses-set', { groupId: a.id, courseIds: [] })).toEqual([]);
    expect(t.must('courses-list', {}).map((x) => x.groupIds)).toEqual([[b.id]]);
    const reg = t.must('kiosk-register', { name: 'Bo', email: 'bo@example.com', code: b.joinCode });
    expect(reg.courses).toEqual([{ id: c.id, title: 'Forklift basics' }]);
    expect(t.must('courses-update', { id: c.id, archived: true })).toMatchObject({ archived: true, title: 'Forklift basics' });
    expect(t.must('courses-list', {})).toEqual([]);
    expect(t.must('courses-list', { includeArchived: true })).toHaveLength(1);
    expect(t.must('courses-update', { id: c.id, title: 'Forklift 101' })).toMatchObject({
      archived: true,
      title: 'Forklift 101',
    });
    expect(t.must('courses-update', { id: c.id, archived: false }).archived).toBe(false);
  });

  it('refuses unknown ids, writing nothing', () => {
    const { t, a } = roster();
    const before = snapshot(t.db);
    expect(t.call('group-courses-set', { groupId: a.id, courseIds: [42] })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'courseIds' },
    });
    expect(t.call('course-groups-set', { courseId: 42, groupIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(snapshot(t.db)).toBe(before);
  });
});
