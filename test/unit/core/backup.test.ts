import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { latestVersion, migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import type { BackupEntry, BackupResult, RestoreResult } from '../../../src/shared/types';
import { backupNow, backupsDir, fileOf, headerJournalMode, restore } from './backupHelpers';
import { makeCore, snapshot, tempDir } from '../helpers';

describe('backups', () => {
  it('a backup taken while 1,000 registrations are being written is whole, checked and 0600', async () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const t = makeCore(file);
    const g = t.must('groups-create', { name: 'Busy' });
    const worker = path.join(import.meta.dirname, 'workers', 'register.ts');
    const writing = promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      worker,
      file,
      g.joinCode,
      String(Date.now()),
      'bk',
      '1000',
    ]);
    const made: BackupResult[] = [];
    for (let i = 0; i < 5; i++) made.push(await backupNow(t));
    const outcomes = JSON.parse((await writing).stdout) as string[];
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1000);
    expect(new Set(made.map((b) => b.name)).size).toBe(5);
    for (const b of made) {
      const f = fileOf(t, b.name);
      const db = new Database(f, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      expect(fs.statSync(f).mode & 0o777).toBe(0o600);
      expect(fs.statSync(f).size).toBe(b.bytes);
      expect(headerJournalMode(f)).toBe(1);
    }
    // Only whole backups carry a name: no temp file or journal is left in the folder.
    expect(fs.readdirSync(backupsDir(t)).sort()).toEqual(made.map((b) => b.name).sort());
    expect(fs.statSync(backupsDir(t)).mode & 0o777).toBe(0o700);
  }, 60_000);

  it('lists backups by name, kind, time and size, newest first, and only those', async () => {
    const t = makeCore();
    expect(t.must('backup-list', {})).toEqual([]);
    const a = await backupNow(t);
    expect(a.name).toMatch(/^joindesk-20260301T090000000Z-[0-9a-f]{8}\.db$/);
    const auto = (await t.core.invoke('backup-auto-run', {}, 'admin')) as { ok: true; value: { made: string } };
    // Things in the folder that are not backups JoinDesk made are not listed.
    fs.writeFileSync(path.join(backupsDir(t), 'notes.txt'), 'x');
    fs.mkdirSync(path.join(backupsDir(t), 'joindesk-20260301T090000Z.db'));
    fs.symlinkSync(t.db.name, path.join(backupsDir(t), 'auto-20260301T090000Z.db'));
    const list = t.must('backup-list', {});
    expect(list.map((b: BackupEntry) => [b.name, b.kind])).toEqual(
      expect.arrayContaining([
        [a.name, 'manual'],
        [auto.value.made, 'automatic'],
      ]),
    );
    expect(list).toHaveLength(2);
    expect(list.find((b) => b.name === a.name)).toMatchObject({ bytes: a.bytes, createdAt: expect.any(String) });
  });
});

