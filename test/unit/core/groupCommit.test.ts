import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src/shared/result';
import { fail, ok } from '../../../src/shared/result';
import { createGroupCommit } from '../../../src/main/core/groupCommit';
import { makeCore } from '../helpers';

const person = (i: number, code: string) => ({ name: `Person ${i}`, email: `p${i}@example.com`, code });

describe('sign-ups arriving together share one commit', () => {
  it('runs them in one transaction; one bad sign-up fails alone; each is answered once stored', async () => {
    const t = makeCore();
    const group = t.must('groups-create', { name: 'Morning' });
    t.must('kiosk-register', person(0, group.joinCode), 'kiosk');
    const prepare = vi.spyOn(t.db, 'prepare');
    // A second connection sees only what is committed.
    const reader = new Database(t.db.name, { readonly: true });
    const stored = (email: string) => reader.prepare('SELECT 1 FROM learners WHERE email = ?').get(email) !== undefined;
    const seenAtAnswer: boolean[] = [];
    const inputs = [
      person(1, group.joinCode),
      person(0, group.joinCode), // registered already
      person(2, group.joinCode),
      person(3, 'ZZZZ-ZZZZ'), // no such code
      person(4, group.joinCode),
    ];
    const answers = await Promise.all(
      inputs.map((input) =>
        t.core.invoke('kiosk-register', input, 'kiosk', { kioskId: 'station' }).then((r) => {
          seenAtAnswer.push(r.ok && stored(input.email));
          return r;
        }),
      ),
    );
    expect(answers.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'email-registered', 'ok', 'code-unknown', 'ok']);
    expect(prepare.mock.calls.filter(([sql]) => sql === 'BEGIN IMMEDIATE')).toHaveLength(1);
    // Every acknowledged sign-up was already visible to another connection when it was answered.
    expect(seenAtAnswer.filter(Boolean)).toHaveLength(3);
    expect(reader.prepare('SELECT used_count FROM join_codes WHERE group_id = ?').pluck().get(group.id)).toBe(4);
    expect(reader.prepare("SELECT count(*) FROM audit WHERE action = 'learner-registered'").pluck().get()).toBe(4);
    // Both failures were counted by the kiosk's throttle, as they would be one by one.
    expect(reader.prepare("SELECT streak FROM kiosk_throttle WHERE kiosk_id = 'code:station'").pluck().get()).toBe(0);
    expect(reader.prepare("SELECT count(*) FROM kiosk_failures WHERE kiosk_id = 'code:station'").pluck().get()).toBe(2);
    reader.close();
  });

  it('indexes the learners of a batch for search, and leaves none for a sign-up rolled back after its row was written', async () => {
    const t = makeCore();
    const group = t.must('groups-create', { name: 'Morning' });
    // Fails a sign-up after its learner row is written, so its savepoint is rolled back.
    t.db.exec(`CREATE TEMP TRIGGER refuse BEFORE INSERT ON audit
      WHEN NEW.action = 'learner-registered' AND (SELECT name FROM learners WHERE id = NEW.learner_id) LIKE '% Refused'
      BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const input = (name: string, email: string) => ({ name, email, code: group.joinCode });
    // The first refused row id is taken again by the next learner; the last one's is not.
    const inputs = [
      input('Amara Quill', 'aq@example.com'),
      input('Zelda Refused', 'zr@example.com'),
      input('Bruno Quill', 'bq@example.com'),
      input('Yves Refused', 'yr@example.com'),
    ];
    const answers = await Promise.all(inputs.map((i) => t.core.invoke('kiosk-register', i, 'kiosk', { kioskId: 'station' })));
    expect(answers.map((r) => r.ok)).toEqual([true, false, true, false]);
    const found = (search: string) =>
      t
        .must('learners-list', { search })
        .items.map((l) => l.name)
        .sort();
    expect(found('quill')).toEqual(['Amara Quill', 'Bruno Quill']);
    expect(found('refused')).toEqual([]);
    // Each learner is found by its own email alone (a rolled-back row id may be used again).
    for (const { id, email } of t.db.prepare('SELECT id, email FROM learners').all() as { id: number; email: string }[]) {
      expect(t.db.prepare('SELECT rowid FROM learner_search WHERE learner_search MATCH ?').pluck().all(`"${email}"`)).toEqual([
        id,
      ]);
    }
    expect(t.db.prepare('SELECT count(*) FROM learner_search').pluck().get()).toBe(2);
    expect(t.db.inTransaction).toBe(false);
  });

  it('outside a batch, a learner is found at once', async () => {
    const t = makeCore();
    const group = t.must('groups-create', { name: 'Morning' });
    expect(
      (await t.core.invoke('kiosk-register', { name: 'Cleo Marsh', email: 'cm@example.com', code: group.joinCode }, 'kiosk')).ok,
    ).toBe(true);
    t.must('learners-add', { name: 'Dara Marsh', email: 'dm@example.com', groupId: group.id });
    expect(
      t
        .must('learners-list', { search: 'marsh' })
        .items.map((l) => l.name)
        .sort(),
    ).toEqual(['Cleo Marsh', 'Dara Marsh']);
  });

  it('a sign-up alone runs alone', async () => {
    const t = makeCore();
    const group = t.must('groups-create', { name: 'Morning' });
    const prepare = vi.spyOn(t.db, 'prepare');
    expect((await t.core.invoke('kiosk-register', person(1, group.joinCode), 'kiosk')).ok).toBe(true);
    expect(prepare.mock.calls.filter(([sql]) => sql === 'BEGIN IMMEDIATE')).toHaveLength(0);
  });
});

describe('a shared commit that fails acknowledges nothing', () => {
  const table = () => {
    const db = new Database(':memory:');
    db.exec(
      'PRAGMA foreign_keys = ON; CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))',
    );
    return db;
  };
  const insert =
    (db: Database.Database, id: number, parent: number | null = null) =>
    (): Result<unknown> => {
      try {
        db.transaction(() => db.prepare('INSERT INTO child (id, parent_id) VALUES (?, ?)').run(id, parent))();
        return ok(id);
      } catch {
        return fail({ code: 'validation', message: 'no' });
      }
    };
  const failed = () => ({ code: 'internal' as const, message: 'lost' });

  it('when the commit itself fails, every sign-up in it is answered with the failure, and none is stored', async () => {
    const db = table();
    const batch = createGroupCommit(db, failed);
    // A deferred foreign key is only checked at COMMIT: the shared commit fails.
    db.pragma('defer_foreign_keys = ON');
    const answers = await Promise.all([batch.run(insert(db, 1)), batch.run(insert(db, 2, 99)), batch.run(insert(db, 3))]);
    expect(answers.map((r) => r.ok)).toEqual([false, false, false]);
    expect(db.prepare('SELECT count(*) FROM child').pluck().get()).toBe(0);
    expect(db.inTransaction).toBe(false);
  });

  it('when SQLite ends the shared transaction mid-way, what ran before is answered as failed; the rest run alone', async () => {
    const db = table();
    const batch = createGroupCommit(db, failed);
    const ending = (): Result<unknown> => {
      db.prepare('ROLLBACK').run(); // as SQLite does on a full disk or an I/O error
      return fail({ code: 'disk-full', message: 'full' });
    };
    const answers = await Promise.all([batch.run(insert(db, 1)), batch.run(ending), batch.run(insert(db, 3))]);
    expect(answers.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['disk-full', 'disk-full', 'ok']);
    expect(db.prepare('SELECT id FROM child').pluck().all()).toEqual([3]);
  });
});
