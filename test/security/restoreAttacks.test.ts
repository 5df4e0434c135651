import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/main/db/migrate';
import { backupNow, backupsDir, craftedBackup, fileOf, refusedUnchanged, restore } from '../unit/core/backupHelpers';
import type { TestCore } from '../unit/helpers';
import { makeCore } from '../unit/helpers';

/**
 * Attacks on restore found after the first round of fixes: each passed every check then in force.
 * A backup is someone else's file: it may not set the PIN, stall the app, undo an erasure, or carry
 * rows JoinDesk would never write.
 */
const UPLOADED = 'uploaded-20260301T090000000Z-0badf11e.db';

/** Puts `file` into `t`'s backups folder as if uploaded, and returns its name. */
function asUpload(t: TestCore, file: string, name = UPLOADED): string {
  fs.mkdirSync(backupsDir(t), { recursive: true });
  fs.copyFileSync(file, fileOf(t, name));
  return name;
}

describe('restore attacks, second round', () => {
  it('a backup cannot set the admin PIN: the PIN of this machine stays, the one in the file does not work', async () => {
    const attacker = makeCore();
    attacker.must('admin-pin-set', { pin: '000000' });
    const { name } = await backupNow(attacker);
    const victim = makeCore();
    victim.must('admin-pin-set', { pin: '918273645' });
    expect(restore(victim, asUpload(victim, fileOf(attacker, name)))).toMatchObject({ ok: true });
    expect(victim.call('kiosk-unlock', { pin: '000000' })).toMatchObject({ ok: false });
    expect(victim.call('kiosk-unlock', { pin: '918273645' })).toMatchObject({ ok: true });
  });

  it('an expensive CHECK in an extra table is refused before any row is read', async () => {
    const t = makeCore();
    const name = await craftedBackup(t, (db) => {
      db.exec("CREATE TABLE slow (x INTEGER CHECK (length(printf('%.*c', 20000000, 'x')) > 0))");
      db.exec('BEGIN');
      for (let i = 0; i < 200; i++) db.prepare('INSERT INTO slow VALUES (?)').run(i);
      db.exec('COMMIT');
    });
    const started = performance.now();
    refusedUnchanged(t, name, /unexpected table "slow"/);
    expect(performance.now() - started).toBeLessThan(1000); // it took 3.6 s when integrity_check came first
  });

  it('an erasure survives a move to a new machine: restoring the later backup, then the earlier one', async () => {
    const old = makeCore();
    const g = old.must('groups-create', { name: 'Wave' });
    const pat = old.must('kiosk-register', { name: 'Pat Doe', email: 'pat@example.com', code: g.joinCode });
    const b1 = await backupNow(old);
    old.must('learners-erase', { learnerId: pat.learnerId });
    const b2 = await backupNow(old);
    const fresh = makeCore();
    expect(restore(fresh, asUpload(fresh, fileOf(old, b2.name), 'uploaded-20260301T090000000Z-00000002.db'))).toMatchObject({
      ok: true,
    });
    expect(restore(fresh, asUpload(fresh, fileOf(old, b1.name), 'uploaded-20260301T090000000Z-00000001.db'))).toMatchObject({
      ok: true,
      value: { erasedAgain: 1 },
    });
    expect(fresh.db.prepare('SELECT count(*) FROM learners').pluck().get()).toBe(0);
  });

  it('the erasure ledger names records, never people: no email, no hash of one, no key in any backup', async () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Wave' });
    const who = t.must('kiosk-register', { name: 'Secret Person', email: 'secret.person@example.com', code: g.joinCode });
    t.must('learners-erase', { learnerId: who.learnerId });
    const { name } = await backupNow(t);
    const db = new Database(fileOf(t, name), { readonly: true });
    expect(db.prepare('SELECT * FROM erasure_ledger').all()).toEqual([
      { learner_id: who.learnerId, registered_at: '2026-03-01T09:00:00.000Z', erased_at: '2026-03-01T09:00:00.000Z' },
    ]);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name LIKE '%secret%'").pluck().get()).toBe(0);
    db.close();
    expect(fs.readFileSync(fileOf(t, name)).includes('secret.person')).toBe(false);
  });

  it('a UTF-16 file is refused before anything is kept or swapped', () => {
    const t = makeCore();
    t.must('groups-create', { name: 'Keep me' });
    const file = path.join(path.dirname(t.db.name), 'utf16.db');
    const db = new Database(file);
    db.pragma("encoding = 'UTF-16le'");
    migrate(db);
    db.close();
    refusedUnchanged(t, asUpload(t, file), /encoding is not UTF-8/);
  });

  it.each([
    [
      'a code both live and retired',
      'INSERT INTO retired_codes (group_id, display, key, generated, used_count, set_at, retired_at) SELECT group_id, display, key, 0, 0, set_at, set_at FROM join_codes LIMIT 1',
      /both live and retired/,
    ],
    [
      'a join code key that is not normalized',
      'UPDATE join_codes SET key = lower(key)',
      /join code JoinDesk would not have saved/,
    ],
    ['a 30 MB group name', "UPDATE groups SET name = printf('%.*c', 30000000, 'x')", /group JoinDesk would not have saved/],
    [
      'a group name key that is not its own',
      "UPDATE groups SET name_key = 'something else'",
      /group JoinDesk would not have saved/,
    ],
    [
      'a learner whose email key is not their email',
      "UPDATE learners SET email_key = 'other@example.com'",
      /learner JoinDesk would not have saved/,
    ],
    [
      'a learner with an invalid email',
      "UPDATE learners SET email = 'not an email', email_key = 'not an email'",
      /learner JoinDesk would not have saved/,
    ],
    ['a learner with an unknown role', "UPDATE learners SET role = 'superuser'", /learner JoinDesk would not have saved/],
    [
      'bidi overrides in the kiosk name',
      'INSERT INTO settings VALUES (\'kiosk\', \'{"orgName":"Acme\\u202Eevil","welcome":"","idleSeconds":90}\')',
      /setting "kiosk"/,
    ],
    [
      'a course title of 10,000 characters',
      "UPDATE courses SET title = printf('%.*c', 10000, 'x')",
      /course JoinDesk would not have saved/,
    ],
  ])('%s', async (_label, sql, message) => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Wave' });
    t.must('kiosk-register', { name: 'Ann Lee', email: 'ann@example.com', code: g.joinCode });
    t.must('courses-create', { title: 'Safety' });
    refusedUnchanged(t, await craftedBackup(t, (db) => db.exec(sql)), message);
  });
});