describe('restore', () => {
  it('restores a backup from the list, keeping the data as it was as a backup of its own', async () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Before' });
    const backup = await backupNow(t);
    t.must('groups-create', { name: 'After' });
    t.must('groups-update', { id: g.id, name: 'Renamed' });
    const restored = restore(t, backup.name);
    expect(restored).toMatchObject({ ok: true, value: { restoredFrom: backup.name, erasedAgain: 0 } });
    const { previousKeptAs } = (restored as { value: RestoreResult }).value;
    expect(t.must('groups-list', {}).items.map((x) => x.name)).toEqual(['Before']);
    expect(t.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(t.db.pragma('foreign_key_check')).toEqual([]);
    // The restored data is audited, and no temp copy is left beside the data.
    expect(t.must('audit-list', { limit: 5 }).items[0]).toMatchObject({ action: 'backup-restored' });
    expect(fs.readdirSync(path.dirname(t.db.name)).filter((f) => f.startsWith('.restore-'))).toEqual([]);
    t.must('groups-create', { name: 'Written after the restore' });
    expect(t.must('backup-list', {}).find((b) => b.name === previousKeptAs)?.kind).toBe('before-restore');
    const keptFile = fileOf(t, previousKeptAs);
    expect(fs.statSync(keptFile).mode & 0o777).toBe(0o600);
    expect(headerJournalMode(keptFile)).toBe(1);
    const kept = new Database(keptFile, { readonly: true });
    expect(kept.prepare('SELECT name FROM groups ORDER BY name').pluck().all()).toEqual(['After', 'Renamed']);
    kept.close();
  });

  it('restores a backup made by an older version, bringing it up to date', async () => {
    const t = makeCore();
    t.must('groups-create', { name: 'Old times' });
    const backup = await backupNow(t);
    // A version-30 file exactly as version 30 made it: drop what 0040 added and label it so.
    const old = new Database(fileOf(t, backup.name));
    old.exec(
      'DROP TABLE kiosk_attempts; DROP TABLE learner_merges; DROP TABLE import_seats; DROP TABLE erasure_ledger; DROP TABLE import_rows; DROP TABLE import_batches; PRAGMA user_version = 30;',
    );
    // Version 60's search index back to version 30's term table, as 0030 wrote it.
    const v30 = new Database(':memory:');
    migrate(
      v30,
      MIGRATIONS.filter((m) => m.version <= 30),
    );
    const terms = v30.prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = 'learner_terms' AND sql IS NOT NULL").pluck().all();
    v30.close();
    old.exec(
      'DROP TRIGGER learners_unindex; DROP TABLE learner_search; DROP INDEX learners_group_name; DROP INDEX learners_group_email;',
    );
    for (const sql of terms) old.exec(String(sql));
    old.close();
    t.must('groups-create', { name: 'Later' });
    expect(restore(t, backup.name)).toMatchObject({ ok: true });
    expect(t.must('groups-list', {}).items.map((x) => x.name)).toEqual(['Old times']);
    expect(t.db.pragma('user_version', { simple: true })).toBe(latestVersion());
  });

  it('keeps the kiosk throttle of this machine as it is: a restore does not lift a lock', async () => {
    const t = makeCore();
    const backup = await backupNow(t);
    t.db.prepare("INSERT INTO kiosk_throttle (kiosk_id, streak, locked_at) VALUES ('desktop', 9, '2026-03-01T09:00:00Z')").run();
    const before = snapshot(t.db, []);
    expect(restore(t, backup.name)).toMatchObject({ ok: true });
    expect(t.db.prepare('SELECT kiosk_id, locked_at FROM kiosk_throttle').all()).toEqual([
      { kiosk_id: 'desktop', locked_at: '2026-03-01T09:00:00Z' },
    ]);
    expect(snapshot(t.db)).not.toBe(before); // the audit row of the restore
  });

  it('answers not-found for a name that is not in the list', () => {
    const t = makeCore();
    expect(restore(t, 'joindesk-20260101T000000Z.db')).toMatchObject({ ok: false, error: { code: 'not-found', field: 'name' } });
  });
});

describe('automatic daily backup', () => {
  it('makes one a day and keeps only the newest ones', async () => {
    const t = makeCore();
    t.must('backup-settings-update', { keep: 2 });
    const run = async () =>
      ((await t.core.invoke('backup-auto-run', {}, 'admin')) as { value: { made: string | null; removed: number } }).value;
    const first = await run();
    expect(first.made).toMatch(/^auto-20260301T090000000Z-[0-9a-f]{8}\.db$/);
    expect((await run()).made).toBeNull(); // not again the same day
    const dir = backupsDir(t);
    const made = [first.made!];
    for (const [i, day] of ['2026-03-02', '2026-03-03'].entries()) {
      // The files' times tell the age: make the newest look a day old, as a day passing would.
      for (const f of fs.readdirSync(dir))
        fs.utimesSync(path.join(dir, f), new Date(`${day}T08:00:00Z`), new Date(`2026-03-0${i + 1}T09:00:00Z`));
      t.clock.set(`${day}T09:00:00Z`);
      const next = (await run()).made;
      expect(next).toMatch(new RegExp(`^auto-${day.replaceAll('-', '')}T090000000Z-`));
      made.push(next!);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(made.slice(1).sort());
    t.must('backup-settings-update', { autoDaily: false });
    t.clock.set('2026-03-09T09:00:00Z');
    expect(await run()).toEqual({ made: null, removed: 0 });
  });
});
