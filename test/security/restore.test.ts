import Database from 'better-sqlite3';
import { scryptSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open';
import {
  backupNow,
  backupsDir,
  craftedBackup,
  fileOf,
  headerJournalMode,
  refusedUnchanged,
  restore,
} from '../unit/core/backupHelpers';
import { makeCore, snapshot, tempDir } from '../unit/helpers';

/**
 * Crafted backups (finding 2 and 3 of the trust-boundary review): a restore must refuse anything but
 * a file exactly as JoinDesk makes it, and a refusal must leave the live data exactly as it was.
 */
function twoGroups() {
  const t = makeCore();
  const alpha = t.must('groups-create', { name: 'Alpha' });
  t.must('groups-create', { name: 'Ops' });
  return { t, alpha };
}

describe('a crafted backup is refused and changes nothing', () => {
  it('an AFTER INSERT trigger that copies learners away and moves them to another group', async () => {
    const { t, alpha } = twoGroups();
    const name = await craftedBackup(t, (db) =>
      db.exec(`CREATE TABLE stash (name TEXT, email TEXT);
        CREATE TRIGGER evil AFTER INSERT ON learners BEGIN
          INSERT INTO stash VALUES (NEW.name, NEW.email);
          UPDATE learners SET group_id = (SELECT id FROM groups WHERE name = 'Ops') WHERE id = NEW.id;
        END;`),
    );
    refusedUnchanged(t, name, /unexpected (table "stash"|trigger "evil")/);
    // The kiosk says Alpha and the learner is in Alpha.
    expect(t.must('kiosk-register', { name: 'Ann Lee', email: 'ann@example.com', code: alpha.joinCode }).groupName).toBe('Alpha');
    expect(t.db.prepare('SELECT g.name FROM learners l JOIN groups g ON g.id = l.group_id').pluck().get()).toBe('Alpha');
    expect(t.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('stash', 'evil')").pluck().get()).toBe(0);
  });

  it.each([
    [
      'an audit trigger that deletes restore records',
      "CREATE TRIGGER hide AFTER INSERT ON audit BEGIN DELETE FROM audit WHERE action = 'backup-restored'; END;",
      /trigger "hide"/,
    ],
    [
      'a RAISE(IGNORE) trigger that makes erase a no-op',
      'CREATE TRIGGER keep BEFORE DELETE ON learners BEGIN SELECT RAISE(IGNORE); END;',
      /trigger "keep"/,
    ],
    ['an extra view', 'CREATE VIEW everyone AS SELECT name, email FROM learners;', /view "everyone"/],
    ['an extra table', 'CREATE TABLE extra (x TEXT);', /table "extra"/],
    ['an extra index', 'CREATE INDEX by_name ON learners(name);', /index "by_name"/],
    ['a missing table', 'DROP TABLE learner_moves;', /"learner_moves.*" is missing/],
    ['an altered table', 'ALTER TABLE groups ADD COLUMN note TEXT;', /unexpected table "groups"/],
    [
      'a dropped built-in trigger',
      'DROP TRIGGER join_codes_key_not_retired_insert;',
      /trigger "join_codes_key_not_retired_insert"/,
    ],
  ])('%s', async (_label, sql, message) => {
    const t = makeCore();
    t.must('groups-create', { name: 'Keep me' });
    refusedUnchanged(t, await craftedBackup(t, (db) => db.exec(sql)), message);
  });

  it('a file with the right app id and version but no tables; after it, the app still opens', async () => {
    const t = makeCore();
    t.must('groups-create', { name: 'Keep me' });
    const name = 'uploaded-20260301T090000000Z-00000000.db';
    fs.mkdirSync(backupsDir(t), { recursive: true });
    const empty = new Database(fileOf(t, name));
    empty.pragma('application_id = 1246710094');
    empty.pragma('user_version = 40');
    empty.close();
    refusedUnchanged(t, name, /missing or altered/);
    t.db.close();
    const reopened = openDatabase(t.db.name);
    expect(reopened.prepare('SELECT name FROM groups').pluck().all()).toEqual(['Keep me']);
    reopened.close();
  });

  it('a file labelled with an older version than its schema', async () => {
    const t = makeCore();
    t.must('groups-create', { name: 'Keep me' });
    refusedUnchanged(t, await craftedBackup(t, (db) => db.pragma('user_version = 10')), /unexpected index "audit_learner"/);
  });

  it('a file labelled with a version that never existed', async () => {
    const t = makeCore();
    refusedUnchanged(t, await craftedBackup(t, (db) => db.pragma('user_version = 35')), /never existed \(35\)/);
  });

  it('a setting JoinDesk never writes', async () => {
    const t = makeCore();
    const name = await craftedBackup(t, (db) => db.prepare("INSERT INTO settings VALUES ('pluginPath', '\"/tmp/x\"')").run());
    refusedUnchanged(t, name, /setting "pluginPath"/);
  });

  it('a kiosk setting outside its schema', async () => {
    const t = makeCore();
    const name = await craftedBackup(t, (db) =>
      db.prepare("INSERT INTO settings VALUES ('kiosk', ?)").run(JSON.stringify({ idleSeconds: 1 })),
    );
    refusedUnchanged(t, name, /setting "kiosk"/);
  });

  const pinRecord = (pin: string, N: number, p: number) => {
    const salt = Buffer.alloc(16, 7);
    const hash = N * p <= 2 ** 16 ? scryptSync(pin, salt, 32, { N, r: 8, p }) : Buffer.alloc(32);
    return JSON.stringify({ salt: salt.toString('base64'), hash: hash.toString('base64'), N, r: 8, p });
  };

  it('an admin PIN record with weak scrypt parameters (N=2) for a known PIN', async () => {
    const t = makeCore();
    t.must('admin-pin-set', { pin: '48151623' });
    const name = await craftedBackup(t, (db) =>
      db.prepare("UPDATE settings SET value = ? WHERE key = 'adminPin'").run(pinRecord('000000', 2, 1)),
    );
    refusedUnchanged(t, name, /setting "adminPin"/);
  });

  it('an admin PIN record with huge scrypt parameters (N=16384, p=3000), refused without running them', async () => {
    const t = makeCore();
    t.must('admin-pin-set', { pin: '48151623' });
    const name = await craftedBackup(t, (db) =>
      db.prepare("UPDATE settings SET value = ? WHERE key = 'adminPin'").run(pinRecord('000000', 16384, 3000)),
    );
    const started = performance.now();
    refusedUnchanged(t, name, /setting "adminPin"/);
    expect(performance.now() - started).toBeLessThan(5000); // the attack blocked for 55 s
  });
});

describe('restores cannot lose the data as it was', () => {
  it('two restores in the same second keep two distinct, private, self-contained copies', async () => {
    const t = makeCore();
    t.must('groups-create', { name: 'First' });
    const backup = await backupNow(t);
    t.must('groups-create', { name: 'Second' });
    const a = restore(t, backup.name);
    t.must('groups-create', { name: 'Third' });
    const b = restore(t, backup.name); // the clock has not moved at all
    if (!a.ok || !b.ok) throw new Error('restore failed');
    expect(a.value.previousKeptAs).not.toBe(b.value.previousKeptAs);
    for (const [kept, names] of [
      [a.value.previousKeptAs, ['First', 'Second']],
      [b.value.previousKeptAs, ['First', 'Third']],
    ] as const) {
      const file = fileOf(t, kept);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(headerJournalMode(file)).toBe(1);
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
      const db = new Database(file, { readonly: true });
      expect(db.prepare('SELECT name FROM groups ORDER BY name').pluck().all()).toEqual(names);
      db.close();
    }
  });
});

describe('erasure survives restore', () => {
  it('an erased learner never comes back with a restore; one who signed up anew afterwards stays', async () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Wave' });
    const ann = t.must('kiosk-register', { name: 'Ann Lee', email: 'Ann@Example.com', code: g.joinCode });
    t.must('kiosk-register', { name: 'Bo Chan', email: 'bo@example.com', code: g.joinCode });
    const withAnn = await backupNow(t);
    t.must('learners-erase', { learnerId: ann.learnerId });
    // The ledger holds a keyed hash only, never the email.
    const ledger = JSON.stringify(t.db.prepare('SELECT * FROM erasure_ledger').all());
    expect(ledger).not.toMatch(/ann|example/i);

    expect(restore(t, withAnn.name)).toMatchObject({ ok: true, value: { erasedAgain: 1 } });
    expect(t.db.prepare('SELECT name FROM learners ORDER BY name').pluck().all()).toEqual(['Bo Chan']);
    expect(t.db.prepare('SELECT count(*) FROM audit WHERE learner_id = ?').pluck().get(ann.learnerId)).toBe(0);

    t.clock.advance(60_000);
    t.must('kiosk-register', { name: 'Ann Lee', email: 'ann@example.com', code: g.joinCode });
    const annAgain = await backupNow(t);
    expect(restore(t, withAnn.name)).toMatchObject({ ok: true, value: { erasedAgain: 1 } });
    expect(restore(t, annAgain.name)).toMatchObject({ ok: true, value: { erasedAgain: 0 } });
    expect(t.db.prepare('SELECT name FROM learners ORDER BY name').pluck().all()).toEqual(['Ann Lee', 'Bo Chan']);
  });
});

describe('no path crosses the boundary', () => {
  it('backup-create takes no path: ~/.ssh/authorized_keys and /proc are refused, nothing is written', async () => {
    const t = makeCore();
    const home = tempDir();
    for (const target of [path.join(home, '.ssh', 'authorized_keys'), '/proc/self/fd/x/y.db', '../../etc/cron.d/x']) {
      const r = await t.core.invoke('backup-create', { path: target }, 'admin');
      expect(r).toMatchObject({ ok: false, error: { code: 'validation', message: 'Unexpected field: path.' } });
    }
    expect(fs.existsSync(path.join(home, '.ssh'))).toBe(false);
    expect(fs.existsSync(backupsDir(t))).toBe(false);
  });

  it('backup-restore takes names from the list only: paths, traversal and a link to the live file are refused alike', async () => {
    const t = makeCore();
    t.must('groups-create', { name: 'Keep me' });
    const before = snapshot(t.db);
    for (const path of ['/etc/passwd', '/etc/nonexistent', t.db.name]) {
      expect(t.call('backup-restore', { path } as never)).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(t.call('backup-restore', { name: 'x.db', path } as never)).toMatchObject({
        ok: false,
        error: { message: 'Unexpected field: path.' },
      });
    }
    for (const name of ['../joindesk.db', '..', '/etc/passwd', 'joindesk.db']) {
      expect(restore(t, name).ok).toBe(false);
    }
    // A link in the backups folder, with a backup's name, to the live database.
    fs.mkdirSync(backupsDir(t), { recursive: true });
    fs.symlinkSync(t.db.name, fileOf(t, 'joindesk-20260301T090000Z.db'));
    expect(restore(t, 'joindesk-20260301T090000Z.db')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // Whether a file exists elsewhere is never told: every outside name gets the same answer.
    const answers = new Set(
      ['../../../../etc/passwd', 'joindesk-20260301T090000Z.db', 'auto-20990101T000000Z.db'].map((name) =>
        JSON.stringify(restore(t, name)),
      ),
    );
    expect(answers.size).toBeLessThanOrEqual(2); // validation (not a name) or not-found: never "exists"
    expect(snapshot(t.db)).toBe(before);
  });
});
